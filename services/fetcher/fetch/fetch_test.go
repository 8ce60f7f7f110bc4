package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var loopback = []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8"), netip.MustParsePrefix("::1/128")}

// testConfig is DefaultConfig with loopback allowed and waits shrunk so
// that tests run fast.
func testConfig() Config {
	cfg := DefaultConfig()
	cfg.AllowCIDRs = loopback
	cfg.ConnectTimeout = 2 * time.Second
	cfg.HeaderTimeout = 2 * time.Second
	cfg.TotalTimeout = 5 * time.Second
	cfg.RetryWaitMin = time.Millisecond
	cfg.RetryWaitMax = 10 * time.Millisecond
	cfg.MaxRetryAfter = 5 * time.Second
	cfg.HostInterval = 0
	cfg.IgnoreRobots = true // robots_test.go turns it back on
	return cfg
}

func newClient(t *testing.T, mutate func(*Config)) *Client {
	t.Helper()
	cfg := testConfig()
	if mutate != nil {
		mutate(&cfg)
	}
	c, err := New(cfg, slog.New(slog.DiscardHandler))
	require.NoError(t, err)
	t.Cleanup(c.CloseIdleConnections)
	return c
}

func readTestdata(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	return b
}

func TestPageCharset(t *testing.T) {
	tests := []struct {
		name, file, contentType  string
		wantDeclared, wantDetect string
	}{
		{"utf-8 meta", "nusawire-utf8.html", "text/html", "utf-8", "utf-8"},
		{"windows-1252 meta, no header charset", "malaystar-1252.html", "text/html", "windows-1252", "windows-1252"},
		{"windows-1252 in header", "malaystar-1252.html", "text/html; charset=windows-1252", "windows-1252", "windows-1252"},
		{"latin1 label is windows-1252", "malaystar-1252.html", "text/html; charset=ISO-8859-1", "windows-1252", "windows-1252"},
		{"windows-1251 http-equiv", "rtn-1251.html", "text/html", "windows-1251", "windows-1251"},
		{"windows-1251 header alias", "rtn-1251.html", "text/html; charset=cp1251", "windows-1251", "windows-1251"},
		{"header overrides meta", "malaystar-1252.html", "text/html; charset=utf-8", "utf-8", "utf-8"},
		{"nothing declared, not utf-8", "undeclared-1252.html", "text/html", "", "windows-1252"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := readTestdata(t, tt.file)
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", tt.contentType)
				_, _ = w.Write(body)
			}))
			t.Cleanup(srv.Close)
			p, err := newClient(t, nil).Page(t.Context(), srv.URL+"/page.html", Options{})
			require.NoError(t, err)
			assert.Equal(t, tt.wantDeclared, p.DeclaredCharset)
			assert.Equal(t, tt.wantDetect, p.DetectedCharset)
			assert.Equal(t, body, p.Body, "the body stays as served")
			assert.Equal(t, http.StatusOK, p.Status)
			assert.Equal(t, tt.contentType, p.ContentType)
		})
	}
}

func TestPageMalaystarBytes(t *testing.T) {
	body := readTestdata(t, "malaystar-1252.html")
	// The fixture's promise: é is 0xE9, not UTF-8.
	require.True(t, bytes.Contains(body, []byte("G\xe9rald")))
}

func TestFeedConditionalGet(t *testing.T) {
	const etag = `"v1"`
	const lastMod = "Sat, 27 Jul 2024 03:12:00 GMT"
	var conditional atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == etag && r.Header.Get("If-Modified-Since") == lastMod {
			conditional.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", lastMod)
		w.Header().Set("Content-Type", "application/rss+xml")
		_, _ = io.WriteString(w, "<rss/>")
	}))
	t.Cleanup(srv.Close)
	c := newClient(t, nil)

	first, err := c.Feed(t.Context(), srv.URL+"/rss.xml", Validators{}, Options{})
	require.NoError(t, err)
	assert.False(t, first.NotModified)
	assert.Equal(t, "<rss/>", string(first.Body))
	assert.Equal(t, Validators{ETag: etag, LastModified: lastMod}, first.Validators)

	second, err := c.Feed(t.Context(), srv.URL+"/rss.xml", first.Validators, Options{})
	require.NoError(t, err)
	assert.True(t, second.NotModified)
	assert.Equal(t, http.StatusNotModified, second.Status)
	assert.Empty(t, second.Body)
	assert.Equal(t, first.Validators, second.Validators)
	assert.Equal(t, int32(1), conditional.Load())
}

