package schedule

import (
	"context"
	"log/slog"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"
	"go.opentelemetry.io/otel/metric/noop"

	"github.com/newsflow/newsflow/services/fetcher/catalog"
	"github.com/newsflow/newsflow/services/fetcher/redact"
)

// health exports per-feed gauges. Each feed is reported by the replica
// that polled it last, so one series per feed exists across the fleet.
type health struct {
	polls metric.Int64Counter
	reg   metric.Registration
}

func newHealth(m metric.Meter, s *Scheduler, logger *slog.Logger) *health {
	if m == nil {
		m = noop.NewMeterProvider().Meter("")
	}
	h := &health{}
	warn := func(err error) {
		if err != nil {
			logger.Warn("creating feed health instruments", "err", err)
		}
	}
	var err error
	h.polls, err = m.Int64Counter("newsflow.feed.polls", metric.WithDescription("Feed polls by outcome"), metric.WithUnit("{poll}"))
	warn(err)
	failures, err := m.Int64ObservableGauge("newsflow.feed.consecutive_failures", metric.WithDescription("Failed polls in a row, per feed"), metric.WithUnit("{failure}"))
	warn(err)
	lastSuccess, err := m.Float64ObservableGauge("newsflow.feed.last_success_timestamp", metric.WithDescription("Unix time of the feed's last successful poll"), metric.WithUnit("s"))
	warn(err)
	h.reg, err = m.RegisterCallback(func(_ context.Context, o metric.Observer) error {
		for _, st := range s.snapshot() {
			// The label is redacted (no hash of the URL either: /metrics is
			// unauthenticated, and a hash would confirm a guessed password).
			attrs := metric.WithAttributes(attribute.String("feed", redact.URL(st.URL)), attribute.String("source", st.Source))
			o.ObserveInt64(failures, int64(st.ConsecutiveFailures), attrs)
			if !st.LastSuccess.IsZero() {
				o.ObserveFloat64(lastSuccess, float64(st.LastSuccess.UnixNano())/1e9, attrs)
			}
		}
		return nil
	}, failures, lastSuccess)
	warn(err)
	return h
}

func (h *health) record(ctx context.Context, st catalog.State) {
	outcome := "ok"
	switch {
	case st.Disabled:
		outcome = "disabled"
	case st.ConsecutiveFailures > 0:
		outcome = "error"
	}
	h.polls.Add(ctx, 1, metric.WithAttributes(attribute.String("outcome", outcome)))
}

func (h *health) close() {
	if h.reg != nil {
		_ = h.reg.Unregister() // only fails for a foreign registration
	}
}
