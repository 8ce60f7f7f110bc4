package fetch

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRobots(t *testing.T) {
	var robotsHits atomic.Int32
	var robotsStatus atomic.Int32
	robotsStatus.Store(200)
	var mu sync.Mutex
	var starts []time.Time
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			robotsHits.Add(1)
			if code := int(robotsStatus.Load()); code != 200 {
				w.WriteHeader(code)
				return
			}
			_, _ = io.WriteString(w, "User-agent: *\nDisallow: /\n\nUser-agent: newsflow-fetcher\nDisallow: /private/\nCrawl-delay: 0.2\n")
			return
		}
		mu.Lock()
		starts = append(starts, time.Now())
		mu.Unlock()
		w.Header().Set("Content-Type", "text/html")
		_, _ = io.WriteString(w, "<p>ok</p>")
	}))
	t.Cleanup(srv.Close)
	c := newClient(t, func(c *Config) { c.IgnoreRobots = false })

	_, err := c.Page(t.Context(), srv.URL+"/news/1", Options{})
	require.NoError(t, err, "our group allows /news/")
	_, err = c.Page(t.Context(), srv.URL+"/news/2", Options{})
	require.NoError(t, err)
	_, err = c.Page(t.Context(), srv.URL+"/private/x", Options{})
	require.ErrorIs(t, err, ErrRobotsDisallowed)
	assert.True(t, IsPermanent(err))
	assert.Equal(t, KindRobots, Kind(err))
	_, err = c.Page(t.Context(), srv.URL+"/news/3", Options{UserAgent: "otherbot/1.0"})
	require.ErrorIs(t, err, ErrRobotsDisallowed, "a UA override is matched as itself")
	assert.Equal(t, int32(1), robotsHits.Load(), "robots.txt is cached")
	mu.Lock()
	require.Len(t, starts, 2)
	assert.GreaterOrEqual(t, starts[1].Sub(starts[0]), 190*time.Millisecond, "Crawl-delay spaces requests")
	mu.Unlock()

	// Feeds are not checked: the operator subscribed to them.
	_, err = c.Feed(t.Context(), srv.URL+"/private/feed.xml", Validators{}, Options{})
	require.NoError(t, err)

	t.Run("unavailable robots.txt holds pages back, transiently", func(t *testing.T) {
		robotsStatus.Store(503)
		c := newClient(t, func(c *Config) { c.IgnoreRobots = false; c.RetryMax = 0 })
		_, err := c.Page(t.Context(), srv.URL+"/news/1", Options{})
		require.ErrorIs(t, err, ErrRobotsUnavailable)
		assert.False(t, IsPermanent(err))
		assert.Equal(t, KindHTTP5xx, Kind(err))
	})
	t.Run("missing robots.txt allows all", func(t *testing.T) {
		robotsStatus.Store(404)
		c := newClient(t, func(c *Config) { c.IgnoreRobots = false })
		_, err := c.Page(t.Context(), srv.URL+"/private/x", Options{})
		require.NoError(t, err)
	})
}

func TestBrotli(t *testing.T) {
	var b bytes.Buffer
	bw := brotli.NewWriter(&b)
	_, _ = bw.Write([]byte("<p>brotli</p>"))
	require.NoError(t, bw.Close())
	bomb := func() []byte {
		var b bytes.Buffer
		bw := brotli.NewWriter(&b)
		_, _ = bw.Write(make([]byte, 4<<20))
		_ = bw.Close()
		return b.Bytes()
	}()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "br")
		if r.URL.Path == "/bomb" {
			_, _ = w.Write(bomb)
			return
		}
		_, _ = w.Write(b.Bytes())
	}))
	t.Cleanup(srv.Close)
	c := newClient(t, func(c *Config) { c.MaxDecodedBytes = 1 << 20 })
	p, err := c.Page(t.Context(), srv.URL+"/", Options{})
	require.NoError(t, err)
	assert.Equal(t, "<p>brotli</p>", string(p.Body))
	_, err = c.Page(t.Context(), srv.URL+"/bomb", Options{})
	require.ErrorIs(t, err, ErrDecodedTooLarge)
}

func TestFreshness(t *testing.T) {
	now := time.Date(2024, 7, 27, 10, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name string
		h    http.Header
		want time.Duration
	}{
		{"max-age", http.Header{"Cache-Control": {"public, max-age=600"}}, 10 * time.Minute},
		{"s-maxage", http.Header{"Cache-Control": {"s-maxage=60"}}, time.Minute},
		{"no-cache wins", http.Header{"Cache-Control": {"no-cache, max-age=600"}, "Expires": {"Sat, 27 Jul 2024 11:00:00 GMT"}}, 0},
		{"expires against date", http.Header{"Expires": {"Sat, 27 Jul 2024 11:00:00 GMT"}, "Date": {"Sat, 27 Jul 2024 10:30:00 GMT"}}, 30 * time.Minute},
		{"expires against now", http.Header{"Expires": {"Sat, 27 Jul 2024 11:00:00 GMT"}}, time.Hour},
		{"expires in the past", http.Header{"Expires": {"0"}}, 0},
		{"nothing", http.Header{}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) { assert.Equal(t, tc.want, freshness(tc.h, now)) })
	}
}

func TestAgentToken(t *testing.T) {
	assert.Equal(t, "newsflow-fetcher", agentToken(DefaultUserAgent))
	assert.Equal(t, "Mozilla", agentToken("Mozilla/5.0 (X11)"))
	assert.Equal(t, "bot", agentToken("bot"))
}