func TestRedirects(t *testing.T) {
	var hits atomic.Int32
	mux := http.NewServeMux()
	mux.HandleFunc("/r/{n}", func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		n, _ := strconv.Atoi(r.PathValue("n"))
		if n == 0 {
			w.Header().Set("Content-Type", "text/html")
			_, _ = io.WriteString(w, "<p>landed</p>")
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/r/%d", n-1), http.StatusFound)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		http.Redirect(w, r, "/loop", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://example.com/x", http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	c := newClient(t, func(c *Config) { c.MaxRedirects = 5 })

	t.Run("followed", func(t *testing.T) {
		p, err := c.Page(t.Context(), srv.URL+"/r/3", Options{})
		require.NoError(t, err)
		assert.Equal(t, srv.URL+"/r/0", p.FinalURL)
		assert.Equal(t, srv.URL+"/r/3", p.URL)
	})
	t.Run("too many", func(t *testing.T) {
		_, err := c.Page(t.Context(), srv.URL+"/r/6", Options{})
		require.ErrorIs(t, err, ErrTooManyRedirects)
	})
	t.Run("loop is not retried", func(t *testing.T) {
		hits.Store(0)
		_, err := c.Page(t.Context(), srv.URL+"/loop", Options{})
		require.ErrorIs(t, err, ErrTooManyRedirects)
		assert.True(t, IsPermanent(err))
		assert.Equal(t, int32(6), hits.Load(), "one chain of MaxRedirects+1 requests, no retry")
	})
	t.Run("non-http target", func(t *testing.T) {
		_, err := c.Page(t.Context(), srv.URL+"/ftp", Options{})
		require.ErrorIs(t, err, ErrScheme)
	})
}

func gzipped(t testing.TB, data []byte) []byte {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	require.NoError(t, err)
	_, err = zw.Write(data)
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	return buf.Bytes()
}

func TestBodyLimits(t *testing.T) {
	const limit = 64 << 10
	page := bytes.Repeat([]byte("<p>news</p>\n"), 1000) // 12 000 bytes
	bomb := gzipped(t, make([]byte, 16<<20))            // 16 MiB of zeros in ~16 KiB
	require.Less(t, len(bomb), limit, "the bomb itself is under the wire cap")

	mux := http.NewServeMux()
	mux.HandleFunc("/endless", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := bytes.Repeat([]byte("<p>more</p>"), 1000)
		for r.Context().Err() == nil {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/oversize", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", strconv.Itoa(limit+1))
		_, _ = w.Write(make([]byte, limit+1))
	})
	mux.HandleFunc("/exact", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		_, _ = w.Write(bytes.Repeat([]byte("a"), limit))
	})
	mux.HandleFunc("/gzip", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		_, _ = w.Write(gzipped(t, page))
	})
	mux.HandleFunc("/bomb", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		_, _ = w.Write(bomb)
	})
	mux.HandleFunc("/zstd", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "zstd")
		_, _ = w.Write([]byte{1, 2, 3})
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	c := newClient(t, func(c *Config) {
		c.MaxBodyBytes = limit
		c.MaxDecodedBytes = 1 << 20
	})

	tests := []struct {
		path    string
		wantErr error
		wantLen int
	}{
		{"/endless", ErrBodyTooLarge, 0},
		{"/oversize", ErrBodyTooLarge, 0},
		{"/exact", nil, limit},
		{"/gzip", nil, len(page)},
		{"/bomb", ErrDecodedTooLarge, 0},
		{"/zstd", ErrContentEncoding, 0},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			p, err := c.Page(t.Context(), srv.URL+tt.path, Options{})
			if tt.wantErr != nil {
				require.ErrorIs(t, err, tt.wantErr)
				assert.True(t, IsPermanent(err))
				return
			}
			require.NoError(t, err)
			assert.Len(t, p.Body, tt.wantLen)
		})
	}
}

