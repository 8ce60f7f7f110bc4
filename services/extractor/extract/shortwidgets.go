package extract

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
