package bus_test

import (
	"context"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/newsflow/newsflow/plumbing/bus"
)

// progressMsg counts the in-progress signals sent for a delivery; it is
// all KeepAlive touches of a message.
type progressMsg struct {
	jetstream.Msg
	progress atomic.Int32
}

func (m *progressMsg) InProgress() error { m.progress.Add(1); return nil }

// TestKeepAlive runs in a synctest bubble, so the ticks are exact: one
// in-progress signal per interval while the handler runs, none once it
// returned or its context ended.
func TestKeepAlive(t *testing.T) {
	const every = 10 * time.Second
	for _, tt := range []struct {
		name   string
		runFor time.Duration
		cancel time.Duration // cancel the handler's context after this (0: never)
		want   int32
	}{
		{name: "returns before the first tick", runFor: every - time.Second, want: 0},
		{name: "three ticks", runFor: 3*every + time.Second, want: 3},
		{name: "stops at cancellation", runFor: 5*every + time.Second, cancel: 2*every + time.Second, want: 2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				ctx, cancel := context.WithCancel(t.Context())
				defer cancel()
				if tt.cancel > 0 {
					time.AfterFunc(tt.cancel, cancel)
				}
				m := &progressMsg{}
				h := bus.KeepAlive(every)(func(context.Context, jetstream.Msg) error {
					time.Sleep(tt.runFor) // virtual time inside the bubble
					return nil
				})
				if err := h(ctx, m); err != nil {
					t.Fatal(err)
				}
				if got := m.progress.Load(); got != tt.want {
					t.Fatalf("in-progress signals while running: %d, want %d", got, tt.want)
				}
				time.Sleep(10 * every)
				synctest.Wait()
				if got := m.progress.Load(); got != tt.want {
					t.Fatalf("in-progress signals after the handler returned: %d, want %d", got, tt.want)
				}
			})
		})
	}
}
