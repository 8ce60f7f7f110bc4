package admin

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Check reports whether one dependency is ready.
type Check func(ctx context.Context) error

// Server is the admin HTTP server.
type Server struct {
	srv    *http.Server
	logger *slog.Logger
}

// New returns an admin server for addr (":9090", "127.0.0.1:0").
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
	return &Server{
		srv:    &http.Server{Addr: addr, Handler: mux, ReadHeaderTimeout: 5 * time.Second},
		logger: logger,
	}
}

// Run serves until ctx ends, then shuts down gracefully. ready, when not
// nil, receives the bound address once listening.
func (s *Server) Run(ctx context.Context, ready chan<- string) error {
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", s.srv.Addr)
	if err != nil {
		return fmt.Errorf("listening on admin address %q: %w", s.srv.Addr, err)
	}
	if ready != nil {
		ready <- ln.Addr().String()
	}
	s.logger.InfoContext(ctx, "admin server listening", "addr", ln.Addr().String())
	errc := make(chan error, 1)
	go func() { errc <- s.srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serving admin endpoints: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if err := s.srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutting down admin server: %w", err)
	}
	return nil
}
