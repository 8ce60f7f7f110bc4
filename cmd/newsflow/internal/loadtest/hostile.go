package loadtest

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/newsflow/newsflow/cmd/newsflow/internal/pipeline"
	"github.com/newsflow/newsflow/plumbing/admin"
	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/door"
	"github.com/newsflow/newsflow/plumbing/embedded"
	"github.com/newsflow/newsflow/plumbing/rawbody"
	"github.com/newsflow/newsflow/plumbing/telemetry"
	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/fetcher/canon"
	"github.com/newsflow/newsflow/services/fetcher/fetch"
	"github.com/newsflow/newsflow/services/fetcher/poll"
	"github.com/newsflow/newsflow/services/sink/api"
	"github.com/newsflow/newsflow/services/sink/store"
)

// HostileOptions configure a hostile run. Zero values take the defaults
// named.
type HostileOptions struct {
	// DataDir holds the embedded JetStream store, the nkey seeds and the
	// SQLite file (default: a temporary directory, removed afterwards).
	DataDir string
	// IdleConns is how many idle keep-alive connections are opened
	// against the query API (default 500).
	IdleConns int
	// Limits are the query API's door limits (default door.DefaultLimits:
	// idle 30 s, read-header 5 s).
	Limits door.Limits
	// IdleWait is how long after the connections are opened they are
	// counted (default 60 s): a connection the server has not closed by
	// then counts in IdleConnsAfter.
	IdleWait time.Duration
	// Timeout bounds the whole run (default 5 min).
	Timeout  time.Duration
	Progress io.Writer
}

// HostileCase is one case's outcome.
type HostileCase struct {
	Name    string `json:"name"`
	Handled bool   `json:"handled"`
	// Detail says what was seen, in either case.
	Detail string `json:"detail"`
}

// HostileResult is a hostile run's outcome; the JSON names are newsflow
// bench hostile's contract. Every count but Cases and Handled must be 0.
type HostileResult struct {
	Cases          int `json:"cases"`
	Handled        int `json:"handled"`
	ForgedStored   int `json:"forged_stored"`
	Lost           int `json:"lost"`
	Stuck          int `json:"stuck"`
	SecretsLeaked  int `json:"secrets_leaked"`
	IdleConnsAfter int `json:"idle_conns_after_60s"`
	// IdleMeasuredAfterS says when the connections were counted, in
	// seconds after they were opened: 60 unless IdleWait says otherwise.
	IdleMeasuredAfterS float64       `json:"idle_measured_after_s"`
	IdleTimeoutS       float64       `json:"idle_timeout_s"`
	Details            []HostileCase `json:"details"`
}

// OK reports whether every count that must be zero is.
func (r HostileResult) OK() bool {
	return r.Cases > 0 && r.Handled == r.Cases && r.ForgedStored == 0 && r.Lost == 0 && r.Stuck == 0 &&
		r.SecretsLeaked == 0 && r.IdleConnsAfter == 0
}

func (r *HostileResult) add(name string, handled bool, format string, args ...any) {
	r.Cases++
	if handled {
		r.Handled++
	}
	r.Details = append(r.Details, HostileCase{Name: name, Handled: handled, Detail: fmt.Sprintf(format, args...)})
}

