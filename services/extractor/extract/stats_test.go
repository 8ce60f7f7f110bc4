package extract

import (
	"testing"
	"unicode"
)

// countTextRunes is countText as it was written first, rune by rune: the
// reference for the ASCII shortcut.
func countTextRunes(s string) (chars, words, commas int) {
	in := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		chars++
		if r == ',' || r == '，' || r == '、' {
			commas++
		}
		if !in {
			in = true
			words++
		}
	}
	return chars, words, commas
}

func FuzzCountText(f *testing.F) {
	for _, s := range []string{"", "a, b", " two  words ", "x\u00a0y\u0085z", "一，二、三", "\xff\xfe a", "\v\f\r\n\t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, w, k := countText(s)
		rc, rw, rk := countTextRunes(s)
		if c != rc || w != rw || k != rk {
			t.Fatalf("countText(%q) = %d, %d, %d; rune by rune %d, %d, %d", s, c, w, k, rc, rw, rk)
		}
	})
}

// wordsRunes is words as it was written first, rune by rune.
func wordsRunes(s string) int {
	n := 0
	in := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

func FuzzWords(f *testing.F) {
	for _, s := range []string{"", "one", " two  words ", "x\u00a0y\u0085z\u2003w", "\xff\xfe a", "\v\f\r\n\t", "日本 語"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := words(s), wordsRunes(s); got != want {
			t.Fatalf("words(%q) = %d, rune by rune %d", s, got, want)
		}
	})
}
