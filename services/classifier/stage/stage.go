package stage

import (
	"context"
	"fmt"
	"log/slog"
	"sync/atomic"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/telemetry"
	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/classifier/classify"
)

// Name is the stage and durable consumer name.
const Name = bus.StageClassifier

type publisher interface {
	PublishAll(ctx context.Context, out []bus.Outgoing) error
}

// Stage tags articles.
type Stage struct {
	pub        publisher
	cls        atomic.Pointer[classify.Classifier]
	logger     *slog.Logger
	jsonMirror bool
	// formerCopies also publishes actor index copies under the actor's
	// former ids (see WithFormerIDCopies).
	formerCopies bool
}

// Option tunes a Stage.
type Option func(*Stage)

// WithJSONMirror also publishes every record as protojson on
// news.json.tagged.<source> (stream NEWS_JSON, provisioned with
// bus.StreamOptions.JSONMirror), in the same round trip and under its own
// message id, for consumers in languages without protobuf.
func WithJSONMirror() Option { return func(s *Stage) { s.jsonMirror = true } }

// WithFormerIDCopies also publishes each actor index copy under the ids a
// taxonomy merge folded into the actor (ActorTag.former_ids), so that a
// subscriber of news.actor.<former id>.> keeps receiving what it received
// before the merge, under the same message-id rule.
func WithFormerIDCopies() Option { return func(s *Stage) { s.formerCopies = true } }

// New returns a Stage tagging with c.
func New(c *classify.Classifier, pub publisher, logger *slog.Logger, opts ...Option) *Stage {
	s := &Stage{pub: pub, logger: logger.With("component", "classifier")}
	for _, o := range opts {
		o(s)
	}
	s.cls.Store(c)
	return s
}

// Swap replaces the classifier (a reloaded taxonomy); messages in flight
// finish with the one they started with.
func (s *Stage) Swap(c *classify.Classifier) { s.cls.Store(c) }

// Handle tags one article and publishes the record and its index copies.
func (s *Stage) Handle(ctx context.Context, a *newsv1.Article) error {
	source := a.GetSource()
	subject, err := bus.TaggedSubject(source)
	if err != nil {
		return bus.Permanent(fmt.Errorf("routing article %s: %w", a.GetId(), err))
	}
	var t *newsv1.TaggedArticle
	if a.GetPageType() == newsv1.PageType_PAGE_TYPE_NON_ARTICLE {
		t = &newsv1.TaggedArticle{Article: a}
	} else {
		t = s.cls.Load().Article(a)
	}
	base := bus.TaggedMsgID(a.GetId(), a.GetExtractorVersion(), t.GetTaxonomyVersion())
	out := []bus.Outgoing{{Subject: subject, MsgID: base, Msg: t}}
	for _, actor := range t.GetActors() {
		subj, err := bus.ActorSubject(bus.Token(actor.GetId()), source)
		if err != nil {
			return bus.Permanent(err)
		}
		out = append(out, bus.Outgoing{Subject: subj, MsgID: bus.ActorMsgID(base, actor.GetId()), Msg: t})
		if !s.formerCopies {
			continue
		}
		for _, former := range actor.GetFormerIds() {
			subj, err := bus.ActorSubject(bus.Token(former), source)
			if err != nil {
				return bus.Permanent(err)
			}
			out = append(out, bus.Outgoing{Subject: subj, MsgID: bus.ActorMsgID(base, former), Msg: t})
		}
	}
	for _, topic := range t.GetTopics() {
		if topic.GetInherited() {
			// Index copies go to the codes the article is tagged with
			// directly; ancestors would multiply the stream for no new
			// information (subscribe to the specific codes instead).
			continue
		}
		subj, err := bus.TopicSubject(TopicToken(topic.GetCode()), source)
		if err != nil {
			return bus.Permanent(err)
		}
		out = append(out, bus.Outgoing{Subject: subj, MsgID: bus.TopicMsgID(base, topic.GetCode()), Msg: t})
	}
	if s.jsonMirror {
		subj, err := bus.JSONTaggedSubject(source)
		if err != nil {
			return bus.Permanent(err)
		}
		out = append(out, bus.Outgoing{Subject: subj, MsgID: base + ":json", Msg: t, JSON: true})
	}
	// One round trip for the record and its index copies. On failure the
	// article is redelivered; what was stored is deduplicated by message id.
	if err := s.pub.PublishAll(ctx, out); err != nil {
		return bus.Final(fmt.Errorf("publishing tagged article %s: %w", a.GetId(), err))
	}
	s.logger.DebugContext(ctx, "tagged", "id", a.GetId(), "actors", len(t.GetActors()), "topics", len(t.GetTopics()))
	return nil
}

// TopicToken is the subject token of a Media Topic code: the code without
// its scheme ("medtop:20000103" → "20000103").
func TopicToken(code string) string { return bus.TopicToken(code) }

// Check refuses an article that does not prove itself (see
// bus.CheckRecord): its id must be the id of the item link it carries, its
// source its subject's.
func Check(m jetstream.Msg, a *newsv1.Article) error {
	return bus.CheckRecord(m.Subject(), a.GetId(), a.GetSource(), a.GetItem().GetLink())
}

// Run consumes NEWS_ARTICLES until ctx ends.
func (s *Stage) Run(ctx context.Context, js jetstream.JetStream, tel *telemetry.Telemetry, o bus.StageOptions) error {
	return bus.RunStage(ctx, js, tel, Name, o, bus.TypedChecked(Check, s.Handle), s.logger)
}
