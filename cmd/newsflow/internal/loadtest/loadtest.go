package loadtest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/newsflow/newsflow/cmd/newsflow/internal/corpus"
	"github.com/newsflow/newsflow/cmd/newsflow/internal/pipeline"
	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/embedded"
	"github.com/newsflow/newsflow/plumbing/rawbody"
	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	classifystage "github.com/newsflow/newsflow/services/classifier/stage"
	"github.com/newsflow/newsflow/services/extractor/extract"
	"github.com/newsflow/newsflow/services/fetcher/canon"
	"github.com/newsflow/newsflow/services/fetcher/fetch"
	"github.com/newsflow/newsflow/services/sink/store"
)

// Options configure a pipeline load test.
type Options struct {
	Articles int
	// Rate is the raw publish rate in articles/s; 0 publishes as fast as
	// the pipeline takes them.
	Rate float64
	// DataDir holds the embedded JetStream store and the default SQLite file.
	DataDir string
	// SinkDSN is the sink's database (default: SQLite in DataDir).
	SinkDSN string
	Seed    uint64
	// Timeout bounds the pipeline run (default 30 min).
	Timeout  time.Duration
	Logger   *slog.Logger
	Progress io.Writer
	Getenv   func(string) string
	// CPUProfile, when set, receives a CPU profile of the stages' run (from
	// their start to the last commit), not of the set-up around it.
	CPUProfile io.Writer
	// MemProfile, when set, receives a heap profile taken when the last
	// article is committed, while the stages still hold what they hold.
	MemProfile io.Writer
	// MaxStore bounds the embedded JetStream's file storage in bytes (0:
	// the server's default, a share of the disk): a run whose streams do
	// not fit shows what a full disk does.
	MaxStore int64
	// Stall fails the run when no article was committed for this long
	// (default 30 s), naming the cause when one is known: a stage whose
	// output is blocked (JetStream storage full, the database down),
	// JetStream disabled by its server. A healthy run commits every few
	// hundred milliseconds.
	Stall time.Duration
}

// Result is one run's measurements; the JSON names are newsflow bench
// pipeline's contract.
type Result struct {
	Articles        int     `json:"articles"`
	Stored          int64   `json:"stored"`
	Duplicates      int64   `json:"duplicates"`
	RawMB           float64 `json:"raw_mb"`
	ArticlesPerS    float64 `json:"articles_per_s"`
	ExtractOnlyPerS float64 `json:"extract_only_articles_per_s"`
	// ExtractOnlyRuns are the extractor-alone rates timed before and after
	// the pipeline run; ExtractOnlyPerS is their mean, so that a shared
	// machine's load that changes during the run weighs on both sides of
	// the ratio alike.
	ExtractOnlyRuns []float64 `json:"extract_only_runs_articles_per_s"`
	P50ms           float64   `json:"p50_ms"`
	P95ms           float64   `json:"p95_ms"`
	P99ms           float64   `json:"p99_ms"`
	PeakRSSMB       float64   `json:"peak_rss_mb"`
	// CPUCores is the process's CPU time over the pipeline run divided by
	// its wall time: how many of the cores the stages kept busy.
	CPUCores float64 `json:"cpu_cores"`

	// CPU cost in core-milliseconds per article, from the process's CPU
	// time (getrusage): of the whole pipeline run, and of the extractor
	// alone (its timed batches only). Unlike the rates, these do not
	// depend on how much of the machine other processes took. With a
	// Rate the run's figure includes the load generator, which
	// StageCPUms reports apart as "load_generator".
	CPUmsPerArticle            float64 `json:"cpu_ms_per_article"`
	ExtractOnlyCPUmsPerArticle float64 `json:"extract_only_cpu_ms_per_article"`
	// StageCPUms splits the pipeline run's CPU by stage (extractor,
	// classifier, sink, nats_server, other), from a CPU profile of the run
	// split by pprof labels; see stagecpu.go. OtherCPUms splits "other"
	// into gc, nats_client and rest.
	StageCPUms map[string]float64 `json:"stage_cpu_ms_per_article"`
	OtherCPUms map[string]float64 `json:"other_cpu_ms_per_article"`
	// GCCPUms is the garbage collector's share of CPUmsPerArticle, its
	// assists on the stages' goroutines included (runtime/metrics), which
	// the split by stage counts in the stage that allocated.
	GCCPUms float64 `json:"gc_cpu_ms_per_article"`
	// SinkBatch is the mean number of articles per sink transaction: a
	// commit's cost is shared by its batch.
	SinkBatch float64 `json:"sink_batch_mean"`
}

