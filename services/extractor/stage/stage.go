package stage

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/rawbody"
	"github.com/newsflow/newsflow/plumbing/telemetry"
	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/extractor/extract"
)

// Name is the stage and durable consumer name.
const Name = bus.StageExtractor

// publisher is what the stage needs from the bus.
type publisher interface {
	Publish(ctx context.Context, subject, msgID string, m bus.Message) error
}

// Stage extracts raw pages.
type Stage struct {
	pub        publisher
	logger     *slog.Logger
	maxArticle int
	// ex extracts; nil: extract.HTML, each page alone.
	ex *extract.Extractor
}

// Option adjusts a Stage.
type Option func(*Stage)

// WithMaxArticleBytes bounds an encoded Article (default
// DefaultMaxArticleBytes); a longer text is cut to fit (see Fit).
func WithMaxArticleBytes(n int) Option {
	return func(s *Stage) {
		if n > 0 {
			s.maxArticle = n
		}
	}
}

// WithExtractor extracts with e (one with a site memory, say) instead of
// the default extractor, which reads each page alone.
func WithExtractor(e *extract.Extractor) Option {
	return func(s *Stage) {
		s.ex = e
	}
}

// New returns a Stage publishing with pub.
func New(pub publisher, logger *slog.Logger, opts ...Option) *Stage {
	s := &Stage{pub: pub, logger: logger.With("component", "extractor"), maxArticle: DefaultMaxArticleBytes}
	for _, o := range opts {
		o(s)
	}
	return s
}

// Handle extracts one page and publishes the Article.
func (s *Stage) Handle(ctx context.Context, raw *newsv1.RawPage) error {
	a, err := ExtractWith(s.ex, raw)
	if err != nil {
		return bus.Permanent(err)
	}
	subject, err := bus.ArticleSubject(raw.GetSource())
	if err != nil {
		return bus.Permanent(fmt.Errorf("routing page %s: %w", raw.GetId(), err))
	}
	// Size is a property of the page, not of the attempt: a text too long
	// for one message is cut (and marked) rather than retried for ever.
	if Fit(a, s.maxArticle) {
		s.logger.InfoContext(ctx, "article text cut to fit a message", "id", a.GetId(), "original_bytes", a.GetOriginalTextLength(), "max_bytes", s.maxArticle)
	}
	// The extractor version is part of the message id so that a re-extraction
	// by a newer version is not dropped as a duplicate.
	if err := s.pub.Publish(ctx, subject, bus.ArticleMsgID(a.GetId(), a.GetExtractorVersion()), a); err != nil {
		// An article that can never fit a message, or whose id another
		// message holds, is dead-lettered once rather than retried.
		return bus.Final(fmt.Errorf("publishing article %s: %w", a.GetId(), err))
	}
	if a.GetDegraded() {
		// A page over the budget is extracted from its first part only;
		// operators see which pages (by id) and which caps.
		s.logger.WarnContext(ctx, "page over the extraction budget", "id", a.GetId(), "limits", a.GetLimitsHit(), "page_type", a.GetPageType().String())
	}
	s.logger.DebugContext(ctx, "extracted", "id", a.GetId(), "page_type", a.GetPageType().String(),
		"non_article_reason", a.GetNonArticleReason().String(), "words", a.GetWordCount())
	return nil
}

// Extract turns a RawPage into an Article carrying the page's identity and
// fetch metadata, reading the page alone.
func Extract(raw *newsv1.RawPage) (*newsv1.Article, error) {
	return ExtractWith(nil, raw)
}

// ExtractWith is Extract with e (nil: the default extractor).
func ExtractWith(e *extract.Extractor, raw *newsv1.RawPage) (*newsv1.Article, error) {
	body, err := rawbody.Get(raw)
	if err != nil {
		return nil, fmt.Errorf("reading body of page %s: %w", raw.GetId(), err)
	}
	u := raw.GetFinalUrl()
	if u == "" {
		u = raw.GetItemUrl()
	}
	in := extract.Input{
		URL:          u,
		ContentType:  raw.GetContentType(),
		Item:         raw.GetItem(),
		LanguageHint: raw.GetLanguageHint(),
	}
	var a *newsv1.Article
	if e != nil {
		a, err = e.HTML(body, in)
	} else {
		a, err = extract.HTML(body, in)
	}
	if err != nil {
		return nil, fmt.Errorf("extracting page %s (%s): %w", raw.GetId(), u, err)
	}
	a.Id = raw.GetId()
	a.Source = raw.GetSource()
	a.FetchUrl = u
	a.FeedUrl = raw.GetFeedUrl()
	a.FetchedAt = raw.GetFetchedAt()
	a.Item = raw.GetItem()
	if link := raw.GetItemUrl(); link != "" {
		// The article carries the link its id derives from, so that the
		// classifier and the sink can check the id.
		if a.Item == nil {
			a.Item = &newsv1.FeedItem{}
		}
		a.Item.Link = link
	}
	return a, nil
}

// Check refuses a page that does not prove itself (see bus.CheckRecord):
// its id must be the id of its item link, its source its subject's.
func Check(m jetstream.Msg, raw *newsv1.RawPage) error {
	return bus.CheckRecord(m.Subject(), raw.GetId(), raw.GetSource(), raw.GetItemUrl())
}

// Run consumes NEWS_RAW until ctx ends.
func (s *Stage) Run(ctx context.Context, js jetstream.JetStream, tel *telemetry.Telemetry, o bus.StageOptions) error {
	return bus.RunStage(ctx, js, tel, Name, o, bus.TypedChecked(Check, s.Handle), s.logger)
}
