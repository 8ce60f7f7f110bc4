package extract

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// WPBakery and builders like it set a page as rows, each row as columns,
// each column as widgets, and give every row the same class list ("vc_row
// wpb_row vc_row-fluid"). A story of several rows had its best text widget
// win alone: no row scores (a paragraph's score reaches only its two
// nearest ancestors), and joinSections leaves sibling blocks with the very
// same class list out, since utility-class layouts give every wrapper
// one. What tells a builder's rows from such wrappers is the grid: each
// row opens with a column of one family that wraps one element (a widget,
// an inner wrapper), where a card's body holds its paragraphs. joinBuilderRows joins the rows
// of that grid that read like the story (running text, few links, no
// control: neither a button nor a call's one link on a line of its own,
// callbox.go), and the subhead rows between them.

// maxBuilderRowClimb bounds the bare wrappers climbed from the winner to
// its row.
const maxBuilderRowClimb = 4

// joinBuilderRows returns out with the story's sibling rows when out is
// one winner that is, through bare wrappers, the only content of a row
// of a builder's grid (builderRow), or out unchanged.
func joinBuilderRows(out []*html.Node, st stats) []*html.Node {
	if len(out) != 1 {
		return out
	}
	a := out[0]
	for range maxBuilderRowClimb {
		p := a.Parent
		if p == nil || p.Type != html.ElementNode || p.DataAtom == atom.Body || !onlyBlockChild(a) {
			return out
		}
		col := a
		a = p
		// A column is a wrapper of one element (a widget, an inner
		// wrapper); a card's body holding paragraphs is no column.
		if frameFamily(a) == "" || firstClass(col) == "" || onlyElementChild(col) == nil {
			continue
		}
		if rows := storyRows(a, firstClass(col), st); len(rows) > 1 {
			return joinHeadings(rows, a.Parent, st)
		}
	}
	return out
}

// storyRows returns row a and its sibling rows of the same grid that read
// like the story, in document order; a alone when none does.
func storyRows(a *html.Node, colFam string, st stats) []*html.Node {
	before, after := sectionsBeside(a, st, func(s *html.Node) bool {
		return builderRow(s, a, colFam)
	}, func(s *html.Node) bool {
		// A row with a button or a call link is a call box.
		return !holdsControl(s) && !ownControl(unwrapped(s))
	})
	return slices.Concat(before, []*html.Node{a}, after)
}

// builderRow reports a sibling s of row a with a's tag and very class list
// (those that differ by an element id are joinSections'), whose first
// element child is a column of a's column family colFam.
func builderRow(s, a *html.Node, colFam string) bool {
	if s.Type != html.ElementNode || s.DataAtom != a.DataAtom || frameFamily(s) != frameFamily(a) || sameShapeLoose(s, a) {
		return false
	}
	c := firstChildElement(s)
	return c != nil && firstClass(c) == colFam
}

// firstClass returns n's first class name, or "".
func firstClass(n *html.Node) string {
	if f := strings.Fields(attr(n, "class")); len(f) > 0 {
		return f[0]
	}
	return ""
}
