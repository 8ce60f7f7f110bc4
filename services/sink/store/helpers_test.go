package store

import (
	"fmt"
	"log/slog"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"google.golang.org/protobuf/types/known/timestamppb"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// openTemp opens a fresh store of t's backend (see eachBackend): a file in
// a temporary directory or a new PostgreSQL schema.
func openTemp(t testing.TB) *Store {
	t.Helper()
	s, err := Open(t.Context(), tempDSN(t), testLogger(t))
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, s.Close()) })
	return s
}

func testLogger(t testing.TB) *slog.Logger {
	return slog.New(slog.NewTextHandler(tWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

type tWriter struct{ t testing.TB }

func (w tWriter) Write(p []byte) (int, error) {
	w.t.Helper()
	w.t.Log(string(p))
	return len(p), nil
}

var baseTime = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

// rec builds a tagged article with the given id and defaults that the
// options adjust.
func rec(id string, opts ...func(*newsv1.TaggedArticle)) *newsv1.TaggedArticle {
	r := &newsv1.TaggedArticle{
		Article: &newsv1.Article{
			Id:               id,
			CanonicalUrl:     "https://example.test/" + id,
			Source:           "example",
			PageType:         newsv1.PageType_PAGE_TYPE_ARTICLE,
			Title:            "Story " + id,
			Paragraphs:       []string{"Body of " + id + ".", "Second paragraph."},
			WordCount:        5,
			Language:         "en",
			Published:        timestamppb.New(baseTime),
			FetchedAt:        timestamppb.New(baseTime.Add(time.Hour)),
			ExtractorVersion: "1.0.0",
		},
		TaxonomyVersion:   "2026-01-01.aaaaaa",
		ClassifierVersion: "1.0.0",
		ClassifiedAt:      timestamppb.New(baseTime.Add(2 * time.Hour)),
	}
	for _, o := range opts {
		o(r)
	}
	return r
}

func withActors(ids ...string) func(*newsv1.TaggedArticle) {
	return func(r *newsv1.TaggedArticle) {
		for _, id := range ids {
			r.Actors = append(r.Actors, &newsv1.ActorTag{Id: id, Name: id, Mentions: 1, Score: 0.9})
		}
	}
}

func withTopics(codes ...string) func(*newsv1.TaggedArticle) {
	return func(r *newsv1.TaggedArticle) {
		for i, c := range codes {
			r.Topics = append(r.Topics, &newsv1.TopicTag{Code: c, Score: 0.5, Inherited: i > 0})
		}
	}
}

func withCountries(cs ...string) func(*newsv1.TaggedArticle) {
	return func(r *newsv1.TaggedArticle) {
		for _, c := range cs {
			r.Places = append(r.Places, &newsv1.PlaceTag{CountryCode: c, Mentions: 1})
		}
	}
}

func withSource(s string) func(*newsv1.TaggedArticle) {
	return func(r *newsv1.TaggedArticle) { r.Article.Source = s }
}

func withText(title string, paragraphs ...string) func(*newsv1.TaggedArticle) {
	return func(r *newsv1.TaggedArticle) {
		r.Article.Title = title
		r.Article.Paragraphs = paragraphs
	}
}

func withPublished(t time.Time) func(*newsv1.TaggedArticle) {
	return func(r *newsv1.TaggedArticle) {
		if t.IsZero() {
			r.Article.Published = nil
			return
		}
		r.Article.Published = timestamppb.New(t)
	}
}

func withVersions(extractor, taxonomy string) func(*newsv1.TaggedArticle) {
	return func(r *newsv1.TaggedArticle) {
		r.Article.ExtractorVersion = extractor
		r.TaxonomyVersion = taxonomy
	}
}

func withClassifiedAt(t time.Time) func(*newsv1.TaggedArticle) {
	return func(r *newsv1.TaggedArticle) { r.ClassifiedAt = timestamppb.New(t) }
}

func ids(arts []*newsv1.TaggedArticle) []string {
	out := make([]string, len(arts))
	for i, a := range arts {
		out[i] = a.GetArticle().GetId()
	}
	return out
}

func idf(i int) string { return fmt.Sprintf("a%04d", i) }
