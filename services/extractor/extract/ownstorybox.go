package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A story set in a box of the same skeleton as the teaser boxes beside it
// (a CMS that renders the page's story and "more news" with one card
// template) under a heading that repeats the page's <h1>: the teasers
// outweighed the story, and the page was typed a listing of them, the
// story lost (or listed as one more entry when its heading links to the
// page itself). A listing's <h1> names the section ("News", "Sport"); a
// story page's <h1> is the story's headline, and the box whose heading
// repeats it is that story. A page that would be typed a listing is that
// box's story when all of these hold (a story page's rail that lists the
// story itself is never read: the page is no listing to begin with):
//   - the page's first <h1> has minOwnBoxHeadWords words or more and lies
//     outside the teasers' row;
//   - a box in the teasers' row holds a heading (h2–h6) whose text is the
//     <h1>'s, that is no link or links to the page's own address;
//   - the box holds running text of its own (minOwnBoxWords words of
//     paragraphs besides the heading).

// Bounds of ownStoryBox: a headline of a few words (not "News"), and the
// running text the story's box holds.
const (
	minOwnBoxHeadWords = 3
	minOwnBoxWords     = 20
)

// ownStoryBox returns the box among the teasers' row whose heading
// repeats the page's <h1> (see above), or nil.
func (p *page) ownStoryBox(ts []teaser) *html.Node {
	if len(ts) == 0 || len(p.controls.h1s) == 0 || ts[0].root.Parent == nil {
		return nil
	}
	h1 := p.controls.h1s[0]
	want := fold(textOf(h1))
	if words(want) < minOwnBoxHeadWords {
		return nil
	}
	row := ts[0].root.Parent
	if isAncestor(row, h1) {
		return nil
	}
	for c := row.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || p.st.get(c).pwords < minOwnBoxWords {
			continue
		}
		h := findWithin(c, maxHeaderDepth, func(k *html.Node) bool {
			switch k.DataAtom {
			case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				return true
			}
			return false
		})
		if h == nil || fold(textOf(h)) != want {
			continue
		}
		if l := linkOf(h); l != nil && !p.ownAddress(attr(l, "href")) {
			continue
		}
		return c
	}
	return nil
}

// linkOf returns the link that holds h or that h holds, or nil.
func linkOf(h *html.Node) *html.Node {
	for q := h.Parent; q != nil; q = q.Parent {
		if q.Type == html.ElementNode && q.DataAtom == atom.A {
			return q
		}
	}
	return firstAtom(h, atom.A)
}

// ownAddress reports a link to the page itself (its address without
// query, fragment and a trailing slash).
func (p *page) ownAddress(href string) bool {
	if p.base == nil {
		return false
	}
	u := absURL(p.base, href)
	trim := func(s string) string {
		if i := strings.IndexAny(s, "?#"); i >= 0 {
			s = s[:i]
		}
		return strings.TrimSuffix(s, "/")
	}
	return u != "" && trim(u) == trim(p.base.String())
}
