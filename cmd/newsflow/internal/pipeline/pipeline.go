package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/pprof"
	"slices"
	"sync"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/telemetry"
	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/classifier/classify"
	classifystage "github.com/newsflow/newsflow/services/classifier/stage"
	extractstage "github.com/newsflow/newsflow/services/extractor/stage"
	"github.com/newsflow/newsflow/services/fetcher/fetch"
	"github.com/newsflow/newsflow/services/fetcher/poll"
	fetchstage "github.com/newsflow/newsflow/services/fetcher/stage"
	sinkstage "github.com/newsflow/newsflow/services/sink/stage"
	"github.com/newsflow/newsflow/services/sink/store"
)

// StageLabel is the pprof label each stage runs under, with the stage's
// name as value; the goroutines a stage starts inherit it, so a CPU profile
// splits by stage (newsflow bench pipeline reports it).
const StageLabel = "newsflow.stage"

// SinkDB is what the sink stage writes to: a *store.Store, or a wrapper
// around one (the load test times commits).
type SinkDB interface {
	Upsert(ctx context.Context, recs []*newsv1.TaggedArticle) (store.UpsertResult, error)
	Ping(ctx context.Context) error
}

// Config wires a Pipeline.
type Config struct {
	JS jetstream.JetStream
	// StageJS, when it has a stage's name, is that stage's own connection
	// (its NATS user); JS serves the others and creates the consumers.
	StageJS    map[string]jetstream.JetStream
	Telemetry  *telemetry.Telemetry
	Store      SinkDB
	Classifier *classify.Classifier
	Logger     *slog.Logger
	// Stage options shared by the three consuming stages.
	Stage bus.StageOptions
	// Stages, when it has a stage's name, are that stage's own options
	// in place of Stage (up: each stage's delivery section).
	Stages map[string]bus.StageOptions
	// Fetcher is the fetcher's configuration, the type its binary loads
	// (up loads it from newsflow.yaml); the zero value runs the scheduler
	// at its defaults without shared host slots (demo, benches, tests).
	Fetcher fetchstage.Config
	// Sink is the sink's configuration, the type its binary loads; Start
	// uses its batch settings (zero: the defaults). The caller serves the
	// API and runs retention (Sink.Retain), as up does.
	Sink sinkstage.Config
	// Fetch configures the fetcher's HTTP client (up: Fetcher.FetchConfig).
	Fetch fetch.Config
	// SeenBucket names the fetcher's dedup KV bucket.
	SeenBucket string
	Poll       poll.Options
	// Classify is the classifier's configuration, the type its binary
	// loads: with TaxonomyDir set, the classifier is built from that
	// directory (not Classifier) and reloaded as it changes; JSONMirror
	// also publishes protojson on news.json.tagged.<source> (the streams
	// need StreamOptions.JSONMirror).
	Classify classifystage.Config
	// Extract is the extractor's configuration, the type its binary
	// loads (up: its extractor section); the zero value, like the
	// default, reads each page alone.
	Extract extractstage.Config
}

// Pipeline is a running set of stages.
type Pipeline struct {
	Fetcher *fetchstage.Stage
	// health is each consuming stage's report on its output.
	health map[string]*bus.Health
	cancel context.CancelFunc
	wg     sync.WaitGroup
	mu     sync.Mutex
	errs   []error
}

