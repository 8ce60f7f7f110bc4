package pipeline_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"google.golang.org/protobuf/encoding/protojson"

	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/bus/bustest"
	"github.com/newsflow/newsflow/plumbing/recordid"
	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/classifier/classify"
	classifystage "github.com/newsflow/newsflow/services/classifier/stage"
	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

// The mirror's records carry real ids, derived from their links: a stage
// dead-letters a record whose id its link does not give (forged).
var (
	mirrorLink1, mirrorLink2 = "https://wire.example/isis-k-kabul", "https://agency.example/mali-base"
	mirrorID1, mirrorID2     = recordid.ID(mirrorLink1), recordid.ID(mirrorLink2)
)

// mirrorArticles are what the extractor would publish: two stories naming
// threat actors.
var mirrorArticles = []*newsv1.Article{
	{
		Id: mirrorID1, Item: &newsv1.FeedItem{Link: mirrorLink1}, Source: "wire", PageType: newsv1.PageType_PAGE_TYPE_ARTICLE, Language: "en",
		Title: "ISIS-K claims bombing near Kabul airport",
		Paragraphs: []string{
			"Islamic State Khorasan Province, known as ISIS-K, claimed responsibility on Thursday for a suicide bombing near the airport in Kabul, Afghanistan.",
			"Taliban officials said the ISIS-K attacker struck a checkpoint; the Taliban have fought the group since 2015.",
		},
	},
	{
		Id: mirrorID2, Item: &newsv1.FeedItem{Link: mirrorLink2}, Source: "agency", PageType: newsv1.PageType_PAGE_TYPE_ARTICLE, Language: "en",
		Title: "Al-Qaeda affiliate attacks army base in Mali",
		Paragraphs: []string{
			"Fighters of an al-Qaeda affiliate attacked an army base in central Mali on Sunday, the military said.",
			"Al-Qaeda's Sahel branch claimed the attack in a statement.",
		},
	},
}

// startMirror runs the real classifier stage with its JSON mirror on an
// embedded server and publishes mirrorArticles to it. It returns the
// server's URL once NEWS_JSON holds a record per article.
func startMirror(t *testing.T) (string, jetstream.JetStream) {
	t.Helper()
	ctx := t.Context()
	streams := bus.DefaultStreamOptions()
	streams.JSONMirror = true
	env := bustest.Start(t, bustest.WithServiceName("json-mirror"), bustest.WithStreamOptions(streams))
	js, tel := env.JS, env.Tel
	tax, err := taxonomy.Default()
	if err != nil {
		t.Fatal(err)
	}
	cls, err := classify.New(tax)
	if err != nil {
		t.Fatal(err)
	}
	pub := bus.NewPublisher(js, tel.TracerProvider, tel.Propagator)
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = classifystage.New(cls, pub, slog.New(slog.DiscardHandler), classifystage.WithJSONMirror()).
			Run(runCtx, js, tel, bus.StageOptions{Runner: bus.RunnerConfig{Concurrency: 2}})
	}()
	t.Cleanup(func() { cancel(); <-done })
	for _, a := range mirrorArticles {
		subj, err := bus.ArticleSubject(a.GetSource())
		if err != nil {
			t.Fatal(err)
		}
		if err := pub.Publish(ctx, subj, a.GetId(), a); err != nil {
			t.Fatal(err)
		}
	}
	s, err := js.Stream(ctx, bus.StreamJSON)
	if err != nil {
		t.Fatal(err)
	}
	bustest.WaitFor(t, "NEWS_JSON to hold a record per article", func() bool {
		info, err := s.Info(ctx)
		if err != nil {
			t.Fatal(err)
		}
		held := info.State.Msgs
		if held > uint64(len(mirrorArticles)) {
			t.Fatalf("NEWS_JSON holds %d records, want %d", held, len(mirrorArticles))
		}
		return held == uint64(len(mirrorArticles))
	})
	return env.URL, js
}

