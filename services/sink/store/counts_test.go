package store

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

func TestTagCounts(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		s := searchFixture(t)
		day := func(d int) time.Time { return baseTime.AddDate(0, 0, d) }
		tests := []struct {
			name   string
			q      Query
			actors []TagCount
			topics []TagCount
		}{
			{
				name:   "all time",
				actors: []TagCount{{"isis-k", "isis-k", 2}, {"al-shabaab", "al-shabaab", 1}, {"apt28", "apt28", 1}, {"sandworm", "sandworm", 1}},
				topics: []TagCount{{"medtop:16000000", "", 2}, {"medtop:04000000", "", 1}, {"medtop:16000001", "", 1}, {"medtop:20000763", "", 1}},
			},
			{
				name:   "window",
				q:      Query{Since: day(0), Until: day(2)},
				actors: []TagCount{{"al-shabaab", "al-shabaab", 1}, {"isis-k", "isis-k", 1}},
				topics: []TagCount{{"medtop:16000000", "", 2}, {"medtop:16000001", "", 1}},
			},
			{
				name:   "limit and filter",
				q:      Query{Source: "reuters", Limit: 1},
				actors: []TagCount{{"apt28", "apt28", 1}},
				topics: []TagCount{{"medtop:16000000", "", 1}},
			},
			{name: "empty window", q: Query{Since: day(10), Until: day(11)}, actors: []TagCount{}, topics: []TagCount{}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				actors, err := s.Actors(t.Context(), tt.q)
				require.NoError(t, err)
				require.Equal(t, tt.actors, actors)
				topics, err := s.Topics(t.Context(), tt.q)
				require.NoError(t, err)
				require.Equal(t, tt.topics, topics)
			})
		}
		_, err := s.Actors(t.Context(), Query{Since: day(2), Until: day(1)})
		require.ErrorIs(t, err, ErrInvalidQuery)
	})
}

func TestTagNamesFollowRecord(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		s := openTemp(t)
		r := rec("a", withTopics("medtop:16000000"))
		r.Actors = []*newsv1.ActorTag{{Id: "isis-k", Name: "ISIS-K"}}
		r.Topics[0].Label = "conflict, war and peace"
		_, err := s.Upsert(t.Context(), []*newsv1.TaggedArticle{r})
		require.NoError(t, err)
		actors, err := s.Actors(t.Context(), Query{})
		require.NoError(t, err)
		require.Equal(t, []TagCount{{"isis-k", "ISIS-K", 1}}, actors)
		topics, err := s.Topics(t.Context(), Query{})
		require.NoError(t, err)
		require.Equal(t, []TagCount{{"medtop:16000000", "conflict, war and peace", 1}}, topics)
	})
}

func TestDeleteStoredBefore(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		s := openTemp(t)
		var recs []*newsv1.TaggedArticle
		for i := range 25 {
			recs = append(recs, rec(idf(i), withActors("isis-k"), withTopics("medtop:1"), withCountries("AF"), withText("Doomed", "words")))
		}
		_, err := s.Upsert(t.Context(), recs)
		require.NoError(t, err)
		// Nothing is older than a cutoff in the past.
		n, err := s.DeleteStoredBefore(t.Context(), time.Now().Add(-time.Hour), 10)
		require.NoError(t, err)
		require.Zero(t, n)
		// Everything was stored before now; deleted in batches of 10.
		n, err = s.DeleteStoredBefore(t.Context(), time.Now().Add(time.Second), 10)
		require.NoError(t, err)
		require.EqualValues(t, 25, n)
		count, err := s.Count(t.Context())
		require.NoError(t, err)
		require.Zero(t, count)
		var tags int
		require.NoError(t, s.r.QueryRowContext(t.Context(), `SELECT
			(SELECT count(*) FROM article_actors) + (SELECT count(*) FROM article_topics) + (SELECT count(*) FROM article_places)`).Scan(&tags))
		require.Zero(t, tags, "tags go with their article")
		page, err := s.Search(t.Context(), Query{Text: "doomed"})
		require.NoError(t, err)
		require.Empty(t, page.Articles, "and so does the full-text entry")
		// The store stays writable.
		_, err = s.Upsert(t.Context(), recs[:1])
		require.NoError(t, err)
	})
}
