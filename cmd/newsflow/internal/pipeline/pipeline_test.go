package pipeline_test

import (
	"context"
	"encoding/json"
	"log/slog"
	"net"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/newsflow/newsflow/cmd/newsflow/internal/demosite"
	"github.com/newsflow/newsflow/cmd/newsflow/internal/pipeline"
	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/bus/bustest"
	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/classifier/classify"
	"github.com/newsflow/newsflow/services/classifier/taxonomy"
	"github.com/newsflow/newsflow/services/fetcher/fetch"
	"github.com/newsflow/newsflow/services/fetcher/poll"
	"github.com/newsflow/newsflow/services/sink/store"
)

// expected is the part of testdata/expected/*.json (a copy of the shared
// fixtures' expected outputs) that the end-to-end test checks.
type expected struct {
	ID             string   `json:"id"`
	URL            string   `json:"url"`
	PageType       string   `json:"page_type"`
	Title          string   `json:"title"`
	MustNotContain []string `json:"must_not_contain"`
	Actors         []label  `json:"actors"`
	ActorsOptional []label  `json:"actors_optional"`
	Entries        []struct {
		Title          string  `json:"title"`
		Actors         []label `json:"actors"`
		ActorsOptional []label `json:"actors_optional"`
	} `json:"entries"`
}

type label struct {
	ID string `json:"id"`
}

func loadExpected(t *testing.T) []expected {
	t.Helper()
	files, err := filepath.Glob("testdata/expected/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no expected files: %v", err)
	}
	var out []expected
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var e expected
		if err := json.Unmarshal(b, &e); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out = append(out, e)
	}
	return out
}