func TestJSONMirror(t *testing.T) {
	_, js := startMirror(t)
	s, err := js.Stream(t.Context(), bus.StreamJSON)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]*newsv1.TaggedArticle{}
	for seq := uint64(1); seq <= uint64(len(mirrorArticles)); seq++ {
		m, err := s.GetMsg(t.Context(), seq)
		if err != nil {
			t.Fatal(err)
		}
		if ct := m.Header.Get(bus.HeaderContentType); ct != bus.ContentTypeJSON {
			t.Errorf("%s: Content-Type %q, want %q", m.Subject, ct, bus.ContentTypeJSON)
		}
		if !json.Valid(m.Data) {
			t.Fatalf("%s: not JSON: %.100s", m.Subject, m.Data)
		}
		var ta newsv1.TaggedArticle
		if err := protojson.Unmarshal(m.Data, &ta); err != nil {
			t.Fatalf("%s: %v", m.Subject, err)
		}
		if want := "news.json.tagged." + ta.GetArticle().GetSource(); m.Subject != want {
			t.Errorf("subject %s, want %s", m.Subject, want)
		}
		// Proto field names, as the JSON Schema documents them.
		if !bytes.Contains(m.Data, []byte(`"taxonomy_version"`)) {
			t.Errorf("record lacks proto field names: %.200s", m.Data)
		}
		got[ta.GetArticle().GetId()] = &ta
	}
	if ids := actorIDs(got[mirrorID1]); !slices.Contains(ids, "isis-k") || !slices.Contains(ids, "taliban") {
		t.Errorf("mirror record 1 actors = %v", ids)
	}
	if ids := actorIDs(got[mirrorID2]); !slices.Contains(ids, "al-qaeda") {
		t.Errorf("mirror record 2 actors = %v", ids)
	}
	// The binary record is still there, unchanged in form.
	tagged, err := js.Stream(t.Context(), bus.StreamTagged)
	if err != nil {
		t.Fatal(err)
	}
	m, err := tagged.GetLastMsgForSubject(t.Context(), "news.tagged.wire")
	if err != nil {
		t.Fatal(err)
	}
	if ct := m.Header.Get(bus.HeaderContentType); ct != bus.ContentType {
		t.Errorf("news.tagged.wire Content-Type %q", ct)
	}
}

func actorIDs(t *newsv1.TaggedArticle) []string {
	var ids []string
	for _, a := range t.GetActors() {
		ids = append(ids, a.GetId())
	}
	return ids
}

// TestNodeConsumer runs examples/node-consumer, with its locked
// dependencies installed from the npm registry, against the JSON mirror.
func TestNodeConsumer(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatal("node is needed for the JavaScript consumer example (apt-get install nodejs npm)")
	}
	npm, err := exec.LookPath("npm")
	if err != nil {
		t.Fatal("npm is needed for the JavaScript consumer example (apt-get install npm)")
	}
	src := filepath.Join("..", "..", "..", "..", "examples", "node-consumer")
	dir := t.TempDir()
	for _, f := range []string{"package.json", "package-lock.json", "consume.mjs"} {
		b, err := os.ReadFile(filepath.Join(src, f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	ctx, cancel := context.WithTimeout(t.Context(), 3*time.Minute)
	defer cancel()
	install := exec.CommandContext(ctx, npm, "ci", "--no-audit", "--no-fund", "--prefer-offline")
	install.Dir = dir
	if out, err := install.CombinedOutput(); err != nil {
		t.Fatalf("npm ci: %v\n%s", err, out)
	}

	url, _ := startMirror(t)
	run := exec.CommandContext(ctx, node, "consume.mjs", "--max", "2")
	run.Dir = dir
	run.Env = append(os.Environ(), "NATS_URL="+url, "CONSUMER=test")
	var stderr bytes.Buffer
	run.Stderr = &stderr
	out, err := run.Output()
	if err != nil {
		t.Fatalf("node consume.mjs: %v\n%s", err, stderr.String())
	}
	type line struct {
		ID, Source, Title, Subject string
		Actors, Topics             []string
	}
	got := map[string]line{}
	for l := range strings.SplitSeq(strings.TrimSpace(string(out)), "\n") {
		var r line
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("output line %q: %v", l, err)
		}
		got[r.ID] = r
	}
	r1, r2 := got[mirrorID1], got[mirrorID2]
	if r1.Title != mirrorArticles[0].GetTitle() || r1.Subject != "news.json.tagged.wire" || !slices.Contains(r1.Actors, "isis-k") || len(r1.Topics) == 0 {
		t.Errorf("record 1 as the example printed it: %+v", r1)
	}
	if r2.Source != "agency" || !slices.Contains(r2.Actors, "al-qaeda") {
		t.Errorf("record 2 as the example printed it: %+v", r2)
	}
}
