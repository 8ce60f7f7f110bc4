package bus

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/newsflow/newsflow/plumbing/telemetry"
)

// StageOptions configure RunStage.
type StageOptions struct {
	Runner   RunnerConfig
	Consumer ConsumerOptions
}

// RunStage ensures the stage's durable consumer and runs h on it with the
// standard middlewares (tracing outermost, then metrics, then any of
// o.Runner.Middleware, then the delivery core's) and a consumer-lag gauge,
// until ctx ends and in-flight work is finished.
func RunStage(ctx context.Context, js jetstream.JetStream, tel *telemetry.Telemetry, stage string, o StageOptions, h Handler, logger *slog.Logger) error {
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
	o.Runner.Stage = stage
	o.Runner.Middleware = append([]Middleware{Tracing(tel.TracerProvider, tel.Propagator, stage), metrics}, o.Runner.Middleware...)
	r := NewRunner(o.Runner, cons, h, NewPublisher(js, tel.TracerProvider, tel.Propagator), logger)
	logger.InfoContext(ctx, "stage running", "stage", stage, "concurrency", r.cfg.Concurrency)
	if err := r.Run(ctx); err != nil {
		return fmt.Errorf("running %s: %w", stage, err)
	}
	return nil
}
