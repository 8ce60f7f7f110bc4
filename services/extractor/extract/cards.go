package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A recipe, product or event card closes a story with lines that read as
// data rather than sentences: nutrition values, specifications and
// practical details, each a short label and a value. The rules here know
// them by that shape, in any language.

// minQuantities is the number of labelled quantities a line needs to be a
// card's nutrition or specification line.
const minQuantities = 3

// quantityLine reports a line of nothing but labelled quantities, three or
// more, each a label of up to three words ending in a colon, a number and
// a short unit ("Calories : 180 kcal · Glucides : 19 g · Protéines : 4 g",
// "Weight: 3.1 kg | Battery: 150 min | Bin: 0.4 l"): a card's nutrition or
// specification line, not a sentence of the story.
func quantityLine(t string) bool {
	// Every value is a number: a line without a digit has none (most
	// lines of a story; this spares reading them word by word).
	if !hasASCIIDigit(t) {
		return false
	}
	vals, ok := labelledValues(t, ".,;|·/", false)
	if !ok || len(vals) < minQuantities {
		return false
	}
	for _, v := range vals {
		if !shortUnit(v.unit) {
			return false
		}
	}
	return true
}

// labelled is one value of a line of labelled values: whether its label
// ended in a colon, and the word after its number ("" when the line ends
// with the number).
type labelled struct {
	colon bool
	unit  string
}

// labelledValues reads t as nothing but labelled values, each a label of
// up to three words, a colon (French sets a space before it), a number and
// the word after it, the words lower-cased and trimmed of cut; with
// bareLabel a label without a colon may come before its number too
// ("Serves 4"). ok is false at the first word that fits no such shape and
// when the line ends inside a label. The card rules (quantityLine,
// durationLine) judge the values.
func labelledValues(t, cut string, bareLabel bool) (vals []labelled, ok bool) {
	label, num, colon := 0, false, false
	for f := range strings.FieldsSeq(t) {
		// Only the unit is kept: lower-casing changes no test below (no
		// rune lower-cases to a digit, a colon or nothing), so the other
		// words are read as they are.
		w := strings.Trim(f, cut)
		switch {
		case w == "":
		case num:
			vals = append(vals, labelled{colon: colon, unit: strings.ToLower(w)})
			label, num = 0, false
		case countDigits(w) && (label < 0 || bareLabel && label > 0):
			num, colon = true, label < 0
		case w == ":" && label > 0:
			label = -1
		case strings.HasSuffix(w, ":") && label >= 0 && label < 3:
			label = -1
		case label >= 0 && label < 3 && !countDigits(w):
			label++
		default:
			return nil, false
		}
	}
	if num {
		vals, label = append(vals, labelled{colon: colon}), 0
	}
	return vals, label == 0
}

// hasASCIIDigit reports a digit 0–9 in t, the first byte of any number
// countDigits accepts.
func hasASCIIDigit(t string) bool {
	for i := 0; i < len(t); i++ {
		if t[i] >= '0' && t[i] <= '9' {
			return true
		}
	}
	return false
}

// shortUnit reports a unit symbol: a per cent sign or one to four letters
// ("g", "kcal", "mAh", "Pa").
func shortUnit(w string) bool {
	if w == "%" {
		return true
	}
	n := utf8.RuneCountInString(w)
	if n == 0 || n > 4 {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// maxAnswerWords bounds one answer link of a question line.
const maxAnswerWords = 2

// answerLinks reports a box that holds a question (its text before the
// first link ends in a question mark) and then nothing but two or three
// links of a word or two each: a feedback control ("Was this page
// helpful? Yes No"), in any language.
func answerLinks(n *html.Node) bool {
	var q strings.Builder
	links := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			if links > 0 && strings.TrimSpace(c.Data) != "" {
				return false
			}
			q.WriteString(c.Data)
		case c.Type != html.ElementNode:
		case c.DataAtom == atom.A:
			if w := words(textOf(c)); w == 0 || w > maxAnswerWords {
				return false
			}
			links++
		case links == 0 && !isBlock(c):
			q.WriteString(textOf(c))
		default:
			return false
		}
	}
	return links >= 2 && links <= 3 && strings.HasSuffix(strings.TrimSpace(q.String()), "?")
}
