package main

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

// TestReadType checks that a cyber group's description types it when it
// says what the group does, the most often said kind winning.
func TestReadType(t *testing.T) {
	for _, tc := range []struct {
		desc, def, want string
		typed           int
	}{
		{"A group based in Malaysia.", taxonomy.TypeStateCyber, taxonomy.TypeStateCyber, typedByDefault},
		{"A hacktivist group from Malaysia that turned to ransomware and data extortion.", taxonomy.TypeStateCyber, taxonomy.TypeRansomware, typedByText},
		{"A financially motivated cybercrime group running carding shops.", taxonomy.TypeStateCyber, taxonomy.TypeCriminal, typedByText},
		{"A state-sponsored espionage group that also deployed ransomware.", taxonomy.TypeCriminal, taxonomy.TypeStateCyber, typedByText},
		{"An eCrime adversary; its ransomware rivals nation-state tooling. The ransomware is sold to criminals.", taxonomy.TypeStateCyber, taxonomy.TypeRansomware, typedByText},
	} {
		c := &candidate{actor: taxonomy.Actor{Type: tc.def}}
		c.readType(tc.desc)
		require.Equal(t, tc.want, c.actor.Type, tc.desc)
		require.Equal(t, tc.typed, c.typed, tc.desc)
	}
}

// TestMergeTypeEvidence checks that merged entries take the type of the
// source that said the most: a ransomware description over a country
// default, a source's field over a description.
func TestMergeTypeEvidence(t *testing.T) {
	mk := func(src, uuid, typ string, typed int, rel ...string) *candidate {
		return &candidate{src: src, key: "Velvet Moth " + src, uuid: uuid, related: rel, typed: typed, actor: taxonomy.Actor{Name: "Velvet Moth", Type: typ, Country: "MY"}}
	}
	for _, tc := range []struct {
		name string
		a, b *candidate
		want string
	}{
		{"description over default", mk(srcThreat, "u1", taxonomy.TypeStateCyber, typedByDefault), mk(srcTidal, "u2", taxonomy.TypeRansomware, typedByText, "u1"), taxonomy.TypeRansomware},
		{"source field over description", mk(srcThreat, "u1", taxonomy.TypeRansomware, typedByText), mk(srcMicrosoft, "u2", taxonomy.TypeStateCyber, typedBySource, "u1"), taxonomy.TypeStateCyber},
		{"first among equals", mk(srcThreat, "u1", taxonomy.TypeStateCyber, typedByText), mk(srcTidal, "u2", taxonomy.TypeCriminal, typedByText, "u1"), taxonomy.TypeStateCyber},
		{"ransomware over criminal among equals", mk(srcThreat, "u1", taxonomy.TypeCriminal, typedByText), mk(srcRansomware, "u2", taxonomy.TypeRansomware, typedByText, "u1"), taxonomy.TypeRansomware},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := mergeCandidates([]*candidate{tc.a, tc.b}, map[string]bool{}, map[string]bool{}, &report{})
			require.Len(t, out, 1)
			require.Equal(t, tc.want, out[0].actor.Type)
		})
	}
}
