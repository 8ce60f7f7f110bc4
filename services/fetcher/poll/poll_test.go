package poll

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"google.golang.org/protobuf/proto"

	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/rawbody"
	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/fetcher/canon"
	"github.com/newsflow/newsflow/services/fetcher/fetch"
)

// site serves testdata/site at / and testdata/feeds at /feeds/, with
// http://news.test/ rewritten to the server's URL, ETags on feeds, and .html
// as text/html without a charset (so that the page's own <meta> counts).
type site struct {
	*httptest.Server
	mux          *http.ServeMux
	feedRequests atomic.Int32
	conditional  atomic.Int32
	extraFeeds   sync.Map // name -> string (before host rewrite)
}

func newSite(t *testing.T) *site {
	t.Helper()
	s := &site{mux: http.NewServeMux()}
	s.mux.HandleFunc("/feeds/{name}", s.serveFeed)
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		p := filepath.Join("testdata", "site", filepath.FromSlash(path.Clean(r.URL.Path)))
		data, err := os.ReadFile(p)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		if strings.HasSuffix(p, ".html") {
			w.Header().Set("Content-Type", "text/html")
		}
		_, _ = w.Write(data)
	})
	s.Server = httptest.NewServer(s.mux)
	t.Cleanup(s.Close)
	return s
}

