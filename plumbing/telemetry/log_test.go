package telemetry

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"
)

func TestLoggerOneComponentKey(t *testing.T) {
	for _, tt := range []struct {
		name  string
		log   func(l *slog.Logger)
		want  string
		count int
	}{
		{"layers joined", func(l *slog.Logger) {
			l.With("component", "fetcher").With("replica", "r1").With("component", "fetch").Info("x")
		}, `"component":"fetcher/fetch"`, 1},
		{"same layer twice", func(l *slog.Logger) {
			l.With("component", "fetcher").With("component", "fetcher").Info("x")
		}, `"component":"fetcher"`, 1},
		{"none", func(l *slog.Logger) { l.Info("x") }, `"service":"svc"`, 0},
		{"before a group", func(l *slog.Logger) {
			l.With("component", "sink").WithGroup("g").With("k", "v").Info("x")
		}, `"component":"sink","g":{"k":"v"}`, 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			tt.log(NewLogger(&buf, slog.LevelInfo, "svc"))
			line := buf.String()
			if !strings.Contains(line, tt.want) {
				t.Errorf("log line %s lacks %s", line, tt.want)
			}
			if n := strings.Count(line, `"component"`); n != tt.count {
				t.Errorf("component key %d times in %s, want %d", n, line, tt.count)
			}
		})
	}
}
