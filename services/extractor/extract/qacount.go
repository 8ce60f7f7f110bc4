package extract

import (
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// A Q&A page whose question and answers share their first class name
// ("message question" / "message answer", "card card-question" / "card
// card-answer") looks like a forum thread by kind alone, whose text is its
// first post. What tells it apart is the line a Q&A page sets between the
// question and the answers: a heading that counts them ("2 réponses", "3
// risposte", "12 Answers"). A count that equals the number of posts after
// it is structure, not wording, so it holds in any language.

// maxCountHeadingWords bounds a count heading: the number and at most two
// words.
const maxCountHeadingWords = 3

// countsAnswers reports whether a heading between first (the question's
// branch) and the next branch that holds a post counts the answers: its
// text is a number equal to answers followed by one or two words.
func countsAnswers(first *html.Node, branches map[*html.Node]bool, answers int) bool {
	for s := first.NextSibling; s != nil && !branches[s]; s = s.NextSibling {
		if s.Type != html.ElementNode {
			continue
		}
		found := false
		walk(s, func(n *html.Node) bool {
			if found {
				return false
			}
			if isHeading(n) {
				found = countLine(textOf(n)) == answers
				return false
			}
			return true
		})
		if found {
			return true
		}
	}
	return false
}

// countLine returns the number that opens a line of a number and one or
// two words of letters ("2 Antworten", "3 respuestas"), or -1.
func countLine(s string) int {
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > maxCountHeadingWords {
		return -1
	}
	n, err := strconv.Atoi(f[0])
	if err != nil || n < 1 {
		return -1
	}
	for _, w := range f[1:] {
		for _, r := range w {
			if !unicode.IsLetter(r) {
				return -1
			}
		}
	}
	return n
}

// dropCountHeading removes from roots, the chosen content's blocks, a
// heading that counts the blocks after it when those are all posts of one
// kind: the answers' count line of a Q&A page whose posts the scorer
// joined as siblings.
func (p *page) dropCountHeading(roots []*html.Node) []*html.Node {
	if len(roots) < 3 || len(p.posts) < 2 {
		return roots
	}
	for i, r := range roots[:len(roots)-1] {
		if !isHeading(r) || countLine(textOf(r)) != len(roots)-i-1 {
			continue
		}
		k := kindKey(roots[i+1])
		for _, o := range roots[i+1:] {
			if p.postOf(o) == nil || kindKey(o) != k {
				return roots
			}
		}
		return append(roots[:i:i], roots[i+1:]...)
	}
	return roots
}

// countedQARoots returns the text blocks of the question and the answers
// when roots is one block whose tag and class attribute recur in sibling boxes under
// one ancestor, the first box apart from the rest, and a heading between
// the first and the rest counts the rest; else roots. It needs no post
// controls: a Q&A page whose votes and actions are links and spans has
// none that the post search reads.
func (p *page) countedQARoots(roots []*html.Node) []*html.Node {
	if len(roots) != 1 && !oneSplitBlock(roots) {
		return roots
	}
	// The class attribute is compared as written (no allocation per
	// element: this walk runs on every page whose post search found no
	// Q&A page).
	w := roots[0]
	cls := attr(w, "class")
	if strings.TrimSpace(cls) == "" || !countHeadingNear(w) {
		return roots
	}
	same, ok := blocksWhere(p.body, func(n *html.Node) bool {
		return n.DataAtom == w.DataAtom && n.Data == w.Data && attr(n, "class") == cls
	})
	if !ok || len(same) < 2 {
		return roots
	}
	first, rest, ok := branchesUnder(same)
	if !ok {
		return roots
	}
	branches := map[*html.Node]bool{}
	for i, br := range rest {
		if branches[br] && same[i+1].Parent != same[i].Parent {
			return roots
		}
		branches[br] = true
	}
	answers := len(same) - 1 - splitHalves(same, func(b *html.Node) *html.Node { return branchUnder(first.Parent, b) })
	if !countsAnswers(first, branches, answers) {
		return roots
	}
	box := map[*html.Node]*html.Node{same[0]: first}
	for i, br := range rest {
		if i+1 < len(same) {
			box[same[i+1]] = br
		}
	}
	return withPostTitles(same, func(b *html.Node) *html.Node { return box[b] })
}

// Bounds of countHeadingNear: the levels it climbs from the chosen block
// and the elements it reads after each of them.
const (
	maxCountClimb    = 6
	maxCountSiblings = 3
)

// countHeadingNear reports a count heading among the few elements (or
// their children) on either side of the chosen block or one of its
// nearest boxes: the page-wide search for the other posts runs only then (most
// pages have none).
func countHeadingNear(w *html.Node) bool {
	counts := func(n *html.Node) bool { return isHeading(n) && countLine(textOf(n)) > 0 }
	next := func(n *html.Node) *html.Node { return n.NextSibling }
	prev := func(n *html.Node) *html.Node { return n.PrevSibling }
	for q, k := w, 0; q != nil && k < maxCountClimb; q, k = q.Parent, k+1 {
		// The chosen block may be an answer's: the count sits before it.
		for _, step := range []func(*html.Node) *html.Node{next, prev} {
			j := 0
			for s := step(q); s != nil && j < maxCountSiblings; s = step(s) {
				if s.Type != html.ElementNode {
					continue
				}
				j++
				if counts(s) {
					return true
				}
				for c := s.FirstChild; c != nil; c = c.NextSibling {
					if counts(c) {
						return true
					}
				}
			}
		}
	}
	return false
}
