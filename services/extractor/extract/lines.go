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
	bylineLineRe  = regexp.MustCompile(`^(?i:by|written by|words by|reported by|posted by|von|geschrieben von|verfasst von|par|écrit par|publié par|por|escrito por|publicado por|oleh|di|door|автор:?)\s+\p{Lu}`)
	clockLineRe   = regexp.MustCompile(`^(?i)\d{1,2}[:.h]\d{2}(\s?(am|pm|a\.m\.|p\.m\.|uhr|h))?$`)
	numericDateRe = regexp.MustCompile(`^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\D?$`)
	yearRe        = mustCompileLit(`(^|\D)(19|20)\d\d(\D|$)`)
	// stampOpenerRe opens an update or publication stamp in the languages
	// the devset covers; the line must hold a year as well (stamped).
	stampOpenerRe = regexp.MustCompile(`^(?i:mis à jour|publié le|actualizado|publicado el|aktualisiert|veröffentlicht|letzte änderung|zuletzt geändert|stand:|обновлено|опубликовано|last changed|last modified)(\P{L}|$)`)
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
	case stampedByline(t, n) && !inTable(pa.src):
		// A byline that carries the stamp (oldlayouts.go).
		return KindByline
	case (n <= 14 && (dateLineRe.MatchString(t) || stampOpenerRe.MatchString(t) && yearRe.MatchString(t)) || n <= 10 && datedStamp(t)) && !inTable(pa.src) && !definitionTerm(pa.src) && !placeDateline(pa) && !timelineLine(pa):
		// A release's dateline that opens the story's box is its first
		// line (dateline.go), a timeline's date, a block of its own,
		// its entry's (timeline.go).
		return KindDate
	case (stampedLine(t, n) || bylineStampLine(t, n)) && !inTable(pa.src):
		// A publication stamp joined with an update stamp
		// (linklines.go).
		return KindDate
	case shortLinkLine(pa, n):
		// Buttons or tags: a few short links and nothing else.
		return KindTools
	case crossLinkLine(pa, n):
		// "Read more:" and a link to another story, set into this one.
		return KindRelated
	case n <= 3 && counterLine(t) && !inTable(pa.src):
		return KindMeta
	case pa.linked && !pa.heading && n <= maxJumpWords && fragmentLink(pa.src):
		// A line of links one of which jumps within the page ("Jump to
		// recipe · Print") is a tool, not a sentence.
		return KindTools
	case n <= 20 && (starRating(t) || durationLine(t) || bareDurationLine(t)) || n <= 40 && quantityLine(t):
		// A rating in stars, a line of times and a line of nutrition
		// values or specifications are a card's widgets.
		return KindMeta
	case clockStamp(pa):
		// A time of day alone on its line stamps a live-blog entry
		// (clockterm.go).
		return KindDate
	case metaRow(pa, n):
		// A byline, date and reading time side by side (metarow.go).
		return KindDate
	case menuLine(t):
		return KindNavigation
	case pa.linked && n >= minLinkListWords:
		return KindRelated
	}
	// A post's metadata in fine print closing its box (fineprint.go).
	if finePrintMeta(pa, n) {
		return KindMeta
	}
	// A card's times one per item, its yield and its closing call
	// (recipecard.go).
	return cardLine(pa, n)
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
		if countNumber(f) {
			// "62 projects since 2021": a number no day, month or
			// hour can be counts something; the line is no stamp.
			return false
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

// inTable reports whether n sits in a small cell of a data table: data
// tables hold dates as data and repeat cells. A cell of a layout table
// holds breaks, blocks or much text and is a page region, not data; so is
// a cell alone in its row (an old CMS's byline and date rows).
func inTable(n *html.Node) bool {
	for q, k := n, 0; q != nil && k < 4; q, k = q.Parent, k+1 {
		if q.DataAtom == atom.Td || q.DataAtom == atom.Th {
			return dataCell(q) && rowOfCells(q)
		}
	}
	return false
}

// rowOfCells reports whether the row of cell td holds another cell: a
// table whose rows are one cell each stacks page regions.
func rowOfCells(td *html.Node) bool {
	if td.Parent == nil || td.Parent.DataAtom != atom.Tr {
		return false
	}
	cells := 0
	for d := td.Parent.FirstChild; d != nil; d = d.NextSibling {
		if d.DataAtom == atom.Td || d.DataAtom == atom.Th {
			if cells++; cells >= 2 {
				return true
			}
		}
	}
	return false
}

// maxJumpWords bounds a line of in-page jump links.
const maxJumpWords = 8

// fragmentLink reports whether n holds a link to a place on its own page
// ("#recipe"), within its first few elements.
func fragmentLink(n *html.Node) bool {
	if n == nil {
		return false
	}
	found := false
	walkBounded(n, 20, func(c *html.Node) bool {
		if found {
			return false
		}
		if c.DataAtom == atom.A {
			if h := attr(c, "href"); len(h) > 1 && h[0] == '#' {
				found = true
			}
		}
		return true
	})
	return found
}

// counterWords are the nouns of a view counter ("Views: 1,204", "2.318
// visitas", "Просмотров: 1532"), in the languages the devset covers.
var counterWords = map[string]bool{
	"views": true, "hits": true, "reads": true, "visits": true,
	"aufrufe": true, "zugriffe": true, "gelesen": true, "mal": true,
	"vues": true, "affichages": true, "lectures": true, "consultations": true,
	"visitas": true, "lecturas": true, "visualizaciones": true, "vistas": true,
	"просмотров": true, "просмотры": true, "просмотра": true, "просмотр": true, "прочтений": true,
}

// counterLine reports a line that is a view counter: one number and a
// counter noun, with at most a colon or one more counter word besides.
func counterLine(t string) bool {
	num, noun := 0, 0
	for f := range strings.FieldsSeq(t) {
		w := strings.ToLower(strings.Trim(f, ":()"))
		switch {
		case w == "":
		case countDigits(w):
			num++
		case counterWords[w]:
			noun++
		default:
			return false
		}
	}
	return num == 1 && noun >= 1
}

// countDigits reports a number written with digits and group separators.
func countDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; (c < '0' || c > '9') && c != '.' && c != ',' && c != '\'' {
			return false
		}
	}
	return w[0] >= '0' && w[0] <= '9'
}

// countNumber reports a bare number that is no part of a date or a time:
// above 31 and no year (a day, a month and an hour are at most 31).
func countNumber(f string) bool {
	f = strings.TrimRight(f, ",;")
	if f == "" || len(f) > 6 {
		return false
	}
	v := 0
	for i := 0; i < len(f); i++ {
		if f[i] < '0' || f[i] > '9' {
			return false
		}
		v = v*10 + int(f[i]-'0')
	}
	return v > 31 && (v < 1900 || v > 2099)
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

// dataCell reports a cell of at most maxDataCellNodes nodes with no line
// break or block inside: a table's datum, not a layout cell. It is asked
// for every stamp-like line in a cell, and an old layout sets a whole
// story in one cell split by <br>, so it walks with walkBounded: walk
// stacked all of the cell's children first, for each line.
func dataCell(td *html.Node) bool {
	ok := true
	whole := walkBounded(td, maxDataCellNodes, func(c *html.Node) bool {
		if c != td && (c.DataAtom == atom.Br || isBlock(c)) {
			ok = false
		}
		return ok
	})
	return ok && whole
}