func TestRetries(t *testing.T) {
	t.Run("429 honours Retry-After then succeeds", func(t *testing.T) {
		var hits atomic.Int32
		var first, second time.Time
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if hits.Add(1) == 1 {
				first = time.Now()
				w.Header().Set("Retry-After", "1")
				w.WriteHeader(http.StatusTooManyRequests)
				return
			}
			second = time.Now()
			w.Header().Set("Content-Type", "text/html")
			_, _ = io.WriteString(w, "<p>ok</p>")
		}))
		t.Cleanup(srv.Close)
		p, err := newClient(t, nil).Page(t.Context(), srv.URL, Options{})
		require.NoError(t, err)
		assert.Equal(t, "<p>ok</p>", string(p.Body))
		assert.Equal(t, int32(2), hits.Load())
		// RetryWaitMax is 10ms: only Retry-After explains a one-second wait.
		assert.GreaterOrEqual(t, second.Sub(first), 900*time.Millisecond)
	})
	t.Run("Retry-After beyond MaxRetryAfter is not waited for", func(t *testing.T) {
		var hits atomic.Int32
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			hits.Add(1)
			w.Header().Set("Retry-After", "3600")
			w.WriteHeader(http.StatusTooManyRequests)
		}))
		t.Cleanup(srv.Close)
		_, err := newClient(t, nil).Page(t.Context(), srv.URL, Options{})
		var se *StatusError
		require.ErrorAs(t, err, &se)
		assert.Equal(t, http.StatusTooManyRequests, se.Code)
		assert.Equal(t, time.Hour, se.RetryAfter)
		assert.False(t, IsPermanent(err))
		assert.Equal(t, int32(1), hits.Load())
	})
	t.Run("5xx retried then succeeds", func(t *testing.T) {
		var hits atomic.Int32
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if hits.Add(1) <= 2 {
				w.WriteHeader(http.StatusBadGateway)
				return
			}
			w.Header().Set("Content-Type", "text/html")
			_, _ = io.WriteString(w, "<p>ok</p>")
		}))
		t.Cleanup(srv.Close)
		_, err := newClient(t, nil).Page(t.Context(), srv.URL, Options{})
		require.NoError(t, err)
		assert.Equal(t, int32(3), hits.Load())
	})
	t.Run("5xx gives up after RetryMax", func(t *testing.T) {
		var hits atomic.Int32
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			hits.Add(1)
			w.WriteHeader(http.StatusInternalServerError)
		}))
		t.Cleanup(srv.Close)
		_, err := newClient(t, func(c *Config) { c.RetryMax = 2 }).Page(t.Context(), srv.URL, Options{})
		var se *StatusError
		require.ErrorAs(t, err, &se)
		assert.Equal(t, http.StatusInternalServerError, se.Code)
		assert.False(t, IsPermanent(err))
		assert.Equal(t, int32(3), hits.Load())
	})
	t.Run("404 is permanent and not retried", func(t *testing.T) {
		var hits atomic.Int32
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			hits.Add(1)
			http.NotFound(w, r)
		}))
		t.Cleanup(srv.Close)
		_, err := newClient(t, nil).Page(t.Context(), srv.URL, Options{})
		require.ErrorIs(t, err, ErrStatus)
		assert.True(t, IsPermanent(err))
		assert.Equal(t, int32(1), hits.Load())
	})
	t.Run("network error retried", func(t *testing.T) {
		var hits atomic.Int32
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if hits.Add(1) == 1 {
				// Drop the connection without a response.
				conn, _, err := w.(http.Hijacker).Hijack()
				if err == nil {
					_ = conn.Close() // the test only needs the connection gone
				}
				return
			}
			w.Header().Set("Content-Type", "text/html")
			_, _ = io.WriteString(w, "<p>ok</p>")
		}))
		t.Cleanup(srv.Close)
		_, err := newClient(t, nil).Page(t.Context(), srv.URL, Options{})
		require.NoError(t, err)
		assert.Equal(t, int32(2), hits.Load())
	})
}

