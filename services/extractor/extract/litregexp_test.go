package extract

import (
	"regexp/syntax"
	"slices"
	"testing"
)

func TestRequiredLiterals(t *testing.T) {
	for _, tt := range []struct {
		pattern string
		want    []string // nil: no prefilter
	}{
		{`cookie`, []string{"cookie"}},
		{`(^|\D)(19|20)\d\d(\D|$)`, []string{"19", "20"}},
		// The parser factors "accept|agree" into a(?:ccept|gree).
		{`^(i )?(accept|agree)|refuser`, []string{"ccept", "gree", "refuser"}},
		{`\b(open|get) (in |the )?app\b|приложени`, []string{"get", "open", "приложени"}},
		{`(?i)cookie`, nil},
		{`a|\d`, nil},
		{`(ab)*`, nil},
		{`x(ab)+`, []string{"ab"}},
		{`[\p{L}\d.]+@[\p{L}]+`, []string{"@"}},
		{`colou?r`, []string{"colo"}},
		{`a\x{FFFD}b`, nil},
		{`x+a\x{FFFD}|a\x{FFFD}b`, nil},
	} {
		re, err := syntax.Parse(tt.pattern, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := requiredLiterals(re)
		if tt.want == nil {
			if ok {
				t.Errorf("%s: literals %q, want none", tt.pattern, got)
			}
			continue
		}
		slices.Sort(got)
		want := slices.Sorted(slices.Values(tt.want))
		if !slices.Equal(got, want) {
			t.Errorf("%s: literals %q, want %q", tt.pattern, got, want)
		}
	}
}

// FuzzLitRegexp checks the prefilter against the plain regexp on the
// patterns the extractor filters.
func FuzzLitRegexp(f *testing.F) {
	for _, s := range []string{"accept all", "i agree", "open in app", "descargar la app", "since 2019.", "1999", "приложение", "согласен", ""} {
		f.Add(s)
	}
	res := []*litRegexp{consentButtonRe, appButtonRe, yearRe}
	f.Fuzz(func(t *testing.T, s string) {
		for _, re := range res {
			if got, want := re.MatchString(s), re.Regexp.MatchString(s); got != want {
				t.Fatalf("%s on %q: %v, regexp says %v", re, s, got, want)
			}
		}
	})
}

// TestLitRegexpInvalidUTF8 checks that a pattern's U+FFFD, which the
// regexp matches against an invalid byte, gives no prefilter that would
// reject such text.
func TestLitRegexpInvalidUTF8(t *testing.T) {
	re := mustCompileLit(`bad\x{FFFD}byte|none`)
	for _, s := range []string{"bad\xffbyte", "bad\ufffdbyte", "none", "x"} {
		if got, want := re.MatchString(s), re.Regexp.MatchString(s); got != want {
			t.Errorf("%q: %v, regexp says %v", s, got, want)
		}
	}
}
