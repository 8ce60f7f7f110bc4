package extract

import (
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

// headingLinks returns the links with an address inside a heading, in
// document order.
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
