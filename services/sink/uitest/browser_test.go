package uitest

import (
	"bufio"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"
	"google.golang.org/protobuf/encoding/protojson"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/sink/api"
	"github.com/newsflow/newsflow/services/sink/store"
	"github.com/newsflow/newsflow/services/sink/ui"
)

// chromium finds the browser: NEWSFLOW_CHROMIUM, else Debian's chromium
// on PATH. Missing, the test skips on a workstation and fails under CI,
// which installs it (.ci/run).
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("NEWSFLOW_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("chromium is not installed (apt-get install chromium) and CI is set: the browser test must run")
	}
	t.Skip("chromium is not installed (apt-get install chromium, or set NEWSFLOW_CHROMIUM); skipping the browser test")
	return ""
}

// demoStore loads the demo's stored records (services/sink/ui/testdata)
// into a real SQLite store.
func demoStore(t *testing.T) (*store.Store, []*newsv1.TaggedArticle) {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "ui", "testdata", "demo.ndjson"))
	require.NoError(t, err)
	defer func() { _ = f.Close() }()
	var recs []*newsv1.TaggedArticle
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<22)
	for sc.Scan() {
		r := &newsv1.TaggedArticle{}
		require.NoError(t, protojson.Unmarshal(sc.Bytes(), r))
		recs = append(recs, r)
	}
	require.NoError(t, sc.Err())
	s, err := store.Open(t.Context(), filepath.Join(t.TempDir(), "demo.db"), nil)
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, s.Close()) })
	_, err = s.Upsert(t.Context(), recs)
	require.NoError(t, err)
	return s, recs
}

