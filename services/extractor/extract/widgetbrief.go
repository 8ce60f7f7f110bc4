package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A brief of one sentence built of page-builder widgets. The widgets are
// taken back as content when they hold a story's worth of running words
// (shortwidgets.go); a brief of one sentence holds fewer than the 30 that
// asks, so its widgets were cut as a sidebar's and the page became a
// non-article with no text. A sidebar's widget does not hold the page's
// headline with a sentence under it in the same column: when the widgets
// hold nearly all of the page's running text and one of them holds a
// complete sentence of running text set under the headline (in the
// headline's own widget, or in a widget of the column the headline
// stands in), the widgets are the story's.

// minWidgetBriefWords is the length of the sentence a brief built of
// widgets must hold.
const minWidgetBriefWords = 8

// widgetBrief reports whether the blocks cut as sidebars by their "widget"
// name, holding widgets of the page's total running words, are a brief's:
// see the top of this file.
func (p *page) widgetBrief(total, widgets int, cut []*html.Node, kinds []Kind, kept []*html.Node, st stats) bool {
	if widgets < minWidgetBriefWords || widgets*10 < total*minWidgetShortTenths {
		return false
	}
	h := p.headlineNode()
	if h == nil && len(p.controls.h1s) == 1 {
		h = p.controls.h1s[0]
	}
	if h == nil || h.DataAtom != atom.H1 || underLink(h) {
		return false
	}
	var blocks []*html.Node
	for i, n := range cut {
		if kinds[i] == KindSidebar && widgetNamed(n) {
			blocks = append(blocks, n)
		}
	}
	blocks = append(blocks, kept...)
	for _, w := range blocks {
		// The headline in the widget, or beside it in the same column.
		if !contains(w, h) && (h.Parent == nil || !contains(h.Parent, w)) {
			continue
		}
		if briefSentenceAfter(w, h, st) {
			return true
		}
	}
	return false
}

// briefSentenceAfter reports a paragraph in w, after the headline h, that
// is one or more complete sentences of running text with no link.
func briefSentenceAfter(w, h *html.Node, st stats) bool {
	found := false
	walk(w, func(n *html.Node) bool {
		if found {
			return false
		}
		if n.Type != html.ElementNode || n.DataAtom != atom.P {
			return true
		}
		if !precedes(h, n) || underLink(n) {
			return false
		}
		v := st.get(n)
		if v.words >= minWidgetBriefWords && v.pwords >= v.words && v.linkChars == 0 && endsSentence(strings.TrimSpace(textOf(n))) {
			found = true
		}
		return false
	})
	return found
}

// underLink reports whether n lies in a link or holds one.
func underLink(n *html.Node) bool {
	for q := n; q != nil; q = q.Parent {
		if q.Type == html.ElementNode && q.DataAtom == atom.A {
			return true
		}
	}
	return holdsLink(n)
}
