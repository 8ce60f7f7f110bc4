package extract

import "golang.org/x/net/html/atom"

// atomSet is a set of atoms as a bitmap over their values: the walks ask
// whether an element is skipped or a block once per node, and a map
// lookup (a hash per node) was a few per cent of an extraction. Atoms
// are below 2^19 (offset into the atom table << 8 | length), so a set is
// at most 64 KB, and a set of a few atoms far less.
type atomSet []uint64

// newAtomSet returns the atoms m holds true.
func newAtomSet(m map[atom.Atom]bool) atomSet {
	var s atomSet
	for a, in := range m {
		if !in {
			continue
		}
		i := int(uint32(a) >> 6)
		for len(s) <= i {
			s = append(s, 0)
		}
		s[i] |= 1 << (uint32(a) & 63)
	}
	return s
}

// has reports whether a is in s.
func (s atomSet) has(a atom.Atom) bool {
	i := uint32(a) >> 6
	return i < uint32(len(s)) && s[i]&(1<<(uint32(a)&63)) != 0
}

// skipSet and blockSet are skipAtoms and blockAtoms as sets.
var (
	skipSet  = newAtomSet(skipAtoms)
	blockSet = newAtomSet(blockAtoms)
)
