package settings

import (
	"flag"
	"io"
	"log/slog"
	"maps"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type sampleConn struct {
	URL      string `yaml:"url" env:"SAMPLE_URL" help:"a server"`
	Password string `yaml:"password" secret:"true" help:"a password"`
}

type sampleLimits struct {
	Size int32 `yaml:"max_size" help:"a size"`
}

type sampleConfig struct {
	Name     string        `yaml:"name" help:"a name"`
	On       bool          `yaml:"on_off" help:"a switch"`
	Count    int           `yaml:"max_count" help:"a count"`
	Every    time.Duration `yaml:"every" help:"an interval"`
	Ranges   []string      `yaml:"allow_ranges" env:"NEWSFLOW_OLD_RANGES" help:"a list"`
	Level    slog.Level    `yaml:"log_level" example:"debug" help:"a level"`
	Conn     sampleConn    `yaml:"conn"`
	Limits   sampleLimits  `yaml:",inline"`
	Internal string        `yaml:"-"`
	Untagged string
}

func newSample() any { return &sampleConfig{Name: "n", On: true, Count: 3, Every: time.Second} }

func defaults() sampleConfig { return *newSample().(*sampleConfig) }

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
		{"log_level", "log-level", "NEWSFLOW_LOG_LEVEL"},
		{"conn.url", "conn-url", "NEWSFLOW_CONN_URL"},
		{"conn.password", "conn-password", "NEWSFLOW_CONN_PASSWORD"},
		{"max_size", "max-size", "NEWSFLOW_MAX_SIZE"},
	}, got)
}

func TestFieldsRejectsTwoDefinitions(t *testing.T) {
	type other struct {
		Count int `yaml:"max_count"`
	}
	assert.Panics(t, func() { Fields(newSample(), &other{}) })
}

func TestLoad(t *testing.T) {
	with := func(change func(*sampleConfig)) sampleConfig { c := defaults(); change(&c); return c }
	for _, tc := range []struct {
		name    string
		env     map[string]string
		file    string
		args    []string
		want    sampleConfig
		wantErr []string
	}{
		{name: "defaults", want: defaults()},
		{
			name: "env then flag wins",
			env:  map[string]string{"NEWSFLOW_MAX_COUNT": "9", "NEWSFLOW_EVERY": "2d"},
			args: []string{"-max-count=11", "-on-off=false"},
			want: with(func(c *sampleConfig) { c.Count, c.On, c.Every = 11, false, 48*time.Hour }),
		},
		{
			name: "flags in command-line order",
			args: []string{"-max-count=11", "-max-count=12"},
			want: with(func(c *sampleConfig) { c.Count = 12 }),
		},
		{
			name: "file under env under flag",
			file: "max_count: 5\nevery: 90d\nname: from-file\nlog_level: warn\nconn:\n  url: nats://file\n  password: hunter2\nmax_size: 1024\nallow_ranges: [a, b]\n",
			env:  map[string]string{"NEWSFLOW_MAX_COUNT": "9", "NEWSFLOW_CONN_URL": "nats://env"},
			args: []string{"-name=from-flag"},
			want: with(func(c *sampleConfig) {
				c.Count, c.Every, c.Name, c.Level, c.Limits.Size, c.Ranges = 9, 90*24*time.Hour, "from-flag", slog.LevelWarn, 1024, []string{"a", "b"}
				c.Conn = sampleConn{URL: "nats://env", Password: "hunter2"}
			}),
		},
		{
			name: "legacy env, patterned name first",
			env:  map[string]string{"NEWSFLOW_OLD_RANGES": "a, b,,c", "SAMPLE_URL": "nats://legacy"},
			want: with(func(c *sampleConfig) { c.Ranges, c.Conn.URL = []string{"a", "b", "c"}, "nats://legacy" }),
		},
		{
			name: "patterned env beats legacy",
			env:  map[string]string{"NEWSFLOW_OLD_RANGES": "a", "NEWSFLOW_ALLOW_RANGES": "z"},
			want: with(func(c *sampleConfig) { c.Ranges = []string{"z"} }),
		},
		{
			name:    "malformed env is an error, not a default",
			env:     map[string]string{"NEWSFLOW_MAX_COUNT": "many", "NEWSFLOW_ON_OFF": "perhaps"},
			want:    defaults(),
			wantErr: []string{`parsing NEWSFLOW_ON_OFF="perhaps"`, `parsing NEWSFLOW_MAX_COUNT="many"`},
		},
		{
			name:    "int32 overflow",
			env:     map[string]string{"NEWSFLOW_MAX_SIZE": "4294967296"},
			want:    defaults(),
			wantErr: []string{"NEWSFLOW_MAX_SIZE", "out of range"},
		},
		{
			name:    "unknown keys name the known ones",
			file:    "max_cuont: 5\nconn:\n  uri: x\n",
			want:    defaults(),
			wantErr: []string{"line 1: unknown key max_cuont (known: allow_ranges, conn, every, log_level, max_count, max_size, name, on_off)", "line 3: unknown key conn.uri (known: password, url)"},
		},
		{
			name:    "malformed YAML value",
			file:    "every: soon\non_off: [1]\n",
			want:    defaults(),
			wantErr: []string{"line 1: every: invalid duration", "line 2: on_off: want a single value"},
		},
		{name: "null keeps the default", file: "name:\nconn:\n", want: defaults()},
		{name: "a section takes a mapping", file: "conn: nats://x\n", want: defaults(), wantErr: []string{"line 1: conn: want a mapping of settings"}},
		{name: "a file takes a mapping", file: "- name\n", want: defaults(), wantErr: []string{"line 1: want a mapping of settings"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := newSample().(*sampleConfig)
			fs := flag.NewFlagSet("t", flag.ContinueOnError)
			fs.SetOutput(io.Discard)
			env := map[string]string{}
			maps.Copy(env, tc.env)
			if tc.file != "" {
				path := filepath.Join(t.TempDir(), "c.yaml")
				require.NoError(t, os.WriteFile(path, []byte(tc.file), 0o600))
				env[ConfigEnv] = path
			}
			s := New(fs, func(k string) string { return env[k] }, cfg)
			require.NoError(t, fs.Parse(tc.args))
			err := s.Load()
			if len(tc.wantErr) > 0 {
				for _, w := range tc.wantErr {
					require.ErrorContains(t, err, w)
				}
			} else {
				require.NoError(t, err)
			}
			assert.Equal(t, tc.want, *cfg)
		})
	}
}

