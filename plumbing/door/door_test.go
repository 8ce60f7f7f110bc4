package door_test

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsflow/newsflow/plumbing/door"
)

const (
	keyA = "0123456789abcdef0123456789abcdef-a"
	keyB = "fedcba9876543210fedcba9876543210-b"
)

// serve runs door.Serve in the background and returns its base URL.
func serve(t *testing.T, h http.Handler, l door.Limits, logs io.Writer) string {
	t.Helper()
	if logs == nil {
		logs = io.Discard
	}
	ctx, cancel := context.WithCancel(t.Context())
	ready := make(chan string, 1)
	done := make(chan error, 1)
	go func() {
		done <- door.Serve(ctx, "127.0.0.1:0", h, l, slog.New(slog.NewJSONHandler(logs, nil)), "test API", ready)
	}()
	var addr string
	select {
	case addr = <-ready:
	case err := <-done:
		t.Fatalf("serving: %v", err)
	}
	t.Cleanup(func() {
		cancel()
		assert.NoError(t, <-done)
	})
	return "http://" + addr
}

func ok(w http.ResponseWriter, _ *http.Request) { _, _ = io.WriteString(w, "ok\n") }

// TestIdleConnectionsAreClosed opens 500 keep-alive connections, makes
// one request on each and then leaves them idle: the server must close
// every one of them after its idle timeout. Each connection waits for the
// close with a generous read deadline (no sleeps); a connection still open
// at the deadline fails the test.
func TestIdleConnectionsAreClosed(t *testing.T) {
	const conns = 500
	base := serve(t, http.HandlerFunc(ok), door.Limits{IdleTimeout: 300 * time.Millisecond, ReadTimeout: time.Hour, MaxConns: 2 * conns}, nil)
	addr := strings.TrimPrefix(base, "http://")

	var open []net.Conn
	t.Cleanup(func() {
		for _, c := range open {
			_ = c.Close()
		}
	})
	readers := make([]*bufio.Reader, 0, conns)
	for range conns {
		c, err := net.Dial("tcp", addr)
		require.NoError(t, err)
		open = append(open, c)
		_, err = io.WriteString(c, "GET /x HTTP/1.1\r\nHost: test\r\nConnection: keep-alive\r\n\r\n")
		require.NoError(t, err)
		br := bufio.NewReader(c)
		resp, err := http.ReadResponse(br, nil)
		require.NoError(t, err)
		_, _ = io.Copy(io.Discard, resp.Body)
		require.NoError(t, resp.Body.Close())
		require.Equal(t, http.StatusOK, resp.StatusCode)
		require.NotEqual(t, "close", resp.Header.Get("Connection"), "the server keeps the connection alive")
		readers = append(readers, br)
	}

	var wg sync.WaitGroup
	var mu sync.Mutex
	stillOpen := 0
	deadline := time.Now().Add(10 * time.Second)
	for i, c := range open {
		wg.Go(func() {
			require.NoError(t, c.SetReadDeadline(deadline))
			_, err := readers[i].ReadByte()
			var ne net.Error
			if errors.As(err, &ne) && ne.Timeout() {
				mu.Lock()
				stillOpen++
				mu.Unlock()
				return
			}
			assert.ErrorIs(t, err, io.EOF, "the server closed the idle connection")
		})
	}
	wg.Wait()
	assert.Zero(t, stillOpen, "idle keep-alive connections left open by the server")
}

// TestLimitAnswers503WhenFull: with every slot taken by a slow request,
// the next one is refused at once rather than queued.
func TestLimitAnswers503WhenFull(t *testing.T) {
	entered := make(chan struct{})
	release := make(chan struct{})
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow" {
			entered <- struct{}{}
			<-release
		}
		_, _ = io.WriteString(w, "ok\n")
	})
	base := serve(t, h, door.Limits{MaxInFlight: 2}, nil)

	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() {
			resp, err := http.Get(base + "/slow")
			if assert.NoError(t, err) {
				assert.Equal(t, http.StatusOK, resp.StatusCode)
				_ = resp.Body.Close()
			}
		})
	}
	<-entered
	<-entered // both slots are taken

	resp, err := http.Get(base + "/fast")
	require.NoError(t, err)
	_ = resp.Body.Close()
	assert.Equal(t, http.StatusServiceUnavailable, resp.StatusCode)
	assert.Equal(t, "1", resp.Header.Get("Retry-After"))

	close(release)
	wg.Wait()
	resp, err = http.Get(base + "/fast")
	require.NoError(t, err)
	_ = resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode, "slots are given back")
}

