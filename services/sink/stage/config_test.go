package stage_test

import (
	"context"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsflow/newsflow/plumbing/recordid"
	"github.com/newsflow/newsflow/plumbing/settings"
	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/sink/stage"
	"github.com/newsflow/newsflow/services/sink/store"
)

// Every sink setting has a flag, an environment variable and a YAML key of
// one name, and all of them set the same value.
func TestConfigFormsAgree(t *testing.T) {
	for _, f := range settings.Fields(&stage.Config{}) {
		assert.NotEmpty(t, f.Help, "setting %s has no help", f.Key)
	}
	require.NoError(t, settings.Check(func() any { c := stage.DefaultConfig(); return &c }, nil))
}

// observed is the real store, telling each retention round's result.
type observed struct {
	*store.Store
	rounds chan int64
}

func (o observed) DeleteStoredBefore(ctx context.Context, cutoff time.Time, batch int) (int64, error) {
	n, err := o.Store.DeleteStoredBefore(ctx, cutoff, batch)
	o.rounds <- n
	return n, err
}

func TestRetain(t *testing.T) {
	open := func(t *testing.T) observed {
		t.Helper()
		db, err := store.Open(t.Context(), "sqlite://"+filepath.Join(t.TempDir(), "retain.db"), slog.New(slog.DiscardHandler))
		require.NoError(t, err)
		t.Cleanup(func() { _ = db.Close() })
		const link = "https://example.test/news/retained"
		_, err = db.Upsert(t.Context(), []*newsv1.TaggedArticle{{Article: &newsv1.Article{
			Id: recordid.ID(link), Source: "src", PageType: newsv1.PageType_PAGE_TYPE_ARTICLE, CanonicalUrl: link,
			Title: "A story", Paragraphs: []string{"Its text."}, ExtractorVersion: "1.0.0", Item: &newsv1.FeedItem{Link: link},
		}}})
		require.NoError(t, err)
		return observed{Store: db, rounds: make(chan int64, 16)}
	}
	count := func(t *testing.T, db observed) int64 {
		t.Helper()
		n, err := db.Count(t.Context())
		require.NoError(t, err)
		return n
	}
	run := func(t *testing.T, c stage.Config, db observed) (rounds <-chan int64, stop func()) {
		t.Helper()
		ctx, cancel := context.WithCancel(t.Context())
		done := make(chan struct{})
		go func() { defer close(done); c.Retain(ctx, db, slog.New(slog.DiscardHandler)) }()
		return db.rounds, func() { cancel(); <-done }
	}

	t.Run("off", func(t *testing.T) {
		db := open(t)
		c := stage.DefaultConfig()
		c.Retain(t.Context(), db, slog.New(slog.DiscardHandler)) // returns at once
		assert.Empty(t, db.rounds)
		assert.EqualValues(t, 1, count(t, db))
	})
	t.Run("keeps what is younger than the retention", func(t *testing.T) {
		db := open(t)
		c := stage.DefaultConfig()
		c.Retention = 90 * 24 * time.Hour
		rounds, stop := run(t, c, db)
		defer stop()
		assert.EqualValues(t, 0, <-rounds, "the first round runs at start")
		assert.EqualValues(t, 1, count(t, db))
	})
	t.Run("deletes what is older, at start", func(t *testing.T) {
		db := open(t)
		c := stage.DefaultConfig()
		c.Retention = time.Nanosecond // everything stored before the round is older
		rounds, stop := run(t, c, db)
		defer stop()
		assert.EqualValues(t, 1, <-rounds)
		assert.EqualValues(t, 0, count(t, db))
	})
}
