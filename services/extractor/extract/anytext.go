package extract

import (
	"iter"

	"golang.org/x/net/html"
)

// anyText reports whether match holds for the data of some text node that
// textOf(root) writes (every one under root outside what skipSet names), and
// stops at the first that does. A rule that only needs to know that a
// subtree's text rules it out (a letter where only numbers may stand) asks
// this instead of building the whole text: on a page of nested layout
// tables, building every cell's text is quadratic in the page.
func anyText(root *html.Node, match func(string) bool) bool {
	for s := range textData(root) {
		if match(s) {
			return true
		}
	}
	return false
}

// textData yields the data of the text nodes that textOf(root) writes, in
// document order; a caller that stops early reads no further.
func textData(root *html.Node) iter.Seq[string] {
	return func(yield func(string) bool) {
		// The stack starts in the frame: most subtrees asked are small.
		var buf [64]*html.Node
		stack := append(buf[:0], root)
		for len(stack) > 0 {
			n := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			switch n.Type {
			case html.TextNode:
				if !yield(n.Data) {
					return
				}
				continue
			case html.ElementNode:
				if skipSet.has(n.DataAtom) && !headingButton(n) {
					continue
				}
			}
			for c := n.LastChild; c != nil; c = c.PrevSibling {
				stack = append(stack, c)
			}
		}
	}
}

// notNumerals reports text that holds an ASCII byte other than a digit or
// white space. Normalising never drops such a byte, so text that holds one
// is no run of numbers (lineNumbers); other bytes (a no-break space, a
// zero-width space that normalising drops) decide nothing here.
func notNumerals(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x80 && (c < '0' || c > '9') && !asciiSpace[c] {
			return true
		}
	}
	return false
}