// browser starts a headless Chromium with a fresh profile that reaches
// nothing but loopback, and returns a tab's context.
func browser(t *testing.T, path string) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("no-default-browser-check", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("no-proxy-server", true),
		// Every host name but loopback fails to resolve: the test cannot
		// reach the network even if a page asked it to.
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(t.Context(), opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancelTab := chromedp.NewContext(actx, chromedp.WithErrorf(t.Logf))
	t.Cleanup(cancelTab)
	// A deadline on every step below, not a timed assertion: a hung
	// browser fails the test instead of hanging CI.
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

func TestBrowserSearchOpenArticleSeeEvidence(t *testing.T) {
	path := chromium(t)
	s, recs := demoStore(t)
	logger := slog.New(slog.DiscardHandler)
	h := ui.Mount(api.New(s, logger), s, logger)
	// A page that breaks the UI's own CSP, to prove that the browser
	// enforces it and that the test hears the violations it reports.
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequestWithContext(t.Context(), "GET", "/", nil))
	csp := rec.Header().Get("Content-Security-Policy")
	require.NotEmpty(t, csp)
	mux := http.NewServeMux()
	mux.Handle("/", h)
	mux.HandleFunc("GET /csp-probe", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Security-Policy", csp)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = io.WriteString(w, `<!doctype html><title>probe</title><script>document.title = "script ran"</script><p>probe</p>`)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	ctx := browser(t, path)
	console := listenConsole(t, ctx)

	// The article the search must find, and its evidence, from the record.
	var want *newsv1.TaggedArticle
	for _, r := range recs {
		if strings.HasPrefix(r.GetArticle().GetTitle(), "France Triggers To Prevent ISIS-K") {
			want = r
		}
	}
	require.NotNil(t, want)
	var spans []string
	for _, a := range want.GetActors() {
		for _, sp := range a.GetEvidence() {
			spans = append(spans, sp.GetText())
		}
	}
	require.NotEmpty(t, spans)

	// Search as an analyst would: a topic by its label, an actor in
	// capitals.
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitVisible(chromedp.ID("search-form")),
		chromedp.SendKeys(chromedp.CSS(`#search-form input[name=topic]`), "sport event"),
		chromedp.SendKeys(chromedp.CSS(`#search-form input[name=actor]`), "ISIS-K"),
	))
	resp, err := chromedp.RunResponse(ctx, chromedp.Submit(chromedp.ID("search-form")))
	require.NoError(t, err)
	require.Equal(t, int64(200), resp.Status)
	require.Contains(t, resp.URL, "actor=ISIS-K")
	require.NoError(t, chromedp.Do(ctx, chromedp.WaitVisible(chromedp.ID("results"))))
	titles, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('li.result a.title')).map(a => a.textContent)`))
	require.NoError(t, err)
	var wantTitles []string
	for _, r := range recs {
		isSport := slices.ContainsFunc(r.GetTopics(), func(tp *newsv1.TopicTag) bool { return tp.GetLabel() == "sport event" })
		isK := slices.ContainsFunc(r.GetActors(), func(a *newsv1.ActorTag) bool { return a.GetId() == "isis-k" })
		if isSport && isK {
			wantTitles = append(wantTitles, r.GetArticle().GetTitle())
		}
	}
	slices.Sort(wantTitles)
	slices.Sort(titles)
	require.Equal(t, wantTitles, titles)
	require.Less(t, len(titles), len(recs), "the filters narrowed the result")

	// Open the article and read its highlighted evidence.
	resp, err = chromedp.RunResponse(ctx,
		chromedp.Click(chromedp.Search(`//li[contains(@class,"result")]//a[contains(@class,"title")][starts-with(normalize-space(.),"France Triggers")]`)))
	require.NoError(t, err)
	require.Equal(t, int64(200), resp.Status)
	require.NoError(t, chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS(`#text mark.ev-actor`))))
	url, err := chromedp.Run(ctx, chromedp.Location())
	require.NoError(t, err)
	marks, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('#text mark.ev-actor')).map(m => m.textContent)`))
	require.NoError(t, err)
	tooltip, err := chromedp.Run(ctx, chromedp.AttributeValue(chromedp.CSS(`#text mark.ev-actor`), "title"))
	require.NoError(t, err)
	// The stylesheet loaded under the CSP: marks are painted in the
	// actor colour (a gradient with the topic colour where both match),
	// not the browser's default yellow.
	background, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => {
		const s = getComputedStyle(document.querySelector('#text mark.ev-actor'));
		return s.backgroundImage !== 'none' ? s.backgroundImage : s.backgroundColor;
	})()`))
	require.NoError(t, err)
	tagRows, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('#tags tr.tagrow').length`))
	require.NoError(t, err)
	require.True(t, strings.HasSuffix(url, "/article/"+want.GetArticle().GetId()), url)
	for _, sp := range spans {
		require.Contains(t, marks, sp, "evidence %q is highlighted", sp)
	}
	require.True(t, tooltip.Exists)
	require.Contains(t, tooltip.Value, "actor ")
	require.Contains(t, background, "rgb(255, 214, 165)", "actor marks use the stylesheet's actor colour")
	require.Equal(t, len(want.GetActors())+len(want.GetTopics())+len(want.GetPlaces()), tagRows, "every tag is explained")

	// Nothing the UI sent broke its CSP …
	require.Empty(t, console.matching("Content Security Policy"), "CSP violations on the UI's pages")
	// … which the browser enforces and the console reports.
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/csp-probe")))
	title, err := chromedp.Run(ctx, chromedp.Title())
	require.NoError(t, err)
	require.Equal(t, "probe", title, "the CSP blocks inline script")
	require.Eventually(t, func() bool { return len(console.matching("Content Security Policy")) > 0 },
		time.Minute, 20*time.Millisecond, "the probe's violation reaches the console listener")
}

// consoleLog collects a tab's console messages (browser log entries such
// as CSP violations included).
type consoleLog struct {
	mu   sync.Mutex
	msgs []string
}

func (c *consoleLog) matching(sub string) []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []string
	for _, m := range c.msgs {
		if strings.Contains(m, sub) {
			out = append(out, m)
		}
	}
	return out
}

// listenConsole subscribes to the tab's console until the test ends.
func listenConsole(t *testing.T, ctx context.Context) *consoleLog {
	t.Helper()
	ctx, cancel := context.WithCancel(ctx)
	msgs := chromedp.Console(ctx) // subscribed now, before any navigation
	c := &consoleLog{}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for m, err := range msgs {
			if err != nil {
				return
			}
			c.mu.Lock()
			c.msgs = append(c.msgs, m.String())
			c.mu.Unlock()
		}
	}()
	t.Cleanup(func() {
		cancel()
		<-done
	})
	return c
}
