package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

func TestAssignFormerIDs(t *testing.T) {
	registry := func() []taxonomy.Actor {
		return []taxonomy.Actor{
			{ID: "apt29", Sources: []string{"mitre:G0016", "mitre:G0118", "misp:APT29"}},
			{ID: "oilrig", Sources: []string{"mitre:G0049", "misp:OilRig"}},
			{ID: "kimsuky", Sources: []string{"mitre:G0094", "misp:APT34"}},
		}
	}
	tests := []struct {
		name    string
		former  []formerID
		want    map[string][]string // actor id → former ids
		retired []string
		err     string
	}{
		{
			name:   "the actor holding its sources takes it",
			former: []formerID{{ID: "unc2452", Sources: []string{"mitre:G0118"}}},
			want:   map[string][]string{"apt29": {"unc2452"}},
		},
		{
			name:   "most sources win over the first one",
			former: []formerID{{ID: "apt34", Sources: []string{"misp:APT34", "mitre:G0049", "misp:OilRig"}}},
			want:   map[string][]string{"oilrig": {"apt34"}},
		},
		{
			name:   "a tie goes to the first actor",
			former: []formerID{{ID: "mixed", Sources: []string{"misp:OilRig", "misp:APT29"}}},
			want:   map[string][]string{"apt29": {"mixed"}},
		},
		{
			name:    "no source left: retired",
			former:  []formerID{{ID: "gone", Sources: []string{"misp:Gone"}}},
			want:    map[string][]string{},
			retired: []string{"gone"},
		},
		{
			name:   "an id that is an actor's again",
			former: []formerID{{ID: "oilrig", Sources: []string{"misp:OilRig"}}},
			err:    "is an actor's id again",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			actors := registry()
			retired, err := assignFormerIDs(actors, tt.former)
			if tt.err != "" {
				require.ErrorContains(t, err, tt.err)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tt.retired, retired)
			got := map[string][]string{}
			for _, a := range actors {
				if len(a.FormerIDs) > 0 {
					got[a.ID] = a.FormerIDs
				}
			}
			require.Equal(t, tt.want, got)
		})
	}
}

// TestCheckDropped: an import may not drop an id the previous registry
// published, as an actor's id or a former one, unless former-ids.json
// records where it went.
func TestCheckDropped(t *testing.T) {
	dir := t.TempDir()
	now := []taxonomy.Actor{{ID: "apt29", FormerIDs: []string{"unc2452"}}, {ID: "oilrig"}}
	require.NoError(t, checkDropped(dir, now, nil), "a first import has no previous registry")

	write := func(prev []taxonomy.Actor) {
		b, err := json.Marshal(taxonomy.ActorsFile{Actors: prev})
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, taxonomy.FileActors), b, 0o644))
	}
	write([]taxonomy.Actor{{ID: "apt29"}, {ID: "unc2452"}, {ID: "oilrig"}})
	require.NoError(t, checkDropped(dir, now, nil), "unc2452 is recorded as a former id")

	write([]taxonomy.Actor{{ID: "apt29"}, {ID: "apt34", Name: "APT34"}, {ID: "oilrig"}})
	err := checkDropped(dir, now, nil)
	require.ErrorIs(t, err, errDroppedIDs)
	require.ErrorContains(t, err, "apt34 (APT34")

	write([]taxonomy.Actor{{ID: "apt29", FormerIDs: []string{"unc2452", "nobelium"}}, {ID: "oilrig"}})
	err = checkDropped(dir, now, nil)
	require.ErrorIs(t, err, errDroppedIDs, "a former id may not be forgotten either")
	require.ErrorContains(t, err, "nobelium (a former id of apt29)")

	// An id former-ids.json lists whose sources no actor holds any more
	// is retired there: a record of where it went (nowhere).
	write([]taxonomy.Actor{{ID: "apt29"}, {ID: "gone", Name: "Gone"}, {ID: "oilrig"}})
	require.ErrorIs(t, checkDropped(dir, now, nil), errDroppedIDs)
	require.NoError(t, checkDropped(dir, now, []string{"gone"}), "a retired id is recorded")
}

// TestRetiredIDPassesImportCheck runs the two steps of an import that
// retires an id: the id former-ids.json lists with sources no actor holds
// comes back from assignFormerIDs as retired, and checkDropped accepts
// its leaving the registry.
func TestRetiredIDPassesImportCheck(t *testing.T) {
	dir := t.TempDir()
	b, err := json.Marshal(taxonomy.ActorsFile{Actors: []taxonomy.Actor{{ID: "apt29"}, {ID: "gone", Sources: []string{"misp:Gone"}}}})
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, taxonomy.FileActors), b, 0o644))
	actors := []taxonomy.Actor{{ID: "apt29", Sources: []string{"mitre:G0016"}}}
	retired, err := assignFormerIDs(actors, []formerID{{ID: "gone", Sources: []string{"misp:Gone"}}})
	require.NoError(t, err)
	require.Equal(t, []string{"gone"}, retired)
	require.NoError(t, checkDropped(dir, actors, retired))
}
