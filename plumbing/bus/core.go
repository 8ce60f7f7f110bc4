package bus

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/timestamppb"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// The delivery core: every message, whether handled alone (Runner) or as
// part of a batch (BatchRunner), goes through the same middleware chain
//
//	caller's middlewares (Tracing, Metrics) → Recover → DeliveryLimit → KeepAlive → handler
//
// and is then settled by the same function: nil acks; an error wrapping a
// PermanentError (a panic and too many deliveries become one on the way
// out) is dead-lettered and then termed; anything else is nakked with
// backoff.

// callSafely runs f and turns a panic into a permanent "panic" error that
// carries the stack.
func callSafely(f func() error) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = PermanentKind(KindPanic, &PanicError{Value: v, Stack: debug.Stack()})
		}
	}()
	return f()
}

// Recover turns a handler's panic into a permanent "panic" error whose
// dead letter keeps the stack.
func Recover() Middleware {
	return func(next Handler) Handler {
		return func(ctx context.Context, m jetstream.Msg) error {
			return callSafely(func() error { return next(ctx, m) })
		}
	}
}

// DeliveryLimit turns a transient failure of a message's maxDeliver-th
// delivery into a permanent "max_deliveries" error, so that a message that
// keeps failing is dead-lettered instead of redelivered for ever. A failure
// while the destination is down (a batching stage's probe failed) does not
// count: an outage is not the message's fault.
func DeliveryLimit(maxDeliver int) Middleware {
	return func(next Handler) Handler {
		return func(ctx context.Context, m jetstream.Msg) error {
			err := next(ctx, m)
			if err == nil || IsPermanent(err) || IsOutage(err) {
				return err
			}
			if deliveries(m) >= uint64(maxDeliver) {
				return PermanentKind(KindMaxDeliveries, err)
			}
			return err
		}
	}
}

// KeepAlive tells the server the message is still being worked on every
// interval while the handler runs, so that long work is not redelivered
// to another replica.
func KeepAlive(every time.Duration) Middleware {
	return func(next Handler) Handler {
		return func(ctx context.Context, m jetstream.Msg) error {
			// A timer rather than a goroutine with a ticker: nearly every
			// handler returns long before the first tick, and a timer that
			// never fires costs no goroutine and no wake-up.
			var (
				mu   sync.Mutex
				done bool
				t    *time.Timer
			)
			mu.Lock()
			t = time.AfterFunc(every, func() {
				mu.Lock()
				defer mu.Unlock()
				if done || ctx.Err() != nil {
					return
				}
				_ = m.InProgress()
				t.Reset(every)
			})
			mu.Unlock()
			defer func() {
				mu.Lock()
				done = true
				t.Stop()
				mu.Unlock()
			}()
			return next(ctx, m)
		}
	}
}

func deliveries(m jetstream.Msg) uint64 {
	if meta, err := m.Metadata(); err == nil {
		return meta.NumDelivered
	}
	return 1
}

// delivery is the settle path shared by Runner and BatchRunner.
type delivery struct {
	stage   string
	backoff func(n uint64) time.Duration
	dlq     *Publisher
	logger  *slog.Logger
}

// chain wraps h in the core's middlewares, inside the caller's.
func (d *delivery) chain(h Handler, maxDeliver int, keepAlive time.Duration, outer []Middleware) Handler {
	mws := append(append([]Middleware(nil), outer...), Recover(), DeliveryLimit(maxDeliver), KeepAlive(keepAlive))
	return Chain(h, mws...)
}

