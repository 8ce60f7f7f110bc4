package stage

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/telemetry"
	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/fetcher/fetch"
	"github.com/newsflow/newsflow/services/fetcher/poll"
)

// Name is the stage name.
const Name = bus.StageFetcher

// Stage polls feeds and publishes pages.
type Stage struct {
	poller *poll.Poller
	pub    *bus.Publisher
}

// New returns a Stage.
func New(js jetstream.JetStream, tel *telemetry.Telemetry, fcfg fetch.Config, seen poll.SeenSet, popts poll.Options, logger *slog.Logger) (*Stage, error) {
	logger = logger.With("component", "fetcher")
	client, err := fetch.New(fcfg, logger)
	if err != nil {
		return nil, fmt.Errorf("creating HTTP client: %w", err)
	}
	s := &Stage{pub: bus.NewPublisher(js, tel.TracerProvider, tel.Propagator)}
	if popts.Tracer == nil {
		popts.Tracer = tel.TracerProvider.Tracer("github.com/newsflow/newsflow/services/fetcher")
	}
	s.poller = poll.New(client, seen, s, logger, popts)
	return s, nil
}

// PublishRaw publishes a page on news.raw.<source> and returns once the
// stream stored it.
func (s *Stage) PublishRaw(ctx context.Context, page *newsv1.RawPage) error {
	subject, err := bus.RawSubject(page.GetSource())
	if err != nil {
		return fmt.Errorf("routing page %s: %w", page.GetId(), err)
	}
	return s.pub.Publish(ctx, subject, page.GetId(), page)
}

// Poll polls one feed once.
func (s *Stage) Poll(ctx context.Context, f poll.Feed) (poll.Stats, error) {
	return s.poller.Poll(ctx, f)
}

// Run polls every feed at its interval until ctx ends.
func (s *Stage) Run(ctx context.Context, feeds []poll.Feed) error {
	return s.poller.Run(ctx, feeds)
}