// hostileSource is the source token every hostile feed and forged record uses.
const hostileSource = "hostile"

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// Hostile runs the hostile cases against an all-in-one pipeline with
// authorisation on (one NATS nkey user per stage, the admin for the
// attacker that may publish anywhere), a loopback feed site, the SQLite
// sink and the query API behind its door.
func Hostile(ctx context.Context, o HostileOptions) (res HostileResult, err error) {
	if o.IdleConns <= 0 {
		o.IdleConns = 500
	}
	if o.IdleWait <= 0 {
		o.IdleWait = 60 * time.Second
	}
	if o.Timeout <= 0 {
		o.Timeout = 5 * time.Minute
	}
	if o.Progress == nil {
		o.Progress = io.Discard
	}
	o.Limits = withDefaultLimits(o.Limits)
	res.IdleTimeoutS = o.Limits.IdleTimeout.Seconds()
	if o.DataDir == "" {
		dir, err := os.MkdirTemp("", "newsflow-hostile-")
		if err != nil {
			return res, fmt.Errorf("creating a data directory: %w", err)
		}
		defer func() { _ = os.RemoveAll(dir) }()
		o.DataDir = dir
	}
	ctx, cancel := context.WithTimeout(ctx, o.Timeout)
	defer cancel()

	// The secrets: random, so that finding one anywhere is a leak and
	// not a coincidence.
	sec := secrets{user: "u-" + randomHex(6), pass: "pw-" + randomHex(12), token: "tok-" + randomHex(12)}
	logs := &telemetry.LogBuffer{}
	logger := telemetry.NewLogger(logs, slog.LevelDebug, "hostile")

	spans := tracetest.NewInMemoryExporter()
	l, err := pipeline.OpenLocal(ctx, pipeline.LocalOptions{
		Name: "newsflow-hostile", DataDir: o.DataDir, Streams: bus.DefaultStreamOptions(), Logger: logger,
		Auth: true, SeenBucket: "hostile_seen", SpanExporter: spans,
	}, func(string) string { return "" })
	if err != nil {
		return res, err
	}
	defer func() { err = errors.Join(err, l.Close()) }()

	site, err := startHostileSite(sec)
	if err != nil {
		return res, err
	}
	defer site.close()

	fcfg := fetch.DefaultConfig()
	fcfg.AllowCIDRs = []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8"), netip.MustParsePrefix("::1/128")}
	fcfg.HostInterval, fcfg.RetryMax, fcfg.IgnoreRobots = time.Millisecond, 0, true
	p, err := pipeline.Start(ctx, pipeline.Config{
		JS: l.JS, StageJS: l.StageJS, Telemetry: l.Telemetry, Store: l.Store, Classifier: l.Classifier, Logger: logger,
		Stage: bus.StageOptions{Runner: bus.RunnerConfig{Concurrency: 2}},
		Fetch: fcfg, SeenBucket: "hostile_seen", Poll: poll.Options{Workers: 2},
	})
	if err != nil {
		return res, err
	}
	stopped := false
	defer func() {
		if !stopped {
			err = errors.Join(err, p.Stop())
		}
	}()

	// The query API behind its door, with a key, and the admin server
	// whose /metrics is scraped: the doors an attacker knocks on.
	apiKey := randomHex(24)
	keys, err := door.ParseKeys([]byte(apiKey))
	if err != nil {
		return res, err
	}
	srvCtx, stopServers := context.WithCancel(ctx)
	var srvWG sync.WaitGroup
	defer func() { stopServers(); srvWG.Wait() }()
	apiReady, admReady := make(chan string, 1), make(chan string, 1)
	srvWG.Go(func() {
		h := door.Front(api.New(l.Store, logger), keys, nil)
		if err := door.Serve(srvCtx, "127.0.0.1:0", h, o.Limits, logger, "query API", apiReady); err != nil {
			logger.ErrorContext(srvCtx, "query API stopped", "err", err)
		}
	})
	srvWG.Go(func() {
		if err := admin.New("127.0.0.1:0", l.Telemetry.Registry, nil, logger).Run(srvCtx, admReady); err != nil {
			logger.ErrorContext(srvCtx, "admin server stopped", "err", err)
		}
	})
	var apiAddr, admAddr string
	for _, c := range []struct {
		ch  chan string
		dst *string
	}{{apiReady, &apiAddr}, {admReady, &admAddr}} {
		select {
		case *c.dst = <-c.ch:
		case <-ctx.Done():
			return res, fmt.Errorf("waiting for the HTTP servers: %w", ctx.Err())
		}
	}

	// The idle and slow connections run beside the pipeline cases: they
	// take the idle wait whatever else happens.
	type connCount struct {
		opened, open, slowOpen int
		err                    error
	}
	connDone := make(chan connCount, 1)
	go func() {
		opened, open, slowOpen, err := knockIdle(ctx, apiAddr, o.IdleConns, o.IdleWait)
		connDone <- connCount{opened, open, slowOpen, err}
	}()

	h := &hostileRun{o: o, l: l, p: p, site: site, sec: sec, logs: logs, res: &res, admURL: "http://" + admAddr}
	if err := h.cases(ctx); err != nil {
		return res, err
	}

	fmt.Fprintf(o.Progress, "waiting %v for the idle and slow-loris connections…\n", o.IdleWait)
	var cc connCount
	select {
	case cc = <-connDone:
	case <-ctx.Done():
		return res, fmt.Errorf("waiting for the idle connections: %w", ctx.Err())
	}
	if cc.err != nil {
		return res, cc.err
	}
	res.IdleMeasuredAfterS = o.IdleWait.Seconds()
	res.IdleConnsAfter = cc.open + cc.slowOpen
	res.add("idle-keepalive", cc.opened == o.IdleConns && cc.open == 0,
		"%d of %d idle keep-alive connections opened and served, %d still open %v later (idle timeout %v)", cc.opened, o.IdleConns, cc.open, o.IdleWait, o.Limits.IdleTimeout)
	res.add("slow-loris", cc.slowOpen == 0,
		"a client sending one header line every 200 ms: %d still open %v later (read-header timeout %v)", cc.slowOpen, o.IdleWait, o.Limits.ReadHeaderTimeout)

	stopped = true
	if err := p.Stop(); err != nil {
		return res, err
	}
	// The secret's last chance to show: everything written anywhere.
	n, where, err := h.scanSecrets(ctx, spans, "http://"+apiAddr, apiKey, "http://"+admAddr)
	if err != nil {
		return res, err
	}
	res.SecretsLeaked = n
	res.add("secret-feed-url", n == 0, "secret found in: %s", orNone(where))
	return res, nil
}

