package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A Q&A page without class names (or with names hashed per build) still
// has the shape that names mark: the question and each answer are posts
// built alike, so their text blocks sit at the same place in the same
// nesting, and a heading between the question and the first answer counts
// the answers ("2 Antworten", "3 risposte"). countedQARoots reads the
// posts by their class attribute; shapedQARoots reads them by that place:
// the block's tag, its parent's and grandparent's, the tags of the
// elements right before the block and its parent (a post's text block
// after its author line, in a cell after the votes) and of its first
// child (a text block opens with a paragraph, the box around it with the
// author line). The count heading
// must equal the posts found after the first one, and every one of them
// must hold running text, so a page's other boxes of that shape (a teaser
// of a sidebar) make the count fail rather than join the text.

// shapeKey is where a block sits in its post, read from tags alone.
type shapeKey [6]atom.Atom

// shapeOf returns n's shapeKey; ok is false when n has no parent or
// grandparent element.
func shapeOf(n *html.Node) (k shapeKey, ok bool) {
	p := n.Parent
	if p == nil || p.Type != html.ElementNode || p.Parent == nil || p.Parent.Type != html.ElementNode {
		return k, false
	}
	k[0], k[1], k[2] = n.DataAtom, p.DataAtom, p.Parent.DataAtom
	if s := prevElement(n); s != nil {
		k[3] = s.DataAtom
	}
	if s := prevElement(p); s != nil {
		k[4] = s.DataAtom
	}
	if c := firstChildElement(n); c != nil {
		k[5] = c.DataAtom
	}
	return k, n.DataAtom != 0
}

// shapedQARoots returns the text blocks of the question and the answers
// when roots is one block without a class whose shape recurs in posts
// under one ancestor, each with running text, and a heading between the
// first and the second counts the rest; else roots.
func (p *page) shapedQARoots(roots []*html.Node) []*html.Node {
	if len(roots) != 1 {
		return roots
	}
	w := roots[0]
	if attr(w, "class") != "" || !countHeadingNear(w) {
		return roots
	}
	key, ok := shapeOf(w)
	if !ok {
		return roots
	}
	same, ok := blocksWhere(p.body, func(n *html.Node) bool {
		k, ok := shapeOf(n)
		return ok && k == key && p.st.get(n).pwords > 0
	})
	if !ok || len(same) < 2 {
		return roots
	}
	first, rest, ok := branchesUnder(same)
	if !ok {
		return roots
	}
	// The answers may share one box (an answers section) or each be a
	// branch of their own; either way none is in the question's.
	branches := map[*html.Node]bool{}
	for _, br := range rest {
		branches[br] = true
	}
	answers := len(same) - 1 - splitHalves(same, func(b *html.Node) *html.Node { return b.Parent })
	if !countsAnswers(first, branches, answers) && !countHeadingBetween(same[0], same[1], answers) {
		return roots
	}
	// A post's title is a heading right before its text block in the
	// block's own box; the box the answers share is no post.
	return withPostTitles(same, func(b *html.Node) *html.Node {
		if b.Parent == first.Parent || branches[b.Parent] {
			return nil
		}
		return b.Parent
	})
}

// maxCountBetween bounds the elements read between the question's block
// and the first answer's when looking for the count heading.
const maxCountBetween = 60

// countHeadingBetween reports a heading that counts answers between the
// end of the question's block q and the first answer's block a in
// document order (the end of the question's post, between the posts, or
// opening the answers' box), reading at most maxCountBetween elements.
func countHeadingBetween(q, a *html.Node, answers int) bool {
	seen := 0
	for n := afterSubtree(q); n != nil && n != a && seen < maxCountBetween; {
		if n.Type != html.ElementNode {
			n = nextInOrder(n)
			continue
		}
		seen++
		if isHeading(n) {
			if countLine(textOf(n)) == answers {
				return true
			}
			n = afterSubtree(n)
			continue
		}
		n = nextInOrder(n)
	}
	return false
}

// nextInOrder returns the node after n in document order: its first
// child, else the node after its subtree.
func nextInOrder(n *html.Node) *html.Node {
	if n.FirstChild != nil {
		return n.FirstChild
	}
	return afterSubtree(n)
}

// afterSubtree returns the first node after n's subtree in document
// order, nil at the end of the document.
func afterSubtree(n *html.Node) *html.Node {
	for q := n; q != nil; q = q.Parent {
		if q.NextSibling != nil {
			return q.NextSibling
		}
	}
	return nil
}

// maxAnswerItems bounds the items of a counted list compared with the post
// before it.
const maxAnswerItems = 10

// answersToPost reports whether n, a list of items under a heading that
// counts them, follows a box built like its items (the same tag and the
// same child tags two levels deep): the answers to the question right
// before them on a Q&A page, which countedComments would read as readers'
// comments once no class name tells the two apart. A story's box is not
// built like the comments under it.
func answersToPost(n *html.Node) bool {
	q := prevElement(n)
	if q == nil {
		return false
	}
	seen := 0
	for c := n.FirstChild; c != nil && seen < maxAnswerItems; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		seen++
		if builtAlikeDeep(q, c) {
			return true
		}
		// The items may sit in the one box after the heading.
		for g := c.FirstChild; g != nil && seen < maxAnswerItems; g = g.NextSibling {
			if g.Type == html.ElementNode {
				seen++
				if builtAlikeDeep(q, g) {
					return true
				}
			}
		}
	}
	return false
}

// builtAlikeDeep reports whether a and b have one tag, the same child tags
// and, child by child, the same grandchild tags (at most four children
// each): two posts of one template.
func builtAlikeDeep(a, b *html.Node) bool {
	if a.DataAtom != b.DataAtom || childTags(a) != childTags(b) || childTags(a)[1] == 0 {
		return false
	}
	x, y := firstChildElement(a), firstChildElement(b)
	for i := 0; i < 4 && x != nil && y != nil; i++ {
		if childTags(x) != childTags(y) {
			return false
		}
		x, y = nextElement(x), nextElement(y)
	}
	return true
}
