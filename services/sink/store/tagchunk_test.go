package store

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

func TestTagChunk(t *testing.T) {
	tests := []struct {
		rows int
		want []int // the INSERT sizes that take them
	}{
		{rows: 1, want: []int{1}},
		{rows: 2, want: []int{2}},
		{rows: 3, want: []int{2, 1}},
		{rows: 37, want: []int{32, 4, 1}},
		{rows: 512, want: []int{512}},
		{rows: 700, want: []int{512, 128, 32, 16, 8, 4}},
		{rows: 1100, want: []int{512, 512, 64, 8, 4}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.rows), func(t *testing.T) {
			var got []int
			for n := tt.rows; n > 0; n -= got[len(got)-1] {
				got = append(got, tagChunk(n))
			}
			require.Equal(t, tt.want, got)
		})
	}
}

// A batch whose tag rows need INSERTs of several sizes stores every row,
// and a second batch reuses the prepared statements (and still stores
// every row).
func TestUpsertManyTagRows(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		s := openTemp(t)
		const records, actors = 140, 5 // 700 actor rows: 512 + 128 + 32 + 16 + 8 + 4
		for round := range 2 {
			batch := make([]*newsv1.TaggedArticle, records)
			for i := range batch {
				ids := make([]string, actors)
				for j := range ids {
					ids[j] = fmt.Sprintf("actor-%d-%d", i, j)
				}
				batch[i] = rec(fmt.Sprintf("r%d-%d", round, i), withActors(ids...), withTopics("a", "a/b", "a/b/c"))
			}
			res, err := s.Upsert(t.Context(), batch)
			require.NoError(t, err)
			require.Equal(t, records, res.Inserted)
			for _, c := range []struct {
				query string
				want  int
			}{
				{"SELECT COUNT(*) FROM article_actors", (round + 1) * records * actors},
				{"SELECT COUNT(*) FROM article_topics", (round + 1) * records * 3},
				{"SELECT COUNT(DISTINCT actor_id) FROM article_actors", records * actors},
			} {
				var n int
				require.NoError(t, s.r.QueryRowContext(t.Context(), c.query).Scan(&n))
				require.Equal(t, c.want, n, c.query)
			}
		}
	})
}
