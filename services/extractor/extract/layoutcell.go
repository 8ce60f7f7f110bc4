package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A layout table set inside the box the scorer chose: one row of three
// cells or more, the story's running text in one of them and only links
// (a column of sections, a "most read" column) or no running text in the
// others. The story is that cell; what sits beside the table in the
// chosen box (a contact box, a download link, a post's footer) was the
// story's surroundings before the page was laid out in the table.

// Bounds of a layout table: its cells, the link density of the cells
// with running text other than the story's, the share of the chosen boxes' running text the table holds, and
// the children read per level to find it.
const (
	minLayoutCells      = 2
	minSideCellLinkDens = 0.5
	minLayoutTableShare = 0.6
	maxLayoutChildren   = 50
)

// maxLayoutDepth bounds the levels layoutCell descends from a root
// through the child that holds most of its running text.
const maxLayoutDepth = 8

// layoutCell returns the story's cell of a layout table that holds most
// of the roots' running text, found among the roots or below one root
// along the children that hold most of it; else roots.
func (p *page) layoutCell(roots []*html.Node) []*html.Node {
	total := 0
	for _, r := range roots {
		total += p.st.get(r).pwords
	}
	if total == 0 {
		return roots
	}
	holdsMost := func(n *html.Node) bool {
		return float64(p.st.get(n).pwords) >= minLayoutTableShare*float64(total)
	}
	var n *html.Node
	for _, r := range roots {
		if holdsMost(r) {
			n = r
		}
	}
	for depth := 0; n != nil && depth < maxLayoutDepth; depth++ {
		if n.DataAtom == atom.Table {
			if cell := p.storyCell(n); cell != nil {
				return []*html.Node{cell}
			}
			return roots
		}
		var next *html.Node
		seen := 0
		for c := n.FirstChild; c != nil && seen < maxLayoutChildren; c = c.NextSibling {
			if c.Type == html.ElementNode {
				seen++
				if holdsMost(c) {
					next = c
					break
				}
			}
		}
		n = next
	}
	return roots
}

// storyCell returns the one cell of layout table t whose running text is
// not mostly links, or nil when t is no layout table: more than one row,
// fewer than minLayoutCells cells, or two such cells.
func (p *page) storyCell(t *html.Node) *html.Node {
	var row *html.Node
	rows := 0
	if !eachRow(t, func(tr *html.Node) bool {
		rows++
		row = tr
		return rows < 2
	}) || rows != 1 {
		return nil
	}
	var story *html.Node
	cells := 0
	for c := row.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != atom.Td {
			continue
		}
		cells++
		if p.st.get(c).pwords == 0 || p.st.linkDensity(c) >= minSideCellLinkDens {
			continue
		}
		if story != nil {
			// Two cells of running text: a table of data or two
			// columns of stories, not one story in its layout.
			return nil
		}
		story = c
	}
	if cells < minLayoutCells {
		return nil
	}
	return story
}
