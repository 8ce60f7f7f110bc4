package store

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// namedFixture stores articles whose tags carry names and labels, as the
// classifier's do.
func namedFixture(t *testing.T) *Store {
	t.Helper()
	s := openTemp(t)
	day := func(d int) time.Time { return baseTime.AddDate(0, 0, d) }
	actor := func(id, name string) func(*newsv1.TaggedArticle) {
		return func(r *newsv1.TaggedArticle) {
			r.Actors = append(r.Actors, &newsv1.ActorTag{Id: id, Name: name, Mentions: 1})
		}
	}
	topic := func(code, label string, inherited bool) func(*newsv1.TaggedArticle) {
		return func(r *newsv1.TaggedArticle) {
			r.Topics = append(r.Topics, &newsv1.TopicTag{Code: code, Label: label, Inherited: inherited})
		}
	}
	_, err := s.Upsert(t.Context(), []*newsv1.TaggedArticle{
		// 2026-03-01 is a Sunday: kabul and mogadishu fall in two ISO weeks.
		rec("kabul", withPublished(day(0)), withSource("reuters"), withCountries("AF"),
			actor("isis-k", "Islamic State Khorasan Province"),
			topic("medtop:20000103", "terrorism", false), topic("medtop:20000082", "crime", true)),
		rec("mogadishu", withPublished(day(1)), withSource("bbc"), withCountries("SO"),
			actor("al-shabaab", "Al-Shabaab"),
			topic("medtop:20000103", "terrorism", false), topic("medtop:20000082", "crime", true)),
		rec("mogadishu2", withPublished(day(1).Add(time.Hour)), withSource("bbc"), withCountries("SO", "KE"),
			actor("al-shabaab", "Al-Shabaab"), topic("medtop:16000000", "conflict, war and peace", false)),
		rec("cyber", withPublished(day(9)), withSource("reuters"), withCountries("UA"),
			actor("APT28", "Fancy Bear"), topic("medtop:20000763", "cybercrime", false)),
		rec("sahel", withPublished(day(10)), withSource("afp"), withCountries("ML"),
			actor("isgs", "État islamique au Grand Sahara"), topic("medtop:20000800", "Défense", false)),
	})
	require.NoError(t, err)
	return s
}

func TestSearchResolvesNamesAndLabels(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		s := namedFixture(t)
		tests := []struct {
			name string
			q    Query
			want []string
		}{
			{"actor id as stored", Query{Actor: "isis-k"}, []string{"kabul"}},
			{"actor id upper case", Query{Actor: "ISIS-K"}, []string{"kabul"}},
			{"actor id mixed case stored", Query{Actor: "APT28"}, []string{"cyber"}},
			{"actor name any case", Query{Actor: "fancy BEAR"}, []string{"cyber"}},
			{"actor name with spaces around", Query{Actor: "  Islamic State Khorasan Province "}, []string{"kabul"}},
			{"actor name non-ASCII, other case", Query{Actor: "ÉTAT ISLAMIQUE AU GRAND SAHARA"}, []string{"sahel"}},
			{"topic label non-ASCII, other case", Query{Topic: "DÉFENSE"}, []string{"sahel"}},
			{"actor unknown", Query{Actor: "Nobody"}, nil},
			{"actor prefix is not a match", Query{Actor: "isis"}, nil},
			{"topic code", Query{Topic: "medtop:20000103"}, []string{"mogadishu", "kabul"}},
			{"topic bare number", Query{Topic: "20000103"}, []string{"mogadishu", "kabul"}},
			{"topic code, scheme in capitals", Query{Topic: "MEDTOP:20000103"}, []string{"mogadishu", "kabul"}},
			{"topic label", Query{Topic: "terrorism"}, []string{"mogadishu", "kabul"}},
			{"topic label any case", Query{Topic: "Terrorism"}, []string{"mogadishu", "kabul"}},
			{"topic label of an inherited tag", Query{Topic: "crime"}, []string{"mogadishu", "kabul"}},
			{"topic label with punctuation", Query{Topic: "conflict, war and peace"}, []string{"mogadishu2"}},
			{"topic unknown label", Query{Topic: "sport"}, nil},
			{"label and actor name", Query{Topic: "TERRORISM", Actor: "al-shabaab"}, []string{"mogadishu"}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				page, err := s.Search(t.Context(), tt.q)
				require.NoError(t, err)
				require.Equal(t, tt.want, nilIfEmpty(ids(page.Articles)))
			})
		}
	})
}

func TestFacetCounts(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		s := namedFixture(t)
		countries, err := s.Countries(t.Context(), Query{})
		require.NoError(t, err)
		require.Equal(t, []TagCount{{"SO", "", 2}, {"AF", "", 1}, {"KE", "", 1}, {"ML", "", 1}, {"UA", "", 1}}, countries)
		sources, err := s.Sources(t.Context(), Query{})
		require.NoError(t, err)
		require.Equal(t, []TagCount{{"bbc", "", 2}, {"reuters", "", 2}, {"afp", "", 1}}, sources)

		// Facets follow the filters, resolved names included.
		sources, err = s.Sources(t.Context(), Query{Topic: "terrorism"})
		require.NoError(t, err)
		require.Equal(t, []TagCount{{"bbc", "", 1}, {"reuters", "", 1}}, sources)
		countries, err = s.Countries(t.Context(), Query{Actor: "AL-SHABAAB", Limit: 1})
		require.NoError(t, err)
		require.Equal(t, []TagCount{{"SO", "", 2}}, countries)
		actors, err := s.Actors(t.Context(), Query{Country: "so"})
		require.NoError(t, err)
		require.Equal(t, []TagCount{{"al-shabaab", "Al-Shabaab", 2}}, actors)

		none, err := s.Sources(t.Context(), Query{Actor: "nobody"})
		require.NoError(t, err)
		require.Equal(t, []TagCount{}, none)
	})
}

