package poll

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/trace"
	"golang.org/x/sync/errgroup"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/fetcher/canon"
	"github.com/newsflow/newsflow/services/fetcher/feed"
	"github.com/newsflow/newsflow/services/fetcher/fetch"
)

// Feed is one configured feed.
type Feed struct {
	URL string
	// Source is the subject-safe token the pages are published under.
	Source string
	// Interval between polls; Options.DefaultInterval when zero.
	Interval time.Duration
	// Language is a BCP 47 hint that overrides what the feed says.
	Language  string
	UserAgent string
	Headers   map[string]string
}

// Publisher is implemented by the wiring (JetStream publish that waits for the ack).
type Publisher interface {
	PublishRaw(ctx context.Context, page *newsv1.RawPage) error
}

// SeenSet is the shared dedup set (implemented over a JetStream KV bucket by
// the wiring or by package kvseen).
type SeenSet interface {
	Seen(ctx context.Context, key string) (bool, error)
	Mark(ctx context.Context, key string) error
}

// Options tune a Poller. Zero values take the defaults named.
type Options struct {
	// Workers is how many pages one poll fetches at once (default 4). The
	// per-host limits of fetch.Client still apply.
	Workers int
	// DefaultInterval is used for feeds without an Interval (default 15m).
	DefaultInterval time.Duration
	// MaxBackoff caps the wait before re-polling a failing feed (default 1h).
	MaxBackoff time.Duration
	// OnPoll, when set, is called after every poll Run makes (metrics).
	OnPoll func(f Feed, s Stats, err error)
	// Tracer starts the root span of each article's trace ("fetch"), which
	// the publish carries on to the later stages. Nil: no spans.
	Tracer trace.Tracer
}

// Stats count what one poll did.
type Stats struct {
	// NotModified is true when the feed answered 304.
	NotModified bool
	// Items is the number of items in the feed.
	Items int
	// New is the number of items not seen before, which this poll tried.
	New int
	// SkippedSeen counts items already seen (by link or by title), or
	// already being processed by a concurrent poll.
	SkippedSeen int
	// Fetched counts pages fetched successfully.
	Fetched int
	// Published counts pages published (and then marked seen).
	Published int
	// Skipped counts items given up on for good: no usable link, or a
	// permanent fetch error (not HTML, refused address, 404…).
	Skipped int
	// Errors counts items that failed transiently; they are retried on the
	// next poll.
	Errors int
}

// Poller polls feeds. It is safe for concurrent use.
type Poller struct {
	client *fetch.Client
	seen   SeenSet
	pub    Publisher
	logger *slog.Logger
	opts   Options

	mu         sync.Mutex
	validators map[string]fetch.Validators // by feed URL; an optimisation, not shared state
	inFlight   map[string]bool             // URL keys being processed in this process
}

// New returns a Poller.
func New(client *fetch.Client, seen SeenSet, pub Publisher, logger *slog.Logger, opts Options) *Poller {
	if opts.Workers <= 0 {
		opts.Workers = 4
	}
	if opts.DefaultInterval <= 0 {
		opts.DefaultInterval = 15 * time.Minute
	}
	if opts.MaxBackoff <= 0 {
		opts.MaxBackoff = time.Hour
	}
	return &Poller{
		client:     client,
		seen:       seen,
		pub:        pub,
		logger:     logger.With("component", "poll"),
		opts:       opts,
		validators: make(map[string]fetch.Validators),
		inFlight:   make(map[string]bool),
	}
}

// job is one new item to fetch and publish.
type job struct {
	item     feed.Item
	id       string // canon.ID of the canonical link: record id and URL key
	titleKey string // empty when the title is too generic to dedup on
}

// Poll polls f once. The error is for the feed as a whole (fetching or
// parsing it); item failures are counted in Stats and logged.
func (p *Poller) Poll(ctx context.Context, f Feed) (Stats, error) {
	var st Stats
	log := p.logger.With("feed", f.URL, "source", f.Source)
	opts := fetch.Options{UserAgent: f.UserAgent, Header: f.Headers}

	resp, err := p.client.Feed(ctx, f.URL, p.validatorsFor(f.URL), opts)
	if err != nil {
		return st, err
	}
	if resp.NotModified {
		st.NotModified = true
		return st, nil
	}
	parsed, err := feed.Parse(resp.Body, resp.FinalURL)
	if err != nil {
		return st, err
	}

	jobs := p.plan(ctx, f, parsed, &st, log)
	defer p.release(jobs)

	var mu sync.Mutex
	count := func(fn func(*Stats)) {
		mu.Lock()
		fn(&st)
		mu.Unlock()
	}
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(p.opts.Workers)
	for _, j := range jobs {
		g.Go(func() error {
			p.process(gctx, f, parsed, j, opts, count, log)
			return nil
		})
	}
	_ = g.Wait() // process reports through count, never an error

	if err := ctx.Err(); err != nil {
		return st, fmt.Errorf("polling feed %q: %w", f.URL, err)
	}
	if st.Errors == 0 {
		p.setValidators(f.URL, resp.Validators)
	}
	return st, nil
}

