package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"google.golang.org/protobuf/encoding/protojson"

	"github.com/newsflow/newsflow/cmd/newsflow/internal/demosite"
	"github.com/newsflow/newsflow/cmd/newsflow/internal/pipeline"
	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/telemetry"
	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/fetcher/fetch"
	"github.com/newsflow/newsflow/services/fetcher/poll"
	"github.com/newsflow/newsflow/services/sink/api"
	"github.com/newsflow/newsflow/services/sink/store"
	"github.com/newsflow/newsflow/services/sink/ui"
)

func runDemo(ctx context.Context, args []string, std Stdio, getenv func(string) string) (err error) {
	fs := newFlagSet("demo", std)
	dataDir := fs.String("data", "", "directory for the JetStream store and the SQLite database (default: a temporary directory, removed at exit)")
	asJSON := fs.Bool("json", false, "print each stored record as a JSON line instead of a summary")
	timeout := fs.Duration("timeout", 2*time.Minute, "give up when the demo set is not stored within this time")
	verbose := fs.Bool("v", false, "log the services' JSON logs to stderr")
	serve := fs.String("serve", "", "once stored, serve the query API and the web UI at this address (e.g. 127.0.0.1:8080) until interrupted")
	fs.Usage = func() {
		fmt.Fprintln(std.Err, "usage: newsflow demo [flags]\n\nRuns an embedded NATS JetStream server, a loopback demo news site with RSS,\nAtom and JSON feeds, the fetcher, extractor, classifier and sink (SQLite),\nprints every stored record and exits when the demo set is stored (with\n--serve, serves the web UI and query API over it until interrupted).")
		fs.PrintDefaults()
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	start := time.Now()
	dir := *dataDir
	if dir == "" {
		tmp, err := os.MkdirTemp("", "newsflow-demo-")
		if err != nil {
			return fmt.Errorf("creating data directory: %w", err)
		}
		defer func() { _ = os.RemoveAll(tmp) }()
		dir = tmp
	} else if err := os.MkdirAll(dir, 0o750); err != nil {
		return fmt.Errorf("creating data directory: %w", err)
	}
	logOut := io.Discard
	if *verbose {
		logOut = std.Err
	}
	logger := telemetry.NewLogger(logOut, slog.LevelInfo, "newsflow-demo")

	parent := ctx
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()

	// Progress goes to stderr, so that stdout holds only the records (and,
	// without --json, the summary).
	progress := func(format string, a ...any) { fmt.Fprintf(std.Err, "demo: "+format+"\n", a...) }
	progress("starting an embedded NATS JetStream server, the fetcher, extractor, classifier and sink (data: %s)", dataNote(*dataDir))

	// The site is served from a random loopback port under the fixed name of
	// its files (demosite.Placeholder): record ids derive from URLs, so they
	// are the same in every run and a kept --data directory stores each story
	// once however often the demo runs.
	site, siteAddr, err := serveDemoSite(ctx)
	if err != nil {
		return err
	}
	defer func() { _ = site.Close() }()
	origin := demosite.Placeholder

	l, err := pipeline.OpenLocal(ctx, pipeline.LocalOptions{Name: "newsflow-demo", DataDir: dir, Streams: bus.DefaultStreamOptions(), Logger: logger, Auth: true, SeenBucket: "newsflow_demo_seen"}, getenv)
	if err != nil {
		return err
	}
	defer func() { _ = l.Close() }()
	js, db := l.JS, l.Store
	before, err := db.Count(ctx)
	if err != nil {
		return fmt.Errorf("counting stored articles: %w", err)
	}

	fcfg := fetch.DefaultConfig()
	// The demo site is on loopback, which the SSRF guard refuses unless told.
	fcfg.AllowCIDRs = []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8"), netip.MustParsePrefix("::1/128")}
	fcfg.HostInterval = 10 * time.Millisecond
	fcfg.Resolve = map[string]string{demoHostPort(): siteAddr}
	p, err := pipeline.Start(ctx, pipeline.Config{
		JS: js, StageJS: l.StageJS, Telemetry: l.Telemetry, Store: db, Classifier: l.Classifier, Logger: logger,
		Stage: bus.StageOptions{Runner: bus.RunnerConfig{Concurrency: 4}},
		Fetch: fcfg, SeenBucket: "newsflow_demo_seen",
	})
	if err != nil {
		return err
	}
	stopped := false
	defer func() {
		if !stopped {
			_ = p.Stop()
		}
	}()

	progress("polling the demo site's %d feeds at %s (served on %s)", len(demosite.Feeds), origin, siteAddr)
	var items, published, skipped int
	for _, f := range demosite.Feeds {
		st, err := p.Fetcher.Poll(ctx, poll.Feed{URL: origin + strings.TrimPrefix(f.Path, "/"), Source: f.Source, Language: "en"})
		if err != nil {
			return fmt.Errorf("polling the demo feed %s: %w", f.Path, err)
		}
		items += st.Items
		published += st.Published
		skipped += st.SkippedSeen
		if st.Errors > 0 {
			return fmt.Errorf("polling the demo feed %s: %d items failed (run with -v for the logs)", f.Path, st.Errors)
		}
	}

	want := before + int64(published)
	progress("%d new articles flowing through the pipeline, %d already stored", published, before)
	for {
		n, err := db.Count(ctx)
		if err != nil {
			return fmt.Errorf("counting stored articles: %w", err)
		}
		settled, err := pipeline.Settled(ctx, js)
		if err != nil {
			return err
		}
		if n >= want && settled {
			break
		}
		// A stage whose output is blocked (JetStream storage full, the
		// database down) holds its messages and retries; the demo says
		// why it cannot finish rather than waiting out its timeout.
		if b := p.Blocked(); len(b) > 0 && time.Since(b[0].Since) > demoBlockedFor {
			return fmt.Errorf("the demo set cannot be stored (%d of %d stored): the %s's output has been blocked for %s: %w",
				n-before, published, b[0].Stage, time.Since(b[0].Since).Round(time.Second), b[0].Err)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting for the demo set to be stored (%d of %d stored): %w", n-before, published, ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
	stopped = true
	if err := p.Stop(); err != nil {
		return err
	}
	dead, err := streamCount(ctx, js, bus.StreamDLQ)
	if err != nil {
		return err
	}

	page, err := db.Search(ctx, store.Query{Limit: 100})
	if err != nil {
		return fmt.Errorf("reading stored articles: %w", err)
	}
	w := bufio.NewWriter(std.Out)
	defer func() {
		if ferr := w.Flush(); err == nil && ferr != nil {
			err = fmt.Errorf("writing output: %w", ferr)
		}
	}()
	for _, t := range page.Articles {
		if *asJSON {
			b, err := protojson.MarshalOptions{UseProtoNames: true}.Marshal(t)
			if err != nil {
				return fmt.Errorf("encoding record: %w", err)
			}
			if err := writeCompactLine(w, b); err != nil {
				return err
			}
			continue
		}
		printRecord(w, t)
	}
	summary := io.Writer(w)
	if *asJSON {
		summary = std.Err
	}
	fmt.Fprintf(summary, "demo: %d articles stored in %s · %d feed items in %d feeds, %d fetched, %d skipped as already seen · dead letters: %d · data: %s\n",
		len(page.Articles), time.Since(start).Round(time.Millisecond), items, len(demosite.Feeds), published, skipped, dead, dataNote(*dataDir))
	if dead > 0 {
		return errors.New("some records were dead-lettered (inspect with newsflow tail news.dlq.>)")
	}
	// A first run fetches every story; a rerun on a kept --data directory
	// finds them seen and stored already.
	if (before == 0 && published != demosite.Articles) || len(page.Articles) < demosite.Articles {
		return fmt.Errorf("fetched %d demo articles and hold %d, want %d", published, len(page.Articles), demosite.Articles)
	}
	if *serve != "" {
		if err := w.Flush(); err != nil {
			return fmt.Errorf("writing output: %w", err)
		}
		return serveDemo(parent, *serve, db, logger, std.Err)
	}
	return nil
}

// demoBlockedFor is how long the demo lets a stage's output stay blocked
// before it gives up and says why.
const demoBlockedFor = 10 * time.Second

// serveDemo serves the query API and the web UI over the demo's store at
// addr until ctx ends or the process is interrupted.
func serveDemo(ctx context.Context, addr string, db *store.Store, logger *slog.Logger, stderr io.Writer) error {
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", addr)
	if err != nil {
		return fmt.Errorf("listening for the query API and UI on %q: %w", addr, err)
	}
	srv := &http.Server{
		Handler:           ui.Mount(api.New(db, logger), db, logger),
		ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 30 * time.Second, IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 64 << 10,
	}
	fmt.Fprintf(stderr, "demo: web UI at http://%s/ and query API at http://%s/v1/ (interrupt to stop)\n", ln.Addr(), ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serving the query API and UI: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutting down the query API and UI: %w", err)
	}
	return nil
}

func dataNote(dir string) string {
	if dir == "" {
		return "temporary, removed"
	}
	return dir
}

// serveDemoSite serves the demo site, under its own fixed name, on a random
// loopback port and returns the server and its address.
func serveDemoSite(ctx context.Context) (*http.Server, string, error) {
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", "127.0.0.1:0")
	if err != nil {
		return nil, "", fmt.Errorf("listening for the demo site: %w", err)
	}
	srv := &http.Server{Handler: demosite.Handler(demosite.Placeholder), ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	return srv, ln.Addr().String(), nil
}

// demoHostPort is the host:port of demosite.Placeholder, which the fetcher
// dials at the demo server's real address.
func demoHostPort() string {
	u, err := url.Parse(demosite.Placeholder)
	if err != nil || u.Port() != "" {
		panic("demosite.Placeholder must be an http URL without a port") // a constant; caught by the tests
	}
	return u.Hostname() + ":80"
}

func streamCount(ctx context.Context, js jetstream.JetStream, name string) (uint64, error) {
	s, err := js.Stream(ctx, name)
	if err != nil {
		return 0, fmt.Errorf("looking up stream %s: %w", name, err)
	}
	info, err := s.Info(ctx)
	if err != nil {
		return 0, fmt.Errorf("reading stream %s: %w", name, err)
	}
	return info.State.Msgs, nil
}

func printRecord(w io.Writer, t *newsv1.TaggedArticle) {
	a := t.GetArticle()
	fmt.Fprintf(w, "[%s] %s\n", a.GetSource(), a.GetTitle())
	meta := []string{pageTypeName(a.GetPageType())}
	if a.GetSiteName() != "" {
		meta = append(meta, a.GetSiteName())
	}
	if a.GetByline() != "" {
		meta = append(meta, "by "+a.GetByline())
	}
	if ts := a.GetPublished(); ts != nil {
		meta = append(meta, "published "+ts.AsTime().UTC().Format(time.RFC3339))
	}
	meta = append(meta, fmt.Sprintf("%d words", a.GetWordCount()))
	fmt.Fprintf(w, "  %s\n", strings.Join(meta, " · "))
	var actors []string
	for _, ac := range t.GetActors() {
		actors = append(actors, fmt.Sprintf("%s (%s ×%d)", ac.GetId(), strings.Join(ac.GetAliasesMatched(), ", "), ac.GetMentions()))
	}
	var topics []string
	for _, tp := range t.GetTopics() {
		if !tp.GetInherited() {
			topics = append(topics, tp.GetLabel())
		}
	}
	var places []string
	for _, pl := range t.GetPlaces() {
		places = append(places, pl.GetCountryCode())
	}
	fmt.Fprintf(w, "  actors: %s\n  topics: %s\n  places: %s\n", orNone(actors), orNone(topics), orNone(places))
	if a.GetPageType() == newsv1.PageType_PAGE_TYPE_LISTING {
		fmt.Fprintf(w, "  entries: %d\n", len(a.GetEntries()))
		for _, e := range a.GetEntries() {
			fmt.Fprintf(w, "    - %s\n", e.GetTitle())
		}
	} else {
		fmt.Fprintf(w, "  text: %s\n", firstWords(strings.Join(a.GetParagraphs(), " "), 30))
	}
	fmt.Fprintln(w)
}

func orNone(s []string) string {
	if len(s) == 0 {
		return "none"
	}
	return strings.Join(s, "; ")
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) <= n {
		return strings.Join(f, " ")
	}
	return strings.Join(f[:n], " ") + " …"
}