func TestTimeline(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		s := namedFixture(t)
		d := func(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 0, 0, 0, 0, time.UTC) }
		tests := []struct {
			name   string
			q      Query
			bucket Bucket
			want   []TimeCount
		}{
			{"days", Query{}, Day, []TimeCount{{d(2026, 3, 1), 1}, {d(2026, 3, 2), 2}, {d(2026, 3, 10), 1}, {d(2026, 3, 11), 1}}},
			// Sunday 1 March is in the week of Monday 23 February.
			{"weeks", Query{}, Week, []TimeCount{{d(2026, 2, 23), 1}, {d(2026, 3, 2), 2}, {d(2026, 3, 9), 2}}},
			{"filtered by label", Query{Topic: "terrorism"}, Week, []TimeCount{{d(2026, 2, 23), 1}, {d(2026, 3, 2), 1}}},
			{"window", Query{Since: d(2026, 3, 2), Until: d(2026, 3, 3)}, Day, []TimeCount{{d(2026, 3, 2), 2}}},
			{"nothing", Query{Actor: "nobody"}, Day, []TimeCount{}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				got, err := s.Timeline(t.Context(), tt.q, tt.bucket)
				require.NoError(t, err)
				require.Equal(t, tt.want, got)
			})
		}
		_, err := s.Timeline(t.Context(), Query{Since: d(2026, 3, 2), Until: d(2026, 3, 1)}, Day)
		require.ErrorIs(t, err, ErrInvalidQuery)
	})
}

// TestTagNamesBackfill applies the tag_names migration to a database that
// already holds tagged articles, as an upgrade does, and checks that names
// and labels stored before it resolve.
func TestTagNamesBackfill(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		dsn := tempDSN(t)
		s, err := Open(t.Context(), dsn, testLogger(t))
		require.NoError(t, err)
		r := rec("kabul", withCountries("AF"))
		r.Actors = []*newsv1.ActorTag{{Id: "isis-k", Name: "Islamic State Khorasan Province"}}
		r.Topics = []*newsv1.TopicTag{{Code: "medtop:20000103", Label: "terrorism"}}
		_, err = s.Upsert(t.Context(), []*newsv1.TaggedArticle{r})
		require.NoError(t, err)
		// Back to the schema before the migration, data kept.
		version := 4
		if backendOf(t) == "postgres" {
			version = 2
		}
		_, err = s.w.ExecContext(t.Context(), `DROP TABLE tag_names`)
		require.NoError(t, err)
		_, err = s.w.ExecContext(t.Context(), `DELETE FROM schema_migrations WHERE version = $1`, version)
		require.NoError(t, err)
		require.NoError(t, s.Close())

		s, err = Open(t.Context(), dsn, testLogger(t))
		require.NoError(t, err)
		t.Cleanup(func() { require.NoError(t, s.Close()) })
		for _, q := range []Query{{Actor: "ISIS-K"}, {Actor: "islamic state khorasan province"}, {Topic: "Terrorism"}} {
			page, err := s.Search(t.Context(), q)
			require.NoError(t, err)
			require.Equal(t, []string{"kabul"}, ids(page.Articles), "%+v", q)
		}
	})
}

// TestSearchFollowsFormerIDs: after a taxonomy merge folds UNC2452 into
// APT29, records stored under either id are one actor's: a search by the
// former id, the new id or the new name finds both, and facets still
// count each stored id as it was stored.
func TestSearchFollowsFormerIDs(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		s := openTemp(t)
		_, err := s.Upsert(t.Context(), []*newsv1.TaggedArticle{
			rec("before", withPublished(baseTime), func(r *newsv1.TaggedArticle) {
				r.Actors = []*newsv1.ActorTag{{Id: "unc2452", Name: "UNC2452", Mentions: 1}}
			}),
			rec("other", withPublished(baseTime.Add(time.Hour)), func(r *newsv1.TaggedArticle) {
				r.Actors = []*newsv1.ActorTag{{Id: "apt28", Name: "APT28", Mentions: 1}}
			}),
		})
		require.NoError(t, err)
		// Before any record carries the merge, each id finds its own.
		page, err := s.Search(t.Context(), Query{Actor: "apt29"})
		require.NoError(t, err)
		require.Empty(t, page.Articles)

		_, err = s.Upsert(t.Context(), []*newsv1.TaggedArticle{
			rec("after", withPublished(baseTime.Add(2*time.Hour)), func(r *newsv1.TaggedArticle) {
				r.Actors = []*newsv1.ActorTag{{Id: "apt29", Name: "APT29", FormerIds: []string{"unc2452"}, Mentions: 1}}
			}),
		})
		require.NoError(t, err)
		for _, q := range []string{"unc2452", "UNC2452", "apt29", "APT29"} {
			page, err := s.Search(t.Context(), Query{Actor: q})
			require.NoError(t, err)
			require.Equal(t, []string{"after", "before"}, ids(page.Articles), "search by %q", q)
		}
		page, err = s.Search(t.Context(), Query{Actor: "apt28"})
		require.NoError(t, err)
		require.Equal(t, []string{"other"}, ids(page.Articles))
	})
}
