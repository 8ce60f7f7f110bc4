package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Bounds of a counted comment list: the items it holds and the words of
// one item.
const (
	minCommentItems    = 2
	maxCommentItems    = 200
	maxCommentWords    = 200
	minCommentItemText = 4
)

// countedComments reports whether n is a list of readers' comments under a
// heading that counts them ("3 Kommentare", "12 comments", "3
// комментария"): a box whose first element is a heading of a number and a
// word or two, followed by as many items of one tag, each with a line of
// text and a control of its own (a time, a reply link to a fragment of the
// page, a button). The count that equals the items is structure, not
// wording; the control per item tells the list from a story's counted list
// ("3 Tipps" and three tips), whose items carry none. A comment list
// without a class name was read as the story where the story is short or
// all captions (a gallery's text became its comments).
func countedComments(n *html.Node, st stats) bool {
	switch n.DataAtom {
	case atom.Section, atom.Div, atom.Aside:
	default:
		return false
	}
	h := firstElement(n)
	for h != nil && h.Type == html.ElementNode && !isHeading(h) {
		if onlyElementChild(h) == nil {
			break
		}
		h = onlyElementChild(h)
	}
	if !isHeading(h) {
		return false
	}
	k := countLine(textOf(h))
	if k < minCommentItems || k > maxCommentItems {
		return false
	}
	// The items: the elements after the heading, or the children of the
	// one list or box that follows it.
	var items []*html.Node
	for s := h.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode && !skipSet.has(s.DataAtom) {
			items = append(items, s)
		}
	}
	if len(items) == 1 {
		box := items[0]
		items = items[:0]
		for c := box.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && !skipSet.has(c.DataAtom) {
				items = append(items, c)
			}
		}
	}
	if len(items) != k {
		return false
	}
	for _, it := range items {
		if it.DataAtom != items[0].DataAtom || !commentItem(it, st) {
			return false
		}
	}
	return true
}

// commentItem reports an item of a comment list: a few words of text, not
// many, and a control of its own (a time, a link to a fragment of the
// page, a button).
func commentItem(n *html.Node, st stats) bool {
	w := st.get(n).words
	if w < minCommentItemText || w > maxCommentWords {
		return false
	}
	control := false
	walk(n, func(c *html.Node) bool {
		if control || c.Type != html.ElementNode {
			return false
		}
		switch c.DataAtom {
		case atom.Time, atom.Button:
			control = true
		case atom.A:
			control = strings.HasPrefix(attr(c, "href"), "#")
		}
		return !control
	})
	return control
}

// inThreadPost reports whether n lies inside a post the thread search
// found that stands among other posts: a thread is a run of them, and a
// lone one around the whole story is the story's box.
func (p *page) inThreadPost(n *html.Node) bool {
	for q := n.Parent; q != nil && q.Parent != nil; q = q.Parent {
		if !p.posts[q] {
			continue
		}
		for s := q.Parent.FirstChild; s != nil; s = s.NextSibling {
			if s != q && p.posts[s] {
				return true
			}
		}
	}
	return false
}

// postInside reports whether one of the posts the thread search found
// lies in n.
func (p *page) postInside(n *html.Node) bool {
	for o := range p.posts {
		for q := o; q != nil; q = q.Parent {
			if q == n {
				return true
			}
		}
	}
	return false
}
