package bus_test

import (
	"context"
	"errors"
	"log/slog"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"
	"google.golang.org/protobuf/proto"

	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/bus/bustest"
	"github.com/newsflow/newsflow/plumbing/telemetry"
	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

type env struct {
	js    jetstream.JetStream
	nc    *nats.Conn
	tel   *telemetry.Telemetry
	spans *tracetest.InMemoryExporter
	pub   *bus.Publisher
}

func newEnv(t *testing.T) env {
	t.Helper()
	b := bustest.Start(t)
	return env{js: b.JS, nc: b.Conn, tel: b.Tel, spans: b.Spans, pub: b.Pub}
}

func quietLogger() *slog.Logger { return slog.New(slog.DiscardHandler) }

func TestProvisionIsIdempotent(t *testing.T) {
	e := newEnv(t)
	for range 2 {
		if err := bus.Provision(t.Context(), e.js, bus.DefaultStreamOptions()); err != nil {
			t.Fatalf("provisioning again: %v", err)
		}
	}
	for _, name := range []string{bus.StreamRaw, bus.StreamArticles, bus.StreamTagged, bus.StreamDLQ} {
		if _, err := e.js.Stream(t.Context(), name); err != nil {
			t.Errorf("stream %s: %v", name, err)
		}
	}
	s, err := e.js.Stream(t.Context(), bus.StreamTagged)
	if err != nil {
		t.Fatal(err)
	}
	if got := s.CachedInfo().Config.Subjects; len(got) != 3 {
		t.Errorf("NEWS_TAGGED subjects = %v, want tagged, actor and topic", got)
	}
}

func TestPublishDeduplicatesByMsgID(t *testing.T) {
	e := newEnv(t)
	a := &newsv1.Article{Id: "a1", Title: "t"}
	for range 3 {
		if err := e.pub.Publish(t.Context(), "news.articles.src", "a1", a); err != nil {
			t.Fatal(err)
		}
	}
	s, _ := e.js.Stream(t.Context(), bus.StreamArticles)
	info, err := s.Info(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if info.State.Msgs != 1 {
		t.Fatalf("stream holds %d messages, want 1", info.State.Msgs)
	}
	m, err := s.GetLastMsgForSubject(t.Context(), "news.articles.src")
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Header.Get(bus.HeaderMessageType); got != "newsflow.v1.Article" {
		t.Errorf("message type header = %q", got)
	}
	if m.Header.Get("traceparent") == "" && m.Header.Get("Traceparent") == "" {
		t.Errorf("no trace context in headers: %v", m.Header)
	}
}

func TestSubjects(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"Reuters World", "reuters-world"},
		{"  ", "unknown"},
		{"news.test", "news-test"},
		{"al_qaeda", "al_qaeda"},
		{"ИГИЛ", "unknown"},
	} {
		if got := bus.Token(tc.in); got != tc.want {
			t.Errorf("Token(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if _, err := bus.ArticleSubject("a.b"); !errors.Is(err, bus.ErrInvalidToken) {
		t.Errorf("a token with a dot must be refused, got %v", err)
	}
	if s, _ := bus.ActorSubject("isis-k", "demo"); s != "news.actor.isis-k.demo" {
		t.Errorf("ActorSubject = %q", s)
	}
}

// runStage runs h as the classifier stage until the test ends.
func runStage(t *testing.T, e env, h bus.Handler, cfg bus.RunnerConfig) context.CancelFunc {
	t.Helper()
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() {
		done <- bus.RunStage(ctx, e.js, e.tel, bus.StageClassifier, bus.StageOptions{Runner: cfg}, h, quietLogger())
	}()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("stage returned %v", err)
		}
	})
	return cancel
}

