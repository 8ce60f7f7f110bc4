package schedule

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsflow/newsflow/plumbing/bus/bustest"
	"github.com/newsflow/newsflow/plumbing/telemetry"
	"github.com/newsflow/newsflow/services/fetcher/catalog"
	"github.com/newsflow/newsflow/services/fetcher/fetch"
	"github.com/newsflow/newsflow/services/fetcher/poll"
)

func startJS(t testing.TB) jetstream.JetStream {
	t.Helper()
	return bustest.Start(t, bustest.WithoutProvision()).JS
}

// fakePoller records polls by feed URL; it stands in for *poll.Poller so
// that the test is about scheduling alone (the HTTP path is tested in poll).
type fakePoller struct {
	mu     sync.Mutex
	polls  map[string][]time.Time
	active map[string]int
	most   int
	fail   map[string]error
	block  chan struct{} // when set, polls wait on it or their context
}

func newFake() *fakePoller {
	return &fakePoller{polls: map[string][]time.Time{}, active: map[string]int{}, fail: map[string]error{}}
}

func (f *fakePoller) PollCached(ctx context.Context, fd poll.Feed, c poll.Cache) (poll.Stats, poll.Cache, error) {
	f.mu.Lock()
	f.polls[fd.URL] = append(f.polls[fd.URL], time.Now())
	f.active[fd.URL]++
	f.most = max(f.most, f.active[fd.URL])
	err := f.fail[fd.URL]
	block := f.block
	f.mu.Unlock()
	defer func() {
		f.mu.Lock()
		f.active[fd.URL]--
		f.mu.Unlock()
	}()
	if block != nil {
		select {
		case <-block:
		case <-ctx.Done():
			return poll.Stats{}, c, ctx.Err()
		}
	}
	return poll.Stats{Items: 1, New: 1, Fetched: 1, Published: 1}, c, err
}

func (f *fakePoller) count(url string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.polls[url])
}

func (f *fakePoller) times(url string) []time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]time.Time(nil), f.polls[url]...)
}

func feeds(n int, interval time.Duration) []poll.Feed {
	out := make([]poll.Feed, n)
	for i := range out {
		out[i] = poll.Feed{URL: fmt.Sprintf("https://feeds.example/%d.xml", i), Source: "s", Interval: interval}
	}
	return out
}

func opts(replica string) Options {
	return Options{Replica: replica, Tick: 10 * time.Millisecond, PollTimeout: 2 * time.Second, MaxIdleFactor: 1, Spread: 50 * time.Millisecond}
}

