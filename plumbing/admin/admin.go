package admin

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/newsflow/newsflow/plumbing/door"
)

// Check reports whether one dependency is ready.
type Check func(ctx context.Context) error

// Server is the admin HTTP server.
type Server struct {
	addr    string
	handler http.Handler
	limits  door.Limits
	logger  *slog.Logger
}

// New returns an admin server for addr (":9090", "127.0.0.1:0"), with
// door's default timeouts and limits.
func New(addr string, gatherer prometheus.Gatherer, checks map[string]Check, logger *slog.Logger) *Server {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		_, _ = w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		var failed []error
		for name, c := range checks {
			if err := c(ctx); err != nil {
				failed = append(failed, fmt.Errorf("%s: %w", name, err))
			}
		}
		if len(failed) > 0 {
			http.Error(w, errors.Join(failed...).Error(), http.StatusServiceUnavailable)
			return
		}
		_, _ = w.Write([]byte("ready\n"))
	})
	mux.Handle("GET /metrics", promhttp.HandlerFor(gatherer, promhttp.HandlerOpts{}))
	// Probes and scrapes take milliseconds: tighter than the query API.
	l := door.DefaultLimits()
	l.WriteTimeout, l.MaxInFlight, l.MaxConns = 30*time.Second, 32, 128
	return &Server{addr: addr, handler: mux, limits: l, logger: logger}
}

// WithLimits replaces the server's limits (zero fields keep door's defaults).
func (s *Server) WithLimits(l door.Limits) *Server {
	s.limits = l
	return s
}

// Run serves until ctx ends, then shuts down gracefully. ready, when not
// nil, receives the bound address once listening.
func (s *Server) Run(ctx context.Context, ready chan<- string) error {
	return door.Serve(ctx, s.addr, s.handler, s.limits, s.logger, "admin server", ready)
}
