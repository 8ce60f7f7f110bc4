package store

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// searchFixture stores a small corpus once; the tests only read it.
func searchFixture(t *testing.T) *Store {
	t.Helper()
	s := openTemp(t)
	day := func(d int) time.Time { return baseTime.AddDate(0, 0, d) }
	_, err := s.Upsert(t.Context(), []*newsv1.TaggedArticle{
		rec("kabul", withPublished(day(0)), withSource("reuters"), withActors("isis-k"),
			withTopics("medtop:16000000"), withCountries("AF"),
			withText("Bombing in Kabul", "ISIS-K claimed the attack near the airport.")),
		rec("mogadishu", withPublished(day(1)), withSource("bbc"), withActors("al-shabaab"),
			withTopics("medtop:16000000", "medtop:16000001"), withCountries("so", "KE"),
			withText("Al-Shabaab raid", "Militants of al-Shabaab attacked a hotel in Mogadishu.")),
		rec("cyber", withPublished(day(2)), withSource("reuters"), withActors("apt28", "sandworm"),
			withTopics("medtop:20000763"), withCountries("UA"),
			withText("Grid hack", "Sandworm, a GRU unit, hit the power grid. Operators said \"NEAR(grid)\" was odd.")),
		rec("economy", withPublished(day(3)), withSource("bbc"),
			withTopics("medtop:04000000"),
			withText("Markets rally", "Stocks rose; café owners cheered.")),
		rec("undated", withPublished(time.Time{}), withSource("afp"), withActors("isis-k"),
			withCountries("AF"),
			withText("Undated report", "No date on this ISIS-K report.")),
	})
	require.NoError(t, err)
	return s
}

func TestSearchFilters(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		s := searchFixture(t)
		day := func(d int) time.Time { return baseTime.AddDate(0, 0, d) }
		tests := []struct {
			name string
			q    Query
			want []string
		}{
			// undated sorts by stored_at (now), which is after every published day.
			{"all newest first", Query{}, []string{"undated", "economy", "cyber", "mogadishu", "kabul"}},
			{"actor", Query{Actor: "isis-k"}, []string{"undated", "kabul"}},
			{"second actor of an article", Query{Actor: "sandworm"}, []string{"cyber"}},
			{"unknown actor", Query{Actor: "nobody"}, nil},
			{"topic", Query{Topic: "medtop:16000000"}, []string{"mogadishu", "kabul"}},
			{"bare topic number", Query{Topic: "16000001"}, []string{"mogadishu"}},
			{"country upper", Query{Country: "AF"}, []string{"undated", "kabul"}},
			{"country any case", Query{Country: "ke"}, []string{"mogadishu"}},
			{"source", Query{Source: "bbc"}, []string{"economy", "mogadishu"}},
			{"since inclusive", Query{Since: day(2)}, []string{"undated", "economy", "cyber"}},
			{"until exclusive", Query{Until: day(2)}, []string{"mogadishu", "kabul"}},
			{"since and until", Query{Since: day(1), Until: day(3)}, []string{"cyber", "mogadishu"}},
			{"text word", Query{Text: "mogadishu"}, []string{"mogadishu"}},
			{"text in title", Query{Text: "rally"}, []string{"economy"}},
			{"text words ANDed", Query{Text: "power grid"}, []string{"cyber"}},
			{"text words ANDed, no match", Query{Text: "power mogadishu"}, nil},
			{"text hyphenated as phrase", Query{Text: "al-Shabaab"}, []string{"mogadishu"}},
			{"text diacritics folded", Query{Text: "cafe"}, []string{"economy"}},
			{"text case folded", Query{Text: "ISIS-k"}, []string{"undated", "kabul"}},
			{"text operator as word", Query{Text: "NEAR(grid)"}, []string{"cyber"}},
			{"actor and country", Query{Actor: "isis-k", Country: "af", Source: "reuters"}, []string{"kabul"}},
			{"actor and text", Query{Actor: "isis-k", Text: "airport"}, []string{"kabul"}},
			{"topic and source mismatch", Query{Topic: "medtop:20000763", Source: "bbc"}, nil},
			{"limit", Query{Limit: 2}, []string{"undated", "economy"}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				page, err := s.Search(t.Context(), tt.q)
				require.NoError(t, err)
				require.Equal(t, tt.want, nilIfEmpty(ids(page.Articles)))
				if tt.q.Limit == 0 {
					require.Empty(t, page.NextCursor)
				}
			})
		}
	})
}

