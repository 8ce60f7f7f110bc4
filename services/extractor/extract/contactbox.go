package extract

import "golang.org/x/net/html"

// Bounds of the contact teaser that follows an FAQ or a help page.
const (
	// maxContactBoxLines bounds the lines under the teaser's heading
	// ("Call us", a number and hours, "Chat with us", a waiting time).
	maxContactBoxLines = 6
	// maxContactBoxLineWords bounds one of them: labels, numbers and
	// hours, never a paragraph.
	maxContactBoxLineWords = 12
)

// trailingContactBox finds the teaser that ends a help page after its last
// answer ("Your question was not answered? Call us … Chat with us …"): a
// heading and at most maxContactBoxLines short lines under it, none of
// them a sentence, at least one a way to reach someone (an e-mail address
// or a phone number), all in a box of their own that holds nothing of the
// story before it, after a story of minContactStoryWords. Its subheadings
// are labels, so the block is found by its first heading, the earliest
// one after which everything qualifies. It returns where the box starts,
// or len(ps).
func trailingContactBox(ps []para) int {
	start := len(ps)
	contact := false
	for i := len(ps) - 1; i >= 1 && len(ps)-i <= maxContactBoxLines+1; i-- {
		pa := ps[i]
		if words(pa.text) > maxContactBoxLineWords || (!pa.heading && endsSentence(pa.text)) {
			break
		}
		if contactLine(pa.text) {
			contact = true
		}
		// A heading right above the box heads it: the box is that
		// heading's block, and the heading decides.
		if pa.heading && contact && i < len(ps)-1 && !ps[i-1].heading && ownBox(ps, i) {
			start = i
		}
	}
	if start == len(ps) {
		return start
	}
	return afterStoryOf(ps, start, minContactStoryWords)
}

// ownBox reports whether the paragraphs from i to the end sit in a box
// that holds none of the paragraph before i.
func ownBox(ps []para, i int) bool {
	box := commonAncestor(ps[i].src, ps[len(ps)-1].src)
	return box != nil && ps[i-1].src != nil && !contains(box, ps[i-1].src)
}

// commonAncestor returns the innermost element holding a and b, or nil.
func commonAncestor(a, b *html.Node) *html.Node {
	if a == nil || b == nil {
		return nil
	}
	for n := a; n != nil; n = n.Parent {
		if contains(n, b) {
			return n
		}
	}
	return nil
}
