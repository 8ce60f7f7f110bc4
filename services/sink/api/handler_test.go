package api

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"google.golang.org/protobuf/types/known/timestamppb"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/sink/store"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

var baseTime = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

func article(id string, day int, actor, country, title string) *newsv1.TaggedArticle {
	r := &newsv1.TaggedArticle{
		Article: &newsv1.Article{
			Id:               id,
			CanonicalUrl:     "https://example.test/" + id,
			Source:           "example",
			PageType:         newsv1.PageType_PAGE_TYPE_ARTICLE,
			Title:            title,
			Paragraphs:       []string{title + " in detail.", "More text."},
			WordCount:        6,
			Language:         "en",
			Published:        timestamppb.New(baseTime.AddDate(0, 0, day)),
			ExtractorVersion: "1.0.0",
		},
		TaxonomyVersion: "2026-01-01.abcdef",
		Topics:          []*newsv1.TopicTag{{Code: "medtop:16000000", Label: "conflict, war and peace", Score: 0.8}},
	}
	if actor != "" {
		r.Actors = []*newsv1.ActorTag{{
			Id: actor, Name: strings.ToUpper(actor), AliasesMatched: []string{actor}, Mentions: 2, Score: 0.75,
			Evidence: []*newsv1.Span{{Start: 0, End: int32(len(actor)), Text: actor}},
		}}
	}
	if country != "" {
		r.Places = []*newsv1.PlaceTag{{CountryCode: country, Mentions: 1}}
	}
	return r
}

// server starts the API over a real store holding recs.
func server(t *testing.T, recs ...*newsv1.TaggedArticle) *httptest.Server {
	t.Helper()
	logger := slog.New(slog.DiscardHandler)
	s, err := store.Open(t.Context(), filepath.Join(t.TempDir(), "api.db"), logger)
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, s.Close()) })
	if len(recs) > 0 {
		_, err = s.Upsert(t.Context(), recs)
		require.NoError(t, err)
	}
	srv := httptest.NewServer(New(s, logger))
	t.Cleanup(srv.Close)
	return srv
}

type listBody struct {
	Articles []struct {
		Article struct {
			ID string `json:"id"`
		} `json:"article"`
	} `json:"articles"`
	NextCursor *string `json:"next_cursor"`
	Error      string  `json:"error"`
}

func (b listBody) ids() []string {
	var out []string
	for _, a := range b.Articles {
		out = append(out, a.Article.ID)
	}
	return out
}

func getJSON(t *testing.T, url string, v any) int {
	t.Helper()
	resp, err := http.Get(url)
	require.NoError(t, err)
	defer func() { _ = resp.Body.Close() }()
	require.Equal(t, "application/json", resp.Header.Get("Content-Type"))
	require.NoError(t, json.NewDecoder(resp.Body).Decode(v))
	return resp.StatusCode
}

