package extract

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// Bounds of a timeline: the words of an entry's date, the words of the
// text that must follow it and the entries (the date's and its siblings
// of one kind) that make a run.
const (
	maxTimelineDateWords = 6
	minTimelineTextWords = 5
	minTimelineEntries   = 3
	maxTimelineWindow    = 4
)

// clockInRe finds a time of day in a line: a live blog's stamp, which a
// timeline's date never holds.
var clockInRe = regexp.MustCompile(`\d{1,2}:\d{2}`)

// timelineDate reports whether n, a line that reads as a date stamp by its
// class ("timeline__date") or its text ("14. März 2024", "Januar 2025"),
// is the date of a timeline's entry, which is the story's text: a
// chronicle gives each event its date on a line of its own and then tells
// what happened. It is when n opens its entry (the first element of its
// parent, running text right after it) and at least two of the entry's
// siblings of its tag and first class open the same way, with a date box
// of n's tag and first class. A date is short, holds a digit, no time of
// day, no link and no sentence end; the text after it is unlinked. A
// story's one date stamp has no run of entries beside it, a live blog's
// times of day stay its stamps (clockterm.go) and a listing's dated
// teasers have linked headlines after their dates.
func timelineDate(n *html.Node) bool {
	if n == nil || n.Type != html.ElementNode || !timelineDateShape(n) {
		return false
	}
	e := n.Parent
	if e == nil || e.Parent == nil || firstChildElement(e) != n || !timelineText(nextElement(n)) {
		return false
	}
	fam, dateFam := firstClass(e), firstClass(n)
	entry := func(s *html.Node) bool {
		if s.DataAtom != e.DataAtom || firstClass(s) != fam {
			return false
		}
		d := firstChildElement(s)
		return d != nil && d.DataAtom == n.DataAtom && firstClass(d) == dateFam && timelineDateShape(d) && timelineText(nextElement(d))
	}
	// The entries beside e, in a window of a few elements on each side:
	// a timeline's entries stand together, and a box of many thousand
	// dated lines costs no more per line.
	entries := 1
	for _, step := range [2]func(*html.Node) *html.Node{prevElement, nextElement} {
		for s, k := step(e), 0; s != nil && k < maxTimelineWindow; s, k = step(s), k+1 {
			if entry(s) {
				if entries++; entries >= minTimelineEntries {
					return true
				}
			}
		}
	}
	return false
}

// timelineLine reports a line that is a timeline's date, alone in its
// block (a block of bare text split by <br> holds many lines, and its
// surroundings are read once, not once for each).
func timelineLine(pa para) bool {
	return pa.firstOfSrc && pa.lastOfSrc && timelineDate(pa.src)
}

// timelineDateShape reports a short line with a digit, no time of day, no
// link and no sentence end: a date or a year, alone.
func timelineDateShape(n *html.Node) bool {
	t := strings.TrimSpace(textOf(n))
	w := words(t)
	if w == 0 || w > maxTimelineDateWords || endsSentence(t) || clockInRe.MatchString(t) || !strings.ContainsFunc(t, unicode.IsDigit) {
		return false
	}
	return !holdsLink(n)
}

// timelineText reports an element of running text without links: what
// happened on a timeline's date.
func timelineText(n *html.Node) bool {
	return n != nil && words(textOf(n)) >= minTimelineTextWords && !holdsLink(n)
}
