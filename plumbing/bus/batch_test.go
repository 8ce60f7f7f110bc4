package bus_test

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/bus/bustest"
	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// batchSink records what a batching stage stored, and fails on demand.
type batchSink struct {
	mu      sync.Mutex
	stored  map[string]int
	batches []int
	down    atomic.Bool // flush and probe fail
	full    atomic.Bool // flush fails with an outage error, the probe passes
	poison  string      // a batch holding this id fails while the probe passes
	calls   atomic.Int32
	probes  atomic.Int32
	block   chan struct{} // when set, flush waits on it
}

func newBatchSink() *batchSink { return &batchSink{stored: map[string]int{}} }

func (s *batchSink) flush(ctx context.Context, items []*newsv1.Article) error {
	s.calls.Add(1)
	if s.block != nil {
		<-s.block
	}
	if s.down.Load() {
		return errors.New("database is down")
	}
	if s.full.Load() {
		return bus.Outage(errors.New("database or disk is full"))
	}
	for _, a := range items {
		if s.poison != "" && a.GetId() == s.poison {
			return fmt.Errorf("storing %s: value too long", a.GetId())
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.batches = append(s.batches, len(items))
	for _, a := range items {
		s.stored[a.GetId()]++
	}
	return nil
}

func (s *batchSink) probe(context.Context) error {
	s.probes.Add(1)
	if s.down.Load() {
		return errors.New("database is down")
	}
	return nil
}

func (s *batchSink) snapshot() (map[string]int, []int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return maps.Clone(s.stored), slices.Clone(s.batches)
}

func decodeArticle(_ context.Context, m jetstream.Msg) (*newsv1.Article, error) {
	a, err := bus.DecodeProto[newsv1.Article](m)
	if err != nil {
		return nil, err
	}
	if a.GetId() == "" {
		return nil, bus.PermanentKind(bus.KindInvalid, errors.New("article has no id"))
	}
	return a, nil
}

// runBatchStage runs a batching classifier stage over s until the test
// ends (or the returned cancel is called) and returns its result channel.
func runBatchStage(t *testing.T, e env, s *batchSink, cfg bus.BatchConfig) (context.CancelFunc, <-chan error) {
	t.Helper()
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() {
		done <- bus.RunBatchStage(ctx, e.js, e.tel, bus.StageClassifier,
			bus.BatchStageOptions{Batch: cfg, Probe: s.probe}, decodeArticle, s.flush, quietLogger())
	}()
	t.Cleanup(cancel)
	return cancel, done
}

func publishArticles(t *testing.T, e env, prefix string, n int) {
	t.Helper()
	for i := range n {
		id := fmt.Sprintf("%s%04d", prefix, i)
		if err := e.pub.Publish(t.Context(), "news.articles.src", id, &newsv1.Article{Id: id}); err != nil {
			t.Fatal(err)
		}
	}
}

func consumerSettled(t *testing.T, e env) bool {
	cons, err := e.js.Consumer(t.Context(), bus.StreamArticles, bus.StageClassifier)
	if err != nil {
		return false
	}
	info, err := cons.Info(t.Context())
	return err == nil && info.NumPending == 0 && info.NumAckPending == 0
}

func TestBatchRunnerBatchesAndAcks(t *testing.T) {
	e := newEnv(t)
	s := newBatchSink()
	publishArticles(t, e, "a", 450)
	runBatchStage(t, e, s, bus.BatchConfig{MaxBatch: 100, MaxWait: 50 * time.Millisecond})
	bustest.WaitFor(t, "450 stored", func() bool { st, _ := s.snapshot(); return len(st) == 450 })
	bustest.WaitFor(t, "all acked", func() bool { return consumerSettled(t, e) })
	st, batches := s.snapshot()
	for id, n := range st {
		if n != 1 {
			t.Errorf("%s stored %d times", id, n)
		}
	}
	if slices.Max(batches) > 100 {
		t.Errorf("batch sizes %v exceed 100", batches)
	}
	if len(batches) > 20 {
		t.Errorf("%d batches for 450 queued messages, want them batched: %v", len(batches), batches)
	}
}

func TestBatchRunnerLatencyBound(t *testing.T) {
	e := newEnv(t)
	s := newBatchSink()
	runBatchStage(t, e, s, bus.BatchConfig{MaxBatch: 200, MaxWait: 20 * time.Millisecond})
	start := time.Now()
	publishArticles(t, e, "lonely", 1)
	bustest.WaitFor(t, "a lone message written", func() bool { st, _ := s.snapshot(); return len(st) == 1 })
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("a lone message took %v", d)
	}
}

func TestBatchRunnerDeadLettersInvalidAlone(t *testing.T) {
	e := newEnv(t)
	s := newBatchSink()
	publishArticles(t, e, "ok", 3)
	if err := e.pub.Publish(t.Context(), "news.articles.src", "noid", &newsv1.Article{Title: "no id"}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.js.Publish(t.Context(), "news.articles.src", []byte{0xff, 0xff, 0xff}); err != nil {
		t.Fatal(err)
	}
	publishArticles(t, e, "more", 3)
	runBatchStage(t, e, s, bus.BatchConfig{})
	bustest.WaitFor(t, "valid messages stored", func() bool { st, _ := s.snapshot(); return len(st) == 6 })
	bustest.WaitFor(t, "two dead letters", func() bool { return len(dlqMessages(t, e)) == 2 })
	bustest.WaitFor(t, "all settled", func() bool { return consumerSettled(t, e) })
	kinds := []string{}
	for _, dl := range dlqMessages(t, e) {
		kinds = append(kinds, dl.GetKind())
		if dl.GetReason() == "" || dl.GetStage() != bus.StageClassifier {
			t.Errorf("dead letter without reason or stage: %v", dl)
		}
	}
	slices.Sort(kinds)
	if !slices.Equal(kinds, []string{"decode", "invalid"}) {
		t.Errorf("dead letter kinds = %v", kinds)
	}
}

// TestBatchRunnerBackpressure takes the destination down: the runner naks,
// stops pulling while the probe fails, and after it returns stores every
// message exactly once without dead-lettering any.
func TestBatchRunnerBackpressure(t *testing.T) {
	e := newEnv(t)
	s := newBatchSink()
	s.down.Store(true)
	publishArticles(t, e, "b", 50)
	runBatchStage(t, e, s, bus.BatchConfig{
		MaxBatch: 20, MaxWait: 10 * time.Millisecond, MaxDeliver: 2,
		PauseMin: 20 * time.Millisecond, PauseMax: 100 * time.Millisecond,
		Backoff: func(uint64) time.Duration { return 10 * time.Millisecond },
	})
	bustest.WaitFor(t, "a failed write", func() bool { return s.calls.Load() >= 1 })
	// The outage goes on for several pauses, each ended by a failing probe.
	bustest.WaitFor(t, "the probe to fail five times", func() bool { return s.probes.Load() >= 5 })
	if c := s.calls.Load(); c > 2 {
		t.Errorf("%d writes attempted while the probe failed; pulling must stop", c)
	}
	s.down.Store(false)
	publishArticles(t, e, "c", 10)
	bustest.WaitFor(t, "every message stored", func() bool { st, _ := s.snapshot(); return len(st) == 60 })
	bustest.WaitFor(t, "all acked", func() bool { return consumerSettled(t, e) })
	st, _ := s.snapshot()
	for id, n := range st {
		if n != 1 {
			t.Errorf("%s stored %d times", id, n)
		}
	}
	if dls := dlqMessages(t, e); len(dls) != 0 {
		t.Errorf("an outage dead-lettered %d messages", len(dls))
	}
}

// TestBatchRunnerIsolatesBadRecord: a batch failing while the destination
// answers is retried message by message; the bad one ends as
// max_deliveries, the others are stored.
func TestBatchRunnerIsolatesBadRecord(t *testing.T) {
	e := newEnv(t)
	s := newBatchSink()
	s.poison = "p0003"
	publishArticles(t, e, "p", 8)
	runBatchStage(t, e, s, bus.BatchConfig{
		MaxBatch: 20, MaxWait: 20 * time.Millisecond, MaxDeliver: 2,
		PauseMin: 10 * time.Millisecond, Backoff: func(uint64) time.Duration { return 10 * time.Millisecond },
	})
	bustest.WaitFor(t, "good ones stored", func() bool { st, _ := s.snapshot(); return len(st) == 7 })
	bustest.WaitFor(t, "bad one dead-lettered", func() bool { return len(dlqMessages(t, e)) == 1 })
	dl := dlqMessages(t, e)[0]
	if dl.GetKind() != "max_deliveries" || !strings.Contains(dl.GetReason(), "value too long") || dl.GetRecordId() != "p0003" {
		t.Errorf("dead letter = %v", dl)
	}
	bustest.WaitFor(t, "all settled", func() bool { return consumerSettled(t, e) })
}

func TestBatchRunnerTracesEachMessage(t *testing.T) {
	e := newEnv(t)
	s := newBatchSink()
	runBatchStage(t, e, s, bus.BatchConfig{MaxWait: 50 * time.Millisecond})
	var traces []string
	for i := range 3 {
		ctx, span := e.tel.Tracer("test").Start(t.Context(), "fetch")
		id := fmt.Sprintf("t%d", i)
		if err := e.pub.Publish(ctx, "news.articles.src", id, &newsv1.Article{Id: id}); err != nil {
			t.Fatal(err)
		}
		span.End()
		traces = append(traces, span.SpanContext().TraceID().String())
	}
	bustest.WaitFor(t, "stored", func() bool { st, _ := s.snapshot(); return len(st) == 3 })
	bustest.WaitFor(t, "spans", func() bool {
		n := 0
		for _, sp := range e.spans.GetSpans() {
			if sp.Name == "process news.articles.src" {
				n++
			}
		}
		return n == 3
	})
	processTraces := map[string]bool{}
	linked := map[string]bool{}
	for _, sp := range e.spans.GetSpans() {
		switch sp.Name {
		case "process news.articles.src":
			processTraces[sp.SpanContext.TraceID().String()] = true
		case "flush " + bus.StageClassifier:
			for _, l := range sp.Links {
				linked[l.SpanContext.TraceID().String()] = true
			}
		}
	}
	for _, tr := range traces {
		if !processTraces[tr] {
			t.Errorf("trace %s has no process span: one article must stay one trace", tr)
		}
		if !linked[tr] {
			t.Errorf("no flush span links trace %s", tr)
		}
	}
}

func TestBatchRunnerShutdownWritesBatchInHand(t *testing.T) {
	e := newEnv(t)
	s := newBatchSink()
	s.block = make(chan struct{})
	publishArticles(t, e, "s", 5)
	cancel, done := runBatchStage(t, e, s, bus.BatchConfig{MaxWait: 50 * time.Millisecond, InProgressEvery: 20 * time.Millisecond})
	bustest.WaitFor(t, "a write in flight", func() bool { return s.calls.Load() == 1 })
	cancel() // SIGTERM while the batch is written
	close(s.block)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	st, _ := s.snapshot()
	if len(st) != 5 {
		t.Fatalf("stored %d of the 5 messages in flight", len(st))
	}
	bustest.WaitFor(t, "acked", func() bool { return consumerSettled(t, e) })
}

// TestBatchRunnerBatchFitsAckPending checks that a batch takes at most half
// of the consumer's MaxAckPending, so that the next batch is delivered while
// one is written instead of every batch waiting out MaxWait for messages
// the server may not send.
func TestBatchRunnerBatchFitsAckPending(t *testing.T) {
	e := newEnv(t)
	s := newBatchSink()
	publishArticles(t, e, "p", 120)
	ctx, cancel := context.WithCancel(t.Context())
	t.Cleanup(cancel)
	go func() {
		_ = bus.RunBatchStage(ctx, e.js, e.tel, bus.StageClassifier, bus.BatchStageOptions{
			Batch:    bus.BatchConfig{MaxBatch: 200, MaxWait: 50 * time.Millisecond},
			Consumer: bus.ConsumerOptions{MaxAckPending: 20},
			Probe:    s.probe,
		}, decodeArticle, s.flush, quietLogger())
	}()
	bustest.WaitFor(t, "120 stored", func() bool { st, _ := s.snapshot(); return len(st) == 120 })
	_, batches := s.snapshot()
	if slices.Max(batches) > 10 {
		t.Errorf("batch sizes %v exceed half of MaxAckPending (10)", batches)
	}
}
