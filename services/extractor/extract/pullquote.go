package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dropQuotes removes the quotation marks a pull quote adds or drops (“ ”
// " ‘ ’ ' « » „) from s. It does what a strings.Replacer of the marks did
// without the Replacer's two copies of every string: most text holds
// none, and the page's whole text goes through here.
func dropQuotes(s string) string {
	i := quoteAt(s)
	if i < 0 {
		return s
	}
	b := make([]byte, 0, len(s))
	for i >= 0 {
		b = append(b, s[:i]...)
		s = s[i+quoteLen(s[i]):]
		i = quoteAt(s)
	}
	return string(append(b, s...))
}

// quoteAt is the index of the first quotation mark dropQuotes removes in
// s, or -1.
func quoteAt(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"', '\'':
			return i
		case 0xc2: // « U+00AB, » U+00BB
			if i+1 < len(s) && (s[i+1] == 0xab || s[i+1] == 0xbb) {
				return i
			}
		case 0xe2: // ‘ ’ “ ” „ U+2018, U+2019, U+201C to U+201E
			if i+2 < len(s) && s[i+1] == 0x80 {
				switch s[i+2] {
				case 0x98, 0x99, 0x9c, 0x9d, 0x9e:
					return i
				}
			}
		}
	}
	return -1
}

// quoteLen is the length of the quotation mark that starts with c.
func quoteLen(c byte) int {
	switch c {
	case 0xc2:
		return 2
	case 0xe2:
		return 3
	}
	return 1
}

// dropPullQuotes removes short paragraphs that repeat a sentence found in a
// longer paragraph (pull quotes, highlighted excerpts).
func (p *page) dropPullQuotes(ps []para) []para {
	return p.dropPullQuotesFolded(ps, nil)
}

// dropPullQuotesFolded is dropPullQuotes for a caller that folded the
// text of paragraphs already: folds maps a text to fold(text).
func (p *page) dropPullQuotesFolded(ps []para, folds map[string]string) []para {
	if len(ps) > 2000 {
		return ps
	}
	core := make([]string, len(ps))
	for i, pa := range ps {
		q := dropQuotes(pa.text)
		f, ok := folds[q]
		if !ok {
			f = fold(q)
		}
		core[i] = strings.Trim(f, " .,;:!?-–—")
	}
	// quotes holds each paragraph's <blockquote>, nil for none.
	quotes := make([]*html.Node, len(ps))
	for i, pa := range ps {
		quotes[i] = quoteOf(pa.src)
	}
	dup := make([]bool, len(ps))
	repeats := make([]bool, len(ps))
	quotesChecked := 0
	for i, pa := range ps {
		c := core[i]
		// A subhead that names what a sentence of the story says is a
		// heading, not a pull quote.
		if len(c) >= 20 && len(c) <= 400 && !pa.heading {
			for j := range ps {
				if j != i && len(core[j]) > len(c)+10 && strings.Contains(core[j], c) {
					dup[i] = true
					break
				}
			}
		}
		// A quote set apart that says again what a line of the story
		// says, however short (a subhead, a one-line paragraph), repeats
		// it: a quote of words found nowhere else is story text.
		if !dup[i] && c != "" && !pa.heading && len(c) <= 400 && quotesChecked < maxQuoteRepeatChecks && quotes[i] != nil {
			quotesChecked++
			for j := range ps {
				if j != i && quotes[j] == nil && (core[j] == c || len(c) >= minQuoteRepeatChars && len(core[j]) > len(c) && containsWords(core[j], c)) {
					repeats[i] = true
					break
				}
			}
		}
	}
	// A quote goes as a whole or not at all: a line of a longer quotation
	// that the story gives too (its attribution, a name and a title; a
	// sentence the story quotes again) is the quotation's.
	partial := map[*html.Node]bool{}
	for i, q := range quotes {
		if q != nil && core[i] != "" && !dup[i] && !repeats[i] {
			partial[q] = true
		}
	}
	var out []para
	for i, pa := range ps {
		if dup[i] || repeats[i] && !partial[quotes[i]] {
			p.count(KindPullQuote, 1)
			continue
		}
		out = append(out, pa)
	}
	return out
}

// Bounds of the check for a quote that repeats a line: the quotes a page
// gets checked, and the least text found inside a longer line (a shorter
// one must be a whole line of the story).
const (
	maxQuoteRepeatChecks = 32
	minQuoteRepeatChars  = 12
)

// maxQuoteDepth is how far above a paragraph's block a <blockquote> is
// looked for.
const maxQuoteDepth = 3

// quoteOf returns the <blockquote> a block lies in (itself or up to
// maxQuoteDepth levels up), or nil.
func quoteOf(n *html.Node) *html.Node {
	for k := 0; n != nil && k <= maxQuoteDepth; n, k = n.Parent, k+1 {
		if n.Type == html.ElementNode && n.DataAtom == atom.Blockquote {
			return n
		}
	}
	return nil
}

// containsWords reports sub in s as whole words: no letter or digit
// right before or after it.
func containsWords(s, sub string) bool {
	for from := 0; from <= len(s)-len(sub); {
		i := strings.Index(s[from:], sub)
		if i < 0 {
			return false
		}
		i += from
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(sub):])
		if (i == 0 || !wordRune(before)) && (i+len(sub) == len(s) || !wordRune(after)) {
			return true
		}
		from = i + 1
	}
	return false
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
