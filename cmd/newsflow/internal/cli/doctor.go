package cli

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/netip"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/services/fetcher/feed"
	"github.com/newsflow/newsflow/services/fetcher/feedlist"
	"github.com/newsflow/newsflow/services/fetcher/fetch"
	"github.com/newsflow/newsflow/services/fetcher/poll"
	"github.com/newsflow/newsflow/services/fetcher/redact"
	"github.com/newsflow/newsflow/services/sink/store"
)

// finding is one line of `newsflow doctor`.
type finding struct {
	status string // ok, warn, FAIL
	what   string
	detail string
	fix    string
}

func runDoctor(ctx context.Context, args []string, std Stdio, getenv func(string) string) error {
	fs := newFlagSet("doctor", std)
	cfgPath := fs.String("config", "newsflow.yaml", "configuration file to check (as for newsflow up)")
	timeout := fs.Duration("timeout", 15*time.Second, "bound on each reachability check")
	fs.Usage = func() {
		fmt.Fprintln(std.Err, `usage: newsflow doctor [--config newsflow.yaml]

Checks a newsflow up configuration: that it parses, that every feed answers
with a feed the fetcher may fetch (its address allowed, its document
parseable), that NATS can be reached (or the embedded server's port is
free) and that the database opens. Prints one line per check and, for each
problem, what to change. Exits 1 when a check fails.`)
		fs.PrintDefaults()
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	var out []finding
	report := func() error {
		fails := 0
		for _, f := range out {
			fmt.Fprintf(std.Out, "%-4s  %s: %s\n", f.status, f.what, f.detail)
			if f.fix != "" {
				fmt.Fprintf(std.Out, "      fix: %s\n", f.fix)
			}
			if f.status == "FAIL" {
				fails++
			}
		}
		if fails > 0 {
			return fmt.Errorf("%d of %d checks failed", fails, len(out))
		}
		return nil
	}

	cfg, err := loadUpConfig(*cfgPath, getenv)
	if err != nil {
		out = append(out, finding{"FAIL", "config " + *cfgPath, err.Error(), "see newsflow.example.yaml for every key"})
		return report()
	}
	feeds, ferr := feedlist.Convert(cfg.Defaults, cfg.Feeds)
	fcfg, cerr := cfg.fetchConfig()
	switch {
	case ferr != nil:
		out = append(out, finding{"FAIL", "config " + *cfgPath, ferr.Error(), "each feed needs an absolute http(s) url and a source of [a-z0-9_-]"})
	case cerr != nil:
		out = append(out, finding{"FAIL", "config " + *cfgPath, cerr.Error(), "allow_cidrs takes ranges such as 127.0.0.0/8 or 192.168.0.0/16"})
	default:
		out = append(out, finding{"ok", "config " + *cfgPath, fmt.Sprintf("%d feeds, data in %s", len(feeds), cfg.Data), ""})
	}
	if ferr == nil && cerr == nil {
		out = append(out, checkFeeds(ctx, fcfg, feeds, *timeout)...)
	}
	out = append(out, checkNATS(ctx, cfg, *timeout))
	out = append(out, checkDatabase(ctx, cfg, *timeout))
	return report()
}

// checkFeeds fetches and parses every feed, a few at a time.
func checkFeeds(ctx context.Context, fcfg fetch.Config, feeds []poll.Feed, timeout time.Duration) []finding {
	fcfg.RetryMax = 0
	fcfg.TotalTimeout = timeout
	fcfg.ConnectTimeout = min(fcfg.ConnectTimeout, timeout)
	fcfg.HeaderTimeout = min(fcfg.HeaderTimeout, timeout)
	fcfg.HostInterval = 0 // one request per feed: politeness is not at stake
	client, err := fetch.New(fcfg, slog.New(slog.DiscardHandler))
	if err != nil {
		return []finding{{"FAIL", "fetch settings", err.Error(), ""}}
	}
	defer client.CloseIdleConnections()
	out := make([]finding, len(feeds))
	sem := make(chan struct{}, 8)
	var wg sync.WaitGroup
	for i, f := range feeds {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			out[i] = checkFeed(ctx, client, f, timeout)
		})
	}
	wg.Wait()
	return out
}

