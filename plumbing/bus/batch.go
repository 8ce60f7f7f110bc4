package bus

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/metric"
	metricnoop "go.opentelemetry.io/otel/metric/noop"
	"go.opentelemetry.io/otel/trace"
	tracenoop "go.opentelemetry.io/otel/trace/noop"

	"github.com/newsflow/newsflow/plumbing/telemetry"
)

// BatchConfig configures a BatchRunner.
type BatchConfig struct {
	Stage string
	// MaxBatch is the most messages written at once (default 200).
	MaxBatch int
	// MaxWait bounds how long the first message of a batch waits for
	// others before the batch is written (default 100ms).
	MaxWait time.Duration
	// MaxDeliver is how many deliveries a message gets before it is
	// dead-lettered as "max_deliveries" (default 10). Failures while the
	// probe reports the destination down do not dead-letter.
	MaxDeliver int
	// Backoff is the nak delay after the n-th failed delivery (default
	// DefaultBackoff).
	Backoff func(n uint64) time.Duration
	// PauseMin and PauseMax bound how long pulling stops after a failed
	// write (doubling from PauseMin while failures go on; defaults 250ms
	// and 30s).
	PauseMin, PauseMax time.Duration
	// FlushTimeout bounds one write (default 2m).
	FlushTimeout time.Duration
	// InProgressEvery extends the ack deadline of the messages of a batch
	// while it is written (default 10s).
	InProgressEvery time.Duration
	// Health, when set, is told when writes fail because the destination
	// is down or full, and when a write passes again.
	Health *Health
}

// Decoder turns one delivery into an item of a batch. It runs inside the
// message's "process" span. An error wrapping a PermanentError
// dead-letters that message alone; the batch goes on without it.
type Decoder[T any] func(ctx context.Context, m jetstream.Msg) (T, error)

// Flusher writes a batch atomically: nil means every item is durably
// stored, an error that none is.
type Flusher[T any] func(ctx context.Context, items []T) error

// BatchOption adjusts a BatchRunner.
type BatchOption func(*batchOptions)

type batchOptions struct {
	probe func(ctx context.Context) error
	mws   []Middleware
	tp    trace.TracerProvider
	mp    metric.MeterProvider
}

// WithProbe sets a check of the destination (a database ping). After a
// failed write the runner calls it: when it fails, the destination is down
// and the batch is nakked without counting towards dead-lettering, and
// pulling resumes only once it succeeds; when it passes, the batch is
// retried item by item so one bad record cannot hold back the others.
func WithProbe(probe func(ctx context.Context) error) BatchOption {
	return func(o *batchOptions) { o.probe = probe }
}

// WithMiddleware wraps each message's handling (decode, then waiting for
// its batch to be written) in mws, first outermost, as Runner handlers are:
// Tracing gives every message its "process" span in its own trace, Metrics
// its outcome and latency.
func WithMiddleware(mws ...Middleware) BatchOption {
	return func(o *batchOptions) { o.mws = append(o.mws, mws...) }
}

// WithTelemetry traces each write as a "flush" span linked to the
// messages' spans and records batch sizes and pauses.
func WithTelemetry(tp trace.TracerProvider, mp metric.MeterProvider) BatchOption {
	return func(o *batchOptions) { o.tp, o.mp = tp, mp }
}

// BatchRunner pulls a stage's durable consumer and writes messages in
// batches bounded by size and latency.
//
// Semantics, next to Runner's:
//
//   - Every message gets its own handling in its own trace: the delivery
//     core's chain (the caller's middlewares, Recover, DeliveryLimit,
//     KeepAlive) around decode and the wait for its batch, and the same
//     settle path as a Runner's; an undecodable or invalid message is
//     dead-lettered with its reason and then terminated, alone.
//   - A batch is acked only after Flusher returned nil (the transaction
//     committed). While it is written, its messages get in-progress
//     heartbeats (KeepAlive).
//   - A failed write naks the batch with delay and stops pulling: buffered
//     messages are handed back and no more are fetched for a pause that
//     doubles while writes keep failing, and (with a probe) until the
//     probe passes. A destination down for minutes therefore costs each
//     message a delivery or two, not MaxDeliver.
//   - On ctx cancel it stops pulling, writes (and acks) the batch it holds,
//     naks what was buffered but not started, and returns.
type BatchRunner[T any] struct {
	cfg    BatchConfig
	cons   jetstream.Consumer
	decode Decoder[T]
	flush  Flusher[T]
	o      batchOptions
	d      *delivery
	logger *slog.Logger

	tracer  trace.Tracer
	sizes   metric.Int64Histogram
	pauses  metric.Int64Counter
	stageKV attribute.KeyValue

	pause time.Duration // current pause; 0 after a successful write
}

