package loadtest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/newsflow/newsflow/cmd/newsflow/internal/corpus"
	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/rawbody"
	"github.com/newsflow/newsflow/plumbing/telemetry"
	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/fetcher/canon"
	"github.com/newsflow/newsflow/services/sink/pgserver"
)

// ChaosOptions configure a fault-injection run.
type ChaosOptions struct {
	// Articles published as raw pages while faults are injected; a feed of
	// a few more is fetched by the fetcher process.
	Articles int
	// BinDir holds prebuilt fetcher, extractor, classifier, sink and
	// nats-server binaries; empty: build them from the workspace.
	BinDir string
	// DBDown is how long the database is stopped (default 30 s).
	DBDown time.Duration
	// Spacing is the time between two faults (default 5 s).
	Spacing time.Duration
	// Cluster runs a three-node JetStream cluster (streams and KV buckets
	// R3) instead of one server, and adds the fault kill:nats-node: one
	// node SIGKILLed while articles flow, started again Spacing later.
	Cluster  bool
	Seed     uint64
	Timeout  time.Duration
	Progress io.Writer

	onStart func(name string, pid int) // tests: every process started
	workDir string                     // tests: logs and stores here, removed by the test
}

// ChaosResult is newsflow bench chaos's JSON line.
type ChaosResult struct {
	Articles     int      `json:"articles"`
	Stored       int      `json:"stored"`
	Lost         int      `json:"lost"`
	Duplicates   int      `json:"duplicates"`
	Faults       []string `json:"faults"`
	Poison       int      `json:"poison"`
	DeadLettered int      `json:"dead_lettered"`
}

const chaosSource = "chaos"

