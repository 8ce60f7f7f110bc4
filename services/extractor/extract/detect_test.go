package extract

import (
	"strings"
	"testing"
	"unicode"
)

// TestLowerKeepsLetters checks, for every rune, what detect relies on
// to lower-case word by word: lower-casing keeps a letter a letter, a
// non-letter a non-letter, and the apostrophe the only rune that lowers
// to one.
func TestLowerKeepsLetters(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		l := unicode.ToLower(r)
		if unicode.IsLetter(r) != unicode.IsLetter(l) {
			t.Errorf("%U is a letter %v, lower-cased %U %v", r, unicode.IsLetter(r), l, unicode.IsLetter(l))
		}
		if (r == '\'') != (l == '\'') {
			t.Errorf("%U lower-cases to %U", r, l)
		}
	}
}

// detectReference is detect as it was: the whole text lower-cased first.
func detectReference(sw stopwords, text string) (string, bool) {
	counts := map[string]int{}
	n := 0
	for w := range strings.FieldsFuncSeq(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		n++
		if n > 3000 {
			break
		}
		for _, l := range sw[w] {
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

// FuzzDetect checks detect against the reference it replaced, with the
// embedded stop words.
func FuzzDetect(f *testing.F) {
	for _, s := range []string{
		"The mayor said that the bridge would open in the spring, and that it is in the budget.",
		"DER BÜRGERMEISTER SAGTE, DASS DIE BRÜCKE IM FRÜHJAHR UND IM SOMMER FÜR DEN VERKEHR OFFEN IST.",
		"Le maire a dit que le pont serait ouvert au printemps et que c'est dans le budget de la ville.",
		"İSTANBUL'DA BU VE ŞU İÇİN BİR ÇOK ŞEY VAR, AMA Bİ̇R DE BUNLAR VAR.",
		"Ⅰ Ⅱ Ⓐ ǅ ǈ ß ΣΑΣ \xff\xfe the THE The",
	} {
		f.Add(s)
	}
	e, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		gl, gok := e.stop.detect(s)
		wl, wok := detectReference(e.stop, s)
		if gl != wl || gok != wok {
			t.Fatalf("detect(%q) = %q %v, reference %q %v", s, gl, gok, wl, wok)
		}
	})
}