const defaultMaxBatch = 200

// NewBatchRunner returns a BatchRunner. dlq publishes dead letters.
func NewBatchRunner[T any](cfg BatchConfig, cons jetstream.Consumer, decode Decoder[T], flush Flusher[T], dlq *Publisher, logger *slog.Logger, opts ...BatchOption) (*BatchRunner[T], error) {
	if cfg.MaxBatch <= 0 {
		cfg.MaxBatch = defaultMaxBatch
	}
	if cfg.MaxWait <= 0 {
		cfg.MaxWait = 100 * time.Millisecond
	}
	if cfg.PauseMin <= 0 {
		cfg.PauseMin = 250 * time.Millisecond
	}
	if cfg.PauseMax < cfg.PauseMin {
		cfg.PauseMax = max(30*time.Second, cfg.PauseMin)
	}
	if cfg.FlushTimeout <= 0 {
		cfg.FlushTimeout = 2 * time.Minute
	}
	// The same defaults and settle path as a Runner.
	base := NewRunner(RunnerConfig{
		Stage: cfg.Stage, Concurrency: 1, MaxDeliver: cfg.MaxDeliver, Backoff: cfg.Backoff,
		HandlerTimeout: cfg.FlushTimeout, InProgressEvery: cfg.InProgressEvery,
	}, cons, nil, dlq, logger)
	cfg.MaxDeliver, cfg.Backoff, cfg.InProgressEvery = base.cfg.MaxDeliver, base.cfg.Backoff, base.cfg.InProgressEvery

	b := &BatchRunner[T]{cfg: cfg, cons: cons, decode: decode, flush: flush, d: base.d, logger: base.d.logger}
	for _, opt := range opts {
		opt(&b.o)
	}
	if b.o.tp == nil {
		b.o.tp = tracenoop.NewTracerProvider()
	}
	if b.o.mp == nil {
		b.o.mp = metricnoop.NewMeterProvider()
	}
	b.tracer = b.o.tp.Tracer("github.com/newsflow/newsflow/plumbing/bus")
	meter := b.o.mp.Meter("github.com/newsflow/newsflow/plumbing/bus")
	var err error
	if b.sizes, err = meter.Int64Histogram("newsflow.batch.size",
		metric.WithDescription("Messages per batch written by a batching stage."),
		metric.WithExplicitBucketBoundaries(1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)); err != nil {
		return nil, fmt.Errorf("creating batch size histogram: %w", err)
	}
	if b.pauses, err = meter.Int64Counter("newsflow.stage.pauses",
		metric.WithDescription("Times a batching stage stopped pulling because a write failed.")); err != nil {
		return nil, fmt.Errorf("creating pause counter: %w", err)
	}
	b.stageKV = attribute.String("stage", cfg.Stage)
	return b, nil
}

// errPaused ends a pull session so that the runner can wait out a pause.
var errPaused = errors.New("bus: paused after a failed write")

// Run pulls and writes batches until ctx ends (see BatchRunner).
func (b *BatchRunner[T]) Run(ctx context.Context) error {
	work := context.WithoutCancel(ctx)
	for {
		if b.pause > 0 && !b.waitPause(ctx) {
			return nil
		}
		err := b.session(ctx, work)
		switch {
		case errors.Is(err, errPaused):
			continue
		case err != nil:
			return err
		default:
			return nil
		}
	}
}

