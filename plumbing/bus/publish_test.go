package bus_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/newsflow/newsflow/plumbing/bus"
	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// blackhole answers no publish: a subscriber takes every request on
// subject and never replies, the way an ack is lost when the server
// restarts between request and reply.
func blackhole(t *testing.T, nc *nats.Conn, subject string) func() []string {
	t.Helper()
	var mu sync.Mutex
	var ids []string
	sub, err := nc.Subscribe(subject, func(m *nats.Msg) {
		mu.Lock()
		defer mu.Unlock()
		ids = append(ids, m.Header.Get(nats.MsgIdHdr))
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sub.Unsubscribe() })
	if err := nc.Flush(); err != nil {
		t.Fatal(err)
	}
	return func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), ids...)
	}
}

// TestPublishWithoutDeadlineIsBounded: a caller that gives no deadline
// still gets an answer, after retries that all carry the same
// Nats-Msg-Id, so a retry of a publish that did land is a no-op.
func TestPublishWithoutDeadlineIsBounded(t *testing.T) {
	e := newEnv(t)
	const subject = "blackhole.publish"
	requests := blackhole(t, e.nc, subject)
	pub := bus.NewPublisher(e.js, e.tel.TracerProvider, e.tel.Propagator, bus.WithPublishTimeouts(50*time.Millisecond, 700*time.Millisecond))

	for _, tc := range []struct {
		name    string
		publish func(ctx context.Context) error
	}{
		{"Publish", func(ctx context.Context) error {
			return pub.Publish(ctx, subject, "id-1", &newsv1.RawPage{Id: "id-1"})
		}},
		{"PublishAll", func(ctx context.Context) error {
			return pub.PublishAll(ctx, []bus.Outgoing{{Subject: subject, MsgID: "id-1", Msg: &newsv1.RawPage{Id: "id-1"}}})
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := len(requests())
			done := make(chan error, 1)
			go func() { done <- tc.publish(context.Background()) }()
			var err error
			select {
			case err = <-done:
			case <-time.After(time.Minute):
				t.Fatal("publish without a deadline did not return")
			}
			if !errors.Is(err, context.DeadlineExceeded) {
				t.Fatalf("error = %v, want one wrapping context.DeadlineExceeded", err)
			}
			got := requests()[before:]
			if len(got) < 2 {
				t.Fatalf("%d attempts, want the lost publish retried", len(got))
			}
			for _, id := range got {
				if id != "id-1" {
					t.Fatalf("retry carried Nats-Msg-Id %q, want the original id-1", id)
				}
			}
		})
	}
}

// TestPublishFinalErrorIsNotRetried: a message that can never fit is
// refused at once, not retried until the budget runs out.
func TestPublishFinalErrorIsNotRetried(t *testing.T) {
	e := newEnv(t)
	pub := bus.NewPublisher(e.js, e.tel.TracerProvider, e.tel.Propagator, bus.WithPublishTimeouts(time.Second, time.Hour))
	subject, err := bus.RawSubject("big")
	if err != nil {
		t.Fatal(err)
	}
	huge := &newsv1.RawPage{Id: "big", Body: make([]byte, int(e.nc.MaxPayload())+1)}
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	err = pub.Publish(ctx, subject, "big", huge)
	if !errors.Is(err, nats.ErrMaxPayload) {
		t.Fatalf("error = %v, want nats.ErrMaxPayload", err)
	}
	if ctx.Err() != nil {
		t.Fatal("a final error was retried until the deadline")
	}
}

// TestPreemptedPublishIsReported: when the stream already holds another
// message under a record's Nats-Msg-Id (published first by someone else),
// the publish fails with ErrPreempted instead of counting the duplicate as
// stored; a record produced again for a redelivery, with only its
// classification time changed, is a plain duplicate.
func TestPreemptedPublishIsReported(t *testing.T) {
	e := newEnv(t)
	real := &newsv1.TaggedArticle{Article: &newsv1.Article{Id: "a1", Title: "Real"}, ClassifiedAt: timestamppb.New(time.Unix(100, 0))}
	forged := &newsv1.TaggedArticle{Article: &newsv1.Article{Id: "a1", Title: "Forged"}}
	data, err := proto.Marshal(forged)
	if err != nil {
		t.Fatal(err)
	}
	// The forger publishes first, under the id the real record will use.
	if _, err := e.js.Publish(t.Context(), "news.tagged.src", data, jetstream.WithMsgID("a1:1:t")); err != nil {
		t.Fatal(err)
	}
	err = e.pub.Publish(t.Context(), "news.tagged.src", "a1:1:t", real)
	if !errors.Is(err, bus.ErrPreempted) || bus.KindOf(bus.Final(err)) != bus.KindForged {
		t.Fatalf("Publish over a pre-empted id: %v", err)
	}
	err = e.pub.PublishAll(t.Context(), []bus.Outgoing{{Subject: "news.tagged.src", MsgID: "a1:1:t", Msg: real}})
	if !errors.Is(err, bus.ErrPreempted) {
		t.Fatalf("PublishAll over a pre-empted id: %v", err)
	}

	// A genuine redelivery: stored once, then produced again later.
	mine := &newsv1.TaggedArticle{Article: &newsv1.Article{Id: "a2", Title: "Mine"}, ClassifiedAt: timestamppb.New(time.Unix(100, 0))}
	if err := e.pub.Publish(t.Context(), "news.tagged.src", "a2:1:t", mine); err != nil {
		t.Fatal(err)
	}
	mine.ClassifiedAt = timestamppb.New(time.Unix(200, 0))
	if err := e.pub.Publish(t.Context(), "news.tagged.src", "a2:1:t", mine); err != nil {
		t.Errorf("Publish of a redelivered record: %v", err)
	}
	if err := e.pub.PublishAll(t.Context(), []bus.Outgoing{{Subject: "news.tagged.src", MsgID: "a2:1:t", Msg: mine}}); err != nil {
		t.Errorf("PublishAll of a redelivered record: %v", err)
	}
	s, err := e.js.Stream(t.Context(), bus.StreamTagged)
	if err != nil {
		t.Fatal(err)
	}
	info, err := s.Info(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if info.State.Msgs != 2 {
		t.Errorf("NEWS_TAGGED holds %d messages, want the forged one and mine", info.State.Msgs)
	}
}
