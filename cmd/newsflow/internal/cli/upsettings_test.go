package cli

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsflow/newsflow/plumbing/service"
	"github.com/newsflow/newsflow/plumbing/settings"
	classifystage "github.com/newsflow/newsflow/services/classifier/stage"
	extractstage "github.com/newsflow/newsflow/services/extractor/stage"
	fetchstage "github.com/newsflow/newsflow/services/fetcher/stage"
	sinkstage "github.com/newsflow/newsflow/services/sink/stage"
)

func writeUpConfig(t *testing.T, yaml string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "newsflow.yaml")
	require.NoError(t, os.WriteFile(path, []byte(yaml), 0o600))
	return path
}

func noEnv(string) string { return "" }

// indent puts a YAML document under key.
func indent(key string, b []byte) string {
	var out strings.Builder
	out.WriteString(key + ":\n")
	for line := range strings.Lines(string(b)) {
		out.WriteString("  " + line)
	}
	return out.String()
}

// TestUpSettingsFormsAgree: every setting of every section of
// newsflow.yaml, written under its key and read by up's own loader, sets
// what its flag and environment variable set in the binary's types.
func TestUpSettingsFormsAgree(t *testing.T) {
	def := defaultUpConfig()
	for _, s := range def.sections() {
		t.Run(s.name, func(t *testing.T) {
			newCfg := func() any {
				c := defaultUpConfig()
				for _, cs := range c.sections() {
					if cs.name == s.name {
						return cs.cfgs[0]
					}
				}
				panic(s.name)
			}
			err := settings.Check(newCfg, func(b []byte, out any) error {
				u, err := loadUpConfig(writeUpConfig(t, indent(s.name, b)), noEnv)
				for _, cs := range u.sections() {
					if cs.name == s.name {
						copyInto(out, cs.cfgs[0])
					}
				}
				return err
			})
			require.NoError(t, err)
		})
	}
	t.Run("top", func(t *testing.T) {
		err := settings.Check(func() any { c := defaultUpConfig(); return &c.upTop }, func(b []byte, out any) error {
			u, err := loadUpConfig(writeUpConfig(t, string(b)), noEnv)
			*out.(*upTop) = u.upTop
			return err
		})
		require.NoError(t, err)
	})
}

// copyInto sets *dst to *src (pointers to the same struct type).
func copyInto(dst, src any) {
	switch d := dst.(type) {
	case *fetchstage.Config:
		*d = *src.(*fetchstage.Config)
	case *upExtractor:
		*d = *src.(*upExtractor)
	case *upClassifier:
		*d = *src.(*upClassifier)
	case *upSink:
		*d = *src.(*upSink)
	default:
		panic(fmt.Sprintf("copyInto %T", dst))
	}
}

// TestUpConfiguresStagesAsBinaries: a newsflow.yaml that sets every
// setting of a stage's section and every common setting up shares with
// the binaries gives up the same stage configuration as that binary gets
// from the same values as flags (secrets: environment). Keys and values
// come from the definitions, not from a list here.
func TestUpConfiguresStagesAsBinaries(t *testing.T) {
	for _, name := range []string{"fetcher", "extractor", "classifier", "sink"} {
		t.Run(name, func(t *testing.T) {
			def := defaultUpConfig()
			// The binary: its stage's own settings are the section's,
			// less the delivery, which is part of service.Common.
			common := service.DefaultCommon()
			var stageCfg any
			switch name {
			case "fetcher":
				c := fetchstage.DefaultConfig()
				stageCfg = &c
			case "extractor":
				c := def.Extractor.Config
				stageCfg = &c
			case "classifier":
				c := def.Classifier.Config
				stageCfg = &c
			case "sink":
				c := sinkstage.DefaultConfig()
				stageCfg = &c
			}
			fs := flag.NewFlagSet(name, flag.ContinueOnError)
			fs.SetOutput(io.Discard)
			env := map[string]string{}
			var cfgs []any
			if stageCfg != nil {
				cfgs = append(cfgs, stageCfg)
			}
			set := common.Register(fs, func(k string) string { return env[k] }, cfgs...)

			var args []string
			var yamlTop, yamlNATS, yamlSection strings.Builder
			give := func(f settings.Field) string {
				flagVal, yamlVal, err := settings.Sample(f)
				require.NoError(t, err)
				if f.Secret {
					env[f.Env] = flagVal
				} else {
					require.NotNil(t, fs.Lookup(f.Flag), "the %s binary has no flag -%s", name, f.Flag)
					args = append(args, "-"+f.Flag+"="+flagVal)
				}
				return yamlVal
			}
			var section upSection
			for _, s := range def.sections() {
				if s.name == name {
					section = s
				}
			}
			for _, f := range settings.Fields(section.cfgs...) {
				fmt.Fprintf(&yamlSection, "  %s: %s\n", f.Key, give(f))
			}
			shared := 0
			for _, f := range settings.Fields(&def.upTop) {
				if !f.Secret && fs.Lookup(f.Flag) == nil {
					continue // up's own: data, nats.port
				}
				shared++
				v := give(f)
				if key, ok := strings.CutPrefix(f.Key, "nats."); ok {
					fmt.Fprintf(&yamlNATS, "  %s: %s\n", key, v)
				} else {
					fmt.Fprintf(&yamlTop, "%s: %s\n", f.Key, v)
				}
			}
			require.Greater(t, shared, 10, "up shares the NATS, stream, admin and log settings")

			require.NoError(t, fs.Parse(args))
			require.NoError(t, set.Load())
			file := yamlTop.String() + "nats:\n" + yamlNATS.String() + name + ":\n" + yamlSection.String()
			up, err := loadUpConfig(writeUpConfig(t, file), noEnv)
			require.NoError(t, err, file)

			assert.Equal(t, common.NATS, up.NATS.NATS)
			assert.Equal(t, common.Streams, up.Streams)
			assert.Equal(t, [2]any{common.AdminAddr, common.LogLevel}, [2]any{up.AdminAddr, up.LogLevel})
			assert.NotEqual(t, service.DefaultCommon().NATS, common.NATS, "the samples changed the settings")
			switch name {
			case "fetcher":
				assert.Equal(t, *stageCfg.(*fetchstage.Config), up.Fetcher)
				assert.NotEqual(t, fetchstage.DefaultConfig(), up.Fetcher)
			case "extractor":
				assert.Equal(t, upExtractor{*stageCfg.(*extractstage.Config), common.Delivery}, up.Extractor)
			case "classifier":
				assert.Equal(t, upClassifier{*stageCfg.(*classifystage.Config), common.Delivery}, up.Classifier)
			case "sink":
				assert.Equal(t, upSink{*stageCfg.(*sinkstage.Config), common.Delivery}, up.Sink)
			}
			if name != "fetcher" {
				assert.NotEqual(t, service.DefaultDelivery(), common.Delivery, "the samples changed the delivery")
			}
		})
	}
}

