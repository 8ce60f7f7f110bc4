package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/newsflow/newsflow/cmd/newsflow/internal/demosite"
	"github.com/newsflow/newsflow/plumbing/bus/bustest"
	"github.com/newsflow/newsflow/plumbing/embedded"
	"github.com/newsflow/newsflow/plumbing/telemetry"
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
admin_addr: 127.0.0.1:0
nats:
  port: 0
fetcher:
  allow_cidrs: [127.0.0.0/8]
  host_interval: 5ms
sink:
  api_addr: 127.0.0.1:0
defaults:
  interval: 1h
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
	var errb, outb telemetry.LogBuffer
	done := make(chan int, 1)
	go func() {
		done <- Main(ctx, []string{"up", "--config", cfgPath}, Stdio{In: strings.NewReader(""), Out: &outb, Err: &errb}, func(string) string { return "" })
	}()

	// What the waits below last saw, logged if the test fails.
	var stored int64
	var rows map[string]feedRow
	defer func() {
		if t.Failed() {
			t.Logf("stored %d of %d articles; feeds ls: %+v\nup's log:\n%s", stored, demosite.Articles, rows, errb.String())
		}
	}()

	// Read the database as another process would, while up runs.
	var db *store.Store
	dbPath := filepath.Join(dir, "newsflow.db")
	bustest.WaitFor(t, "up's database to appear", func() bool {
		if _, err := os.Stat(dbPath); err != nil {
			return false
		}
		var err error
		db, err = store.Open(t.Context(), "sqlite://"+dbPath, nil)
		return err == nil
	})
	defer func() { _ = db.Close() }()
	bustest.WaitFor(t, fmt.Sprintf("up to store all %d articles", demosite.Articles), func() bool {
		var err error
		if stored, err = db.Count(t.Context()); err != nil {
			t.Fatal(err)
		}
		return stored == demosite.Articles
	})

	// up said where everything is, and `feeds ls` reaches its embedded
	// NATS there and lists the YAML feeds with their live state: polled
	// at once (the interval is an hour), healthy.
	banner := outb.String()
	m := regexp.MustCompile(`NATS +(nats://127\.0\.0\.1:\d+) \(embedded`).FindStringSubmatch(banner)
	if m == nil {
		t.Fatalf("banner names no NATS URL:\n%s", banner)
	}
	// The banner's own "try" line is what a user copies: its environment
	// must be enough for the CLI to get past the server's authorisation.
	try := regexp.MustCompile(`(?m)^  ((?:[A-Z_]+=\S+ )+)newsflow feeds ls`).FindStringSubmatch(banner)
	if try == nil {
		t.Fatalf("banner has no feeds ls line:\n%s", banner)
	}
	cliEnv := map[string]string{}
	for kv := range strings.FieldsSeq(try[1]) {
		k, v, _ := strings.Cut(kv, "=")
		cliEnv[k] = v
	}
	if cliEnv["NATS_URL"] != m[1] || cliEnv["NATS_NKEY"] == "" {
		t.Fatalf("feeds ls line gives %v, want the NATS URL and the admin seed", cliEnv)
	}
	for _, want := range []string{"query API    http://127.0.0.1:", "data         " + dir, "database     sqlite://" + filepath.Join(dir, "newsflow.db")} {
		if !strings.Contains(banner, want) {
			t.Errorf("banner lacks %q:\n%s", want, banner)
		}
	}
	// The feeds' states are written as their polls end, which may trail the
	// last stored article by a moment.
	bustest.WaitFor(t, "feeds ls to show both YAML feeds ok", func() bool {
		rows = feedsLs(t, cliEnv)
		return rows["site-rss"].Status == "ok" && rows["site-json"].Status == "ok"
	})
	for _, src := range []string{"site-rss", "site-json"} {
		r, ok := rows[src]
		switch {
		case !ok:
			t.Errorf("feeds ls omits the YAML feed %s: %v", src, rows)
		case r.Status != "ok" || r.LastSuccess.IsZero() || r.Origin != "file":
			t.Errorf("feed %s: %+v, want a healthy file feed", src, r)
		}
	}
	if !strings.Contains(errb.String(), `"msg":"feed scheduled"`) {
		t.Errorf("no feed's next poll logged:\n%s", errb.String())
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

func feedsLs(t *testing.T, env map[string]string) map[string]feedRow {
	t.Helper()
	var lsOut, lsErr bytes.Buffer
	if code := Main(t.Context(), []string{"feeds", "ls", "--json"}, Stdio{In: strings.NewReader(""), Out: &lsOut, Err: &lsErr}, func(k string) string {
		return env[k]
	}); code != 0 {
		t.Fatalf("feeds ls exit %d: %s", code, lsErr.String())
	}
	rows := map[string]feedRow{}
	for line := range strings.SplitSeq(strings.TrimSpace(lsOut.String()), "\n") {
		var r feedRow
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("feeds ls line %q: %v", line, err)
		}
		rows[r.Source] = r
	}
	return rows
}

// TestExampleConfig keeps newsflow.example.yaml loadable.
func TestExampleConfig(t *testing.T) {
	cfg, err := loadUpConfig(filepath.Join("..", "..", "..", "..", "newsflow.example.yaml"), noEnv)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.NATS.Port != 4222 || cfg.Fetcher.AllowCIDRs == nil {
		t.Errorf("example lost nats.port or allow_cidrs: %+v", cfg)
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