func orNone(s []string) string {
	if len(s) == 0 {
		return "nothing (logs, metrics scrape, spans, streams, dead letters, store, API)"
	}
	return strings.Join(s, ", ")
}

func withDefaultLimits(l door.Limits) door.Limits {
	d := door.DefaultLimits()
	if l.IdleTimeout <= 0 {
		l.IdleTimeout = d.IdleTimeout
	}
	if l.ReadHeaderTimeout <= 0 {
		l.ReadHeaderTimeout = d.ReadHeaderTimeout
	}
	return l
}

type secrets struct{ user, pass, token string }

func (s secrets) all() []string { return []string{s.user, s.pass, s.token} }

// hostileSite is the loopback web site the fetcher polls.
type hostileSite struct {
	srv  *http.Server
	base string // http://127.0.0.1:PORT/
}

func (s *hostileSite) close() { _ = s.srv.Close() }

func (s *hostileSite) page(i int) string { return fmt.Sprintf("%spage/%d.html", s.base, i) }

// secretFeedURL is the feed URL as an operator would configure it, with
// a password and an API token in it.
func (s *hostileSite) secretFeedURL(sec secrets) string {
	return "http://" + sec.user + ":" + sec.pass + "@" + strings.TrimPrefix(s.base, "http://") + "secret.xml?api_key=" + sec.token
}

// Pages the feeds link to: normal pages 0..9 (secret feed: 0-2, bad bytes: 3-4,
// pre-empted: 5), the long article, the page too large for a message.
const (
	longArticlePath = "long-article.html"
	hugePagePath    = "huge-page.html"
)

func startHostileSite(sec secrets) (*hostileSite, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("listening for the hostile site: %w", err)
	}
	s := &hostileSite{base: "http://" + ln.Addr().String() + "/"}
	feed := func(title string, links ...string) []byte {
		var b bytes.Buffer
		b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>` + title + `</title><link>` + s.base + `</link>`)
		for _, l := range links {
			fmt.Fprintf(&b, "<item><title>%s</title><link>%s</link><guid>%s</guid></item>", escXML(title+" "+l), l, l)
		}
		b.WriteString("</channel></rss>")
		return b.Bytes()
	}
	serveFeed := func(body []byte) http.HandlerFunc {
		return func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "application/rss+xml")
			_, _ = w.Write(body)
		}
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /secret.xml", func(w http.ResponseWriter, r *http.Request) {
		// The secrets are real: without them the feed is refused, so a
		// run that stored its items sent them.
		u, pw, ok := r.BasicAuth()
		if !ok || u != sec.user || pw != sec.pass || r.URL.Query().Get("api_key") != sec.token {
			http.Error(w, "unauthorised", http.StatusUnauthorized)
			return
		}
		serveFeed(feed("secret", s.page(0), s.page(1), s.page(2), s.base+"missing.html"))(w, r)
	})
	// Bytes that are not UTF-8 in the title and an item's title.
	bad := feed("bad bytes", s.page(3), s.page(4))
	bad = bytes.Replace(bad, []byte("<title>bad bytes</title>"), []byte("<title>bad \xff\xfe bytes \x80</title>"), 1)
	bad = bytes.Replace(bad, []byte("<title>bad bytes "+s.page(3)), []byte("<title>bad \xc3\x28 bytes "+s.page(3)), 1)
	mux.HandleFunc("GET /bad-bytes.xml", serveFeed(bad))
	mux.HandleFunc("GET /preempted.xml", serveFeed(feed("pre-empted", s.page(5))))
	mux.HandleFunc("GET /long.xml", serveFeed(feed("long", s.base+longArticlePath)))
	// The huge page's feed changes on every poll, so that the second
	// poll looks at its item again (and finds it seen).
	var hugePolls atomic.Int64
	mux.HandleFunc("GET /huge.xml", func(w http.ResponseWriter, r *http.Request) {
		body := feed("huge", s.base+hugePagePath)
		body = fmt.Appendf(body, "<!-- poll %d -->", hugePolls.Add(1))
		serveFeed(body)(w, r)
	})
	mux.HandleFunc("GET /page/{n}", func(w http.ResponseWriter, r *http.Request) {
		var i int
		if _, err := fmt.Sscanf(r.PathValue("n"), "%d.html", &i); err != nil || i < 0 || i >= 10 {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(pageAt(1, s.base, i).HTML)
	})
	long := longArticle(s.base + longArticlePath)
	mux.HandleFunc("GET /"+longArticlePath, func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(long)
	})
	huge := hugePage()
	mux.HandleFunc("GET /"+hugePagePath, func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(huge)
	})
	s.srv = &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = s.srv.Serve(ln) }()
	return s, nil
}

// longArticle is a story whose text (about 800 KB) is over the extractor's
// one-message budget for an article, in a page small enough to extract.
func longArticle(link string) []byte {
	var b bytes.Buffer
	b.WriteString(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A very long report</title><link rel="canonical" href="` + link + `">` +
		`<meta property="og:type" content="article"></head><body><header><nav><a href="/">Home</a></nav></header><article><h1>A very long report</h1>`)
	words := []string{"council", "harbour", "report", "committee", "river", "budget", "residents", "morning", "station", "officials", "weather", "market", "school", "evening", "bridge", "plans"}
	for i := 0; b.Len() < 800<<10; i++ {
		b.WriteString("<p>")
		for j := range 60 {
			if j > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(words[(i*7+j*3+j*j)%len(words)])
		}
		fmt.Fprintf(&b, " (paragraph %d).</p>\n", i)
	}
	b.WriteString("</article><footer>© the site</footer></body></html>")
	return b.Bytes()
}

