package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A story a page builder spread over sibling sections often closes with a
// section of one short paragraph (a last line, an outlook, a date to
// note): joinSections asks minSectionWords of a section found anywhere
// among the wrapper's siblings, which drops it. A section right after the
// last one joined continues the run with less: nothing of another kind
// stands between it and the story. A section with a control (a call to
// action's button, a sign-up form) is no closing line of a story, and is
// asked the full length.

// minRunSectionWords is the running text a sibling section needs when it
// follows the last section of the story directly.
const minRunSectionWords = 8

// minWords returns the running text sibling section s needs to join the
// story: less when it follows the story's last section directly
// (adjacent) and holds no control.
func minWords(s *html.Node, adjacent bool) int {
	if adjacent && !holdsControl(s) {
		return minRunSectionWords
	}
	return minSectionWords
}

// holdsControl reports a button, a select, a text area or a visible input
// in n (isControl), or a link set as a button (role or class, as the
// controls' count reads it).
func holdsControl(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if found || c.Type != html.ElementNode {
			return false
		}
		found = isControl(c) || c.DataAtom == atom.A && (strings.EqualFold(attr(c, "role"), "button") || hasButtonClass(c))
		return !found
	})
	return found
}