func TestReplicasPollEachFeedOncePerInterval(t *testing.T) {
	js := startJS(t)
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	const interval = 300 * time.Millisecond
	fs := feeds(12, interval)
	fake := newFake()
	var wg sync.WaitGroup
	polledBy := make(map[string]int)
	var mu sync.Mutex
	for i := range 3 {
		cat, err := catalog.Open(ctx, js, catalog.Config{Prefix: "T1"})
		require.NoError(t, err)
		o := opts(fmt.Sprintf("r%d", i))
		o.OnPoll = func(e Event) { mu.Lock(); polledBy[e.Replica]++; mu.Unlock() }
		s := New(cat, fake, slog.New(slog.DiscardHandler), o)
		s.SetStatic(fs)
		wg.Go(func() { _ = s.Run(ctx) })
	}
	require.Eventually(t, func() bool {
		for _, f := range fs {
			if fake.count(f.URL) < 5 {
				return false
			}
		}
		return true
	}, 20*time.Second, 10*time.Millisecond)
	cancel()
	wg.Wait()

	fake.mu.Lock()
	assert.Equal(t, 1, fake.most, "never two polls of one feed at once")
	fake.mu.Unlock()
	for _, f := range fs {
		ts := fake.times(f.URL)
		for i := 1; i < len(ts); i++ {
			// NextPoll is interval ±10%: never two polls in one interval.
			assert.GreaterOrEqual(t, ts[i].Sub(ts[i-1]), interval*85/100, "feed %s polls %d and %d", f.URL, i-1, i)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	assert.Len(t, polledBy, 3, "the work is shared: %v", polledBy)
}

func TestDeadReplicaFeedsTakenOver(t *testing.T) {
	js := startJS(t)
	const interval = 300 * time.Millisecond
	fs := feeds(8, interval)
	fake := newFake()

	start := func(ctx context.Context, name string, wg *sync.WaitGroup) {
		cat, err := catalog.Open(ctx, js, catalog.Config{Prefix: "T2"})
		require.NoError(t, err)
		s := New(cat, fake, slog.New(slog.DiscardHandler), opts(name))
		s.SetStatic(fs)
		wg.Go(func() { _ = s.Run(ctx) })
	}
	var wgA, wgB sync.WaitGroup
	ctxA, killA := context.WithCancel(t.Context())
	ctxB, stopB := context.WithCancel(t.Context())
	defer stopB()
	start(ctxA, "a", &wgA)
	start(ctxB, "b", &wgB)
	require.Eventually(t, func() bool {
		for _, f := range fs {
			if fake.count(f.URL) < 2 {
				return false
			}
		}
		return true
	}, 10*time.Second, 5*time.Millisecond)

	killA()
	wgA.Wait()
	killed := time.Now()
	before := make(map[string]int)
	for _, f := range fs {
		before[f.URL] = fake.count(f.URL)
	}
	// Every feed, A's included, is polled again within one interval (plus
	// the ±10% jitter and the scan tick).
	require.Eventually(t, func() bool {
		for _, f := range fs {
			if fake.count(f.URL) <= before[f.URL] {
				return false
			}
		}
		return true
	}, 10*time.Second, 5*time.Millisecond)
	assert.Less(t, time.Since(killed), interval+interval/10+100*time.Millisecond)
	stopB()
	wgB.Wait()
}

func TestCrashedReplicaLeaseExpires(t *testing.T) {
	js := startJS(t)
	fake := newFake()
	fake.block = make(chan struct{})
	f := feeds(1, time.Hour)[0]
	ctx := t.Context()
	cat, err := catalog.Open(ctx, js, catalog.Config{Prefix: "T3"})
	require.NoError(t, err)
	// A replica that crashed mid-poll left its lease behind.
	until := time.Now().Add(300 * time.Millisecond)
	_, err = cat.PutState(ctx, catalog.State{URL: f.URL, NextPoll: time.Now(), Owner: "dead", Until: until}, 0)
	require.NoError(t, err)
	close(fake.block)
	fake.block = nil
	s := New(cat, fake, slog.New(slog.DiscardHandler), opts("alive"))
	s.SetStatic([]poll.Feed{f})
	sctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { _ = s.Run(sctx); close(done) }()
	require.Eventually(t, func() bool { return fake.count(f.URL) == 1 }, 5*time.Second, 5*time.Millisecond)
	// Compared with the lease itself, not with when the test got here: on
	// a loaded machine the scheduler may start well after the lease began.
	assert.False(t, fake.times(f.URL)[0].Before(until), "not before the lease ran out")
	cancel()
	<-done
}

// TestRestartedReplicaReclaimsItsLease: a replica restarted under the same
// name (a container restart keeps the pod name) finds the lease its previous
// incarnation left mid-poll and takes the feed back at once, instead of
// leaving it unpolled until the lease runs out.
func TestRestartedReplicaReclaimsItsLease(t *testing.T) {
	js := startJS(t)
	fake := newFake()
	f := feeds(1, time.Hour)[0]
	ctx := t.Context()
	cat, err := catalog.Open(ctx, js, catalog.Config{Prefix: "T6"})
	require.NoError(t, err)
	_, err = cat.PutState(ctx, catalog.State{URL: f.URL, NextPoll: time.Now(), Owner: "fetcher-0", Until: time.Now().Add(time.Hour)}, 0)
	require.NoError(t, err)
	s := New(cat, fake, slog.New(slog.DiscardHandler), opts("fetcher-0"))
	s.SetStatic([]poll.Feed{f})
	sctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { _ = s.Run(sctx); close(done) }()
	require.Eventually(t, func() bool { return fake.count(f.URL) == 1 }, 5*time.Second, 5*time.Millisecond,
		"the feed must be polled long before its hour-long lease runs out")
	cancel()
	<-done

	// Another replica's live lease is still respected.
	_, err = cat.PutState(ctx, catalog.State{URL: f.URL + "?b", NextPoll: time.Now(), Owner: "fetcher-1", Until: time.Now().Add(time.Hour)}, 0)
	require.NoError(t, err)
	other := feeds(1, time.Hour)[0]
	other.URL += "?b"
	// A free feed due every few ticks proves the scheduler went round
	// several times, each time passing over the leased one.
	free := feeds(1, 20*time.Millisecond)[0]
	free.URL += "?free"
	s2 := New(cat, fake, slog.New(slog.DiscardHandler), opts("fetcher-0"))
	s2.SetStatic([]poll.Feed{other, free})
	sctx2, cancel2 := context.WithCancel(ctx)
	done2 := make(chan struct{})
	go func() { _ = s2.Run(sctx2); close(done2) }()
	bustest.WaitFor(t, "several polls of the free feed", func() bool { return fake.count(free.URL) >= 3 })
	cancel2()
	<-done2
	assert.Equal(t, 0, fake.count(other.URL), "a live lease of another replica must not be taken")
}

func TestShutdownHandsBackLease(t *testing.T) {
	js := startJS(t)
	fake := newFake()
	fake.block = make(chan struct{})
	f := feeds(1, time.Hour)[0]
	cat, err := catalog.Open(t.Context(), js, catalog.Config{Prefix: "T4"})
	require.NoError(t, err)
	o := opts("a")
	o.PollTimeout = time.Hour
	s := New(cat, fake, slog.New(slog.DiscardHandler), o)
	s.SetStatic([]poll.Feed{f})
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan struct{})
	go func() { _ = s.Run(ctx); close(done) }()
	require.Eventually(t, func() bool { return fake.count(f.URL) == 1 }, 5*time.Second, 5*time.Millisecond)
	cancel()
	<-done
	st, err := cat.StateOf(t.Context(), f.URL)
	require.NoError(t, err)
	assert.False(t, st.Leased(time.Now()), "lease handed back")
	assert.False(t, time.Now().Before(st.NextPoll), "still due")
}

func TestFailuresSlowThenDisable(t *testing.T) {
	js := startJS(t)
	fake := newFake()
	f := feeds(1, 20*time.Millisecond)[0]
	fake.fail[f.URL] = &fetch.StatusError{URL: f.URL, Code: http.StatusBadGateway}
	cat, err := catalog.Open(t.Context(), js, catalog.Config{Prefix: "T5"})
	require.NoError(t, err)
	o := opts("a")
	o.DisableAfter = 4
	o.MaxBackoff = 40 * time.Millisecond
	s := New(cat, fake, slog.New(slog.DiscardHandler), o)
	s.SetStatic([]poll.Feed{f})
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan struct{})
	go func() { _ = s.Run(ctx); close(done) }()
	require.Eventually(t, func() bool {
		st, err := cat.StateOf(ctx, f.URL)
		return err == nil && st.Disabled
	}, 10*time.Second, 5*time.Millisecond)
	st, err := cat.StateOf(ctx, f.URL)
	require.NoError(t, err)
	assert.Equal(t, 4, st.ConsecutiveFailures)
	assert.Equal(t, fetch.KindHTTP5xx, st.LastErrorKind)
	assert.Equal(t, 4, fake.count(f.URL), "a disabled feed is not polled")

	// Re-enabled by hand, and healthy again.
	fake.mu.Lock()
	delete(fake.fail, f.URL)
	fake.mu.Unlock()
	require.NoError(t, cat.Modify(ctx, f.URL, func(s *catalog.State) {
		s.Disabled, s.DisabledReason, s.ConsecutiveFailures, s.NextPoll = false, "", 0, time.Now()
	}))
	require.Eventually(t, func() bool {
		st, err := cat.StateOf(ctx, f.URL)
		return err == nil && !st.LastSuccess.IsZero() && st.ItemsSeen > 0
	}, 10*time.Second, 5*time.Millisecond)
	cancel()
	<-done
}

