package poll

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"
	"go.opentelemetry.io/otel/trace"
	"golang.org/x/sync/errgroup"

	"github.com/newsflow/newsflow/plumbing/bus"
	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/fetcher/canon"
	"github.com/newsflow/newsflow/services/fetcher/feed"
	"github.com/newsflow/newsflow/services/fetcher/fetch"
	"github.com/newsflow/newsflow/services/fetcher/redact"
)

// Feed is one configured feed.
type Feed struct {
	URL string
	// Source is the subject-safe token the pages are published under.
	Source string
	// Interval between polls; the scheduler's default when zero.
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
	// Tracer starts the root span of each article's trace ("fetch"), which
	// the publish carries on to the later stages. Nil: no spans.
	Tracer trace.Tracer
	// Meter records pages fetched and published and errors by kind. Nil:
	// no metrics.
	Meter metric.Meter
	// MaxSitemaps is how many children of a sitemap index one poll reads,
	// newest first (default 10).
	MaxSitemaps int
	// Revalidate forces an unconditional GET after this many 304s in a row
	// (default 12), to catch a feed whose validators never change while its
	// content does.
	Revalidate int
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
	// Unchanged is true when the feed answered 200 with the very body of
	// the last complete poll: its items were not looked at again.
	Unchanged bool
	// TTL is the feed's own <ttl> / sy:updatePeriod; Fresh the HTTP
	// Cache-Control max-age or Expires. Both zero when unsaid.
	TTL, Fresh time.Duration
	// Conditional is true when validators were sent.
	Conditional bool
}

// Cache is what polls remember about a feed's document. Poll keeps it in
// memory; the scheduler keeps it in the feed's shared state, so that any
// replica's next poll is conditional.
type Cache struct {
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
	// BodyHash identifies the body of the last complete poll.
	BodyHash string `json:"body_hash,omitempty"`
	// NotModifiedRun counts 304s since the last full body.
	NotModifiedRun int `json:"not_modified_run,omitempty"`
	// Distrust is set once the validators lied (the ETag or Last-Modified
	// stayed while the body changed): they are never sent again.
	Distrust bool `json:"distrust,omitempty"`
	// Churn counts full fetches in a row whose validators changed while the
	// body did not; from churnLimit on they are not sent (they never match).
	Churn int `json:"churn,omitempty"`
}

// churnLimit is how many useless validator changes in a row make us stop
// sending them.
const churnLimit = 3

func (c Cache) validators() fetch.Validators {
	if c.Distrust || c.Churn >= churnLimit {
		return fetch.Validators{}
	}
	return fetch.Validators{ETag: c.ETag, LastModified: c.LastModified}
}

// Poller polls feeds. It is safe for concurrent use.
type Poller struct {
	client *fetch.Client
	seen   SeenSet
	pub    Publisher
	logger *slog.Logger
	opts   Options

	metrics metrics

	mu       sync.Mutex
	caches   map[string]Cache // by feed URL, for Poll; the scheduler keeps its own
	inFlight map[string]bool  // URL keys being processed in this process
}

// New returns a Poller.
func New(client *fetch.Client, seen SeenSet, pub Publisher, logger *slog.Logger, opts Options) *Poller {
	if opts.Workers <= 0 {
		opts.Workers = 4
	}
	if opts.MaxSitemaps <= 0 {
		opts.MaxSitemaps = 10
	}
	if opts.Revalidate <= 0 {
		opts.Revalidate = 12
	}
	return &Poller{
		client:   client,
		seen:     seen,
		pub:      pub,
		logger:   logger.With("component", "poll"),
		opts:     opts,
		metrics:  newMetrics(opts.Meter, logger),
		caches:   make(map[string]Cache),
		inFlight: make(map[string]bool),
	}
}

// job is one new item to fetch and publish.
type job struct {
	item     feed.Item
	id       string // canon.ID of the canonical link: record id and URL key
	titleKey string // empty when the title is too generic to dedup on
}

// Poll polls f once, with the cache validators this Poller kept from its
// last complete poll of f. The error is for the feed as a whole (fetching or
// parsing it); item failures are counted in Stats and logged.
func (p *Poller) Poll(ctx context.Context, f Feed) (Stats, error) {
	p.mu.Lock()
	c := p.caches[f.URL]
	p.mu.Unlock()
	st, c, err := p.PollCached(ctx, f, c)
	if err == nil {
		p.mu.Lock()
		p.caches[f.URL] = c
		p.mu.Unlock()
	}
	return st, err
}

// PollCached polls f once given what the last polls remembered, and returns
// what the next poll should remember. Validators and the body hash advance
// only after a poll with no transient item error, so a 304 (or an identical
// body) can never hide an item that still has to be retried.
func (p *Poller) PollCached(ctx context.Context, f Feed, c Cache) (Stats, Cache, error) {
	st, c, err := p.pollCached(ctx, f, c)
	if err != nil {
		p.metrics.error(ctx, ErrorKind(err))
	}
	return st, c, err
}

