package bus_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/bus/bustest"
	"github.com/newsflow/newsflow/plumbing/embedded"
	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// fillBallast publishes to a stream of its own until JetStream refuses for
// want of storage, and returns that refusal.
func fillBallast(t *testing.T, js jetstream.JetStream) error {
	t.Helper()
	ctx := t.Context()
	if _, err := js.CreateStream(ctx, jetstream.StreamConfig{Name: "BALLAST", Subjects: []string{"ballast.>"}, Storage: jetstream.FileStorage}); err != nil {
		t.Fatalf("creating the ballast stream: %v", err)
	}
	chunk := make([]byte, 32<<10)
	for i := range 10_000 {
		if _, err := js.Publish(ctx, fmt.Sprintf("ballast.%d", i), chunk); err != nil {
			return err
		}
	}
	t.Fatal("the ballast never filled JetStream's storage")
	return nil
}

// TestStorageFullHoldsMessages: a stage whose output stream refuses its
// publishes for want of storage (the server's storage limit reached, or
// the stream's own limit with discard-new) acks nothing, dead-letters
// nothing however often the messages come back, says so in its Health,
// and once space is freed hands every message on exactly once and clears
// its Health.
func TestStorageFullHoldsMessages(t *testing.T) {
	for _, tc := range []struct {
		name string
		opts []bustest.Option
		// fill makes the output refuse publishes and returns the refusal.
		fill func(t *testing.T, js jetstream.JetStream) error
		free func(t *testing.T, js jetstream.JetStream)
	}{
		{
			name: "server storage limit",
			opts: []bustest.Option{bustest.WithServer(func(o *embedded.Options) { o.MaxStore = 2 << 20 })},
			fill: fillBallast,
			free: func(t *testing.T, js jetstream.JetStream) {
				if err := js.DeleteStream(t.Context(), "BALLAST"); err != nil {
					t.Fatalf("deleting the ballast: %v", err)
				}
			},
		},
		{
			name: "stream at its MaxBytes, discarding new messages",
			fill: func(t *testing.T, js jetstream.JetStream) error {
				updateTagged(t, js, func(c *jetstream.StreamConfig) { c.Discard, c.MaxBytes = jetstream.DiscardNew, 1 })
				_, err := js.Publish(t.Context(), "news.tagged.probe", []byte("x"))
				return err
			},
			free: func(t *testing.T, js jetstream.JetStream) {
				updateTagged(t, js, func(c *jetstream.StreamConfig) { c.MaxBytes = -1 })
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := bustest.Start(t, tc.opts...)
			e := env{js: b.JS, nc: b.Conn, tel: b.Tel, spans: b.Spans, pub: b.Pub}
			ctx := t.Context()
			const n = 12
			for i := range n {
				id := fmt.Sprintf("a%02d", i)
				if err := e.pub.Publish(ctx, "news.articles.src", id, &newsv1.Article{Id: id, Title: "t"}); err != nil {
					t.Fatal(err)
				}
			}
			refusal := tc.fill(t, e.js)
			if !bus.IsStorageFull(refusal) {
				t.Fatalf("the full store answered %v, which IsStorageFull does not recognise", refusal)
			}

			var mu sync.Mutex
			handled := map[string]int{}
			h := bus.Typed(func(ctx context.Context, a *newsv1.Article) error {
				mu.Lock()
				handled[a.GetId()]++
				mu.Unlock()
				return e.pub.Publish(ctx, "news.tagged.src", "tagged:"+a.GetId(), &newsv1.TaggedArticle{Article: a})
			})
			health := &bus.Health{}
			const maxDeliver = 2
			runStage(t, e, h, bus.RunnerConfig{
				Concurrency: 3, MaxDeliver: maxDeliver, Backoff: func(uint64) time.Duration { return 10 * time.Millisecond },
				PauseMin: 10 * time.Millisecond, PauseMax: 50 * time.Millisecond, Health: health,
			})

			bustest.WaitFor(t, "the stage to report its output full", func() bool {
				_, err := health.Outage()
				return errors.Is(err, bus.ErrStorageFull)
			})
			if err := health.Check(ctx); err == nil || !errors.Is(err, bus.ErrStorageFull) {
				t.Errorf("readiness check = %v, want an error wrapping ErrStorageFull", err)
			}
			// Deliveries beyond MaxDeliver do not dead-letter: the bus is
			// full, which is not the messages' fault.
			bustest.WaitFor(t, "a message to be tried more often than MaxDeliver", func() bool {
				mu.Lock()
				defer mu.Unlock()
				for _, c := range handled {
					if c > maxDeliver+1 {
						return true
					}
				}
				return false
			})
			if dl := dlqMessages(t, e); len(dl) != 0 {
				t.Fatalf("%d dead letters while the bus was full, want none: %v", len(dl), dl[0].GetReason())
			}
			if got := streamMsgs(t, e.js, bus.StreamTagged); got != 0 {
				t.Fatalf("the full stream holds %d messages", got)
			}
			// Nothing acked: every message is still the stage's to hand on.
			cons, err := e.js.Consumer(ctx, bus.StreamArticles, bus.StageClassifier)
			if err != nil {
				t.Fatal(err)
			}
			info, err := cons.Info(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if held := info.NumPending + uint64(info.NumAckPending); held != n {
				t.Fatalf("the consumer holds %d messages, want all %d (acked %d)", held, n, info.AckFloor.Stream)
			}

			tc.free(t, e.js)
			bustest.WaitFor(t, "every message handed on once space is back", func() bool {
				return streamMsgs(t, e.js, bus.StreamTagged) == n
			})
			bustest.WaitFor(t, "the consumer to settle and the stage to report its output clear", func() bool {
				info, err := cons.Info(ctx)
				_, outage := health.Outage()
				return err == nil && info.NumPending == 0 && info.NumAckPending == 0 && outage == nil
			})
			// Exactly once: one message per article id.
			seen := map[string]int{}
			for _, m := range bustest.WaitMsgs(t, e.js, bus.StreamTagged, n) {
				seen[m.Header.Get("Nats-Msg-Id")]++
			}
			for i := range n {
				if id := fmt.Sprintf("tagged:a%02d", i); seen[id] != 1 {
					t.Errorf("%s stored %d times", id, seen[id])
				}
			}
			if dl := dlqMessages(t, e); len(dl) != 0 {
				t.Errorf("%d dead letters, want none", len(dl))
			}
		})
	}
}

func updateTagged(t *testing.T, js jetstream.JetStream, f func(*jetstream.StreamConfig)) {
	t.Helper()
	s, err := js.Stream(t.Context(), bus.StreamTagged)
	if err != nil {
		t.Fatal(err)
	}
	cfg := s.CachedInfo().Config
	f(&cfg)
	if _, err := js.UpdateStream(t.Context(), cfg); err != nil {
		t.Fatalf("updating %s: %v", bus.StreamTagged, err)
	}
}

func streamMsgs(t *testing.T, js jetstream.JetStream, stream string) uint64 {
	t.Helper()
	s, err := js.Stream(t.Context(), stream)
	if err != nil {
		t.Fatal(err)
	}
	info, err := s.Info(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return info.State.Msgs
}

// TestStorageFullError: a publish refused for want of storage says so in
// words and is told apart from other refusals.
func TestStorageFullError(t *testing.T) {
	b := bustest.Start(t, bustest.WithServer(func(o *embedded.Options) { o.MaxStore = 1 << 20 }))
	refusal := fillBallast(t, b.JS)
	err := b.Pub.Publish(t.Context(), "news.raw.src", "r1", &newsv1.RawPage{Id: "r1"})
	if !errors.Is(err, bus.ErrStorageFull) || !bus.IsOutage(err) || bus.IsPermanent(bus.Final(err)) {
		t.Fatalf("publish to a full store = %v; want ErrStorageFull, an outage, not permanent", err)
	}
	// A record and its index copies refused together read as one line.
	t1 := &newsv1.TaggedArticle{Article: &newsv1.Article{Id: "t1"}}
	err = b.Pub.PublishAll(t.Context(), []bus.Outgoing{
		{Subject: "news.tagged.src", MsgID: "t1", Msg: t1},
		{Subject: "news.actor.x.src", MsgID: "t1:x", Msg: t1},
		{Subject: "news.topic.y.src", MsgID: "t1:y", Msg: t1},
	})
	if !errors.Is(err, bus.ErrStorageFull) || strings.Contains(err.Error(), "\n") || !strings.Contains(err.Error(), "2 more") {
		t.Errorf("PublishAll to a full store = %q; want one line wrapping ErrStorageFull that counts the 2 others", err)
	}
	if _, ok := errors.AsType[*jetstream.APIError](refusal); !ok {
		t.Fatalf("refusal %v is not an API error", refusal)
	}
	for _, tc := range []struct {
		err  error
		full bool
	}{
		{refusal, true},
		{&jetstream.APIError{ErrorCode: 10047, Description: "insufficient storage resources available"}, true},
		{&jetstream.APIError{ErrorCode: 10077, Description: "maximum bytes exceeded"}, true},
		{&jetstream.APIError{ErrorCode: 10077, Description: "maximum messages per subject exceeded"}, false},
		{&jetstream.APIError{ErrorCode: jetstream.JSErrCodeStreamMessageExceedsMaximum, Description: "message size exceeds maximum allowed"}, false},
		{fmt.Errorf("wrapped: %w", bus.ErrStorageFull), true},
		{context.DeadlineExceeded, false},
		{nil, false},
	} {
		if got := bus.IsStorageFull(tc.err); got != tc.full {
			t.Errorf("IsStorageFull(%v) = %v, want %v", tc.err, got, tc.full)
		}
	}
}

// TestBatchRunnerFullDestination: a destination that answers its probe
// but refuses every write with an outage error (a database whose disk is
// full) gets the same treatment as one that is down: nothing acked,
// nothing dead-lettered however often the messages come back, Health says
// so; once writes pass, every message is stored once and Health clears.
func TestBatchRunnerFullDestination(t *testing.T) {
	e := newEnv(t)
	s := newBatchSink()
	s.full.Store(true)
	publishArticles(t, e, "f", 30)
	health := &bus.Health{}
	runBatchStage(t, e, s, bus.BatchConfig{
		MaxBatch: 10, MaxWait: 10 * time.Millisecond, MaxDeliver: 2,
		PauseMin: 10 * time.Millisecond, PauseMax: 40 * time.Millisecond,
		Backoff: func(uint64) time.Duration { return 10 * time.Millisecond }, Health: health,
	})
	bustest.WaitFor(t, "the stage to report its destination full", func() bool {
		_, err := health.Outage()
		return err != nil && bus.IsOutage(err)
	})
	// More failed writes than MaxDeliver allows deliveries.
	bustest.WaitFor(t, "several failed writes", func() bool { return s.calls.Load() >= 6 })
	if dl := dlqMessages(t, e); len(dl) != 0 {
		t.Fatalf("%d dead letters while the destination was full: %s", len(dl), dl[0].GetReason())
	}
	if st, _ := s.snapshot(); len(st) != 0 {
		t.Fatalf("%d stored while full", len(st))
	}
	s.full.Store(false)
	bustest.WaitFor(t, "every message stored", func() bool { st, _ := s.snapshot(); return len(st) == 30 })
	bustest.WaitFor(t, "all acked and the destination reported back", func() bool {
		_, err := health.Outage()
		return consumerSettled(t, e) && err == nil
	})
	st, _ := s.snapshot()
	for id, n := range st {
		if n != 1 {
			t.Errorf("%s stored %d times", id, n)
		}
	}
	if dl := dlqMessages(t, e); len(dl) != 0 {
		t.Errorf("%d dead letters", len(dl))
	}
}
