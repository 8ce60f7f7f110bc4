package main

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

// TestMergeOnTheSourcesWord checks the merges a source asks for across
// the one-entry-per-source rule (a MITRE revocation, one MITRE id, a
// ransomware family listed twice, a split two other sources undo), that
// the merged actor is named after what the other sources call it, and
// that a split only one other source questions stays.
func TestMergeOnTheSourcesWord(t *testing.T) {
	mk := func(src, name, uuid string, aliases ...string) *candidate {
		c := &candidate{src: src, key: name, uuid: uuid, actor: taxonomy.Actor{Name: name, Type: taxonomy.TypeStateCyber}}
		c.imported = toAliases(src, append([]string{name}, aliases...))
		return c
	}
	withID := func(c *candidate, id string) *candidate { c.ownID, c.ids = id, []string{id}; return c }
	revoked := func(c *candidate, by string) *candidate { c.revokedBy = []string{by}; return c }
	for _, tc := range []struct {
		name  string
		cands []*candidate
		want  [][]string // the names of each merged actor's members, lead first
	}{
		{
			"a MITRE revocation joins two entries of one source",
			[]*candidate{
				mk(srcThreat, "Quiet Heron", "t1", "Quiet Heron Team"), mk(srcThreat, "Loud Heron", "t2"),
				withID(mk(srcMITRE, "Quiet Heron", "m1"), "G9001"), revoked(withID(mk(srcMITRE, "Loud Heron", "m2"), "G9002"), "m1"),
			},
			[][]string{{"Quiet Heron", "Loud Heron", "Quiet Heron", "Loud Heron"}},
		},
		{
			"one ransomware family listed twice",
			[]*candidate{mk(srcRansomware, "Zephyrlock Ransomware", "r1"), mk(srcRansomware, "Zephyrlock", "r2")},
			[][]string{{"Zephyrlock", "Zephyrlock Ransomware"}},
		},
		{
			"a family with the word that another source claims stays apart",
			[]*candidate{mk(srcThreat, "Quiet Heron", "t1", "Zephyrlock Ransomware"), mk(srcRansomware, "Zephyrlock Ransomware", "r1"), mk(srcRansomware, "Zephyrlock", "r2")},
			[][]string{{"Quiet Heron", "Zephyrlock Ransomware"}, {"Zephyrlock"}},
		},
		{
			"a split two other sources undo",
			[]*candidate{
				mk(srcThreat, "Amber Heron", "t1"), mk(srcThreat, "APT99", "t2", "Sable Crane"),
				mk(srcMITRE, "Sable Crane", "m1", "Amber Heron", "APT99"), mk(srcMicrosoft, "Dusk Tempest", "s1", "Amber Heron", "APT99"),
			},
			[][]string{{"Amber Heron", "APT99", "Sable Crane", "Dusk Tempest"}},
		},
		{
			"a split one other source questions stays",
			[]*candidate{
				mk(srcThreat, "Amber Heron", "t1"), mk(srcThreat, "APT99", "t2", "Sable Crane"),
				mk(srcMITRE, "Sable Crane", "m1", "Amber Heron", "APT99"),
			},
			// Only MITRE names both sides: the threat-actor galaxy's split holds.
			[][]string{{"Amber Heron", "Sable Crane"}, {"APT99"}},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := mergeCandidates(tc.cands, map[string]bool{}, map[string]bool{}, &report{})
			var got [][]string
			for _, c := range out {
				got = append(got, slices.Clone(c.keys))
			}
			slices.SortFunc(got, func(a, b []string) int { return len(b) - len(a) })
			require.ElementsMatch(t, tc.want, got)
			require.Equal(t, tc.want[0][0], out[0].actor.Name, "named after the lead entry")
		})
	}
}
