package store

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/testing/protocmp"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

func TestUpsertIdempotent(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		tests := []struct {
			name    string
			batches [][]*newsv1.TaggedArticle
			want    []UpsertResult
			count   int64
		}{
			{
				name:    "same record twice",
				batches: [][]*newsv1.TaggedArticle{{rec("a")}, {rec("a")}},
				want:    []UpsertResult{{Inserted: 1}, {Skipped: 1}},
				count:   1,
			},
			{
				name:    "same record twice in one batch",
				batches: [][]*newsv1.TaggedArticle{{rec("a"), rec("a"), rec("b")}},
				want:    []UpsertResult{{Inserted: 2, Skipped: 1}},
				count:   2,
			},
			{
				name:    "redelivered batch",
				batches: [][]*newsv1.TaggedArticle{{rec("a"), rec("b"), rec("c")}, {rec("c"), rec("b"), rec("a")}},
				want:    []UpsertResult{{Inserted: 3}, {Skipped: 3}},
				count:   3,
			},
			{
				name:    "empty batch",
				batches: [][]*newsv1.TaggedArticle{{}},
				want:    []UpsertResult{{}},
				count:   0,
			},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				s := openTemp(t)
				for i, b := range tt.batches {
					got, err := s.Upsert(t.Context(), b)
					require.NoError(t, err)
					require.Equal(t, tt.want[i], got, "batch %d", i)
				}
				n, err := s.Count(t.Context())
				require.NoError(t, err)
				require.Equal(t, tt.count, n)
			})
		}
	})
}

func TestUpsertRoundTrip(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		s := openTemp(t)
		in := rec("a", withActors("isis-k", "apt28"), withTopics("medtop:16000000", "medtop:16000001"), withCountries("af", "PK"))
		in.Actors[0].Evidence = []*newsv1.Span{{Start: 3, End: 9, Text: "ISIS-K"}}
		in.Article.Removed = map[string]int32{"navigation": 3}
		_, err := s.Upsert(t.Context(), []*newsv1.TaggedArticle{in})
		require.NoError(t, err)
		got, err := s.Get(t.Context(), "a")
		require.NoError(t, err)
		if diff := cmp.Diff(in, got, protocmp.Transform()); diff != "" {
			t.Fatalf("stored record differs (-want +got):\n%s", diff)
		}

		var actors, topics, places int
		require.NoError(t, s.r.QueryRowContext(t.Context(), `SELECT
			(SELECT count(*) FROM article_actors WHERE article_id = 'a'),
			(SELECT count(*) FROM article_topics WHERE article_id = 'a'),
			(SELECT count(*) FROM article_places WHERE article_id = 'a' AND country IN ('AF', 'PK'))`).
			Scan(&actors, &topics, &places))
		require.Equal(t, []int{2, 2, 2}, []int{actors, topics, places})
	})
}