func TestTimeouts(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/drip", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			if _, err := io.WriteString(w, "<"); err != nil {
				return
			}
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
				return
			case <-tick.C:
			}
		}
	})
	mux.HandleFunc("/silent", func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	c := newClient(t, func(c *Config) {
		c.TotalTimeout = 300 * time.Millisecond
		c.HeaderTimeout = 150 * time.Millisecond
		c.RetryMax = 0
	})
	for _, path := range []string{"/drip", "/silent"} {
		t.Run(path, func(t *testing.T) {
			start := time.Now()
			_, err := c.Page(t.Context(), srv.URL+path, Options{})
			require.Error(t, err)
			assert.Less(t, time.Since(start), 10*time.Second, "an endless drip must not hold the worker")
			require.ErrorIs(t, err, ErrTimeout)
			assert.False(t, IsPermanent(err))
		})
	}
}

func TestSSRFGuard(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if r.URL.Path == "/to-metadata" {
			http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/", http.StatusFound)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		_, _ = io.WriteString(w, "<p>secret</p>")
	}))
	t.Cleanup(srv.Close)
	port := srv.URL[strings.LastIndexByte(srv.URL, ':')+1:]

	t.Run("refused without allow-list", func(t *testing.T) {
		c := newClient(t, func(c *Config) { c.AllowCIDRs = nil })
		for _, tt := range []struct{ url, addr string }{
			{srv.URL + "/", "127.0.0.1"},
			{"http://localhost:" + port + "/", ""}, // refused after DNS, whatever localhost resolves to
			{"http://169.254.169.254/latest/meta-data/", "169.254.169.254"},
			{"http://[::1]:" + port + "/", "::1"},
		} {
			_, err := c.Page(t.Context(), tt.url, Options{})
			require.ErrorIs(t, err, ErrBlockedAddress, tt.url)
			var be *BlockedAddressError
			require.ErrorAs(t, err, &be)
			if tt.addr != "" {
				assert.Equal(t, tt.addr, be.Addr.String())
			}
			assert.True(t, IsPermanent(err))
		}
		assert.Zero(t, hits.Load(), "no request reached the server")
	})
	t.Run("redirect into blocked range", func(t *testing.T) {
		c := newClient(t, func(c *Config) { c.AllowCIDRs = []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")} })
		_, err := c.Page(t.Context(), srv.URL+"/to-metadata", Options{})
		var be *BlockedAddressError
		require.ErrorAs(t, err, &be)
		assert.Equal(t, "169.254.169.254", be.Addr.String())
	})
	t.Run("allowed when allow-listed", func(t *testing.T) {
		_, err := newClient(t, nil).Page(t.Context(), srv.URL+"/", Options{})
		require.NoError(t, err)
	})
}

// TestResolve dials a fixed host name at the test server's address, as the
// demo does, and keeps the SSRF guard on the address actually dialled.
func TestResolve(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		_, _ = io.WriteString(w, "<p>host "+r.Host+"</p>")
	}))
	t.Cleanup(srv.Close)
	addr := strings.TrimPrefix(srv.URL, "http://")
	resolve := map[string]string{"news.test:80": addr}

	c := newClient(t, func(c *Config) { c.Resolve = resolve })
	p, err := c.Page(t.Context(), "http://news.test/a.html", Options{})
	require.NoError(t, err)
	assert.Equal(t, "<p>host news.test</p>", string(p.Body), "the request keeps its host name")
	assert.Equal(t, "http://news.test/a.html", p.FinalURL)

	guarded := newClient(t, func(c *Config) { c.Resolve = resolve; c.AllowCIDRs = nil })
	_, err = guarded.Page(t.Context(), "http://news.test/a.html", Options{})
	require.ErrorIs(t, err, ErrBlockedAddress, "a resolved name is still guarded")
}

