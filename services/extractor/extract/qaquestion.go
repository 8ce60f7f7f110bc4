package extract

import (
	"golang.org/x/net/html"
)

// A Q&A engine may give the question's text block a class of its own
// ("qa-q-view-content") and every answer's another ("qa-a-item-content"):
// the blocks of the winner's class are then the answers alone, the
// question is missed, and countedQARoots, which takes the first of them
// for the question, reads the answers as a thread. What says so is the
// count heading before them: when it counts exactly the blocks of the
// winner's class and all of them follow it, they are the answers, and the
// question is the block of the winner's tag with the most running text in
// the elements just before the heading's branch (its innermost block of
// that tag holding most of it). The answers' box may win instead of one
// answer (each paragraph in wrappers of its own): its children, one kind
// of box each and as many as the heading counts, are the answers.

// minQuestionPWords is the running text a question's block holds.
const minQuestionPWords = 10

// answeredQuestionRoots returns the question's block and the answers'
// when roots is one answer's block of such a page (see above), or the box
// of the answers that the count heading counts (its children one kind of
// box each, their text blocks the answers), or all of that box's children,
// else roots.
func (p *page) answeredQuestionRoots(roots []*html.Node) []*html.Node {
	if len(roots) == 0 {
		return roots
	}
	w := roots[0]
	if len(roots) > 1 {
		// The answers' boxes joined as siblings: their parent is the
		// box of the answers when it holds nothing else.
		w = parentOfAll(roots)
	}
	if w == nil || !countHeadingNear(w) {
		return roots
	}
	var answers []*html.Node
	var branch *html.Node
	if len(roots) == 1 {
		answers, branch = p.classAnswers(w)
	}
	if answers == nil {
		answers, branch = answerBox(w, p.st)
	}
	if answers == nil {
		return roots
	}
	q := questionBefore(branch, answers[0], p.st)
	if q == nil {
		return roots
	}
	return append([]*html.Node{q}, answers...)
}

// classAnswers returns the blocks of w's tag and class when a heading
// before the first of them counts them all and they all follow it, and
// the heading's branch; nil when not.
func (p *page) classAnswers(w *html.Node) (answers []*html.Node, branch *html.Node) {
	cls := attr(w, "class")
	if cls == "" {
		return nil, nil
	}
	same, ok := blocksWhere(p.body, func(n *html.Node) bool {
		return n.DataAtom == w.DataAtom && n.Data == w.Data && attr(n, "class") == cls
	})
	if !ok || len(same) == 0 {
		return nil, nil
	}
	h, branch := countHeadingBefore(same[0], len(same))
	if h == nil {
		return nil, nil
	}
	for _, b := range same {
		if !contains(branch.Parent, b) {
			return nil, nil
		}
	}
	return same, branch
}

// answerBox returns the text blocks of w's children when w is a box of
// boxes of one kind (tag and first class) that a heading before it counts,
// and the heading's branch; nil when not.
func answerBox(w *html.Node, st stats) (answers []*html.Node, branch *html.Node) {
	kind := ""
	var kids []*html.Node
	for c := w.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if k := kindKey(c); kind == "" {
			kind = k
		} else if k != kind || len(kids) == maxQAPosts {
			return nil, nil
		}
		kids = append(kids, c)
	}
	if len(kids) == 0 || attr(kids[0], "class") == "" {
		return nil, nil
	}
	h, branch := countHeadingBefore(w, len(kids))
	if h == nil {
		return nil, nil
	}
	for _, k := range kids {
		b := innerTextBlock(k, st)
		if st.get(b).pwords == 0 {
			return nil, nil
		}
		answers = append(answers, b)
	}
	return answers, branch
}

// countHeadingBefore returns the heading that counts n (answers) among the
// few elements before b or one of its nearest boxes, and the element of
// that level whose previous siblings hold it (the branch of the heading,
// whose parent holds the answers).
func countHeadingBefore(b *html.Node, n int) (h, branch *html.Node) {
	for q, k := b, 0; q != nil && k < maxCountClimb; q, k = q.Parent, k+1 {
		j := 0
		for s := q.PrevSibling; s != nil && j < maxCountSiblings; s = s.PrevSibling {
			if s.Type != html.ElementNode {
				continue
			}
			j++
			if isHeading(s) && countLine(textOf(s)) == n {
				return s, s
			}
		}
	}
	return nil, nil
}

// questionBefore returns the block of w's tag with the most running text
// (at least minQuestionPWords, few links, no <h1>) in the elements just
// before the heading's branch at its level and the levels above, or nil.
func questionBefore(branch, w *html.Node, st stats) *html.Node {
	for q, k := branch, 0; q != nil && k < maxCountClimb; q, k = q.Parent, k+1 {
		var best *html.Node
		j := 0
		for s := q.PrevSibling; s != nil && j < maxCountSiblings; s = s.PrevSibling {
			if s.Type != html.ElementNode {
				continue
			}
			j++
			cands, ok := blocksWhere(s, func(n *html.Node) bool {
				return n.DataAtom == w.DataAtom && n.Data == w.Data && attr(n, "class") != "" && st.get(n).pwords >= minQuestionPWords
			})
			if !ok {
				return nil
			}
			for _, c := range cands {
				if findH1(c) == nil && st.linkDensity(c) < maxFrameLinkDensity && (best == nil || st.get(c).pwords > st.get(best).pwords) {
					best = c
				}
			}
		}
		if best != nil {
			return innerTextBlock(best, st)
		}
	}
	return nil
}

// minInnerTextShare is the share of a block's running text a child block
// holds to stand for it: more than all its siblings together.
const minInnerTextShare = 0.5

// innerTextBlock descends from b through child elements of its tag, with
// a class, that hold most of its running text, and stops at a block that
// holds a run of text blocks of one kind: the post's box holds its votes,
// author line and comments besides, its text block the text.
func innerTextBlock(b *html.Node, st stats) *html.Node {
	for !textRun(b, st) {
		var next *html.Node
		for c := b.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == b.DataAtom && attr(c, "class") != "" && float64(st.get(c).pwords) > minInnerTextShare*float64(st.get(b).pwords) {
				next = c
				break
			}
		}
		if next == nil {
			return b
		}
		b = next
	}
	return b
}

// textRun reports two children of b of one kind (tag and first class)
// that hold running text: paragraphs, each in a wrapper of its own, that
// the block holds together.
func textRun(b *html.Node, st stats) bool {
	seen := map[string]bool{}
	for c := b.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || st.get(c).pwords == 0 {
			continue
		}
		k := kindKey(c)
		if seen[k] {
			return true
		}
		seen[k] = true
	}
	return false
}

// parentOfAll returns the parent of nodes when they are all its element
// children, else nil.
func parentOfAll(nodes []*html.Node) *html.Node {
	p := nodes[0].Parent
	if p == nil {
		return nil
	}
	k := 0
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if k >= len(nodes) || nodes[k] != c {
			return nil
		}
		k++
	}
	if k != len(nodes) {
		return nil
	}
	return p
}