func nilIfEmpty(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}

// hostileText is user input that would be an FTS5 or SQL syntax error if
// passed through unquoted.
var hostileText = []string{
	`"`, `""`, `"""`, `'`, `''`, `AND OR NOT`, `AND`, `OR`, `NOT`, `*`, `**`, `a*`, `*a`,
	`NEAR(`, `NEAR(a b`, `NEAR(a b, 2)`, `NEAR/2`, `(`, `)`, `()`, `(a OR b`, `^`, `^a`, `a^`,
	`title:`, `title:grid`, `-grid`, `+grid`, `{title text}: grid`, `:`, `;`, `--`, `/*`,
	`'; DROP TABLE articles; --`, `grid" OR "1"="1`, "\x00", "a\x00b", "\xff\xfe", `\`, `\"`,
	`%`, `_`, `$1`, `?`, `@x`, `a\b`, `grid\`, `don't`, `x'y'`, `<->`, `grid <-> power`, `a & b | !c`, `grid:*`, `'grid':A`, `❤`, "\u200b", "\u0301", "grid\tpower\nsandworm",
	strings.Repeat(`"(`, 200), strings.Repeat("word ", 300),
}

func TestSearchTextHostile(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		s := searchFixture(t)
		for _, text := range hostileText {
			t.Run(text, func(t *testing.T) {
				_, err := s.Search(t.Context(), Query{Text: text})
				require.NoError(t, err)
			})
		}
		// Quoting does not stop the words from being found.
		for text, want := range map[string][]string{
			`grid" OR "1"="1`:    nil,
			`"grid"`:             {"cyber"},
			`grid*`:              {"cyber"}, // "*" is punctuation, not a prefix operator
			`title:grid`:         nil,
			"grid\tpower\nhit":   {"cyber"},
			`(sandworm)`:         {"cyber"},
			`sandworm AND grid`:  nil, // AND is a word, and no article has it
			`sandworm, grid.`:    {"cyber"},
			`ISIS-K   airport  `: {"kabul"},
		} {
			page, err := s.Search(t.Context(), Query{Text: text})
			require.NoError(t, err)
			require.Equal(t, want, nilIfEmpty(ids(page.Articles)), "text %q", text)
		}
	})
}

func TestSearchPagination(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		s := openTemp(t)
		const n = 120
		var recs []*newsv1.TaggedArticle
		for i := range n {
			var published time.Time
			switch {
			case i%10 == 0:
				// unpublished: sorted by stored_at (all the same: one batch)
			case i%3 == 0:
				published = baseTime // many ties, broken by id
			default:
				published = baseTime.Add(time.Duration(i) * time.Minute)
			}
			actors := []string{"everyone"}
			if i%2 == 0 {
				actors = append(actors, "even")
			}
			recs = append(recs, rec(idf(i), withPublished(published), withActors(actors...)))
		}
		_, err := s.Upsert(t.Context(), recs)
		require.NoError(t, err)

		// Expected order: sort time descending, then id descending.
		sortTime := func(r *newsv1.TaggedArticle) time.Time {
			if r.GetArticle().GetPublished() == nil {
				return baseTime.AddDate(100, 0, 0) // stored_at: after every published time
			}
			return r.GetArticle().GetPublished().AsTime()
		}
		expected := func(actor string) []string {
			var sel []*newsv1.TaggedArticle
			for _, r := range recs {
				if slices.ContainsFunc(r.GetActors(), func(a *newsv1.ActorTag) bool { return a.GetId() == actor }) {
					sel = append(sel, r)
				}
			}
			slices.SortFunc(sel, func(a, b *newsv1.TaggedArticle) int {
				if c := sortTime(b).Compare(sortTime(a)); c != 0 {
					return c
				}
				return strings.Compare(b.GetArticle().GetId(), a.GetArticle().GetId())
			})
			return ids(sel)
		}

		tests := []struct {
			actor string
			limit int
		}{
			{"everyone", 7}, {"everyone", 1}, {"everyone", 120}, {"everyone", 50}, {"even", 9}, {"even", 60},
		}
		for _, tt := range tests {
			t.Run(tt.actor+"/"+strconv.Itoa(tt.limit), func(t *testing.T) {
				var got []string
				q := Query{Actor: tt.actor, Limit: tt.limit}
				for pages := 0; ; pages++ {
					require.Less(t, pages, n+1, "pagination does not terminate")
					page, err := s.Search(t.Context(), q)
					require.NoError(t, err)
					require.LessOrEqual(t, len(page.Articles), tt.limit)
					got = append(got, ids(page.Articles)...)
					if page.NextCursor == "" {
						break
					}
					q.Cursor = page.NextCursor
				}
				require.Equal(t, expected(tt.actor), got)
			})
		}
	})
}