// hugePage is a 3 MB page of incompressible text: within the fetcher's
// 10 MiB cap, but no compression brings its RawPage under the 1 MB
// message limit.
func hugePage() []byte {
	raw := make([]byte, 3<<20)
	_, _ = rand.Read(raw)
	var b bytes.Buffer
	b.WriteString(`<!doctype html><html><head><title>huge</title></head><body><article><h1>huge</h1><p>`)
	b.WriteString(hex.EncodeToString(raw[:1<<20]))
	b.WriteString(hex.EncodeToString(raw[1<<20:]))
	b.WriteString("</p></article></body></html>")
	return b.Bytes()
}

// hostileRun holds one run's pipeline and what the cases share.
type hostileRun struct {
	o    HostileOptions
	l    *pipeline.Local
	p    *pipeline.Pipeline
	site *hostileSite
	sec  secrets
	logs *telemetry.LogBuffer
	res  *HostileResult
	// admURL is the admin server's base URL (its /metrics is scraped).
	admURL string
}

const forgedMarker = "forgedmarkerzq"

// forgedPage is a RawPage the attacker makes: text with forgedMarker.
func forgedPage(id, source, link string) (*newsv1.RawPage, error) {
	raw := &newsv1.RawPage{
		Id: id, Source: source, FeedUrl: link, ItemUrl: link, FinalUrl: link, HttpStatus: 200,
		ContentType: "text/html; charset=utf-8", DetectedCharset: "utf-8", FetchedAt: timestamppb.Now(),
		Item: &newsv1.FeedItem{Title: "Forged " + forgedMarker, Link: link},
	}
	html := `<html><head><title>Forged ` + forgedMarker + `</title></head><body><article><h1>Forged story ` + forgedMarker + `</h1>` +
		strings.Repeat("<p>The attacker's text replaces the story here, "+forgedMarker+", in a paragraph long enough to be an article.</p>", 12) +
		`</article></body></html>`
	if err := rawbody.Set(raw, []byte(html)); err != nil {
		return nil, fmt.Errorf("encoding a forged page: %w", err)
	}
	return raw, nil
}

// publishAs publishes m on subject as the admin, the one user that may
// publish anywhere: what a stolen admin seed or a broken permission table
// would allow.
func (h *hostileRun) publishAs(ctx context.Context, subject, msgID, recordID string, m proto.Message) error {
	data, err := proto.Marshal(m)
	if err != nil {
		return fmt.Errorf("encoding a forged record: %w", err)
	}
	msg := nats.NewMsg(subject)
	msg.Data = data
	msg.Header.Set(jetstream.MsgIDHeader, msgID)
	msg.Header.Set(bus.HeaderRecordID, recordID)
	pctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if _, err := h.l.JS.PublishMsg(pctx, msg); err != nil {
		return fmt.Errorf("publishing a forged record on %s: %w", subject, err)
	}
	return nil
}

