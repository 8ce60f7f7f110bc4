package bus_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go"

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
