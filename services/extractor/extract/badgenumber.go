package extract

import (
	"regexp"
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
// were sold"), a match score between the two sides' names.
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
	if scoreBetweenNames(raw, i, t) {
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

// maxNameWords bounds a line that names one side of a match.
const maxNameWords = 4

// scoreRe matches a match score: two counts joined by a colon or a dash.
var scoreRe = regexp.MustCompile(`^\d{1,3} ?[:\-–] ?\d{1,3}$`)

// scoreBetweenNames reports a score t between two name lines: short lines
// with a letter and no sentence end, neither a heading ("North FC" over
// "2:1" over "South United"). A badge's neighbours are a story's last
// sentence and its verdict's heading, and a grade is written "2,2" or
// "8/10", not as a score.
func scoreBetweenNames(raw []para, i int, t string) bool {
	if i == 0 || i+1 >= len(raw) || !scoreRe.MatchString(t) {
		return false
	}
	for _, pa := range []para{raw[i-1], raw[i+1]} {
		s := strings.TrimSpace(pa.text)
		if pa.heading || words(s) > maxNameWords || endsSentence(s) || !strings.ContainsFunc(s, unicode.IsLetter) {
			return false
		}
	}
	return true
}
