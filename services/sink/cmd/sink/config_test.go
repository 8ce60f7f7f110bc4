package main

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/newsflow/newsflow/plumbing/door"
	"github.com/newsflow/newsflow/plumbing/service"
	"github.com/newsflow/newsflow/services/sink/stage"
)

func TestConfig(t *testing.T) {
	def := stage.DefaultConfig()
	with := func(change func(*stage.Config)) stage.Config { c := def; change(&c); return c }
	tests := []struct {
		name    string
		env     map[string]string
		file    string
		args    []string
		want    stage.Config
		wantErr string
	}{
		{name: "defaults", want: stage.Config{DSN: "sqlite://newsflow.db", APIAddr: "127.0.0.1:8080", BatchSize: 200, BatchWait: 100 * time.Millisecond, RetentionEvery: time.Hour}},
		{
			name: "environment",
			env:  map[string]string{"NEWSFLOW_RETENTION": "90d", "NEWSFLOW_BATCH_SIZE": "50", "NEWSFLOW_BATCH_WAIT": "250ms", "NEWSFLOW_SINK_DSN": "postgres://db/newsflow"},
			want: with(func(c *stage.Config) {
				c.DSN, c.BatchSize, c.BatchWait, c.Retention = "postgres://db/newsflow", 50, 250*time.Millisecond, 90*24*time.Hour
			}),
		},
		{
			name: "patterned names beat the older ones",
			env:  map[string]string{"NEWSFLOW_SINK_DSN": "sqlite://old.db", "NEWSFLOW_SINK": "sqlite://new.db", "NEWSFLOW_RETENTION_INTERVAL": "2h", "NEWSFLOW_RETENTION_EVERY": "3h"},
			want: with(func(c *stage.Config) { c.DSN, c.RetentionEvery = "sqlite://new.db", 3*time.Hour }),
		},
		{
			name: "flags over environment",
			env:  map[string]string{"NEWSFLOW_RETENTION": "90d", "NEWSFLOW_RETENTION_INTERVAL": "2h"},
			args: []string{"-retention", "0", "-retention-every", "10m", "-db", "sqlite://flag.db"},
			want: with(func(c *stage.Config) { c.RetentionEvery, c.DSN = 10*time.Minute, "sqlite://flag.db" }),
		},
		{
			name: "API door",
			env:  map[string]string{"NEWSFLOW_API_ADDR": ":8080", "NEWSFLOW_API_KEYS_FILE": "/etc/newsflow/api-keys", "NEWSFLOW_API_CORS_ORIGINS": "https://dash.example, https://b.example", "NEWSFLOW_API_ALLOW_ANONYMOUS": "true"},
			want: with(func(c *stage.Config) {
				c.APIAddr, c.APIKeysFile, c.APIAllowAnonymous = ":8080", "/etc/newsflow/api-keys", true
				c.APICORSOrigins = []string{"https://dash.example", "https://b.example"}
			}),
		},
		{
			name: "config file under environment under flags",
			file: "sink: sqlite://file.db\nretention: 90d\nbatch_size: 50\nbatch_wait: 1s\n",
			env:  map[string]string{"NEWSFLOW_BATCH_SIZE": "60"},
			args: []string{"-batch-wait", "2s"},
			want: with(func(c *stage.Config) {
				c.DSN, c.Retention, c.BatchSize, c.BatchWait = "sqlite://file.db", 90*24*time.Hour, 60, 2*time.Second
			}),
		},
		{name: "unknown key in the config file", file: "retension: 90d\n", wantErr: "unknown key retension"},
		{name: "malformed anonymous switch", env: map[string]string{"NEWSFLOW_API_ALLOW_ANONYMOUS": "perhaps"}, wantErr: "NEWSFLOW_API_ALLOW_ANONYMOUS"},
		{name: "malformed retention", env: map[string]string{"NEWSFLOW_RETENTION": "ninety days"}, wantErr: `NEWSFLOW_RETENTION="ninety days"`},
		{name: "malformed batch size", env: map[string]string{"NEWSFLOW_BATCH_SIZE": "lots"}, wantErr: "NEWSFLOW_BATCH_SIZE"},
		{name: "batch size out of range", args: []string{"-batch-size", "0"}, wantErr: "batch-size must be from 1"},
		{name: "negative retention", args: []string{"-retention", "-1h"}, wantErr: "retention must not be negative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.file != "" {
				path := filepath.Join(t.TempDir(), "sink.yaml")
				require.NoError(t, os.WriteFile(path, []byte(tt.file), 0o600))
				tt.args = append([]string{"-config", path}, tt.args...)
			}
			fs := flag.NewFlagSet("sink", flag.ContinueOnError)
			common, c := service.DefaultCommon(), stage.DefaultConfig()
			set := register(fs, func(k string) string { return tt.env[k] }, &common, &c)
			require.NoError(t, fs.Parse(tt.args))
			err := errors.Join(set.Load(), c.Validate())
			if tt.wantErr != "" {
				require.ErrorContains(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tt.want, c)
		})
	}
}

// TestRunRefusesAnonymousExposure: a sink told to serve its API on every
// interface without keys does not start (and says how to fix it).
func TestRunRefusesAnonymousExposure(t *testing.T) {
	env := map[string]string{"NEWSFLOW_API_ADDR": ":0", "NATS_URL": "nats://127.0.0.1:1"}
	err := run(t.Context(), nil, func(k string) string { return env[k] })
	require.ErrorIs(t, err, door.ErrAnonymousExposed)
	require.ErrorContains(t, err, "NEWSFLOW_API_KEYS_FILE")
}