func dlqMessages(t *testing.T, e env) []*newsv1.DeadLetter {
	t.Helper()
	s, err := e.js.Stream(t.Context(), bus.StreamDLQ)
	if err != nil {
		t.Fatal(err)
	}
	info, err := s.Info(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	var out []*newsv1.DeadLetter
	for seq := info.State.FirstSeq; seq <= info.State.LastSeq && info.State.Msgs > 0; seq++ {
		m, err := s.GetMsg(t.Context(), seq)
		if err != nil {
			continue
		}
		var dl newsv1.DeadLetter
		if err := proto.Unmarshal(m.Data, &dl); err != nil {
			t.Fatal(err)
		}
		out = append(out, &dl)
	}
	return out
}

func TestTraceContextSpansStages(t *testing.T) {
	e := newEnv(t)
	got := make(chan struct{}, 1)
	runStage(t, e, bus.Typed(func(ctx context.Context, a *newsv1.Article) error {
		// The handler publishes its output, as a stage does.
		if err := e.pub.Publish(ctx, "news.tagged.src", a.GetId(), &newsv1.TaggedArticle{Article: a}); err != nil {
			return err
		}
		got <- struct{}{}
		return nil
	}), bus.RunnerConfig{})

	ctx, span := e.tel.Tracer("test").Start(t.Context(), "fetch")
	if err := e.pub.Publish(ctx, "news.articles.src", "t1", &newsv1.Article{Id: "t1"}); err != nil {
		t.Fatal(err)
	}
	span.End()
	<-got
	bustest.WaitFor(t, "spans", func() bool { return len(e.spans.GetSpans()) >= 4 })
	want := span.SpanContext().TraceID()
	names := map[string]bool{}
	for _, s := range e.spans.GetSpans() {
		names[s.Name] = true
		if s.SpanContext.TraceID() != want {
			t.Errorf("span %q has trace %s, want %s", s.Name, s.SpanContext.TraceID(), want)
		}
	}
	for _, n := range []string{"fetch", "send news.articles.src", "process news.articles.src", "send news.tagged.src"} {
		if !names[n] {
			t.Errorf("missing span %q (have %v)", n, names)
		}
	}
}

func TestShutdownFinishesInFlightWork(t *testing.T) {
	e := newEnv(t)
	started := make(chan struct{})
	release := make(chan struct{})
	var finished atomic.Int32
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() {
		done <- bus.RunStage(ctx, e.js, e.tel, bus.StageClassifier, bus.StageOptions{}, bus.Typed(func(hctx context.Context, _ *newsv1.Article) error {
			close(started)
			<-release
			if hctx.Err() != nil {
				return hctx.Err() // the handler's context must outlive shutdown
			}
			finished.Add(1)
			return nil
		}), quietLogger())
	}()
	if err := e.pub.Publish(t.Context(), "news.articles.src", "slow", &newsv1.Article{Id: "slow"}); err != nil {
		t.Fatal(err)
	}
	<-started
	cancel() // SIGTERM arrives while the message is in flight
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if finished.Load() != 1 {
		t.Fatal("in-flight message was not finished")
	}
	cons, err := e.js.Consumer(t.Context(), bus.StreamArticles, bus.StageClassifier)
	if err != nil {
		t.Fatal(err)
	}
	bustest.WaitFor(t, "ack of the in-flight message", func() bool {
		info, err := cons.Info(t.Context())
		return err == nil && info.NumAckPending == 0 && info.NumPending == 0 && info.AckFloor.Stream == 1
	})
}

func TestPublishAllWaitsForEveryAck(t *testing.T) {
	e := newEnv(t)
	tagged := &newsv1.TaggedArticle{Article: &newsv1.Article{Id: "a9"}}
	out := []bus.Outgoing{
		{Subject: "news.tagged.src", MsgID: "a9", Msg: tagged},
		{Subject: "news.actor.isis-k.src", MsgID: "a9:actor:isis-k", Msg: tagged},
		{Subject: "news.topic.20000103.src", MsgID: "a9:topic:20000103", Msg: tagged},
	}
	for range 2 { // the second round is a redelivery: every message a duplicate
		if err := e.pub.PublishAll(t.Context(), out); err != nil {
			t.Fatal(err)
		}
	}
	s, err := e.js.Stream(t.Context(), bus.StreamTagged)
	if err != nil {
		t.Fatal(err)
	}
	info, err := s.Info(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if info.State.Msgs != 3 {
		t.Fatalf("NEWS_TAGGED holds %d messages, want 3", info.State.Msgs)
	}
	m, err := s.GetLastMsgForSubject(t.Context(), "news.actor.isis-k.src")
	if err != nil {
		t.Fatal(err)
	}
	if m.Header.Get(bus.HeaderRecordID) != "a9" || m.Header.Get("Nats-Msg-Id") != "a9:actor:isis-k" {
		t.Errorf("headers = %v", m.Header)
	}
	// A subject no stream takes is an error, not a silent loss. No
	// responders is retried (JetStream may be starting), so bound the wait.
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Second)
	defer cancel()
	err = e.pub.PublishAll(ctx, []bus.Outgoing{{Subject: "nowhere.at.all", MsgID: "x", Msg: tagged}})
	if err == nil {
		t.Fatal("publishing to a subject without a stream must fail")
	}
}
