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

// stubKind reports the kinds a class name gives a container that a stub's
// story may sit in: names of layout regions, not of what a box says
// (comments, related links, walls and offers keep their cut).
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
}

// keep reports whether n, of kind k, is kept as (or inside) a stub's
// story: an element that holds an offer box with a story run before it
// (storyRunBefore) and at least minStubStoryShare of the page's running
// text (total) less what the cuts so far took; or a box of running text
// inside such a container (a page builder's widgets, each named for a
// sidebar, around the visible paragraphs; the offer box in one is cut when
// the walk reaches it).
func (s *stubStories) keep(n *html.Node, k Kind, total int, cut []*html.Node) bool {
	if len(s.offers) == 0 || !stubKind(k) {
		return false
	}
	if s.st.get(n).pwords == 0 {
		return false
	}
	left := total - cutWords(cut, s.st)
	for b := range s.offers {
		if b != n && contains(n, b) && float64(s.st.get(n).pwords) >= minStubStoryShare*float64(left) && storyRunBefore(n, b) {
			s.roots = append(s.roots, n)
			return true
		}
	}
	for _, r := range s.roots {
		if contains(r, n) {
			return true
		}
	}
	return false
}

// cutWords is the running text of the elements cut so far.
func cutWords(cut []*html.Node, st stats) int {
	w := 0
	for _, n := range cut {
		w += st.get(n).pwords
	}
	return w
}