func (h *hostileRun) cases(ctx context.Context) error {
	pr := h.o.Progress
	rawSubject := bus.PrefixRaw + "." + hostileSource

	// 1. Forged pages published by a client that may publish on news.raw.>.
	forgedID := canon.ID(h.site.base + "not-this-link.html")
	fp, err := forgedPage(forgedID, hostileSource, h.site.page(7))
	if err != nil {
		return err
	}
	if err := h.publishAs(ctx, rawSubject, forgedID, forgedID, fp); err != nil {
		return err
	}
	otherLink := h.site.page(8)
	otherID := canon.ID(otherLink)
	fs, err := forgedPage(otherID, "elsewhere", otherLink)
	if err != nil {
		return err
	}
	if err := h.publishAs(ctx, rawSubject, otherID, otherID, fs); err != nil {
		return err
	}

	// A forged tagged record, for the sink: an id that is not its link's.
	taggedSubject := bus.PrefixTagged + "." + hostileSource
	taggedID := canon.ID(h.site.base + "tagged-elsewhere.html")
	tagged := &newsv1.TaggedArticle{Article: &newsv1.Article{
		Id: taggedID, Source: hostileSource, CanonicalUrl: h.site.page(9), Title: "Forged " + forgedMarker,
		Paragraphs: []string{"The attacker's text, " + forgedMarker + "."}, ExtractorVersion: "9.9.9",
		Item: &newsv1.FeedItem{Link: h.site.page(9)},
	}}
	if err := h.publishAs(ctx, taggedSubject, taggedID+":forged", taggedID, tagged); err != nil {
		return err
	}

	// 2. A pre-empted publish: a different message under page 5's future
	// Nats-Msg-Id, before the fetcher finds it.
	preLink := h.site.page(5)
	preID := canon.ID(preLink)
	pp, err := forgedPage(preID, "elsewhere", preLink)
	if err != nil {
		return err
	}
	if err := h.publishAs(ctx, rawSubject, bus.RawMsgID(preID), preID, pp); err != nil {
		return err
	}

	// 3. A stage's own user may not publish there at all.
	permErr := h.stagePublishRefused(ctx, embedded.RoleExtractor, rawSubject)

	// 4. The feeds.
	fmt.Fprintln(pr, "polling the hostile feeds…")
	type polled struct {
		stats poll.Stats
		err   error
	}
	feeds := map[string]string{
		"secret":    h.site.secretFeedURL(h.sec),
		"bad-bytes": h.site.base + "bad-bytes.xml",
		"preempted": h.site.base + "preempted.xml",
		"long":      h.site.base + "long.xml",
		"huge":      h.site.base + "huge.xml",
	}
	got := map[string]polled{}
	for name, u := range feeds {
		st, err := h.p.Fetcher.Poll(ctx, poll.Feed{URL: u, Source: hostileSource})
		got[name] = polled{st, err}
	}
	// The page too large for a message is marked seen: a second poll does
	// not fetch it again.
	again, againErr := h.p.Fetcher.Poll(ctx, poll.Feed{URL: feeds["huge"], Source: hostileSource})

	// Wait until every legitimate article is stored, the forged pages are
	// dead-lettered and the stages have nothing left.
	want := map[string]string{} // id -> what
	for _, i := range []int{0, 1, 2} {
		want[canon.ID(h.site.page(i))] = "secret feed page"
	}
	for _, i := range []int{3, 4} {
		want[canon.ID(h.site.page(i))] = "bad-bytes feed page"
	}
	longID := canon.ID(h.site.base + longArticlePath)
	want[longID] = "long article"
	forgedWant := map[string]string{forgedID: "forged id", otherID: "forged source", preID: "pre-empting page", taggedID: "forged tagged record"}
	fmt.Fprintln(pr, "waiting for the pipeline to settle…")
	var dls map[string]*newsv1.DeadLetter
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		missing := 0
		for id := range want {
			if _, err := h.l.Store.Get(ctx, id); err != nil {
				missing++
			}
		}
		dls, err = deadLettersByID(ctx, h.l.JS)
		if err != nil {
			return err
		}
		dlMissing := 0
		for id := range forgedWant {
			if dls[id] == nil {
				dlMissing++
			}
		}
		settled, _ := pipeline.Settled(ctx, h.l.JS)
		if missing == 0 && dlMissing == 0 && settled {
			break
		}
		select {
		case <-tick.C:
			continue
		case <-ctx.Done():
		}
		break
	}
	if ctx.Err() != nil {
		fmt.Fprintln(pr, "the pipeline did not settle before the timeout; counting what it did")
	}
	cctx := context.WithoutCancel(ctx)

	for id, what := range want {
		if _, err := h.l.Store.Get(cctx, id); err != nil {
			h.res.Lost++
			fmt.Fprintf(pr, "lost: %s %s: %v\n", what, id, err)
		}
	}
	// A forged record is stored if its id is, or if its text is anywhere.
	for id := range forgedWant {
		if t, err := h.l.Store.Get(cctx, id); err == nil && strings.Contains(protojson.Format(t), forgedMarker) {
			h.res.ForgedStored++
		}
	}
	page, err := h.l.Store.Search(cctx, store.Query{Text: forgedMarker, Limit: 100})
	if err != nil {
		return fmt.Errorf("searching for forged text: %w", err)
	}
	h.res.ForgedStored += len(page.Articles)
	backlog, err := pipeline.Backlog(cctx, h.l.JS)
	if err != nil {
		return err
	}
	for _, n := range backlog {
		h.res.Stuck += int(n)
	}

	forgedDL := func(id string) (bool, string) {
		dl := dls[id]
		if dl == nil {
			return false, "no dead letter"
		}
		return dl.GetKind() == string(bus.KindForged), fmt.Sprintf("dead-lettered by the %s as %s: %s", dl.GetStage(), dl.GetKind(), dl.GetReason())
	}
	ok, d := forgedDL(forgedID)
	h.res.add("forged-id", ok && notStored(cctx, h.l.Store, forgedID), "RawPage whose id is not its link's, published as admin: %s", d)
	ok, d = forgedDL(otherID)
	h.res.add("forged-source", ok, "RawPage claiming source %q on %s, published as admin: %s", "elsewhere", rawSubject, d)
	ok, d = forgedDL(taggedID)
	h.res.add("forged-tagged", ok && notStored(cctx, h.l.Store, taggedID), "TaggedArticle whose id is not its link's on %s, published as admin: %s", taggedSubject, d)
	h.res.add("stage-user-refused", permErr == nil, "the extractor's own user publishing on %s: %v", rawSubject, errText(permErr, "refused (permissions violation)"))

	pre := got["preempted"]
	preLogged := h.logLine("giving up on item that cannot be published", preID, string(bus.KindForged))
	ok, d = forgedDL(preID)
	h.res.add("preempted", pre.err == nil && pre.stats.Skipped == 1 && pre.stats.Published == 0 && preLogged && ok && notStored(cctx, h.l.Store, preID),
		"the fetcher's publish of page 5 found another message under its Nats-Msg-Id: skipped %d, published %d, reported in the log as forged: %v; the pre-empting message %s; the real page is reported, not stored (what a publisher can do, see README)",
		pre.stats.Skipped, pre.stats.Published, preLogged, d)

	huge := got["huge"]
	hugeID := canon.ID(h.site.base + hugePagePath)
	hugeLogged := h.logLine("giving up on item that cannot be published", hugeID, string(bus.KindTooLarge))
	h.res.add("oversized-page", huge.err == nil && huge.stats.Skipped == 1 && hugeLogged && againErr == nil && again.SkippedSeen == 1 && again.Fetched == 0,
		"a 6 MB page no compression fits in a message: skipped %d with reason too_large logged: %v; next poll fetched %d, skipped as seen %d",
		huge.stats.Skipped, hugeLogged, again.Fetched, again.SkippedSeen)

	longRec, lerr := h.l.Store.Get(cctx, longID)
	a := longRec.GetArticle()
	h.res.add("oversized-article", lerr == nil && a.GetTruncated() && a.GetOriginalTextLength() > int64(len(strings.Join(a.GetParagraphs(), "\n\n"))),
		"an article of about 800 KB of text: stored %v, truncated %v, text %d of %d bytes", lerr == nil, a.GetTruncated(), len(strings.Join(a.GetParagraphs(), "\n\n")), a.GetOriginalTextLength())

	bad := got["bad-bytes"]
	repairs := h.metricValue(cctx, "newsflow_fetch_feed_repairs_total")
	stored := 0
	for _, i := range []int{3, 4} {
		if !notStored(cctx, h.l.Store, canon.ID(h.site.page(i))) {
			stored++
		}
	}
	h.res.add("invalid-utf8-feed", bad.err == nil && bad.stats.Published == 2 && stored == 2 && repairs > 0,
		"a feed with bytes that are not UTF-8: poll error %v, published %d, stored %d of 2, repairs counted %v", bad.err, bad.stats.Published, stored, repairs)

	sf := got["secret"]
	h.res.add("secret-feed-polled", sf.err == nil && sf.stats.Published == 3,
		"the feed behind user:password and ?api_key= was fetched with its secrets: poll error %v, published %d of 3", errText(sf.err, "none"), sf.stats.Published)
	for name, g := range got {
		if g.err != nil {
			fmt.Fprintf(pr, "poll %s: %v\n", name, g.err)
		}
	}
	return nil
}

