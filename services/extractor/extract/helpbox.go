package extract

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Bounds of the help box that ends an FAQ ("Can't find what you're looking
// for? Our service team answers Monday to Friday. [Write to us] [Book a
// call]").
const (
	// maxHelpBoxLines bounds the lines under the box's heading that
	// reach the text: one sentence and a line of hours or a label.
	maxHelpBoxLines = 2
	// maxHelpBoxSentenceWords bounds its one sentence.
	maxHelpBoxSentenceWords = 25
	// minHelpBoxButtons is how many button links, or contact lines, the
	// box must hold beside its text.
	minHelpBoxButtons = 2
)

// sentenceEndRe ends a sentence: its mark before the next sentence's
// capital or the end of the line.
var sentenceEndRe = regexp.MustCompile(`[.!?…](\s+\p{Lu}|$)`)

// trailingHelpBox finds a heading and at most maxHelpBoxLines lines under
// it that end the page in a box of their own (holding nothing of the story
// before them), with at most one sentence among them, where that box also
// holds two or more button links or a way to reach someone (an e-mail
// address, a phone number) that the rules before it took from the text:
// the help teaser after an FAQ, whose one sentence ("Our service team is
// happy to help") keeps trailingContactBox from seeing it. It returns
// where the box starts, or len(ps).
func trailingHelpBox(ps []para) int {
	for i := len(ps) - 2; i >= 1 && len(ps)-i <= maxHelpBoxLines+1; i-- {
		if !ps[i].heading {
			continue
		}
		sentences := 0
		for _, pa := range ps[i+1:] {
			if pa.heading || words(pa.text) > maxHelpBoxSentenceWords {
				return len(ps)
			}
			sentences += len(sentenceEndRe.FindAllStringIndex(pa.text, -1))
		}
		if sentences > 1 || ps[i-1].heading || !ownBox(ps, i) {
			return len(ps)
		}
		if !reachBox(commonAncestor(ps[i].src, ps[len(ps)-1].src)) {
			return len(ps)
		}
		return afterStoryOf(ps, i, minContactStoryWords)
	}
	return len(ps)
}

// reachBox reports whether box holds two or more button links or buttons,
// or a line with an e-mail address, a phone number or a "tel:"/"mailto:"
// link: a way to reach someone.
func reachBox(box *html.Node) bool {
	if box == nil {
		return false
	}
	buttons, reach := 0, false
	walk(box, func(c *html.Node) bool {
		if reach || c.Type != html.ElementNode {
			return !reach
		}
		switch {
		case c.DataAtom == atom.Button || c.DataAtom == atom.A && hasButtonClass(c):
			buttons++
		case c.DataAtom == atom.A:
			href := strings.ToLower(strings.TrimSpace(attr(c, "href")))
			reach = strings.HasPrefix(href, "mailto:") || strings.HasPrefix(href, "tel:")
		case blockSet.has(c.DataAtom) && !hasBlockChild(c):
			reach = contactLine(strings.Join(strings.Fields(textOf(c)), " "))
		}
		return true
	})
	return reach || buttons >= minHelpBoxButtons
}

// headingButton reports a <button> that is a heading's child: the
// question of an accordion (the WAI-ARIA pattern, <h3><button
// aria-expanded>Question</button></h3>), whose text is the heading's.
// Any other button is a control and carries no text.
func headingButton(n *html.Node) bool {
	return n.DataAtom == atom.Button && isHeading(n.Parent)
}

// headingNamedHeader reports a heading element whose class names it the
// header of a block ("accordion-header", "card-header"): the heading of
// that block, an accordion's question, not the page's header chrome.
func headingNamedHeader(n *html.Node, k Kind) bool {
	return k == KindHeader && isHeading(n)
}
