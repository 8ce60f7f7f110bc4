package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// minSummaryItemWords is the length of every item of a summary box: its
// items are sentences, where a post's info list ("Name", "3. Dezember
// 2026", "5 Min. Lesezeit") holds a word or two.
const minSummaryItemWords = 4

// summaryBox reports whether n, the element right before the story's
// block, is the story's summary ("Das Wichtigste in Kürze", "En bref",
// "W skrócie"): shaped as a box of facts (a list of three items or more
// under an optional heading or short label, no links at all; factBox)
// whose items each read as a sentence. Guides and company blogs set it
// apart above the text, and it is text of the story as the box of facts
// after it is; a table of contents links, and a post's info list is no
// list of sentences.
func summaryBox(n *html.Node, st stats) bool {
	if !factBox(n, st) {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom != atom.Ul && c.DataAtom != atom.Ol {
			continue
		}
		for li := c.FirstChild; li != nil; li = li.NextSibling {
			if li.DataAtom == atom.Li && st.get(li).words < minSummaryItemWords {
				return false
			}
		}
	}
	return true
}