func checkFeed(ctx context.Context, client *fetch.Client, f poll.Feed, timeout time.Duration) finding {
	what := "feed " + f.Source + " " + redact.URL(f.URL)
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	resp, err := client.Feed(ctx, f.URL, fetch.Validators{}, fetch.Options{UserAgent: f.UserAgent, Header: f.Headers})
	if err != nil {
		return finding{"FAIL", what, redact.Error(err).Error(), feedFix(err, timeout)}
	}
	doc, err := feed.Parse(resp.Body, resp.FinalURL)
	if err != nil {
		return finding{
			"FAIL", what, fmt.Sprintf("HTTP %d, %s, but not a feed: %v", resp.Status, resp.ContentType, err),
			"point url at the RSS, Atom or JSON Feed document or the news sitemap, not at the site's page (look for <link rel=\"alternate\"> in its HTML)",
		}
	}
	detail := fmt.Sprintf("HTTP %d, %s feed, %d items", resp.Status, doc.Kind, len(doc.Items))
	if resp.FinalURL != "" && resp.FinalURL != f.URL {
		detail += ", redirected to " + redact.URL(resp.FinalURL)
	}
	if len(doc.Items) == 0 && len(doc.Sitemaps) == 0 {
		return finding{"warn", what, detail, "the feed lists nothing yet: check it is the feed you meant"}
	}
	return finding{"ok", what, detail, ""}
}

// feedFix says what to change for a feed that could not be fetched.
func feedFix(err error, timeout time.Duration) string {
	var be *fetch.BlockedAddressError
	var se *fetch.StatusError
	var dns *net.DNSError
	switch {
	case errors.As(err, &be):
		return fmt.Sprintf("%s is not a public address and the fetcher refuses it by default; if you mean it, add %s to allow_cidrs in the config", be.Addr, rangeOf(be.Addr))
	case errors.As(err, &dns):
		return "the host name does not resolve: check its spelling and this machine's DNS"
	case errors.As(err, &se):
		switch {
		case se.Code == 404 || se.Code == 410:
			return "the server has no document at this URL: check it in a browser"
		case se.Code == 401 || se.Code == 403:
			return "the server refuses the request: it may want a header (headers: in the feed's entry, e.g. a cookie or token) or a different user_agent"
		case se.Code == 429:
			return "the server is rate-limiting: raise the feed's interval or host_interval"
		case se.Code >= 500:
			return "the server fails: try again later; the fetcher backs off on its own"
		}
	case fetch.Kind(err) == fetch.KindTimeout || errors.Is(err, context.DeadlineExceeded):
		return fmt.Sprintf("no answer within %s: check the server is up and reachable from here (proxy, firewall)", timeout)
	case fetch.Kind(err) == fetch.KindConnect:
		return "no server accepts the connection at this address and port"
	}
	return ""
}

// nonPublic are the ranges the SSRF guard refuses that a user most likely
// means when a feed lands in one.
var nonPublic = []netip.Prefix{
	netip.MustParsePrefix("127.0.0.0/8"),
	netip.MustParsePrefix("10.0.0.0/8"),
	netip.MustParsePrefix("172.16.0.0/12"),
	netip.MustParsePrefix("192.168.0.0/16"),
	netip.MustParsePrefix("100.64.0.0/10"),
	netip.MustParsePrefix("169.254.0.0/16"),
	netip.MustParsePrefix("::1/128"),
	netip.MustParsePrefix("fc00::/7"),
	netip.MustParsePrefix("fe80::/10"),
}

// rangeOf is the usual non-public range holding a, else a alone.
func rangeOf(a netip.Addr) string {
	a = a.Unmap()
	for _, p := range nonPublic {
		if p.Contains(a) {
			return strconv.Quote(p.String())
		}
	}
	return strconv.Quote(netip.PrefixFrom(a, a.BitLen()).String())
}

