// Package telemetry sets up OpenTelemetry for a newsflow process: a tracer
// provider (OTLP over HTTP when OTEL_EXPORTER_OTLP_ENDPOINT is set, or any
// exporter a test passes in), a meter provider exported to a Prometheus
// registry (served on /metrics) and to OTLP, W3C trace-context propagation,
// and a slog handler that stamps records with trace and span ids.
//
// Nothing here is global: the providers are returned and passed on, so
// several services can run in one process (the demo) or one test.
package telemetry