const origin = "https://bench.newsflow.test/"

// Bounds that keep the all-in-one process's memory flat however many
// articles flow: in-flight messages per consumer, and batch sizes.
const (
	maxAckPending = 400
	publishers    = 4
)

// ExtractOnly times the extractor alone over pages 0..n-1 with one worker
// per core, generating each batch of pages before the clock starts. It
// returns the rate and the process's CPU time while the clock ran.
func ExtractOnly(ctx context.Context, seed uint64, n int) (perSecond float64, cpu time.Duration, err error) {
	workers := runtime.GOMAXPROCS(0)
	const batch = 256
	var busy time.Duration
	pages := make([]corpus.Page, 0, batch)
	for start := 0; start < n; start += batch {
		if err := ctx.Err(); err != nil {
			return 0, 0, err
		}
		pages = pages[:0]
		for i := start; i < min(start+batch, n); i++ {
			pages = append(pages, corpus.Generate(seed, i, origin))
		}
		var next atomic.Int64
		var wg sync.WaitGroup
		var firstErr error
		var mu sync.Mutex
		t0, cpu0 := time.Now(), cpuTime()
		for range workers {
			wg.Go(func() {
				for {
					j := int(next.Add(1)) - 1
					if j >= len(pages) {
						return
					}
					if _, err := extract.HTML(pages[j].HTML, extract.Input{URL: pages[j].URL}); err != nil {
						mu.Lock()
						firstErr = errors.Join(firstErr, err)
						mu.Unlock()
					}
				}
			})
		}
		wg.Wait()
		busy += time.Since(t0)
		cpu += cpuTime() - cpu0
		if firstErr != nil {
			return 0, 0, fmt.Errorf("extracting generated pages: %w", firstErr)
		}
	}
	return float64(n) / busy.Seconds(), cpu, nil
}

// commitClock wraps the sink's database and records when each article's row
// is committed, counting deliveries of an article already committed.
type commitClock struct {
	pipeline.SinkDB
	mu         sync.Mutex
	published  map[string]time.Time
	committed  map[string]bool
	latencies  []time.Duration
	duplicates int64
	batches    int
	last       time.Time
	done       chan struct{}
	want       int
}

func (c *commitClock) published1(id string, t time.Time) {
	c.mu.Lock()
	c.published[id] = t
	c.mu.Unlock()
}

// restart counts latency from t for every page published so far: the pages
// preloaded into the raw stream wait for the stages, not in them.
func (c *commitClock) restart(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for id := range c.published {
		c.published[id] = t
	}
}

func (c *commitClock) Upsert(ctx context.Context, recs []*newsv1.TaggedArticle) (store.UpsertResult, error) {
	res, err := c.SinkDB.Upsert(ctx, recs)
	if err != nil {
		return res, err
	}
	now := time.Now()
	c.mu.Lock()
	defer c.mu.Unlock()
	c.batches++
	for _, r := range recs {
		id := r.GetArticle().GetId()
		if c.committed[id] {
			c.duplicates++
			continue
		}
		c.committed[id] = true
		if t, ok := c.published[id]; ok {
			c.latencies = append(c.latencies, now.Sub(t))
		}
		c.last = now
	}
	if len(c.committed) == c.want {
		select {
		case <-c.done:
		default:
			close(c.done)
		}
	}
	return res, nil
}