func TestSearchPaginationWhileWriting(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		s := openTemp(t)
		var recs []*newsv1.TaggedArticle
		for i := range 60 {
			recs = append(recs, rec(idf(i), withPublished(baseTime.Add(time.Duration(i)*time.Minute))))
		}
		_, err := s.Upsert(t.Context(), recs)
		require.NoError(t, err)

		var wg sync.WaitGroup
		defer wg.Wait()
		seen := map[string]int{}
		q := Query{Limit: 10}
		for page := 0; ; page++ {
			p, err := s.Search(t.Context(), q)
			require.NoError(t, err)
			for _, id := range ids(p.Articles) {
				seen[id]++
			}
			// New articles, both newer than everything and older than the
			// cursor, arrive between pages.
			wg.Go(func() {
				_, err := s.Upsert(t.Context(), []*newsv1.TaggedArticle{
					rec("new-top-"+strconv.Itoa(page), withPublished(baseTime.AddDate(1, 0, 0))),
					rec("new-old-"+strconv.Itoa(page), withPublished(baseTime.AddDate(-1, 0, 0))),
				})
				if err != nil {
					t.Error(err)
				}
			})
			wg.Wait()
			if p.NextCursor == "" {
				break
			}
			q.Cursor = p.NextCursor
		}
		for i := range 60 {
			require.Equal(t, 1, seen[idf(i)], "article %s seen once", idf(i))
		}
		for id, n := range seen {
			require.Equal(t, 1, n, "article %s seen once", id)
			require.False(t, strings.HasPrefix(id, "new-top-"), "articles above the cursor are not seen")
		}
	})
}

func TestSearchInvalid(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		s := openTemp(t)
		tests := []struct {
			name string
			q    Query
			want error
		}{
			{"garbage cursor", Query{Cursor: "!!!"}, ErrInvalidCursor},
			{"base64 non-json cursor", Query{Cursor: "aGVsbG8"}, ErrInvalidCursor},
			{"cursor of another version", Query{Cursor: "eyJ2IjoyLCJ0IjoxLCJpIjoieCJ9"}, ErrInvalidCursor},
			{"since after until", Query{Since: baseTime, Until: baseTime.Add(-time.Second)}, ErrInvalidQuery},
			{"since equals until", Query{Since: baseTime, Until: baseTime}, ErrInvalidQuery},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				_, err := s.Search(t.Context(), tt.q)
				require.ErrorIs(t, err, tt.want)
			})
		}
	})
}

func TestSearchLimitCapped(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		s := openTemp(t)
		recs := make([]*newsv1.TaggedArticle, MaxLimit+5)
		for i := range recs {
			recs[i] = rec(idf(i))
		}
		_, err := s.Upsert(t.Context(), recs)
		require.NoError(t, err)
		for _, tt := range []struct{ limit, want int }{{0, DefaultLimit}, {-3, DefaultLimit}, {MaxLimit + 1000, MaxLimit}, {3, 3}} {
			page, err := s.Search(t.Context(), Query{Limit: tt.limit})
			require.NoError(t, err)
			require.Len(t, page.Articles, tt.want, "limit %d", tt.limit)
			require.NotEmpty(t, page.NextCursor)
		}
	})
}