// TestUpConfigPrecedence: environment over the file's section over the
// file's top-level (older) key over the default; the older layout's
// sink: DSN still works.
func TestUpConfigPrecedence(t *testing.T) {
	path := writeUpConfig(t, `sink: sqlite:///old-layout.db
retention: 90d
concurrency: 3
user_agent: "bot/1 (+https://example.org/bot)"
nats:
  url: nats://from-file:4222
classifier:
  concurrency: 5
`)
	env := map[string]string{"NATS_URL": "nats://from-env:4222", "NEWSFLOW_RETENTION": "30d"}
	u, err := loadUpConfig(path, func(k string) string { return env[k] })
	require.NoError(t, err)
	assert.Equal(t, "sqlite:///old-layout.db", u.Sink.DSN)
	assert.Equal(t, 30*24*time.Hour, u.Sink.Retention, "environment over file")
	assert.Equal(t, [3]int{3, 5, 3}, [3]int{u.Extractor.Concurrency, u.Classifier.Concurrency, u.Sink.Concurrency}, "a top-level stage key applies to every stage with it; a section's own wins")
	assert.Equal(t, "bot/1 (+https://example.org/bot)", u.Fetcher.UserAgent)
	assert.Equal(t, "nats://from-env:4222", u.NATS.URL)
}

// TestUpFlagsOverAll: up's flags for its top-level settings beat the
// environment and the file, as the binaries' flags do.
func TestUpFlagsOverAll(t *testing.T) {
	path := writeUpConfig(t, "admin_addr: 127.0.0.1:1\nnats:\n  port: 1\n  url: nats://file:4222\n")
	env := map[string]string{"NEWSFLOW_ADMIN_ADDR": "127.0.0.1:2", "NATS_URL": "nats://env:4222"}
	cfg := defaultUpConfig()
	fs := flag.NewFlagSet("up", flag.ContinueOnError)
	flags := settings.NewFlags(fs, &cfg.upTop)
	require.NoError(t, fs.Parse([]string{"--nats-port", "0", "--nats-url", "nats://flag:4222"}))
	require.NoError(t, cfg.load(path, func(k string) string { return env[k] }))
	require.NoError(t, flags.Apply())
	assert.Equal(t, 0, cfg.NATS.Port, "flag over file")
	assert.Equal(t, "nats://flag:4222", cfg.NATS.URL, "flag over environment over file")
	assert.Equal(t, "127.0.0.1:2", cfg.AdminAddr, "environment over file")
}

// TestUpConfigErrors: a misspelt key names the keys its place takes; a
// malformed value names its key and line, and never echoes a secret.
func TestUpConfigErrors(t *testing.T) {
	for _, tc := range []struct {
		name, yaml string
		want       []string
	}{
		{"unknown top key", "feedz: []\n", []string{"line 1: unknown key feedz (known: admin_addr, classifier, data, defaults, duplicate_window, extractor, feeds, fetcher, log_level, max_msg_size, nats, sink, stream_max_age, stream_replicas)"}},
		{"unknown section key", "fetcher:\n  max_pols: 3\n", []string{"fetcher: line 2: unknown key max_pols (known: allow_cidrs, default_interval, disable_after, host_interval, max_polls, poll_timeout, replica, seen_ttl, shared_hosts, user_agent)"}},
		{"provision is the binaries' only", "provision: false\n", []string{"unknown key provision"}},
		{"malformed value", "sink:\n  retention: ninety days\n", []string{`sink: line 2: retention: invalid duration "ninety days"`}},
		{"section not a mapping", "extractor: 4\n", []string{"extractor: line 1: want a mapping of settings"}},
		{"secret not echoed", "nats:\n  token: [s3cret-t0ken]\n", []string{"line 2: nats.token: want a single value"}},
		{"misspelt feed key", "feeds:\n  - url: https://example.org/rss\n    sauce: ok\n", []string{"field sauce not found"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := loadUpConfig(writeUpConfig(t, tc.yaml), noEnv)
			require.Error(t, err)
			for _, w := range tc.want {
				assert.ErrorContains(t, err, w)
			}
			assert.NotContains(t, err.Error(), "s3cret")
		})
	}
}
