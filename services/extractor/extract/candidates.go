package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// scoreBlocks scores the blocks of body the readability way: every
// paragraph (or run of bare text) adds to the blocks up to five levels
// above it a score for its length and commas, divided the further up the
// block is, on top of the block's tag and class hints. It returns the
// scores and the blocks in the order they were first scored.
func scoreBlocks(body *html.Node, st stats) (map[*html.Node]float64, []*html.Node) {
	scores := map[*html.Node]float64{}
	weights := map[string]float64{}
	var order []*html.Node
	init := func(n *html.Node) {
		if _, ok := scores[n]; !ok {
			// Class hints count fully only for blocks with some text of
			// their own weight: a "content" box of ten words is no body.
			scores[n] = tagWeight(n) + classWeight(n, weights)*min(1, float64(st.get(n).words)/60)
			order = append(order, n)
		}
	}
	add := func(start *html.Node, cs float64, self bool) {
		level := 0
		n := start
		if !self {
			n = start.Parent
		}
		for ; n != nil && n.Type == html.ElementNode && level < 5; n = n.Parent {
			if n.DataAtom == atom.Body || n.DataAtom == atom.Html {
				break
			}
			init(n)
			div := 1.0
			switch level {
			case 0:
			case 1:
				div = 2
			default:
				div = float64(level * 3)
			}
			scores[n] += cs / div
			level++
		}
	}
	walk(body, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return n.Type == html.DocumentNode
		}
		if skipAtoms[n.DataAtom] {
			return false
		}
		v := st.get(n)
		switch n.DataAtom {
		case atom.P, atom.Pre, atom.Blockquote:
			if v.chars < 25 {
				return false
			}
			ld := float64(v.linkChars) / float64(v.chars)
			if ld > 0.6 {
				return false
			}
			cs := 1 + float64(strings.Count(textOf(n), ",")) + min(float64(v.chars)/100, 3)
			add(n, cs, false)
			return false
		}
		if isBlock(n) && v.ownChars >= 25 && float64(v.ownLink) < 0.5*float64(v.ownChars) {
			// Bare text split by <br><br> counts as that many paragraphs.
			k := float64(max(1, v.ownBr/2))
			cs := k + float64(v.ownCommas) + min(float64(v.ownChars)/100, 3*k)
			// Text beside block children (bare runs between <div>s or
			// tables) scores its own block; a block of text alone is a
			// paragraph and scores its ancestors, as a <p> does.
			add(n, cs, hasBlockChild(n))
		}
		return true
	})
	return scores, order
}
