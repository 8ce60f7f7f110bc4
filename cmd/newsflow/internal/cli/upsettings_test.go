package cli

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newsflow/newsflow/plumbing/settings"
	classifystage "github.com/newsflow/newsflow/services/classifier/stage"
	fetchstage "github.com/newsflow/newsflow/services/fetcher/stage"
	sinkstage "github.com/newsflow/newsflow/services/sink/stage"
)

// TestUpSettingsMatchServices: every setting of the fetcher and of the
// sink, written under its key in newsflow.yaml and read by up's own loader,
// sets what the service binary's flag and environment variable set.
func TestUpSettingsMatchServices(t *testing.T) {
	load := func(b []byte) (upConfig, error) {
		path := filepath.Join(t.TempDir(), "newsflow.yaml")
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
		return loadUpConfig(path)
	}
	for _, tc := range []struct {
		name   string
		newCfg func() any
		decode func([]byte, any) error
	}{
		{
			name:   "fetcher",
			newCfg: func() any { c := fetchstage.DefaultConfig(); return &c },
			decode: func(b []byte, out any) error {
				u, err := load(b)
				*out.(*fetchstage.Config) = u.Config
				return err
			},
		},
		{
			name:   "classifier",
			newCfg: func() any { c := classifystage.DefaultConfig(); return &c },
			decode: func(b []byte, out any) error {
				u, err := load(b)
				*out.(*classifystage.Config) = u.ClassifierConfig
				return err
			},
		},
		{
			name: "sink",
			// up's one difference: no DSN means a SQLite file in its data
			// directory.
			newCfg: func() any { c := sinkstage.DefaultConfig(); c.DSN = ""; return &c },
			decode: func(b []byte, out any) error {
				u, err := load(b)
				*out.(*sinkstage.Config) = u.SinkConfig
				return err
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := settings.Check(tc.newCfg, tc.decode); err != nil {
				t.Fatal(err)
			}
		})
	}
}