func TestSearch(t *testing.T) {
	srv := server(t,
		article("kabul", 0, "isis-k", "AF", "Bombing in Kabul"),
		article("raid", 1, "al-shabaab", "SO", "Raid in Mogadishu"),
		article("hack", 2, "apt28", "UA", "Grid hack"),
	)
	tests := []struct {
		name      string
		query     string
		status    int
		want      []string
		wantError string
	}{
		{name: "all", query: "", status: 200, want: []string{"hack", "raid", "kabul"}},
		{name: "actor", query: "actor=isis-k", status: 200, want: []string{"kabul"}},
		{name: "topic", query: "topic=medtop:16000000&limit=2", status: 200, want: []string{"hack", "raid"}},
		{name: "country lower case", query: "country=so", status: 200, want: []string{"raid"}},
		{name: "source", query: "source=example&limit=1", status: 200, want: []string{"hack"}},
		{name: "source none", query: "source=other", status: 200, want: nil},
		{name: "text", query: "q=mogadishu", status: 200, want: []string{"raid"}},
		{name: "text plus as space", query: "q=grid+hack", status: 200, want: []string{"hack"}},
		{name: "hostile text", query: "q=" + url.QueryEscape(`" AND OR NOT * NEAR( ) ^ :`), status: 200, want: nil},
		{name: "since date", query: "since=2026-03-02", status: 200, want: []string{"hack", "raid"}},
		{name: "since and until RFC 3339", query: "since=2026-03-01T00:00:00Z&until=" + url.QueryEscape("2026-03-02T12:00:00+00:00"), status: 200, want: []string{"kabul"}},
		{name: "limit capped", query: "limit=100000", status: 200, want: []string{"hack", "raid", "kabul"}},
		{name: "bad since", query: "since=yesterday", status: 400, wantError: `invalid since "yesterday"`},
		{name: "bad until", query: "until=2026-13-01", status: 400, wantError: `invalid until "2026-13-01"`},
		{name: "since after until", query: "since=2026-03-03&until=2026-03-01", status: 400, wantError: "since must be before until"},
		{name: "limit not a number", query: "limit=ten", status: 400, wantError: `invalid limit "ten"`},
		{name: "limit zero", query: "limit=0", status: 400, wantError: `invalid limit "0"`},
		{name: "limit negative", query: "limit=-5", status: 400, wantError: `invalid limit "-5"`},
		{name: "bad country", query: "country=AFG", status: 400, wantError: `invalid country "AFG"`},
		{name: "unknown parameter", query: "actors=isis-k", status: 400, wantError: `unknown parameter "actors"`},
		{name: "repeated parameter", query: "actor=a&actor=b", status: 400, wantError: `parameter "actor" given 2 times`},
		{name: "bad cursor", query: "cursor=nonsense", status: 400, wantError: "invalid cursor"},
		{name: "malformed query string", query: "q=%zz", status: 400, wantError: "malformed query string"},
		{name: "text too long", query: "q=" + strings.Repeat("a", 1025), status: 400, wantError: "at most 1024"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var body listBody
			status := getJSON(t, srv.URL+"/v1/articles?"+tt.query, &body)
			require.Equal(t, tt.status, status, "error: %s", body.Error)
			if tt.status != 200 {
				require.Contains(t, body.Error, tt.wantError)
				return
			}
			require.Equal(t, tt.want, body.ids())
			require.NotNil(t, body.NextCursor, "next_cursor is always present")
		})
	}
}

func TestSearchEmptyIsArray(t *testing.T) {
	srv := server(t)
	resp, err := http.Get(srv.URL + "/v1/articles")
	require.NoError(t, err)
	defer func() { _ = resp.Body.Close() }()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	require.JSONEq(t, `{"articles":[],"next_cursor":""}`, string(b))
}

func TestSearchPagination(t *testing.T) {
	var recs []*newsv1.TaggedArticle
	for i := range 120 {
		recs = append(recs, article(fmt.Sprintf("a%03d", i), i%5, "isis-k", "", "Story"))
	}
	srv := server(t, recs...)
	seen := map[string]int{}
	var order []string
	next := srv.URL + "/v1/articles?actor=isis-k&limit=11"
	for pages := 0; ; pages++ {
		require.Less(t, pages, 20)
		var body listBody
		require.Equal(t, 200, getJSON(t, next, &body), body.Error)
		for _, id := range body.ids() {
			seen[id]++
			order = append(order, id)
		}
		if *body.NextCursor == "" {
			break
		}
		next = srv.URL + "/v1/articles?actor=isis-k&limit=11&cursor=" + url.QueryEscape(*body.NextCursor)
	}
	require.Len(t, seen, 120)
	for id, n := range seen {
		require.Equal(t, 1, n, id)
	}
	// Newest day first; within a day, ids descending.
	require.Equal(t, "a119", order[0])
	require.Equal(t, "a000", order[len(order)-1])
}

