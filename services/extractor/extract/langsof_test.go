package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// FuzzLangsOf checks the stack-buffer lookup against the lookup of the
// lower-cased word it replaced, with the embedded stop words.
func FuzzLangsOf(f *testing.F) {
	for _, w := range []string{"The", "the", "THE", "Der", "ÜBER", "über", "İSTANBUL", "C'EST", "", "ThisWordIsLongerThanThirtyTwoBytes", "a\xffb"} {
		f.Add(w)
	}
	e, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := e.stop.langsOf(w), e.stop[strings.ToLower(w)]; !slices.Equal(got, want) {
			t.Fatalf("langsOf(%q) = %q, want %q", w, got, want)
		}
	})
}

// TestLangsOf checks that capitalised stop words are found: langsOf must
// not be an empty lookup that FuzzLangsOf's reference shares.
func TestLangsOf(t *testing.T) {
	e, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"The", "THE", "Und", "Les"} {
		if len(e.stop.langsOf(w)) == 0 {
			t.Errorf("langsOf(%q) is empty, want the languages of %q", w, strings.ToLower(w))
		}
	}
}

// FuzzLetterRuns checks letterRuns against the strings.FieldsFuncSeq
// split it replaced.
func FuzzLetterRuns(f *testing.F) {
	for _, s := range []string{"", "It's the mayor's.", "ÜBER-straße 12 'x'", "a\xffb\xc3", "日本語 ǅ ʼn", "  x  "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := slices.Collect(letterRuns(s))
		want := slices.Collect(strings.FieldsFuncSeq(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }))
		if !slices.Equal(got, want) {
			t.Fatalf("letterRuns(%q) = %q, want %q", s, got, want)
		}
	})
}
