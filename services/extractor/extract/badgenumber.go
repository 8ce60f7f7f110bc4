package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Bounds of a number shown as a badge.
const (
	// maxBadgeRunes bounds the badge's text ("2,2", "8/10", "4.5", "03").
	maxBadgeRunes = 5
	// maxBadgeLevels bounds the ancestors read for a list or a table.
	maxBadgeLevels = 6
)

// badgeNumber reports a paragraph that is a short number and nothing else,
// outside any data table, list or heading: a grade or score badge beside a
// verdict ("2,2" over "Fazit"), a step's number drawn as a circle. A
// reader reads the number with the text it decorates, which says it in
// words; alone it is no sentence of the story. A year (four digits) is
// left alone: a timeline written in <div>s gives each event its year.
//
// A number that a line around it reads on with is no badge: the value a
// line ending in a colon announces ("Final score:" over "3:2"), the
// figure a line in lower case goes on from ("87%" over "of the seats
// were sold").
func badgeNumber(raw []para, i int) bool {
	pa := raw[i]
	if pa.heading || pa.src == nil {
		return false
	}
	t := strings.TrimSpace(pa.text)
	runes, digits := 0, 0
	for _, r := range t {
		runes++
		switch {
		case unicode.IsLetter(r), runes > maxBadgeRunes:
			return false
		case unicode.IsDigit(r):
			digits++
		}
	}
	if digits == 0 || digits == 4 && runes == 4 {
		return false
	}
	if i > 0 && strings.HasSuffix(strings.TrimSpace(raw[i-1].text), ":") {
		return false
	}
	if i+1 < len(raw) {
		if r, _ := utf8.DecodeRuneInString(strings.TrimSpace(raw[i+1].text)); unicode.IsLower(r) {
			return false
		}
	}
	// A data table's cell is data; a layout table's cell (a page or a
	// story set in a table) is any block.
	if inTable(pa.src) {
		return false
	}
	for q, k := pa.src, 0; q != nil && q.Type == html.ElementNode && k < maxBadgeLevels; q, k = q.Parent, k+1 {
		switch q.DataAtom {
		case atom.Li, atom.Dt, atom.Dd:
			return false
		}
	}
	return true
}