// Start provisions nothing: the caller provisions the streams first. It
// starts the consuming stages and returns once their consumers exist.
func Start(ctx context.Context, cfg Config) (*Pipeline, error) {
	jsFor := func(stage string) jetstream.JetStream {
		if js, ok := cfg.StageJS[stage]; ok {
			return js
		}
		return cfg.JS
	}
	optsOf := func(stage string) bus.StageOptions {
		if o, ok := cfg.Stages[stage]; ok {
			return o
		}
		return cfg.Stage
	}
	// Every consuming stage reports its output to a Health of its own
	// (unless the caller gave one), read by Blocked and Ready.
	health := map[string]*bus.Health{}
	for _, stage := range []string{bus.StageExtractor, bus.StageClassifier, bus.StageSink} {
		if health[stage] = optsOf(stage).Runner.Health; health[stage] == nil {
			health[stage] = &bus.Health{}
		}
	}
	optsFor := func(stage string) bus.StageOptions {
		o := optsOf(stage)
		o.Runner.Health = health[stage]
		return o
	}
	pubFor := func(stage string) *bus.Publisher {
		return bus.NewPublisher(jsFor(stage), cfg.Telemetry.TracerProvider, cfg.Telemetry.Propagator)
	}
	fetcher, err := fetchstage.Open(ctx, jsFor(bus.StageFetcher), cfg.Telemetry, cfg.Fetcher, cfg.Fetch,
		fetchstage.Where{SeenBucket: cfg.SeenBucket, Poll: cfg.Poll}, cfg.Logger)
	if err != nil {
		return nil, fmt.Errorf("opening the fetcher: %w", err)
	}
	cls, taxVersion := cfg.Classifier, ""
	if cfg.Classify.TaxonomyDir != "" {
		if cls, taxVersion, err = cfg.Classify.Classifier(); err != nil {
			return nil, err
		}
	}
	ctx, cancel := context.WithCancel(ctx)
	p := &Pipeline{Fetcher: fetcher, health: health, cancel: cancel}

	runs := []struct {
		name string
		run  func(ctx context.Context) error
	}{
		{bus.StageExtractor, func(ctx context.Context) error {
			opts, err := cfg.Extract.Options()
			if err != nil {
				return err
			}
			return extractstage.New(pubFor(bus.StageExtractor), cfg.Logger, opts...).Run(ctx, jsFor(bus.StageExtractor), cfg.Telemetry, optsFor(bus.StageExtractor))
		}},
		{bus.StageClassifier, func(ctx context.Context) error {
			s := classifystage.New(cls, pubFor(bus.StageClassifier), cfg.Logger, cfg.Classify.Options()...)
			go cfg.Classify.Watch(ctx, s, taxVersion, cfg.Logger)
			return s.Run(ctx, jsFor(bus.StageClassifier), cfg.Telemetry, optsFor(bus.StageClassifier))
		}},
		{bus.StageSink, func(ctx context.Context) error {
			return sinkstage.New(cfg.Store, cfg.Logger, cfg.Sink.Options()...).Run(ctx, jsFor(bus.StageSink), cfg.Telemetry, optsFor(bus.StageSink))
		}},
	}
	// Create the consumers before returning so that nothing published
	// afterwards can be missed, whatever the goroutines' start order.
	for _, r := range runs {
		if _, err := bus.EnsureConsumer(ctx, cfg.JS, r.name, optsFor(r.name).Consumer); err != nil {
			cancel()
			return nil, err
		}
	}
	for _, r := range runs {
		p.wg.Go(func() {
			var err error
			pprof.Do(ctx, pprof.Labels(StageLabel, r.name), func(ctx context.Context) { err = r.run(ctx) })
			if err != nil && !errors.Is(err, context.Canceled) {
				p.mu.Lock()
				p.errs = append(p.errs, fmt.Errorf("%s: %w", r.name, err))
				p.mu.Unlock()
				cfg.Logger.ErrorContext(ctx, "stage stopped", "stage", r.name, "err", err)
			}
		})
	}
	return p, nil
}

// Blocked is one stage whose output does not take what it hands on.
type Blocked struct {
	Stage string
	Since time.Time
	Err   error
}

// Blocked returns the consuming stages whose output is blocked (the next
// stream refuses messages for want of storage, the database is down or
// full), oldest outage first.
func (p *Pipeline) Blocked() []Blocked {
	var out []Blocked
	for stage, h := range p.health {
		if since, err := h.Outage(); err != nil {
			out = append(out, Blocked{Stage: stage, Since: since, Err: err})
		}
	}
	slices.SortFunc(out, func(a, b Blocked) int { return a.Since.Compare(b.Since) })
	return out
}

// Ready is a readiness check of the consuming stages' outputs, for /readyz.
func (p *Pipeline) Ready(ctx context.Context) error {
	var errs []error
	for _, stage := range []string{bus.StageExtractor, bus.StageClassifier, bus.StageSink} {
		if err := p.health[stage].Check(ctx); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", stage, err))
		}
	}
	return errors.Join(errs...)
}

// Stop stops pulling, waits for in-flight work and returns the stages' errors.
func (p *Pipeline) Stop() error {
	p.cancel()
	p.wg.Wait()
	p.mu.Lock()
	defer p.mu.Unlock()
	return errors.Join(p.errs...)
}

// Backlog returns, per consuming stage, the messages not yet delivered plus
// those delivered and not yet acknowledged.
func Backlog(ctx context.Context, js jetstream.JetStream) (map[string]uint64, error) {
	out := map[string]uint64{}
	for _, stage := range []string{bus.StageExtractor, bus.StageClassifier, bus.StageSink} {
		stream, _, err := bus.StageConsumer(stage, bus.ConsumerOptions{})
		if err != nil {
			return nil, err
		}
		c, err := js.Consumer(ctx, stream, stage)
		if err != nil {
			return nil, fmt.Errorf("looking up consumer %s: %w", stage, err)
		}
		info, err := c.Info(ctx)
		if err != nil {
			return nil, fmt.Errorf("reading consumer %s: %w", stage, err)
		}
		out[stage] = info.NumPending + uint64(info.NumAckPending)
	}
	return out, nil
}

// Settled reports whether every stage's consumer has nothing pending and
// nothing unacknowledged.
func Settled(ctx context.Context, js jetstream.JetStream) (bool, error) {
	for _, stage := range []string{bus.StageExtractor, bus.StageClassifier, bus.StageSink} {
		stream, _, err := bus.StageConsumer(stage, bus.ConsumerOptions{})
		if err != nil {
			return false, err
		}
		c, err := js.Consumer(ctx, stream, stage)
		if err != nil {
			return false, fmt.Errorf("looking up consumer %s: %w", stage, err)
		}
		info, err := c.Info(ctx)
		if err != nil {
			return false, fmt.Errorf("reading consumer %s: %w", stage, err)
		}
		if info.NumPending > 0 || info.NumAckPending > 0 {
			return false, nil
		}
	}
	return true, nil
}
