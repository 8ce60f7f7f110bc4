package extract

import (
	"strings"
	"testing"
)

// titleSimilarityReference is titleSimilarity as it was before the
// title's word set was kept per page: titleWordSet must give the same
// score for every pair.
func titleSimilarityReference(h, ref string) float64 {
	hw := strings.Fields(strings.ToLower(h))
	rw := strings.Fields(strings.ToLower(ref))
	if len(hw) == 0 || len(rw) == 0 {
		return 0
	}
	set := map[string]bool{}
	for _, w := range rw {
		set[strings.Trim(w, ".,:;!?\"'“”‘’")] = true
	}
	hit := 0
	for _, w := range hw {
		if set[strings.Trim(w, ".,:;!?\"'“”‘’")] {
			hit++
		}
	}
	if float64(hit)/float64(len(hw)) < 0.8 {
		return 0
	}
	return float64(hit) / float64(len(rw))
}

var titleSimilarityCases = []struct {
	h, ref string
	want   float64
}{
	{"Council approves new budget", "Council approves new budget", 1},
	{"Council approves new budget (from Example)", "Council approves new budget", 0},
	{"COUNCIL Approves: new budget!", "“Council approves” new budget", 1},
	{"Council approves", "Council approves new budget", 0.5},
	{"News", "Council approves new budget", 0},
	{"", "Council approves new budget", 0},
	{"Council approves new budget", "", 0},
	{"   ", "Council approves", 0},
	{"budget budget", "budget budget budget vote", 0.5},
	{"Совет утвердил бюджет", "СОВЕТ утвердил новый бюджет", 0.75},
	{"Straße\u00a0gesperrt", "STRASSE Straße gesperrt", 2.0 / 3},
	{"a\xffb c", "A\xffB c", 1},
}

func TestTitleWordSet(t *testing.T) {
	for _, tc := range titleSimilarityCases {
		if got := newTitleWords(tc.ref).similarity(tc.h); got != tc.want {
			t.Errorf("similarity(%q, %q) = %v, want %v", tc.h, tc.ref, got, tc.want)
		}
		if got, ref := titleSimilarity(tc.h, tc.ref), titleSimilarityReference(tc.h, tc.ref); got != ref {
			t.Errorf("titleSimilarity(%q, %q) = %v, reference %v", tc.h, tc.ref, got, ref)
		}
	}
}

// TestTitleLineNewTitle checks that titleLine compares with the page's
// current title when the title changes after a first call.
func TestTitleLineNewTitle(t *testing.T) {
	p := &page{title: "Council approves new budget for schools"}
	line := para{text: "Council approves new budget for schools today"}
	if !p.titleLine(line, fold(line.text), words(line.text), fold(p.title), words(p.title)) {
		t.Fatalf("titleLine(%q) under %q = false, want true", line.text, p.title)
	}
	p.title = "Storm closes harbour for a week"
	if p.titleLine(line, fold(line.text), words(line.text), fold(p.title), words(p.title)) {
		t.Errorf("titleLine(%q) under %q = true, want false (stale title words)", line.text, p.title)
	}
	line = para{text: "Storm closes harbour for a week (updated)"}
	if !p.titleLine(line, fold(line.text), words(line.text), fold(p.title), words(p.title)) {
		t.Errorf("titleLine(%q) under %q = false, want true", line.text, p.title)
	}
}

func FuzzTitleSimilarity(f *testing.F) {
	for _, tc := range titleSimilarityCases {
		f.Add(tc.h, tc.ref)
	}
	f.Fuzz(func(t *testing.T, h, ref string) {
		if got, want := newTitleWords(ref).similarity(h), titleSimilarityReference(h, ref); got != want {
			t.Errorf("similarity(%q, %q) = %v, reference %v", h, ref, got, want)
		}
	})
}
