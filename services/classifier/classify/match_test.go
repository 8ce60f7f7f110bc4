package classify

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// bruteFind is the specification of matcher.find: every pattern that
// equals b[a:a+len] for an anchor a, in order of start, shorter first.
func bruteFind(patterns []string, b []byte, anchors []int32) []rawMatch {
	var out []rawMatch
	for _, a := range anchors {
		var here []rawMatch
		for pi, p := range patterns {
			if p != "" && strings.HasPrefix(string(b[a:]), p) && slices.Index(patterns, p) == pi {
				here = append(here, rawMatch{pat: int32(pi), s: a, e: a + int32(len(p))})
			}
		}
		slices.SortFunc(here, func(x, y rawMatch) int { return int(x.e - y.e) })
		out = append(out, here...)
	}
	return out
}

func FuzzMatcher(f *testing.F) {
	f.Add("isis-k|isis|is|al qaeda|al-qaeda|ولاية خراسان", "ISIS-K and ISIS; al Qaeda, al-Qaeda’s; ولاية خراسان is")
	f.Add("a|ab|abc|b", "abc ab a b abcd")
	f.Fuzz(func(t *testing.T, pats, text string) {
		var patterns []string
		for p := range strings.SplitSeq(pats, "|") {
			patterns = append(patterns, normalizeString(p, true))
		}
		if len(patterns) > 64 {
			return
		}
		m := newMatcher(patterns)
		var n normText
		normalize(&n, text, true, 0)
		got := m.find(n.b, n.anchors, nil)
		want := bruteFind(patterns, n.b, n.anchors)
		if !slices.Equal(got, want) {
			t.Fatalf("patterns %q in %q:\ngot  %v\nwant %v", patterns, n.b, got, want)
		}
	})
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"ISIS-K’s  men", "isis-k men"},
		{"Islamic State – Khorasan", "islamic state khorasan"},
		{"Ａｌ－Ｑａｅｄａ", "al-qaeda"},
		{"ﬁve Straße", "five strasse"},
		{"e\u0301te\u0301", "été"},
		{"so\u00adcalled ISIS\u200b", "socalled isis"},
		{"ИГИЛ-К\n\nВилаят", "игил-к\nвилаят"},
		{"ولايـة خراسان", "ولاية خراسان"},
		{"line one \n line two", "line one\nline two"},
		{"“Quoted,” Ça—va’s «x»", "“quoted,” ça-va «x»"},
	}
	for _, tt := range tests {
		if got := normalizeString(tt.in, true); got != tt.want {
			t.Errorf("normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestInertStartsSegment checks what normalize's fast paths assume of
// isInert runes: before or after any ASCII byte, each is a segment of its
// own, which composes with neither.
func TestInertStartsSegment(t *testing.T) {
	n := 0
	for r := rune(0x80); r < 0x3000; r++ {
		if !isInert(r) {
			continue
		}
		n++
		for c := range rune(utf8.RuneSelf) {
			for _, p := range [][2]string{{string(c), string(r)}, {string(r), string(c)}} {
				s := p[0] + p[1]
				first, _ := utf8.DecodeRuneInString(s)
				if k := norm.NFKC.NextBoundaryInString(s, true); k != utf8.RuneLen(first) {
					t.Fatalf("%q: NFKC boundary at %d, want %d", s, k, utf8.RuneLen(first))
				}
				if got, want := norm.NFKC.String(s), norm.NFKC.String(p[0])+norm.NFKC.String(p[1]); got != want {
					t.Fatalf("NFKC(%q) = %q, want %q", s, got, want)
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no inert rune")
	}
}

// benchDoc is the document of BenchmarkArticle, for the benchmarks of its parts.
func benchDoc(b *testing.B) (string, int) {
	for _, fc := range loadFixtures(b) {
		if fc.name == "004-nationalledger" {
			return fc.Title + "\n\n" + fc.Text, len(fc.Title)
		}
	}
	b.Fatal("no fixture 004-nationalledger")
	return "", 0
}

func BenchmarkNormalize(b *testing.B) {
	doc, split := benchDoc(b)
	b.SetBytes(int64(len(doc)))
	var n normText
	for b.Loop() {
		normalize(&n, doc, true, split)
	}
}

func BenchmarkFind(b *testing.B) {
	c := newTestClassifier(b)
	doc, split := benchDoc(b)
	var n normText
	normalize(&n, doc, true, split)
	var out []rawMatch
	for b.Loop() {
		out = c.m.find(n.b, n.anchors, out[:0])
	}
	if len(out) == 0 {
		b.Fatal("no match")
	}
}
