package cli

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsflow/newsflow/cmd/newsflow/internal/demosite"
	"github.com/newsflow/newsflow/plumbing/embedded"
	"github.com/newsflow/newsflow/services/sink/store"
)

func serveSite(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	origin := "http://" + ln.Addr().String() + "/"
	srv := httptest.NewUnstartedServer(demosite.Handler(origin))
	_ = srv.Listener.Close()
	srv.Listener = ln
	srv.Start()
	t.Cleanup(srv.Close)
	return origin
}

// TestUp runs `newsflow up` against feeds on a loopback site until the
// articles are stored, then interrupts it.
func TestUp(t *testing.T) {
	origin := serveSite(t)
	dir := t.TempDir()
	cfg := fmt.Sprintf(`data: %s
api_addr: 127.0.0.1:0
admin_addr: 127.0.0.1:0
allow_cidrs: [127.0.0.0/8]
host_interval: 5ms
defaults:
  interval: 2s
feeds:
  - url: %sfeeds/rss.xml
    source: site-rss
  - url: %sfeeds/feed.json
    source: site-json
`, dir, origin, origin)
	cfgPath := filepath.Join(dir, "newsflow.yaml")
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	var errb bytes.Buffer
	done := make(chan int, 1)
	go func() {
		done <- Main(ctx, []string{"up", "--config", cfgPath}, Stdio{In: strings.NewReader(""), Out: &bytes.Buffer{}, Err: &errb}, func(string) string { return "" })
	}()

	// Read the database as another process would, while up runs.
	var db *store.Store
	deadline := time.Now().Add(30 * time.Second)
	for {
		if _, err := os.Stat(filepath.Join(dir, "newsflow.db")); err == nil {
			if db, err = store.Open(t.Context(), "sqlite://"+filepath.Join(dir, "newsflow.db"), nil); err == nil {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("database never appeared; log:\n%s", errb.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	defer func() { _ = db.Close() }()
	for {
		n, err := db.Count(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		if n == demosite.Articles {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("stored %d of %d articles; log:\n%s", n, demosite.Articles, errb.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	if code := <-done; code != 0 {
		t.Fatalf("up exited %d; log:\n%s", code, errb.String())
	}
	// Each stage ran as its own NATS user: nothing was refused.
	if strings.Contains(strings.ToLower(errb.String()), "permissions violation") {
		t.Errorf("a stage was refused by the bus; log:\n%s", errb.String())
	}
	for _, role := range embedded.Roles() {
		st, err := os.Stat(embedded.SeedFileName(filepath.Join(dir, "nats-creds"), role))
		if err != nil || st.Mode().Perm() != 0o600 {
			t.Errorf("seed of %s: %v, mode %v", role, err, st.Mode())
		}
	}
}

func TestUpRejectsBadConfig(t *testing.T) {
	dir := t.TempDir()
	for name, cfg := range map[string]string{
		"unknown key":  "feedz: []\n",
		"no feeds":     "data: " + dir + "\n",
		"bad source":   "feeds:\n  - url: https://example.org/rss\n    source: Bad.Source\n",
		"bad cidr":     "allow_cidrs: [nonsense]\nfeeds:\n  - url: https://example.org/rss\n    source: ok\n",
		"not absolute": "feeds:\n  - url: /rss\n    source: ok\n",
		"open API":     "api_addr: ':0'\nfeeds:\n  - url: https://example.org/rss\n    source: ok\n",
		"missing keys": "api_keys_file: " + filepath.Join(dir, "missing") + "\nfeeds:\n  - url: https://example.org/rss\n    source: ok\n",
	} {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(dir, strings.ReplaceAll(name, " ", "-")+".yaml")
			if err := os.WriteFile(p, []byte(cfg), 0o600); err != nil {
				t.Fatal(err)
			}
			code, _, errOut := runCLI(t, "", "up", "--config", p)
			if code != 1 || errOut == "" {
				t.Errorf("exit %d, stderr %q: want a clear error", code, errOut)
			}
		})
	}
}
