package extract

import (
	"strings"
	"testing"
)

// firstNaive is what phraseIndex.first replaces: every phrase in order.
func firstNaive(phrases []string, s string, limit int) int {
	for i, p := range phrases[:limit] {
		if strings.Contains(s, p) {
			return i
		}
	}
	return limit
}

var testPhrases = []string{"sign up", "newsletter", "a", "подпис", "ne", "newsletter abonnieren", "up", "x", ""}

func TestPhraseIndex(t *testing.T) {
	x := newPhraseIndex(testPhrases)
	for _, tt := range []struct {
		s     string
		limit int
		want  int
	}{
		{"please sign up for our newsletter", 9, 0},
		{"our newsletter", 9, 1},
		{"our newsletter", 1, 1},
		{"the newsletter abonnieren", 2, 1},
		{"xyz", 9, 7},
		{"xyz", 7, 7},
		{"yz", 9, 8}, // "" is in every text
		{"подписаться", 9, 3},
		{"подписаться", 3, 3},
		{"jump up", 9, 6},
		{"jump up", 6, 6},
		{"banner", 9, 2},
		{"", 9, 8},
		{"u", 9, 8},
	} {
		if got := x.first(tt.s, tt.limit); got != tt.want {
			t.Errorf("first(%q, %d) = %d, want %d", tt.s, tt.limit, got, tt.want)
		}
		if got := firstNaive(testPhrases, tt.s, tt.limit); got != tt.want {
			t.Errorf("naive first(%q, %d) = %d, want %d (test table is wrong)", tt.s, tt.limit, got, tt.want)
		}
	}
}

func FuzzPhraseIndex(f *testing.F) {
	for _, s := range []string{"please sign up for our newsletter", "подписаться", "xx", "newsletter abonnieren"} {
		f.Add(s, 9)
	}
	x := newPhraseIndex(testPhrases)
	f.Fuzz(func(t *testing.T, s string, limit int) {
		if limit < 0 || limit > len(testPhrases) {
			return
		}
		if got, want := x.first(s, limit), firstNaive(testPhrases, s, limit); got != want {
			t.Fatalf("first(%q, %d) = %d, want %d", s, limit, got, want)
		}
	})
}