func normalise(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

func ids(ls []label) []string {
	out := make([]string, 0, len(ls))
	for _, l := range ls {
		out = append(out, l.ID)
	}
	return out
}

// checkActors asserts required ⊆ predicted ⊆ required ∪ optional.
func checkActors(t *testing.T, what string, got []*newsv1.ActorTag, required, optional []string) {
	t.Helper()
	var pred []string
	for _, a := range got {
		pred = append(pred, a.GetId())
	}
	for _, r := range required {
		if !slices.Contains(pred, r) {
			t.Errorf("%s: actor %q missing (got %v)", what, r, pred)
		}
	}
	for _, p := range pred {
		if !slices.Contains(required, p) && !slices.Contains(optional, p) {
			t.Errorf("%s: unexpected actor %q (required %v, optional %v)", what, p, required, optional)
		}
	}
}

// TestEndToEnd runs fetcher → extractor → classifier → sink over an
// in-process JetStream server against the fixture site served on httptest.
func TestEndToEnd(t *testing.T) {
	ctx := t.Context()
	logger := slog.New(slog.DiscardHandler)

	env := bustest.Start(t, bustest.WithServiceName("e2e"))
	js, tel, spans := env.JS, env.Tel, env.Spans

	db, err := store.Open(ctx, "sqlite://"+filepath.Join(t.TempDir(), "e2e.db"), logger)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	tax, err := taxonomy.Default()
	if err != nil {
		t.Fatal(err)
	}
	cls, err := classify.New(tax)
	if err != nil {
		t.Fatal(err)
	}

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	origin := "http://" + ln.Addr().String() + "/"
	site := httptest.NewUnstartedServer(demosite.Handler(origin))
	_ = site.Listener.Close()
	site.Listener = ln
	site.Start()
	t.Cleanup(site.Close)

	fcfg := fetch.DefaultConfig()
	fcfg.AllowCIDRs = []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8")}
	fcfg.HostInterval = time.Millisecond
	p, err := pipeline.Start(ctx, pipeline.Config{
		JS: js, Telemetry: tel, Store: db, Classifier: cls, Logger: logger,
		Stage: bus.StageOptions{Runner: bus.RunnerConfig{Concurrency: 3}},
		Fetch: fcfg, SeenBucket: "e2e_seen",
	})
	if err != nil {
		t.Fatal(err)
	}

	// All three feeds list the same five stories; poll them at once so the
	// dedup has to hold under concurrency.
	var wg sync.WaitGroup
	var mu sync.Mutex
	published := 0
	for _, f := range demosite.Feeds {
		wg.Go(func() {
			st, err := p.Fetcher.Poll(ctx, poll.Feed{URL: origin + strings.TrimPrefix(f.Path, "/"), Source: f.Source})
			if err != nil {
				t.Errorf("polling %s: %v", f.Path, err)
			}
			mu.Lock()
			published += st.Published
			mu.Unlock()
		})
	}
	wg.Wait()
	if published != demosite.Articles {
		t.Fatalf("published %d raw pages, want %d", published, demosite.Articles)
	}

	var stored int64
	var settled bool
	defer func() {
		if t.Failed() {
			t.Logf("stored %d of %d articles (settled=%v)", stored, demosite.Articles, settled)
		}
	}()
	bustest.WaitFor(t, "every article stored and the pipeline settled", func() bool {
		var err error
		if stored, err = db.Count(ctx); err != nil {
			t.Fatal(err)
		}
		if settled, err = pipeline.Settled(ctx, js); err != nil {
			t.Fatal(err)
		}
		return stored == demosite.Articles && settled
	})
	if err := p.Stop(); err != nil {
		t.Fatal(err)
	}

	// Exactly once on every stream: one message per article per stage.
	checkOncePerStream(ctx, t, js, demosite.Articles)
	// Index copies: one per tagged actor and per topic, on their own subjects.
	tagged, err := js.Stream(ctx, bus.StreamTagged)
	if err != nil {
		t.Fatal(err)
	}
	indexCount := func(filter string) uint64 {
		info, err := tagged.Info(ctx, jetstream.WithSubjectFilter(filter))
		if err != nil {
			t.Fatal(err)
		}
		var n uint64
		for _, c := range info.State.Subjects {
			n += c
		}
		return n
	}
	if n := indexCount("news.actor.khorasan-group.>"); n != 1 {
		t.Errorf("news.actor.khorasan-group.> holds %d messages, want 1 (seed 003)", n)
	}
	if n := indexCount("news.topic.20000103.>"); n < 4 {
		t.Errorf("news.topic.20000103.> (terrorism) holds %d messages, want one per terrorism article", n)
	}
	if dlq, _ := js.Stream(ctx, bus.StreamDLQ); dlq != nil {
		if info, err := dlq.Info(ctx); err == nil && info.State.Msgs != 0 {
			t.Errorf("%d dead letters", info.State.Msgs)
		}
	}

	page, err := db.Search(ctx, store.Query{Limit: 50})
	if err != nil {
		t.Fatal(err)
	}
	byPath := map[string]*newsv1.TaggedArticle{}
	for _, r := range page.Articles {
		u, err := url.Parse(r.GetArticle().GetCanonicalUrl())
		if err != nil {
			t.Fatal(err)
		}
		if _, dup := byPath[u.Path]; dup {
			t.Errorf("article %s stored twice", u.Path)
		}
		byPath[u.Path] = r
	}
	for _, want := range loadExpected(t) {
		t.Run(want.ID, func(t *testing.T) {
			u, _ := url.Parse(want.URL)
			got, ok := byPath[u.Path]
			if !ok {
				t.Fatalf("not stored (have %v)", keys(byPath))
			}
			a := got.GetArticle()
			if a.GetTitle() != want.Title {
				t.Errorf("title = %q, want %q", a.GetTitle(), want.Title)
			}
			stored := normalise(strings.Join(a.GetParagraphs(), "\n\n"))
			for _, e := range a.GetEntries() {
				stored += "\n" + normalise(e.GetTitle()+" "+e.GetText())
			}
			if want.PageType == "article" && len(a.GetParagraphs()) == 0 {
				t.Error("no text stored")
			}
			for _, bad := range want.MustNotContain {
				if strings.Contains(stored, normalise(bad)) {
					t.Errorf("text contains boilerplate %q", bad)
				}
			}
			if want.PageType == "listing" {
				if len(got.GetEntries()) != len(want.Entries) {
					t.Fatalf("%d entry tag sets, want %d", len(got.GetEntries()), len(want.Entries))
				}
				for i, e := range want.Entries {
					checkActors(t, "entry "+e.Title, got.GetEntries()[i].GetActors(), ids(e.Actors), ids(e.ActorsOptional))
				}
				return
			}
			checkActors(t, "article", got.GetActors(), ids(want.Actors), ids(want.ActorsOptional))
		})
	}

	// One trace per article spans all four stages.
	stagesByTrace := map[string]map[string]bool{}
	for _, s := range spans.GetSpans() {
		tid := s.SpanContext.TraceID().String()
		if stagesByTrace[tid] == nil {
			stagesByTrace[tid] = map[string]bool{}
		}
		switch {
		case strings.HasPrefix(s.Name, "fetch "):
			stagesByTrace[tid]["fetcher"] = true
		case strings.HasPrefix(s.Name, "process news.raw."):
			stagesByTrace[tid]["extractor"] = true
		case strings.HasPrefix(s.Name, "process news.articles."):
			stagesByTrace[tid]["classifier"] = true
		case strings.HasPrefix(s.Name, "process news.tagged."):
			stagesByTrace[tid]["sink"] = true
		}
	}
	complete := 0
	for _, st := range stagesByTrace {
		if len(st) == 4 {
			complete++
		}
	}
	if complete != demosite.Articles {
		t.Errorf("%d traces span fetcher, extractor, classifier and sink; want one per article (%d)", complete, demosite.Articles)
	}
}

// checkOncePerStream checks that the raw, article and tagged streams each
// hold n records on their record subjects: one per article per stage.
func checkOncePerStream(ctx context.Context, t *testing.T, js jetstream.JetStream, n uint64) {
	t.Helper()
	for _, s := range []struct{ stream, subject string }{
		{bus.StreamRaw, "news.raw.>"},
		{bus.StreamArticles, "news.articles.>"},
		{bus.StreamTagged, "news.tagged.>"},
	} {
		st, err := js.Stream(ctx, s.stream)
		if err != nil {
			t.Fatal(err)
		}
		info, err := st.Info(ctx, jetstream.WithSubjectFilter(s.subject))
		if err != nil {
			t.Fatal(err)
		}
		var got uint64
		for _, c := range info.State.Subjects {
			got += c
		}
		if got != n {
			t.Errorf("%s holds %d messages on %s, want %d (exactly once)", s.stream, got, s.subject, n)
		}
	}
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
