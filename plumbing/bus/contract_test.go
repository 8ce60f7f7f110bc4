package bus_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"google.golang.org/protobuf/proto"

	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/bus/bustest"
	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// shape runs a handler of one article as a stage of the classifier,
// either alone per message (Runner) or in batches (BatchRunner), the way
// watermill runs one pub/sub test suite against every implementation.
// The handler h says what happens to an article; stored is called for
// the articles whose handling was committed (acked), once per commit.
type shape struct {
	name string
	run  func(t *testing.T, e env, h func(context.Context, *newsv1.Article) error, stored func(id string), maxDeliver int)
}

var shapes = []shape{
	{"single", func(t *testing.T, e env, h func(context.Context, *newsv1.Article) error, stored func(string), maxDeliver int) {
		runStage(t, e, bus.Typed(func(ctx context.Context, a *newsv1.Article) error {
			err := h(ctx, a)
			if err == nil {
				stored(a.GetId())
			}
			return err
		}), bus.RunnerConfig{
			Concurrency: 2, MaxDeliver: maxDeliver,
			Backoff: func(uint64) time.Duration { return 10 * time.Millisecond },
		})
	}},
	{"batch", func(t *testing.T, e env, h func(context.Context, *newsv1.Article) error, stored func(string), maxDeliver int) {
		t.Helper()
		ctx, cancel := context.WithCancel(t.Context())
		done := make(chan error, 1)
		flush := func(ctx context.Context, items []*newsv1.Article) error {
			var errs []error
			for _, a := range items {
				errs = append(errs, h(ctx, a))
			}
			if err := errors.Join(errs...); err != nil {
				return err // the transaction rolls back: nothing stored
			}
			for _, a := range items {
				stored(a.GetId())
			}
			return nil
		}
		go func() {
			done <- bus.RunBatchStage(ctx, e.js, e.tel, bus.StageClassifier, bus.BatchStageOptions{
				Batch: bus.BatchConfig{
					MaxWait: 20 * time.Millisecond, MaxDeliver: maxDeliver, PauseMin: 10 * time.Millisecond, PauseMax: 20 * time.Millisecond,
					Backoff: func(uint64) time.Duration { return 10 * time.Millisecond },
				},
				Probe: func(context.Context) error { return nil },
			}, decodeArticle, flush, quietLogger())
		}()
		t.Cleanup(func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("stage returned %v", err)
			}
		})
	}},
}

// TestDeliveryContract is the delivery contract every stage relies on,
// run against both shapes: success is acked once; a transient failure is
// retried until it succeeds; a permanent error, a panic (with its stack),
// an undecodable payload and a message that fails MaxDeliver times are
// each dead-lettered once with their kind and reason and then termed; a
// dead letter too large to carry its payload carries its digest; nothing
// stays pending.
func TestDeliveryContract(t *testing.T) {
	for _, sh := range shapes {
		t.Run(sh.name, func(t *testing.T) {
			e := newEnv(t)
			var (
				mu        sync.Mutex
				calls     = map[string]int{}
				successes = map[string]int{}
			)
			h := func(_ context.Context, a *newsv1.Article) error {
				mu.Lock()
				calls[a.GetId()]++
				n := calls[a.GetId()]
				mu.Unlock()
				switch a.GetId() {
				case "flaky": // fails twice, then succeeds
					if n < 3 {
						return errors.New("database unavailable")
					}
				case "bad":
					return bus.Permanent(errors.New("page has no body"))
				case "huge":
					return bus.PermanentKind(bus.KindTooLarge, errors.New("article text over the limit"))
				case "boom":
					panic("nil map in " + a.GetId())
				case "always":
					return errors.New("database unavailable")
				}
				return nil
			}
			stored := func(id string) {
				mu.Lock()
				successes[id]++
				mu.Unlock()
			}
			const maxDeliver = 3
			sh.run(t, e, h, stored, maxDeliver)

			for _, id := range []string{"ok", "flaky", "bad", "boom", "always", "ok2"} {
				if err := e.pub.Publish(t.Context(), "news.articles.src", id, &newsv1.Article{Id: id}); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := e.js.Publish(t.Context(), "news.articles.src", []byte{0xff, 0xff, 0xff}); err != nil {
				t.Fatal(err)
			}
			// An article close to the payload limit: its dead letter cannot
			// carry it as well as its envelope.
			huge := &newsv1.Article{Id: "huge", Paragraphs: []string{strings.Repeat("x", int(e.nc.MaxPayload())-8<<10)}}
			if err := e.pub.Publish(t.Context(), "news.articles.src", "huge", huge); err != nil {
				t.Fatal(err)
			}

			bustest.WaitFor(t, "five dead letters", func() bool { return len(dlqMessages(t, e)) == 5 })
			bustest.WaitFor(t, "consumer to settle", func() bool { return consumerSettled(t, e) })
			byID := map[string]*newsv1.DeadLetter{}
			for _, dl := range dlqMessages(t, e) {
				if byID[dl.GetRecordId()] != nil {
					t.Errorf("two dead letters for %q", dl.GetRecordId())
				}
				byID[dl.GetRecordId()] = dl
				if dl.GetReason() == "" || dl.GetStage() != bus.StageClassifier || dl.GetSubject() != "news.articles.src" ||
					dl.GetStream() != bus.StreamArticles || dl.GetStreamSequence() == 0 {
					t.Errorf("incomplete dead letter: %v", dl)
				}
			}
			want := map[string]bus.Kind{"bad": bus.KindPermanent, "boom": bus.KindPanic, "always": bus.KindMaxDeliveries, "": bus.KindDecode, "huge": bus.KindTooLarge}
			for id, k := range want {
				dl := byID[id]
				if dl == nil {
					t.Fatalf("no dead letter for %q", id)
				}
				if bus.Kind(dl.GetKind()) != k {
					t.Errorf("dead letter for %q has kind %q, want %q", id, dl.GetKind(), k)
				}
				if id != "huge" && len(dl.GetPayload()) == 0 {
					t.Errorf("dead letter for %q lost its payload", id)
				}
			}
			if st := byID["boom"].GetStack(); !strings.Contains(st, "contract_test.go") {
				t.Errorf("panic dead letter has no stack of the handler: %q", st)
			}
			if d := byID["always"].GetDeliveries(); d != maxDeliver {
				t.Errorf("always-failing message dead-lettered after %d deliveries, want %d", d, maxDeliver)
			}
			hd := byID["huge"]
			data, err := proto.Marshal(huge)
			if err != nil {
				t.Fatal(err)
			}
			sum := sha256.Sum256(data)
			if len(hd.GetPayload()) != 0 || hd.GetPayloadSha256() != hex.EncodeToString(sum[:]) || hd.GetPayloadSize() != uint64(len(data)) ||
				hd.GetHeaders()[bus.HeaderRecordID] != "huge" {
				t.Errorf("too-large dead letter: payload %d bytes, sha256 %q, size %d, headers %v", len(hd.GetPayload()), hd.GetPayloadSha256(), hd.GetPayloadSize(), hd.GetHeaders())
			}
			mu.Lock()
			defer mu.Unlock()
			for _, id := range []string{"ok", "ok2", "flaky"} {
				if successes[id] != 1 {
					t.Errorf("%s handled successfully %d times, want once", id, successes[id])
				}
			}
			if calls["always"] < maxDeliver {
				t.Errorf("always-failing message tried %d times, want at least %d", calls["always"], maxDeliver)
			}
		})
	}
}
