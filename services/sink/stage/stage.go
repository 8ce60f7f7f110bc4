package stage

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/telemetry"
	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/sink/store"
)

// Name is the stage and durable consumer name.
const Name = bus.StageSink

type upserter interface {
	Upsert(ctx context.Context, recs []*newsv1.TaggedArticle) (store.UpsertResult, error)
}

// Stage stores tagged articles.
type Stage struct {
	db     upserter
	logger *slog.Logger
}

// New returns a Stage writing to db.
func New(db upserter, logger *slog.Logger) *Stage {
	return &Stage{db: db, logger: logger.With("component", "sink")}
}

// Handle stores one record.
func (s *Stage) Handle(ctx context.Context, t *newsv1.TaggedArticle) error {
	if err := store.Validate(t); err != nil {
		// Retrying cannot make an invalid record valid.
		return bus.PermanentKind("invalid", err)
	}
	if t.GetArticle().GetPageType() == newsv1.PageType_PAGE_TYPE_NON_ARTICLE {
		s.logger.InfoContext(ctx, "not storing non-article page", "id", t.GetArticle().GetId(), "url", t.GetArticle().GetFetchUrl())
		return nil
	}
	res, err := s.db.Upsert(ctx, []*newsv1.TaggedArticle{t})
	if err != nil {
		return fmt.Errorf("storing article %s: %w", t.GetArticle().GetId(), err)
	}
	s.logger.DebugContext(ctx, "stored", "id", t.GetArticle().GetId(), "result", fmt.Sprintf("%+v", res))
	return nil
}

// Run consumes news.tagged.> until ctx ends.
func (s *Stage) Run(ctx context.Context, js jetstream.JetStream, tel *telemetry.Telemetry, o bus.StageOptions) error {
	return bus.RunStage(ctx, js, tel, Name, o, bus.Typed(s.Handle), s.logger)
}
