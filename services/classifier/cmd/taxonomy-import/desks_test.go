package main

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

func TestDeskRules(t *testing.T) {
	known := map[string]bool{"medtop:15000000": true}
	rules, err := deskRules([]deskRule{{
		ID: "desk-sport", Code: "medtop:15000000", Name: "sport",
		Strong: []string{"goalkeeper*", "penalty  kick", "innings"},
		Weak:   []string{"match", "team"},
		Block:  []string{"dna match"},
	}}, known)
	require.NoError(t, err)
	require.Len(t, rules, 1)
	r := rules[0]
	require.Equal(t, "curated", r.Origin)
	require.Equal(t, deskMinEvidence, r.MinEvidence, "the default threshold is written out")
	require.InDelta(t, deskRelative, r.Relative, 1e-9, "and so is the default relative weight")
	require.Equal(t, `(and (or/countunique>=3 (text_content any "goalkeeper* innings") (text_content adj "penalty kick") (text_content any "match team")) `+
		`(or/countunique>=1 (text_content any "goalkeeper* innings") (text_content adj "penalty kick")) (not (text_content adj "dna match")))`, r.Query)
	_, err = taxonomy.ParseQuery(r.Query)
	require.NoError(t, err)

	bad := []struct {
		name string
		d    deskRule
	}{
		{"unknown topic", deskRule{ID: "x", Code: "medtop:99999999", Strong: []string{"a"}}},
		{"no strong cues", deskRule{ID: "x", Code: "medtop:15000000", Weak: []string{"a"}}},
		{"cue twice", deskRule{ID: "x", Code: "medtop:15000000", Strong: []string{"Match"}, Weak: []string{"match"}}},
		{"empty id", deskRule{Code: "medtop:15000000", Strong: []string{"a"}}},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			_, err := deskRules([]deskRule{tt.d}, known)
			require.Error(t, err)
		})
	}
	none, err := deskRules([]deskRule{{ID: "x", Code: "medtop:15000000", Strong: []string{"a"}, Relative: -1}}, known)
	require.NoError(t, err)
	require.Zero(t, none[0].Relative, "a negative relative switches it off")
	_, err = deskRules([]deskRule{{ID: "x", Code: "medtop:15000000", Strong: []string{"a"}}, {ID: "x", Code: "medtop:15000000", Strong: []string{"b"}}}, known)
	require.Error(t, err, "duplicate ids")
}
