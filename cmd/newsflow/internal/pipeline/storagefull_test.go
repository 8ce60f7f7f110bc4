package pipeline_test

import (
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/newsflow/newsflow/cmd/newsflow/internal/corpus"
	"github.com/newsflow/newsflow/cmd/newsflow/internal/pipeline"
	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/bus/bustest"
	"github.com/newsflow/newsflow/plumbing/embedded"
	"github.com/newsflow/newsflow/plumbing/rawbody"
	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/classifier/classify"
	"github.com/newsflow/newsflow/services/classifier/taxonomy"
	"github.com/newsflow/newsflow/services/fetcher/canon"
	"github.com/newsflow/newsflow/services/fetcher/fetch"
	"github.com/newsflow/newsflow/services/sink/store"
)

// TestStorageFull runs the pipeline on a JetStream server whose storage
// limit is reached once the raw pages are in: the extractor cannot hand
// anything on, so nothing is acked, stored or dead-lettered, the stage
// says it is blocked (Blocked, Ready); once another stream's messages are
// deleted, every article arrives in every stream and in the database
// exactly once without anything being restarted.
func TestStorageFull(t *testing.T) {
	ctx := t.Context()
	logger := slog.New(slog.DiscardHandler)
	env := bustest.Start(t, bustest.WithServiceName("full"), bustest.WithServer(func(o *embedded.Options) { o.MaxStore = 4 << 20 }))
	js := env.JS

	const n = 12
	const origin = "https://full.newsflow.test/"
	for i := range n {
		page := corpus.Generate(7, i, origin)
		raw := &newsv1.RawPage{
			Id: canon.ID(page.URL), Source: "full", FeedUrl: origin + "feed.xml", ItemUrl: page.URL, FinalUrl: page.URL,
			HttpStatus: 200, ContentType: "text/html; charset=utf-8", FetchedAt: timestamppb.Now(),
			Item: &newsv1.FeedItem{Title: page.Title},
		}
		if err := rawbody.Set(raw, page.HTML); err != nil {
			t.Fatal(err)
		}
		if err := env.Pub.Publish(ctx, "news.raw.full", bus.RawMsgID(raw.GetId()), raw); err != nil {
			t.Fatalf("publishing page %d: %v", i, err)
		}
	}
	// Another stream takes the rest of the storage.
	if _, err := js.CreateStream(ctx, jetstream.StreamConfig{Name: "BALLAST", Subjects: []string{"ballast.>"}}); err != nil {
		t.Fatal(err)
	}
	chunk := make([]byte, 64<<10)
	for i := 0; ; i++ {
		_, err := js.Publish(ctx, fmt.Sprintf("ballast.%d", i), chunk)
		if bus.IsStorageFull(err) {
			break
		}
		if err != nil || i > 1000 {
			t.Fatalf("filling the storage: %v after %d messages", err, i)
		}
	}

	db, err := store.Open(ctx, "sqlite://"+filepath.Join(t.TempDir(), "full.db"), logger)
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
	p, err := pipeline.Start(ctx, pipeline.Config{
		JS: js, Telemetry: env.Tel, Store: db, Classifier: cls, Logger: logger,
		Stage: bus.StageOptions{Runner: bus.RunnerConfig{
			Concurrency: 2, MaxDeliver: 2, Backoff: func(uint64) time.Duration { return 10 * time.Millisecond },
			PauseMin: 10 * time.Millisecond, PauseMax: 100 * time.Millisecond,
		}},
		Fetch: fetch.DefaultConfig(), SeenBucket: "full_seen",
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := p.Stop(); err != nil {
			t.Errorf("stopping: %v", err)
		}
	})

	bustest.WaitFor(t, "the extractor to report its output full", func() bool {
		for _, b := range p.Blocked() {
			if b.Stage == bus.StageExtractor && errors.Is(b.Err, bus.ErrStorageFull) {
				return true
			}
		}
		return false
	})
	if err := p.Ready(ctx); !errors.Is(err, bus.ErrStorageFull) {
		t.Errorf("Ready = %v, want the extractor's storage-full error", err)
	}
	raw, err := js.Consumer(ctx, bus.StreamRaw, bus.StageExtractor)
	if err != nil {
		t.Fatal(err)
	}
	info, err := raw.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if held := info.NumPending + uint64(info.NumAckPending); held != n {
		t.Errorf("the extractor's consumer holds %d pages, want all %d", held, n)
	}
	if stored, err := db.Count(ctx); err != nil || stored != 0 {
		t.Errorf("stored %d articles (%v) while the bus was full", stored, err)
	}
	checkNoDeadLetters(t, js)

	if err := js.DeleteStream(ctx, "BALLAST"); err != nil {
		t.Fatal(err)
	}
	var stored int64
	bustest.WaitFor(t, "every article stored and the pipeline settled", func() bool {
		var err error
		if stored, err = db.Count(ctx); err != nil {
			t.Fatal(err)
		}
		settled, err := pipeline.Settled(ctx, js)
		return err == nil && settled && stored == n
	})
	if b := p.Blocked(); len(b) != 0 {
		t.Errorf("still blocked after space came back: %+v", b)
	}
	if err := p.Ready(ctx); err != nil {
		t.Errorf("Ready = %v after space came back", err)
	}
	checkOncePerStream(ctx, t, js, n)
	checkNoDeadLetters(t, js)
}

func checkNoDeadLetters(t *testing.T, js jetstream.JetStream) {
	t.Helper()
	dlq, err := js.Stream(t.Context(), bus.StreamDLQ)
	if err != nil {
		t.Fatal(err)
	}
	info, err := dlq.Info(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if info.State.Msgs != 0 {
		t.Errorf("%d dead letters: the bus being full is not the messages' fault", info.State.Msgs)
	}
}
