package store

import (
	"database/sql"
	"io/fs"
	"path/filepath"
	"testing"
	"testing/fstest"
	"time"

	"github.com/stretchr/testify/require"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// tagCounts is the number of rows in each tag table.
func tagCounts(t *testing.T, db *sql.DB) map[string]int {
	t.Helper()
	got := map[string]int{}
	for _, tbl := range []string{"article_actors", "article_topics", "article_places"} {
		var n int
		require.NoError(t, db.QueryRowContext(t.Context(), "SELECT count(*) FROM "+tbl).Scan(&n), tbl)
		got[tbl] = n
	}
	return got
}

// TestDeferredTagKeysUpgrade writes tagged articles under the schema before
// migration 0005, opens the database (which applies it) and checks that
// the rebuilt tag tables kept their rows and indexes, still answer
// searches, and still lose their rows with their article.
func TestDeferredTagKeysUpgrade(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	d, err := sqliteDialect()
	require.NoError(t, err)
	before := fstest.MapFS{}
	for _, name := range []string{"0001_init.sql", "0002_names_retention.sql", "0003_fts_per_batch.sql", "0004_tag_names.sql"} {
		b, err := fs.ReadFile(d.migrations, name)
		require.NoError(t, err)
		before[name] = &fstest.MapFile{Data: b}
	}
	old := d
	old.migrations = before
	w, r, err := openSQLite(t.Context(), path)
	require.NoError(t, err)
	require.NoError(t, migrate(t.Context(), w, old, testLogger(t)))
	s := &Store{w: w, r: r, d: old, logger: testLogger(t)}
	s.ws, err = prepareWrites(t.Context(), w, old)
	require.NoError(t, err)
	_, err = s.Upsert(t.Context(), []*newsv1.TaggedArticle{
		rec("kabul", withActors("isis-k"), withTopics("medtop:16000000", "medtop:16000001"), withCountries("AF")),
		rec("mogadishu", withActors("al-shabaab"), withTopics("medtop:16000000"), withCountries("SO", "KE")),
	})
	require.NoError(t, err)
	want := tagCounts(t, w)
	require.Equal(t, map[string]int{"article_actors": 2, "article_topics": 3, "article_places": 3}, want)
	require.NoError(t, s.Close())

	s, err = Open(t.Context(), "sqlite://"+path, testLogger(t))
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, s.Close()) })
	require.Equal(t, want, tagCounts(t, s.w), "rows kept by the rebuild")
	for _, idx := range []string{"article_actors_by_actor", "article_topics_by_code", "article_places_by_country"} {
		var n int
		require.NoError(t, s.r.QueryRowContext(t.Context(), `SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?`, idx).Scan(&n))
		require.Equal(t, 1, n, idx)
	}
	for q, wantIDs := range map[*Query][]string{
		{Actor: "al-shabaab"}:      {"mogadishu"},
		{Topic: "medtop:16000001"}: {"kabul"},
		{Country: "ke"}:            {"mogadishu"},
	} {
		page, err := s.Search(t.Context(), *q)
		require.NoError(t, err)
		require.Equal(t, wantIDs, ids(page.Articles), "%+v", *q)
	}
	n, err := s.DeleteStoredBefore(t.Context(), time.Now().Add(time.Hour), 0)
	require.NoError(t, err)
	require.EqualValues(t, 2, n)
	require.Equal(t, map[string]int{"article_actors": 0, "article_topics": 0, "article_places": 0}, tagCounts(t, s.w),
		"tag rows deleted with their articles")
}

// TestTagKeysCheckedAtCommit: a tag row whose article does not exist is
// refused when the transaction commits (the key is deferred, not gone).
func TestTagKeysCheckedAtCommit(t *testing.T) {
	s, err := Open(t.Context(), "sqlite://"+filepath.Join(t.TempDir(), "news.db"), testLogger(t))
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, s.Close()) })
	for _, ins := range []string{
		`INSERT INTO article_actors (article_id, actor_id) VALUES ('missing', 'isis-k')`,
		`INSERT INTO article_topics (article_id, code) VALUES ('missing', 'medtop:16000000')`,
		`INSERT INTO article_places (article_id, country) VALUES ('missing', 'AF')`,
	} {
		tx, err := s.w.BeginTx(t.Context(), nil)
		require.NoError(t, err)
		_, err = tx.ExecContext(t.Context(), ins)
		require.NoError(t, err, "deferred: the statement itself succeeds")
		err = tx.Commit()
		require.ErrorContains(t, err, "FOREIGN KEY constraint failed", ins)
	}
	require.Equal(t, map[string]int{"article_actors": 0, "article_topics": 0, "article_places": 0}, tagCounts(t, s.w))
	// The refused commit left the writer usable.
	res, err := s.Upsert(t.Context(), []*newsv1.TaggedArticle{rec("kabul", withActors("isis-k"), withCountries("AF"))})
	require.NoError(t, err)
	require.Equal(t, 1, res.Inserted)
	require.Equal(t, map[string]int{"article_actors": 1, "article_topics": 0, "article_places": 1}, tagCounts(t, s.w))
}
