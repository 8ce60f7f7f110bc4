package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxStoryItemWords bounds an item of a list that the second opinion reads
// as a short line of the story although it has more words than a subhead
// or a meta line (maxBylineLineWords): a timetable's or a programme's
// line, longer in French typography ("Lundi et mercredi : U10 à U15, de
// 17 h à 19 h" is 13 words, "Monday and Wednesday: under-10s to
// under-15s, 5 to 7 pm" 10).
const maxStoryItemWords = 30

// storyItem reports an item of a list or a definition, none of it link
// text, of more than maxBylineLineWords and at most maxStoryItemWords
// words, that ends no sentence, holds no link and has a sibling item
// (minStoryItems): a line of the story's list that the
// second opinion takes back inside a run like a shorter item (storyLine),
// where before it broke the run (and, in restoreBaseline, the list, its
// subhead and the story's closing paragraph were lost). An item that
// ends a sentence is running text already (runningText).
func storyItem(pa para, n int) bool {
	if n <= maxBylineLineWords || n > maxStoryItemWords || pa.src == nil || pa.heading {
		return false
	}
	switch pa.src.DataAtom {
	case atom.Li, atom.Dd, atom.Dt:
	default:
		return false
	}
	if pa.linked || pa.halfLinked || pa.linkHead || teaserCut(pa.text) || endsSentence(pa.text) {
		return false
	}
	return !holdsLink(pa.src) && siblingItems(pa.src) >= minStoryItems
}

// minStoryItems is the least items of the list of a storyItem: an item
// alone is a note or a comment under a post ("2 Stichwort: Word
// Splitting. ... – m_weber vor 3 Tagen"), not the story's list.
const minStoryItems = 2

// siblingItems counts the element children of n's parent of n's kind.
func siblingItems(n *html.Node) int {
	if n.Parent == nil {
		return 1
	}
	k := 0
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == n.DataAtom {
			k++
		}
	}
	return k
}
