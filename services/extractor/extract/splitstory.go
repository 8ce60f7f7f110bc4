package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Bounds of joinSplitHalves: how far above the chosen blocks it looks for
// the container the story was split from, the words a separator between
// the halves may have, and the running text the other half needs.
const (
	maxSplitClimb     = 4
	maxSeparatorWords = 12
	minHalfWords      = 15
)

// joinSplitHalves follows a story that the page split into containers
// built alike (the same tag and class list) with an ad slot or a
// "continue reading" link between them: a CMS that closes the body
// container around an inline ad and opens it again, or a paginated body
// shown in full. Scoring finds the half with the better paragraphs, and
// the other half sat beside one of its ancestors, out of reach of the
// sibling joins of bestContentWith. A sibling of one of the chosen
// blocks' ancestors (up to maxSplitClimb levels) with the same tag and
// non-empty class list, behind one short element without paragraphs,
// lists or headings or behind a block the structure pass cut, that holds
// running text with few links is the story's other half; one after the
// chosen blocks must hold no <h1> (that is the next story), one before
// them may (the story's first half opens with its headline).
//
// Blocks built alike one after another are also the posts of a thread,
// the cards of a list and the stories of a page that scrolls on to the
// next one: blocks next to each other are not taken (posts and cards come
// in runs; the halves of one story have the thing that split them
// between them), a page where the thread search found posts is left
// alone, and an <article> is never taken for half a story.
func (p *page) joinSplitHalves(roots []*html.Node) []*html.Node {
	if len(roots) == 0 || len(p.posts) > 0 {
		return roots
	}
	a := roots[0]
	if len(roots) > 1 {
		a = a.Parent
	}
	for k := 0; k < maxSplitClimb && a != nil && a.Type == html.ElementNode; k, a = k+1, a.Parent {
		switch a.DataAtom {
		case atom.Body, atom.Html, atom.Article, atom.Tr, atom.Td, atom.Li:
			return roots
		}
		cls := attr(a, "class")
		if cls == "" {
			continue
		}
		var before, after []*html.Node
		for n := p.splitHalf(a, false, cls); n != nil; n = p.splitHalf(n, false, cls) {
			before = append([]*html.Node{n}, before...)
		}
		for n := p.splitHalf(a, true, cls); n != nil; n = p.splitHalf(n, true, cls) {
			after = append(after, n)
		}
		if len(before)+len(after) > 0 {
			return append(append(before, roots...), after...)
		}
	}
	return roots
}

// splitHalf returns the element next to a (after it when forward, else
// before it) behind one separator, or behind a block the structure pass
// cut (an ad slot), when it is built like a (tag and class list cls) and
// holds running text; else nil.
func (p *page) splitHalf(a *html.Node, forward bool, cls string) *html.Node {
	st := p.st
	step := prevElement
	if forward {
		step = nextElement
	}
	n := step(a)
	if n == nil {
		return nil
	}
	if splitSeparator(n, st) {
		n = step(n)
	} else if forward && !p.cutAfter[a] || !forward && !p.cutAfter[n] {
		return nil
	}
	if n == nil || n.DataAtom != a.DataAtom || attr(n, "class") != cls {
		return nil
	}
	// The first half may hold the headline; a later "half" that holds
	// one is another story.
	if st.get(n).pwords < minHalfWords || st.linkDensity(n) >= 0.3 || forward && findH1(n) != nil {
		return nil
	}
	return n
}

// splitSeparator reports a short element between two halves of a story:
// an ad slot, a label, a link, with no paragraph, list or heading.
func splitSeparator(n *html.Node, st stats) bool {
	if st.get(n).words > maxSeparatorWords {
		return false
	}
	ok := true
	walk(n, func(k *html.Node) bool {
		switch k.DataAtom {
		case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote, atom.Ul, atom.Ol, atom.Table:
			ok = false
		}
		return ok
	})
	return ok
}
