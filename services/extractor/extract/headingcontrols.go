package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A heading can hold a link that is no headline: a wiki's "[edit]" beside
// every section title, a docs page's "#" or "¶" permalink, a "more" link.
// Such a link carries the same text in every heading, where a listing's
// headline links each carry their own story's title. Read as teasers, the
// sections of one article become a listing and the article loses all its
// text, so a heading's link counts as its headline only when its text is
// its own within the group.

// headlineLinks keeps the teasers of one group whose heading link is a
// headline: where the link inside a heading has the same text as the
// links of two or more other headings of the group, another link of the
// heading whose text is its own takes its place, and a heading with none
// is no teaser. Links around the heading (a card that is one link) are
// headlines whatever their text.
func headlineLinks(group []teaser) []teaser {
	if len(group) < 3 {
		return group
	}
	seen := map[string]int{}
	inside := func(t teaser) bool { return t.link != nil && isAncestor(t.heading, t.link) }
	for _, t := range group {
		if !inside(t) {
			continue
		}
		for _, a := range headingLinks(t.heading) {
			seen[fold(textOf(a))]++
		}
	}
	out := group[:0:0]
	for _, t := range group {
		if !inside(t) || seen[fold(textOf(t.link))] < 3 {
			out = append(out, t)
			continue
		}
		var own *html.Node
		for _, a := range headingLinks(t.heading) {
			if s := fold(textOf(a)); s != "" && seen[s] < 3 {
				own = a
				break
			}
		}
		if own != nil {
			t.link = own
			out = append(out, t)
		}
	}
	return out
}

// headingLinks returns the links with an address inside an element (a
// heading, a note call's <sup>), in document order.
func headingLinks(h *html.Node) []*html.Node {
	var out []*html.Node
	walk(h, func(c *html.Node) bool {
		if c.Type == html.ElementNode && c.DataAtom == atom.A && attr(c, "href") != "" {
			out = append(out, c)
			return false
		}
		return true
	})
	return out
}

// cutHeadingControls drops, inside the roots, the control links that
// headlineLinks tells from headlines: a link whose text the links of
// three or more headings share, with the brackets and bars around it
// (a wiki's "[Bearbeiten | Quelltext bearbeiten]"), where the heading
// keeps a title of its own. Left in, the control joins every section
// title's text.
func (p *page) cutHeadingControls(roots []*html.Node) {
	for _, r := range roots {
		var heads []*html.Node
		walk(r, func(n *html.Node) bool {
			if n.Type == html.ElementNode && isHeading(n) {
				heads = append(heads, n)
				return false
			}
			return true
		})
		seen := map[string]int{}
		for _, h := range heads {
			for _, a := range headingLinks(h) {
				seen[fold(textOf(a))]++
			}
		}
		control := func(a *html.Node) bool {
			s := fold(textOf(a))
			return s != "" && seen[s] >= 3
		}
		for _, h := range heads {
			var cut []*html.Node
			for _, a := range headingLinks(h) {
				if !control(a) {
					continue
				}
				// Climb to the largest wrapper inside the heading that
				// holds nothing but controls and punctuation.
				c := a
				for c.Parent != nil && c.Parent != h && onlyControls(c.Parent, control) {
					c = c.Parent
				}
				if len(cut) == 0 || cut[len(cut)-1] != c {
					cut = append(cut, c)
				}
			}
			if len(cut) == 0 {
				continue
			}
			left := textOf(h)
			for _, c := range cut {
				left = strings.Replace(left, textOf(c), "", 1)
			}
			if words(left) == 0 {
				continue
			}
			for _, c := range cut {
				if c.Parent != nil {
					p.drop(c, KindNavigation)
				}
			}
		}
	}
}

// onlyControls reports an element whose text is that of its control links
// and punctuation between them.
func onlyControls(n *html.Node, control func(*html.Node) bool) bool {
	rest := textOf(n)
	for _, a := range headingLinks(n) {
		if !control(a) {
			return false
		}
		rest = strings.Replace(rest, textOf(a), "", 1)
	}
	return strings.IndexFunc(rest, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0
}