func TestGet(t *testing.T) {
	rec := article("kabul", 0, "isis-k", "AF", "Bombing in Kabul")
	odd := article("odd id/with slash", 0, "", "", "Odd")
	srv := server(t, rec, odd)

	t.Run("golden", func(t *testing.T) {
		resp, err := http.Get(srv.URL + "/v1/articles/kabul")
		require.NoError(t, err)
		defer func() { _ = resp.Body.Close() }()
		require.Equal(t, 200, resp.StatusCode)
		got, err := io.ReadAll(resp.Body)
		require.NoError(t, err)
		golden := filepath.Join("testdata", "article.golden.json")
		if *update {
			var pretty bytes.Buffer
			require.NoError(t, json.Indent(&pretty, got, "", "  "))
			require.NoError(t, os.WriteFile(golden, pretty.Bytes(), 0o644))
		}
		want, err := os.ReadFile(golden)
		require.NoError(t, err)
		require.JSONEq(t, string(want), string(got))
		require.Contains(t, string(got), `"canonical_url"`, "proto field names")
		require.NotContains(t, string(got), `"byline"`, "unset fields omitted")
	})

	tests := []struct {
		name   string
		path   string
		status int
		want   string
	}{
		{"escaped id", "/v1/articles/" + url.PathEscape("odd id/with slash"), 200, `"id":"odd id/with slash"`},
		{"missing", "/v1/articles/nope", 404, `{"error":"article \"nope\" not found"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := http.Get(srv.URL + tt.path)
			require.NoError(t, err)
			defer func() { _ = resp.Body.Close() }()
			require.Equal(t, tt.status, resp.StatusCode)
			require.Equal(t, "application/json", resp.Header.Get("Content-Type"))
			b, err := io.ReadAll(resp.Body)
			require.NoError(t, err)
			require.Contains(t, string(b), tt.want)
		})
	}
}

func TestCount(t *testing.T) {
	srv := server(t, article("a", 0, "", "", "A"), article("b", 0, "", "", "B"))
	var body struct {
		Count int64 `json:"count"`
	}
	require.Equal(t, 200, getJSON(t, srv.URL+"/v1/count", &body))
	require.EqualValues(t, 2, body.Count)
}

func TestMethodsAndRoutes(t *testing.T) {
	srv := server(t)
	tests := []struct {
		method, path string
		status       int
	}{
		{http.MethodPost, "/v1/articles", http.StatusMethodNotAllowed},
		{http.MethodDelete, "/v1/articles/x", http.StatusMethodNotAllowed},
		{http.MethodHead, "/v1/count", http.StatusOK},
		{http.MethodGet, "/v2/articles", http.StatusNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path, func(t *testing.T) {
			req, err := http.NewRequestWithContext(t.Context(), tt.method, srv.URL+tt.path, nil)
			require.NoError(t, err)
			resp, err := http.DefaultClient.Do(req)
			require.NoError(t, err)
			_ = resp.Body.Close()
			require.Equal(t, tt.status, resp.StatusCode)
		})
	}
}

func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{"", "actor=x&limit=5", "since=2026-01-01&until=2026-01-02", "limit=999999999999999999999", "q=%22&cursor=abc", "country=af", "since=7d", "since=2w&until=36h", "since=9223372036854775807d", "until=-1d"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		v, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		now := baseTime
		q, err := parseQuery(v, searchParams, store.MaxLimit, now)
		if err != nil {
			return
		}
		if !isRFC3339OrDate(v.Get("since")) && q.Since.After(now) {
			t.Fatalf("relative since %v after now for %q", q.Since, raw)
		}
		if q.Limit < 0 || q.Limit > store.MaxLimit {
			t.Fatalf("limit %d out of range for %q", q.Limit, raw)
		}
		if !q.Since.IsZero() && !q.Until.IsZero() && !q.Since.Before(q.Until) {
			t.Fatalf("since %v not before until %v for %q", q.Since, q.Until, raw)
		}
	})
}

func isRFC3339OrDate(s string) bool {
	_, err1 := time.Parse(time.RFC3339Nano, s)
	_, err2 := time.Parse(time.DateOnly, s)
	return err1 == nil || err2 == nil
}