func errText(err error, none string) string {
	if err == nil {
		return none
	}
	return err.Error()
}

func notStored(ctx context.Context, s *store.Store, id string) bool {
	_, err := s.Get(ctx, id)
	return errors.Is(err, store.ErrNotFound)
}

// logLine reports whether one log line holds every one of parts.
func (h *hostileRun) logLine(parts ...string) bool {
	for line := range strings.SplitSeq(h.logs.String(), "\n") {
		all := true
		for _, p := range parts {
			all = all && strings.Contains(line, p)
		}
		if all {
			return true
		}
	}
	return false
}

// stagePublishRefused publishes on subject as role's own user and returns
// nil when the server refused it with a permissions violation.
func (h *hostileRun) stagePublishRefused(ctx context.Context, role, subject string) error {
	errs := make(chan error, 4)
	opt, err := nats.NkeyOptionFromSeed(embedded.SeedFileName(filepath.Join(h.o.DataDir, "nats-creds"), role))
	if err != nil {
		return fmt.Errorf("reading the %s seed: %w", role, err)
	}
	nc, err := nats.Connect(h.l.NATSURL, opt, nats.CustomInboxPrefix(embedded.InboxPrefix(role)),
		nats.ErrorHandler(func(_ *nats.Conn, _ *nats.Subscription, err error) {
			select {
			case errs <- err:
			default:
			}
		}))
	if err != nil {
		return fmt.Errorf("connecting as %s: %w", role, err)
	}
	defer nc.Close()
	if err := nc.Publish(subject, []byte("forged")); err != nil {
		return fmt.Errorf("publishing as %s: %w", role, err)
	}
	if err := nc.FlushTimeout(5 * time.Second); err != nil {
		return fmt.Errorf("flushing as %s: %w", role, err)
	}
	select {
	case err := <-errs:
		if errors.Is(err, nats.ErrPermissionViolation) {
			return nil
		}
		return fmt.Errorf("publishing as %s: unexpected error %w", role, err)
	case <-time.After(10 * time.Second):
		return fmt.Errorf("the %s's user published on %s without a permissions violation", role, subject)
	case <-ctx.Done():
		return ctx.Err()
	}
}