// plan picks the items to process: not seen before (by link, then by
// title), not duplicated within the feed, not in flight in another poll.
func (p *Poller) plan(ctx context.Context, f Feed, parsed *feed.Feed, st *Stats, log *slog.Logger) []job {
	var jobs []job
	thisPoll := make(map[string]bool)
	for _, it := range parsed.Items {
		st.Items++
		if it.Link == "" {
			st.Skipped++
			log.DebugContext(ctx, "skipping item without link", "title", it.Title)
			continue
		}
		cu, err := canon.URL(it.Link)
		if err != nil {
			st.Skipped++
			log.InfoContext(ctx, "skipping item with unusable link", "link", it.Link, "err", err)
			continue
		}
		j := job{item: it, id: canon.ID(cu), titleKey: titleKey(f.Source, it)}
		if thisPoll[j.id] || (j.titleKey != "" && thisPoll[j.titleKey]) {
			st.SkippedSeen++
			continue
		}
		thisPoll[j.id] = true
		if j.titleKey != "" {
			thisPoll[j.titleKey] = true
		}
		seen, err := p.anySeen(ctx, urlKey(j.id), j.titleKey)
		if err != nil {
			st.Errors++
			log.WarnContext(ctx, "checking seen set", "link", it.Link, "err", err)
			continue
		}
		if seen || !p.claim(j.id) {
			st.SkippedSeen++
			continue
		}
		st.New++
		jobs = append(jobs, j)
	}
	return jobs
}

func (p *Poller) anySeen(ctx context.Context, keys ...string) (bool, error) {
	for _, k := range keys {
		if k == "" {
			continue
		}
		seen, err := p.seen.Seen(ctx, k)
		if err != nil {
			return false, fmt.Errorf("looking up %q: %w", k, err)
		}
		if seen {
			return true, nil
		}
	}
	return false, nil
}

// process fetches, publishes and then marks one item.
func (p *Poller) process(ctx context.Context, f Feed, parsed *feed.Feed, j job, opts fetch.Options, count func(func(*Stats)), log *slog.Logger) {
	log = log.With("link", j.item.Link, "id", j.id)
	if p.opts.Tracer != nil {
		var span trace.Span
		ctx, span = p.opts.Tracer.Start(ctx, "fetch "+f.Source, trace.WithSpanKind(trace.SpanKindClient),
			trace.WithAttributes(attribute.String("url.full", j.item.Link), attribute.String("newsflow.record_id", j.id), attribute.String("newsflow.source", f.Source)))
		defer span.End()
	}
	page, err := p.client.Page(ctx, j.item.Link, opts)
	if err != nil {
		if ctx.Err() == nil && fetch.IsPermanent(err) {
			// Marking stops us from fetching a PDF or a refused address on
			// every poll; nothing is lost, the item has no page to publish.
			log.InfoContext(ctx, "giving up on item", "err", err)
			if merr := p.seen.Mark(ctx, urlKey(j.id)); merr != nil {
				log.WarnContext(ctx, "marking skipped item", "err", merr)
			}
			count(func(s *Stats) { s.Skipped++ })
			return
		}
		log.WarnContext(ctx, "fetching item page", "err", err)
		count(func(s *Stats) { s.Errors++ })
		return
	}
	count(func(s *Stats) { s.Fetched++ })

	rp, err := rawPage(f, parsed, j, page)
	if err != nil {
		log.ErrorContext(ctx, "building raw page", "err", err)
		count(func(s *Stats) { s.Errors++ })
		return
	}
	if err := p.pub.PublishRaw(ctx, rp); err != nil {
		log.WarnContext(ctx, "publishing raw page", "err", err)
		count(func(s *Stats) { s.Errors++ })
		return
	}
	count(func(s *Stats) { s.Published++ })

	// Only now is the item safe to forget. A failed mark means a duplicate
	// on the next poll, which the record id absorbs downstream.
	var merr error
	for _, k := range []string{urlKey(j.id), j.titleKey} {
		if k != "" {
			merr = errors.Join(merr, p.seen.Mark(ctx, k))
		}
	}
	if merr != nil {
		log.WarnContext(ctx, "marking published item", "err", merr)
		count(func(s *Stats) { s.Errors++ })
	}
}

func (p *Poller) validatorsFor(feedURL string) fetch.Validators {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.validators[feedURL]
}

func (p *Poller) setValidators(feedURL string, v fetch.Validators) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.validators[feedURL] = v
}

func (p *Poller) claim(id string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.inFlight[id] {
		return false
	}
	p.inFlight[id] = true
	return true
}

func (p *Poller) release(jobs []job) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, j := range jobs {
		delete(p.inFlight, j.id)
	}
}