// Chaos runs the services as separate processes against a NATS server
// process and a PostgreSQL server, pushes articles through them while
// killing, stopping and restarting each, injects poison messages, and
// counts what arrived.
func Chaos(ctx context.Context, o ChaosOptions) (res ChaosResult, err error) {
	if o.Articles <= 0 {
		return res, errors.New("loadtest: --articles must be positive")
	}
	if o.DBDown <= 0 {
		o.DBDown = 30 * time.Second
	}
	if o.Spacing <= 0 {
		o.Spacing = 5 * time.Second
	}
	if o.Timeout <= 0 {
		o.Timeout = 20 * time.Minute
	}
	if o.Progress == nil {
		o.Progress = io.Discard
	}
	ctx, cancel := context.WithTimeout(ctx, o.Timeout)
	defer cancel()
	say := func(format string, args ...any) { fmt.Fprintf(o.Progress, format+"\n", args...) }
	dir := o.workDir
	if dir == "" {
		if dir, err = os.MkdirTemp("", "newsflow-chaos-"); err != nil {
			return res, fmt.Errorf("creating work directory: %w", err)
		}
		// Registered before the processes' end, so it runs after it: a
		// process still writing its log would leave the directory behind.
		defer func() {
			if err == nil {
				_ = os.RemoveAll(dir)
			} else {
				say("logs kept in %s", dir)
			}
		}()
	}
	// Whatever path the run ends by, nothing it started outlives it.
	set := newProcSet(o.onStart)
	defer set.end(10 * time.Second)

	bin, err := binaries(ctx, o.BinDir, dir, say)
	if err != nil {
		return res, err
	}
	nodes := 1
	if o.Cluster {
		nodes = 3
	}
	cluster, err := startNATSNodes(ctx, bin, dir, "newsflow-chaos", set, nodes)
	if err != nil {
		return res, err
	}
	defer cluster.close()
	natsURL, natsProc, js := cluster.url, cluster.proc, cluster.js

	// PostgreSQL, durable, so that a stop is a real outage of a real database.
	db, err := pgserver.Start(ctx, pgserver.Options{Durable: true})
	if err != nil {
		return res, fmt.Errorf("starting PostgreSQL: %w", err)
	}
	defer func() { _ = db.Close() }()
	if err := db.CreateDatabase(ctx, "newsflow"); err != nil {
		return res, err
	}
	dsn := db.URL("newsflow")

	// A feed for the fetcher process, on loopback.
	feedItems := min(40, max(5, o.Articles/20))
	farm, farmURL, err := serveFarm(o.Seed, o.Articles, feedItems)
	if err != nil {
		return res, err
	}
	defer func() { _ = farm.Close() }()
	feedsFile := filepath.Join(dir, "feeds.yaml")
	if err := os.WriteFile(feedsFile, fmt.Appendf(nil, "feeds:\n  - url: %sfeed.xml\n    source: %s-feed\n    interval: 2s\n", farmURL, chaosSource), 0o600); err != nil {
		return res, fmt.Errorf("writing feed list: %w", err)
	}

	env := []string{
		"NATS_URL=" + natsURL, "NEWSFLOW_ADMIN_ADDR=127.0.0.1:0", "NEWSFLOW_LOG_LEVEL=warn",
		"NEWSFLOW_SHUTDOWN_TIMEOUT=20s", "OTEL_EXPORTER_OTLP_ENDPOINT=",
	}
	svc := func(name string, args ...string) *proc {
		return &proc{name: name, path: filepath.Join(bin, name), args: args, env: append(slices.Clip(env), cluster.serviceEnv(name)...), log: filepath.Join(dir, name+".log"), set: set}
	}
	procs := map[string]*proc{
		"fetcher":    svc("fetcher", "-feeds", feedsFile, "-allow-cidrs", "127.0.0.0/8", "-host-interval", "50ms", "-replica", "chaos-fetcher-0"),
		"extractor":  svc("extractor"),
		"classifier": svc("classifier"),
		"sink":       svc("sink", "-db", dsn, "-api-addr", "127.0.0.1:0"),
	}
	for _, name := range []string{"sink", "classifier", "extractor", "fetcher"} {
		if err := procs[name].start(); err != nil {
			return res, err
		}
		defer procs[name].stop()
	}

	// Publish the articles over the whole fault schedule.
	tel, err := telemetry.Setup(ctx, telemetry.Config{ServiceName: "newsflow-chaos"})
	if err != nil {
		return res, fmt.Errorf("setting up telemetry: %w", err)
	}
	pub := bus.NewPublisher(js, tel.TracerProvider, tel.Propagator)
	schedule := 9 * o.Spacing
	if o.Cluster {
		schedule += 2 * o.Spacing // kill:nats-node and the node's time down
	}
	if o.DBDown > o.Spacing {
		schedule += o.DBDown - o.Spacing
	}
	rate := float64(o.Articles) / schedule.Seconds()
	expected := make(map[string]bool, o.Articles+feedItems)
	for i := range o.Articles + feedItems {
		expected[canon.ID(chaosURL(farmURL, i))] = true
	}
	var published atomic.Int64
	pubDone := make(chan error, 1)
	start := time.Now()
	go func() {
		pubDone <- publishPaced(ctx, pub, o.Seed, farmURL, o.Articles, rate, start, &published)
	}()

	// The faults, one every Spacing.
	faults := []struct {
		name string
		do   func() error
	}{
		{"sigkill:extractor", func() error { return restart(procs["extractor"], syscall.SIGKILL) }},
		{"sigkill:classifier", func() error { return restart(procs["classifier"], syscall.SIGKILL) }},
		{"sigkill:sink", func() error { return restart(procs["sink"], syscall.SIGKILL) }},
		{"sigkill:fetcher", func() error { return restart(procs["fetcher"], syscall.SIGKILL) }},
		{"sigterm:classifier", func() error { return restart(procs["classifier"], syscall.SIGTERM) }},
		{"sigterm:sink", func() error { return restart(procs["sink"], syscall.SIGTERM) }},
		{"restart:nats-server", func() error { return restart(natsProc, syscall.SIGTERM) }},
		{"poison", func() error {
			n, err := injectPoison(ctx, pub, js)
			res.Poison = n
			return err
		}},
		{fmt.Sprintf("stop:database:%s", o.DBDown), func() error {
			if err := db.Stop(); err != nil {
				return err
			}
			say("database stopped for %v", o.DBDown)
			select {
			case <-time.After(o.DBDown):
			case <-ctx.Done():
				return ctx.Err()
			}
			return db.Restart(ctx)
		}},
	}
	if o.Cluster {
		// A node other than the one restart:nats-server restarts, killed
		// outright while articles flow; the other two keep the quorum.
		node := cluster.procs[1]
		faults = append(faults[:7:7], append([]struct {
			name string
			do   func() error
		}{{"kill:nats-node", func() error {
			if err := node.signal(syscall.SIGKILL, 10*time.Second); err != nil {
				return err
			}
			say("%s killed; started again in %v", node.name, o.Spacing)
			select {
			case <-time.After(o.Spacing):
			case <-ctx.Done():
				return ctx.Err()
			}
			return node.start()
		}}}, faults[7:]...)...)
	}
	for _, f := range faults {
		select {
		case <-time.After(o.Spacing):
		case <-ctx.Done():
			return res, ctx.Err()
		}
		say("%6.1fs fault %s (published %d)", time.Since(start).Seconds(), f.name, published.Load())
		if err := f.do(); err != nil {
			return res, fmt.Errorf("injecting %s: %w", f.name, err)
		}
		res.Faults = append(res.Faults, f.name)
	}
	if err := <-pubDone; err != nil {
		return res, err
	}
	say("%6.1fs all %d articles published; waiting for the pipeline to drain", time.Since(start).Seconds(), o.Articles)

	// Count.
	res.Articles = o.Articles + feedItems
	for {
		stored, dups, err := countStored(ctx, dsn, expected)
		if err == nil {
			res.Stored, res.Duplicates = stored, dups
			if stored >= res.Articles {
				break
			}
		}
		for name, p := range procs {
			if !p.running() {
				return res, fmt.Errorf("%s exited on its own (see %s)", name, p.log)
			}
		}
		select {
		case <-time.After(time.Second):
		case <-ctx.Done():
			res.Lost = res.Articles - res.Stored
			return res, fmt.Errorf("waiting for %d articles, %d stored: %w", res.Articles, res.Stored, ctx.Err())
		}
	}
	res.Lost = res.Articles - res.Stored
	if res.DeadLettered, err = countPoisonDeadLetters(ctx, js); err != nil {
		return res, err
	}
	say("%6.1fs done", time.Since(start).Seconds())
	return res, nil
}

