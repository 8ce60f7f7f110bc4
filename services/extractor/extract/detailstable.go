package extract

import (
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Bounds of a details table's rows: at least minDetailsRows label/value
// rows, the label a word or two and the value a short phrase.
const (
	minDetailsRows   = 3
	maxDetailsLabel  = 2
	maxDetailsValue  = 8
	maxDetailsTables = 40
)

// detailsTable reports a table of the page's own particulars set before
// the story's text: a session's or an event's head ("Sitzung |
// Gemeinderat, 23. Sitzung", "Datum | Donnerstag, 03.12.2026", "Zeit |
// 19:00 Uhr", "Ort | Rathaus") that minutes, agendas and event pages put
// between the headline and the text. Like a byline and its date, it says
// when and where, not what happened. It is told by its shape: three rows
// or more, each one short label and one short value, no header row of
// column names, no link, and a value that is a date (a day and a year).
// cutInfoboxes asks only of a table met before 15 words of running text;
// a story's fact table without a date (a review's specifications, a
// match's line-up) and a data table under a header row stay. So does a
// table whose dates are its subject's history, not the page's occasion:
// dates of more than one year (an obituary's born and died), or a year
// more than one from the page's publication year pubYear (0: unknown).
func detailsTable(t *html.Node, pubYear int) bool {
	var rows []*html.Node
	walkBounded(t, maxDetailsTables*8, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Tr:
			rows = append(rows, n)
			return false
		case atom.Table:
			return n == t
		}
		return true
	})
	if len(rows) < minDetailsRows || len(rows) > maxDetailsTables || holdsLink(t) {
		return false
	}
	dated := false
	year := 0
	for _, r := range rows {
		cs := cells(r)
		if len(cs) != 2 || cs[1].DataAtom != atom.Td {
			// A header row of two <th> names columns: a data table.
			return false
		}
		label, value := strings.TrimSpace(textOf(cs[0])), strings.TrimSpace(textOf(cs[1]))
		if lw, vw := words(label), words(value); lw == 0 || lw > maxDetailsLabel || vw == 0 || vw > maxDetailsValue || endsSentence(value) {
			return false
		}
		if datedStamp(value) {
			dated = true
			for _, m := range tableYearRe.FindAllStringSubmatch(value, -1) {
				y, _ := strconv.Atoi(m[1])
				if year != 0 && y != year || pubYear != 0 && (y < pubYear-1 || y > pubYear+1) {
					return false
				}
				year = y
			}
		}
	}
	return dated
}

// tableYearRe finds the years in a details table's value.
var tableYearRe = regexp.MustCompile(`(?:^|\D)((?:19|20)\d\d)(?:\D|$)`)
