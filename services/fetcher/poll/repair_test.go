package poll

import (
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	sdkmetric "go.opentelemetry.io/otel/sdk/metric"
	"go.opentelemetry.io/otel/sdk/metric/metricdata"
)

// TestFeedsWithInvalidBytesAreRead serves an RSS, an Atom and a JSON feed,
// each with a byte that is not UTF-8 in an item's title, and checks that
// every item is still fetched and published, the titles carry U+FFFD, and
// the repairs are counted in newsflow.fetch.feed_repairs.
func TestFeedsWithInvalidBytesAreRead(t *testing.T) {
	mux := http.NewServeMux()
	feeds := map[string]struct{ contentType, body string }{
		"/rss.xml":   {"application/rss+xml", `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>R</title><item><title>R` + "\xe9" + `sum</title><link>%s/a/rss</link><guid>r1</guid></item></channel></rss>`},
		"/atom.xml":  {"application/atom+xml", `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>A` + "\xc3" + `tom</title><link href="%s/a/atom"/><id>a1</id></entry></feed>`},
		"/feed.json": {"application/feed+json", `{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":"j1","url":"%s/a/json","title":"J` + "\xff\xfe" + `son"}]}`},
	}
	var origin string
	for path, f := range feeds {
		mux.HandleFunc("GET "+path, func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", f.contentType)
			fmt.Fprintf(w, f.body, origin)
		})
	}
	mux.HandleFunc("GET /a/{kind}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = io.WriteString(w, "<html><body><article><p>"+r.PathValue("kind")+" story</p></article></body></html>")
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	origin = srv.URL

	reader := sdkmetric.NewManualReader()
	mp := sdkmetric.NewMeterProvider(sdkmetric.WithReader(reader))
	pub := &recorder{}
	p := New(testClient(t), newMemSeen(), pub, slog.New(slog.DiscardHandler), Options{Meter: mp.Meter("test")})

	want := map[string]string{"/rss.xml": "R\uFFFDsum", "/atom.xml": "A\uFFFDtom", "/feed.json": "J\uFFFD\uFFFDson"}
	for path := range feeds {
		st, err := p.Poll(t.Context(), Feed{URL: srv.URL + path, Source: "bad-bytes"})
		require.NoError(t, err, path)
		assert.Equal(t, 1, st.Published, path)
	}
	titles := map[string]string{}
	for _, rp := range pub.published() {
		titles[rp.GetFeedUrl()[len(srv.URL):]] = rp.GetItem().GetTitle()
	}
	assert.Equal(t, want, titles)

	var rm metricdata.ResourceMetrics
	require.NoError(t, reader.Collect(t.Context(), &rm))
	var repairs int64 = -1
	for _, sm := range rm.ScopeMetrics {
		for _, m := range sm.Metrics {
			if m.Name == "newsflow.fetch.feed_repairs" {
				sum, ok := m.Data.(metricdata.Sum[int64])
				require.True(t, ok)
				repairs = 0
				for _, dp := range sum.DataPoints {
					repairs += dp.Value
				}
			}
		}
	}
	assert.Equal(t, int64(4), repairs, "one repair per invalid byte")
}