// checkNATS connects to the external server, or checks that the embedded
// one can listen where it is told to.
func checkNATS(ctx context.Context, cfg upConfig, timeout time.Duration) finding {
	conn := cfg.NATS.Conn() // the environment applied: NATS_URL wins
	if conn.URL == "" {
		return checkEmbedded(ctx, cfg, timeout)
	}
	what := "NATS " + conn.URL
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	nc, js, err := connectJS(ctx, &conn, "newsflow-doctor")
	if err != nil {
		return finding{"FAIL", what, err.Error(), "check nats.url / NATS_URL, that the server runs with JetStream enabled, and the credentials (nats.creds / NATS_CREDS)"}
	}
	defer nc.Close()
	if _, err := js.AccountInfo(ctx); err != nil {
		return finding{"FAIL", what, "connected, but JetStream is not available: " + err.Error(), "enable JetStream on the server (nats-server -js) or for this account"}
	}
	var missing []string
	for _, s := range []string{bus.StreamRaw, bus.StreamArticles, bus.StreamTagged, bus.StreamDLQ} {
		if _, err := js.Stream(ctx, s); errors.Is(err, jetstream.ErrStreamNotFound) {
			missing = append(missing, s)
		} else if err != nil {
			return finding{"FAIL", what, fmt.Sprintf("looking up stream %s: %v", s, err), "check the account's permissions on $JS.API.STREAM.INFO.*"}
		}
	}
	if len(missing) > 0 {
		return finding{"ok", what, "JetStream available; streams " + strings.Join(missing, ", ") + " not created yet (newsflow up and the services create them at start)", ""}
	}
	return finding{"ok", what, "JetStream available, the four streams present", ""}
}

func checkEmbedded(ctx context.Context, cfg upConfig, timeout time.Duration) finding {
	what := "NATS (embedded)"
	store := filepath.Join(cfg.Data, "jetstream")
	if err := writable(cfg.Data); err != nil {
		return finding{"FAIL", what, err.Error(), "set data: to a directory this user can write"}
	}
	if cfg.NATS.Port == 0 {
		return finding{"ok", what, "will listen on a free port of 127.0.0.1 (printed at start), JetStream in " + store, ""}
	}
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(cfg.NATS.Port))
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", addr)
	if err == nil {
		_ = ln.Close()
		return finding{"ok", what, "will listen on nats://" + addr + ", JetStream in " + store, ""}
	}
	// Busy: a running newsflow up (or another NATS server) is fine to
	// know about, but a second up would not start.
	conn := cfg.NATS.Conn() // credentials from the file and the environment
	conn.URL = "nats://" + addr
	cctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	if nc, _, cerr := connectJS(cctx, &conn, "newsflow-doctor"); cerr == nil {
		nc.Close()
		return finding{"warn", what, "a NATS server already listens on " + addr + " (a running newsflow up?)", "stop it before starting another up, or set nats.port / --nats-port to another port (0 for a free one)"}
	}
	return finding{"FAIL", what, fmt.Sprintf("port %d is taken by something that is not NATS: %v", cfg.NATS.Port, err), "set nats.port / --nats-port to a free port (0 picks one)"}
}

// checkDatabase opens the sink's database: PostgreSQL, or an existing
// SQLite file; a SQLite file yet to be created needs a writable directory.
func checkDatabase(ctx context.Context, cfg upConfig, timeout time.Duration) finding {
	dsn := cfg.Sink.DSN
	if dsn == "" {
		dsn = "sqlite://" + filepath.Join(cfg.Data, "newsflow.db")
	}
	what := "database " + redactDSN(dsn)
	if path, ok := strings.CutPrefix(dsn, "sqlite://"); ok {
		if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
			if err := writable(filepath.Dir(path)); err != nil {
				return finding{"FAIL", what, err.Error(), "set sink: (or data:) to a directory this user can write"}
			}
			return finding{"ok", what, "will be created", ""}
		}
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	db, err := store.Open(ctx, dsn, nil)
	if err != nil {
		return finding{"FAIL", what, err.Error(), "check the DSN (sqlite://PATH or postgres://user:password@host:5432/db), that the server runs and accepts this user"}
	}
	defer func() { _ = db.Close() }()
	n, err := db.Count(ctx)
	if err != nil {
		return finding{"FAIL", what, "opened, but counting articles failed: " + err.Error(), ""}
	}
	return finding{"ok", what, fmt.Sprintf("%d articles stored", n), ""}
}

// writable checks that a file can be created in dir, or in its nearest
// existing ancestor when dir is yet to be made (doctor creates nothing).
func writable(dir string) error {
	for {
		if _, err := os.Stat(dir); err == nil || filepath.Dir(dir) == dir {
			break
		}
		dir = filepath.Dir(dir)
	}
	f, err := os.CreateTemp(dir, ".newsflow-doctor-*")
	if err != nil {
		return fmt.Errorf("writing in %s: %w", dir, err)
	}
	name := f.Name()
	_ = f.Close()
	return os.Remove(name)
}
