package classify

import (
	"strings"
	"testing"
)

// at returns the byte range of the first sub in doc.
func at(t *testing.T, doc, sub string) (int, int) {
	t.Helper()
	i := strings.Index(doc, sub)
	if i < 0 {
		t.Fatalf("%q not in %q", sub, doc)
	}
	return i, i + len(sub)
}

func TestCapitalised(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Cobalt", true},
		{"Fancy Bear", true},
		{"the Cobalt group", false},
		{"Cobalt group", true}, // a head noun may end the name in lower case
		{"group", false},       // but not be the whole name
		{"Fancy bear", false},
		{"Équipe Rouge", true},
	} {
		if got := capitalised(tc.in); got != tc.want {
			t.Errorf("capitalised(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestSentenceStart(t *testing.T) {
	for _, tc := range []struct {
		doc, match string
		want       bool
	}{
		{"Cobalt struck again.", "Cobalt", true},
		{"It ended. Cobalt struck again.", "Cobalt", true},
		{"Title\n\n\"Cobalt struck\"", "Cobalt", true},
		{"Analysts: Cobalt struck.", "Cobalt", true},
		{"They say Cobalt struck.", "Cobalt", false},
		{"(Cobalt) struck.", "Cobalt", true},
	} {
		s, _ := at(t, tc.doc, tc.match)
		if got := sentenceStart(tc.doc, s); got != tc.want {
			t.Errorf("sentenceStart(%q at %q) = %v, want %v", tc.doc, tc.match, got, tc.want)
		}
	}
}

func TestContinuedByName(t *testing.T) {
	for _, tc := range []struct {
		doc, match string
		want       bool
	}{
		{"They used Cobalt Strike beacons.", "Cobalt", true},
		{"Conti Ransomware hit a hospital.", "Conti", false}, // says what it is
		{"Sandworm Team struck.", "Sandworm", false},         // head noun
		{"Cobalt struck.", "Cobalt", false},
		{"Cobalt, Strike", "Cobalt", false},
		{"Cobalt", "Cobalt", false},
	} {
		_, e := at(t, tc.doc, tc.match)
		if got := continuedByName(tc.doc, e); got != tc.want {
			t.Errorf("continuedByName(%q after %q) = %v, want %v", tc.doc, tc.match, got, tc.want)
		}
	}
}

func TestShouting(t *testing.T) {
	for _, tc := range []struct {
		doc, match string
		want       bool
	}{
		{"WHAT IS NEXT FOR IS FIGHTERS", "IS FIGHTERS", true},
		{"What is next for IS fighters", "IS", false},
		{"BREAKING: IS claims attack", "IS", true}, // the word before is all capitals
		{"IS claims attack", "IS", false},
		{"A IS b", "IS", false}, // one capital letter is not shouting
	} {
		s, e := at(t, tc.doc, tc.match)
		if got := shouting(tc.doc, s, e); got != tc.want {
			t.Errorf("shouting(%q around %q) = %v, want %v", tc.doc, tc.match, got, tc.want)
		}
	}
}