// deadLettersByID reads NEWS_DLQ, by record id.
func deadLettersByID(ctx context.Context, js jetstream.JetStream) (map[string]*newsv1.DeadLetter, error) {
	out := map[string]*newsv1.DeadLetter{}
	err := eachStreamMsg(ctx, js, bus.StreamDLQ, func(m *jetstream.RawStreamMsg) {
		var dl newsv1.DeadLetter
		if proto.Unmarshal(m.Data, &dl) != nil {
			return
		}
		id := dl.GetRecordId()
		if id == "" {
			// A forger need not say the record id in a header: the id
			// the payload claims.
			var raw newsv1.RawPage
			if proto.Unmarshal(dl.GetPayload(), &raw) == nil {
				id = raw.GetId()
			}
		}
		if id != "" {
			out[id] = &dl
		}
	})
	return out, err
}

func eachStreamMsg(ctx context.Context, js jetstream.JetStream, stream string, each func(*jetstream.RawStreamMsg)) error {
	s, err := js.Stream(ctx, stream)
	if err != nil {
		return fmt.Errorf("looking up %s: %w", stream, err)
	}
	info, err := s.Info(ctx)
	if err != nil {
		return fmt.Errorf("reading %s: %w", stream, err)
	}
	for seq := info.State.FirstSeq; info.State.Msgs > 0 && seq <= info.State.LastSeq; seq++ {
		m, err := s.GetMsg(ctx, seq)
		if err != nil {
			continue // deleted
		}
		each(m)
	}
	return nil
}

// metricValue sums a counter's samples in the registry's text exposition.
func (h *hostileRun) metricValue(ctx context.Context, name string) float64 {
	body, err := scrape(ctx, h.admURL+"/metrics", "")
	if err != nil {
		return 0
	}
	var sum float64
	for line := range strings.SplitSeq(string(body), "\n") {
		if strings.HasPrefix(line, name) && (len(line) > len(name) && (line[len(name)] == '{' || line[len(name)] == ' ')) {
			var v float64
			if _, err := fmt.Sscanf(line[strings.LastIndexByte(line, ' ')+1:], "%g", &v); err == nil {
				sum += v
			}
		}
	}
	return sum
}

// scrape GETs u with an API key, if given, and returns the body.
func scrape(ctx context.Context, u, key string) ([]byte, error) {
	rctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(rctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, fmt.Errorf("building request: %w", err)
	}
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("requesting %s: %w", req.URL.Path, err)
	}
	defer func() { _ = resp.Body.Close() }()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", req.URL.Path, err)
	}
	if resp.StatusCode != http.StatusOK {
		return body, fmt.Errorf("requesting %s: status %d", req.URL.Path, resp.StatusCode)
	}
	return body, nil
}

// scanSecrets looks for the feed's secrets everywhere newsflow writes:
// log lines, a metrics scrape, spans, every message in every stream
// (records and dead letters), the stored records and the API's answers.
// It returns how many of those places hold one, and which.
func (h *hostileRun) scanSecrets(ctx context.Context, spans *tracetest.InMemoryExporter, apiURL, apiKey, admURL string) (int, []string, error) {
	ctx = context.WithoutCancel(ctx)
	var where []string
	check := func(place string, data []byte) {
		for _, s := range h.sec.all() {
			if bytes.Contains(data, []byte(s)) {
				where = append(where, place)
				return
			}
		}
	}
	check("logs", []byte(h.logs.String()))
	metrics, err := scrape(ctx, admURL+"/metrics", "")
	if err != nil {
		return 0, nil, err
	}
	if !bytes.Contains(metrics, []byte("newsflow_feed")) && !bytes.Contains(metrics, []byte("newsflow_fetch")) {
		return 0, nil, errors.New("the metrics scrape holds no fetcher metric: nothing to look for secrets in")
	}
	check("metrics scrape", metrics)
	var sb bytes.Buffer
	stubs := spans.GetSpans()
	if len(stubs) == 0 {
		return 0, nil, errors.New("no span was recorded: nothing to look for secrets in")
	}
	for _, s := range stubs {
		fmt.Fprintf(&sb, "%s %v %v %v %v\n", s.Name, s.Attributes, s.Events, s.Status, s.Links)
	}
	check("spans", sb.Bytes())
	for _, stream := range []string{bus.StreamRaw, bus.StreamArticles, bus.StreamTagged, bus.StreamDLQ} {
		var buf bytes.Buffer
		err := eachStreamMsg(ctx, h.l.JS, stream, func(m *jetstream.RawStreamMsg) {
			buf.WriteString(m.Subject)
			for k, vs := range m.Header {
				buf.WriteString(k + ":" + strings.Join(vs, ",") + "\n")
			}
			buf.Write(m.Data)
		})
		if err != nil {
			return 0, nil, err
		}
		place := "stream " + stream
		if stream == bus.StreamDLQ {
			place = "dead letters"
		}
		check(place, buf.Bytes())
	}
	page, err := h.l.Store.Search(ctx, store.Query{Source: hostileSource, Limit: store.MaxLimit})
	if err != nil {
		return 0, nil, fmt.Errorf("reading stored records: %w", err)
	}
	if len(page.Articles) == 0 {
		return 0, nil, errors.New("no record was stored: nothing to look for secrets in")
	}
	var recs bytes.Buffer
	for _, t := range page.Articles {
		b, err := protojson.Marshal(t)
		if err != nil {
			return 0, nil, fmt.Errorf("encoding a stored record: %w", err)
		}
		recs.Write(b)
	}
	check("stored records", recs.Bytes())
	var answers bytes.Buffer
	for _, path := range []string{"/v1/articles?source=" + hostileSource, "/v1/export", "/v1/export?format=ninjs", "/v1/export?format=csv", "/v1/articles/" + canon.ID(h.site.page(0))} {
		b, err := scrape(ctx, apiURL+path, apiKey)
		if err != nil {
			return 0, nil, err
		}
		answers.Write(b)
	}
	check("API answers", answers.Bytes())
	return len(where), where, nil
}

