package classify

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// trapCorpus is testdata/actor-traps.json: sentences whose ambiguous words
// must not tag an actor, and sentences that name one.
type trapCorpus struct {
	Traps []struct {
		Text, Why string
	} `json:"traps"`
	Positives []struct {
		Text string   `json:"text"`
		Want []string `json:"want"`
	} `json:"positives"`
}

// TestActorTraps checks that an alias that is also a word, a name, a
// place, a film, a team, jargon or another organisation's acronym tags
// its actor only with supporting context, and that context does tag it.
func TestActorTraps(t *testing.T) {
	c := newTestClassifier(t)
	b, err := os.ReadFile(filepath.Join("testdata", "actor-traps.json"))
	require.NoError(t, err)
	var corpus trapCorpus
	require.NoError(t, json.Unmarshal(b, &corpus))
	require.NotEmpty(t, corpus.Traps)
	require.NotEmpty(t, corpus.Positives)
	for _, tc := range corpus.Traps {
		t.Run("trap/"+tc.Why, func(t *testing.T) {
			require.Empty(t, actorIDs(c.Document("", tc.Text)), tc.Text)
		})
	}
	for _, tc := range corpus.Positives {
		t.Run("positive/"+tc.Text, func(t *testing.T) {
			tags := c.Document("", tc.Text)
			require.Equal(t, tc.Want, actorIDs(tags), tc.Text)
			for _, a := range tags.Actors {
				require.NotEmpty(t, a.Evidence, "every tag carries evidence")
			}
		})
	}
}

// TestActorContextEvidence checks which mentions count, not only which
// actors: a block phrase anywhere vetoes a gated alias in the whole
// document, a co-mention lets an acronym count, and the evidence names
// only the mentions that counted.
func TestActorContextEvidence(t *testing.T) {
	c := newTestClassifier(t)
	tests := []struct {
		name, text string
		id         string
		aliases    []string // AliasesMatched of id; nil: id not tagged
		mentions   int32    // when not 0, the mentions that counted
	}{
		{
			"co-mention lets the acronym count", "The Red Army Faction (RAF) claimed it. The RAF said more would follow.",
			"baader-meinhof-group",
			[]string{"Red Army Faction", "RAF"},
			3,
		},
		{
			"block phrase vetoes the acronym everywhere", "The Red Army Faction was a West German group. The Royal Air Force museum shows RAF jets.",
			"baader-meinhof-group",
			[]string{"Red Army Faction"},
			1,
		},
		{"acronym alone is not enough", "The RAF said the jets returned to base.", "baader-meinhof-group", nil, 0},
		{
			"malware noun after the name", "The REvil ransomware gang demanded $70 million; REvil ransomware encrypted the files.",
			"sodinokibi",
			[]string{"REvil"},
			1,
		},
		{"a web address is not a mention", "See https://example.org/lockbit-affiliates-arrested for more.", "lockbit", nil, 0},
		{
			"a mention confirmed by a cue licenses an earlier bare one", "Early that year, Turla struck a ministry in a small European capital, officials said. Months later the Turla group returned.",
			"turla",
			[]string{"Turla"},
			2,
		},
		{"a bare mention alone is not enough outside a threat report", "Early that year, Turla struck a ministry in a small European capital, officials said.", "turla", nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tags := c.Document("", tt.text)
			var got []string
			var mentions int32
			for _, a := range tags.Actors {
				if a.Id == tt.id {
					got, mentions = a.AliasesMatched, a.Mentions
				}
			}
			require.Equal(t, tt.aliases, got)
			if tt.mentions != 0 {
				require.Equal(t, tt.mentions, mentions)
			}
		})
	}
}
