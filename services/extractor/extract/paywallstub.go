package extract

import (
	"golang.org/x/net/html"
)

// A paywall stub shows a story's first paragraph or two and then its
// subscription offer. removeStructure protects the element that holds
// most of a page's running text only on pages of 80 words or more, so on
// a stub the story's container went whenever its class named chrome — a
// theme's "content-sidebar-wrap", a CMS's "node--promoted", a page
// builder's "widget-wrap", a page wrapper hidden while a consent layer is
// open, a page wrapper named "page-header" — and the visible paragraphs
// were lost before the page was typed. The offer box says where the story
// stops: the paragraphs before it are the story's visible part, and the
// element that holds them with the box is the story's container, whatever
// its class says.

// minStubStoryShare is the share of the running text left by the cuts so
// far that the container of a stub's story holds: the share removeStructure
// asks of a protected element on a longer page (the headline, a byline
// line and the footer's sentence count beside a stub's few paragraphs).
const minStubStoryShare = 0.5

// stubKind reports the kinds that name a container by its place or its
// state rather than by what it holds — a layout region (sidebar, header),
// a CMS's "promoted" flag read as an advertisement, a wrapper hidden while
// a dialog is open — which a stub's story may sit in. Comments, related
// links, walls, offers and promotions keep their cut.
func stubKind(k Kind) bool {
	switch k {
	case KindSidebar, KindHeader, KindAd, KindHidden:
		return true
	}
	return false
}

// stubStories finds the containers of paywall stubs' stories during
// removeStructure's walk.
type stubStories struct {
	offers map[*html.Node]bool
	st     stats
	// roots are the containers kept so far.
	roots []*html.Node
	// cutSum is the running text of the first counted elements cut, the
	// last of which is last.
	cutSum, counted int
	last            *html.Node
}

// keep reports whether n, of kind k, is kept as (or inside) a stub's
// story: an element that holds an offer box with a story run before it
// (storyRunBefore) and at least minStubStoryShare of the page's running
// text (total) less what the cuts so far took; or a box of running text
// inside such a container (a page builder's widgets, each named for a
// sidebar, around the visible paragraphs; the offer box in one is cut when
// the walk reaches it).
func (s *stubStories) keep(n *html.Node, k Kind, total int, cut []*html.Node) bool {
	if len(s.offers) == 0 || !stubKind(k) || s.st.get(n).pwords == 0 {
		return false
	}
	if insideAnyOf(n, s.roots) {
		return true
	}
	left := total - s.cutWords(cut)
	for b := range s.offers {
		if b != n && contains(n, b) && float64(s.st.get(n).pwords) >= minStubStoryShare*float64(left) && storyRunBefore(n, b) {
			s.roots = append(s.roots, n)
			return true
		}
	}
	return false
}

// cutWords is the running text of the elements cut so far, summed once
// each: cut only grows, except when removeStructure takes widgets back
// and starts a list without them, whose prefix differs from the one
// summed (its element at the last index summed is another) and which is
// summed afresh.
func (s *stubStories) cutWords(cut []*html.Node) int {
	if len(cut) < s.counted || s.counted > 0 && cut[s.counted-1] != s.last {
		s.counted, s.cutSum = 0, 0
	}
	for _, n := range cut[s.counted:] {
		s.cutSum += s.st.get(n).pwords
	}
	s.counted = len(cut)
	if s.counted > 0 {
		s.last = cut[s.counted-1]
	}
	return s.cutSum
}

// inlineRuns are the words of the runs of inline text among n's children
// before box (or all of them when box is not among them), a run ending at
// each block child: the text of a paragraph block that an offer box, a
// picture's box or a pull quote was set into. A child that holds a block
// ends a run too; textBefore reads it on its own.
func inlineRuns(n, box *html.Node) []int {
	var runs []int
	cur := 0
	for c := n.FirstChild; c != nil && c != box; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			cur += words(c.Data)
			continue
		case c.Type != html.ElementNode:
			continue
		case !isBlock(c) && !hasBlockChild(c):
			cur += words(textOf(c))
			continue
		}
		if cur > 0 {
			runs = append(runs, cur)
		}
		cur = 0
	}
	if cur > 0 {
		runs = append(runs, cur)
	}
	return runs
}