func TestUpsertPrecedence(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		t0 := baseTime.Add(2 * time.Hour) // rec's default classified_at
		tests := []struct {
			name      string
			stored    *newsv1.TaggedArticle
			incoming  *newsv1.TaggedArticle
			wantRes   UpsertResult
			wantActor string // actor of the record that must be stored afterwards
		}{
			{
				name:      "newer extractor replaces",
				stored:    rec("a", withVersions("1.2.9", "2026-11-21.abcdef"), withActors("old")),
				incoming:  rec("a", withVersions("1.2.10", "2026-11-21.abcdef"), withActors("new")),
				wantRes:   UpsertResult{Updated: 1},
				wantActor: "new",
			},
			{
				name:      "older extractor does not replace",
				stored:    rec("a", withVersions("1.2.10", "2026-11-21.abcdef"), withActors("old")),
				incoming:  rec("a", withVersions("1.2.9", "2026-11-21.abcdef"), withActors("new"), withClassifiedAt(t0.Add(time.Hour))),
				wantRes:   UpsertResult{Skipped: 1},
				wantActor: "old",
			},
			{
				name:      "newer taxonomy replaces",
				stored:    rec("a", withVersions("1.0.0", "2026-11-20.ffffff"), withActors("old")),
				incoming:  rec("a", withVersions("1.0.0", "2026-11-21.000000"), withActors("new")),
				wantRes:   UpsertResult{Updated: 1},
				wantActor: "new",
			},
			{
				name:      "older taxonomy does not replace",
				stored:    rec("a", withVersions("1.0.0", "2026-11-21.000000"), withActors("old")),
				incoming:  rec("a", withVersions("1.0.0", "2026-11-20.ffffff"), withActors("new"), withClassifiedAt(t0.Add(time.Hour))),
				wantRes:   UpsertResult{Skipped: 1},
				wantActor: "old",
			},
			{
				name:      "same taxonomy date other hash replaces",
				stored:    rec("a", withVersions("1.0.0", "2026-11-21.aaaaaa"), withActors("old")),
				incoming:  rec("a", withVersions("1.0.0", "2026-11-21.bbbbbb"), withActors("new"), withClassifiedAt(t0.Add(time.Minute))),
				wantRes:   UpsertResult{Updated: 1},
				wantActor: "new",
			},
			{
				name:      "re-delivery of same-date older classification does not flip back",
				stored:    rec("a", withVersions("1.0.0", "2026-11-21.bbbbbb"), withActors("old"), withClassifiedAt(t0.Add(time.Minute))),
				incoming:  rec("a", withVersions("1.0.0", "2026-11-21.aaaaaa"), withActors("new")),
				wantRes:   UpsertResult{Skipped: 1},
				wantActor: "old",
			},
			{
				name:      "newer extractor with older taxonomy does not replace",
				stored:    rec("a", withVersions("1.0.0", "2026-11-21.aaaaaa"), withActors("old")),
				incoming:  rec("a", withVersions("1.1.0", "2026-11-01.aaaaaa"), withActors("new")),
				wantRes:   UpsertResult{Skipped: 1},
				wantActor: "old",
			},
			{
				name:      "same versions reclassified later replaces",
				stored:    rec("a", withActors("old")),
				incoming:  rec("a", withActors("new"), withClassifiedAt(t0.Add(time.Second))),
				wantRes:   UpsertResult{Updated: 1},
				wantActor: "new",
			},
			{
				name:      "another page's canonical URL never replaces, even newer",
				stored:    rec("a", withActors("old")),
				incoming:  rec("a", withVersions("9.0.0", "2027-01-01.aaaaaa"), withActors("new"), withCanonical("https://elsewhere.test/a")),
				wantRes:   UpsertResult{Skipped: 1},
				wantActor: "old",
			},
			{
				name:      "the same canonical URL in another spelling replaces",
				stored:    rec("a", withActors("old")),
				incoming:  rec("a", withVersions("1.1.0", "2026-01-01.aaaaaa"), withActors("new"), withCanonical("HTTPS://Example.test:443/a?utm_source=x")),
				wantRes:   UpsertResult{Updated: 1},
				wantActor: "new",
			},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				s := openTemp(t)
				res, err := s.Upsert(t.Context(), []*newsv1.TaggedArticle{tt.stored})
				require.NoError(t, err)
				require.Equal(t, UpsertResult{Inserted: 1}, res)

				res, err = s.Upsert(t.Context(), []*newsv1.TaggedArticle{tt.incoming})
				require.NoError(t, err)
				require.Equal(t, tt.wantRes, res)

				got, err := s.Get(t.Context(), "a")
				require.NoError(t, err)
				require.Equal(t, tt.wantActor, got.GetActors()[0].GetId())
				want := tt.stored
				if tt.wantActor == "new" {
					want = tt.incoming
				}
				require.True(t, proto.Equal(want, got), "stored record is the expected one")

				// The tag index follows the stored record, not the last write.
				for _, actor := range []string{"old", "new"} {
					page, err := s.Search(t.Context(), Query{Actor: actor})
					require.NoError(t, err)
					require.Len(t, page.Articles, map[bool]int{true: 1, false: 0}[actor == tt.wantActor], "actor %s", actor)
				}
				n, err := s.Count(t.Context())
				require.NoError(t, err)
				require.EqualValues(t, 1, n)
			})
		}
	})
}

