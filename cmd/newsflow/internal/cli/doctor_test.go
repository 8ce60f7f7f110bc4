package cli

import (
	"bytes"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsflow/newsflow/plumbing/bus/bustest"
)

func TestDoctor(t *testing.T) {
	origin := serveSite(t)
	// A bare JetStream server: doctor checks it answers, not what it holds.
	bt := bustest.Start(t, bustest.WithoutProvision())

	var dir string
	doctor := func(t *testing.T, cfg string, env map[string]string) (int, string) {
		t.Helper()
		dir = t.TempDir()
		p := filepath.Join(dir, "newsflow.yaml")
		require.NoError(t, os.WriteFile(p, []byte("data: "+filepath.Join(dir, "data")+"\n"+cfg), 0o600))
		var out, errb bytes.Buffer
		code := Main(t.Context(), []string{"doctor", "--config", p}, Stdio{In: strings.NewReader(""), Out: &out, Err: &errb}, func(k string) string { return env[k] })
		return code, out.String() + errb.String()
	}

	t.Run("healthy", func(t *testing.T) {
		code, out := doctor(t, fmt.Sprintf("allow_cidrs: [127.0.0.0/8]\nfeeds:\n  - url: %sfeeds/rss.xml\n    source: site\n", origin),
			map[string]string{"NATS_URL": bt.URL})
		assert.Equal(t, 0, code, out)
		assert.Contains(t, out, "ok    feed site "+origin+"feeds/rss.xml: HTTP 200, rss feed, 5 items")
		assert.Contains(t, out, "ok    NATS "+bt.URL+": JetStream available")
		assert.Contains(t, out, "database sqlite://")
		assert.Contains(t, out, "will be created")
		_, err := os.Stat(filepath.Join(dir, "data"))
		assert.ErrorIs(t, err, os.ErrNotExist, "doctor creates no data directory")
	})

	t.Run("problems and their fixes", func(t *testing.T) {
		// A port that refuses connections: listen, note, close.
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		require.NoError(t, err)
		dead := "nats://" + ln.Addr().String()
		require.NoError(t, ln.Close())
		code, out := doctor(t, fmt.Sprintf(`feeds:
  - url: %sfeeds/rss.xml
    source: refused
nats:
  url: %s
`, origin, dead), nil)
		assert.Equal(t, 1, code, out)
		assert.Contains(t, out, "FAIL  feed refused")
		assert.Contains(t, out, `add "127.0.0.0/8" to allow_cidrs`, "a refused loopback feed says how to allow it")
		assert.Contains(t, out, "FAIL  NATS "+dead)
		assert.Contains(t, out, "fix: check nats.url / NATS_URL")
		assert.Contains(t, out, "checks failed")
	})

	t.Run("not found and not a feed", func(t *testing.T) {
		code, out := doctor(t, fmt.Sprintf(`allow_cidrs: [127.0.0.0/8]
nats:
  port: 0
feeds:
  - url: %sno-such-feed.xml
    source: missing
  - url: %srtn/news/246312-france-terrorist-threat-competition.html
    source: page
`, origin, origin), nil)
		assert.Equal(t, 1, code, out)
		assert.Contains(t, out, "FAIL  feed missing")
		assert.Contains(t, out, "fix: the server has no document at this URL")
		assert.Contains(t, out, "FAIL  feed page")
		assert.Contains(t, out, "not a feed")
		assert.Contains(t, out, "ok    NATS (embedded): will listen on a free port")
	})

	t.Run("feed secrets stay out of the report", func(t *testing.T) {
		withSecrets := strings.Replace(origin, "http://", "http://doc-user:doc-pass-s3cr3t@", 1)
		code, out := doctor(t, fmt.Sprintf(`allow_cidrs: [127.0.0.0/8]
nats:
  port: 0
feeds:
  - url: %sno-such-feed.xml?api_key=doc-key-s3cr3t
    source: secret
`, withSecrets), nil)
		assert.Equal(t, 1, code, out)
		assert.Contains(t, out, "FAIL  feed secret")
		for _, secret := range []string{"doc-user", "doc-pass-s3cr3t", "doc-key-s3cr3t"} {
			assert.NotContains(t, out, secret)
		}
	})

	t.Run("bad config", func(t *testing.T) {
		code, out := doctor(t, "feedz: []\n", nil)
		assert.Equal(t, 1, code, out)
		assert.Contains(t, out, "FAIL  config")
		assert.Contains(t, out, "feedz")
	})
}
