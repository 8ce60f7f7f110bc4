package schedule

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"maps"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"sync"
	"time"

	"go.opentelemetry.io/otel/metric"

	"github.com/newsflow/newsflow/services/fetcher/catalog"
	"github.com/newsflow/newsflow/services/fetcher/fetch"
	"github.com/newsflow/newsflow/services/fetcher/poll"
	"github.com/newsflow/newsflow/services/fetcher/redact"
)

// Poller is what the scheduler drives (*poll.Poller).
type Poller interface {
	PollCached(ctx context.Context, f poll.Feed, c poll.Cache) (poll.Stats, poll.Cache, error)
}

// Options tune a Scheduler. Zero values take the defaults named.
type Options struct {
	// Replica names this process in leases (default host-pid-random).
	Replica string
	// Tick is how often due feeds are looked for (default 1s).
	Tick time.Duration
	// MaxConcurrent bounds the polls in flight in this replica (default 32).
	MaxConcurrent int
	// PollTimeout bounds one poll, pages included (default 5m); the lease
	// lasts a quarter longer.
	PollTimeout time.Duration
	// DefaultInterval is used for feeds without one (default 15m).
	DefaultInterval time.Duration
	// MaxIdleFactor caps how far a quiet feed is slowed: MaxIdleFactor
	// times its interval (default 4; 1 disables adaptation).
	MaxIdleFactor float64
	// MaxHint caps how far ttl, max-age and Expires push a poll (default 6h).
	MaxHint time.Duration
	// MaxBackoff caps the wait after failures (default 1h).
	MaxBackoff time.Duration
	// DisableAfter disables a feed after this many failures in a row
	// (default 500: about three weeks at the 1h backoff cap).
	DisableAfter int
	// Spread, when set, is the window over which feeds never polled before
	// get their first poll, evenly by key (capped by their interval): for
	// a first start with thousands of feeds. By default (0) a new feed is
	// due at once, so that whoever adds one sees it polled; per-host
	// politeness still spaces the requests to each host.
	Spread time.Duration
	// Settings fingerprints the process's fetch settings that decide
	// whether a feed can be reached (allowed address ranges, user agent).
	// A failing feed whose last failure happened under other settings or
	// another configuration of the feed is retried at once with its
	// backoff reset: a fixed config should not wait out a backoff earned
	// by the broken one.
	Settings string
	// Meter exports feed health (nil: none).
	Meter metric.Meter
	// OnPoll, when set, is called after every poll this replica made.
	OnPoll func(Event)
}

// Event describes one poll (for tests, benchmarks and logs).
type Event struct {
	Feed    poll.Feed
	Replica string
	Due     time.Time
	Started time.Time
	Stats   poll.Stats
	Err     error
}

// Scheduler polls the feeds of this replica's share.
type Scheduler struct {
	cat    *catalog.Catalog
	poller Poller
	opts   Options
	logger *slog.Logger
	health *health

	mu      sync.Mutex
	static  map[string]poll.Feed // by key: from the YAML file
	dynamic map[string]poll.Feed // by key: from the catalog
	states  map[string]catalog.Versioned
	firstAt map[string]time.Time // when a never-polled feed is due
	running map[string]bool
	// announced holds the feeds whose schedule was logged, with the
	// configuration it was logged for.
	announced map[string]string
}

