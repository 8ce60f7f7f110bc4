package bus

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"slices"
	"sync"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"google.golang.org/protobuf/proto"
)

// Handler processes one delivery. It returns nil only when the message's
// output is durably published or stored.
type Handler func(ctx context.Context, m jetstream.Msg) error

// Middleware wraps a Handler (tracing, metrics, recovery, timeouts).
type Middleware func(Handler) Handler

// Chain applies middlewares so that the first one is the outermost.
func Chain(h Handler, mws ...Middleware) Handler {
	for _, mw := range slices.Backward(mws) {
		h = mw(h)
	}
	return h
}

// Typed adapts a handler of a decoded protobuf message. An undecodable
// payload is a permanent "decode" error.
func Typed[T any, PT interface {
	*T
	proto.Message
}](h func(ctx context.Context, in PT) error,
) Handler {
	return func(ctx context.Context, m jetstream.Msg) error {
		in, err := DecodeProto[T, PT](m)
		if err != nil {
			return err
		}
		return h(ctx, in)
	}
}

// TypedChecked is Typed with a check of the decoded record against its
// delivery (its subject, its headers) before h runs; the check's error is
// returned as it is (see Forged).
func TypedChecked[T any, PT interface {
	*T
	proto.Message
}](check func(m jetstream.Msg, in PT) error, h func(ctx context.Context, in PT) error,
) Handler {
	return func(ctx context.Context, m jetstream.Msg) error {
		in, err := DecodeProto[T, PT](m)
		if err != nil {
			return err
		}
		if err := check(m, in); err != nil {
			return err
		}
		return h(ctx, in)
	}
}

// DecodeProto decodes a protobuf payload; an undecodable one is a permanent
// "decode" error.
func DecodeProto[T any, PT interface {
	*T
	proto.Message
}](m jetstream.Msg,
) (PT, error) {
	in := PT(new(T))
	if err := proto.Unmarshal(m.Data(), in); err != nil {
		return nil, PermanentKind(KindDecode, fmt.Errorf("decoding %s: %w", in.ProtoReflect().Descriptor().FullName(), err))
	}
	return in, nil
}

// RunnerConfig configures a Runner.
type RunnerConfig struct {
	Stage       string
	Concurrency int // messages processed at once by this replica (default 4)
	// MaxDeliver is how many deliveries a message gets before it is
	// dead-lettered as "max_deliveries" (default 10).
	MaxDeliver int
	// Backoff is the nak delay after the n-th failed delivery (default
	// exponential from 1s to 5m with jitter).
	Backoff func(n uint64) time.Duration
	// HandlerTimeout bounds one handler call (default 2m).
	HandlerTimeout time.Duration
	// InProgressEvery extends the ack deadline of long work (default 10s).
	InProgressEvery time.Duration
	// Middleware wraps every delivery outside the core's own (recovery,
	// delivery limit, keep-alive), first outermost: tracing and metrics
	// then see panics and dead-lettering as the message's outcome.
	Middleware []Middleware
}

// Runner pulls a stage's durable consumer and runs the handler with bounded
// concurrency.
type Runner struct {
	cfg  RunnerConfig
	cons jetstream.Consumer
	h    Handler // h wrapped in the middlewares
	d    *delivery
}

// NewRunner returns a Runner. dlq publishes dead letters.
func NewRunner(cfg RunnerConfig, cons jetstream.Consumer, h Handler, dlq *Publisher, logger *slog.Logger) *Runner {
	if cfg.Concurrency <= 0 {
		cfg.Concurrency = 4
	}
	if cfg.MaxDeliver <= 0 {
		cfg.MaxDeliver = 10
	}
	if cfg.Backoff == nil {
		cfg.Backoff = DefaultBackoff
	}
	if cfg.HandlerTimeout <= 0 {
		cfg.HandlerTimeout = 2 * time.Minute
	}
	if cfg.InProgressEvery <= 0 {
		cfg.InProgressEvery = 10 * time.Second
	}
	d := &delivery{stage: cfg.Stage, backoff: cfg.Backoff, dlq: dlq, logger: logger.With("stage", cfg.Stage)}
	r := &Runner{cfg: cfg, cons: cons, d: d}
	if h != nil {
		r.h = d.chain(h, cfg.MaxDeliver, cfg.InProgressEvery, cfg.Middleware)
	}
	return r
}

// DefaultBackoff is exponential from 1s, doubling, capped at 5m, ±20% jitter.
func DefaultBackoff(n uint64) time.Duration {
	d := time.Second << min(n, 9)
	d = min(d, 5*time.Minute)
	j := time.Duration(rand.Int64N(int64(d) / 5))
	return d - d/10 + j
}

// Run pulls and processes messages until ctx ends, then stops pulling, lets
// in-flight handlers finish (they run on a context that is not cancelled
// with ctx, bounded by HandlerTimeout), naks what was buffered but not
// started, and returns.
func (r *Runner) Run(ctx context.Context) error {
	it, err := r.cons.Messages(jetstream.PullMaxMessages(r.cfg.Concurrency*2), jetstream.PullExpiry(5*time.Second))
	if err != nil {
		return fmt.Errorf("starting to pull for %s: %w", r.cfg.Stage, err)
	}
	stopped := make(chan struct{})
	go func() {
		<-ctx.Done()
		it.Drain()
		close(stopped)
	}()

	work := context.WithoutCancel(ctx)
	sem := make(chan struct{}, r.cfg.Concurrency)
	var wg sync.WaitGroup
	defer wg.Wait()
	for {
		m, err := it.Next()
		if err != nil {
			if errors.Is(err, jetstream.ErrMsgIteratorClosed) {
				return nil
			}
			// The iterator recovers from reconnects and missing heartbeats by
			// itself; anything else is logged and retried.
			r.d.logger.WarnContext(ctx, "pulling messages", "err", err)
			continue
		}
		select {
		case <-stopped:
			// Buffered but not started: hand it back at once rather than
			// waiting out the ack deadline.
			_ = m.Nak()
			continue
		case sem <- struct{}{}:
		}
		wg.Go(func() {
			defer func() { <-sem }()
			r.process(work, m)
		})
	}
}

func (r *Runner) process(ctx context.Context, m jetstream.Msg) {
	ctx, cancel := context.WithTimeout(ctx, r.cfg.HandlerTimeout)
	defer cancel()
	r.d.settle(ctx, m, r.h(ctx, m), 0)
}
