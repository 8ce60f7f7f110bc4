package telemetry

import (
	"testing"

	"go.opentelemetry.io/otel/sdk/trace/tracetest"
)

// TestSamplingFollowsExport: spans are recorded only when something
// receives them, and carry valid ids either way (logs and propagation use
// them).
func TestSamplingFollowsExport(t *testing.T) {
	for _, tc := range []struct {
		name      string
		cfg       Config
		recording bool
	}{
		{"no exporter", Config{ServiceName: "t"}, false},
		{"span exporter", Config{ServiceName: "t", SpanExporter: tracetest.NewInMemoryExporter()}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tel, err := Setup(t.Context(), tc.cfg)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { _ = tel.Shutdown(t.Context()) })
			_, span := tel.TracerProvider.Tracer("t").Start(t.Context(), "op")
			defer span.End()
			if got := span.IsRecording(); got != tc.recording {
				t.Errorf("recording = %v, want %v", got, tc.recording)
			}
			if !span.SpanContext().IsValid() {
				t.Error("span has no valid trace and span ids")
			}
		})
	}
}
