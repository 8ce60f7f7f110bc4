package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

// fileFormerIDs lists, in the source directory, the actor ids an earlier
// taxonomy version published that the registry no longer has. An actor id
// is a subject token (news.actor.<id>.<source>) and a stored tag, so an id
// that vanishes in a merge must say where it went.
const fileFormerIDs = "former-ids.json"

// formerID is one id that left the registry, with the sources its actor
// was built from, by which its successor is found.
type formerID struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Sources []string `json:"sources"`
}

type formerIDsFile struct {
	Comment []string   `json:"_comment,omitempty"`
	Former  []formerID `json:"former"`
}

// errDroppedIDs is returned when an import would drop ids of the previous
// output that former-ids.json does not list.
var errDroppedIDs = errors.New("actor ids dropped without a record in " + fileFormerIDs)

// readFormerIDs reads the source directory's former-ids.json; a missing
// file lists none.
func readFormerIDs(sourceDir string) ([]formerID, error) {
	var f formerIDsFile
	err := readJSON(filepath.Join(sourceDir, fileFormerIDs), &f)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	return f.Former, err
}

// assignFormerIDs gives each former id to the actor that now holds most
// of its sources (ties: the first in the registry's order), and returns
// the ids no actor holds a source of: retired with no successor. A former
// id that is an actor's id again is an error: a subject cannot mean two
// actors.
func assignFormerIDs(actors []taxonomy.Actor, former []formerID) (retired []string, err error) {
	bySource := map[string]int{}
	ids := map[string]bool{}
	for i, a := range actors {
		ids[a.ID] = true
		for _, s := range a.Sources {
			if _, ok := bySource[s]; !ok {
				bySource[s] = i
			}
		}
	}
	for _, f := range former {
		if ids[f.ID] {
			return nil, fmt.Errorf("%s: %q is an actor's id again", fileFormerIDs, f.ID)
		}
		votes := map[int]int{}
		best := -1
		for _, s := range f.Sources {
			i, ok := bySource[s]
			if !ok {
				continue
			}
			votes[i]++
			if best < 0 || votes[i] > votes[best] || (votes[i] == votes[best] && i < best) {
				best = i
			}
		}
		if best < 0 {
			retired = append(retired, f.ID)
			continue
		}
		if !slices.Contains(actors[best].FormerIDs, f.ID) {
			actors[best].FormerIDs = append(actors[best].FormerIDs, f.ID)
			slices.Sort(actors[best].FormerIDs)
		}
	}
	return retired, nil
}

// checkDropped compares the new registry with the previous output in
// outDir (absent: a first import): every id it had, as an actor's id or a
// former one, must still be an actor's id, a former id or one of retired
// (listed in former-ids.json with no successor), so that no subscriber's
// subject goes quiet without a record of where it went.
func checkDropped(outDir string, actors []taxonomy.Actor, retired []string) error {
	var prev taxonomy.ActorsFile
	err := readJSON(filepath.Join(outDir, taxonomy.FileActors), &prev)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("reading the previous registry: %w", err)
	}
	known := map[string]bool{}
	for _, id := range retired {
		known[id] = true
	}
	for _, a := range actors {
		known[a.ID] = true
		for _, id := range a.FormerIDs {
			known[id] = true
		}
	}
	var dropped []string
	for _, a := range prev.Actors {
		if !known[a.ID] {
			dropped = append(dropped, fmt.Sprintf("%s (%s; sources %s)", a.ID, a.Name, strings.Join(a.Sources, ", ")))
		}
		for _, id := range a.FormerIDs {
			if !known[id] {
				dropped = append(dropped, fmt.Sprintf("%s (a former id of %s)", id, a.ID))
			}
		}
	}
	if len(dropped) > 0 {
		return fmt.Errorf("%w: add them with their sources, or as retired:\n  %s", errDroppedIDs, strings.Join(dropped, "\n  "))
	}
	return nil
}
