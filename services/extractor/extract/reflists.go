package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxBackLinkRunes bounds the text of a reference's back link: "↑", "^",
// "a", "[b]".
const maxBackLinkRunes = 3

// A reference list (an encyclopedia's "References", a paper's notes) is a
// list whose every item opens with a link back to the place in the text
// that cites it: an arrow, a caret, or letters a b c when the note is
// cited more than once. The text cites its sources through the note calls
// (notecalls.go); the list of sources under the story is the page's
// apparatus, not the story. Footnotes that close with their back link
// (Markdown's "↩") are notes written for the reader and stay, and so does
// a story's list where one item links within the page.

// cutReferenceLists drops, inside the roots, every <ol> or <ul> whose
// items all open with an in-page back link.
func (p *page) cutReferenceLists(roots []*html.Node) {
	p.cutWhere(roots, KindNavigation, func(n *html.Node) bool {
		return (n.DataAtom == atom.Ol || n.DataAtom == atom.Ul) && referenceList(n)
	})
}

// cutWhere drops, inside the roots, every element pick reports, as kind;
// it does not look inside an element it drops.
func (p *page) cutWhere(roots []*html.Node, kind Kind, pick func(*html.Node) bool) {
	for _, r := range roots {
		var cut []*html.Node
		walk(r, func(n *html.Node) bool {
			if n.Type != html.ElementNode || !pick(n) {
				return true
			}
			cut = append(cut, n)
			return false
		})
		for _, n := range cut {
			p.drop(n, kind)
		}
	}
}

// referenceList reports a list of one or more items, each opening with
// back links (referenceItem).
func referenceList(l *html.Node) bool {
	items := 0
	for c := l.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.ElementNode && c.DataAtom == atom.Li:
			if !referenceItem(c) {
				return false
			}
			items++
		default:
			return false
		}
	}
	return items > 0
}

// referenceItem reports an item whose text opens with a link within the
// page whose text is a glyph or a letter or two, and holds words after
// it: the reference itself.
func referenceItem(li *html.Node) bool {
	var first *html.Node
	before := false
	walk(li, func(n *html.Node) bool {
		if first != nil || before {
			return false
		}
		switch {
		case n.Type == html.TextNode && strings.TrimSpace(n.Data) != "":
			before = true
		case n.Type == html.ElementNode && n.DataAtom == atom.A:
			first = n
			return false
		}
		return true
	})
	if first == nil || !strings.HasPrefix(strings.TrimSpace(attr(first, "href")), "#") || len(strings.TrimSpace(attr(first, "href"))) < 2 {
		return false
	}
	if !backLinkMark(strings.Trim(strings.TrimSpace(textOf(first)), "[]()")) {
		return false
	}
	return words(textOf(li)) >= 2
}

// backLinkMark reports the text of a back link: a glyph of a few runes
// with no letter or digit ("↑", "^", "↩"), or one or two letters ("a").
func backLinkMark(t string) bool {
	rs := []rune(t)
	if len(rs) == 0 || len(rs) > maxBackLinkRunes {
		return false
	}
	letters, others := 0, 0
	for _, r := range rs {
		switch {
		case unicode.IsSpace(r) || r == '\ufe0e' || r == '\ufe0f':
		case unicode.IsDigit(r):
			return false
		case unicode.IsLetter(r):
			letters++
		default:
			others++
		}
	}
	return (letters == 0 && others > 0) || (others == 0 && letters > 0 && letters <= 2)
}