// New returns a Scheduler.
func New(cat *catalog.Catalog, poller Poller, logger *slog.Logger, opts Options) *Scheduler {
	if opts.Replica == "" {
		host, _ := os.Hostname()
		opts.Replica = host + "-" + strconv.Itoa(os.Getpid()) + "-" + strconv.FormatUint(rand.Uint64()%1e6, 10)
	}
	if opts.Tick <= 0 {
		opts.Tick = time.Second
	}
	if opts.MaxConcurrent <= 0 {
		opts.MaxConcurrent = 32
	}
	if opts.PollTimeout <= 0 {
		opts.PollTimeout = 5 * time.Minute
	}
	if opts.DefaultInterval <= 0 {
		opts.DefaultInterval = 15 * time.Minute
	}
	if opts.MaxIdleFactor < 1 {
		opts.MaxIdleFactor = 4
	}
	if opts.MaxHint <= 0 {
		opts.MaxHint = 6 * time.Hour
	}
	if opts.MaxBackoff <= 0 {
		opts.MaxBackoff = time.Hour
	}
	if opts.DisableAfter <= 0 {
		opts.DisableAfter = 500
	}
	s := &Scheduler{
		cat: cat, poller: poller, opts: opts,
		logger:  logger.With("component", "schedule", "replica", opts.Replica),
		static:  make(map[string]poll.Feed),
		dynamic: make(map[string]poll.Feed),
		states:  make(map[string]catalog.Versioned),
		firstAt: make(map[string]time.Time),
		running: make(map[string]bool),

		announced: make(map[string]string),
	}
	s.health = newHealth(opts.Meter, s, logger)
	return s
}

// Replica is this scheduler's lease owner name.
func (s *Scheduler) Replica() string { return s.opts.Replica }

// SetStatic replaces the feeds of the YAML list (on start and on reload).
func (s *Scheduler) SetStatic(feeds []poll.Feed) {
	m := make(map[string]poll.Feed, len(feeds))
	for _, f := range feeds {
		m[catalog.Key(f.URL)] = f
	}
	s.mu.Lock()
	s.static = m
	s.mu.Unlock()
}

// Run polls due feeds until ctx ends, then hands back its leases and
// returns nil once its polls have stopped.
func (s *Scheduler) Run(ctx context.Context) error {
	wctx, stopWatch := context.WithCancel(ctx)
	defer stopWatch()
	ready := make(chan struct{})
	werr := make(chan error, 1)
	go func() { werr <- s.cat.Watch(wctx, s.apply, ready) }()
	select {
	case <-ready:
	case err := <-werr:
		return err
	case <-ctx.Done():
		return nil
	}
	defer s.health.close()

	sem := make(chan struct{}, s.opts.MaxConcurrent)
	var wg sync.WaitGroup
	defer wg.Wait()
	t := time.NewTicker(s.opts.Tick)
	defer t.Stop()
	for {
		s.dispatch(ctx, sem, &wg)
		select {
		case <-ctx.Done():
			return nil
		case err := <-werr:
			if ctx.Err() != nil {
				return nil
			}
			return err
		case <-t.C:
		}
	}
}

// apply folds a catalog change into the local view.
func (s *Scheduler) apply(u catalog.Update) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case u.Feeds && u.Deleted:
		delete(s.dynamic, u.Key)
	case u.Feeds:
		s.dynamic[u.Key] = u.Entry.Feed()
	case u.Deleted:
		delete(s.states, u.Key)
	default:
		if cur, ok := s.states[u.Key]; !ok || u.State.Revision > cur.Revision {
			s.states[u.Key] = *u.State
		}
	}
}

type candidate struct {
	key   string
	feed  poll.Feed
	state catalog.Versioned
	due   time.Time
	// reset: the feed's failures happened under another configuration.
	reset bool
}

