package telemetry

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"strings"
	"sync"

	"go.opentelemetry.io/otel/trace"
)

// NewLogger returns a JSON logger that adds trace_id and span_id to every
// record logged with a context carrying a span.
func NewLogger(w io.Writer, level slog.Leveler, service string) *slog.Logger {
	h := slog.NewJSONHandler(w, &slog.HandlerOptions{Level: level})
	return slog.New(TraceHandler{Handler: h}).With("service", service)
}

// TraceHandler stamps records with the trace and span ids of their context,
// and keeps one "component" key: loggers are narrowed as they are passed
// down (stage → fetch client), and each layer's logger.With("component",
// …) would otherwise repeat the key in the JSON, which most log pipelines
// reject or resolve arbitrarily. The layers are joined: "fetcher/fetch".
type TraceHandler struct {
	slog.Handler
	component string
	grouped   bool
}

// Handle implements slog.Handler.
func (h TraceHandler) Handle(ctx context.Context, r slog.Record) error {
	if h.component != "" {
		r.AddAttrs(slog.String("component", h.component))
	}
	if sc := trace.SpanContextFromContext(ctx); sc.IsValid() {
		r.AddAttrs(slog.String("trace_id", sc.TraceID().String()), slog.String("span_id", sc.SpanID().String()))
	}
	return h.Handler.Handle(ctx, r)
}

// WithAttrs implements slog.Handler.
func (h TraceHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	if !h.grouped {
		rest := make([]slog.Attr, 0, len(attrs))
		for _, a := range attrs {
			if a.Key != "component" {
				rest = append(rest, a)
				continue
			}
			if c := a.Value.String(); h.component == "" {
				h.component = c
			} else if c != h.component && !strings.HasSuffix(h.component, "/"+c) {
				h.component += "/" + c
			}
		}
		attrs = rest
	}
	h.Handler = h.Handler.WithAttrs(attrs)
	return h
}

// WithGroup implements slog.Handler.
func (h TraceHandler) WithGroup(name string) slog.Handler {
	if name == "" {
		return h
	}
	if h.component != "" {
		// Attributes after a group belong to it: settle the component first.
		h.Handler = h.Handler.WithAttrs([]slog.Attr{slog.String("component", h.component)})
		h.component = ""
	}
	h.Handler, h.grouped = h.Handler.WithGroup(name), true
	return h
}

// LogBuffer is a log sink that many goroutines write and another reads
// while they do: what tests and the hostile bench give NewLogger to search
// the log lines for secrets and events.
type LogBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *LogBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

// String returns everything written so far.
func (l *LogBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}
