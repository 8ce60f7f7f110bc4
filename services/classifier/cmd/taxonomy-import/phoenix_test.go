package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

func TestPhoenixNames(t *testing.T) {
	acr := map[string]bool{"IRA": true}
	tests := []struct {
		raw  string
		want []string
	}{
		{"ANIMAL_LIBERATION_FRONT_(ALF)_", []string{"Animal Liberation Front", "ALF"}},
		{"REAL_IRISH_REPUBLICAN_ARMY", []string{"Real Irish Republican Army"}},
		{"CONTINUITY_IRA_", []string{"Continuity IRA"}},
		{"FARC", []string{"FARC"}},
		{"ORDER,_THE", []string{"The Order"}},
		{"ULSTER_DEFENCE_ASSOCIATION/ULSTER_FREEDOM_FIGHTERS_", []string{"Ulster Defence Association/Ulster Freedom Fighters", "Ulster Defence Association", "Ulster Freedom Fighters"}},
		{"DHKP/C_", []string{"DHKP/C"}},
		{"AL-AQSA_MARTYRS_BRIGADE", []string{"Al-Aqsa Martyrs Brigade"}},
		{"NAXALITES_(GENERAL_NAME_FOR_LEFT-WING_EXTREMISTS)_", []string{"Naxalites"}},
		{"_", nil},
	}
	for _, tt := range tests {
		require.Equal(t, tt.want, phoenixNames(tt.raw, acr), tt.raw)
	}
}

// FuzzReadPhoenix feeds the dictionary reader arbitrary files: it returns
// actors or an error, never panics, and every alias it returns is
// trimmed and non-empty.
func FuzzReadPhoenix(f *testing.F) {
	seed, err := os.ReadFile(filepath.Join("testdata", "misp", "phoenix-milnonstate-actors.txt"))
	require.NoError(f, err)
	f.Add(string(seed))
	f.Add("+ORPHAN_\n")
	f.Add("A_(B/C)_ [X]\n\t[Y]\n+D+_E_\n# KEDS\nF_ [G]\n")
	f.Fuzz(func(t *testing.T, text string) {
		path := filepath.Join(t.TempDir(), "p.txt")
		require.NoError(t, os.WriteFile(path, []byte(text), 0o644))
		cands, err := readPhoenix(path)
		if err != nil {
			return
		}
		for _, c := range cands {
			require.NotEmpty(t, c.actor.Name)
			for _, al := range c.imported {
				require.Equal(t, strings.TrimSpace(al.Text), al.Text)
				require.NotEmpty(t, al.Text)
			}
		}
	})
}

// TestTruncatedName checks which Phoenix aliases count as a longer name
// cut short: common words only, the longer name adding a kind of
// organisation, and three words or more only when the last is an
// adjective left without its noun.
func TestTruncatedName(t *testing.T) {
	dict := map[string]bool{"armed": true, "islamic": true, "fighting": true, "freedom": true, "falcons": true, "red": true, "army": true}
	proper := map[string]bool{"libyan": true, "kurdistan": true}
	cand := func(names ...string) *candidate {
		c := &candidate{}
		for _, n := range names {
			c.imported = append(c.imported, taxonomy.Alias{Text: n, Sources: []string{srcPhoenix}})
		}
		return c
	}
	ph := func(s string) taxonomy.Alias { return taxonomy.Alias{Text: s, Sources: []string{srcPhoenix}} }
	tests := []struct {
		alias string
		c     *candidate
		want  bool
	}{
		{"Armed Islamic", cand("Armed Islamic Group"), true},
		{"Libyan Islamic Fighting", cand("Libyan Islamic Fighting Group"), true},
		{"Kurdistan Freedom Falcons", cand("Kurdistan Freedom Falcons Group"), false}, // a name of three words
		{"Armed Islamic", cand("Armed Islamic Salvation Front"), false},               // not just a kind of organisation
		{"Armed Zorx", cand("Armed Zorx Group"), false},                               // a coined word
		{"Red Army", cand("Red Army"), false},                                         // nothing longer
	}
	for _, tt := range tests {
		require.Equal(t, tt.want, truncatedName(ph(tt.alias), tt.c, dict, proper), tt.alias)
	}
	mixed := taxonomy.Alias{Text: "Armed Islamic", Sources: []string{srcPhoenix, srcCanada}}
	require.False(t, truncatedName(mixed, cand("Armed Islamic Group"), dict, proper), "another source vouches for it")
}