// dispatch claims and starts as many due feeds as there are free slots,
// the longest overdue first.
func (s *Scheduler) dispatch(ctx context.Context, sem chan struct{}, wg *sync.WaitGroup) {
	now := time.Now()
	var due []candidate
	s.mu.Lock()
	free := cap(sem) - len(sem)
	if free > 0 {
		consider := func(k string, f poll.Feed) {
			if s.running[k] {
				return
			}
			st, ok := s.states[k]
			conf := s.fingerprint(f)
			var when time.Time
			reset := false
			switch {
			case ok && st.Config != conf && st.ConsecutiveFailures > 0 && (!st.Disabled || st.DisabledByFailures) && !st.Leased(now):
				// Failing under another configuration: try the new one now.
				when, reset = now, true
			case !ok:
				first, ok := s.firstAt[k]
				if !ok {
					first = now.Add(s.firstOffset(k, s.interval(f)))
					s.firstAt[k] = first
				}
				when = first
			case st.Disabled:
				return
			case st.Leased(now) && st.Owner != s.opts.Replica:
				return
			case st.Leased(now):
				// Our own name on a live lease while we run no poll of this
				// feed: a previous incarnation of this replica (a restarted
				// container keeps its pod name) died mid-poll. Take the
				// feed back now rather than wait out the lease.
				when = now
			default:
				when = st.NextPoll
			}
			if s.announced[k] != conf {
				s.announced[k] = conf
				s.announce(ctx, f, st, ok, when, reset)
			}
			if !now.Before(when) {
				due = append(due, candidate{key: k, feed: f, state: st, due: when, reset: reset})
			}
		}
		for k, f := range s.static {
			consider(k, f)
		}
		for k, f := range s.dynamic {
			if _, ok := s.static[k]; !ok { // the YAML file wins
				consider(k, f)
			}
		}
	}
	s.mu.Unlock()
	if len(due) == 0 {
		return
	}
	slices.SortFunc(due, func(a, b candidate) int { return a.due.Compare(b.due) })
	for _, c := range due {
		if ctx.Err() != nil {
			return
		}
		select {
		case sem <- struct{}{}:
		default:
			return
		}
		claimed, ok := s.claim(ctx, c, now)
		if !ok {
			<-sem
			continue
		}
		s.mu.Lock()
		s.running[c.key] = true
		s.mu.Unlock()
		wg.Go(func() {
			defer func() {
				s.mu.Lock()
				delete(s.running, c.key)
				s.mu.Unlock()
				<-sem
			}()
			s.poll(ctx, c, claimed)
		})
	}
}

// firstOffset spreads never-polled feeds over Spread (or their interval)
// by their key, the same on every replica.
func (s *Scheduler) firstOffset(key string, interval time.Duration) time.Duration {
	window := min(interval, s.opts.Spread)
	if window <= 0 {
		return 0
	}
	h := fnv.New64a()
	_, _ = h.Write([]byte(key))
	return time.Duration(h.Sum64() % uint64(window))
}

func (s *Scheduler) interval(f poll.Feed) time.Duration {
	if f.Interval > 0 {
		return f.Interval
	}
	return s.opts.DefaultInterval
}

func (s *Scheduler) lease() time.Duration { return s.opts.PollTimeout + s.opts.PollTimeout/4 }

// claim takes the feed's lease with a compare-and-set.
func (s *Scheduler) claim(ctx context.Context, c candidate, now time.Time) (catalog.Versioned, bool) {
	st := c.state
	if st.Revision == 0 {
		st.State = catalog.State{URL: c.feed.URL, NextPoll: c.due}
	}
	st.Source = c.feed.Source
	if c.reset {
		st.ConsecutiveFailures = 0
		st.Disabled, st.DisabledByFailures, st.DisabledReason = false, false, ""
	}
	st.Owner = s.opts.Replica
	st.Until = now.Add(s.lease())
	rev, err := s.cat.PutState(ctx, st.State, st.Revision)
	if err != nil {
		if !errors.Is(err, catalog.ErrConflict) && ctx.Err() == nil {
			s.logger.WarnContext(ctx, "claiming feed", "feed", redact.URL(c.feed.URL), "err", err)
		}
		return catalog.Versioned{}, false
	}
	st.Revision = rev
	s.remember(c.key, st)
	return st, true
}

func (s *Scheduler) remember(key string, v catalog.Versioned) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if cur, ok := s.states[key]; !ok || v.Revision > cur.Revision {
		s.states[key] = v
	}
}

