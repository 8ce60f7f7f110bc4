package catalog

import (
	"context"
	crand "crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// HostSlots implements fetch.HostSlots over the hosts bucket: one request
// per host at a time across every replica, and at least the host's interval
// between the end of one and the start of the next.
//
// A slot entry holds the current holder and its deadline (Hold after it
// started, so a replica that dies mid-request blocks the host for Hold at
// most) and the earliest start of the next request. Taking and releasing a
// slot are compare-and-set writes; a replica that finds the slot busy
// waits until it should be free (between 5ms and 1s) and tries again.
type HostSlots struct {
	kv   jetstream.KeyValue
	id   string
	hold time.Duration
	now  func() time.Time
}

type slot struct {
	Holder string    `json:"holder,omitempty"`
	Until  time.Time `json:"until,omitzero"`
	Next   time.Time `json:"next,omitzero"`
}

// HostSlots returns the catalog's shared per-host slots; hold bounds how
// long a crashed holder can keep a host (it must exceed one request with
// its retries; default 5m).
func (c *Catalog) HostSlots(hold time.Duration) *HostSlots {
	if hold <= 0 {
		hold = 5 * time.Minute
	}
	return &HostSlots{kv: c.hosts, id: randomID(), hold: hold, now: time.Now}
}

// Acquire implements fetch.HostSlots.
func (h *HostSlots) Acquire(ctx context.Context, host string, interval time.Duration) (func(), error) {
	k := Key("host:" + host)
	token := h.id + "-" + randomID()
	for {
		now := h.now()
		var cur slot
		var rev uint64
		e, err := h.kv.Get(ctx, k)
		switch {
		case err == nil:
			rev = e.Revision()
			if json.Unmarshal(e.Value(), &cur) != nil {
				cur = slot{}
			}
		case errors.Is(err, jetstream.ErrKeyNotFound):
		default:
			return nil, fmt.Errorf("reading host slot %q: %w", host, err)
		}
		busy := cur.Holder != "" && now.Before(cur.Until)
		if !busy && !now.Before(cur.Next) {
			b, _ := json.Marshal(slot{Holder: token, Until: now.Add(h.hold), Next: cur.Next})
			var nrev uint64
			if rev == 0 {
				nrev, err = h.kv.Create(ctx, k, b)
			} else {
				nrev, err = h.kv.Update(ctx, k, b, rev)
			}
			if err == nil {
				return func() { h.release(context.WithoutCancel(ctx), k, token, nrev, interval) }, nil
			}
			if !errors.Is(err, jetstream.ErrKeyExists) && !isWrongSequence(err) {
				return nil, fmt.Errorf("taking host slot %q: %w", host, err)
			}
			continue // lost the race: look again
		}
		wait := 5 * time.Millisecond
		switch {
		case busy:
			wait = max(wait, min(cur.Until.Sub(now), interval/4+20*time.Millisecond))
		default:
			wait = max(wait, cur.Next.Sub(now))
		}
		wait = min(wait, time.Second)
		wait += rand.N(wait/4 + 1)
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, fmt.Errorf("waiting for host slot %q: %w", host, ctx.Err())
		case <-t.C:
		}
	}
}

// release frees the slot and sets the next start, unless the slot was
// taken over meanwhile (our hold ran out).
func (h *HostSlots) release(ctx context.Context, k, token string, rev uint64, interval time.Duration) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	now := h.now()
	b, _ := json.Marshal(slot{Next: now.Add(interval)})
	_, _ = h.kv.Update(ctx, k, b, rev) // a conflict means another holder: leave it; an error: the hold expires
}

func randomID() string {
	var b [6]byte
	_, _ = crand.Read(b[:])
	return hex.EncodeToString(b[:])
}
