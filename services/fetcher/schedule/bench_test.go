package schedule

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/fetcher/catalog"
	"github.com/newsflow/newsflow/services/fetcher/fetch"
	"github.com/newsflow/newsflow/services/fetcher/poll"
)

// farm serves feeds /f/N.xml: a few items each, linking to a small shared
// set of pages, with an ETag, so that the steady state is what a real
// fleet sees most: conditional GETs answered 304.
func farm(b *testing.B, hosts int) []string {
	var urls []string
	for range hosts {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if len(r.URL.Path) > 3 && r.URL.Path[:3] == "/p/" {
				w.Header().Set("Content-Type", "text/html")
				_, _ = w.Write([]byte("<html><body><p>page</p></body></html>"))
				return
			}
			etag := `"` + r.URL.Path + `"`
			if r.Header.Get("If-None-Match") == etag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", etag)
			w.Header().Set("Content-Type", "application/rss+xml")
			_, _ = fmt.Fprintf(w, `<rss version="2.0"><channel><title>%s</title>`, r.URL.Path)
			for i := range 3 {
				_, _ = fmt.Fprintf(w, `<item><title>Shared story number %d today</title><link>/p/%d</link><pubDate>Sat, 27 Jul 2024 10:00:00 GMT</pubDate></item>`, i, i)
			}
			_, _ = w.Write([]byte(`</channel></rss>`))
		}))
		b.Cleanup(srv.Close)
		urls = append(urls, srv.URL)
	}
	return urls
}

type memSeen struct{ m sync.Map }

func (s *memSeen) Seen(_ context.Context, k string) (bool, error) {
	_, ok := s.m.Load(k)
	return ok, nil
}

func (s *memSeen) Mark(_ context.Context, k string) error {
	s.m.Store(k, true)
	return nil
}

type nopPub struct{ n atomic.Int64 }

func (p *nopPub) PublishRaw(context.Context, *newsv1.RawPage) error { p.n.Add(1); return nil }

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

// BenchmarkFeedFarm keeps NEWSFLOW_BENCH_FEEDS feeds (default 10,000) on
// one replica at NEWSFLOW_BENCH_INTERVAL_S seconds (default 30: the
// 5-minute interval scaled down 10×, so ten times the real request rate)
// against a loopback farm of 100 hosts, through the real fetch client,
// poller, scheduler and KV catalog on an in-process JetStream. One
// iteration is one poll cycle (every feed polled once more). CPU and RSS
// are the whole process's: the farm and the NATS server included.
//
//	go test -run '^$' -bench FeedFarm -benchtime 3x ./schedule
func BenchmarkFeedFarm(b *testing.B) {
	nFeeds := envInt("NEWSFLOW_BENCH_FEEDS", 10000)
	interval := time.Duration(envInt("NEWSFLOW_BENCH_INTERVAL_S", 30)) * time.Second
	js := startJS(b)
	hosts := farm(b, 100)
	cfg := fetch.DefaultConfig()
	cfg.AllowCIDRs = []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8")}
	cfg.HostInterval = 0
	logger := slog.New(slog.DiscardHandler)
	client, err := fetch.New(cfg, logger)
	if err != nil {
		b.Fatal(err)
	}
	poller := poll.New(client, &memSeen{}, &nopPub{}, logger, poll.Options{})
	cat, err := catalog.Open(b.Context(), js, catalog.Config{Prefix: "BENCH"})
	if err != nil {
		b.Fatal(err)
	}
	feedList := make([]poll.Feed, nFeeds)
	for i := range feedList {
		feedList[i] = poll.Feed{URL: fmt.Sprintf("%s/f/%d.xml", hosts[i%len(hosts)], i), Source: "bench", Interval: interval}
	}
	var (
		mu       sync.Mutex
		polls    = make(map[string]int, nFeeds)
		lateness []time.Duration
		measure  bool
		failures atomic.Int64
		polled   = make(chan struct{}, 1)
	)
	s := New(cat, poller, logger, Options{
		Replica: "bench", Tick: 100 * time.Millisecond, MaxConcurrent: 64, PollTimeout: interval,
		MaxIdleFactor: 1, Spread: interval,
		OnPoll: func(e Event) {
			if e.Err != nil {
				failures.Add(1)
			}
			mu.Lock()
			polls[e.Feed.URL]++
			if measure {
				lateness = append(lateness, e.Started.Sub(e.Due))
			}
			mu.Unlock()
			select {
			case polled <- struct{}{}:
			default: // a wake-up is already pending
			}
		},
	})
	s.SetStatic(feedList)
	ctx, cancel := context.WithCancel(b.Context())
	done := make(chan struct{})
	go func() { _ = s.Run(ctx); close(done) }()
	defer func() { cancel(); <-done }()

	// waitCycle returns once every feed has been polled at least target times.
	waitCycle := func(target int) {
		for {
			mu.Lock()
			n := 0
			for _, f := range feedList {
				if polls[f.URL] >= target {
					n++
				}
			}
			mu.Unlock()
			if n == nFeeds {
				return
			}
			select {
			case <-polled:
			case <-b.Context().Done():
				b.Fatal("benchmark ended before the cycle completed")
			}
		}
	}
	waitCycle(1) // warm-up: first polls, spread over one interval
	mu.Lock()
	measure = true
	mu.Unlock()
	cpu := func() time.Duration {
		var ru syscall.Rusage
		_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	cycle := 1
	start := cpu()
	for b.Loop() {
		cycle++
		waitCycle(cycle)
	}
	cpuPerCycle := (cpu() - start).Seconds() / float64(cycle-1)
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	mu.Lock()
	slices.Sort(lateness)
	p99 := lateness[len(lateness)*99/100]
	mu.Unlock()
	b.ReportMetric(cpuPerCycle, "cpu-s/cycle")
	b.ReportMetric(float64(ru.Maxrss)/1024, "peak-RSS-MB")
	b.ReportMetric(float64(p99.Milliseconds()), "p99-lateness-ms")
	b.ReportMetric(float64(nFeeds)/interval.Seconds(), "polls/s")
	b.ReportMetric(float64(failures.Load()), "failed-polls")
}
