package extract

import (
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"google.golang.org/protobuf/types/known/timestamppb"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// teaser is one story teaser on a listing page.
type teaser struct {
	root    *html.Node // the largest element holding this teaser's headline and no other
	heading *html.Node
	link    *html.Node
}

const maxTeasers = 500

// findTeasers finds headline links (an h2–h6 or an element whose class
// names a title, holding a link or held by one) and groups them by their
// teaser containers. It returns the largest group of sibling teasers,
// without sponsored and ad cards.
func findTeasers(body *html.Node, paidAt []*html.Node) []teaser {
	var heads []teaser
	walk(body, func(n *html.Node) bool {
		if len(heads) >= maxTeasers || n.Type != html.ElementNode && n.Type != html.DocumentNode {
			return false
		}
		if skipSet.has(n.DataAtom) {
			return false
		}
		if (isHeading(n) && n.DataAtom != atom.H1) || isCardTitle(n) {
			a := firstLink(n)
			if a == nil {
				for q := n.Parent; q != nil && q != body; q = q.Parent {
					if q.DataAtom == atom.A && attr(q, "href") != "" {
						a = q
						break
					}
				}
			}
			if a != nil && words(textOf(n)) >= 2 {
				heads = append(heads, teaser{heading: n, link: a})
			}
			return false
		}
		return true
	})
	if len(heads) < 3 {
		return nil
	}
	count := map[*html.Node]int{}
	for _, h := range heads {
		for q := h.heading; q != nil && q != body; q = q.Parent {
			count[q]++
		}
	}
	groups := map[*html.Node][]teaser{}
	var order []*html.Node
	for _, h := range heads {
		r := h.heading
		if h.link != nil && h.link.Parent != nil && isAncestor(h.link, h.heading) {
			r = h.link
		}
		for r.Parent != nil && r.Parent != body && count[r.Parent] == 1 {
			r = r.Parent
		}
		h.root = r
		if _, ok := groups[r.Parent]; !ok {
			order = append(order, r.Parent)
		}
		groups[r.Parent] = append(groups[r.Parent], h)
	}
	var best []teaser
	for _, k := range order {
		if g := headlineLinks(groups[k]); len(g) > len(best) {
			best = g
		}
	}
	out := best[:0:0]
	for _, t := range best {
		if !sponsoredCard(t.root, paidAt) {
			out = append(out, t)
		}
	}
	return out
}

// isCardTitle reports a non-heading element that a card grid uses as its
// headline: its class names a title or headline and it holds two or more
// words (the link is the element itself, inside it or around it).
func isCardTitle(n *html.Node) bool {
	if n.Type != html.ElementNode || isHeading(n) {
		return false
	}
	switch n.DataAtom {
	case atom.Div, atom.Span, atom.A, atom.P, atom.Strong, atom.B:
	default:
		return false
	}
	var buf [48]string
	for _, p := range appendClassParts(buf[:0], n) {
		if p == "title" || p == "headline" || p == "heading" || p == "hed" {
			return true
		}
	}
	return false
}

// adLabels are the short card labels that mark paid placements.
var adLabels = map[string]bool{
	"sponsored": true, "sponsored content": true, "promoted": true, "paid content": true,
	"paid post": true, "advertisement": true, "ad": true, "advertorial": true,
	"partner content": true, "anzeige": true, "publicité": true, "publicidad": true,
}

// sponsoredCard reports a teaser labelled as a paid placement, whether the
// label is still there or was removed from inside it (paidAt).
func sponsoredCard(root *html.Node, paidAt []*html.Node) bool {
	for _, n := range paidAt {
		if n == root || isAncestor(root, n) {
			return true
		}
	}
	found := false
	walk(root, func(c *html.Node) bool {
		if found || c.Type != html.ElementNode {
			return false
		}
		if c.FirstChild != nil && c.FirstChild == c.LastChild && c.FirstChild.Type == html.TextNode &&
			len(c.FirstChild.Data) <= 40 && adLabels[fold(c.FirstChild.Data)] {
			found = true
		}
		return !found
	})
	return found
}

func isAncestor(a, n *html.Node) bool {
	for q := n.Parent; q != nil; q = q.Parent {
		if q == a {
			return true
		}
	}
	return false
}

// teaserNodes returns the nodes that make up a teaser: its root, or, when
// the teasers are flat siblings, the heading and what follows it up to the
// next teaser.
func teaserNodes(t teaser, next *html.Node) []*html.Node {
	if !isHeading(t.root) && t.root.DataAtom != atom.A {
		return []*html.Node{t.root}
	}
	nodes := []*html.Node{t.root}
	for s := t.root.NextSibling; s != nil && s != next; s = s.NextSibling {
		nodes = append(nodes, s)
	}
	return nodes
}

// isListing decides that the page shows several story teasers rather than
// one story.
func (p *page) isListing(ts []teaser, roots []*html.Node, rootWords int) bool {
	if len(ts) < 3 || p.meta.isArticle() {
		return false
	}
	if p.meta.listingLD {
		return true
	}
	// The teasers must be the page's main content, not a sidebar of
	// headlines beside a story.
	inMain := 0
	for _, t := range ts {
		for _, r := range roots {
			if t.root == r || isAncestor(r, t.root) || isAncestor(t.root, r) {
				inMain++
				break
			}
		}
	}
	if inMain < 3 {
		return false
	}
	tw := 0
	for i, t := range ts {
		var next *html.Node
		if i+1 < len(ts) {
			next = ts[i+1].root
		}
		for _, n := range teaserNodes(t, next) {
			tw += words(textOf(n))
		}
	}
	return float64(tw) >= 0.5*float64(rootWords)
}

// entries reads title, link, date and excerpt of every teaser.
func (p *page) entries(ts []teaser) []*newsv1.ListingEntry {
	out := make([]*newsv1.ListingEntry, 0, len(ts))
	for i, t := range ts {
		var next *html.Node
		if i+1 < len(ts) {
			next = ts[i+1].root
		}
		nodes := teaserNodes(t, next)
		e := &newsv1.ListingEntry{
			Title: textOf(t.heading),
			Url:   absURL(p.base, attr(t.link, "href")),
		}
		if ts, dOnly, ok := p.teaserTime(nodes, e.Url); ok {
			e.Published, e.DateOnly = timestamppb.New(ts), dOnly
		}
		// The excerpt is what remains without headline, meta lines and
		// pictures.
		var cut []*html.Node
		for _, n := range nodes {
			walk(n, func(c *html.Node) bool {
				if c.Type != html.ElementNode {
					return false
				}
				if c == t.heading || (c.DataAtom == atom.Time) || (isMetaClass(c) && words(textOf(c)) <= 30) ||
					c.DataAtom == atom.Figure || c.DataAtom == atom.Img || c.DataAtom == atom.Figcaption {
					cut = append(cut, c)
					return false
				}
				return true
			})
		}
		for _, c := range cut {
			removeNode(c)
		}
		var paras []string
		ft := fold(e.Title)
		for _, pa := range paragraphs(nodes) {
			if fold(pa.text) == ft {
				continue
			}
			if k := p.e.rules.paragraph(pa.text); k != "" {
				p.count(k, 1)
				continue
			}
			paras = append(paras, pa.text)
		}
		e.Text = strings.Join(paras, "\n\n")
		out = append(out, e)
	}
	return out
}

func (p *page) teaserTime(nodes []*html.Node, u string) (time.Time, bool, bool) {
	var val, shown string
	for _, n := range nodes {
		walk(n, func(c *html.Node) bool {
			if val != "" {
				return false
			}
			if c.Type == html.ElementNode && c.DataAtom == atom.Time {
				val = strings.TrimSpace(attr(c, "datetime"))
				if val == "" && shown == "" {
					shown = textOf(c)
				}
				return false
			}
			if c.Type == html.ElementNode && shown == "" && isDateClass(c) {
				if t := textOf(c); words(t) <= 6 {
					shown = t
				}
			}
			return val == ""
		})
	}
	if val == "" {
		val = p.meta.itemDates[u]
	}
	if t, ok := parseTime(val); ok {
		return t, dateOnly(val), true
	}
	// Only a visible day: the listing shows no time of day.
	if t, ok := parseShownDate(shown); ok {
		return t, true, true
	}
	return time.Time{}, false, false
}

func isDateClass(n *html.Node) bool {
	var buf [48]string
	for _, p := range appendClassParts(buf[:0], n) {
		if p == "date" || p == "time" || p == "timestamp" || p == "published" {
			return true
		}
	}
	return false
}

var shownDateLayouts = []string{
	"January 2, 2006", "Jan 2, 2006", "Jan. 2, 2006", "2 January 2006", "2 Jan 2006",
	"Monday, January 2, 2006", "Monday, 2 January 2006", "Mon, 2 Jan 2006", "2006-01-02",
	"02.01.2006", "January 2 2006",
}

// parseShownDate reads a human-readable day such as "June 28, 2024".
func parseShownDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "."))
	if s == "" || len(s) > 40 {
		return time.Time{}, false
	}
	for _, l := range shownDateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
