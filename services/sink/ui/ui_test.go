package ui

import (
	"bufio"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/types/known/timestamppb"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/sink/api"
	"github.com/newsflow/newsflow/services/sink/store"
)

// demoRecords are the records `newsflow demo --json` stores (see
// testdata/README.md).
func demoRecords(t testing.TB) []*newsv1.TaggedArticle {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "demo.ndjson"))
	require.NoError(t, err)
	defer func() { _ = f.Close() }()
	var out []*newsv1.TaggedArticle
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<22)
	for sc.Scan() {
		r := &newsv1.TaggedArticle{}
		require.NoError(t, protojson.Unmarshal(sc.Bytes(), r))
		out = append(out, r)
	}
	require.NoError(t, sc.Err())
	require.Len(t, out, 5)
	return out
}

// serve starts the UI and the API over a real SQLite store holding recs.
func serve(t *testing.T, recs []*newsv1.TaggedArticle) *httptest.Server {
	t.Helper()
	logger := slog.New(slog.DiscardHandler)
	s, err := store.Open(t.Context(), filepath.Join(t.TempDir(), "ui.db"), logger)
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, s.Close()) })
	_, err = s.Upsert(t.Context(), recs)
	require.NoError(t, err)
	srv := httptest.NewServer(Mount(api.New(s, logger), s, logger))
	t.Cleanup(srv.Close)
	return srv
}

// get fetches path and parses the page.
func get(t *testing.T, srv *httptest.Server, path string) (*http.Response, *html.Node, string) {
	t.Helper()
	resp, err := http.Get(srv.URL + path)
	require.NoError(t, err)
	defer func() { _ = resp.Body.Close() }()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	doc, err := html.Parse(strings.NewReader(string(b)))
	require.NoError(t, err)
	return resp, doc, string(b)
}

// find returns the elements named tag whose class attribute holds class.
func find(n *html.Node, tag, class string) []*html.Node {
	var out []*html.Node
	for c := range n.Descendants() {
		if c.Type == html.ElementNode && c.Data == tag && (class == "" || slices.Contains(strings.Fields(attr(c, "class")), class)) {
			out = append(out, c)
		}
	}
	return out
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func text(n *html.Node) string {
	var b strings.Builder
	for c := range n.Descendants() {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// resultTitles are the titles of the result list, in order.
func resultTitles(doc *html.Node) []string {
	var out []string
	for _, li := range find(doc, "li", "result") {
		out = append(out, text(find(li, "a", "title")[0]))
	}
	return out
}

// titlesWhere lists, newest first as the store orders them, the titles of
// the records keep accepts.
func titlesWhere(recs []*newsv1.TaggedArticle, keep func(*newsv1.TaggedArticle) bool) []string {
	sorted := slices.Clone(recs)
	slices.SortStableFunc(sorted, func(a, b *newsv1.TaggedArticle) int {
		ta, tb := sortTime(a), sortTime(b)
		if c := tb.Compare(ta); c != 0 {
			return c
		}
		return strings.Compare(b.GetArticle().GetId(), a.GetArticle().GetId())
	})
	var out []string
	for _, r := range sorted {
		if keep(r) {
			out = append(out, r.GetArticle().GetTitle())
		}
	}
	return out
}

// sortTime is the published time; unpublished records (stored now) come
// first, as any time after the demo's.
func sortTime(r *newsv1.TaggedArticle) time.Time {
	if p := r.GetArticle().GetPublished(); p != nil {
		return p.AsTime()
	}
	return time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)
}

func hasTopicLabel(label string) func(*newsv1.TaggedArticle) bool {
	return func(r *newsv1.TaggedArticle) bool {
		return slices.ContainsFunc(r.GetTopics(), func(tp *newsv1.TopicTag) bool { return tp.GetLabel() == label })
	}
}

func hasActor(id string) func(*newsv1.TaggedArticle) bool {
	return func(r *newsv1.TaggedArticle) bool {
		return slices.ContainsFunc(r.GetActors(), func(a *newsv1.ActorTag) bool { return a.GetId() == id })
	}
}

func TestSearchPage(t *testing.T) {
	recs := demoRecords(t)
	srv := serve(t, recs)
	all := func(*newsv1.TaggedArticle) bool { return true }
	tests := []struct {
		path string
		want []string
	}{
		{"/", titlesWhere(recs, all)},
		{"/?topic=terrorism", titlesWhere(recs, hasTopicLabel("terrorism"))},
		{"/?topic=medtop%3A20000103", titlesWhere(recs, hasTopicLabel("terrorism"))},
		{"/?topic=Sport+Event", titlesWhere(recs, hasTopicLabel("sport event"))},
		{"/?actor=ISIS-K", titlesWhere(recs, hasActor("isis-k"))},
		{"/?actor=taliban&topic=terrorism", titlesWhere(recs, func(r *newsv1.TaggedArticle) bool {
			return hasActor("taliban")(r) && hasTopicLabel("terrorism")(r)
		})},
		{"/?country=af", titlesWhere(recs, func(r *newsv1.TaggedArticle) bool {
			return slices.ContainsFunc(r.GetPlaces(), func(p *newsv1.PlaceTag) bool { return p.GetCountryCode() == "AF" })
		})},
		{"/?source=demo-atom", titlesWhere(recs, func(r *newsv1.TaggedArticle) bool { return r.GetArticle().GetSource() == "demo-atom" })},
		{"/?since=2024-07-01&until=2024-08-01", titlesWhere(recs, func(r *newsv1.TaggedArticle) bool {
			p := r.GetArticle().GetPublished()
			return p != nil && p.AsTime().Month() == time.July && p.AsTime().Year() == 2024
		})},
		{"/?q=Olympics", titlesWhere(recs, func(r *newsv1.TaggedArticle) bool {
			return strings.Contains(strings.Join(r.GetArticle().GetParagraphs(), " ")+r.GetArticle().GetTitle(), "Olympics")
		})},
		{"/?actor=nobody", nil},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			resp, doc, _ := get(t, srv, tt.path)
			require.Equal(t, 200, resp.StatusCode)
			require.Equal(t, tt.want, resultTitles(doc))
			total := text(find(doc, "p", "total")[0])
			require.True(t, strings.HasPrefix(total, strconv.Itoa(len(tt.want))+" matching article"), total)
			if tt.want == nil {
				require.Len(t, find(doc, "p", "empty"), 1)
			}
		})
	}
	// The label filter must not be a no-op: the demo has articles of
	// several topics (every one is about terrorism, only some about sport).
	require.Less(t, len(titlesWhere(recs, hasTopicLabel("sport event"))), len(recs))
	require.NotEmpty(t, titlesWhere(recs, hasTopicLabel("sport event")))
}

