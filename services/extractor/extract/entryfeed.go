package extract

import (
	"slices"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A live blog's entries are boxes built alike (a time, a body under the
// entry's headline, a share button), and containerAbove takes their feed
// when it holds several times the text of the best entry. An entry that
// holds more than the others (a list or a table in it) asks the feed for
// more than it holds, and the story stops at that entry. Entries that
// look alike say it without counting words: when the winner, or one of
// its wrappers, is one of minFeedEntries or more siblings built alike
// (sameSkeleton), each under a heading of its own that is no link, with
// running text and few links, their parent is the story's container,
// provided they hold nearly all of its running text. Teaser cards lead
// with linked headlines, and comments come without headings.

// Bounds of an entry feed: the entries it needs, and the share of its
// running text they must hold.
const (
	minFeedEntries  = 3
	minFeedTextPart = 0.8
)

// entryFeedAbove returns the parent of the winner top, or of one of its
// wrappers at most maxContainerClimb levels up, whose children built like
// it make an entry feed (see the top of this file), or nil.
func entryFeedAbove(top *html.Node, st stats) *html.Node {
	e := top
	for range maxContainerClimb {
		p := e.Parent
		if p == nil || p.Type != html.ElementNode || p.DataAtom == atom.Body || p.DataAtom == atom.Html {
			return nil
		}
		if feedEntry(e, st) {
			k, words := 0, 0
			for s := p.FirstChild; s != nil; s = s.NextSibling {
				if s.Type == html.ElementNode && sameSkeleton(s, e) && feedEntry(s, st) {
					k++
					words += st.get(s).pwords
				}
			}
			if k >= minFeedEntries && float64(words) >= minFeedTextPart*float64(st.get(p).pwords) && st.linkDensity(p) < maxContainerLinkDens {
				return p
			}
		}
		e = p
	}
	return nil
}

// sameSkeleton reports boxes built alike whatever their class names
// (generated per element by CSS-in-JS): the same tag and the same tags of
// their child elements, in order, two at least.
func sameSkeleton(a, b *html.Node) bool {
	if a.DataAtom != b.DataAtom || a.Data != b.Data {
		return false
	}
	ca, cb := childElementTags(a), childElementTags(b)
	return len(ca) >= 2 && slices.Equal(ca, cb)
}

// childElementTags returns the tags of n's child elements, in order.
func childElementTags(n *html.Node) []string {
	var out []string
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			out = append(out, c.Data)
		}
	}
	return out
}

// feedEntry reports a box that opens with a heading of its own (h2 to h4,
// the first heading in it) that is no link, holds running text and few
// links.
func feedEntry(n *html.Node, st stats) bool {
	v := st.get(n)
	if v.pwords < minRunSectionWords || st.linkDensity(n) >= maxContainerLinkDens {
		return false
	}
	h := findWithin(n, maxLedeClimb, isHeading)
	return h != nil && (h.DataAtom == atom.H2 || h.DataAtom == atom.H3 || h.DataAtom == atom.H4) && st.get(h).words > 0 && !holdsLink(h)
}