// The -config flag names the file, and beats NEWSFLOW_CONFIG.
func TestLoadConfigFlag(t *testing.T) {
	dir := t.TempDir()
	flagFile, envFile := filepath.Join(dir, "flag.yaml"), filepath.Join(dir, "env.yaml")
	require.NoError(t, os.WriteFile(flagFile, []byte("name: flag-file\n"), 0o600))
	require.NoError(t, os.WriteFile(envFile, []byte("name: env-file\n"), 0o600))
	cfg := newSample().(*sampleConfig)
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	s := New(fs, func(k string) string { return map[string]string{ConfigEnv: envFile}[k] }, cfg)
	require.NoError(t, fs.Parse([]string{"-config", flagFile}))
	require.NoError(t, s.Load())
	assert.Equal(t, "flag-file", cfg.Name)
	assert.Equal(t, flagFile, s.ConfigFile())
	require.NoError(t, fs.Parse([]string{"-config", filepath.Join(dir, "missing.yaml")}))
	require.ErrorContains(t, s.Load(), "reading config")
}

// A secret has no flag, and its value is in no error and no usage text.
func TestSecretsNeverEchoed(t *testing.T) {
	const secret = "hunter2-s3cret"
	type secretConfig struct {
		Port  int    `yaml:"port" secret:"true" help:"a secret number"`
		Token string `yaml:"token" secret:"true" help:"a token"`
	}
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	var usage string
	fs.SetOutput(io.Discard)
	cfg := &secretConfig{Token: secret}
	s := New(fs, func(k string) string { return map[string]string{"NEWSFLOW_PORT": secret}[k] }, cfg)
	assert.Nil(t, fs.Lookup("token"), "a secret has no flag")
	fs.VisitAll(func(f *flag.Flag) { usage += f.Usage + f.DefValue })
	assert.NotContains(t, usage, secret)
	err := s.Load()
	require.ErrorContains(t, err, "parsing NEWSFLOW_PORT: malformed value")
	assert.NotContains(t, err.Error(), secret)
	err = DecodeYAML([]byte("port: "+secret+"\n"), cfg)
	require.ErrorContains(t, err, "line 1: port: malformed value")
	assert.NotContains(t, err.Error(), secret)
	for _, f := range Fields(cfg) {
		assert.NotContains(t, f.String(), secret)
	}
}

func TestRejectsBadFlag(t *testing.T) {
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	New(fs, func(string) string { return "" }, newSample())
	require.ErrorContains(t, fs.Parse([]string{"-every=soon"}), "invalid duration")
}

func TestCheck(t *testing.T) {
	require.NoError(t, Check(newSample, nil))
	// A YAML form that loses a key is caught (here: a decoder that drops
	// every document, as a mis-tagged field would).
	err := Check(newSample, func([]byte, any) error { return nil })
	require.ErrorContains(t, err, "yaml max_count=10: left the configuration at its defaults")
	require.ErrorContains(t, err, "yaml conn.url=sample-conn-url: left the configuration at its defaults")
	// A text setting without an example cannot be checked.
	type noExample struct {
		Level slog.Level `yaml:"log_level"`
	}
	require.ErrorContains(t, Check(func() any { return &noExample{} }, nil), "needs an example")
}

func TestParseDuration(t *testing.T) {
	for in, want := range map[string]time.Duration{"90d": 90 * 24 * time.Hour, "1h30m": 90 * time.Minute, " 2s ": 2 * time.Second, "0": 0} {
		got, err := ParseDuration(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	for _, in := range []string{"", "d", "x1d", "soon"} {
		_, err := ParseDuration(in)
		assert.Error(t, err, in)
	}
}

func TestTable(t *testing.T) {
	got := Table(&sampleConfig{Every: 90 * time.Second, Ranges: []string{"a", "b"}, Conn: sampleConn{Password: "hunter2"}})
	assert.Contains(t, got, "| `every` | `-every` | `NEWSFLOW_EVERY` | `1m30s` | an interval |\n")
	assert.Contains(t, got, "| `allow_ranges` | `-allow-ranges` | `NEWSFLOW_ALLOW_RANGES`, `NEWSFLOW_OLD_RANGES` | `a,b` | a list |\n")
	assert.Contains(t, got, "| `conn.password` | (none: secret) | `NEWSFLOW_CONN_PASSWORD` | `(set)` | a password |\n")
	assert.NotContains(t, got, "hunter2")
}

// FuzzDecodeYAML: no document makes the decoder panic, and whatever it
// accepts leaves the configuration printable.
func FuzzDecodeYAML(f *testing.F) {
	for _, s := range []string{"max_count: 5\n", "conn:\n  url: x\n", "allow_ranges: [a, *b]\n", "every: 90d\n", "conn: 3\n", "- a\n", "log_level: [x]\n", "a: &x 1\nname: *x\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		cfg := newSample()
		if err := DecodeYAML(b, cfg); err == nil {
			_ = Table(cfg)
		}
	})
}
