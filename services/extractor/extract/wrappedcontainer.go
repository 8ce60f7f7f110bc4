package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// wrappedContainerAbove is containerAbove for a story whose boxes are
// wrapped deep: a page builder sets each paragraph in a widget, the widget
// in a column, the column in a section, each in a bare <div> or
// <section> of its own (one element child, no text). With class names the
// sibling sections are joined by their names (joinSections); without them
// (hashed names, none at all) the best paragraph box won alone and the
// rest of the story was lost, since the container of all the sections sat
// beyond maxContainerClimb levels. Here bare wrappers are climbed without
// counting them, so the climb counts only levels that group something;
// it is tried only when containerAbove finds nothing, so a story that has
// a container within reach keeps it.
//
// A table row or section is climbed through but never taken: a row groups
// a layout's columns (nav, story, sidebar), not a story's paragraphs.
func wrappedContainerAbove(top *html.Node, best float64, scores map[*html.Node]float64, st stats) *html.Node {
	var found *html.Node
	tw := st.get(top).pwords
	skipped := 0
	a := top.Parent
	for k := 0; k < maxContainerClimb && a != nil && a.Type == html.ElementNode && a.DataAtom != atom.Body; a = a.Parent {
		if bareWrapper(a, st) {
			skipped++
		} else {
			k++
		}
		switch a.DataAtom {
		case atom.Tr, atom.Tbody, atom.Thead, atom.Tfoot, atom.Table:
			continue
		}
		sc, ok := scores[a]
		if !ok || sc < minContainerScore*best {
			continue
		}
		if st.get(a).pwords >= minContainerWordsX*tw && st.linkDensity(a) < maxContainerLinkDens {
			found = a
		}
	}
	if skipped == 0 {
		// Nothing was climbed that containerAbove did not climb.
		return nil
	}
	return found
}