// poll polls one claimed feed and records the outcome.
func (s *Scheduler) poll(ctx context.Context, c candidate, claimed catalog.Versioned) {
	started := time.Now()
	pctx, cancel := context.WithTimeout(ctx, s.opts.PollTimeout)
	st, cache, err := s.poller.PollCached(pctx, c.feed, claimed.Cache)
	cancel()
	wctx, wcancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer wcancel()
	if ctx.Err() != nil {
		// Shutting down: hand the lease back, leave the feed due.
		next := claimed
		next.Owner, next.Until = "", time.Time{}
		if _, perr := s.cat.PutState(wctx, next.State, claimed.Revision); perr != nil {
			s.logger.InfoContext(wctx, "handing back lease", "feed", redact.URL(c.feed.URL), "err", perr)
		}
		return
	}
	next := s.outcome(c.feed, claimed.State, st, cache, err, time.Now())
	rev, perr := s.cat.PutState(wctx, next, claimed.Revision)
	if perr != nil {
		s.logger.WarnContext(wctx, "recording poll", "feed", redact.URL(c.feed.URL), "err", perr)
	} else {
		s.remember(c.key, catalog.Versioned{State: next, Revision: rev})
	}
	s.health.record(wctx, next)
	log := s.logger.With("feed", redact.URL(c.feed.URL), "source", c.feed.Source)
	if err != nil {
		attrs := []any{"err", err, "kind", next.LastErrorKind, "failures", next.ConsecutiveFailures, "next_poll", next.NextPoll, "disabled", next.Disabled}
		if errors.Is(err, fetch.ErrBlockedAddress) {
			attrs = append(attrs, "fix", BlockedAddressFix)
		}
		log.WarnContext(ctx, "polling feed", attrs...)
	} else {
		log.InfoContext(ctx, "polled feed", "items", st.Items, "new", st.New, "skipped_seen", st.SkippedSeen,
			"fetched", st.Fetched, "published", st.Published, "skipped", st.Skipped, "errors", st.Errors,
			"not_modified", st.NotModified, "unchanged", st.Unchanged, "next_poll", next.NextPoll)
	}
	if s.opts.OnPoll != nil {
		s.opts.OnPoll(Event{Feed: c.feed, Replica: s.opts.Replica, Due: c.due, Started: started, Stats: st, Err: err})
	}
}

// outcome is the feed's state after a poll: health, cache, the lease
// cleared and the next poll scheduled.
func (s *Scheduler) outcome(f poll.Feed, prev catalog.State, st poll.Stats, cache poll.Cache, err error, now time.Time) catalog.State {
	next := prev
	next.Owner, next.Until = "", time.Time{}
	next.PolledBy = s.opts.Replica
	next.Source = f.Source
	next.Config = s.fingerprint(f)
	next.LastPoll = now
	next.Polls++
	base := s.interval(f)
	if next.Base != base || next.Interval <= 0 {
		next.Base, next.Interval = base, base
	}
	if err != nil {
		next.ConsecutiveFailures++
		next.LastError = redact.Text(err.Error())
		next.LastErrorKind = poll.ErrorKind(err)
		next.LastErrorAt = now
		wait := backoff(base, s.opts.MaxBackoff, next.ConsecutiveFailures)
		var se *fetch.StatusError
		if errors.As(err, &se) && se.RetryAfter > wait {
			wait = se.RetryAfter // the server said when; asking earlier is rude
		}
		next.NextPoll = now.Add(wait)
		if next.ConsecutiveFailures >= s.opts.DisableAfter {
			next.Disabled, next.DisabledByFailures = true, true
			next.DisabledReason = fmt.Sprintf("%d failures in a row, the last: %s", next.ConsecutiveFailures, next.LastError)
		}
		return next
	}
	next.Cache = cache
	next.ConsecutiveFailures = 0
	next.LastSuccess = now
	// The feed works again: an old error would only mislead `feeds ls`.
	next.LastError, next.LastErrorKind, next.LastErrorAt = "", "", time.Time{}
	if !st.NotModified && !st.Unchanged {
		next.LastItems = st.Items
	}
	next.ItemsSeen += int64(st.Published + st.Skipped)
	next.Interval = adapt(next.Interval, base, s.opts.MaxIdleFactor, st)
	wait := next.Interval
	if hint := min(max(st.TTL, st.Fresh), s.opts.MaxHint); hint > wait {
		wait = hint
	}
	// ±10% so that feeds added together drift apart.
	next.NextPoll = now.Add(wait - wait/10 + jitter(wait/5))
	return next
}

