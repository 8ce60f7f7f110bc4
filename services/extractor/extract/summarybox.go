package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// minSummaryItemWords is the length of every item of a summary box: its
// items are sentences, where a post's info list ("Name", "3. Dezember
// 2026", "5 Min. Lesezeit") holds a word or two.
const minSummaryItemWords = 4

// summaryBox reports whether n, the element right before story (the
// story's block), is the story's summary ("Das Wichtigste in Kürze", "En
// bref", "W skrócie"): shaped as a box of facts (a list of three items or
// more under an optional heading or short label, no links at all;
// factBox) whose items each read as a sentence. Guides and company blogs
// set it apart above the text, and it is text of the story as the box of
// facts after it is; a table of contents lists the story's own headings
// (linked, or scrolled to by a script), and a post's info list is no list
// of sentences.
func summaryBox(n, story *html.Node, st stats) bool {
	if !factBox(n, st) {
		return false
	}
	items := map[string]bool{}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom != atom.Ul && c.DataAtom != atom.Ol {
			continue
		}
		for li := c.FirstChild; li != nil; li = li.NextSibling {
			if li.DataAtom != atom.Li {
				continue
			}
			if st.get(li).words < minSummaryItemWords {
				return false
			}
			items[fold(normalize(textOf(li)))] = true
		}
	}
	return !headingIn(story, items)
}

// headingIn reports whether a heading in n's subtree reads as one of
// texts (folded).
func headingIn(n *html.Node, texts map[string]bool) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if found || c.Type != html.ElementNode || skipSet.has(c.DataAtom) {
			return false
		}
		if isHeading(c) {
			found = texts[fold(normalize(textOf(c)))]
			return false
		}
		return true
	})
	return found
}