func TestSearchPageFacetsAndExports(t *testing.T) {
	recs := demoRecords(t)
	srv := serve(t, recs)
	_, doc, _ := get(t, srv, "/?topic=terrorism&since=2024-01-01")
	since := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	want := len(titlesWhere(recs, func(r *newsv1.TaggedArticle) bool {
		return hasTopicLabel("terrorism")(r) && !sortTime(r).Before(since)
	}))
	require.Positive(t, want)
	require.Less(t, want, len(recs), "since must filter")

	facets := map[string][]string{}
	for _, sec := range find(doc, "section", "facet") {
		name := text(find(sec, "h2", "")[0])
		for _, li := range find(sec, "li", "") {
			facets[name] = append(facets[name], strings.Join(strings.Fields(text(li)), " "))
		}
	}
	// Every matching article is tagged terrorism: its facet count is all of them.
	require.Contains(t, facets["Topics"], "terrorism "+itoa(want)+" ↗")
	require.NotEmpty(t, facets["Actors"])
	require.NotEmpty(t, facets["Countries"])
	require.NotEmpty(t, facets["Sources"])

	// The export links select the same articles, in every format.
	var exports []string
	for _, a := range find(doc, "a", "export") {
		exports = append(exports, attr(a, "href"))
	}
	require.Len(t, exports, 3)
	for _, href := range exports {
		resp, err := http.Get(srv.URL + href)
		require.NoError(t, err)
		b, err := io.ReadAll(resp.Body)
		_ = resp.Body.Close()
		require.NoError(t, err)
		require.Equal(t, 200, resp.StatusCode, href)
		lines := strings.Count(strings.TrimSpace(string(b)), "\n") + 1
		if strings.Contains(href, "format=csv") {
			lines-- // the header
			// (no embedded newlines in the demo's titles and bylines)
		}
		require.Equal(t, want, lines, href)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestSearchPageBadInput(t *testing.T) {
	srv := serve(t, demoRecords(t))
	resp, doc, body := get(t, srv, "/?since=yesterday&actor=%3Cscript%3Ealert(1)%3C/script%3E")
	require.Equal(t, 400, resp.StatusCode)
	require.Contains(t, text(find(doc, "p", "error")[0]), `invalid since "yesterday"`)
	// The form keeps what was typed, escaped.
	require.NotContains(t, body, "<script>alert(1)")
	for _, in := range find(doc, "input", "") {
		if attr(in, "name") == "actor" {
			require.Equal(t, "<script>alert(1)</script>", attr(in, "value"))
		}
	}
	resp, _, _ = get(t, srv, "/?q="+strings.Repeat("a", 2000))
	require.Equal(t, 400, resp.StatusCode)
	resp, _, _ = get(t, srv, "/no/such/page")
	require.Equal(t, 404, resp.StatusCode)
	resp, _, _ = get(t, srv, "/article/nope")
	require.Equal(t, 404, resp.StatusCode)
	resp, _, _ = get(t, srv, "/?cursor=garbage")
	require.Equal(t, 400, resp.StatusCode)
}

func TestSecurityHeaders(t *testing.T) {
	srv := serve(t, demoRecords(t))
	for _, path := range []string{"/", "/article/nope", "/static/style.css", "/actor/isis-k"} {
		resp, err := http.Get(srv.URL + path)
		require.NoError(t, err)
		_ = resp.Body.Close()
		require.Equal(t, csp, resp.Header.Get("Content-Security-Policy"), path)
		require.Equal(t, "nosniff", resp.Header.Get("X-Content-Type-Options"), path)
	}
	require.NotContains(t, csp, "unsafe")
	require.Contains(t, csp, "default-src 'none'")
}

func TestArticlePageHighlightsEvidence(t *testing.T) {
	recs := demoRecords(t)
	srv := serve(t, recs)
	for _, r := range recs {
		if r.GetArticle().GetPageType() != newsv1.PageType_PAGE_TYPE_ARTICLE || len(r.GetActors()) == 0 {
			continue
		}
		t.Run(r.GetArticle().GetId(), func(t *testing.T) {
			resp, doc, _ := get(t, srv, "/article/"+r.GetArticle().GetId())
			require.Equal(t, 200, resp.StatusCode)
			marks := find(doc, "mark", "ev-actor")
			require.NotEmpty(t, marks)
			var marked []string
			for _, m := range marks {
				marked = append(marked, text(m))
				require.Contains(t, attr(m, "title"), "actor ")
			}
			// Every actor span shows, marked, with the text the classifier saw.
			joined := strings.Join(marked, "|")
			for _, a := range r.GetActors() {
				for _, sp := range a.GetEvidence() {
					require.Contains(t, joined, sp.GetText(), "actor %s span %d-%d", a.GetId(), sp.GetStart(), sp.GetEnd())
				}
				// The tag table explains the actor: its aliases and score.
				var row string
				for _, tr := range find(doc, "tr", "row-actor") {
					if strings.Contains(text(tr), a.GetId()) {
						row = text(tr)
					}
				}
				require.NotEmpty(t, row, a.GetId())
				for _, alias := range a.GetAliasesMatched() {
					require.Contains(t, row, alias)
				}
			}
			require.Empty(t, find(doc, "span", "note"), "every span fits")
		})
	}
}

func TestArticlePageEscapesHostileRecords(t *testing.T) {
	r := &newsv1.TaggedArticle{
		Article: &newsv1.Article{
			Id: "x<y", Title: `<script>alert("t")</script>`, CanonicalUrl: "javascript:alert(1)", Source: "evil",
			PageType:   newsv1.PageType_PAGE_TYPE_ARTICLE,
			Paragraphs: []string{`<img src=x onerror=alert(2)> and "quotes" & ampersands`},
			Published:  timestamppb.New(time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)),
		},
		Actors: []*newsv1.ActorTag{{
			Id: `a"><svg onload=alert(3)>`, Name: `<b>bold</b>`, AliasesMatched: []string{"<i>"},
			Evidence: []*newsv1.Span{{Start: 0, End: 8, Text: "<script>"}},
		}},
	}
	srv := serve(t, []*newsv1.TaggedArticle{r})
	for _, path := range []string{"/article/x%3Cy", "/", "/actor/a%22%3E%3Csvg%20onload=alert(3)%3E"} {
		resp, doc, body := get(t, srv, path)
		require.Equal(t, 200, resp.StatusCode, path)
		require.Empty(t, find(doc, "script", ""), path)
		require.Empty(t, find(doc, "img", ""), path)
		require.Empty(t, find(doc, "b", ""), path)
		require.NotContains(t, body, "<svg onload", path)
		for _, a := range find(doc, "a", "") {
			require.NotContains(t, attr(a, "href"), "javascript:", path)
		}
	}
	_, doc, _ := get(t, srv, "/article/x%3Cy")
	marks := find(doc, "mark", "ev-actor")
	require.Len(t, marks, 1)
	require.Equal(t, "<script>", text(marks[0]))
}

func TestTagPages(t *testing.T) {
	recs := demoRecords(t)
	srv := serve(t, recs)
	isisK := titlesWhere(recs, hasActor("isis-k"))
	terror := titlesWhere(recs, hasTopicLabel("terrorism"))
	tests := []struct {
		path    string
		heading string
		want    []string
	}{
		{"/actor/isis-k", "Islamic State Khorasan Province", isisK},
		{"/actor/ISIS-K", "Islamic State Khorasan Province", isisK},
		{"/actor/Islamic%20State%20Khorasan%20Province?bucket=week", "Islamic State Khorasan Province", isisK},
		{"/topic/medtop:20000103", "terrorism", terror},
		{"/topic/terrorism?bucket=day", "terrorism", terror},
		{"/topic/20000103", "terrorism", terror},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			resp, doc, _ := get(t, srv, tt.path)
			require.Equal(t, 200, resp.StatusCode)
			require.Equal(t, tt.heading, text(find(doc, "h1", "")[0]))
			require.Equal(t, tt.want, resultTitles(doc))
			// The timeline counts every article with a date once.
			var sum int
			rows := find(find(doc, "section", "timeline")[0], "tr", "")
			// The chart has a bar per bucket, empty ones included, each
			// titled with its count.
			rects := find(find(doc, "section", "timeline")[0], "rect", "")
			require.GreaterOrEqual(t, len(rects), len(rows)-1)
			var chartSum int
			for _, r := range rects {
				title := text(r)
				n, err := strconv.Atoi(title[strings.LastIndex(title, ": ")+2:])
				require.NoError(t, err, title)
				chartSum += n
			}
			require.Equal(t, len(tt.want), chartSum)
			for _, tr := range rows[1:] {
				tds := find(tr, "td", "")
				n := 0
				for _, c := range text(tds[1]) {
					n = n*10 + int(c-'0')
				}
				sum += n
			}
			require.Equal(t, len(tt.want), sum)
		})
	}
	for _, path := range []string{"/actor/nobody", "/topic/no-such-topic", "/topic/medtop:99999999"} {
		resp, _, _ := get(t, srv, path)
		require.Equal(t, 404, resp.StatusCode, path)
	}
	resp, _, _ := get(t, srv, "/actor/isis-k?bucket=year")
	require.Equal(t, 400, resp.StatusCode)
}

func TestSearchPagePaging(t *testing.T) {
	var recs []*newsv1.TaggedArticle
	for i := range 45 {
		recs = append(recs, &newsv1.TaggedArticle{Article: &newsv1.Article{
			Id: "p" + strconv.Itoa(100+i), Title: "Story " + strconv.Itoa(100+i), Source: "src",
			PageType:  newsv1.PageType_PAGE_TYPE_ARTICLE,
			Published: timestamppb.New(time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Hour)),
		}})
	}
	srv := serve(t, recs)
	path := "/?source=src"
	var seen []string
	for pages := 0; path != ""; pages++ {
		require.Less(t, pages, 3, "45 articles are three pages of 20")
		resp, doc, _ := get(t, srv, path)
		require.Equal(t, 200, resp.StatusCode)
		require.Equal(t, "45 matching articles", text(find(doc, "p", "total")[0]))
		seen = append(seen, resultTitles(doc)...)
		path = ""
		if next := find(doc, "a", "next"); len(next) > 0 {
			path = attr(next[0], "href")
			require.Contains(t, path, "source=src", "the next page keeps the filters")
		}
	}
	require.Len(t, seen, 45)
	require.Equal(t, "Story 144", seen[0])
	require.Equal(t, "Story 100", seen[44])
}