// restart stops p with sig (SIGKILL: no chance to clean up; SIGTERM: a
// graceful drain) and starts it again.
func restart(p *proc, sig syscall.Signal) error {
	if err := p.signal(sig, 40*time.Second); err != nil {
		return err
	}
	return p.start()
}

func chaosURL(farmURL string, i int) string { return fmt.Sprintf("%spage/%d.html", farmURL, i) }

// serveFarm serves pages 0..articles+items-1 and a feed listing the last
// items of them (the first `articles` pages are published directly).
func serveFarm(seed uint64, articles, items int) (*http.Server, string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, "", fmt.Errorf("listening for the feed farm: %w", err)
	}
	base := "http://" + ln.Addr().String() + "/"
	mux := http.NewServeMux()
	mux.HandleFunc("GET /feed.xml", func(w http.ResponseWriter, _ *http.Request) {
		var b bytes.Buffer
		b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>chaos</title><link>` + base + `</link>`)
		for i := articles; i < articles+items; i++ {
			p := corpus.Generate(seed, i, base)
			fmt.Fprintf(&b, "<item><title>%s</title><link>%s</link><guid>%s</guid></item>", escXML(p.Title), chaosURL(base, i), chaosURL(base, i))
		}
		b.WriteString("</channel></rss>")
		w.Header().Set("Content-Type", "application/rss+xml")
		_, _ = w.Write(b.Bytes())
	})
	mux.HandleFunc("GET /page/{n}", func(w http.ResponseWriter, r *http.Request) {
		i, err := strconv.Atoi(strings.TrimSuffix(r.PathValue("n"), ".html"))
		if err != nil || i < 0 || i >= articles+items {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(pageAt(seed, base, i).HTML)
	})
	mux.HandleFunc("GET /robots.txt", func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte("User-agent: *\nAllow: /\n")) })
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	return srv, base, nil
}

var escXML = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace

// pageAt is page i with its canonical URL on the farm, so that the id the
// fetcher derives and the id the harness publishes agree.
func pageAt(seed uint64, base string, i int) corpus.Page {
	p := corpus.Generate(seed, i, base)
	u := chaosURL(base, i)
	p.HTML = bytes.Replace(p.HTML, []byte(`<link rel="canonical" href="`+p.URL+`">`), []byte(`<link rel="canonical" href="`+u+`">`), 1)
	p.URL = u
	return p
}

func publishPaced(ctx context.Context, pub *bus.Publisher, seed uint64, base string, n int, rate float64, start time.Time, published *atomic.Int64) error {
	subject, err := bus.RawSubject(chaosSource)
	if err != nil {
		return err
	}
	for i := range n {
		due := start.Add(time.Duration(float64(i) / rate * float64(time.Second)))
		if d := time.Until(due); d > 0 {
			select {
			case <-time.After(d):
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		p := pageAt(seed, base, i)
		raw := &newsv1.RawPage{
			Id: canon.ID(p.URL), Source: chaosSource, ItemUrl: p.URL, FinalUrl: p.URL,
			HttpStatus: 200, ContentType: "text/html; charset=utf-8", FetchedAt: timestamppb.Now(),
		}
		if err := rawbody.Set(raw, p.HTML); err != nil {
			return err
		}
		// Retry through the NATS restart: the same Nats-Msg-Id makes a
		// retry of a publish that did land a no-op.
		for attempt := 0; ; attempt++ {
			err := pub.Publish(ctx, subject, raw.GetId(), raw)
			if err == nil {
				break
			}
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if attempt > 600 {
				return fmt.Errorf("publishing article %d: %w", i, err)
			}
			time.Sleep(100 * time.Millisecond)
		}
		published.Add(1)
	}
	return nil
}

// poisonID marks the records injectPoison sends.
const poisonID = "poison-"

// injectPoison publishes messages each stage must dead-letter: an
// undecodable payload (decode), and records that do not prove themselves
// (forged: their ids are not the ids of the links they carry, and their
// sources not their subjects'): a page whose body would also inflate past
// the decoder's bound, a page and an article from unroutable sources, and
// a tagged record without an id. Each ends in news.dlq.<stage> with its
// reason.
func injectPoison(ctx context.Context, pub *bus.Publisher, js jetstream.JetStream) (int, error) {
	rawSubject, _ := bus.RawSubject(chaosSource)
	articleSubject, _ := bus.ArticleSubject(chaosSource)
	taggedSubject, _ := bus.TaggedSubject(chaosSource)

	garbage := nats.NewMsg(rawSubject)
	garbage.Data = []byte{0xff, 0x00, 0xfe, 'n', 'o', 't', ' ', 'p', 'r', 'o', 't', 'o'}
	garbage.Header.Set(bus.HeaderRecordID, poisonID+"undecodable")
	pctx, cancel := context.WithTimeout(ctx, bus.DefaultPublishBudget)
	defer cancel()
	if _, err := js.PublishMsg(pctx, garbage, jetstream.WithMsgID(poisonID+"undecodable")); err != nil {
		return 0, fmt.Errorf("publishing undecodable poison: %w", err)
	}

	bomb := &newsv1.RawPage{Id: poisonID + "oversize", Source: chaosSource, FinalUrl: "https://poison.test/oversize"}
	if err := rawbody.Set(bomb, bytes.Repeat([]byte("<p>x</p>"), (rawbody.MaxDecoded/8)+1<<17)); err != nil {
		return 0, err
	}
	unroutable := &newsv1.RawPage{
		Id: poisonID + "unroutable", Source: "Not A Source!", FinalUrl: "https://poison.test/x",
		Body: []byte("<html><body><article><p>Words words words.</p></article></body></html>"), BodyEncoding: newsv1.BodyEncoding_BODY_ENCODING_IDENTITY,
	}
	badArticle := &newsv1.Article{Id: poisonID + "article", Source: "Not.A.Source", PageType: newsv1.PageType_PAGE_TYPE_ARTICLE, Paragraphs: []string{"ISIS-K claimed it."}}
	noID := &newsv1.TaggedArticle{Article: &newsv1.Article{Source: chaosSource, Title: poisonID + "tagged"}}
	for _, m := range []struct {
		subject, id string
		msg         proto.Message
	}{
		{rawSubject, poisonID + "oversize", bomb},
		{rawSubject, poisonID + "unroutable", unroutable},
		{articleSubject, poisonID + "article", badArticle},
		{taggedSubject, poisonID + "tagged", noID},
	} {
		if err := pub.Publish(ctx, m.subject, m.id, m.msg); err != nil {
			return 0, fmt.Errorf("publishing poison %s: %w", m.id, err)
		}
	}
	return 5, nil
}

// countPoisonDeadLetters counts dead letters of injected poison that carry
// a reason.
func countPoisonDeadLetters(ctx context.Context, js jetstream.JetStream) (int, error) {
	s, err := js.Stream(ctx, bus.StreamDLQ)
	if err != nil {
		return 0, fmt.Errorf("looking up %s: %w", bus.StreamDLQ, err)
	}
	info, err := s.Info(ctx)
	if err != nil {
		return 0, fmt.Errorf("reading %s: %w", bus.StreamDLQ, err)
	}
	seen := map[string]bool{}
	for seq := info.State.FirstSeq; info.State.Msgs > 0 && seq <= info.State.LastSeq; seq++ {
		m, err := s.GetMsg(ctx, seq)
		if err != nil {
			continue
		}
		var dl newsv1.DeadLetter
		if proto.Unmarshal(m.Data, &dl) != nil || dl.GetReason() == "" {
			continue
		}
		id := dl.GetRecordId()
		if strings.HasPrefix(id, poisonID) || (id == "" && bytes.Contains(dl.GetPayload(), []byte(poisonID+"tagged"))) {
			seen[id+"|"+dl.GetStage()] = true
		}
	}
	return len(seen), nil
}

// countStored counts the expected articles in the database and the
// canonical URLs stored more than once.
func countStored(ctx context.Context, dsn string, expected map[string]bool) (stored, duplicates int, err error) {
	qctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	c, err := pgx.Connect(qctx, dsn)
	if err != nil {
		return 0, 0, fmt.Errorf("connecting to the sink's database: %w", err)
	}
	defer func() { _ = c.Close(context.WithoutCancel(ctx)) }()
	rows, err := c.Query(qctx, "SELECT id FROM articles")
	if err != nil {
		return 0, 0, fmt.Errorf("listing stored ids: %w", err)
	}
	var mu sync.Mutex
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return 0, 0, fmt.Errorf("reading stored ids: %w", err)
		}
		mu.Lock()
		if expected[id] {
			stored++
		}
		mu.Unlock()
	}
	if err := rows.Err(); err != nil {
		return 0, 0, fmt.Errorf("listing stored ids: %w", err)
	}
	if err := c.QueryRow(qctx, "SELECT count(*) FROM (SELECT canonical_url FROM articles GROUP BY canonical_url HAVING count(*) > 1) d").Scan(&duplicates); err != nil {
		return 0, 0, fmt.Errorf("counting duplicate URLs: %w", err)
	}
	return stored, duplicates, nil
}

func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("finding a free port: %w", err)
	}
	defer func() { _ = ln.Close() }()
	return ln.Addr().(*net.TCPAddr).Port, nil
}