// knockIdle opens n keep-alive connections to addr, sends one request on
// each and leaves it idle, and opens one slow-loris connection that sends
// a header line every 200 ms and never ends its request. After wait it
// counts the connections the server has not closed.
func knockIdle(ctx context.Context, addr string, n int, wait time.Duration) (opened, open, slowOpen int, err error) {
	start := time.Now()
	deadline := start.Add(wait)
	var d net.Dialer
	conns := make([]net.Conn, n)
	defer func() {
		for _, c := range conns {
			if c != nil {
				_ = c.Close()
			}
		}
	}()
	var served atomic.Int64
	var firstErr error
	var mu sync.Mutex
	var wg sync.WaitGroup
	sem := make(chan struct{}, 32)
	for i := range n {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			c, err := d.DialContext(ctx, "tcp", addr)
			if err != nil {
				mu.Lock()
				firstErr = errors.Join(firstErr, fmt.Errorf("opening idle connection %d: %w", i, err))
				mu.Unlock()
				return
			}
			conns[i] = c
			_ = c.SetDeadline(time.Now().Add(30 * time.Second))
			if _, err := io.WriteString(c, "GET /healthz HTTP/1.1\r\nHost: newsflow\r\n\r\n"); err != nil {
				return
			}
			resp, err := http.ReadResponse(bufio.NewReader(c), nil)
			if err != nil {
				return
			}
			_, _ = io.Copy(io.Discard, resp.Body)
			_ = resp.Body.Close()
			if !resp.Close {
				served.Add(1)
			}
		})
	}
	wg.Wait()
	if firstErr != nil {
		return 0, 0, 0, firstErr
	}
	opened = int(served.Load())

	slow, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return opened, 0, 0, fmt.Errorf("opening the slow-loris connection: %w", err)
	}
	defer func() { _ = slow.Close() }()
	slowClosed := make(chan bool, 1)
	go func() {
		// The server closes the connection (a write fails, or a read sees
		// its end or its 408 answer) or the deadline passes.
		_ = slow.SetDeadline(deadline)
		if _, err := io.WriteString(slow, "GET /healthz HTTP/1.1\r\nHost: newsflow\r\n"); err != nil {
			slowClosed <- true
			return
		}
		readDone := make(chan bool, 1)
		go func() {
			_, err := io.Copy(io.Discard, slow)
			var ne net.Error
			readDone <- !errors.As(err, &ne) || !ne.Timeout()
		}()
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		for i := 0; ; i++ {
			select {
			case closed := <-readDone:
				slowClosed <- closed
				return
			case <-t.C:
				if _, err := fmt.Fprintf(slow, "X-Slow-%d: x\r\n", i); err != nil {
					var ne net.Error
					if errors.As(err, &ne) && ne.Timeout() {
						slowClosed <- <-readDone
						return
					}
					slowClosed <- true
					return
				}
			}
		}
	}()

	// A read on an idle connection ends when the server closes it (EOF or
	// a reset) or at the deadline, when it counts as still open.
	var stillOpen atomic.Int64
	for _, c := range conns {
		if c == nil {
			continue
		}
		wg.Go(func() {
			_ = c.SetReadDeadline(deadline)
			_, err := c.Read(make([]byte, 1))
			var ne net.Error
			if errors.As(err, &ne) && ne.Timeout() {
				stillOpen.Add(1)
			}
		})
	}
	wg.Wait()
	if !<-slowClosed {
		slowOpen = 1
	}
	// A connection closed before the deadline stays closed: the count
	// holds for the deadline without waiting it out.
	return opened, int(stillOpen.Load()), slowOpen, nil
}
