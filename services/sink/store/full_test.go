package store

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/stretchr/testify/require"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// TestUpsertFullDatabase: a SQLite database that cannot grow (its
// max_page_count reached, as a full disk would) refuses the batch with an
// error IsFull recognises, stores none of it, and takes the same batch
// once it may grow again.
func TestUpsertFullDatabase(t *testing.T) {
	s := openTemp(t) // SQLite: the single writer connection holds the pragma
	ctx := t.Context()
	_, err := s.Upsert(ctx, batchOf("before", 1))
	require.NoError(t, err)
	var pages int64
	require.NoError(t, s.w.QueryRowContext(ctx, "PRAGMA page_count").Scan(&pages))
	_, err = s.w.ExecContext(ctx, fmt.Sprintf("PRAGMA max_page_count = %d", pages))
	require.NoError(t, err)

	batch := batchOf("full", 40)
	_, err = s.Upsert(ctx, batch)
	require.Error(t, err)
	require.True(t, IsFull(err), "IsFull(%v)", err)
	n, err := s.Count(ctx)
	require.NoError(t, err)
	require.EqualValues(t, 1, n, "a refused batch stores nothing")

	_, err = s.w.ExecContext(ctx, "PRAGMA max_page_count = 1073741823")
	require.NoError(t, err)
	_, err = s.Upsert(ctx, batch)
	require.NoError(t, err)
	n, err = s.Count(ctx)
	require.NoError(t, err)
	require.EqualValues(t, 41, n)
}

func TestIsFull(t *testing.T) {
	for _, tc := range []struct {
		err  error
		full bool
	}{
		{&pgconn.PgError{Code: "53100", Message: "could not extend file: No space left on device"}, true},
		{fmt.Errorf("storing: %w", &pgconn.PgError{Code: "53100"}), true},
		{&pgconn.PgError{Code: "23505", Message: "duplicate key"}, false},
		{errors.New("database or disk is full"), false}, // only the driver's code counts
		{nil, false},
	} {
		if got := IsFull(tc.err); got != tc.full {
			t.Errorf("IsFull(%v) = %v, want %v", tc.err, got, tc.full)
		}
	}
}

func batchOf(prefix string, n int) []*newsv1.TaggedArticle {
	out := make([]*newsv1.TaggedArticle, 0, n)
	for i := range n {
		r := rec(fmt.Sprintf("%s-%03d", prefix, i))
		// Tens of kilobytes, as a real article: the batch needs new pages.
		r.Article.Paragraphs = append(r.Article.Paragraphs, strings.Repeat(fmt.Sprintf("Words of story %s-%03d. ", prefix, i), 2000))
		out = append(out, r)
	}
	return out
}
