package extract

// A story a page builder spread over sibling sections often closes with a
// section of one short paragraph (a last line, an outlook, a date to
// note): joinSections asks minSectionWords of a section found anywhere
// among the wrapper's siblings, which drops it. A section right after the
// last one joined continues the run with less: nothing of another kind
// stands between it and the story.

// minRunSectionWords is the running text a sibling section needs when it
// follows the last section of the story directly.
const minRunSectionWords = 8

// minWords returns the running text a sibling section needs to join the
// story: less when it follows the story's last section directly.
func minWords(adjacent bool) int {
	if adjacent {
		return minRunSectionWords
	}
	return minSectionWords
}
