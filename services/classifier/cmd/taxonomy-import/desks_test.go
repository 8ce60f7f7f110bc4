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
	}}, known, nil, genre{}, deskFallback{}, 0)
	require.NoError(t, err)
	require.Len(t, rules, 1)
	r := rules[0]
	require.Equal(t, "curated", r.Origin)
	require.Equal(t, deskMinEvidence, r.MinEvidence, "the default threshold is written out")
	require.InDelta(t, deskRelative, r.Relative, 1e-9, "and so is the default relative weight")
	// Cues get their regular plurals (a phrase on its last word); a
	// prefix, a word that looks plural already and a block phrase do not.
	require.Equal(t, `(and (or/countunique>=3 (text_content any "goalkeeper* innings") (text_content adj "penalty kick") (text_content adj "penalty kicks") (text_content any "match team matches teams")) `+
		`(or/countunique>=1 (text_content any "goalkeeper* innings") (text_content adj "penalty kick") (text_content adj "penalty kicks")) (not (text_content adj "dna match")))`, r.Query)
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
			_, err := deskRules([]deskRule{tt.d}, known, nil, genre{}, deskFallback{}, 0)
			require.Error(t, err)
		})
	}
	none, err := deskRules([]deskRule{{ID: "x", Code: "medtop:15000000", Strong: []string{"a"}, Relative: -1}}, known, nil, genre{}, deskFallback{}, 0)
	require.NoError(t, err)
	require.Zero(t, none[0].Relative, "a negative relative switches it off")
	_, err = deskRules([]deskRule{{ID: "x", Code: "medtop:15000000", Strong: []string{"a"}}, {ID: "x", Code: "medtop:15000000", Strong: []string{"b"}}}, known, nil, genre{}, deskFallback{}, 0)
	require.Error(t, err, "duplicate ids")
}

func TestPlural(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"striker", "strikers"},
		{"match", "matches"},
		{"crash", "crashes"},
		{"reflex", "reflexes"},
		{"tax", ""}, // too short to tell from an acronym
		{"casualty", "casualties"},
		{"survey", "surveys"}, // a vowel before the y
		{"goals", ""},         // plural already
		{"scored", ""},        // a verb form
		{"scoring", ""},
		{"economic", ""}, // an adjective
		{"nba", ""},      // an acronym, too short to tell
		{"g20", ""},
		{"s&p", ""},
	} {
		require.Equal(t, tt.want, plural(tt.in), tt.in)
	}
	seen := map[string]bool{"strikers": true}
	require.Equal(t, []string{"striker", "heart attack", "fan*", "heart attacks"},
		inflectCues([]string{"striker", "heart attack", "fan*"}, seen), "a listed form is not added again, a prefix gets none")
}

func TestIPTCWeak(t *testing.T) {
	topics := []taxonomy.Topic{
		{Code: "medtop:15000000", Label: "sport"},
		{Code: "medtop:20000822", Label: "competition discipline", Parent: "medtop:15000000"},
		{Code: "medtop:20000824", Label: "archery", Parent: "medtop:20000822"},
		{Code: "medtop:20000825", Label: "crossbow shooting", Parent: "medtop:20000824"}, // two levels down
		{Code: "medtop:20000826", Label: "steeplechase (athletics)", Parent: "medtop:20000822"},
		{Code: "medtop:20000827", Label: "canoe slalom and sprint", Parent: "medtop:20000822"},
		{Code: "medtop:20000828", Label: "3x3 basketball", Parent: "medtop:20000822"},
		{Code: "medtop:20000829", Label: "Tennis", Parent: "medtop:20000822"},
		{Code: "medtop:20000830", Label: "election", Parent: "medtop:11000000"}, // elsewhere
	}
	require.Equal(t, []string{"archery", "crossbow shooting", "tennis"}, narrowerNames(topics, "medtop:20000822"))

	known := map[string]bool{"medtop:15000000": true, "medtop:20000822": true}
	rules, err := deskRules([]deskRule{{
		ID: "desk-sport", Code: "medtop:15000000", Strong: []string{"tennis", "athlete*"}, Weak: []string{"match"}, IPTCWeak: "medtop:20000822",
	}}, known, topics, genre{}, deskFallback{}, 0)
	require.NoError(t, err)
	require.Equal(t, `(and (or/countunique>=3 (text_content any "tennis athlete*") (text_content any "match archery matches archeries") (text_content adj "crossbow shooting")) `+
		`(or/countunique>=1 (text_content any "tennis athlete*")))`, rules[0].Query, "IPTC names are weak cues; a name the desk lists already stays where it is")
	_, err = deskRules([]deskRule{{ID: "x", Code: "medtop:15000000", Strong: []string{"a"}, IPTCWeak: "medtop:99999999"}}, known, topics, genre{}, deskFallback{}, 0)
	require.Error(t, err, "unknown iptc_weak topic")
}

