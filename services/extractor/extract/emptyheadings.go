package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxBetweenSteps bounds the nodes read between two headings.
const maxBetweenSteps = 400

// A section heading heads what follows it up to the next heading of its
// rank or above. When the page had something there and none of it is
// left in the story (the section was a list of links, a gallery or the
// reference list, and those went), the heading heads nothing: "See also"
// or "Weblinks" alone between two headings is the page's furniture, not a
// line of the story. A heading over a deeper subhead keeps it; a heading
// the page set right above the next one, with nothing between, is the
// page's own choice and stays; and headings stacked above the story's
// first text (a kicker over a headline) are the header's business.

// headingRank returns 1 to 6 for an h1 to h6 and 0 for anything else.
func headingRank(n *html.Node) int {
	if n == nil || n.Type != html.ElementNode {
		return 0
	}
	switch n.DataAtom {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

// dropEmptyHeadings drops each heading after the story's first text
// whose next kept paragraph is a heading of the same or a higher rank
// while the page held text between the two, or held a block right after
// the heading that an earlier pass cut. The story's end is
// dropTrailingHeadings' case.
func (p *page) dropEmptyHeadings(ps []para) []para {
	out := ps[:0:0]
	text := false
	for i, pa := range ps {
		if !pa.heading {
			text = true
			out = append(out, pa)
			continue
		}
		r := headingRank(pa.src)
		if text && r > 0 && i+1 < len(ps) && ps[i+1].heading {
			if nr := headingRank(ps[i+1].src); nr > 0 && nr <= r && (p.cutAfter[pa.src] || textBetween(pa.src, ps[i+1].src, r)) {
				p.count(KindHeading, 1)
				continue
			}
		}
		out = append(out, pa)
	}
	return out
}

// textBetween reports whether the document holds text after a (outside
// it) and before b or an earlier heading of rank r or above (where a's
// section ends), reading at most maxBetweenSteps nodes.
func textBetween(a, b *html.Node, r int) bool {
	n := nextOutside(a)
	for steps := 0; n != nil && steps < maxBetweenSteps; steps++ {
		switch {
		case n == b:
			return false
		case headingRank(n) > 0 && headingRank(n) <= r:
			// A heading the story dropped (a contents box's own title)
			// closes a's section before b.
			return false
		case n.Type == html.TextNode:
			if strings.TrimSpace(n.Data) != "" {
				return true
			}
		case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Template):
			// Code, not text.
		case n.Type == html.ElementNode && n.DataAtom == atom.A && strings.HasPrefix(strings.TrimSpace(attr(n, "href")), "#"):
			// A jump within the page (a contents box's entry) points at
			// the page's sections; it is none of its own.
		case n.FirstChild != nil:
			n = n.FirstChild
			continue
		}
		n = nextOutside(n)
	}
	return false
}

// nextOutside returns the node after n's subtree in document order.
func nextOutside(n *html.Node) *html.Node {
	for ; n != nil; n = n.Parent {
		if n.NextSibling != nil {
			return n.NextSibling
		}
	}
	return nil
}