// session pulls with one iterator until ctx ends, the iterator closes, or
// a failed write calls for a pause (errPaused).
func (b *BatchRunner[T]) session(ctx, work context.Context) error {
	it, err := b.cons.Messages(jetstream.PullMaxMessages(b.cfg.MaxBatch), jetstream.PullExpiry(5*time.Second))
	if err != nil {
		return fmt.Errorf("starting to pull for %s: %w", b.cfg.Stage, err)
	}
	done := make(chan struct{})
	defer close(done)
	go func() {
		select {
		case <-ctx.Done():
			it.Drain()
		case <-done:
		}
	}()
	for {
		batch, closed := b.collect(ctx, work, it)
		if len(batch) > 0 && b.write(work, batch) {
			// Stop pulling: hand back what the iterator buffered.
			it.Drain()
			for {
				m, err := it.Next()
				if err != nil {
					break
				}
				_ = m.NakWithDelay(b.pause)
			}
			return errPaused
		}
		if closed {
			it.Stop()
			return nil
		}
	}
}

// pending is one message of a batch.
type pending[T any] struct {
	m       jetstream.Msg
	item    T
	span    trace.SpanContext
	decoded chan struct{} // closed once item is set
	result  chan error    // the write's outcome, handed to the handler
	done    chan error    // what the handler (through its middlewares) returned
}

// collect gathers up to MaxBatch messages, waiting at most MaxWait after
// the first. closed reports that the iterator has ended.
func (b *BatchRunner[T]) collect(ctx, work context.Context, it jetstream.MessagesContext) (batch []*pending[T], closed bool) {
	var deadline time.Time
	for len(batch) < b.cfg.MaxBatch {
		var (
			m   jetstream.Msg
			err error
		)
		if len(batch) == 0 {
			m, err = it.Next()
		} else {
			wait := time.Until(deadline)
			if wait <= 0 {
				return batch, false
			}
			m, err = it.Next(jetstream.NextMaxWait(wait))
		}
		switch {
		case err == nil:
		case errors.Is(err, jetstream.ErrMsgIteratorClosed):
			return batch, true
		case errors.Is(err, nats.ErrTimeout):
			return batch, false
		default:
			// The iterator recovers from reconnects and missing heartbeats
			// by itself; anything else is logged and retried.
			b.logger.WarnContext(ctx, "pulling messages", "err", err)
			continue
		}
		if ctx.Err() != nil {
			// Buffered but not started: hand it back at once.
			_ = m.Nak()
			continue
		}
		p := b.start(work, m)
		if p == nil {
			continue
		}
		if len(batch) == 0 {
			deadline = time.Now().Add(b.cfg.MaxWait)
		}
		batch = append(batch, p)
	}
	return batch, false
}

// start runs the message's handler chain (the delivery core's
// middlewares around decode, then a wait for the batch's outcome) in its
// own goroutine and returns once the item is decoded. A message that fails
// to decode is settled here and nil returned.
func (b *BatchRunner[T]) start(work context.Context, m jetstream.Msg) *pending[T] {
	p := &pending[T]{m: m, decoded: make(chan struct{}), result: make(chan error, 1), done: make(chan error, 1)}
	inner := func(ctx context.Context, m jetstream.Msg) error {
		item, err := b.decode(ctx, m)
		if err != nil {
			return err
		}
		p.item, p.span = item, trace.SpanContextFromContext(ctx)
		close(p.decoded)
		return <-p.result
	}
	h := b.d.chain(inner, b.cfg.MaxDeliver, b.cfg.InProgressEvery, b.o.mws)
	go func() { p.done <- h(work, m) }()
	select {
	case <-p.decoded:
		return p
	case err := <-p.done:
		b.d.settle(work, m, err, 0)
		return nil
	}
}

