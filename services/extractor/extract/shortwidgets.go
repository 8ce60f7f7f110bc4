package extract

import "golang.org/x/net/html"

// A page builder names every element of a story a widget ("elementor-widget
// elementor-widget-text-editor"), which the chrome pass cuts as a
// sidebar's; when the widgets hold half the page's running text, they are
// taken back and read inside instead. That test asked 80 words of the
// page, so a short story (a notice, a brief of a few sentences) built of
// widgets lost all of its text and the page became a non-article. A short
// page whose running text is nearly all in widgets is read the same way.

// Bounds of a short page built of widgets: the running text it holds, and
// the share of it in widgets (in tenths).
const (
	minWidgetStoryWords  = 30
	minWidgetShortTenths = 9
	minWidgetPageWords   = 80
)

// widgetsHoldStory reports whether the blocks cut as sidebars by their
// "widget" name alone, holding widgets of the page's total running words,
// are the story's elements.
func widgetsHoldStory(total, widgets int) bool {
	if widgets*2 < total {
		return false
	}
	return total >= minWidgetPageWords || total >= minWidgetStoryWords && widgets*10 >= total*minWidgetShortTenths
}

// chromeWords counts the running words of the blocks cut for what they are
// (a sign-up box, a share row, a related list) rather than for a "widget"
// name, outside the widgets kept: the page's chrome, which the share of
// the story in widgets leaves out. A short story followed by a sign-up
// box of a dozen words fell under nine tenths and lost all of its text.
func chromeWords(cut []*html.Node, kinds []Kind, kept []*html.Node, st stats) int {
	w := 0
	for i, n := range cut {
		if kinds[i] == KindSidebar && widgetNamed(n) || insideAnyOf(n, kept) {
			continue
		}
		w += st.get(n).pwords
	}
	return w
}