func (p *Poller) pollCached(ctx context.Context, f Feed, c Cache) (Stats, Cache, error) {
	var st Stats
	log := p.logger.With("feed", redact.URL(f.URL), "source", f.Source)
	opts := fetch.Options{UserAgent: f.UserAgent, Header: f.Headers}

	v := c.validators()
	revalidate := c.NotModifiedRun >= p.opts.Revalidate
	if revalidate {
		v = fetch.Validators{}
	}
	st.Conditional = v != (fetch.Validators{})
	resp, err := p.client.Feed(ctx, f.URL, v, opts)
	if err != nil {
		return st, c, err
	}
	st.Fresh = resp.Fresh
	if resp.NotModified {
		st.NotModified = true
		c.NotModifiedRun++
		return st, c, nil
	}
	next := c
	next.NotModifiedRun = 0
	hash := bodyHash(resp.Body)
	nv := resp.Validators
	switch {
	case c.BodyHash == "" || c.Distrust:
	case hash != c.BodyHash && ((c.ETag != "" && nv.ETag == c.ETag) || (c.ETag == "" && nv.ETag == "" && c.LastModified != "" && nv.LastModified == c.LastModified)):
		// The body changed under the same validator: a 304 for it would
		// have hidden new items. Never trust this feed's validators again.
		next.Distrust = true
		log.WarnContext(ctx, "feed validators do not change with its content; polling it unconditionally from now on", "etag", nv.ETag, "last_modified", nv.LastModified)
	case hash == c.BodyHash && (nv.ETag != c.ETag || nv.LastModified != c.LastModified):
		next.Churn++
		if next.Churn == churnLimit {
			log.InfoContext(ctx, "feed validators change on every poll though its content does not; no longer sending them")
		}
	case hash != c.BodyHash:
		next.Churn = 0
	}
	if hash == c.BodyHash {
		// Everything in this body was published or given up on already.
		st.Unchanged = true
		return st, next, nil
	}
	parsed, err := feed.ParseDocument(resp.Body, resp.FinalURL, resp.ContentType)
	if err != nil {
		return st, next, fmt.Errorf("%w: %w", ErrParse, err)
	}
	if parsed.Repairs > 0 {
		p.metrics.repairs.Add(ctx, int64(parsed.Repairs))
		log.InfoContext(ctx, "repaired invalid characters in feed", "repairs", parsed.Repairs)
	}
	if len(parsed.Sitemaps) > 0 {
		p.readSitemaps(ctx, parsed, opts, log)
	}
	st.TTL = parsed.TTL

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
		return st, c, redact.Error(fmt.Errorf("polling feed %q: %w", f.URL, err))
	}
	if st.Errors == 0 {
		next.ETag, next.LastModified, next.BodyHash = nv.ETag, nv.LastModified, hash
	}
	return st, next, nil
}

// readSitemaps appends the items of a sitemap index's newest children
// (children that are indexes themselves are not followed).
func (p *Poller) readSitemaps(ctx context.Context, parsed *feed.Feed, opts fetch.Options, log *slog.Logger) {
	for _, u := range parsed.Sitemaps[:min(len(parsed.Sitemaps), p.opts.MaxSitemaps)] {
		resp, err := p.client.Feed(ctx, u, fetch.Validators{}, opts)
		if err == nil {
			var child *feed.Feed
			if child, err = feed.Parse(resp.Body, resp.FinalURL); err == nil {
				parsed.Items = append(parsed.Items, child.Items...)
				if parsed.Title == "" {
					parsed.Title = child.Title
				}
				continue
			}
			err = fmt.Errorf("%w: %w", ErrParse, err)
		}
		p.metrics.error(ctx, ErrorKind(err))
		log.WarnContext(ctx, "reading child sitemap", "sitemap", u, "err", err)
	}
}

func bodyHash(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:16])
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
			p.metrics.error(ctx, KindSeenSet)
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
			trace.WithAttributes(attribute.String("url.full", redact.URL(j.item.Link)), attribute.String("newsflow.record_id", j.id), attribute.String("newsflow.source", f.Source)))
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
			p.metrics.error(ctx, fetch.Kind(err))
			count(func(s *Stats) { s.Skipped++ })
			return
		}
		log.WarnContext(ctx, "fetching item page", "err", err)
		p.metrics.error(ctx, fetch.Kind(err))
		count(func(s *Stats) { s.Errors++ })
		return
	}
	p.metrics.fetched.Add(ctx, 1)
	count(func(s *Stats) { s.Fetched++ })

	rp, err := rawPage(f, parsed, j, page)
	if err != nil {
		log.ErrorContext(ctx, "building raw page", "err", err)
		p.metrics.error(ctx, KindBuild)
		count(func(s *Stats) { s.Errors++ })
		return
	}
	if err := p.pub.PublishRaw(ctx, rp); err != nil {
		if ctx.Err() == nil && bus.IsPermanent(err) {
			// The page can never be published (too large, or its id taken
			// by another message): fetching it on every poll cannot help.
			log.WarnContext(ctx, "giving up on item that cannot be published", "reason", bus.KindOf(err), "err", err)
			if merr := p.seen.Mark(ctx, urlKey(j.id)); merr != nil {
				log.WarnContext(ctx, "marking unpublishable item", "err", merr)
			}
			p.metrics.error(ctx, KindPublish)
			count(func(s *Stats) { s.Skipped++ })
			return
		}
		log.WarnContext(ctx, "publishing raw page", "err", err)
		p.metrics.error(ctx, KindPublish)
		count(func(s *Stats) { s.Errors++ })
		return
	}
	p.metrics.published.Add(ctx, 1)
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