func TestPublic(t *testing.T) {
	tests := []struct {
		addr string
		want bool
	}{
		{"8.8.8.8", true},
		{"93.184.216.34", true},
		{"2606:4700::1111", true},
		{"127.0.0.1", false},
		{"10.1.2.3", false},
		{"172.16.0.1", false},
		{"192.168.1.1", false},
		{"169.254.169.254", false},
		{"100.64.0.1", false},
		{"0.0.0.0", false},
		{"224.0.0.1", false},
		{"255.255.255.255", false},
		{"198.18.0.1", false},
		{"::", false},
		{"::1", false},
		{"fe80::1", false},
		{"fd00::1", false},
		{"ff02::1", false},
		{"64:ff9b::a9fe:a9fe", false}, // NAT64 of 169.254.169.254
		{"64:ff9b::808:808", true},    // NAT64 of 8.8.8.8
		{"2002:7f00:1::", false},      // 6to4 of 127.0.0.1
		{"2001:db8::1", false},
	}
	for _, tt := range tests {
		t.Run(tt.addr, func(t *testing.T) {
			assert.Equal(t, tt.want, public(netip.MustParseAddr(tt.addr)))
		})
	}
	g := guard{}
	assert.ErrorIs(t, g.control("tcp4", "[::ffff:127.0.0.1]:80", nil), ErrBlockedAddress, "IPv4-mapped IPv6")
}

func TestNotHTML(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/doc.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		_, _ = w.Write([]byte("%PDF-1.7"))
	})
	mux.HandleFunc("/untyped-html", func(w http.ResponseWriter, r *http.Request) {
		w.Header()["Content-Type"] = nil // keep net/http from sniffing for us
		_, _ = io.WriteString(w, "<!DOCTYPE html><html><body><p>hi</p></body></html>")
	})
	mux.HandleFunc("/untyped-binary", func(w http.ResponseWriter, r *http.Request) {
		w.Header()["Content-Type"] = nil
		_, _ = w.Write([]byte{0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0})
	})
	mux.HandleFunc("/xhtml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/xhtml+xml; charset=utf-8")
		_, _ = io.WriteString(w, "<html xmlns='http://www.w3.org/1999/xhtml'/>")
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	c := newClient(t, nil)

	_, err := c.Page(t.Context(), srv.URL+"/doc.pdf", Options{})
	var nh *NotHTMLError
	require.ErrorAs(t, err, &nh)
	assert.Equal(t, "application/pdf", nh.ContentType)
	assert.True(t, IsPermanent(err))

	_, err = c.Page(t.Context(), srv.URL+"/untyped-binary", Options{})
	require.ErrorIs(t, err, ErrNotHTML)

	for _, path := range []string{"/untyped-html", "/xhtml"} {
		_, err = c.Page(t.Context(), srv.URL+path, Options{})
		require.NoError(t, err, path)
	}
}

func TestRequestHeaders(t *testing.T) {
	var mu sync.Mutex
	var got []http.Header
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		got = append(got, r.Header.Clone())
		mu.Unlock()
		w.Header().Set("Content-Type", "text/html")
	}))
	t.Cleanup(srv.Close)
	c := newClient(t, nil)
	_, err := c.Page(t.Context(), srv.URL, Options{})
	require.NoError(t, err)
	_, err = c.Feed(t.Context(), srv.URL, Validators{}, Options{UserAgent: "custom/1.0 (+https://example.org)", Header: map[string]string{"X-Token": "abc"}})
	require.NoError(t, err)

	require.Len(t, got, 2)
	assert.Equal(t, DefaultUserAgent, got[0].Get("User-Agent"))
	assert.Contains(t, got[0].Get("User-Agent"), "+https://")
	assert.Equal(t, "gzip, br", got[0].Get("Accept-Encoding"))
	assert.Contains(t, got[0].Get("Accept"), "text/html")
	assert.Equal(t, "custom/1.0 (+https://example.org)", got[1].Get("User-Agent"))
	assert.Equal(t, "abc", got[1].Get("X-Token"))
	assert.Contains(t, got[1].Get("Accept"), "application/rss+xml")
}

