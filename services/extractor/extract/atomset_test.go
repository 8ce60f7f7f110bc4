package extract

import (
	"testing"

	"golang.org/x/net/html/atom"
)

// TestAtomSets checks skipSet and blockSet against the maps they are
// built from, for every atom there is (each value whose name looks up to
// it) and for values that are no atom.
func TestAtomSets(t *testing.T) {
	atoms := 0
	for v := range uint32(1 << 22) {
		a := atom.Atom(v)
		if s := a.String(); s != "" && atom.Lookup([]byte(s)) != a {
			continue
		}
		if a.String() != "" {
			atoms++
		}
		if got, want := skipSet.has(a), skipAtoms[a]; got != want {
			t.Errorf("skipSet.has(%v) = %v, skipAtoms %v", a, got, want)
		}
		if got, want := blockSet.has(a), blockAtoms[a]; got != want {
			t.Errorf("blockSet.has(%v) = %v, blockAtoms %v", a, got, want)
		}
	}
	if atoms < 100 {
		t.Fatalf("%d atoms found, want the whole table", atoms)
	}
}