func TestThreatReportGenre(t *testing.T) {
	known := map[string]bool{"medtop:11000000": true}
	tr := genre{Min: 3, Terms: []string{"malware", "payload", "command and control"}}
	rules, err := deskRules([]deskRule{
		{ID: "desk-politics", Code: "medtop:11000000", Strong: []string{"election"}},
		{ID: "desk-other", Code: "medtop:11000000", Strong: []string{"ballot"}, InThreatReports: true},
	}, known, nil, tr, deskFallback{}, 0)
	require.NoError(t, err)
	require.Equal(t, `(and (or/countunique>=3 (text_content any "election elections")) (or/countunique>=1 (text_content any "election elections")) `+
		`(not (or/countunique>=3 (text_content any "malware payload") (text_content adj "command and control"))))`, rules[0].Query)
	require.NotContains(t, rules[1].Query, "malware", "a desk kept in threat reports has no genre veto")
	_, err = taxonomy.ParseQuery(rules[0].Query)
	require.NoError(t, err)
}

func TestDeskFallback(t *testing.T) {
	known := map[string]bool{"medtop:11000000": true}
	tr := genre{Min: 3, Terms: []string{"malware", "payload"}}
	fb := deskFallback{Scale: 0.5, MinUnique: 2, MinEvidence: 3, Relative: 0.9}
	rules, err := deskRules([]deskRule{
		{ID: "desk-politics", Code: "medtop:11000000", Strong: []string{"election"}, Weak: []string{"vote"}, Block: []string{"election day sale"}, MinUnique: 5, MinStrong: 2, MinEvidence: 7},
		{ID: "desk-other", Code: "medtop:11000000", Strong: []string{"ballot"}, NoFallback: true},
	}, known, nil, tr, fb, 0)
	require.NoError(t, err)
	require.Len(t, rules, 3, "a fallback for the first desk only")
	require.Equal(t, "desk-politics", rules[0].ID)
	require.False(t, rules[0].Fallback)
	f := rules[1]
	require.Equal(t, "desk-politics-fallback", f.ID)
	require.True(t, f.Fallback)
	require.Equal(t, 4, f.MinEvidence, "half of 7, rounded up")
	require.InDelta(t, 0.9, f.Relative, 1e-9, "the fallback's relative share, above the desk's")
	require.Equal(t, `(and (or/countunique>=3 (text_content any "election elections") (text_content any "vote votes")) (or/countunique>=1 (text_content any "election elections")) `+
		`(not (text_content adj "election day sale")) (not (or/countunique>=3 (text_content any "malware payload"))))`, f.Query, "half the desk's counts rounded up (5 → 3 distinct, 2 → 1 strong), its blocks and the genre veto")
	require.Equal(t, "desk-other", rules[2].ID)
	none, err := deskRules([]deskRule{{ID: "x", Code: "medtop:11000000", Strong: []string{"a"}}}, known, nil, genre{}, deskFallback{}, 0)
	require.NoError(t, err)
	require.Len(t, none, 1, "no fallbacks without desk_fallback")
}

func TestDeskWeakOnly(t *testing.T) {
	known := map[string]bool{"medtop:15000000": true}
	rules, err := deskRules([]deskRule{
		{ID: "desk-sport", Code: "medtop:15000000", Strong: []string{"goalie"}, Weak: []string{"season", "points"}, MinUnique: 4},
		{ID: "desk-hockey", Code: "medtop:15000000", Strong: []string{"puck"}, Weak: []string{"season"}, MinWeak: -1},
	}, known, nil, genre{}, deskFallback{}, 2.5)
	require.NoError(t, err)
	require.Equal(t, `(and (or/countunique>=4 (text_content any "goalie goalies") (text_content any "season points seasons")) `+
		`(or (or/countunique>=1 (text_content any "goalie goalies")) (or/countunique>=10 (text_content any "season points seasons"))))`, rules[0].Query,
		"ten distinct weak cues (2.5 × 4) stand in for the strong one")
	require.Equal(t, `(and (or/countunique>=3 (text_content any "puck pucks") (text_content any "season seasons")) (or/countunique>=1 (text_content any "puck pucks")))`, rules[1].Query,
		"a desk that opts out keeps its strong cue")
	_, err = taxonomy.ParseQuery(rules[0].Query)
	require.NoError(t, err)
}

func TestDeskContext(t *testing.T) {
	known := map[string]bool{"medtop:20001148": true}
	rules, err := deskRules([]deskRule{{
		ID: "desk-transfer", Code: "medtop:20001148", Strong: []string{"undisclosed fee"}, Weak: []string{"bid"},
		Context: []string{"club", "clubs", "striker"}, MinContext: 2,
	}}, known, nil, genre{}, deskFallback{}, 0)
	require.NoError(t, err)
	require.Equal(t, `(and (or/countunique>=3 (text_content adj "undisclosed fee") (text_content any "bid")) `+
		`(or/countunique>=1 (text_content adj "undisclosed fee")) (or/countunique>=2 (text_content any "club clubs striker strikers")))`, rules[0].Query,
		"context cues are an operand of their own, inflected once")
	_, err = taxonomy.ParseQuery(rules[0].Query)
	require.NoError(t, err)
}
