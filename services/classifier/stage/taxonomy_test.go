package stage

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/stretchr/testify/require"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/classifier/classify"
	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

// recorder is a Swapper that keeps what it was given.
type recorder struct {
	mu  sync.Mutex
	got []*classify.Classifier
}

func (r *recorder) Swap(c *classify.Classifier) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.got = append(r.got, c)
}

func (r *recorder) swaps() []*classify.Classifier {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]*classify.Classifier(nil), r.got...)
}

// copyTaxonomy writes the embedded taxonomy files into a new directory.
func copyTaxonomy(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range []string{taxonomy.FileActors, taxonomy.FileTopics, taxonomy.FileRules, taxonomy.FilePlaces, taxonomy.FileCommonWords, taxonomy.FileDate} {
		b, err := os.ReadFile(filepath.Join("..", "taxonomy", "data", name))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), b, 0o644))
	}
	return dir
}

func actorsOf(c *classify.Classifier, text string) []string {
	var out []string
	for _, a := range c.Document("", text).GetActors() {
		out = append(out, a.GetId())
	}
	return out
}

// TestWatchTaxonomy edits a mounted taxonomy directory and observes the
// swap: an unchanged directory swaps nothing, a broken edit keeps the
// running taxonomy, and a good edit swaps in a classifier with the new
// version and the new data.
func TestWatchTaxonomy(t *testing.T) {
	dir := copyTaxonomy(t)
	cls, version, err := LoadClassifier(dir)
	require.NoError(t, err)
	require.Empty(t, actorsOf(cls, "The Shadow Syndicate struck again."))

	var logs bytes.Buffer
	logger := slog.New(slog.NewJSONHandler(&logs, nil))
	rec := &recorder{}
	const every = 30 * time.Second

	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancel(t.Context())
		done := make(chan struct{})
		go func() {
			defer close(done)
			WatchTaxonomy(ctx, dir, every, version, rec, logger)
		}()
		tick := func() {
			time.Sleep(every)
			synctest.Wait() // the watcher has re-read the directory and waits again
		}

		tick()
		require.Empty(t, rec.swaps(), "same data, same version: no swap")

		// A half-written file: logged, the running taxonomy is kept.
		require.NoError(t, os.WriteFile(filepath.Join(dir, taxonomy.FileActors), []byte(`{"actors": [`), 0o644))
		tick()
		require.Empty(t, rec.swaps())
		require.Contains(t, logs.String(), "keeping the running one")

		// Data that loads but does not compile (a rule for an unknown topic): kept too.
		actorsGood, err := os.ReadFile(filepath.Join("..", "taxonomy", "data", taxonomy.FileActors))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, taxonomy.FileActors), actorsGood, 0o644))
		rules, err := os.ReadFile(filepath.Join(dir, taxonomy.FileRules))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, taxonomy.FileRules),
			bytes.Replace(rules, []byte(`"rules": [`), []byte(`"rules": [{"id": "x", "code": "medtop:99999999", "query": "(title any \"x\")"},`), 1), 0o644))
		tick()
		require.Empty(t, rec.swaps())
		require.Contains(t, logs.String(), "unknown topic medtop:99999999")
		require.NoError(t, os.WriteFile(filepath.Join(dir, taxonomy.FileRules), rules, 0o644))

		// A good edit: a new actor and a new import date.
		actors, err := os.ReadFile(filepath.Join("..", "taxonomy", "data", taxonomy.FileActors))
		require.NoError(t, err)
		actors = bytes.Replace(actors, []byte(`"actors": [`), []byte(`"actors": [
  {"id": "shadow-syndicate", "name": "Shadow Syndicate", "type": "criminal-organisation", "aliases": [{"text": "Shadow Syndicate"}]},`), 1)
		require.NoError(t, os.WriteFile(filepath.Join(dir, taxonomy.FileActors), actors, 0o644))
		require.NoError(t, os.WriteFile(filepath.Join(dir, taxonomy.FileDate), []byte("2030-01-01\n"), 0o644))
		tick()
		got := rec.swaps()
		require.Len(t, got, 1)
		require.Equal(t, []string{"shadow-syndicate"}, actorsOf(got[0], "The Shadow Syndicate struck again."))
		tagged := got[0].Article(&newsv1.Article{PageType: newsv1.PageType_PAGE_TYPE_ARTICLE, Paragraphs: []string{"x"}})
		require.Regexp(t, `^2030-01-01\+[0-9a-f]{12}$`, tagged.GetTaxonomyVersion(), "records name the new version")
		require.NotEqual(t, version, tagged.GetTaxonomyVersion())
		require.Contains(t, logs.String(), "taxonomy reloaded")

		tick()
		require.Len(t, rec.swaps(), 1, "no further change, no further swap")
		cancel()
		<-done
	})
}
