package extract

import (
	"slices"
	"strings"
	"testing"
)

func TestDropPullQuotes(t *testing.T) {
	long := "The mayor said the bridge would open in spring, and that the budget would cover repairs for a decade."
	for _, tc := range []struct {
		name string
		in   []string
		want []string
	}{
		{"pull quote repeats a sentence", []string{long, "“The bridge would open in spring”", "Other text follows here."}, []string{long, "Other text follows here."}},
		{"too short to judge", []string{long, "the bridge"}, []string{long, "the bridge"}},
		{"equal paragraphs stay", []string{long, long}, []string{long, long}},
		{"no repeat", []string{long, "Residents were not convinced by the plan."}, []string{long, "Residents were not convinced by the plan."}},
	} {
		p := testPage(t, "")
		got := texts(p.dropPullQuotes(plain(tc.in...)))
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: dropPullQuotes = %q, want %q", tc.name, got, tc.want)
		}
		if n := int(p.removed[string(KindPullQuote)]); n != len(tc.in)-len(tc.want) {
			t.Errorf("%s: counted %d pull quotes, want %d", tc.name, n, len(tc.in)-len(tc.want))
		}
		// With the folds articleParagraphs keeps, the same.
		folds := map[string]string{}
		for _, s := range tc.in {
			folds[s] = fold(s)
		}
		if got := texts(testPage(t, "").dropPullQuotesFolded(plain(tc.in...), folds)); !slices.Equal(got, tc.want) {
			t.Errorf("%s: dropPullQuotesFolded = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// quoteCharsReference is what dropQuotes replaced.
var quoteCharsReference = strings.NewReplacer("“", "", "”", "", "\"", "", "‘", "", "’", "", "'", "", "«", "", "»", "", "„", "")

// FuzzDropQuotes checks dropQuotes against the Replacer it replaced,
// on the quotation marks, their neighbours in UTF-8 (‚ ‛ ‟ ª ¬) and cut
// or invalid sequences.
func FuzzDropQuotes(f *testing.F) {
	for _, s := range []string{
		"", "plain text", `“Quoted” and "plain" ‘single’ 'ascii' «guillemets» „low“`,
		"‚‛‟ª¬", "\xe2\x80", "\xc2", "\xe2\x80\x9c\xe2", "a\xc2\xab\xc2\xbbb", "\xe2\xe2\x80\x9d", "''\"\"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := dropQuotes(s), quoteCharsReference.Replace(s); got != want {
			t.Fatalf("dropQuotes(%q) = %q, Replacer %q", s, got, want)
		}
	})
}
