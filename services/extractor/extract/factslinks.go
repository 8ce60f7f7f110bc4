package extract

import "golang.org/x/net/html"

// factsBoxLinkChars is the link text of a box of facts (factsBox) whose
// inner element is inner and whose link text is all, less the links of
// its paragraphs of sentences with a few links (storyShape): a summary
// box that opens with a sentence citing its sources ("The council has
// published the full report …") links as the story does, where a box of
// links is made of them.
func factsBoxLinkChars(inner *html.Node, all int, st stats) int {
	if all == 0 {
		return 0
	}
	return all - linkedSentenceChars(inner, st)
}
