package extract

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var (
	// Only the opener is case-blind: the name after it must be
	// capitalised, so "par exemple" or "por ejemplo" opens no byline.
	bylineLineRe  = regexp.MustCompile(`^(?i:by|written by|words by|reported by|von|par|por|oleh|di|door)\s+\p{Lu}`)
	clockLineRe   = regexp.MustCompile(`^(?i)\d{1,2}[:.h]\d{2}(\s?(am|pm|a\.m\.|p\.m\.|uhr|h))?$`)
	numericDateRe = regexp.MustCompile(`^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\D?$`)
	yearRe        = regexp.MustCompile(`(^|\D)(19|20)\d\d(\D|$)`)
	dateLineRe    = regexp.MustCompile(`(?i)^((published|updated|posted|edited|modified|last updated|first published)\b|(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?\d|\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})`)
)

// minLinkListWords is the length from which a paragraph of nothing but
// link text is taken for a list of links rather than a linked sentence.
const minLinkListWords = 15

// lineKind says which kind of chrome a paragraph of the content (n words)
// is by its own shape, or "" for story text: a short "By Name" line
// without sentence punctuation (a byline), a short line that opens with a
// date or a "Published"/"Updated" stamp, a menu flattened into text, or a
// long run of nothing but link text (headlines run together; story
// paragraphs carry some links, never only links).
func lineKind(pa para, n int) Kind {
	t := pa.text
	switch {
	case n <= 12 && bylineLineRe.MatchString(t) && !strings.ContainsAny(t, ".!?\""):
		return KindByline
	case (n <= 14 && dateLineRe.MatchString(t) || n <= 10 && datedStamp(t)) && !inTable(pa.src) && !definitionTerm(pa.src):
		return KindDate
	case clockLineRe.MatchString(t):
		// A time of day alone on its line stamps a live-blog entry.
		return KindDate
	case menuLine(t):
		return KindNavigation
	case pa.linked && n >= minLinkListWords:
		return KindRelated
	}
	return ""
}

// datedStamp reports a short line that is a date stamp in any language or
// script: a year and at least one more number (day, time), few words
// besides them ("12. Januar 2026, 07:15 Uhr", "Veröffentlicht am 14. März
// 2026", "9 октября 2026, 15:20"), and no sentence end.
func datedStamp(t string) bool {
	if endsSentence(t) && !yearRe.MatchString(t[max(0, len(t)-6):]) || !yearRe.MatchString(t) {
		return false
	}
	nums, alpha := 0, 0
	for f := range strings.FieldsSeq(t) {
		digit, letter := false, false
		for _, r := range f {
			digit = digit || unicode.IsDigit(r)
			letter = letter || unicode.IsLetter(r)
		}
		switch {
		case numericDateRe.MatchString(f):
			// A whole date (02.06.2026, 2026-06-02) is a day and a year.
			nums += 2
		case digit:
			nums++
		case letter:
			alpha++
		}
	}
	return nums >= 2 && alpha <= 4
}

// inTable reports whether n sits in a small table cell: data tables hold
// dates as data. A cell of a layout table holds breaks, blocks or much
// text and is a page region, not data.
func inTable(n *html.Node) bool {
	for q, k := n, 0; q != nil && k < 4; q, k = q.Parent, k+1 {
		if q.DataAtom == atom.Td || q.DataAtom == atom.Th {
			return dataCell(q)
		}
	}
	return false
}

// definitionTerm reports the term of a definition list that a definition
// follows: a date there ("Ab 1. Januar 2027") is what the list defines,
// not the page's stamp.
func definitionTerm(n *html.Node) bool {
	if n == nil || n.DataAtom != atom.Dt {
		return false
	}
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode {
			return s.DataAtom == atom.Dd
		}
	}
	return false
}

// maxDataCellNodes bounds the walk that tells a data cell.
const maxDataCellNodes = 40

func dataCell(td *html.Node) bool {
	seen, ok := 0, true
	walk(td, func(c *html.Node) bool {
		seen++
		if seen > maxDataCellNodes || c != td && (c.DataAtom == atom.Br || isBlock(c)) {
			ok = false
		}
		return ok
	})
	return ok
}
