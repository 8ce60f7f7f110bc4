package extract

import "strings"

// A heading that quotes the page's own headline with a few words around
// it ("9 thoughts on “…”", "3 Gedanken zu „…“", "Comentarios a «…»") is
// about the page, not a part of its story: it heads the comments or the
// replies under it. At the end of the kept text (its section was cut) it
// goes however long the headline makes it, as a short heading there does.

// maxAboutPageExtraWords bounds the words such a heading has besides the
// headline.
const maxAboutPageExtraWords = 6

// headingAboutPage reports whether heading text t holds the page's
// headline title (or a part of it that a site name is set off from, of
// three words or more) and at most maxAboutPageExtraWords other words.
func headingAboutPage(t, title string) bool {
	n := words(t)
	if title == "" || n > words(title)+maxAboutPageExtraWords {
		return false
	}
	f := fold(t)
	holds := func(h string) bool {
		return words(h) >= 3 && words(h) < n && strings.Contains(f, fold(h))
	}
	if holds(title) {
		return true
	}
	for _, sep := range siteNameSeps {
		for part := range strings.SplitSeq(title, sep) {
			if part != title && n <= words(part)+maxAboutPageExtraWords && holds(part) {
				return true
			}
		}
	}
	return false
}
