package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// watchWriter collects what is written and reports the first match of re.
type watchWriter struct {
	mu    sync.Mutex
	buf   bytes.Buffer
	re    *regexp.Regexp
	found chan string
}

func (w *watchWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf.Write(p)
	if w.re != nil {
		if m := w.re.FindStringSubmatch(w.buf.String()); m != nil {
			w.found <- m[1]
			w.re = nil
		}
	}
	return len(p), nil
}

func (w *watchWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}

func TestDemoServe(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	var out bytes.Buffer
	errw := &watchWriter{re: regexp.MustCompile(`web UI at (http://[^ ]+/) `), found: make(chan string, 1)}
	done := make(chan int, 1)
	go func() {
		done <- Main(ctx, []string{"demo", "--serve", "127.0.0.1:0"}, Stdio{In: strings.NewReader(""), Out: &out, Err: errw}, func(string) string { return "" })
	}()
	var base string
	select {
	case base = <-errw.found:
	case code := <-done:
		t.Fatalf("demo --serve exited %d before serving: %s", code, errw.String())
	}

	get := func(path string) (int, string) {
		t.Helper()
		req, err := http.NewRequestWithContext(t.Context(), http.MethodGet, base+strings.TrimPrefix(path, "/"), nil)
		if err != nil {
			t.Fatal(err)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer func() { _ = resp.Body.Close() }()
		b, err := io.ReadAll(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		return resp.StatusCode, string(b)
	}
	// The API answers over the demo's store …
	code, body := get("/v1/count")
	var count struct{ Count int }
	if err := json.Unmarshal([]byte(body), &count); code != 200 || err != nil || count.Count != 5 {
		t.Fatalf("GET /v1/count = %d %s", code, body)
	}
	// … and so does the UI, with the filters of the issue.
	code, body = get("/?topic=terrorism&actor=ISIS-K")
	if code != 200 || !strings.Contains(body, "France Triggers To Prevent ISIS-K Threats At Paris Olympics") {
		t.Fatalf("GET / = %d %.300s", code, body)
	}
	if code, body = get("/actor/isis-k"); code != 200 || !strings.Contains(body, "Islamic State Khorasan Province") {
		t.Fatalf("GET /actor/isis-k = %d %.300s", code, body)
	}

	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("demo --serve exit %d after interrupt: %s", code, errw.String())
		}
	case <-time.After(time.Minute):
		// A deadline on the shutdown, not a timed assertion: a hang fails.
		t.Fatal("demo --serve did not stop when its context ended")
	}
	if !strings.Contains(out.String(), "demo: 5 articles stored") {
		t.Errorf("summary missing before serving: %s", out.String())
	}
}