// settle acks, naks or dead-letters m for the error its handler chain
// returned. minDelay raises the nak delay (a batching stage's pause).
func (d *delivery) settle(ctx context.Context, m jetstream.Msg, err error, minDelay time.Duration) {
	if err == nil {
		if aerr := m.Ack(); aerr != nil {
			d.logger.WarnContext(ctx, "acking message", "subject", m.Subject(), "err", aerr)
		}
		return
	}
	n := deliveries(m)
	kind := KindOf(err)
	if kind == "" {
		delay := max(d.backoff(n), minDelay)
		if IsOutage(err) {
			// The output is blocked, not the message: it is retried after
			// the runner's pause (which the runner logs once), not after a
			// backoff that grows with its deliveries.
			if minDelay > 0 {
				delay = minDelay
			}
			d.logger.DebugContext(ctx, "output blocked, will retry", "subject", m.Subject(), "delivery", n, "retry_in", delay, "err", err)
			if nerr := m.NakWithDelay(delay); nerr != nil {
				d.logger.WarnContext(ctx, "nakking message", "err", nerr)
			}
			return
		}
		d.logger.WarnContext(ctx, "transient failure, will retry", "subject", m.Subject(), "delivery", n, "retry_in", delay, "err", err)
		if nerr := m.NakWithDelay(delay); nerr != nil {
			d.logger.WarnContext(ctx, "nakking message", "err", nerr)
		}
		return
	}
	if derr := d.deadLetter(ctx, m, kind, err); derr != nil {
		// Never term a message whose dead letter is not stored.
		d.logger.ErrorContext(ctx, "dead-lettering failed, will retry", "subject", m.Subject(), "err", derr)
		_ = m.NakWithDelay(d.backoff(n))
		return
	}
	d.logger.ErrorContext(ctx, "dead-lettered message", "subject", m.Subject(), "kind", kind, "err", err)
	if terr := m.TermWithReason(string(kind) + ": " + truncate(err.Error(), 200)); terr != nil {
		d.logger.WarnContext(ctx, "terminating message", "err", terr)
	}
}

// deadLetterHeadroom is what a dead letter's envelope (stage, reason,
// headers, NATS headers) may take beside the payload it copies.
const deadLetterHeadroom = 64 << 10

// deadLetter publishes m's dead letter. One whose copy of the payload
// would not fit a message keeps the headers, the reason and a digest and
// the size of the payload instead of the payload, so that a message too
// large for anything is still dead-lettered, once.
func (d *delivery) deadLetter(ctx context.Context, m jetstream.Msg, kind Kind, cause error) error {
	subj, err := DLQSubject(d.stage)
	if err != nil {
		return err
	}
	dl := &newsv1.DeadLetter{
		Stage:    d.stage,
		Reason:   cause.Error(),
		Kind:     string(kind),
		Subject:  m.Subject(),
		Payload:  m.Data(),
		FailedAt: timestamppb.Now(),
		Headers:  map[string]string{},
		RecordId: m.Headers().Get(HeaderRecordID),
	}
	if pe, ok := errors.AsType[*PanicError](cause); ok {
		dl.Stack = string(pe.Stack)
	}
	for k, vs := range m.Headers() {
		if len(vs) > 0 {
			dl.Headers[k] = vs[0]
		}
	}
	msgID := "dlq:" + d.stage + ":" + dl.RecordId
	if meta, err := m.Metadata(); err == nil {
		dl.Stream = meta.Stream
		dl.StreamSequence = meta.Sequence.Stream
		dl.Deliveries = meta.NumDelivered
		msgID = DeadLetterMsgID(d.stage, meta.Stream, meta.Sequence.Stream)
	}
	if limit := d.dlq.maxPayload(); limit > 0 && proto.Size(dl)+deadLetterHeadroom > limit {
		withoutPayload(dl)
	}
	err = d.dlq.Publish(ctx, subj, msgID, dl)
	if err != nil && tooLarge(err) && dl.Payload != nil {
		// The stream's own size limit can be lower than the server's.
		withoutPayload(dl)
		err = d.dlq.Publish(ctx, subj, msgID, dl)
	}
	if err != nil {
		return fmt.Errorf("publishing dead letter: %w", err)
	}
	return nil
}

func withoutPayload(dl *newsv1.DeadLetter) {
	sum := sha256.Sum256(dl.Payload)
	dl.PayloadSha256 = hex.EncodeToString(sum[:])
	dl.PayloadSize = uint64(len(dl.Payload))
	dl.Payload = nil
	dl.Reason = truncate(dl.Reason, 4096)
	dl.Stack = truncate(dl.Stack, 16<<10)
}

// tooLarge reports whether a publish failed because the message can never
// fit: the server's max payload or the stream's maximum message size.
func tooLarge(err error) bool {
	var apiErr *jetstream.APIError
	return errors.Is(err, nats.ErrMaxPayload) ||
		(errors.As(err, &apiErr) && apiErr.ErrorCode == jetstream.JSErrCodeStreamMessageExceedsMaximum)
}

// Final classifies a publish error that no retry can change: a message
// that can never fit is a permanent "too_large" error, a pre-empted
// publish (ErrPreempted) a permanent "forged" one. Any other error is
// returned unchanged.
func Final(err error) error {
	switch {
	case err == nil || IsPermanent(err):
		return err
	case tooLarge(err):
		return PermanentKind(KindTooLarge, err)
	case errors.Is(err, ErrPreempted):
		return PermanentKind(KindForged, err)
	}
	return err
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}
