package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// A glossary, an A–Z index or a list of places sorted by name sets its
// entries under letter headings ("A", "B", ...) and puts a bar of those
// letters above them. Both are navigation: a letter alone is no text, and
// read as paragraphs they break the entries' text into pieces. A story
// has no run of one-letter headings, and no line of single letters.

// minAlphabetLetters is the number of distinct single letters that make a
// line an alphabet bar.
const minAlphabetLetters = 5

// maxIndexLineChars bounds the non-space characters of an alphabet bar: a
// few dozen letters, each with a separator or two.
const maxIndexLineChars = 256

// cutIndexLetters drops, inside the roots, an alphabet bar and the letter
// headings of an index: headings whose text is one letter, where two or
// more such headings are and no letter heads two of them.
func (p *page) cutIndexLetters(roots []*html.Node) {
	for _, r := range roots {
		var bars, heads []*html.Node
		letters := map[string]bool{}
		walk(r, func(n *html.Node) bool {
			if n.Type != html.ElementNode || n == r {
				return true
			}
			// A letter or a bar of letters is short: the counts kept
			// since the statistics pass spare the text of every longer
			// element, which would make the walk quadratic in the depth.
			if v := p.st.m[n]; v != nil && v.chars > maxIndexLineChars || holdsWord(n) {
				return !isHeading(n)
			}
			t := strings.TrimSpace(textOf(n))
			if isHeading(n) {
				if oneLetter(t) {
					heads = append(heads, n)
					letters[t] = true
				}
				return false
			}
			if alphabetBar(t) {
				bars = append(bars, n)
				return false
			}
			return true
		})
		for _, n := range bars {
			p.drop(n, KindNavigation)
		}
		// An interview's "Q" and "A" headings repeat; an index's letters
		// each head one group.
		if len(letters) >= 2 && len(letters) == len(heads) {
			for _, n := range heads {
				p.drop(n, KindNavigation)
			}
		}
	}
}

// holdsWord reports whether a text node of n's text (what textOf reads)
// has two letters side by side: then its text is neither one letter nor a
// bar of them. Most elements show it in their first words, so the walk
// spares textOf's copy. Only scripts below the Hangul jamo count: there no
// two letters compose into one under NFC, as normalize might.
func holdsWord(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if found {
			return false
		}
		switch c.Type {
		case html.ElementNode:
			return !skipSet.has(c.DataAtom) || headingButton(c)
		case html.TextNode:
			prev := false
			for _, r := range c.Data {
				letter := r < 0x1100 && unicode.IsLetter(r)
				if letter && prev {
					found = true
					return false
				}
				prev = letter
			}
		}
		return true
	})
	return found
}

// oneLetter reports a text that is one letter.
func oneLetter(t string) bool {
	r, size := utf8.DecodeRuneInString(t)
	return size > 0 && size == len(t) && unicode.IsLetter(r)
}

// alphabetBar reports a line of single letters, at least
// minAlphabetLetters of them and all different, between separators. It
// reads the line rune by rune, without splitting it: it runs on every
// short element of the story.
func alphabetBar(t string) bool {
	var seen [64]rune
	n := 0
	var field rune // the field's letter; -1 once it holds more than one rune
	flush := func() bool {
		switch {
		case field == 0:
			return true
		case field < 0 || !unicode.IsLetter(field) || n == len(seen) || slices.Contains(seen[:n], field):
			return false
		}
		seen[n] = field
		n++
		field = 0
		return true
	}
	for _, r := range t {
		if unicode.IsSpace(r) || r == '|' || r == '·' || r == '/' || r == '•' || r == '-' || r == '–' {
			if !flush() {
				return false
			}
			continue
		}
		if field != 0 {
			field = -1
			continue
		}
		field = r
	}
	return flush() && n >= minAlphabetLetters
}
