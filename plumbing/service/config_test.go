package service

import (
	"flag"
	"io"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsflow/newsflow/plumbing/settings"
)

// Every common setting has a flag (secrets excepted), an environment
// variable (and its NATS_* name) and a YAML key, and they agree.
func TestCommonFormsAgree(t *testing.T) {
	for _, f := range settings.Fields(&Common{}) {
		assert.NotEmpty(t, f.Help, "setting %s has no help", f.Key)
	}
	require.NoError(t, settings.Check(func() any { c := DefaultCommon(); return &c }, nil))
}

func TestCommonFlagsAndEnv(t *testing.T) {
	for _, tc := range []struct {
		name    string
		env     map[string]string
		args    []string
		wantErr string
		check   func(t *testing.T, c Common)
	}{
		{
			name: "defaults as before the settings package",
			check: func(t *testing.T, c Common) {
				assert.Equal(t, "nats://127.0.0.1:4222", c.Conn().URL)
				o := c.StageOptions()
				assert.Equal(t, [4]any{4, 10, 60 * time.Second, 1000}, [4]any{o.Runner.Concurrency, o.Runner.MaxDeliver, o.Consumer.AckWait, o.Consumer.MaxAckPending})
				s := c.Streams.Options()
				assert.Equal(t, [4]any{1, 7 * 24 * time.Hour, int32(0), 2 * time.Hour}, [4]any{s.Replicas, s.MaxAge, s.MaxMsgSize, s.Duplicates})
				assert.Equal(t, "127.0.0.1:9090", c.AdminAddr)
				assert.True(t, c.Provision)
				assert.Equal(t, 25*time.Second, c.ShutdownTimeout)
			},
		},
		{
			name: "env defaults",
			env:  map[string]string{"NATS_URL": "nats://n1:4222,nats://n2:4222", "NEWSFLOW_STREAM_REPLICAS": "3", "NEWSFLOW_DUPLICATE_WINDOW": "10m", "NEWSFLOW_MAX_MSG_SIZE": "8388608", "NATS_PASSWORD": "pw", "NATS_INBOX_PREFIX": "_INBOX_sink", "NEWSFLOW_LOG_LEVEL": "warn"},
			check: func(t *testing.T, c Common) {
				conn := c.Conn()
				assert.Equal(t, [3]string{"nats://n1:4222,nats://n2:4222", "pw", "_INBOX_sink"}, [3]string{conn.URL, conn.Password, conn.InboxPrefix})
				s := c.Streams.Options()
				assert.Equal(t, [3]any{3, 10 * time.Minute, int32(8 << 20)}, [3]any{s.Replicas, s.Duplicates, s.MaxMsgSize})
				assert.Equal(t, "WARN", c.LogLevel.String())
			},
		},
		{
			name: "flags override env",
			env:  map[string]string{"NEWSFLOW_CONCURRENCY": "2"},
			args: []string{"-concurrency", "16", "-admin-addr", "127.0.0.1:0"},
			check: func(t *testing.T, c Common) {
				assert.Equal(t, 16, c.StageOptions().Runner.Concurrency)
				assert.Equal(t, "127.0.0.1:0", c.AdminAddr)
			},
		},
		{name: "malformed env is an error", env: map[string]string{"NEWSFLOW_ACK_WAIT": "soon"}, wantErr: "NEWSFLOW_ACK_WAIT"},
		{name: "replicas out of range", args: []string{"-stream-replicas", "7"}, wantErr: "replicas"},
		{name: "max msg size beyond int32", args: []string{"-max-msg-size", "4294967296"}, wantErr: "out of range"},
		{name: "cert without key", env: map[string]string{"NATS_TLS_CERT": "c.pem"}, wantErr: "NATS_TLS_KEY"},
		{name: "ack pending below concurrency", args: []string{"-concurrency", "8", "-max-ack-pending", "4"}, wantErr: "would starve"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := load(t, tc.env, tc.args...)
			if tc.wantErr != "" {
				require.ErrorContains(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
			tc.check(t, c)
		})
	}
}

// load parses args and env into the common configuration as a binary
// does; a flag that does not parse is its error.
func load(t *testing.T, env map[string]string, args ...string) (Common, error) {
	t.Helper()
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	c := DefaultCommon()
	set := c.Register(fs, func(k string) string { return env[k] })
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	if err := set.Load(); err != nil {
		return c, err
	}
	return c, c.Validate()
}
