package settings

import (
	"flag"
	"io"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gopkg.in/yaml.v3"
)

type sampleConfig struct {
	Name     string        `yaml:"name" help:"a name"`
	On       bool          `yaml:"on_off" help:"a switch"`
	Count    int           `yaml:"max_count" help:"a count"`
	Every    time.Duration `yaml:"every" help:"an interval"`
	Ranges   []string      `yaml:"allow_ranges" env:"NEWSFLOW_OLD_RANGES" help:"a list"`
	Internal string        `yaml:"-"`
}

func newSample() any { return &sampleConfig{Name: "n", On: true, Count: 3, Every: time.Second} }

func TestFieldsNames(t *testing.T) {
	var got [][3]string
	for _, f := range Fields(newSample()) {
		got = append(got, [3]string{f.Key, f.Flag, f.Env})
	}
	assert.Equal(t, [][3]string{
		{"name", "name", "NEWSFLOW_NAME"},
		{"on_off", "on-off", "NEWSFLOW_ON_OFF"},
		{"max_count", "max-count", "NEWSFLOW_MAX_COUNT"},
		{"every", "every", "NEWSFLOW_EVERY"},
		{"allow_ranges", "allow-ranges", "NEWSFLOW_ALLOW_RANGES"},
	}, got)
}

func TestRegister(t *testing.T) {
	for _, tc := range []struct {
		name    string
		env     map[string]string
		args    []string
		want    sampleConfig
		wantErr string
	}{
		{name: "defaults", want: sampleConfig{Name: "n", On: true, Count: 3, Every: time.Second}},
		{
			name: "env then flag wins",
			env:  map[string]string{"NEWSFLOW_MAX_COUNT": "9", "NEWSFLOW_EVERY": "2d"},
			args: []string{"-max-count=11", "-on-off=false"},
			want: sampleConfig{Name: "n", Count: 11, Every: 48 * time.Hour},
		},
		{
			name: "legacy env, patterned name first",
			env:  map[string]string{"NEWSFLOW_OLD_RANGES": "a, b,,c"},
			want: sampleConfig{Name: "n", On: true, Count: 3, Every: time.Second, Ranges: []string{"a", "b", "c"}},
		},
		{
			name: "patterned env beats legacy",
			env:  map[string]string{"NEWSFLOW_OLD_RANGES": "a", "NEWSFLOW_ALLOW_RANGES": "z"},
			want: sampleConfig{Name: "n", On: true, Count: 3, Every: time.Second, Ranges: []string{"z"}},
		},
		{
			name:    "malformed env is an error, not a default",
			env:     map[string]string{"NEWSFLOW_MAX_COUNT": "many", "NEWSFLOW_ON_OFF": "perhaps"},
			want:    sampleConfig{Name: "n", On: true, Count: 3, Every: time.Second},
			wantErr: `parsing NEWSFLOW_ON_OFF="perhaps"`,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := newSample().(*sampleConfig)
			fs := flag.NewFlagSet("t", flag.ContinueOnError)
			fs.SetOutput(io.Discard)
			err := Register(fs, func(k string) string { return tc.env[k] }, cfg)
			if tc.wantErr != "" {
				require.ErrorContains(t, err, tc.wantErr)
				require.ErrorContains(t, err, `parsing NEWSFLOW_MAX_COUNT="many"`)
			} else {
				require.NoError(t, err)
			}
			require.NoError(t, fs.Parse(tc.args))
			assert.Equal(t, tc.want, *cfg)
		})
	}
}

func TestRegisterRejectsBadFlag(t *testing.T) {
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	require.NoError(t, Register(fs, func(string) string { return "" }, newSample()))
	require.Error(t, fs.Parse([]string{"-every=soon"}))
}

func TestCheck(t *testing.T) {
	require.NoError(t, Check(newSample, yaml.Unmarshal))
	// A YAML form that loses a key is caught (here: a decoder that drops
	// every document, as a mis-tagged field would).
	err := Check(newSample, func([]byte, any) error { return nil })
	require.ErrorContains(t, err, "yaml max_count=10: left the configuration at its defaults")
}

func TestParseDuration(t *testing.T) {
	for in, want := range map[string]time.Duration{"90d": 90 * 24 * time.Hour, "1h30m": 90 * time.Minute, " 2s ": 2 * time.Second} {
		got, err := ParseDuration(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	for _, in := range []string{"", "d", "x1d", "soon"} {
		_, err := ParseDuration(in)
		assert.Error(t, err, in)
	}
}