func FuzzFTSQuery(f *testing.F) {
	for _, s := range hostileText {
		f.Add(s)
	}
	s, err := Open(f.Context(), f.TempDir()+"/fuzz.db", nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { _ = s.Close() })
	if _, err := s.Upsert(f.Context(), []*newsv1.TaggedArticle{rec("x", withText("Grid hack", "Sandworm hit the grid."))}); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		q, ok := ftsQuery(text)
		if ok != (q != "") {
			t.Fatalf("ftsQuery(%q) = %q, %v", text, q, ok)
		}
		ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
		defer cancel()
		if _, err := s.Search(ctx, Query{Text: text}); err != nil {
			t.Fatalf("Search(Text: %q) via %q: %v", text, q, err)
		}
	})
}

func FuzzDecodeCursor(f *testing.F) {
	f.Add(encodeCursor(123, "abc"))
	f.Add("")
	f.Add("eyJ2IjoxfQ")
	f.Fuzz(func(t *testing.T, s string) {
		c, err := decodeCursor(s)
		if err != nil {
			return
		}
		back, err := decodeCursor(encodeCursor(c.Time, c.ID))
		if err != nil || back != c {
			t.Fatalf("round trip of %+v: %+v, %v", c, back, err)
		}
	})
}

func FuzzParseDSN(f *testing.F) {
	for _, s := range []string{"sqlite:///a.db", "sqlite://a.db", "file:a.db", "a.db", "postgres://x/y", "", "://", "file:?"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, dsn string) {
		tgt, err := parseDSN(dsn)
		if err == nil && tgt.backend == backendSQLite && (tgt.path == "" || strings.ContainsAny(tgt.path, "?#")) {
			t.Fatalf("parseDSN(%q) = %+v", dsn, tgt)
		}
	})
}

// FuzzTSQuery checks that the PostgreSQL query text is always well formed:
// valid UTF-8, no NUL, quotes balanced (each word one quoted phrase).
func FuzzTSQuery(f *testing.F) {
	for _, s := range hostileText {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		q, ok := tsQuery(text)
		if ok != (q != "") {
			t.Fatalf("ok=%v for %q", ok, q)
		}
		if !utf8.ValidString(q) || strings.IndexByte(q, 0) >= 0 {
			t.Fatalf("invalid query text %q", q)
		}
		if strings.Count(q, `"`)%2 != 0 {
			t.Fatalf("unbalanced quotes in %q", q)
		}
	})
}

// TestSearchTextIndexesEveryBatch checks that the full-text index holds the
// new articles of every batch, including a batch that mixes new articles
// with a newer version of a stored one, and drops the replaced words.
func TestSearchTextIndexesEveryBatch(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		s := openTemp(t)
		ctx := t.Context()
		_, err := s.Upsert(ctx, []*newsv1.TaggedArticle{
			rec("b1", withText("Monsoon floods", "Rivers burst their banks.")),
			rec("b2", withText("Harvest report", "Wheat prices fell.")),
		})
		require.NoError(t, err)
		_, err = s.Upsert(ctx, []*newsv1.TaggedArticle{
			rec("b3", withText("Port strike", "Dockers walked out.")),
			rec("b1", withText("Monsoon aftermath", "Reservoirs overflowed."), withVersions("9.9.9", "2026-01-01.aaaaaa")),
			rec("b4", withText("Glacier survey", "Ice cores drilled.")),
		})
		require.NoError(t, err)
		for text, want := range map[string][]string{
			"rivers":      nil, // replaced by the newer version of b1
			"reservoirs":  {"b1"},
			"wheat":       {"b2"},
			"dockers":     {"b3"},
			"glacier ice": {"b4"},
		} {
			page, err := s.Search(ctx, Query{Text: text})
			require.NoError(t, err)
			require.Equal(t, want, nilIfEmpty(ids(page.Articles)), "text %q", text)
		}
	})
}
