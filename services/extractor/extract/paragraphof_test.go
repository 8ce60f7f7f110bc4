package extract

import (
	"strings"
	"testing"
)

// FuzzParagraphOf checks that the line loop's call, with the fold and the
// word count it holds, finds what paragraph finds, with the embedded
// rules.
func FuzzParagraphOf(f *testing.F) {
	e, err := New()
	if err != nil {
		f.Fatal(err)
	}
	for i, r := range e.rules.rules {
		if i%7 == 0 && r.raw != "" {
			f.Add(r.raw)
			f.Add(strings.ToUpper(r.raw[:1]) + r.raw[1:] + " and a few more words here.")
		}
	}
	f.Add(strings.Repeat("word ", 40))
	f.Add("  Advertisement\u00a0 ")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := e.rules.paragraphOf(s, toLower(s), fold(s), words(s)), e.rules.paragraph(s); got != want {
			t.Errorf("paragraphOf(%q) = %q, paragraph %q", s, got, want)
		}
	})
}

// TestParagraphOf checks on the rules' own phrases that paragraphOf
// matches them as paragraph does (and that they match at all, so the
// comparison is not between two empty answers).
func TestParagraphOf(t *testing.T) {
	e, err := New()
	if err != nil {
		t.Fatal(err)
	}
	matched := 0
	for _, r := range e.rules.rules {
		for _, s := range []string{r.raw, strings.ToUpper(r.raw), r.raw + ": more", r.raw + strings.Repeat(" word", 40)} {
			want := e.rules.paragraph(s)
			if got := e.rules.paragraphOf(s, toLower(s), fold(s), words(s)); got != want {
				t.Errorf("paragraphOf(%q) = %q, paragraph %q", s, got, want)
			}
			if want != "" {
				matched++
			}
		}
	}
	if matched < 100 {
		t.Errorf("%d of the rules' phrases matched a rule, want hundreds", matched)
	}
}