func TestRequireKeys(t *testing.T) {
	keys, err := door.ParseKeys([]byte("# operators\n" + keyA + "\n\n  " + keyB + "  \n"))
	require.NoError(t, err)
	assert.Equal(t, 2, keys.Len())
	var logs bytes.Buffer
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", ok)
	mux.HandleFunc("GET /v1/articles", ok)
	base := serve(t, keys.Require(mux, "/healthz"), door.Limits{}, &logs)

	get := func(path string, header ...string) (int, string, http.Header) {
		t.Helper()
		req, err := http.NewRequestWithContext(t.Context(), http.MethodGet, base+path, nil)
		require.NoError(t, err)
		for i := 0; i+1 < len(header); i += 2 {
			req.Header.Set(header[i], header[i+1])
		}
		resp, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		defer func() { _ = resp.Body.Close() }()
		b, err := io.ReadAll(resp.Body)
		require.NoError(t, err)
		return resp.StatusCode, string(b), resp.Header
	}
	wrong := "0123456789abcdef0123456789abcdef-wrong"
	tests := []struct {
		name   string
		path   string
		header []string
		want   int
	}{
		{"health is open", "/healthz", nil, 200},
		{"no key", "/v1/articles", nil, 401},
		{"wrong bearer", "/v1/articles", []string{"Authorization", "Bearer " + wrong}, 401},
		{"wrong api key", "/v1/articles", []string{"X-API-Key", wrong}, 401},
		{"key as basic auth", "/v1/articles", []string{"Authorization", "Basic " + keyA}, 401},
		{"prefix of a key", "/v1/articles", []string{"Authorization", "Bearer " + keyA[:len(keyA)-1]}, 401},
		{"bearer", "/v1/articles", []string{"Authorization", "Bearer " + keyA}, 200},
		{"bearer, lower case", "/v1/articles", []string{"Authorization", "bearer " + keyB}, 200},
		{"x-api-key", "/v1/articles", []string{"X-API-Key", keyB}, 200},
		{"health with a wrong key", "/healthz", []string{"X-API-Key", wrong}, 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, body, h := get(tt.path, tt.header...)
			assert.Equal(t, tt.want, code)
			if code == 401 {
				assert.Equal(t, "unauthorized\n", body, "a refusal says nothing more")
				assert.Equal(t, `Bearer realm="newsflow"`, h.Get("WWW-Authenticate"))
			}
		})
	}
	for _, k := range []string{keyA, keyB, wrong} {
		assert.NotContains(t, logs.String(), k)
	}
}

func TestNilKeysLetEverythingThrough(t *testing.T) {
	var keys *door.Keys
	base := serve(t, keys.Require(http.HandlerFunc(ok)), door.Limits{}, nil)
	resp, err := http.Get(base + "/v1/articles")
	require.NoError(t, err)
	_ = resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode)
}

func TestLoadKeys(t *testing.T) {
	// A mounted Kubernetes Secret: one file per key, plus the kubelet's
	// hidden ..data directory and symlinks.
	dir := t.TempDir()
	data := filepath.Join(dir, "..2026_12_06_21_00_00.000000001")
	require.NoError(t, os.Mkdir(data, 0o700))
	require.NoError(t, os.WriteFile(filepath.Join(data, "ops"), []byte(keyA+"\n"), 0o600))
	require.NoError(t, os.WriteFile(filepath.Join(data, "grafana"), []byte(keyB), 0o600))
	require.NoError(t, os.Symlink(filepath.Base(data), filepath.Join(dir, "..data")))
	for _, name := range []string{"ops", "grafana"} {
		require.NoError(t, os.Symlink(filepath.Join("..data", name), filepath.Join(dir, name)))
	}
	k, err := door.LoadKeys(dir)
	require.NoError(t, err)
	assert.Equal(t, 2, k.Len())
	assert.True(t, k.Valid(keyA))
	assert.True(t, k.Valid(keyB))
	assert.False(t, k.Valid(""))

	file := filepath.Join(t.TempDir(), "keys")
	require.NoError(t, os.WriteFile(file, []byte(keyA+"\nshort-s3cr3t\n"), 0o600))
	_, err = door.LoadKeys(file)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "line 2")
	assert.NotContains(t, err.Error(), "short-s3cr3t", "a bad key is not echoed")

	require.NoError(t, os.WriteFile(file, []byte("# nothing yet\n"), 0o600))
	_, err = door.LoadKeys(file)
	assert.ErrorIs(t, err, door.ErrNoKeys)
	_, err = door.LoadKeys(filepath.Join(t.TempDir(), "missing"))
	assert.Error(t, err)
}

