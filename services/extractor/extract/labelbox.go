package extract

import (
	"strings"

	"golang.org/x/net/html"
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
