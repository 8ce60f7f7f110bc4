package poll

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	sdkmetric "go.opentelemetry.io/otel/sdk/metric"
	"go.opentelemetry.io/otel/sdk/metric/metricdata"
)

// liarSite serves a feed whose items the test changes, with an ETag of its
// choosing, and pages for any /p/ path.
type liarSite struct {
	*httptest.Server
	mu          sync.Mutex
	items       []string
	etag        func(body string) string
	conditional atomic.Int32
	fulls       atomic.Int32
}

func newLiarSite(t *testing.T, etag func(string) string) *liarSite {
	s := &liarSite{etag: etag}
	mux := http.NewServeMux()
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		var b strings.Builder
		b.WriteString(`<rss version="2.0"><channel><title>liar</title>`)
		for _, it := range s.items {
			fmt.Fprintf(&b, `<item><title>Story about %s today</title><link>%s/p/%s</link></item>`, it, s.URL, it)
		}
		b.WriteString(`</channel></rss>`)
		s.mu.Unlock()
		body := b.String()
		tag := s.etag(body)
		if inm := r.Header.Get("If-None-Match"); inm != "" {
			s.conditional.Add(1)
			if inm == tag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
		}
		s.fulls.Add(1)
		w.Header().Set("ETag", tag)
		_, _ = w.Write([]byte(body))
	})
	mux.HandleFunc("/p/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		_, _ = fmt.Fprintf(w, "<html><body><p>%s</p></body></html>", r.URL.Path)
	})
	s.Server = httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

func (s *liarSite) set(items ...string) {
	s.mu.Lock()
	s.items = items
	s.mu.Unlock()
}

func TestETagThatNeverChanges(t *testing.T) {
	s := newLiarSite(t, func(string) string { return `"constant"` })
	pub := &recorder{}
	p := New(testClient(t), newMemSeen(), pub, slog.New(slog.DiscardHandler), Options{Revalidate: 3})
	f := Feed{URL: s.URL + "/feed.xml", Source: "liar"}
	s.set("a")
	var c Cache
	st, c, err := p.PollCached(t.Context(), f, c)
	require.NoError(t, err)
	require.Equal(t, 1, st.Published)

	// New items appear, but the server keeps answering 304 to the
	// constant ETag: after Revalidate 304s we ask unconditionally, see a
	// different body under the same ETag, and stop trusting it.
	s.set("a", "b")
	for range 3 {
		st, c, err = p.PollCached(t.Context(), f, c)
		require.NoError(t, err)
		assert.True(t, st.NotModified)
	}
	st, c, err = p.PollCached(t.Context(), f, c)
	require.NoError(t, err)
	assert.False(t, st.Conditional)
	assert.Equal(t, 1, st.Published, "the hidden item is found")
	assert.True(t, c.Distrust)

	s.set("a", "b", "c")
	st, _, err = p.PollCached(t.Context(), f, c)
	require.NoError(t, err)
	assert.False(t, st.Conditional, "validators are no longer sent")
	assert.Equal(t, 1, st.Published, "the next item is found at once")
	assert.Len(t, pub.published(), 3)
}

func TestETagThatChangesEveryTime(t *testing.T) {
	var n atomic.Int32
	s := newLiarSite(t, func(string) string { return fmt.Sprintf(`"v%d"`, n.Add(1)) })
	p := New(testClient(t), newMemSeen(), &recorder{}, slog.New(slog.DiscardHandler), Options{})
	f := Feed{URL: s.URL + "/feed.xml", Source: "churn"}
	s.set("a")
	var c Cache
	_, c, err := p.PollCached(t.Context(), f, c)
	require.NoError(t, err)
	for i := range churnLimit {
		var st Stats
		st, c, err = p.PollCached(t.Context(), f, c)
		require.NoError(t, err)
		assert.True(t, st.Conditional, "poll %d", i)
		assert.True(t, st.Unchanged, "an identical body is not parsed again")
	}
	st, _, err := p.PollCached(t.Context(), f, c)
	require.NoError(t, err)
	assert.False(t, st.Conditional, "useless validators are dropped")
	assert.True(t, st.Unchanged)
}

