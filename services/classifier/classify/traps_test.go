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
