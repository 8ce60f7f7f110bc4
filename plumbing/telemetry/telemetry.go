package telemetry

import (
	"context"
	"errors"
	"fmt"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"go.opentelemetry.io/otel/exporters/otlp/otlpmetric/otlpmetrichttp"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	otelprom "go.opentelemetry.io/otel/exporters/prometheus"
	"go.opentelemetry.io/otel/metric"
	"go.opentelemetry.io/otel/propagation"
	sdkmetric "go.opentelemetry.io/otel/sdk/metric"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	semconv "go.opentelemetry.io/otel/semconv/v1.37.0"
	"go.opentelemetry.io/otel/trace"
)

// Config says what to export.
type Config struct {
	ServiceName    string
	ServiceVersion string
	// OTLPEndpoint enables OTLP/HTTP export of traces and metrics
	// (OTEL_EXPORTER_OTLP_ENDPOINT; the exporters read the other OTEL_*
	// variables themselves).
	OTLPEndpoint string
	// SpanExporter, when set, receives spans synchronously (tests).
	SpanExporter sdktrace.SpanExporter
	// SampleRatio of root traces to keep (default 1; none when neither
	// OTLPEndpoint nor SpanExporter is set, as nothing would receive them).
	SampleRatio float64
}

// ConfigFromEnv reads OTEL_* variables.
func ConfigFromEnv(service, version string, getenv func(string) string) Config {
	name := getenv("OTEL_SERVICE_NAME")
	if name == "" {
		name = service
	}
	return Config{ServiceName: name, ServiceVersion: version, OTLPEndpoint: getenv("OTEL_EXPORTER_OTLP_ENDPOINT"), SampleRatio: 1}
}

// Telemetry holds the providers of one process.
type Telemetry struct {
	TracerProvider *sdktrace.TracerProvider
	MeterProvider  *sdkmetric.MeterProvider
	Registry       *prometheus.Registry
	Propagator     propagation.TextMapPropagator
}

// Setup builds the providers. Call Shutdown with a fresh context on exit to
// flush what is buffered.
func Setup(ctx context.Context, cfg Config) (*Telemetry, error) {
	res, err := resource.Merge(resource.Default(), resource.NewSchemaless(
		semconv.ServiceName(cfg.ServiceName),
		semconv.ServiceVersion(cfg.ServiceVersion),
	))
	if err != nil {
		return nil, fmt.Errorf("building telemetry resource: %w", err)
	}

	ratio := cfg.SampleRatio
	if ratio <= 0 {
		ratio = 1
	}
	root := sdktrace.TraceIDRatioBased(ratio)
	if cfg.SpanExporter == nil && cfg.OTLPEndpoint == "" {
		// Nothing would receive the spans: do not record them (their
		// attributes and events cost allocations on every message). Trace
		// and span ids are still made and propagated, so logs and
		// downstream services keep them; a sampled parent from upstream is
		// still honoured.
		root = sdktrace.NeverSample()
	}
	topts := []sdktrace.TracerProviderOption{
		sdktrace.WithResource(res),
		sdktrace.WithSampler(sdktrace.ParentBased(root)),
	}
	if cfg.SpanExporter != nil {
		topts = append(topts, sdktrace.WithSyncer(cfg.SpanExporter))
	}
	if cfg.OTLPEndpoint != "" {
		exp, err := otlptracehttp.New(ctx)
		if err != nil {
			return nil, fmt.Errorf("creating OTLP trace exporter: %w", err)
		}
		topts = append(topts, sdktrace.WithBatcher(exp))
	}

	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	promExp, err := otelprom.New(otelprom.WithRegisterer(reg), otelprom.WithoutScopeInfo())
	if err != nil {
		return nil, fmt.Errorf("creating Prometheus exporter: %w", err)
	}
	mopts := []sdkmetric.Option{sdkmetric.WithResource(res), sdkmetric.WithReader(promExp)}
	if cfg.OTLPEndpoint != "" {
		exp, err := otlpmetrichttp.New(ctx)
		if err != nil {
			return nil, fmt.Errorf("creating OTLP metric exporter: %w", err)
		}
		mopts = append(mopts, sdkmetric.WithReader(sdkmetric.NewPeriodicReader(exp)))
	}

	return &Telemetry{
		TracerProvider: sdktrace.NewTracerProvider(topts...),
		MeterProvider:  sdkmetric.NewMeterProvider(mopts...),
		Registry:       reg,
		Propagator:     propagation.NewCompositeTextMapPropagator(propagation.TraceContext{}, propagation.Baggage{}),
	}, nil
}

// Tracer returns a named tracer.
func (t *Telemetry) Tracer(name string) trace.Tracer { return t.TracerProvider.Tracer(name) }

// Meter returns a named meter.
func (t *Telemetry) Meter(name string) metric.Meter { return t.MeterProvider.Meter(name) }

// Shutdown flushes and stops the providers.
func (t *Telemetry) Shutdown(ctx context.Context) error {
	return errors.Join(t.TracerProvider.Shutdown(ctx), t.MeterProvider.Shutdown(ctx))
}