func (s *site) serveFeed(w http.ResponseWriter, r *http.Request) {
	s.feedRequests.Add(1)
	name := r.PathValue("name")
	var data []byte
	if v, ok := s.extraFeeds.Load(name); ok {
		data = []byte(v.(string))
	} else {
		var err error
		data, err = os.ReadFile(filepath.Join("testdata", "feeds", name))
		if err != nil {
			http.NotFound(w, r)
			return
		}
	}
	data = []byte(strings.ReplaceAll(string(data), "http://news.test/", s.URL+"/"))
	etag := fmt.Sprintf(`"%x"`, sha256.Sum256(data))
	if r.Header.Get("If-None-Match") == etag {
		s.conditional.Add(1)
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("ETag", etag)
	switch path.Ext(name) {
	case ".json":
		w.Header().Set("Content-Type", "application/feed+json")
	default:
		w.Header().Set("Content-Type", "application/xml")
	}
	_, _ = w.Write(data)
}

// addFeed serves an extra RSS feed whose items link to the given URLs
// (relative ones against the site).
func (s *site) addFeed(name string, links ...string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>extra</title>`)
	for i, l := range links {
		fmt.Fprintf(&b, "<item><title>Distinct headline number %d here</title><link>%s</link></item>", i, l)
	}
	b.WriteString("</channel></rss>")
	s.extraFeeds.Store(name, b.String())
	return s.URL + "/feeds/" + name
}

// memSeen is an in-memory SeenSet (package kvseen is the JetStream one).
type memSeen struct {
	mu   sync.Mutex
	keys map[string]bool
}

func newMemSeen() *memSeen { return &memSeen{keys: make(map[string]bool)} }

func (m *memSeen) Seen(_ context.Context, key string) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.keys[key], nil
}

func (m *memSeen) Mark(_ context.Context, key string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.keys[key] = true
	return nil
}

func (m *memSeen) len() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.keys)
}

// recorder is a Publisher that keeps what it is given; fail, when set,
// decides per page whether the publish fails.
type recorder struct {
	mu    sync.Mutex
	pages []*newsv1.RawPage
	fail  func(*newsv1.RawPage) bool
	err   error // what a failed publish returns (default errBrokerDown)
}

var errBrokerDown = errors.New("test: broker unavailable")

func (r *recorder) PublishRaw(_ context.Context, p *newsv1.RawPage) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.fail != nil && r.fail(p) {
		if r.err != nil {
			return r.err
		}
		return errBrokerDown
	}
	r.pages = append(r.pages, proto.Clone(p).(*newsv1.RawPage))
	return nil
}

func (r *recorder) published() []*newsv1.RawPage {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]*newsv1.RawPage(nil), r.pages...)
}

func testClient(t *testing.T, allow ...netip.Prefix) *fetch.Client {
	t.Helper()
	cfg := fetch.DefaultConfig()
	if allow == nil {
		allow = []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8")}
	}
	cfg.AllowCIDRs = allow
	cfg.HostInterval = 0
	cfg.RetryWaitMin = time.Millisecond
	cfg.RetryWaitMax = 5 * time.Millisecond
	cfg.RetryMax = 1
	cfg.ConnectTimeout = time.Second
	c, err := fetch.New(cfg, slog.New(slog.DiscardHandler))
	require.NoError(t, err)
	t.Cleanup(c.CloseIdleConnections)
	return c
}

func newPoller(t *testing.T, seen SeenSet, pub Publisher) *Poller {
	return New(testClient(t), seen, pub, slog.New(slog.DiscardHandler), Options{})
}

func TestPollRSSFixtures(t *testing.T) {
	s := newSite(t)
	seen, pub := newMemSeen(), &recorder{}
	p := newPoller(t, seen, pub)
	f := Feed{URL: s.URL + "/feeds/rss.xml", Source: "fixtures"}

	st, err := p.Poll(t.Context(), f)
	require.NoError(t, err)
	assert.Equal(t, Stats{Items: 5, New: 5, Fetched: 5, Published: 5, TTL: 30 * time.Minute}, st)

	pages := pub.published()
	require.Len(t, pages, 5)
	byPath := map[string]*newsv1.RawPage{}
	for _, rp := range pages {
		byPath[strings.TrimPrefix(rp.GetItemUrl(), s.URL)] = rp
		cu, err := canon.URL(rp.GetItemUrl())
		require.NoError(t, err)
		assert.Equal(t, canon.ID(cu), rp.GetId())
		assert.Equal(t, "fixtures", rp.GetSource())
		assert.Equal(t, f.URL, rp.GetFeedUrl())
		assert.Equal(t, rp.GetItemUrl(), rp.GetFinalUrl())
		assert.Equal(t, int32(200), rp.GetHttpStatus())
		assert.Equal(t, "text/html", rp.GetContentType())
		assert.Equal(t, "en", rp.GetLanguageHint())
		assert.NotNil(t, rp.GetFetchedAt())
		assert.Equal(t, "newsflow fixtures (development set)", rp.GetItem().GetFeedTitle())
		assert.NotEmpty(t, rp.GetItem().GetTitle())
		assert.NotEmpty(t, rp.GetItem().GetGuid())
		assert.NotNil(t, rp.GetItem().GetPublished())

		body, err := rawbody.Get(rp)
		require.NoError(t, err)
		want, err := os.ReadFile(filepath.Join("testdata", "site", filepath.FromSlash(strings.TrimPrefix(rp.GetItemUrl(), s.URL+"/"))))
		require.NoError(t, err)
		assert.Equal(t, want, body, "body as served")
		assert.Equal(t, int64(len(want)), rp.GetBodySize())
	}

	ms := byPath["/malaystar/news/world/2024/07/23/france-probed-migrant-communities-to-fight-isis-k-threat-to-olympics.html"]
	require.NotNil(t, ms)
	assert.Equal(t, "windows-1252", ms.GetDeclaredCharset())
	assert.Equal(t, "windows-1252", ms.GetDetectedCharset())
	assert.Equal(t, []string{"Gabriel Stargardter"}, ms.GetItem().GetAuthors())
	assert.Equal(t, []string{"World", "France", "Olympics", "Security"}, ms.GetItem().GetCategories())
	assert.Equal(t, time.Date(2024, 7, 23, 14, 5, 0, 0, time.UTC), ms.GetItem().GetPublished().AsTime())
	nw := byPath["/nusawire/en/news/412337-france-triggers-to-prevent-isis-k-threats-at-paris-olympics.html"]
	require.NotNil(t, nw)
	assert.Equal(t, "utf-8", nw.GetDeclaredCharset())
	assert.Equal(t, "utf-8", nw.GetDetectedCharset())

	// Second poll: the feed is unchanged, so a conditional GET answers 304.
	st, err = p.Poll(t.Context(), f)
	require.NoError(t, err)
	assert.Equal(t, Stats{NotModified: true, Conditional: true}, st)
	assert.Equal(t, int32(1), s.conditional.Load())
	assert.Len(t, pub.published(), 5)
}

func TestPollSameItemsAcrossFormats(t *testing.T) {
	s := newSite(t)
	seen, pub := newMemSeen(), &recorder{}
	p := newPoller(t, seen, pub)
	var total Stats
	for _, name := range []string{"rss.xml", "atom.xml", "feed.json"} {
		st, err := p.Poll(t.Context(), Feed{URL: s.URL + "/feeds/" + name, Source: "fixtures"})
		require.NoError(t, err, name)
		total.Published += st.Published
		total.SkippedSeen += st.SkippedSeen
	}
	assert.Equal(t, 5, total.Published, "each story published once")
	assert.Equal(t, 10, total.SkippedSeen)
	ids := map[string]bool{}
	for _, rp := range pub.published() {
		ids[rp.GetId()] = true
	}
	assert.Len(t, ids, 5)
}

func TestPollConcurrentFormatsPublishOnce(t *testing.T) {
	s := newSite(t)
	seen, pub := newMemSeen(), &recorder{}
	p := newPoller(t, seen, pub)
	var wg sync.WaitGroup
	for _, name := range []string{"rss.xml", "atom.xml", "feed.json"} {
		wg.Go(func() {
			_, err := p.Poll(t.Context(), Feed{URL: s.URL + "/feeds/" + name, Source: "fixtures"})
			assert.NoError(t, err)
		})
	}
	wg.Wait()
	// In one process the in-flight set prevents double work; a poll that
	// saw an item in flight picks it up next time if it then failed.
	ids := map[string]int{}
	for _, rp := range pub.published() {
		ids[rp.GetId()]++
	}
	assert.Len(t, ids, 5)
	for id, n := range ids {
		assert.Equal(t, 1, n, id)
	}
}

func TestPollMarksOnlyAfterPublish(t *testing.T) {
	s := newSite(t)
	seen := newMemSeen()
	var down atomic.Bool
	down.Store(true)
	pub := &recorder{fail: func(*newsv1.RawPage) bool { return down.Load() }}
	p := newPoller(t, seen, pub)
	f := Feed{URL: s.URL + "/feeds/atom.xml", Source: "fixtures"}

	st, err := p.Poll(t.Context(), f)
	require.NoError(t, err, "item failures do not fail the feed")
	assert.Equal(t, Stats{Items: 5, New: 5, Fetched: 5, Errors: 5}, st)
	assert.Zero(t, seen.len(), "nothing marked seen without a publish")

	down.Store(false)
	st, err = p.Poll(t.Context(), f)
	require.NoError(t, err)
	assert.Equal(t, Stats{Items: 5, New: 5, Fetched: 5, Published: 5}, st)
	assert.Zero(t, s.conditional.Load(), "validators are not kept after a poll with errors")
	assert.Len(t, pub.published(), 5)
}

// TestPollMarksUnpublishableSeen: a page that can never be published (too
// large for a message) is marked seen, so it is not fetched on every poll.
func TestPollMarksUnpublishableSeen(t *testing.T) {
	s := newSite(t)
	seen := newMemSeen()
	pub := &recorder{
		fail: func(rp *newsv1.RawPage) bool { return strings.Contains(rp.GetItemUrl(), "rtn") },
		err:  bus.PermanentKind(bus.KindTooLarge, errors.New("nats: maximum payload exceeded")),
	}
	p := newPoller(t, seen, pub)
	f := Feed{URL: s.URL + "/feeds/feed.json", Source: "fixtures"}
	st, err := p.Poll(t.Context(), f)
	require.NoError(t, err)
	assert.Equal(t, Stats{Items: 5, New: 5, Fetched: 5, Published: 4, Skipped: 1}, st)

	// Without the validators of the first poll, the feed is read again in full.
	st, _, err = p.PollCached(t.Context(), f, Cache{})
	require.NoError(t, err)
	assert.Equal(t, Stats{Items: 5, SkippedSeen: 5}, st, "the unpublishable page is not fetched again")
}

func TestPollPartialPublishFailure(t *testing.T) {
	s := newSite(t)
	seen := newMemSeen()
	var once atomic.Bool
	pub := &recorder{fail: func(rp *newsv1.RawPage) bool {
		return strings.Contains(rp.GetItemUrl(), "rtn") && once.CompareAndSwap(false, true)
	}}
	p := newPoller(t, seen, pub)
	f := Feed{URL: s.URL + "/feeds/feed.json", Source: "fixtures"}
	st, err := p.Poll(t.Context(), f)
	require.NoError(t, err)
	assert.Equal(t, 4, st.Published)
	assert.Equal(t, 1, st.Errors)

	st, err = p.Poll(t.Context(), f)
	require.NoError(t, err)
	assert.Equal(t, Stats{Items: 5, New: 1, SkippedSeen: 4, Fetched: 1, Published: 1}, st)
	assert.Len(t, pub.published(), 5)
}

func TestPollItemFailures(t *testing.T) {
	s := newSite(t)
	var flaky atomic.Int32
	s.mux.HandleFunc("/flaky.html", func(w http.ResponseWriter, r *http.Request) {
		if flaky.Add(1) <= 2 { // the first poll's attempt and its one retry
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		_, _ = io.WriteString(w, "<p>back</p>")
	})
	s.mux.HandleFunc("/paper.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		_, _ = io.WriteString(w, "%PDF-1.7")
	})
	feedURL := s.addFeed("mixed.xml",
		s.URL+"/flaky.html",
		s.URL+"/paper.pdf",
		s.URL+"/gone.html",
		"mailto:editor@example.com",
		s.URL+"/rtn/news/246312-france-terrorist-threat-competition.html",
	)
	seen, pub := newMemSeen(), &recorder{}
	p := newPoller(t, seen, pub)
	f := Feed{URL: feedURL, Source: "mixed"}

	st, err := p.Poll(t.Context(), f)
	require.NoError(t, err)
	assert.Equal(t, Stats{Items: 5, New: 4, Fetched: 1, Published: 1, Skipped: 3, Errors: 1}, st)

	st, err = p.Poll(t.Context(), f)
	require.NoError(t, err)
	assert.Equal(t, Stats{Items: 5, New: 1, SkippedSeen: 3, Fetched: 1, Published: 1, Skipped: 1}, st,
		"the transient failure is retried, permanent ones are not")
	assert.Len(t, pub.published(), 2)
}

func TestPollRefusesPrivateTargets(t *testing.T) {
	s := newSite(t)
	port := s.URL[strings.LastIndexByte(s.URL, ':')+1:]
	feedURL := s.addFeed("ssrf.xml",
		"http://169.254.169.254/latest/meta-data/iam/security-credentials/",
		"http://127.0.0.2:"+port+"/nusawire/en/news/412337-france-triggers-to-prevent-isis-k-threats-at-paris-olympics.html",
		"http://10.0.0.1/",
	)
	seen, pub := newMemSeen(), &recorder{}
	// Only the feed server's own address is allow-listed.
	client := testClient(t, netip.MustParsePrefix("127.0.0.1/32"))
	p := New(client, seen, pub, slog.New(slog.DiscardHandler), Options{})
	st, err := p.Poll(t.Context(), Feed{URL: feedURL, Source: "ssrf"})
	require.NoError(t, err)
	assert.Equal(t, Stats{Items: 3, New: 3, Skipped: 3}, st)
	assert.Empty(t, pub.published())

	_, err = client.Page(t.Context(), "http://169.254.169.254/", fetch.Options{})
	require.ErrorIs(t, err, fetch.ErrBlockedAddress)
}

func TestPollTitleGuard(t *testing.T) {
	s := newSite(t)
	page := "/nusawire/en/news/412337-france-triggers-to-prevent-isis-k-threats-at-paris-olympics.html"
	rss := `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>France Triggers To Prevent ISIS-K Threats</title><link>` + s.URL + page + `</link><pubDate>Sat, 27 Jul 2024 10:12:00 +0700</pubDate></item>
<item><title>France triggers to prevent ISIS-K threats!</title><link>` + s.URL + page + `?amp=1</link><pubDate>Sat, 27 Jul 2024 10:40:00 +0700</pubDate></item>
<item><title>Live</title><link>` + s.URL + page + `?live=1</link></item>
<item><title>Live</title><link>` + s.URL + page + `?live=2</link></item>
</channel></rss>`
	s.extraFeeds.Store("titles.xml", rss)
	seen, pub := newMemSeen(), &recorder{}
	p := newPoller(t, seen, pub)
	st, err := p.Poll(t.Context(), Feed{URL: s.URL + "/feeds/titles.xml", Source: "t"})
	require.NoError(t, err)
	assert.Equal(t, 1, st.SkippedSeen, "same headline, same day, other link")
	assert.Equal(t, 3, st.Published, "short generic titles are not deduplicated by title")
}

func TestPollFeedErrors(t *testing.T) {
	s := newSite(t)
	s.extraFeeds.Store("broken.xml", "<html><body>maintenance</body></html>")
	p := newPoller(t, newMemSeen(), &recorder{})
	_, err := p.Poll(t.Context(), Feed{URL: s.URL + "/feeds/missing.xml", Source: "x"})
	require.ErrorIs(t, err, fetch.ErrStatus)
	_, err = p.Poll(t.Context(), Feed{URL: s.URL + "/feeds/broken.xml", Source: "x"})
	require.Error(t, err)
}
