package stage

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/nats-io/nats.go/jetstream"
	"golang.org/x/sync/errgroup"

	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/telemetry"
	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/fetcher/catalog"
	"github.com/newsflow/newsflow/services/fetcher/feedlist"
	"github.com/newsflow/newsflow/services/fetcher/fetch"
	"github.com/newsflow/newsflow/services/fetcher/poll"
	"github.com/newsflow/newsflow/services/fetcher/schedule"
)

// Name is the stage name.
const Name = bus.StageFetcher

const instrumentation = "github.com/newsflow/newsflow/services/fetcher"

// Stage polls feeds and publishes pages.
type Stage struct {
	js     jetstream.JetStream
	tel    *telemetry.Telemetry
	poller *poll.Poller
	pub    *bus.Publisher
	logger *slog.Logger
	// settings fingerprints fcfg for the scheduler (schedule.SettingsOf).
	settings string
	// cat and sopts, set by Open, are what Run schedules with.
	cat   *catalog.Catalog
	sopts schedule.Options
}

// New returns a Stage.
func New(js jetstream.JetStream, tel *telemetry.Telemetry, fcfg fetch.Config, seen poll.SeenSet, popts poll.Options, logger *slog.Logger) (*Stage, error) {
	logger = logger.With("component", "fetcher")
	client, err := fetch.New(fcfg, logger)
	if err != nil {
		return nil, fmt.Errorf("creating HTTP client: %w", err)
	}
	s := &Stage{js: js, tel: tel, pub: bus.NewPublisher(js, tel.TracerProvider, tel.Propagator), logger: logger, settings: schedule.SettingsOf(fcfg)}
	if popts.Tracer == nil {
		popts.Tracer = tel.TracerProvider.Tracer(instrumentation)
	}
	if popts.Meter == nil {
		popts.Meter = tel.MeterProvider.Meter(instrumentation)
	}
	s.poller = poll.New(client, seen, s, logger, popts)
	return s, nil
}

// PublishRaw publishes a page on news.raw.<source> and returns once the
// stream stored it. An error that no retry can change wraps a
// bus.PermanentError (kinds too_large, forged).
func (s *Stage) PublishRaw(ctx context.Context, page *newsv1.RawPage) error {
	subject, err := bus.RawSubject(page.GetSource())
	if err != nil {
		return fmt.Errorf("routing page %s: %w", page.GetId(), err)
	}
	// A page that can never fit a message, or whose id the stream holds
	// for another message, is a permanent error: the poller marks the item
	// seen instead of fetching it again on every poll.
	return bus.Final(s.pub.Publish(ctx, subject, bus.RawMsgID(page.GetId()), page))
}

// Poll polls one feed once.
func (s *Stage) Poll(ctx context.Context, f poll.Feed) (poll.Stats, error) {
	return s.poller.Poll(ctx, f)
}

// Run polls feeds, and the feeds added at run time to the catalog, at
// their intervals until ctx ends, with the catalog and scheduler settings
// Open was given (a stage from New: the default buckets and settings).
// With feedsFile set, the file is re-read when it changes and its feeds
// replace feeds.
func (s *Stage) Run(ctx context.Context, feeds []poll.Feed, feedsFile string) error {
	cat := s.cat
	if cat == nil {
		var err error
		if cat, err = catalog.Open(ctx, s.js, catalog.Config{}); err != nil {
			return err
		}
	}
	return s.Schedule(ctx, cat, s.sopts, feeds, feedsFile)
}

// Schedule runs the scheduler over feeds plus the catalog's run-time
// feeds until ctx ends. With feedsFile set, the file is re-read when it
// changes and its feeds replace the static ones.
func (s *Stage) Schedule(ctx context.Context, cat *catalog.Catalog, sopts schedule.Options, feeds []poll.Feed, feedsFile string) error {
	if sopts.Meter == nil {
		sopts.Meter = s.tel.MeterProvider.Meter(instrumentation)
	}
	if sopts.Settings == "" {
		sopts.Settings = s.settings
	}
	sch := schedule.New(cat, s.poller, s.logger, sopts)
	sch.SetStatic(feeds)
	g, ctx := errgroup.WithContext(ctx)
	if feedsFile != "" {
		g.Go(func() error {
			feedlist.Watch(ctx, feedsFile, 0, s.logger, sch.SetStatic)
			return nil
		})
	}
	g.Go(func() error { return sch.Run(ctx) })
	return g.Wait()
}