// adapt is the next interval: back to base when at least a quarter of the
// items were new, unchanged when some were, else half again as long, up to
// factor·base.
func adapt(cur, base time.Duration, factor float64, st poll.Stats) time.Duration {
	switch {
	case st.New > 0 && st.New*4 >= st.Items:
		return base
	case st.New > 0 || st.Errors > 0:
		return max(cur, base)
	}
	return min(max(cur+cur/2, base), time.Duration(float64(base)*factor))
}

// backoff is interval·2^(failures-1), capped at limit (but never below the
// interval), with jitter in the upper half.
func backoff(interval, limit time.Duration, failures int) time.Duration {
	d := interval
	for i := 1; i < failures && d < limit; i++ {
		d *= 2
	}
	d = min(d, max(limit, interval))
	return d/2 + jitter(d/2)
}

func jitter(d time.Duration) time.Duration {
	if d <= 0 {
		return 0
	}
	return rand.N(d)
}

// snapshot returns the states this replica polled last (for metrics).
func (s *Scheduler) snapshot() []catalog.State {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]catalog.State, 0, len(s.states))
	for _, v := range s.states {
		if v.PolledBy == s.opts.Replica {
			out = append(out, v.State)
		}
	}
	return out
}

// BlockedAddressFix says how to let the fetcher reach an address its SSRF
// guard refused (logged with the refusal).
const BlockedAddressFix = "the feed's address is loopback, private or otherwise not public, which the fetcher refuses by default; " +
	"if you mean it, add its range to the fetcher setting allow_cidrs (fetcher: {allow_cidrs: [...]} in newsflow.yaml, -allow-cidrs, or NEWSFLOW_FETCH_ALLOW_CIDRS), " +
	"e.g. 127.0.0.0/8 for this machine or 10.0.0.0/8 for a private network"

// fingerprint identifies a feed's configuration and the fetch settings it
// is polled under (headers hashed, never stored: they may hold secrets).
func (s *Scheduler) fingerprint(f poll.Feed) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%d\x00%s\x00%s\x00%s", f.URL, f.Source, s.interval(f), f.Language, f.UserAgent, s.opts.Settings)
	for _, k := range slices.Sorted(maps.Keys(f.Headers)) {
		fmt.Fprintf(h, "\x00%s=%s", k, f.Headers[k])
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// announce logs when a feed will be polled next, once per configuration.
func (s *Scheduler) announce(ctx context.Context, f poll.Feed, st catalog.Versioned, known bool, when time.Time, reset bool) {
	attrs := []any{"feed", redact.URL(f.URL), "source", f.Source, "interval", s.interval(f).String(), "next_poll", when.UTC().Format(time.RFC3339)}
	switch {
	case reset:
		attrs = append(attrs, "state", "failing under its previous configuration: retried now, backoff reset", "failures", st.ConsecutiveFailures)
	case !known:
		attrs = append(attrs, "state", "new")
	case st.Disabled:
		attrs = append(attrs, "state", "disabled", "reason", st.DisabledReason)
	case st.ConsecutiveFailures > 0:
		attrs = append(attrs, "state", "failing", "failures", st.ConsecutiveFailures, "last_error", st.LastError)
	default:
		attrs = append(attrs, "state", "ok")
	}
	s.logger.InfoContext(ctx, "feed scheduled", attrs...)
}

// SettingsOf is the Options.Settings of a fetch configuration: what decides
// whether a feed can be reached at all.
func SettingsOf(c fetch.Config) string {
	return fmt.Sprintf("allow=%v ua=%s", c.AllowCIDRs, c.UserAgent)
}