func TestPoliteness(t *testing.T) {
	const interval = 40 * time.Millisecond
	var (
		mu             sync.Mutex
		inFlight, most int
		starts, ends   []time.Time
	)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		inFlight++
		most = max(most, inFlight)
		starts = append(starts, time.Now())
		mu.Unlock()
		w.Header().Set("Content-Type", "text/html")
		_, _ = io.WriteString(w, "<p>x</p>")
		mu.Lock()
		inFlight--
		ends = append(ends, time.Now())
		mu.Unlock()
	}))
	t.Cleanup(srv.Close)
	c := newClient(t, func(c *Config) { c.HostInterval = interval })

	const n = 4
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Go(func() {
			_, err := c.Page(t.Context(), fmt.Sprintf("%s/%d", srv.URL, i), Options{})
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
	assert.Equal(t, 1, most, "one request per host at a time")
	require.Len(t, starts, n)
	for i := 1; i < n; i++ {
		gap := starts[i].Sub(ends[i-1])
		assert.GreaterOrEqual(t, gap, interval-5*time.Millisecond, "gap %d", i)
	}
}

func TestHostGateCancel(t *testing.T) {
	g := newHostGate(time.Hour)
	release, err := g.acquire(t.Context(), "example.com")
	require.NoError(t, err)
	release()
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	_, err = g.acquire(ctx, "EXAMPLE.com")
	require.Error(t, err)
	g.mu.Lock()
	defer g.mu.Unlock()
	assert.Zero(t, g.hosts["example.com"].refs)
}

func TestConfigValidate(t *testing.T) {
	require.NoError(t, DefaultConfig().Validate())
	for name, mutate := range map[string]func(*Config){
		"no user agent":    func(c *Config) { c.UserAgent = "" },
		"zero timeout":     func(c *Config) { c.TotalTimeout = 0 },
		"zero body cap":    func(c *Config) { c.MaxBodyBytes = 0 },
		"negative retries": func(c *Config) { c.RetryMax = -1 },
		"wait max < min":   func(c *Config) { c.RetryWaitMax = 0 },
	} {
		t.Run(name, func(t *testing.T) {
			cfg := DefaultConfig()
			mutate(&cfg)
			require.Error(t, cfg.Validate())
			_, err := New(cfg, slog.New(slog.DiscardHandler))
			require.Error(t, err)
		})
	}
}

func TestRetryAfterParse(t *testing.T) {
	now := time.Date(2024, 7, 27, 10, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"", 0, false},
		{"120", 2 * time.Minute, true},
		{"-1", 0, false},
		{"Sat, 27 Jul 2024 10:00:30 GMT", 30 * time.Second, true},
		{"Sat, 27 Jul 2024 09:00:00 GMT", 0, true},
		{"soon", 0, false},
	} {
		d, ok := retryAfter(tt.in, now)
		assert.Equal(t, tt.ok, ok, tt.in)
		assert.Equal(t, tt.want, d, tt.in)
	}
}

func FuzzCharset(f *testing.F) {
	f.Add("text/html", []byte(`<meta charset="windows-1252"><p>G`+"\xe9"+`rald`))
	f.Add("", []byte(`<meta http-equiv="Content-Type" content="text/html; charset='cp1251'">`))
	f.Add("text/html; charset=utf-8", []byte("\xef\xbb\xbf<p>bom</p>"))
	f.Fuzz(func(t *testing.T, contentType string, body []byte) {
		d := DeclaredCharset(contentType, body)
		if d != strings.ToLower(d) {
			t.Fatalf("declared charset %q is not lower-case", d)
		}
		if DetectedCharset(contentType, body) == "" {
			t.Fatal("no detected charset")
		}
	})
}