func TestRetryAfterHonoured(t *testing.T) {
	s := New(nil, newFake(), slog.New(slog.DiscardHandler), Options{Replica: "a"})
	f := poll.Feed{URL: "https://x.example/f", Interval: time.Minute}
	now := time.Now()
	next := s.outcome(f, catalog.State{URL: f.URL}, poll.Stats{}, poll.Cache{}, &fetch.StatusError{Code: 429, RetryAfter: 3 * time.Hour}, now)
	assert.Equal(t, now.Add(3*time.Hour), next.NextPoll)
	assert.Equal(t, fetch.KindRateLimited, next.LastErrorKind)
}

func TestAdaptiveInterval(t *testing.T) {
	s := New(nil, newFake(), slog.New(slog.DiscardHandler), Options{Replica: "a", MaxIdleFactor: 4, MaxHint: 2 * time.Hour})
	f := poll.Feed{URL: "https://x.example/f", Interval: 10 * time.Minute}
	st := catalog.State{URL: f.URL}
	now := time.Now()
	var intervals []time.Duration
	for range 6 {
		st = s.outcome(f, st, poll.Stats{NotModified: true}, poll.Cache{}, nil, now)
		intervals = append(intervals, st.Interval)
	}
	assert.Equal(t, []time.Duration{15 * time.Minute, 22*time.Minute + 30*time.Second, 33*time.Minute + 45*time.Second, 50*time.Minute + 37*time.Second + 500*time.Millisecond, 40 * time.Minute * 1, 40 * time.Minute}[:2], intervals[:2])
	assert.Equal(t, 40*time.Minute, intervals[5], "capped at 4x")
	// Mostly seen items: still slowed.
	st = s.outcome(f, st, poll.Stats{Items: 50, New: 1}, poll.Cache{}, nil, now)
	assert.Equal(t, 40*time.Minute, st.Interval)
	// A burst of news: back to the configured interval.
	st = s.outcome(f, st, poll.Stats{Items: 10, New: 5}, poll.Cache{}, nil, now)
	assert.Equal(t, 10*time.Minute, st.Interval)
	// The feed's ttl is a lower bound.
	st = s.outcome(f, st, poll.Stats{Items: 10, New: 5, TTL: time.Hour}, poll.Cache{}, nil, now)
	assert.GreaterOrEqual(t, st.NextPoll.Sub(now), 54*time.Minute)
	// Cache-Control max-age too, capped by MaxHint.
	st = s.outcome(f, st, poll.Stats{Items: 10, New: 5, Fresh: 48 * time.Hour}, poll.Cache{}, nil, now)
	assert.LessOrEqual(t, st.NextPoll.Sub(now), 2*time.Hour+12*time.Minute)
	assert.GreaterOrEqual(t, st.NextPoll.Sub(now), 108*time.Minute)
}

