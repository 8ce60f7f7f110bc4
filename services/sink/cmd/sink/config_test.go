package main

import (
	"flag"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/newsflow/newsflow/plumbing/door"
)

func TestConfig(t *testing.T) {
	tests := []struct {
		name    string
		env     map[string]string
		args    []string
		want    config
		wantErr string
	}{
		{name: "defaults", want: config{DSN: "sqlite://newsflow.db", APIAddr: "127.0.0.1:8080", BatchSize: 200, BatchWait: 100 * time.Millisecond, RetentionEvery: time.Hour}},
		{
			name: "environment",
			env:  map[string]string{"NEWSFLOW_RETENTION": "90d", "NEWSFLOW_BATCH_SIZE": "50", "NEWSFLOW_BATCH_WAIT": "250ms", "NEWSFLOW_SINK_DSN": "postgres://db/newsflow"},
			want: config{DSN: "postgres://db/newsflow", APIAddr: "127.0.0.1:8080", BatchSize: 50, BatchWait: 250 * time.Millisecond, Retention: 90 * 24 * time.Hour, RetentionEvery: time.Hour},
		},
		{
			name: "flags over environment",
			env:  map[string]string{"NEWSFLOW_RETENTION": "90d"},
			args: []string{"-retention", "0", "-retention-every", "10m"},
			want: config{DSN: "sqlite://newsflow.db", APIAddr: "127.0.0.1:8080", BatchSize: 200, BatchWait: 100 * time.Millisecond, RetentionEvery: 10 * time.Minute},
		},
		{
			name: "API door",
			env:  map[string]string{"NEWSFLOW_API_ADDR": ":8080", "NEWSFLOW_API_KEYS_FILE": "/etc/newsflow/api-keys", "NEWSFLOW_API_CORS_ORIGINS": "https://dash.example", "NEWSFLOW_API_ALLOW_ANONYMOUS": "true"},
			want: config{DSN: "sqlite://newsflow.db", APIAddr: ":8080", BatchSize: 200, BatchWait: 100 * time.Millisecond, RetentionEvery: time.Hour, APIKeysFile: "/etc/newsflow/api-keys", CORSOrigins: "https://dash.example", APIAllowAnonymous: true},
		},
		{name: "malformed anonymous switch", env: map[string]string{"NEWSFLOW_API_ALLOW_ANONYMOUS": "perhaps"}, wantErr: "NEWSFLOW_API_ALLOW_ANONYMOUS"},
		{name: "malformed retention", env: map[string]string{"NEWSFLOW_RETENTION": "ninety days"}, wantErr: `NEWSFLOW_RETENTION="ninety days"`},
		{name: "malformed batch size", env: map[string]string{"NEWSFLOW_BATCH_SIZE": "lots"}, wantErr: "NEWSFLOW_BATCH_SIZE"},
		{name: "batch size out of range", args: []string{"-batch-size", "0"}, wantErr: "batch-size must be from 1"},
		{name: "negative retention", args: []string{"-retention", "-1h"}, wantErr: "retention must not be negative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := flag.NewFlagSet("sink", flag.ContinueOnError)
			var (
				c    config
				errs []error
			)
			c.register(fs, func(k string) string { return tt.env[k] }, &errs)
			require.NoError(t, fs.Parse(tt.args))
			errs = append(errs, c.validate())
			var err error
			for _, e := range errs {
				if e != nil {
					err = e
					break
				}
			}
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
