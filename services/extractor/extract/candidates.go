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
	return scoreBlocksWith(body, st, scoreHints{})
}

// scoreHints are what the structural pass learnt about the page's names.
type scoreHints struct {
	// widgetsAreContent is set on page-builder pages, where the blocks
	// named "widget" hold most of the running text: the name is then no
	// hint of a sidebar.
	widgetsAreContent bool
	// notices, when set, receives a site's notice that lost the content
	// choice to a brief under the <h1> (briefnotice.go).
	notices *[]*html.Node
}

func scoreBlocksWith(body *html.Node, st stats, h scoreHints) (map[*html.Node]float64, []*html.Node) {
	scores := map[*html.Node]float64{}
	weights := map[string]float64{}
	var order []*html.Node
	init := func(n *html.Node) {
		if _, ok := scores[n]; !ok {
			// Class hints count fully only for blocks with some text of
			// their own weight: a "content" box of ten words is no body.
			scores[n] = tagWeight(n) + classWeightWith(n, weights, h.widgetsAreContent)*min(1, float64(st.get(n).words)/60)
			order = append(order, n)
		}
	}
	add := func(start *html.Node, cs float64, self bool) {
		level, wrappers, chain := 0, 0, !self
		n := start
		if !self {
			n = start.Parent
		}
		for ; n != nil && n.Type == html.ElementNode && level < 5; n = n.Parent {
			if n.DataAtom == atom.Body || n.DataAtom == atom.Html {
				break
			}
			init(n)
			// Layout wrappers stacked deep around a paragraph (a box per
			// paragraph, boxed again by the theme and by a hashed
			// front-end) say nothing about where the story is: the first
			// block above them, the story's container, scores the
			// paragraph as if it sat behind one box. Blocks further up
			// score as before.
			wrapped := chain && !bareWrapper(n, st)
			if chain && !wrapped {
				wrappers++
			} else {
				chain = false
			}
			eff := level
			if wrapped && wrappers > maxPlainWrappers {
				eff = 1
			}
			div := 1.0
			switch eff {
			case 0:
			case 1:
				div = 2
			default:
				div = float64(eff * 3)
			}
			scores[n] += cs / div
			level++
		}
	}
	walk(body, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return n.Type == html.DocumentNode
		}
		if skipSet.has(n.DataAtom) {
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
			cs := 1 + float64(commasOf(n)) + min(float64(v.chars)/100, 3)
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

// bareWrapper reports a <div> or <section> with no text of its own and one
// element child.
func bareWrapper(n *html.Node, st stats) bool {
	if n == nil || n.Type != html.ElementNode || n.DataAtom != atom.Div && n.DataAtom != atom.Section || st.get(n).ownChars > 0 {
		return false
	}
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && !skipSet.has(c.DataAtom) {
			if k++; k > 1 {
				return false
			}
		}
	}
	return k == 1
}

// maxPlainWrappers is the depth of bare wrappers around a paragraph that
// scores as it always has. Two are common (a block and its theme box) and
// the level discount copes with them; counting them as one moved the
// winner up a level on heavy pages (L3S-GN1 rebuilt with utility-class
// divs: F1* 0.961 to 0.959) for little gain (two-div rebuild of the L3S
// tune sites 0.943 to 0.949). From three on the container fell out of
// reach of its own paragraphs.
const maxPlainWrappers = 2

// commasOf is strings.Count(textOf(n), ","), counted in the text nodes
// without building the text: normalizing keeps every comma, and only the
// count of a paragraph's commas is wanted (FuzzCommasOf).
func commasOf(root *html.Node) int {
	k := 0
	for s := range textData(root) {
		k += strings.Count(s, ",")
	}
	return k
}
