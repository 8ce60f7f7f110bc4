package fetch

import (
	"context"
	"time"
)

// HostSlots extends per-host politeness across processes: Acquire blocks
// until this process may start a request to host, at least interval after
// the last request any process made to it; release is called when the
// request, body included, is done. Package catalog implements it over a
// JetStream KV bucket.
type HostSlots interface {
	Acquire(ctx context.Context, host string, interval time.Duration) (release func(), err error)
}
