package classify

import (
	"slices"
	"testing"
)

func TestWordsAround(t *testing.T) {
	b := []byte("the hts fighters, entered idlib")
	s, e := 4, 7 // "hts"
	var got []string
	for _, r := range wordsBefore(b, s, nil, 5) {
		got = append(got, string(b[r[0]:r[1]]))
	}
	if want := []string{"the"}; !slices.Equal(got, want) {
		t.Errorf("wordsBefore = %q, want %q", got, want)
	}
	got = got[:0]
	for _, r := range wordsAfter(b, e, nil, 2) {
		got = append(got, string(b[r[0]:r[1]]))
	}
	if want := []string{"fighters", "entered"}; !slices.Equal(got, want) {
		t.Errorf("wordsAfter = %q, want %q", got, want)
	}
}

func TestGateHolds(t *testing.T) {
	ph := func(s ...string) [][]string {
		var out [][]string
		for _, p := range s {
			out = append(out, tokens(p))
		}
		return out
	}
	for _, tc := range []struct {
		name          string
		gate          aliasGate
		doc, match    string
		veto, support bool
	}{
		{"no condition asks nothing", aliasGate{window: 3}, "the hts code", "hts", false, true},
		{"co-mention only", aliasGate{window: 3, coMention: true}, "the hts code", "hts", false, false},
		{"before phrase in window", aliasGate{window: 3, before: ph("fighters of")}, "fighters of the hts entered", "hts", false, true},
		{"before phrase out of window", aliasGate{window: 1, before: ph("fighters of")}, "fighters of the hts entered", "hts", false, false},
		{"after phrase", aliasGate{window: 3, after: ph("fighters")}, "the hts fighters entered", "hts", false, true},
		{"not after vetoes", aliasGate{window: 3, after: ph("fighters"), notAfter: ph("code")}, "check the hts code fighters", "hts", true, false},
		{"not before vetoes", aliasGate{window: 3, notBefore: ph("check the")}, "check the hts code", "hts", true, false},
		{"near before", aliasGate{window: 4, near: map[string][][]string{"rebel": ph("rebel group")}}, "the rebel group hts said", "hts", false, true},
		{"near after", aliasGate{window: 4, near: map[string][][]string{"rebel": ph("rebel group")}}, "hts is a rebel group", "hts", false, true},
		{"near only after when cues follow", aliasGate{window: 4, cuesAfter: true, near: map[string][][]string{"rebel": ph("rebel group")}}, "the rebel group hts said", "hts", false, false},
		{"not next vetoes", aliasGate{window: 3, notNext: map[string]bool{"ransomware": true}, near: map[string][][]string{"gang": ph("gang")}}, "the revil ransomware hit", "revil", true, false},
		{"not next lifted by a cue after it", aliasGate{window: 3, notNext: map[string]bool{"ransomware": true}, near: map[string][][]string{"gang": ph("gang")}}, "the revil ransomware gang hit", "revil", false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := []byte(tc.doc)
			s, e := at(t, tc.doc, tc.match)
			veto, support := tc.gate.holds(b, s, e)
			if veto != tc.veto || support != tc.support {
				t.Errorf("holds = (%v, %v), want (%v, %v)", veto, support, tc.veto, tc.support)
			}
		})
	}
}