func TestSitemapIndexGzipped(t *testing.T) {
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	gz := func(s string) []byte {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		_, _ = zw.Write([]byte(s))
		_ = zw.Close()
		return b.Bytes()
	}
	mux.HandleFunc("/sitemap_index.xml", func(w http.ResponseWriter, r *http.Request) {
		_, _ = fmt.Fprintf(w, `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>%[1]s/old.xml.gz</loc><lastmod>2024-01-01</lastmod></sitemap>
<sitemap><loc>/news.xml.gz</loc><lastmod>2024-07-27T10:00:00+02:00</lastmod></sitemap></sitemapindex>`, srv.URL)
	})
	mux.HandleFunc("/news.xml.gz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/gzip")
		_, _ = w.Write(gz(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>` + srv.URL + `/p/1</loc><news:news><news:publication><news:name>Gazette</news:name><news:language>fr</news:language></news:publication>
<news:publication_date>2024-07-27T09:00:00+02:00</news:publication_date><news:title>Une histoire importante ici</news:title></news:news></url></urlset>`))
	})
	mux.HandleFunc("/old.xml.gz", func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write(gz(`<urlset><url><loc>` + srv.URL + `/p/2</loc><lastmod>2024-01-01</lastmod></url></urlset>`))
	})
	mux.HandleFunc("/p/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		_, _ = w.Write([]byte("<p>page</p>"))
	})
	pub := &recorder{}
	p := New(testClient(t), newMemSeen(), pub, slog.New(slog.DiscardHandler), Options{MaxSitemaps: 1})
	st, err := p.Poll(t.Context(), Feed{URL: srv.URL + "/sitemap_index.xml", Source: "gazette"})
	require.NoError(t, err)
	assert.Equal(t, 1, st.Published, "only the newest child is read")
	pages := pub.published()
	require.Len(t, pages, 1)
	assert.Equal(t, "Une histoire importante ici", pages[0].GetItem().GetTitle())
	assert.Equal(t, "fr", pages[0].GetLanguageHint())
	assert.Equal(t, "2024-07-27T07:00:00Z", pages[0].GetItem().GetPublished().AsTime().Format("2006-01-02T15:04:05Z07:00"))
}

func TestMetrics(t *testing.T) {
	s := newSite(t)
	reader := sdkmetric.NewManualReader()
	mp := sdkmetric.NewMeterProvider(sdkmetric.WithReader(reader))
	p := New(testClient(t), newMemSeen(), &recorder{}, slog.New(slog.DiscardHandler), Options{Meter: mp.Meter("test")})
	feedURL := s.addFeed("m.xml", "/missing/page.html", "/feeds/rss.xml", "http://127.0.0.1:1/x.html")
	_, err := p.Poll(t.Context(), Feed{URL: feedURL, Source: "m"})
	require.NoError(t, err)
	_, err = p.Poll(t.Context(), Feed{URL: s.URL + "/feeds/rss.xml", Source: "m"})
	require.NoError(t, err)
	_, err = p.Poll(context.Background(), Feed{URL: s.URL + "/feeds/nope.xml", Source: "m"})
	require.Error(t, err)

	var rm metricdata.ResourceMetrics
	require.NoError(t, reader.Collect(t.Context(), &rm))
	got := map[string]int64{}
	for _, sm := range rm.ScopeMetrics {
		for _, m := range sm.Metrics {
			sum, ok := m.Data.(metricdata.Sum[int64])
			if !ok {
				continue
			}
			for _, dp := range sum.DataPoints {
				k := m.Name
				if v, ok := dp.Attributes.Value("kind"); ok {
					k += "{" + v.AsString() + "}"
				}
				got[k] += dp.Value
			}
		}
	}
	assert.Equal(t, int64(5), got["newsflow.fetch.pages_published"])
	assert.Equal(t, int64(5), got["newsflow.fetch.pages_fetched"])
	assert.Equal(t, int64(2), got["newsflow.fetch.errors{http_4xx}"], "missing page and missing feed: %v", got)
	assert.Equal(t, int64(1), got["newsflow.fetch.errors{not_html}"], "%v", got)
	assert.Equal(t, int64(1), got["newsflow.fetch.errors{connect}"], "%v", got)
}