// write writes a batch and settles its messages. It reports whether
// pulling should pause.
func (b *BatchRunner[T]) write(ctx context.Context, batch []*pending[T]) (pause bool) {
	b.sizes.Record(ctx, int64(len(batch)), metric.WithAttributes(b.stageKV))

	err := b.flushItems(ctx, batch)
	if err == nil {
		b.recovered(ctx)
		b.resolve(ctx, batch, nil, false)
		return false
	}
	if IsOutage(err) {
		// The write says itself that the destination cannot take
		// anything (its disk is full): an outage, whatever a probe says.
		b.startPause(ctx)
		b.down(ctx, err, len(batch))
		b.resolve(ctx, batch, err, true)
		return true
	}
	if b.o.probe == nil {
		// Nothing tells an outage from a bad record: pause, and let the
		// deliveries count.
		b.logger.WarnContext(ctx, "writing batch failed, pausing", "size", len(batch), "err", err)
		b.startPause(ctx)
		b.resolve(ctx, batch, err, false)
		return true
	}
	pctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	perr := b.o.probe(pctx)
	cancel()
	if perr != nil {
		b.startPause(ctx)
		b.down(ctx, fmt.Errorf("%w (probe: %w)", err, perr), len(batch))
		b.resolve(ctx, batch, err, true)
		return true
	}
	if len(batch) == 1 {
		b.logger.WarnContext(ctx, "writing message failed", "err", err)
		b.resolve(ctx, batch, err, false)
		if IsPermanent(err) {
			return false
		}
		b.startPause(ctx)
		return true
	}
	// The destination answers: find the record(s) that make the batch fail
	// by writing one at a time.
	b.logger.WarnContext(ctx, "writing batch failed, retrying its messages one by one", "size", len(batch), "err", err)
	written := false
	var transient []*pending[T]
	for _, p := range batch {
		err := b.flushItems(ctx, []*pending[T]{p})
		switch {
		case err == nil:
			written = true
			b.resolve(ctx, []*pending[T]{p}, nil, false)
		case IsPermanent(err):
			b.resolve(ctx, []*pending[T]{p}, err, false)
		default:
			transient = append(transient, p)
			p.result <- err // settled below, after the pause is known
		}
	}
	if written {
		b.recovered(ctx)
	}
	if len(transient) > 0 && !written {
		b.startPause(ctx)
		pause = true
	}
	for _, p := range transient {
		b.d.settle(ctx, p.m, <-p.done, 0)
	}
	return pause
}

func (b *BatchRunner[T]) flushItems(ctx context.Context, batch []*pending[T]) (err error) {
	links := make([]trace.Link, 0, len(batch))
	items := make([]T, 0, len(batch))
	for _, p := range batch {
		items = append(items, p.item)
		if p.span.IsValid() {
			links = append(links, trace.Link{SpanContext: p.span})
		}
	}
	ctx, cancel := context.WithTimeout(ctx, b.cfg.FlushTimeout)
	defer cancel()
	ctx, span := b.tracer.Start(ctx, "flush "+b.cfg.Stage, trace.WithLinks(links...),
		trace.WithAttributes(attribute.Int("messaging.batch.message_count", len(batch)), b.stageKV))
	defer span.End()
	err = callSafely(func() error { return b.flush(ctx, items) })
	if err != nil {
		span.RecordError(err)
		span.SetStatus(codes.Error, string(outcome(err)))
	}
	return err
}

// resolve hands err to every message's handler and settles the message
// with what the handler chain returned. down marks a destination outage:
// the failure does not count towards the delivery limit and the messages
// are nakked for at least the pause.
func (b *BatchRunner[T]) resolve(ctx context.Context, batch []*pending[T], err error, down bool) {
	var minDelay time.Duration
	if down {
		err, minDelay = &outageError{err: err}, b.pause
	}
	for _, p := range batch {
		p.result <- err
	}
	for _, p := range batch {
		b.d.settle(ctx, p.m, <-p.done, minDelay)
	}
}

// down reports an outage of the destination in the log and to Health.
func (b *BatchRunner[T]) down(ctx context.Context, err error, size int) {
	if b.cfg.Health.set(err) {
		b.logger.ErrorContext(ctx, "destination down or full: pausing, holding messages in the stream until it takes them again", "size", size, "retry_in", b.pause, "err", err)
		return
	}
	b.logger.WarnContext(ctx, "writing batch failed and the destination is still down or full, pausing", "size", size, "retry_in", b.pause, "err", err)
}

