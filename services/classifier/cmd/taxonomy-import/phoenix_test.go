package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
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