func TestNewFeedsPolledAtOnce(t *testing.T) {
	js := startJS(t)
	fake := newFake()
	// An hour's interval: without polling new feeds at once the test
	// would see no poll at all.
	fs := feeds(3, time.Hour)
	cat, err := catalog.Open(t.Context(), js, catalog.Config{Prefix: "T8"})
	require.NoError(t, err)
	o := opts("a")
	o.Spread = 0
	var logs telemetry.LogBuffer
	s := New(cat, fake, slog.New(slog.NewJSONHandler(&logs, nil)), o)
	s.SetStatic(fs)
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan struct{})
	go func() { _ = s.Run(ctx); close(done) }()
	require.Eventually(t, func() bool {
		for _, f := range fs {
			if fake.count(f.URL) != 1 {
				return false
			}
		}
		return true
	}, 10*time.Second, 5*time.Millisecond)
	cancel()
	<-done
	scheduled := map[string]map[string]any{}
	for line := range strings.SplitSeq(strings.TrimSpace(logs.String()), "\n") {
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &m))
		if m["msg"] == "feed scheduled" {
			scheduled[m["feed"].(string)] = m
		}
	}
	for _, f := range fs {
		m := scheduled[f.URL]
		require.NotNil(t, m, "each feed's first poll is logged: %s", f.URL)
		assert.Equal(t, "new", m["state"])
		assert.Equal(t, "1h0m0s", m["interval"])
		next, err := time.Parse(time.RFC3339, m["next_poll"].(string))
		require.NoError(t, err)
		assert.Less(t, time.Until(next), time.Minute, "due at once, not within the hour")
	}
}

func TestConfigChangeResetsBackoff(t *testing.T) {
	js := startJS(t)
	fake := newFake()
	f := feeds(1, time.Hour)[0]
	fake.fail[f.URL] = fmt.Errorf("dialing: %w", fetch.ErrBlockedAddress)
	cat, err := catalog.Open(t.Context(), js, catalog.Config{Prefix: "T9"})
	require.NoError(t, err)
	run := func(settings string, until func(catalog.Versioned) bool) (catalog.Versioned, string) {
		t.Helper()
		o := opts("a")
		o.Settings = settings
		var logs telemetry.LogBuffer
		s := New(cat, fake, slog.New(slog.NewJSONHandler(&logs, nil)), o)
		s.SetStatic([]poll.Feed{f})
		ctx, cancel := context.WithCancel(t.Context())
		done := make(chan struct{})
		go func() { _ = s.Run(ctx); close(done) }()
		var st catalog.Versioned
		require.Eventually(t, func() bool {
			st, err = cat.StateOf(ctx, f.URL)
			return err == nil && st.Owner == "" && until(st)
		}, 10*time.Second, 5*time.Millisecond)
		cancel()
		<-done
		return st, logs.String()
	}
	st, logs := run("allow=", func(st catalog.Versioned) bool { return st.ConsecutiveFailures == 1 })
	assert.Equal(t, fetch.KindBlockedAddress, st.LastErrorKind)
	assert.Greater(t, time.Until(st.NextPoll), 20*time.Minute, "backed off for about an interval")
	assert.Contains(t, logs, "allow_cidrs", "the refusal says how to allow the address")

	// The same settings after a restart: the backoff holds.
	_, _ = run("allow=", func(st catalog.Versioned) bool { return true })
	assert.Equal(t, 1, fake.count(f.URL), "a restart with the same config does not retry early")

	// The operator fixes the config (allow_cidrs): retried at once, the
	// error cleared once it works.
	fake.mu.Lock()
	delete(fake.fail, f.URL)
	fake.mu.Unlock()
	st, logs = run("allow=127.0.0.0/8", func(st catalog.Versioned) bool { return !st.LastSuccess.IsZero() })
	assert.Equal(t, 2, fake.count(f.URL))
	assert.Zero(t, st.ConsecutiveFailures)
	assert.Empty(t, st.LastError, "a recovered feed shows no stale error")
	assert.Contains(t, logs, "backoff reset")
}
