package extract

import (
	"regexp"
	"strings"
)

var (
	bylineLineRe = regexp.MustCompile(`(?i)^(by|written by|words by|reported by|von|par|por|oleh)\s+\p{Lu}`)
	dateLineRe   = regexp.MustCompile(`(?i)^((published|updated|posted|edited|modified|last updated|first published)\b|(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?\d|\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})`)
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
	case n <= 14 && dateLineRe.MatchString(t):
		return KindDate
	case menuLine(t):
		return KindNavigation
	case pa.linked && n >= minLinkListWords:
		return KindRelated
	}
	return ""
}
