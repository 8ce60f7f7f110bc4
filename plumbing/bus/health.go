package bus

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// Health is what a stage's runner tells the rest of its process about its
// output: whether the destination it hands messages on to (the next
// stream, the database) takes them. The runner sets it when an outage
// starts (a publish refused for want of storage, a write to a database that
// is down) and clears it when a message gets through again; the service's
// /readyz reports it (Check) and a benchmark fails on it instead of
// waiting. The zero value is ready; a nil *Health ignores everything.
type Health struct {
	mu    sync.Mutex
	err   error
	since time.Time
}

// Outage returns the error of the outage going on and when it started, or
// a nil error.
func (h *Health) Outage() (time.Time, error) {
	if h == nil {
		return time.Time{}, nil
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.since, h.err
}

// Check returns an error naming the outage going on, for /readyz: the
// stage is alive and keeps its input, but hands nothing on.
func (h *Health) Check(context.Context) error {
	since, err := h.Outage()
	if err == nil {
		return nil
	}
	return fmt.Errorf("output blocked since %s (%s ago), holding messages until it takes them again: %w",
		since.UTC().Format(time.RFC3339), time.Since(since).Round(time.Second), err)
}

// set records err as the outage's latest error; it reports whether the
// outage starts now.
func (h *Health) set(err error) bool {
	if h == nil {
		return false
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	first := h.err == nil
	if first {
		h.since = time.Now()
	}
	h.err = err
	return first
}

// clear ends the outage; it returns when it had started, zero if there was
// none.
func (h *Health) clear() time.Time {
	if h == nil {
		return time.Time{}
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	since := h.since
	if h.err == nil {
		since = time.Time{}
	}
	h.err, h.since = nil, time.Time{}
	return since
}
