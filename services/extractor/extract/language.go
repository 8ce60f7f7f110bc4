package extract

import (
	"bufio"
	"fmt"
	"io/fs"
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// stopwords maps a word to the languages it is frequent in.
type stopwords map[string][]string

func loadStopwords(fsys fs.FS) (stopwords, error) {
	f, err := fsys.Open("rules/stopwords.txt")
	if err != nil {
		return nil, fmt.Errorf("opening stopwords: %w", err)
	}
	defer func() { _ = f.Close() }() // read-only; a Scanner error is reported below
	sw := stopwords{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		ws := strings.Fields(line)
		for _, w := range ws[1:] {
			sw[w] = append(sw[w], ws[0])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading stopwords: %w", err)
	}
	return sw, nil
}

// detect guesses the language of text from stop-word frequencies. ok is
// false when the text is too short or no language stands out.
func (sw stopwords) detect(text string) (lang string, ok bool) {
	counts := map[string]int{}
	n := 0
	// Each word is lower-cased, not the text: only the first words count,
	// and lower-casing keeps every rune a letter or not (TestLowerKeepsLetters),
	// so the words are those of the lower-cased text.
	for w := range letterRuns(text) {
		n++
		if n > 3000 {
			break
		}
		for _, l := range sw.langsOf(w) {
			counts[l]++
		}
	}
	best, second := "", 0
	for l, c := range counts {
		if best == "" || c > counts[best] || (c == counts[best] && l < best) {
			if best != "" {
				second = max(second, counts[best])
			}
			best = l
		} else {
			second = max(second, c)
		}
	}
	if best == "" || counts[best] < 5 || float64(counts[best]) < 1.5*float64(second) || float64(counts[best]) < 0.08*float64(n) {
		return best, false
	}
	return best, true
}

// letterRuns yields the runs of letters and apostrophes of text, as
// strings.FieldsFuncSeq with a separator of any other rune would, telling
// ASCII bytes from a table without decoding them (FuzzDetect).
func letterRuns(text string) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1
		for i := 0; i < len(text); {
			var letter bool
			size := 1
			if c := text[i]; c < utf8.RuneSelf {
				letter = asciiWordByte[c]
			} else {
				var r rune
				r, size = utf8.DecodeRuneInString(text[i:])
				letter = unicode.IsLetter(r)
			}
			switch {
			case letter && start < 0:
				start = i
			case !letter && start >= 0:
				if !yield(text[start:i]) {
					return
				}
				start = -1
			}
			i += size
		}
		if start >= 0 {
			yield(text[start:])
		}
	}
}

// asciiWordByte marks the ASCII letters and the apostrophe.
var asciiWordByte = func() (b [utf8.RuneSelf]bool) {
	for c := range b {
		b[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '\''
	}
	return b
}()

// langsOf is sw[toLower(w)]. A short ASCII word is lower-cased into a
// buffer on the stack: a lookup by string(bytes) does not copy, and
// capitalised words were most of detect's allocations.
func (sw stopwords) langsOf(w string) []string {
	var buf [32]byte
	if len(w) > len(buf) {
		return sw[toLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return sw[toLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return sw[string(buf[:len(w)])]
}

// primaryTag reduces a declared language ("en-US", "en_GB") to its primary
// subtag.
func primaryTag(s string) string {
	s = strings.TrimSpace(strings.ToLower(s))
	if i := strings.IndexAny(s, "-_ ,;"); i > 0 {
		s = s[:i]
	}
	if len(s) < 2 || len(s) > 3 {
		return ""
	}
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return ""
		}
	}
	return s
}

// language prefers what the page declares for the article, unless the text
// clearly reads as another language (chrome in one language around a story
// in another).
func (e *Extractor) language(m *meta, hint string, text string) string {
	declared := ""
	for _, c := range []string{m.ldString("inLanguage"), m.htmlLang, m.metas["content-language"], m.metas["og:locale"], m.metas["language"], m.metas["dc.language"], hint} {
		if t := primaryTag(c); t != "" {
			declared = t
			break
		}
	}
	detected, sure := e.stop.detect(text)
	switch {
	case sure && declared != detected && (declared == "" || e.stop.knows(declared) || detected == "en"):
		return detected
	case declared != "":
		return declared
	case detected != "":
		return detected
	}
	return ""
}

func (sw stopwords) knows(lang string) bool {
	for _, ls := range sw {
		if slices.Contains(ls, lang) {
			return true
		}
	}
	return false
}
