package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// removeLabelBoxes applies the label text rules: a short element whose text
// is a box label ("SEE ALSO:", "Next In World", "Tags:") takes with it the
// largest enclosing element that holds nothing but the label and links.
func (p *page) removeLabelBoxes() {
	st := p.st
	type hit struct {
		n    *html.Node
		kind Kind
	}
	var hits []hit
	walk(p.body, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return n.Type == html.DocumentNode
		}
		if skipSet.has(n.DataAtom) {
			return false
		}
		v := st.get(n)
		if v.chars == 0 || v.chars > 80 {
			return v.chars > 0
		}
		// Only the innermost element carrying this text is a label; a
		// wrapper with the same text is reached by climbing.
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && st.get(c).chars == v.chars {
				return true
			}
		}
		ft := fold(textOf(n))
		if adLabels[ft] {
			if box := paidBox(n, p.body, st); box != nil {
				if storyBlock(box, n, p.body, st) {
					// An ad slot's label left between the story's
					// paragraphs opens the block after it by chance:
					// only the label goes.
					hits = append(hits, hit{n, KindAd})
					p.paidAt = append(p.paidAt, n.Parent)
					return false
				}
				hits = append(hits, hit{box, KindAd})
				p.paidAt = append(p.paidAt, box.Parent)
				return false
			}
		}
		r, exact, ok := p.e.rules.labelFolded(ft)
		if !ok {
			// The label may sit in a child of a short box that holds
			// other text too.
			return true
		}
		labelText := v.chars - v.linkChars
		// A box that opens with the label and holds nothing else but
		// links ("Lesen Sie auch <a>…</a>") is the box itself.
		if !exact && labelText <= nonSpace(r.raw)+2 && v.linkChars > 0 {
			exact = true
		}
		box := n
		for a := n.Parent; a != nil && a != p.body && a.Type == html.ElementNode; a = a.Parent {
			va := st.get(a)
			if va.chars-va.linkChars-labelText > 12 {
				break
			}
			box = a
		}
		if box == n && !exact {
			return true
		}
		hits = append(hits, hit{box, r.kind})
		return false
	})
	for _, h := range hits {
		if h.n.Parent != nil && attached(h.n, p.body) {
			p.drop(h.n, h.kind)
		}
	}
}

// maxPaidBoxWords bounds a box that a "Sponsored" label takes with it.
const maxPaidBoxWords = 150

// paidBox returns the largest element that opens with the paid-placement
// label n and holds a short teaser at most: sponsored content carries its
// own text, so the label takes the box, not just its links. It returns nil
// when the label opens a block holding the page's running text.
func paidBox(n, body *html.Node, st stats) *html.Node {
	total := st.get(body).pwords
	var box *html.Node
	for a := n.Parent; a != nil && a != body && a.Type == html.ElementNode; a = a.Parent {
		v := st.get(a)
		if v.words > maxPaidBoxWords || (total > 0 && v.pwords*2 > total) || !opensWith(a, n) {
			break
		}
		box = a
	}
	return box
}

// minStoryBlockWords is the running text a like sibling of a labelled
// block holds for the block to count as one of the story's own.
const minStoryBlockWords = 10

// minStoryBlockLines is the number of text blocks besides the label from
// which a labelled box holds more than a teaser (a headline, a line of
// text and a source or date line).
const minStoryBlockLines = 4

// minStoryBlockParas is the number of paragraphs of running text from which
// a labelled box holds more than a teaser's line.
const minStoryBlockParas = 2

// maxStoryBlockNodes bounds the elements of a labelled box that storyBlock
// reads.
const maxStoryBlockNodes = 1000

// maxStoryBlockLinkDens is the link density from which a block reads as
// links (a teaser, a list of sponsored links), not running text.
const maxStoryBlockLinkDens = 0.3

// storyBlock reports that box, which the paid-placement label n opens, is
// a block of the story rather than the paid teaser the label heads. A
// teaser is a box of its own: a headline and a line or two of text, often
// a link. A box is the story's when
//   - it is a quotation, a figure or a disclosure's body, which hold
//     quoted or illustrating text, not an advertiser's teaser (a <table>
//     is not one: old pages lay their ad slots out in tables);
//   - it holds more lines of text that are not links than a teaser (key
//     figures, a list of ingredients), or two paragraphs of running text
//     where a teaser has one;
//   - it, or its parent, is one of a run of blocks of one kind (tag and
//     first class name) whose others hold running text with few links: the
//     sections, answers, accordion items or paragraph fields the story is
//     built of.
func storyBlock(box, n, body *html.Node, st stats) bool {
	switch box.DataAtom {
	case atom.Blockquote, atom.Figure, atom.Details, atom.Dd:
		return true
	}
	if st.linkDensity(box) >= maxStoryBlockLinkDens {
		return false
	}
	lines, running, seen := 0, 0, 0
	walk(box, func(c *html.Node) bool {
		// Once the box is known for the story's, or read as far as a
		// box of a teaser's few words can be worth, what was read
		// decides: nested labelled boxes must not each read all below.
		if lines >= minStoryBlockLines || running >= minStoryBlockParas || seen >= maxStoryBlockNodes {
			return false
		}
		if c.Type != html.ElementNode || skipSet.has(c.DataAtom) || c == n {
			return c.Type == html.DocumentNode
		}
		seen++
		v := st.get(c)
		own := v.ownChars - v.ownLink
		if c == n.Parent && !isBlock(n) {
			// An inline label's letters count towards its parent's own.
			own -= st.get(n).chars
		}
		if own > 0 {
			lines++
			if v.pwords > 0 && !isHeading(c) {
				running++
			}
		}
		return true
	})
	if lines >= minStoryBlockLines || running >= minStoryBlockParas {
		return true
	}
	for _, x := range []*html.Node{box, box.Parent} {
		if x == body || x.Parent == nil || attr(x, "class") == "" {
			continue
		}
		k := kindKey(x)
		if nearSibling(x, func(y *html.Node) bool {
			return y.DataAtom == x.DataAtom && kindKey(y) == k &&
				st.get(y).pwords >= minStoryBlockWords && st.linkDensity(y) < maxStoryBlockLinkDens
		}) {
			return true
		}
	}
	return false
}

// maxRunReach is how many elements on each side of a block nearSibling
// looks at: the blocks of a run stand together, and a page of thousands
// of like boxes must not cost their square.
const maxRunReach = 16

// nearSibling reports an element among the maxRunReach elements before x
// and the maxRunReach after it for which like holds.
func nearSibling(x *html.Node, like func(*html.Node) bool) bool {
	for _, step := range [2]func(*html.Node) *html.Node{prevElement, nextElement} {
		k := 0
		for y := step(x); y != nil && k < maxRunReach; y, k = step(y), k+1 {
			if like(y) {
				return true
			}
		}
	}
	return false
}

// opensWith reports whether the first text under a lies inside n.
func opensWith(a, n *html.Node) bool {
	var first *html.Node
	walk(a, func(c *html.Node) bool {
		if first != nil {
			return false
		}
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			first = c
			return false
		}
		return c.Type == html.ElementNode && !skipSet.has(c.DataAtom) || c.Type == html.DocumentNode
	})
	return first != nil && (first == n || isAncestor(n, first))
}

// attached reports whether n is still under root (an earlier cut may have
// taken one of its ancestors).
func attached(n, root *html.Node) bool {
	for q := n; q != nil; q = q.Parent {
		if q == root {
			return true
		}
	}
	return false
}
