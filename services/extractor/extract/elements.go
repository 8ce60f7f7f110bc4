package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A story built of content elements does not keep one depth: the first
// text element may sit in a grid row and column while the rest sit one or
// three levels up, and a quote is an element of its own between two text
// elements. The rules here judge such a sibling of the winning block by
// what it wraps.

// unwrapped descends from n through wrappers that hold one element and no
// text of their own (a grid row, a column, a frame), at most maxLedeClimb
// levels, and returns the first element that holds more than one, or n.
func unwrapped(n *html.Node) *html.Node {
	for range maxLedeClimb {
		c := onlyElementChild(n)
		if c == nil {
			return n
		}
		n = c
	}
	return n
}

// onlyElementChild returns n's one child element when n holds nothing else
// but whitespace, or nil.
func onlyElementChild(n *html.Node) *html.Node {
	var one *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return nil
		case c.Type != html.ElementNode || skipSet.has(c.DataAtom):
		case one != nil:
			return nil
		default:
			one = c
		}
	}
	return one
}

// maxJoinedQuoteWords bounds a quote element that joins the story.
const maxJoinedQuoteWords = 80

// quoteBlock reports an element whose text is all one unlinked block quote
// (with its attribution) at most a few wrappers down: a quote set as a
// content element of its own between two blocks of the story.
func quoteBlock(s *html.Node, st stats) bool {
	if s.Type != html.ElementNode {
		return false
	}
	v := st.get(s)
	if v.words == 0 || v.words > maxJoinedQuoteWords || st.linkDensity(s) > 0 {
		return false
	}
	c := unwrapped(s)
	if c.DataAtom == atom.Figure {
		c = unwrapped(c)
	}
	return c.DataAtom == atom.Blockquote && st.get(c).chars == v.chars
}

// joinsWrapped reports whether sibling s of the winning block top wraps,
// through wrappers of one element each, a block that joins the story.
func joinsWrapped(s, top *html.Node, best float64, scores map[*html.Node]float64, st stats) bool {
	u := unwrapped(s)
	if u == s {
		return false
	}
	// A wrapped text block of its own is a paragraph, whatever its tag.
	if u.DataAtom == atom.Div && !hasBlockChild(u) && readsLikeParagraph(u, st) {
		return true
	}
	return joinsTop(u, top, best, scores, st)
}
