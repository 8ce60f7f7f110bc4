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
	"google.golang.org/protobuf/types/known/timestamppb"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
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
		in := PT(new(T))
		if err := proto.Unmarshal(m.Data(), in); err != nil {
			return PermanentKind("decode", fmt.Errorf("decoding %s: %w", in.ProtoReflect().Descriptor().FullName(), err))
		}
		return h(ctx, in)
	}
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
}

// Runner pulls a stage's durable consumer and runs the handler with bounded
// concurrency.
type Runner struct {
	cfg    RunnerConfig
	cons   jetstream.Consumer
	h      Handler
	dlq    *Publisher
	logger *slog.Logger
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
	return &Runner{cfg: cfg, cons: cons, h: h, dlq: dlq, logger: logger.With("stage", cfg.Stage)}
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
			r.logger.WarnContext(ctx, "pulling messages", "err", err)
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

	done := make(chan struct{})
	go r.keepAlive(ctx, m, done)
	err := r.safeHandle(ctx, m)
	close(done)

	meta, merr := m.Metadata()
	var delivered uint64 = 1
	if merr == nil {
		delivered = meta.NumDelivered
	}
	if err == nil {
		if aerr := m.Ack(); aerr != nil {
			r.logger.WarnContext(ctx, "acking message", "subject", m.Subject(), "err", aerr)
		}
		return
	}

	kind := ""
	var pe *PermanentError
	var pan panicError
	switch {
	case errors.As(err, &pan):
		kind = "panic"
	case errors.As(err, &pe):
		kind = pe.Kind
	case delivered >= uint64(r.cfg.MaxDeliver):
		kind = "max_deliveries"
	}
	if kind == "" {
		delay := r.cfg.Backoff(delivered)
		r.logger.WarnContext(ctx, "transient failure, will retry", "subject", m.Subject(), "delivery", delivered, "retry_in", delay, "err", err)
		if nerr := m.NakWithDelay(delay); nerr != nil {
			r.logger.WarnContext(ctx, "nakking message", "err", nerr)
		}
		return
	}
	if derr := r.deadLetter(ctx, m, meta, kind, err); derr != nil {
		// Never term a message whose dead letter is not stored.
		r.logger.ErrorContext(ctx, "dead-lettering failed, will retry", "subject", m.Subject(), "err", derr)
		_ = m.NakWithDelay(r.cfg.Backoff(delivered))
		return
	}
	r.logger.ErrorContext(ctx, "dead-lettered message", "subject", m.Subject(), "kind", kind, "err", err)
	if terr := m.TermWithReason(kind + ": " + truncate(err.Error(), 200)); terr != nil {
		r.logger.WarnContext(ctx, "terminating message", "err", terr)
	}
}

func (r *Runner) safeHandle(ctx context.Context, m jetstream.Msg) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = panicError{v: v}
		}
	}()
	return r.h(ctx, m)
}

func (r *Runner) keepAlive(ctx context.Context, m jetstream.Msg, done <-chan struct{}) {
	t := time.NewTicker(r.cfg.InProgressEvery)
	defer t.Stop()
	for {
		select {
		case <-done:
			return
		case <-ctx.Done():
			return
		case <-t.C:
			_ = m.InProgress()
		}
	}
}

func (r *Runner) deadLetter(ctx context.Context, m jetstream.Msg, meta *jetstream.MsgMetadata, kind string, cause error) error {
	subj, err := DLQSubject(r.cfg.Stage)
	if err != nil {
		return err
	}
	dl := &newsv1.DeadLetter{
		Stage:    r.cfg.Stage,
		Reason:   cause.Error(),
		Kind:     kind,
		Subject:  m.Subject(),
		Payload:  m.Data(),
		FailedAt: timestamppb.Now(),
		Headers:  map[string]string{},
	}
	for k, vs := range m.Headers() {
		if len(vs) > 0 {
			dl.Headers[k] = vs[0]
		}
	}
	dl.RecordId = m.Headers().Get(HeaderRecordID)
	msgID := "dlq:" + r.cfg.Stage + ":" + dl.RecordId
	if meta != nil {
		dl.Stream = meta.Stream
		dl.StreamSequence = meta.Sequence.Stream
		dl.Deliveries = meta.NumDelivered
		msgID = fmt.Sprintf("dlq:%s:%s:%d", r.cfg.Stage, meta.Stream, meta.Sequence.Stream)
	}
	if err := r.dlq.Publish(ctx, subj, msgID, dl); err != nil {
		return fmt.Errorf("publishing dead letter: %w", err)
	}
	return nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}
