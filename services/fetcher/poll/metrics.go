package poll

import (
	"context"
	"log/slog"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"
	"go.opentelemetry.io/otel/metric/noop"
)

// metrics are the Poller's instruments (no-ops without a Meter).
type metrics struct {
	errors    metric.Int64Counter
	fetched   metric.Int64Counter
	published metric.Int64Counter
	repairs   metric.Int64Counter
}

func newMetrics(m metric.Meter, logger *slog.Logger) metrics {
	if m == nil {
		m = noop.NewMeterProvider().Meter("")
	}
	var ms metrics
	var err error
	report := func(name string, e error) {
		if e != nil {
			logger.Warn("creating instrument", "name", name, "err", e)
		}
	}
	// Instrument creation only fails on an invalid name; the SDK then
	// still returns a usable no-op instrument.
	ms.errors, err = m.Int64Counter("newsflow.fetch.errors", metric.WithDescription("Fetch errors (feeds and pages) by kind"), metric.WithUnit("{error}"))
	report("newsflow.fetch.errors", err)
	ms.fetched, err = m.Int64Counter("newsflow.fetch.pages_fetched", metric.WithDescription("Item pages fetched"), metric.WithUnit("{page}"))
	report("newsflow.fetch.pages_fetched", err)
	ms.published, err = m.Int64Counter("newsflow.fetch.pages_published", metric.WithDescription("Item pages published as RawPage"), metric.WithUnit("{page}"))
	report("newsflow.fetch.pages_published", err)
	ms.repairs, err = m.Int64Counter("newsflow.fetch.feed_repairs", metric.WithDescription("Invalid bytes and forbidden control characters replaced by U+FFFD in feed documents, so that the rest of the feed is read"), metric.WithUnit("{character}"))
	report("newsflow.fetch.feed_repairs", err)
	return ms
}

func (m metrics) error(ctx context.Context, kind string) {
	if kind == "" || kind == "canceled" {
		return
	}
	m.errors.Add(ctx, 1, metric.WithAttributes(attribute.String("kind", kind)))
}
