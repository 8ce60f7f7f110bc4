package bustest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// WaitTimeout bounds WaitFor: generous, because a shared two-core
// machine under -race can be slow, and a passing test never waits it out.
const WaitTimeout = 20 * time.Second

// WaitFor polls cond until it holds and fails t if it has not after
// WaitTimeout (or when t's context ends). cond runs on the test's own
// goroutine, so it may call t.Fatal. It is the replacement for a sleep:
// the test waits for the state it needs, not for a guess of how long it
// takes.
func WaitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), WaitTimeout)
	defer cancel()
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	for !cond() {
		select {
		case <-ctx.Done():
			t.Fatalf("timed out waiting for %s", what)
		case <-tick.C:
		}
	}
}

// WaitMsgs waits until stream holds at least n messages and returns the
// first n, in stream order.
func WaitMsgs(t testing.TB, js jetstream.JetStream, stream string, n int) []*jetstream.RawStreamMsg {
	t.Helper()
	s, err := js.Stream(t.Context(), stream)
	if err != nil {
		t.Fatalf("opening stream %s: %v", stream, err)
	}
	WaitFor(t, fmt.Sprintf("%s to hold %d messages", stream, n), func() bool {
		info, err := s.Info(t.Context())
		return err == nil && info.State.Msgs >= uint64(n)
	})
	out := make([]*jetstream.RawStreamMsg, 0, n)
	for seq := uint64(1); len(out) < n; seq++ {
		m, err := s.GetMsg(t.Context(), seq)
		if err != nil {
			t.Fatalf("reading %s message %d: %v", stream, seq, err)
		}
		out = append(out, m)
	}
	return out
}
