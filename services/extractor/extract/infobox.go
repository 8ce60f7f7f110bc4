package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Bounds of an infobox's rows: at least minInfoboxRows label/value rows,
// the label a few words and the value a short phrase.
const (
	minInfoboxRows     = 3
	maxInfoboxLabel    = 5
	maxInfoboxValue    = 12
	maxWordsBeforeInfo = 15
)

// An infobox is the encyclopedia's card of facts set before or beside the
// lead: a table of short label/value rows under the subject's name
// ("Lage | Blaubeuren", "Tiefe | 21 m"). The lead says the same things in
// sentences; the card is read as a form, and its rows come out as a run
// of two-word lines before the story. It is told by its shape and place:
// two cells a row, all short, the first row or the caption repeating the
// page's headline, and no running text before it. A data table inside
// the story (after its text, under a header row of column names) stays.
// So does a story's own fact table set first under its headline (an
// election's results, a match's box score, a review's specifications):
// a card is pictured (a row of its own holding the subject's picture) or
// set beside the lead (floated or aligned), and a table of facts in the
// story's column is neither.

// cutInfoboxes drops, inside the roots, every table that is an infobox.
func (p *page) cutInfoboxes(roots []*html.Node) {
	heads := p.headlines()
	if len(heads) == 0 {
		return
	}
	pubYear := 0
	if t, src := p.meta.published(); src != "" {
		pubYear = t.Year()
	}
	for _, r := range roots {
		var cut []*html.Node
		seen := 0
		walk(r, func(n *html.Node) bool {
			if seen >= maxWordsBeforeInfo {
				return false
			}
			switch {
			case n.Type == html.TextNode:
				if !underHeading(n) {
					seen += words(n.Data)
				}
			case n.Type == html.ElementNode && n.DataAtom == atom.Table:
				if infobox(n, heads) || detailsTable(n, pubYear) {
					// A session's or an event's particulars set
					// before the text go too (detailstable.go).
					cut = append(cut, n)
				} else {
					seen += words(textOf(n))
				}
				return false
			}
			return true
		})
		for _, n := range cut {
			p.drop(n, KindRelated)
		}
	}
}

// headlines returns the folded headline of the page: each <h1> and each
// part of the <title> between separators.
func (p *page) headlines() map[string]bool {
	hs := map[string]bool{}
	for _, h := range p.meta.h1s {
		if f := fold(h); f != "" {
			hs[f] = true
		}
	}
	for _, part := range strings.FieldsFunc(p.title, func(r rune) bool { return r == '|' || r == '–' || r == '—' || r == '·' }) {
		if f := fold(part); f != "" {
			hs[f] = true
		}
	}
	return hs
}

// underHeading reports a text node inside an h1 to h6.
func underHeading(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if headingRank(a) > 0 {
			return true
		}
	}
	return false
}

// infobox reports a table whose caption or first row is one of the heads
// and whose other rows are mostly short label/value pairs.
func infobox(t *html.Node, heads map[string]bool) bool {
	var rows []*html.Node
	var caption string
	walk(t, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Caption:
			caption = textOf(n)
			return false
		case atom.Tr:
			rows = append(rows, n)
			return false
		case atom.Table:
			return n == t
		}
		return true
	})
	if len(rows) == 0 {
		return false
	}
	if caption == "" {
		if len(cells(rows[0])) != 1 {
			return false
		}
		caption = textOf(rows[0])
		rows = rows[1:]
	}
	if !heads[fold(caption)] {
		return false
	}
	pairs, other := 0, 0
	pictured := false
	for _, r := range rows {
		cs := cells(r)
		switch {
		case len(cs) == 1:
			// An image and its caption, a sub-heading of the card.
			pictured = pictured || holdsImage(cs[0])
		case len(cs) == 2 && cs[1].DataAtom == atom.Td &&
			words(textOf(cs[0])) <= maxInfoboxLabel && words(textOf(cs[1])) <= maxInfoboxValue:
			// A label (a <td> or a row's <th>) and its value; a row of
			// two <th> is a header row of column names.
			pairs++
		default:
			other++
		}
	}
	return pairs >= minInfoboxRows && other == 0 && (pictured || setBeside(t))
}

// holdsImage reports an <img> inside n.
func holdsImage(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode && c.DataAtom == atom.Img {
			found = true
		}
		return !found
	})
	return found
}

// setBeside reports a table floated or aligned beside the text by its own
// markup (a style's float, the align attribute).
func setBeside(t *html.Node) bool {
	if a := strings.ToLower(strings.TrimSpace(attr(t, "align"))); a == "left" || a == "right" {
		return true
	}
	return strings.Contains(strings.ToLower(attr(t, "style")), "float")
}

// cells returns the td and th children of a row.
func cells(tr *html.Node) []*html.Node {
	var cs []*html.Node
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Td || c.DataAtom == atom.Th) {
			cs = append(cs, c)
		}
	}
	return cs
}
