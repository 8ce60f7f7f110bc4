package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageScan is what scanPage collects for the searches that run after it:
// the buttons and links the thread search marks posts from (threads.go)
// and the text nodes that show a price, where the offer search starts
// (paywall.go).
type pageScan struct {
	// buttons are the first maxPostMarks <button> elements outside the
	// skipped elements, links the <a> elements there.
	buttons, links []*html.Node
	// prices are the first maxOfferPriceNodes text nodes outside the
	// skipped elements that show a price.
	prices []*html.Node
}

// The readers of scanPage's walk: each reads a part of the tree of its
// own, closed under descent, so a bit per reader says who still reads
// below an element.
const (
	scanControls uint8 = 1 << iota // controls.visit
	scanPosts                      // buttons and links, to the first link or skipped element
	scanPrices                     // text nodes, to the first skipped element
)

// scanPage counts the page's controls and collects p.scan in one walk over
// root, before any cut. The controls, the thread search and the offer
// search each walked the whole page; they read different parts of it (a
// link's text is a price for the offer search but no post mark, a button
// inside <noscript> is a control to the controls' count only), so each
// node of the walk carries the readers still reading there, and each
// reader sees its nodes in the order its own walk met them.
func (p *page) scanPage(root *html.Node) {
	type frame struct {
		n    *html.Node
		read uint8
	}
	var buf [64]frame
	stack := append(buf[:0], frame{root, scanControls | scanPosts | scanPrices})
	c, s := &p.controls, &p.scan
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n, read := f.n, f.read
		switch n.Type {
		case html.ElementNode:
		case html.TextNode:
			if read&scanPrices != 0 && len(s.prices) < maxOfferPriceNodes && hasPrice(n.Data) {
				s.prices = append(s.prices, n)
			}
			continue
		case html.DocumentNode:
			// Every reader reads on below a document.
		default:
			continue
		}
		if n.Type == html.ElementNode {
			next := uint8(0)
			if read&scanControls != 0 && c.visit(n) {
				next |= scanControls
			}
			skipped := skipSet.has(n.DataAtom)
			if read&scanPosts != 0 {
				switch {
				case n.DataAtom == atom.Button:
					if len(s.buttons) < maxPostMarks {
						s.buttons = append(s.buttons, n)
					}
				case skipped:
				case n.DataAtom == atom.A:
					s.links = append(s.links, n)
				default:
					next |= scanPosts
				}
			}
			if read&scanPrices != 0 && !skipped {
				next |= scanPrices
			}
			read = next
		}
		if read == 0 {
			continue
		}
		for k := n.LastChild; k != nil; k = k.PrevSibling {
			stack = append(stack, frame{k, read})
		}
	}
}