func TestUpsertReplaceKeepsStoredAtAndFTS(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		s := openTemp(t)
		_, err := s.Upsert(t.Context(), []*newsv1.TaggedArticle{rec("a", withText("Alpha", "old words"), withPublished(time.Time{}))}) // sorted by stored_at
		require.NoError(t, err)
		var storedAt, sortTime int64
		require.NoError(t, s.r.QueryRowContext(t.Context(), `SELECT stored_at, sort_time FROM articles WHERE id = 'a'`).Scan(&storedAt, &sortTime))
		require.Equal(t, storedAt, sortTime)

		res, err := s.Upsert(t.Context(), []*newsv1.TaggedArticle{rec("a", withText("Beta", "new words"), withPublished(time.Time{}), withVersions("2.0.0", "2026-01-01.aaaaaa"))})
		require.NoError(t, err)
		require.Equal(t, UpsertResult{Updated: 1}, res)
		var storedAt2, sortTime2 int64
		require.NoError(t, s.r.QueryRowContext(t.Context(), `SELECT stored_at, sort_time FROM articles WHERE id = 'a'`).Scan(&storedAt2, &sortTime2))
		require.Equal(t, storedAt, storedAt2, "stored_at is the first arrival")
		require.Equal(t, storedAt, sortTime2)

		for q, want := range map[string]int{"old": 0, "Alpha": 0, "new": 1, "beta": 1} {
			page, err := s.Search(t.Context(), Query{Text: q})
			require.NoError(t, err)
			require.Len(t, page.Articles, want, "text %q", q)
		}
	})
}

func TestUpsertInvalid(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		tests := []struct {
			name string
			bad  *newsv1.TaggedArticle
		}{
			{"nil", nil},
			{"no article", &newsv1.TaggedArticle{TaxonomyVersion: "x"}},
			{"no id", &newsv1.TaggedArticle{Article: &newsv1.Article{Title: "t"}}},
			{"huge id", rec(string(make([]byte, maxIDLen+1)))},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				s := openTemp(t)
				require.ErrorIs(t, Validate(tt.bad), ErrInvalidRecord)
				_, err := s.Upsert(t.Context(), []*newsv1.TaggedArticle{rec("good"), tt.bad})
				require.ErrorIs(t, err, ErrInvalidRecord)
				require.ErrorContains(t, err, "record 1")
				n, err := s.Count(t.Context())
				require.NoError(t, err)
				require.Zero(t, n, "nothing of a failed batch is written")
			})
		}
	})
}

func TestUpsertConcurrent(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		s := openTemp(t)
		const (
			workers = 8
			batches = 5
			batch   = 20
			// Each worker writes ids overlapping with its neighbours'.
			distinct = (workers + 1) * batches * batch / 2
		)
		results := make([]UpsertResult, workers)
		var wg sync.WaitGroup
		for w := range workers {
			wg.Go(func() {
				for b := range batches {
					recs := make([]*newsv1.TaggedArticle, batch)
					for i := range recs {
						n := (w*batches*batch)/2 + b*batch + i
						recs[i] = rec(idf(n), withActors(fmt.Sprintf("actor-%d", n%7)))
					}
					res, err := s.Upsert(t.Context(), recs)
					if err != nil {
						t.Errorf("worker %d batch %d: %v", w, b, err)
						return
					}
					results[w].Inserted += res.Inserted
					results[w].Updated += res.Updated
					results[w].Skipped += res.Skipped
				}
			})
		}
		wg.Wait()
		var total UpsertResult
		for _, r := range results {
			total.Inserted += r.Inserted
			total.Updated += r.Updated
			total.Skipped += r.Skipped
		}
		require.Equal(t, distinct, total.Inserted)
		require.Zero(t, total.Updated)
		require.Equal(t, workers*batches*batch-distinct, total.Skipped)
		n, err := s.Count(t.Context())
		require.NoError(t, err)
		require.EqualValues(t, distinct, n)
	})
}

func withCanonical(u string) func(*newsv1.TaggedArticle) {
	return func(r *newsv1.TaggedArticle) { r.Article.CanonicalUrl = u }
}
