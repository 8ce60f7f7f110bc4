package stage

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/telemetry"
	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/sink/store"
)

// Name is the stage and durable consumer name.
const Name = bus.StageSink

// Batch defaults.
const (
	DefaultBatchSize = 200
	DefaultBatchWait = 100 * time.Millisecond
)

type database interface {
	Upsert(ctx context.Context, recs []*newsv1.TaggedArticle) (store.UpsertResult, error)
	Ping(ctx context.Context) error
}

// Stage stores tagged articles.
type Stage struct {
	db        database
	logger    *slog.Logger
	batchSize int
	batchWait time.Duration
}

// Option adjusts a Stage.
type Option func(*Stage)

// WithBatch bounds batches by size and by how long the first record of a
// batch waits for more (defaults DefaultBatchSize, DefaultBatchWait).
func WithBatch(size int, wait time.Duration) Option {
	return func(s *Stage) {
		if size > 0 {
			s.batchSize = size
		}
		if wait > 0 {
			s.batchWait = wait
		}
	}
}

// New returns a Stage writing to db.
func New(db database, logger *slog.Logger, opts ...Option) *Stage {
	s := &Stage{db: db, logger: logger.With("component", "sink"), batchSize: DefaultBatchSize, batchWait: DefaultBatchWait}
	for _, o := range opts {
		o(s)
	}
	return s
}

// Decode decodes, checks and validates one delivery; an undecodable record
// is a permanent "decode" error (dead-lettered), one that does not prove
// itself (its id is not its item link's, its source not its subject's)
// "forged", an invalid one "invalid".
func (s *Stage) Decode(_ context.Context, m jetstream.Msg) (*newsv1.TaggedArticle, error) {
	t, err := bus.DecodeProto[newsv1.TaggedArticle](m)
	if err != nil {
		return nil, err
	}
	a := t.GetArticle()
	if err := bus.CheckRecord(m.Subject(), a.GetId(), a.GetSource(), a.GetItem().GetLink()); err != nil {
		return nil, err
	}
	if err := store.Validate(t); err != nil {
		// Retrying cannot make an invalid record valid.
		return nil, bus.PermanentKind(bus.KindInvalid, err)
	}
	return t, nil
}

// Flush stores a batch in one transaction, leaving out non-article pages.
func (s *Stage) Flush(ctx context.Context, batch []*newsv1.TaggedArticle) error {
	recs := make([]*newsv1.TaggedArticle, 0, len(batch))
	for _, t := range batch {
		if t.GetArticle().GetPageType() == newsv1.PageType_PAGE_TYPE_NON_ARTICLE {
			s.logger.DebugContext(ctx, "not storing non-article page", "id", t.GetArticle().GetId(), "url", t.GetArticle().GetFetchUrl())
			continue
		}
		recs = append(recs, t)
	}
	if len(recs) == 0 {
		return nil
	}
	res, err := s.db.Upsert(ctx, recs)
	if err != nil {
		err = fmt.Errorf("storing %d articles: %w", len(recs), err)
		if store.IsFull(err) {
			// A database without room refuses any batch: an outage, not
			// the records' fault. They stay in the stream, are never
			// dead-lettered for it, and the sink pauses until a write
			// passes again.
			return bus.Outage(err)
		}
		return err
	}
	s.logger.DebugContext(ctx, "stored batch", "records", len(recs), "inserted", res.Inserted, "updated", res.Updated, "skipped", res.Skipped)
	return nil
}

// Handle stores one record (a batch of one), for callers without a bus.
func (s *Stage) Handle(ctx context.Context, t *newsv1.TaggedArticle) error {
	if err := store.Validate(t); err != nil {
		return bus.PermanentKind(bus.KindInvalid, err)
	}
	return s.Flush(ctx, []*newsv1.TaggedArticle{t})
}

// Run consumes news.tagged.> in batches until ctx ends. o.Runner's
// MaxDeliver, Backoff, InProgressEvery and HandlerTimeout (bounding one
// batch write) apply; Concurrency does not: one batch is written at a time.
func (s *Stage) Run(ctx context.Context, js jetstream.JetStream, tel *telemetry.Telemetry, o bus.StageOptions) error {
	bo := bus.BatchStageOptions{
		Batch: bus.BatchConfig{
			MaxBatch:        s.batchSize,
			MaxWait:         s.batchWait,
			MaxDeliver:      o.Runner.MaxDeliver,
			Backoff:         o.Runner.Backoff,
			FlushTimeout:    o.Runner.HandlerTimeout,
			InProgressEvery: o.Runner.InProgressEvery,
			Health:          o.Runner.Health,
		},
		Consumer: o.Consumer,
		Probe:    s.db.Ping,
	}
	return bus.RunBatchStage(ctx, js, tel, Name, bo, s.Decode, s.Flush, s.logger)
}
