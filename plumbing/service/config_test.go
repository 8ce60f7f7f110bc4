package service

import (
	"flag"
	"io"
	"strings"
	"testing"
	"time"
)

func TestCommonFlagsAndEnv(t *testing.T) {
	for _, tc := range []struct {
		name    string
		env     map[string]string
		args    []string
		wantErr string
		check   func(t *testing.T, c Common)
	}{
		{
			name: "env defaults",
			env:  map[string]string{"NATS_URL": "nats://n1:4222,nats://n2:4222", "NEWSFLOW_STREAM_REPLICAS": "3", "NEWSFLOW_DUPLICATE_WINDOW": "10m", "NEWSFLOW_MAX_MSG_SIZE": "8388608"},
			check: func(t *testing.T, c Common) {
				if c.Conn.URL != "nats://n1:4222,nats://n2:4222" || c.Streams.Replicas != 3 || c.Streams.Duplicates != 10*time.Minute || c.Streams.MaxMsgSize != 8<<20 {
					t.Errorf("got %+v", c)
				}
			},
		},
		{
			name: "flags override env",
			env:  map[string]string{"NEWSFLOW_CONCURRENCY": "2"},
			args: []string{"-concurrency", "16", "-admin-addr", "127.0.0.1:0"},
			check: func(t *testing.T, c Common) {
				if c.Runner.Concurrency != 16 || c.AdminAddr != "127.0.0.1:0" {
					t.Errorf("got concurrency %d admin %q", c.Runner.Concurrency, c.AdminAddr)
				}
			},
		},
		{name: "malformed env is an error", env: map[string]string{"NEWSFLOW_ACK_WAIT": "soon"}, wantErr: "NEWSFLOW_ACK_WAIT"},
		{name: "replicas out of range", args: []string{"-stream-replicas", "7"}, wantErr: "replicas"},
		{name: "cert without key", env: map[string]string{"NATS_TLS_CERT": "c.pem"}, wantErr: "NATS_TLS_KEY"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := flag.NewFlagSet("test", flag.ContinueOnError)
			fs.SetOutput(io.Discard)
			var c Common
			c.RegisterFlags(fs, func(k string) string { return tc.env[k] })
			if err := fs.Parse(tc.args); err != nil {
				t.Fatal(err)
			}
			err := c.Validate()
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("Validate() = %v, want error mentioning %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tc.check(t, c)
		})
	}
}
