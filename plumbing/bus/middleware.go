package bus

import (
	"context"
	"fmt"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/metric"
	"go.opentelemetry.io/otel/propagation"
	semconv "go.opentelemetry.io/otel/semconv/v1.37.0"
	"go.opentelemetry.io/otel/trace"
)

// Tracing starts a consumer "process" span per delivery, as a child of the
// producer's span carried in the message headers, so one article keeps one
// trace from fetch to storage.
func Tracing(tp trace.TracerProvider, prop propagation.TextMapPropagator, stage string) Middleware {
	tracer := tp.Tracer("github.com/newsflow/newsflow/plumbing/bus")
	return func(next Handler) Handler {
		return func(ctx context.Context, m jetstream.Msg) error {
			ctx = prop.Extract(ctx, propagation.HeaderCarrier(m.Headers()))
			ctx, span := tracer.Start(ctx, "process "+m.Subject(), trace.WithSpanKind(trace.SpanKindConsumer))
			defer span.End()
			// Attributes only for a span that is recorded: without an
			// exporter (or unsampled) they would be built, the reply
			// subject parsed for the delivery count, and all dropped.
			if span.IsRecording() {
				span.SetAttributes(
					semconv.MessagingSystemKey.String("nats"),
					semconv.MessagingOperationTypeProcess,
					semconv.MessagingOperationName("process"),
					semconv.MessagingDestinationName(m.Subject()),
					semconv.MessagingConsumerGroupName(stage),
					semconv.MessagingMessageBodySize(len(m.Data())))
				if id := m.Headers().Get("Nats-Msg-Id"); id != "" {
					span.SetAttributes(semconv.MessagingMessageID(id))
				}
				if id := m.Headers().Get(HeaderRecordID); id != "" {
					span.SetAttributes(attribute.String("newsflow.record_id", id))
				}
				if meta, err := m.Metadata(); err == nil {
					span.SetAttributes(attribute.Int64("messaging.nats.delivery_count", int64(meta.NumDelivered)))
				}
			}
			err := next(ctx, m)
			if err != nil {
				span.RecordError(err)
				span.SetStatus(codes.Error, string(outcome(err)))
			}
			return err
		}
	}
}

// Metrics records per-stage throughput, latency and errors by kind.
func Metrics(mp metric.MeterProvider, stage string) (Middleware, error) {
	meter := mp.Meter("github.com/newsflow/newsflow/plumbing/bus")
	processed, err := meter.Int64Counter("newsflow.messages.processed",
		metric.WithDescription("Messages handled by a stage, by outcome (ok, retry, or an error kind)."))
	if err != nil {
		return nil, fmt.Errorf("creating processed counter: %w", err)
	}
	duration, err := meter.Float64Histogram("newsflow.stage.duration",
		metric.WithUnit("s"), metric.WithDescription("Time a stage spends on one message."),
		metric.WithExplicitBucketBoundaries(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30))
	if err != nil {
		return nil, fmt.Errorf("creating duration histogram: %w", err)
	}
	// The attribute sets are built once: a set per call sorts and
	// allocates for every message.
	stageAttr := attribute.String("stage", stage)
	byStage := metric.WithAttributeSet(attribute.NewSet(stageAttr))
	okOutcome := metric.WithAttributeSet(attribute.NewSet(stageAttr, attribute.String("outcome", "ok")))
	return func(next Handler) Handler {
		return func(ctx context.Context, m jetstream.Msg) error {
			start := time.Now()
			err := next(ctx, m)
			duration.Record(ctx, time.Since(start).Seconds(), byStage)
			if err == nil {
				processed.Add(ctx, 1, okOutcome)
			} else {
				processed.Add(ctx, 1, metric.WithAttributes(stageAttr, attribute.String("outcome", string(outcome(err)))))
			}
			return err
		}
	}, nil
}

// RegisterLag exports the consumer's pending and unacknowledged counts
// (consumer lag) as gauges, read from the server at collection time.
func RegisterLag(mp metric.MeterProvider, stage string, cons jetstream.Consumer) error {
	meter := mp.Meter("github.com/newsflow/newsflow/plumbing/bus")
	pending, err := meter.Int64ObservableGauge("newsflow.consumer.pending",
		metric.WithDescription("Messages in the stream not yet delivered to the stage's consumer (lag)."))
	if err != nil {
		return fmt.Errorf("creating pending gauge: %w", err)
	}
	ackPending, err := meter.Int64ObservableGauge("newsflow.consumer.ack_pending",
		metric.WithDescription("Messages delivered to the stage and not yet acknowledged."))
	if err != nil {
		return fmt.Errorf("creating ack-pending gauge: %w", err)
	}
	stageAttr := metric.WithAttributes(attribute.String("stage", stage))
	_, err = meter.RegisterCallback(func(ctx context.Context, o metric.Observer) error {
		ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		defer cancel()
		info, err := cons.Info(ctx)
		if err != nil {
			return nil //nolint:nilerr // a scrape during an outage reports no lag rather than failing
		}
		o.ObserveInt64(pending, int64(info.NumPending), stageAttr)
		o.ObserveInt64(ackPending, int64(info.NumAckPending), stageAttr)
		return nil
	}, pending, ackPending)
	if err != nil {
		return fmt.Errorf("registering lag callback: %w", err)
	}
	return nil
}

// outcome is the metric outcome and span status of a handler's error: its
// dead-letter kind, or "retry".
func outcome(err error) Kind {
	if k := KindOf(err); k != "" {
		return k
	}
	return kindRetry
}