// Run runs the whole measurement.
func Run(ctx context.Context, o Options) (Result, error) {
	res := Result{Articles: o.Articles}
	if o.Articles <= 0 {
		return res, errors.New("loadtest: --articles must be positive")
	}
	if o.Timeout <= 0 {
		o.Timeout = 30 * time.Minute
	}
	if o.Stall <= 0 {
		o.Stall = DefaultStall
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Progress == nil {
		o.Progress = io.Discard
	}
	if o.Getenv == nil {
		o.Getenv = func(string) string { return "" }
	}

	fmt.Fprintf(o.Progress, "timing the extractor alone over %d pages on %d cores…\n", o.Articles, runtime.GOMAXPROCS(0))
	var err error
	var extractCPU time.Duration
	if res.ExtractOnlyPerS, extractCPU, err = ExtractOnly(ctx, o.Seed, o.Articles); err != nil {
		return res, err
	}
	res.ExtractOnlyRuns = []float64{res.ExtractOnlyPerS}
	res.ExtractOnlyCPUmsPerArticle = msPerArticle(extractCPU, o.Articles)
	fmt.Fprintf(o.Progress, "extractor alone: %.0f articles/s, %.2f core-ms per article\n", res.ExtractOnlyPerS, res.ExtractOnlyCPUmsPerArticle)

	ctx, cancel := context.WithTimeout(ctx, o.Timeout)
	defer cancel()
	// The embedded server is started here, under its own pprof label, so
	// that the profile of the run tells its CPU from the stages'; it is
	// bounded as pipeline.OpenLocal bounds its own.
	var ns interface {
		ClientURL() string
		InProcessConn() (net.Conn, error)
		Shutdown()
		WaitForShutdown()
		JetStreamEnabled() bool
	}
	pprof.Do(ctx, pprof.Labels(pipeline.StageLabel, StageNATSServer), func(context.Context) {
		ns, err = embedded.Start(embedded.Options{StoreDir: filepath.Join(o.DataDir, "jetstream"), MaxMemory: 256 << 20, MaxStore: o.MaxStore})
	})
	if err != nil {
		return res, err
	}
	defer func() { ns.Shutdown(); ns.WaitForShutdown() }()
	l, err := pipeline.OpenLocal(ctx, pipeline.LocalOptions{
		Name: "newsflow-bench", DataDir: o.DataDir, SinkDSN: o.SinkDSN,
		NATS:    bus.ConnConfig{URL: ns.ClientURL(), InProcess: ns},
		Streams: bus.DefaultStreamOptions(), Logger: o.Logger,
	}, o.Getenv)
	if err != nil {
		return res, err
	}
	defer func() { _ = l.Close() }()

	clock := &commitClock{
		SinkDB: l.Store, published: make(map[string]time.Time, o.Articles), committed: make(map[string]bool, o.Articles),
		done: make(chan struct{}), want: o.Articles,
	}
	// Without a rate the raw stream is filled first and the stages then
	// drain it: the clock measures extractor, classifier, sink and NATS,
	// not the load generator, which shares the same cores. With a rate
	// pages are generated and published while the stages run.
	preload := o.Rate <= 0
	cores := runtime.GOMAXPROCS(0)
	var p *pipeline.Pipeline
	stopped := false
	defer func() {
		if p != nil && !stopped {
			_ = p.Stop()
		}
	}()
	profiling := false
	defer func() {
		if profiling {
			pprof.StopCPUProfile()
		}
	}()
	// The stages' run is always profiled: the profile is split by stage
	// (and written to o.CPUProfile when asked for).
	var prof bytes.Buffer
	startStages := func() error {
		switch err := pprof.StartCPUProfile(&prof); {
		case err == nil:
			profiling = true
		case o.CPUProfile != nil:
			return fmt.Errorf("starting CPU profile: %w", err)
		default:
			// Another profile is running (go test -cpuprofile): the run
			// is measured without the split by stage.
			fmt.Fprintf(o.Progress, "no CPU split by stage: %v\n", err)
		}
		var err error
		p, err = pipeline.Start(ctx, pipeline.Config{
			JS: l.JS, Telemetry: l.Telemetry, Store: clock, Classifier: l.Classifier, Logger: o.Logger,
			Stage: bus.StageOptions{
				// Several messages per core: a worker waits for its
				// publish ack, and the cores should not wait with it.
				Runner:   bus.RunnerConfig{Concurrency: 4 * cores},
				Consumer: bus.ConsumerOptions{MaxAckPending: maxAckPending},
			},
			Fetch: fetch.DefaultConfig(), SeenBucket: "newsflow_bench_seen", Classify: classifystage.DefaultConfig(),
		})
		return err
	}
	if !preload {
		if err := startStages(); err != nil {
			return res, err
		}
	}

	pub := bus.NewPublisher(l.JS, l.Telemetry.TracerProvider, l.Telemetry.Propagator)
	var rawBytes atomic.Int64
	var next atomic.Int64
	start, cpuStart, gcStart := time.Now(), cpuTime(), gcCPU()
	var pubErr error
	var pubMu sync.Mutex
	var pubFailed atomic.Bool
	var wg sync.WaitGroup
	for range publishers {
		wg.Go(func() {
			// Labelled so that, with --rate, the load generator's CPU is
			// told from the stages' it shares the run with.
			pprof.SetGoroutineLabels(pprof.WithLabels(ctx, pprof.Labels(pipeline.StageLabel, StageLoad)))
			for {
				i := int(next.Add(1)) - 1
				if i >= o.Articles || ctx.Err() != nil || pubFailed.Load() {
					return
				}
				if o.Rate > 0 {
					due := start.Add(time.Duration(float64(i) / o.Rate * float64(time.Second)))
					if d := time.Until(due); d > 0 {
						select {
						case <-time.After(d):
						case <-ctx.Done():
							return
						}
					}
				}
				if err := publishOne(ctx, pub, clock, o.Seed, i, &rawBytes); err != nil {
					// The first failure is the run's: the others stop.
					pubMu.Lock()
					if pubErr == nil {
						pubErr = err
					}
					pubMu.Unlock()
					pubFailed.Store(true)
					return
				}
			}
		})
	}
	if preload {
		fmt.Fprintf(o.Progress, "publishing %d raw pages before starting the stages…\n", o.Articles)
		wg.Wait()
		if pubErr != nil {
			return res, stall(pubErr, true, nil, 0, o.Stall)
		}
		start, cpuStart, gcStart = time.Now(), cpuTime(), gcCPU()
		clock.restart(start)
		if err := startStages(); err != nil {
			return res, err
		}
	}

	progress := time.NewTicker(5 * time.Second)
	defer progress.Stop()
	check := time.NewTicker(time.Second)
	defer check.Stop()
	var stalled error
	lastCount, lastChange := 0, time.Now()
wait:
	for {
		select {
		case <-clock.done:
			break wait
		case <-ctx.Done():
			break wait
		case <-check.C:
			clock.mu.Lock()
			n := len(clock.committed)
			clock.mu.Unlock()
			if n != lastCount {
				lastCount, lastChange = n, time.Now()
			}
			pubMu.Lock()
			perr := pubErr
			pubMu.Unlock()
			if stalled = stall(perr, ns.JetStreamEnabled(), p.Blocked(), time.Since(lastChange), o.Stall); stalled != nil {
				stalled = fmt.Errorf("stored %d of %d articles, then %w", n, o.Articles, stalled)
				break wait
			}
		case <-progress.C:
			clock.mu.Lock()
			n := len(clock.committed)
			clock.mu.Unlock()
			bctx, cancel := context.WithTimeout(ctx, 5*time.Second)
			backlog, _ := pipeline.Backlog(bctx, l.JS)
			cancel()
			goTotal, goHeap := goMemoryMB()
			var blocked strings.Builder
			for _, b := range p.Blocked() {
				fmt.Fprintf(&blocked, "; %s blocked for %s: %v", b.Stage, time.Since(b.Since).Round(time.Second), b.Err)
			}
			fmt.Fprintf(o.Progress, "stored %d of %d (%.0f/s so far); published %d; backlog extractor %d, classifier %d, sink %d; RSS %.0f MB (Go %.0f MB, heap objects %.0f MB)%s\n",
				n, o.Articles, float64(n)/time.Since(start).Seconds(), min(int(next.Load()), o.Articles),
				backlog[bus.StageExtractor], backlog[bus.StageClassifier], backlog[bus.StageSink],
				float64(statusKB("self", "VmRSS"))/1024, goTotal, goHeap, blocked.String())
		}
	}
	if stalled != nil {
		// Stop the publishers before waiting for them: each publish is
		// bounded, and none should start.
		cancel()
		wg.Wait()
		return res, stalled
	}
	split, splitting := stageCPU{}, profiling
	if profiling {
		pprof.StopCPUProfile()
		profiling = false
	}
	runCPU, runGC := cpuTime()-cpuStart, gcCPU()-gcStart
	if o.MemProfile != nil {
		if err := pprof.Lookup("heap").WriteTo(o.MemProfile, 0); err != nil {
			return res, fmt.Errorf("writing heap profile: %w", err)
		}
	}
	if o.CPUProfile != nil {
		if _, err := o.CPUProfile.Write(prof.Bytes()); err != nil {
			return res, fmt.Errorf("writing CPU profile: %w", err)
		}
	}
	wg.Wait()
	if pubErr != nil {
		return res, pubErr
	}
	stopped = true
	if err := p.Stop(); err != nil {
		return res, err
	}
	if res.Stored, err = l.Store.Count(context.WithoutCancel(ctx)); err != nil {
		return res, fmt.Errorf("counting stored articles: %w", err)
	}
	if len(clock.committed) == o.Articles {
		fmt.Fprintf(o.Progress, "timing the extractor alone again…\n")
		// Best effort: a run cancelled now has measured the pipeline, and
		// keeps the first reference rather than losing the result.
		if after, afterCPU, err := ExtractOnly(ctx, o.Seed, o.Articles); err != nil {
			fmt.Fprintf(o.Progress, "second timing of the extractor alone: %v; the reference is the first\n", err)
		} else {
			res.ExtractOnlyRuns = append(res.ExtractOnlyRuns, after)
			res.ExtractOnlyPerS = (res.ExtractOnlyPerS + after) / 2
			res.ExtractOnlyCPUmsPerArticle = msPerArticle((extractCPU+afterCPU)/2, o.Articles)
		}
	}

	clock.mu.Lock()
	defer clock.mu.Unlock()
	res.Duplicates = clock.duplicates
	res.RawMB = float64(rawBytes.Load()) / (1 << 20)
	if !clock.last.IsZero() {
		res.ArticlesPerS = float64(len(clock.committed)) / clock.last.Sub(start).Seconds()
		res.CPUCores = runCPU.Seconds() / clock.last.Sub(start).Seconds()
	}
	n := len(clock.committed)
	if clock.batches > 0 {
		res.SinkBatch = float64(n+int(clock.duplicates)) / float64(clock.batches)
	}
	res.CPUmsPerArticle = msPerArticle(runCPU, n)
	res.GCCPUms = msPerArticle(runGC, n)
	if splitting {
		if split, err = splitProfile(prof.Bytes()); err != nil {
			return res, err
		}
		res.StageCPUms = perArticle(split.byStage, n)
		res.OtherCPUms = perArticle(split.other, n)
		for _, s := range []string{bus.StageExtractor, bus.StageClassifier, bus.StageSink, StageNATSServer, StageOther} {
			if _, ok := res.StageCPUms[s]; !ok {
				res.StageCPUms[s] = 0 // reported even when it took no sample
			}
		}
	}
	lat := slices.Clone(clock.latencies)
	slices.Sort(lat)
	res.P50ms, res.P95ms, res.P99ms = quantile(lat, 0.50), quantile(lat, 0.95), quantile(lat, 0.99)
	res.PeakRSSMB = float64(peakRSS()) / (1 << 20)
	if len(clock.committed) < o.Articles {
		return res, fmt.Errorf("only %d of %d articles were stored before %v: %w", len(clock.committed), o.Articles, o.Timeout, ctx.Err())
	}
	return res, nil
}

// DefaultStall is how long a run may go without committing an article
// before it fails (Options.Stall).
const DefaultStall = 30 * time.Second

// stall says why a run must stop now, or nil: a publish of the load
// generator failed (a bounded publish: JetStream refused it, or did not
// answer within its budget), JetStream was disabled by its server (what
// nats-server does when its store cannot write: no space left on the
// device), or nothing was committed for the stall bound, with the stage
// whose output is blocked as the cause when there is one.
func stall(pubErr error, jetStream bool, blocked []pipeline.Blocked, idle, bound time.Duration) error {
	switch {
	case pubErr != nil:
		return fmt.Errorf("the load generator could not publish: %w", pubErr)
	case !jetStream:
		return errors.New("the embedded NATS server disabled JetStream (it does when its store cannot write, the disk being full)")
	case idle < bound:
		return nil
	case len(blocked) > 0:
		b := blocked[0]
		return fmt.Errorf("none for %v: the %s's output is blocked since %s: %w", idle.Round(time.Second), b.Stage, b.Since.Format(time.TimeOnly), b.Err)
	}
	return fmt.Errorf("none for %v with no stage blocked: the pipeline stalled", idle.Round(time.Second))
}

func publishOne(ctx context.Context, pub *bus.Publisher, clock *commitClock, seed uint64, i int, rawBytes *atomic.Int64) error {
	page := corpus.Generate(seed, i, origin)
	raw := &newsv1.RawPage{
		Id:              canon.ID(page.URL),
		Source:          "bench",
		FeedUrl:         origin + "feed.xml",
		ItemUrl:         page.URL,
		FinalUrl:        page.URL,
		HttpStatus:      200,
		ContentType:     "text/html; charset=utf-8",
		DetectedCharset: "utf-8",
		FetchedAt:       timestamppb.Now(),
		Item:            &newsv1.FeedItem{Title: page.Title},
	}
	if err := rawbody.Set(raw, page.HTML); err != nil {
		return fmt.Errorf("encoding page %d: %w", i, err)
	}
	rawBytes.Add(int64(len(page.HTML)))
	subject, err := bus.RawSubject(raw.GetSource())
	if err != nil {
		return err
	}
	clock.published1(raw.GetId(), time.Now())
	if err := pub.Publish(ctx, subject, raw.GetId(), raw); err != nil {
		return fmt.Errorf("publishing page %d: %w", i, err)
	}
	return nil
}

func quantile(sorted []time.Duration, q float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	i := min(int(q*float64(len(sorted))), len(sorted)-1)
	return float64(sorted[i]) / float64(time.Millisecond)
}