// recovered ends a pause after a write passed.
func (b *BatchRunner[T]) recovered(ctx context.Context) {
	b.pause = 0
	if since := b.cfg.Health.clear(); !since.IsZero() {
		b.logger.InfoContext(ctx, "destination takes writes again", "down_for", time.Since(since).Round(time.Millisecond))
	}
}

func (b *BatchRunner[T]) startPause(ctx context.Context) {
	if b.pause == 0 {
		b.pause = b.cfg.PauseMin
	} else {
		b.pause = min(2*b.pause, b.cfg.PauseMax)
	}
	b.pauses.Add(ctx, 1, metric.WithAttributes(b.stageKV))
}

// waitPause waits out the pause and, with a probe, until the probe passes,
// doubling the pause while it fails. It returns false when ctx ends first.
func (b *BatchRunner[T]) waitPause(ctx context.Context) bool {
	for {
		t := time.NewTimer(b.pause)
		select {
		case <-ctx.Done():
			t.Stop()
			return false
		case <-t.C:
		}
		if b.o.probe == nil {
			return true
		}
		pctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		err := b.o.probe(pctx)
		cancel()
		if err == nil {
			b.logger.InfoContext(ctx, "destination is back, pulling again")
			return true
		}
		if ctx.Err() != nil {
			return false
		}
		b.pause = min(2*b.pause, b.cfg.PauseMax)
		b.cfg.Health.set(err)
		b.logger.WarnContext(ctx, "destination still down", "retry_in", b.pause, "err", err)
	}
}

// BatchStageOptions configure RunBatchStage.
type BatchStageOptions struct {
	Batch    BatchConfig
	Consumer ConsumerOptions
	// Probe checks the destination (see WithProbe); nil for none.
	Probe func(ctx context.Context) error
}

// batchFor caps a batch at half the consumer's MaxAckPending. A batch
// bigger than MaxAckPending can never fill: every batch would wait out
// MaxWait. One that takes all of it leaves nothing to deliver while it is
// written, so pulling and writing would take turns instead of overlapping.
func batchFor(maxBatch int, info *jetstream.ConsumerInfo) int {
	if maxBatch <= 0 {
		maxBatch = defaultMaxBatch
	}
	if info == nil || info.Config.MaxAckPending <= 0 {
		return maxBatch
	}
	return max(1, min(maxBatch, info.Config.MaxAckPending/2))
}

// RunBatchStage is RunStage for a batching stage: it ensures the stage's
// durable consumer and runs a BatchRunner with the standard middlewares
// (tracing outermost, then metrics) and a consumer-lag gauge until ctx
// ends and the batch in hand is written.
func RunBatchStage[T any](ctx context.Context, js jetstream.JetStream, tel *telemetry.Telemetry, stage string, o BatchStageOptions, decode Decoder[T], flush Flusher[T], logger *slog.Logger) error {
	cons, err := EnsureConsumer(ctx, js, stage, o.Consumer)
	if err != nil {
		return err
	}
	metrics, err := Metrics(tel.MeterProvider, stage)
	if err != nil {
		return err
	}
	if err := RegisterLag(tel.MeterProvider, stage, cons); err != nil {
		return err
	}
	o.Batch.Stage = stage
	o.Batch.MaxBatch = batchFor(o.Batch.MaxBatch, cons.CachedInfo())
	opts := []BatchOption{
		WithMiddleware(Tracing(tel.TracerProvider, tel.Propagator, stage), metrics),
		WithTelemetry(tel.TracerProvider, tel.MeterProvider),
	}
	if o.Probe != nil {
		opts = append(opts, WithProbe(o.Probe))
	}
	r, err := NewBatchRunner(o.Batch, cons, decode, flush, NewPublisher(js, tel.TracerProvider, tel.Propagator), logger, opts...)
	if err != nil {
		return err
	}
	logger.InfoContext(ctx, "stage running", "stage", stage, "max_batch", r.cfg.MaxBatch, "max_wait", r.cfg.MaxWait)
	if err := r.Run(ctx); err != nil {
		return fmt.Errorf("running %s: %w", stage, err)
	}
	return nil
}
