package extract

import "golang.org/x/net/html"

// A Q&A page's answer (or its question) may be set in two boxes of one
// kind with an ad or a "continue reading" link between them, as a story's
// text is (splitstory.go). The two halves are siblings in one post: one
// post's text, not two answers, and not a post quoted inside another
// (which sits in a post of its own inside the other).

// splitBlock reports whether b and o, two text blocks of one kind in one
// post, are siblings: one post's text split in two, not a post quoted
// inside another.
func splitBlock(post, b, o *html.Node) bool {
	return b.Parent == o.Parent && b.Parent != nil && contains(post, b.Parent)
}

// splitHalves counts the blocks of same that follow a block of same in
// the same parent and the same box (boxOf: a post, or the branch that
// holds an answer): the second halves of split text, which are no answers
// of their own. Answers that are siblings are each in a box of their own.
func splitHalves(same []*html.Node, boxOf func(*html.Node) *html.Node) int {
	k := 0
	for i := 1; i < len(same); i++ {
		if same[i].Parent == same[i-1].Parent && boxOf(same[i]) == boxOf(same[i-1]) {
			k++
		}
	}
	return k
}

// oneSplitBlock reports whether roots, two chosen blocks, may be the
// halves of one block: siblings of one tag and class attribute (the
// split-story rule joined them across an ad, which may be cut already).
// Two sibling answers read this way are found the same way as one: the
// Q&A rules still ask for the question's box and a count of the answers.
func oneSplitBlock(roots []*html.Node) bool {
	if len(roots) != 2 {
		return false
	}
	a, b := roots[0], roots[1]
	return a.Parent == b.Parent && a.Data == b.Data && attr(a, "class") == attr(b, "class")
}