func TestCORS(t *testing.T) {
	keys, err := door.ParseKeys([]byte(keyA))
	require.NoError(t, err)
	h := keys.Require(http.HandlerFunc(ok), "/healthz")
	off := serve(t, door.CORS(nil, h), door.Limits{}, nil)
	on := serve(t, door.CORS([]string{"https://dash.example"}, h), door.Limits{}, nil)

	do := func(method, url, origin string) *http.Response {
		t.Helper()
		req, err := http.NewRequestWithContext(t.Context(), method, url, nil)
		require.NoError(t, err)
		req.Header.Set("Origin", origin)
		if method == http.MethodOptions {
			req.Header.Set("Access-Control-Request-Method", "GET")
			req.Header.Set("Access-Control-Request-Headers", "authorization")
		} else {
			req.Header.Set("Authorization", "Bearer "+keyA)
		}
		resp, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		_ = resp.Body.Close()
		return resp
	}
	tests := []struct {
		name, method, base, origin, wantAllow string
	}{
		{"off by default", http.MethodGet, off, "https://dash.example", ""},
		{"off: preflight gets nothing", http.MethodOptions, off, "https://dash.example", ""},
		{"allowed origin", http.MethodGet, on, "https://dash.example", "https://dash.example"},
		{"allowed preflight", http.MethodOptions, on, "https://dash.example", "https://dash.example"},
		{"other origin", http.MethodGet, on, "https://evil.example", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := do(tt.method, tt.base+"/v1/articles", tt.origin)
			assert.Equal(t, tt.wantAllow, resp.Header.Get("Access-Control-Allow-Origin"))
			if tt.method == http.MethodGet {
				assert.Equal(t, http.StatusOK, resp.StatusCode, fmt.Sprint("CORS never replaces authentication: ", tt.name))
			}
		})
	}
}

func TestCheckExposure(t *testing.T) {
	keys, err := door.ParseKeys([]byte(keyA))
	require.NoError(t, err)
	tests := []struct {
		addr      string
		keys      *door.Keys
		anonymous bool
		wantErr   bool
	}{
		{"127.0.0.1:8080", nil, false, false},
		{"[::1]:0", nil, false, false},
		{"localhost:8080", nil, false, false},
		{":8080", nil, false, true},
		{"0.0.0.0:8080", nil, false, true},
		{"10.1.2.3:8080", nil, false, true},
		{":8080", keys, false, false},
		{":8080", nil, true, false},
	}
	for _, tt := range tests {
		err := door.CheckExposure(tt.addr, tt.keys, tt.anonymous)
		if tt.wantErr {
			assert.ErrorIs(t, err, door.ErrAnonymousExposed, tt.addr)
		} else {
			assert.NoError(t, err, tt.addr)
		}
	}
}

func TestFront(t *testing.T) {
	keys, err := door.ParseKeys([]byte(keyA))
	require.NoError(t, err)
	api := http.HandlerFunc(ok)
	base := serve(t, door.Front(api, keys, nil), door.Limits{}, nil)
	for path, want := range map[string]int{"/healthz": 200, "/v1/articles": 401, "/v1/count": 401} {
		resp, err := http.Get(base + path)
		require.NoError(t, err)
		_ = resp.Body.Close()
		assert.Equal(t, want, resp.StatusCode, path)
	}
}
