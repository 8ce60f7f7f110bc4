package bus

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"slices"
	"sync"
	"sync/atomic"
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
	// PauseMin and PauseMax bound how long pulling stops when the output
	// is blocked (see Runner; doubling from PauseMin while it lasts;
	// defaults 1s and 1m).
	PauseMin, PauseMax time.Duration
	// Health, when set, is told when the output is blocked and when it
	// takes messages again (readiness, benchmarks).
	Health *Health
}

// Runner pulls a stage's durable consumer and runs the handler with bounded
// concurrency.
//
// When a handler's error is an outage of its output (IsOutage: JetStream
// refused the publish for want of storage, or the handler said so with
// Outage), the message is nakked without the delivery counting towards
// MaxDeliver, and the runner stops pulling: what it buffered goes back to
// the stream, Health reports the outage, and after a pause (doubling from
// PauseMin to PauseMax while it lasts) one message at a time is tried until
// one gets through; then pulling resumes at full concurrency and Health is
// cleared. Nothing is acked that its output does not hold, and nothing is
// dead-lettered because the bus is full.
type Runner struct {
	cfg  RunnerConfig
	cons jetstream.Consumer
	h    Handler // h wrapped in the middlewares
	d    *delivery

	mu      sync.Mutex
	pause   time.Duration // current pause; 0 while the output takes messages
	trial   bool          // after a pause: one message at a time until one passes
	tripped chan struct{} // closed when an outage starts in this session
	resumed chan struct{} // closed when a trial passes in this session
	// troubled is set while pause or trial is: the fast path of passed.
	troubled atomic.Bool
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
	if cfg.PauseMin <= 0 {
		cfg.PauseMin = time.Second
	}
	if cfg.PauseMax < cfg.PauseMin {
		cfg.PauseMax = max(time.Minute, cfg.PauseMin)
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
// started, and returns. While the output is blocked it pauses (see
// Runner).
func (r *Runner) Run(ctx context.Context) error {
	work := context.WithoutCancel(ctx)
	sem := make(chan struct{}, r.cfg.Concurrency)
	var wg sync.WaitGroup
	defer wg.Wait()
	for {
		if r.paused() && !r.waitPause(ctx) {
			return nil
		}
		err := r.session(ctx, work, sem, &wg)
		if !errors.Is(err, errPaused) && !errors.Is(err, errResumed) {
			return err
		}
	}
}

// errResumed ends a trial session once a message got through, so that
// pulling resumes at full concurrency.
var errResumed = errors.New("bus: output takes messages again")

// session pulls with one iterator until ctx ends, the iterator closes, an
// outage starts (errPaused) or a trial passes (errResumed).
func (r *Runner) session(ctx, work context.Context, sem chan struct{}, wg *sync.WaitGroup) error {
	r.mu.Lock()
	trial := r.trial
	r.tripped, r.resumed = make(chan struct{}), make(chan struct{})
	tripped, resumed := r.tripped, r.resumed
	r.mu.Unlock()
	buffer := r.cfg.Concurrency * 2
	if trial {
		// One message at a time: the others stay in the stream.
		buffer = 1
	}
	it, err := r.cons.Messages(jetstream.PullMaxMessages(buffer), jetstream.PullExpiry(5*time.Second))
	if err != nil {
		return fmt.Errorf("starting to pull for %s: %w", r.cfg.Stage, err)
	}
	stopped := make(chan struct{})
	done := make(chan struct{})
	defer close(done)
	go func() {
		select {
		case <-ctx.Done():
		case <-tripped:
		case <-resumed:
		case <-done:
			return
		}
		it.Drain()
		close(stopped)
	}()
	// handBack returns a buffered message that was not started: at once
	// when stopping or resuming, after the pause when the output is
	// blocked (it would fail the same way now).
	handBack := func(m jetstream.Msg) {
		if delay := r.currentPause(); ctx.Err() == nil && isClosed(tripped) && delay > 0 {
			_ = m.NakWithDelay(delay)
			return
		}
		_ = m.Nak()
	}
	for {
		m, err := it.Next()
		if err != nil {
			if errors.Is(err, jetstream.ErrMsgIteratorClosed) {
				switch {
				case ctx.Err() != nil:
					return nil
				case isClosed(tripped):
					return errPaused
				case isClosed(resumed):
					return errResumed
				}
				return nil
			}
			// The iterator recovers from reconnects and missing heartbeats by
			// itself; anything else is logged and retried.
			r.d.logger.WarnContext(ctx, "pulling messages", "err", err)
			continue
		}
		slots := 1
		if r.inTrial() {
			slots = cap(sem)
		}
		if !acquire(sem, slots, stopped) {
			// Buffered but not started: hand it back rather than waiting
			// out the ack deadline.
			handBack(m)
			continue
		}
		wg.Go(func() {
			defer release(sem, slots)
			r.process(work, m)
		})
	}
}

// acquire takes n slots of sem, or none when stop closes first.
func acquire(sem chan struct{}, n int, stop <-chan struct{}) bool {
	for i := range n {
		select {
		case <-stop:
			release(sem, i)
			return false
		case sem <- struct{}{}:
		}
	}
	return true
}

func release(sem chan struct{}, n int) {
	for range n {
		<-sem
	}
}

func isClosed(c <-chan struct{}) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}

func (r *Runner) process(ctx context.Context, m jetstream.Msg) {
	ctx, cancel := context.WithTimeout(ctx, r.cfg.HandlerTimeout)
	defer cancel()
	err := r.h(ctx, m)
	var minDelay time.Duration
	switch {
	case err == nil:
		r.passed(ctx)
	case IsOutage(err):
		minDelay = r.blocked(ctx, err)
	}
	r.d.settle(ctx, m, err, minDelay)
}

// blocked records an outage of the output: the first failure of a session
// starts (or doubles) the pause and ends the session. It returns the delay
// the message is nakked with.
func (r *Runner) blocked(ctx context.Context, err error) time.Duration {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.tripped != nil && !isClosed(r.tripped) {
		if r.pause == 0 {
			r.pause = r.cfg.PauseMin
		} else {
			r.pause = min(2*r.pause, r.cfg.PauseMax)
		}
		r.trial = false // the next session waits out the pause first
		r.troubled.Store(true)
		close(r.tripped)
		if r.cfg.Health.set(err) {
			r.d.logger.ErrorContext(ctx, "output blocked: pausing, holding messages in the stream until it takes them again", "retry_in", r.pause, "err", err)
		} else {
			r.d.logger.WarnContext(ctx, "output still blocked", "retry_in", r.pause, "err", err)
		}
	}
	return r.pause
}

// passed records a message that got through: an outage is over.
func (r *Runner) passed(ctx context.Context) {
	if !r.troubled.Load() {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.pause == 0 && !r.trial {
		return
	}
	r.pause, r.trial = 0, false
	r.troubled.Store(false)
	if r.resumed != nil && !isClosed(r.resumed) {
		close(r.resumed)
	}
	if since := r.cfg.Health.clear(); !since.IsZero() {
		r.d.logger.InfoContext(ctx, "output takes messages again: pulling at full speed", "blocked_for", time.Since(since).Round(time.Millisecond))
	}
}

func (r *Runner) paused() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.pause > 0 && !r.trial
}

func (r *Runner) inTrial() bool {
	if !r.troubled.Load() {
		return false
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.trial
}

func (r *Runner) currentPause() time.Duration {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.pause
}

// waitPause waits out the pause, then lets the next session try one
// message. It returns false when ctx ends first.
func (r *Runner) waitPause(ctx context.Context) bool {
	t := time.NewTimer(r.currentPause())
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
	}
	r.mu.Lock()
	r.trial = true
	r.mu.Unlock()
	return true
}
