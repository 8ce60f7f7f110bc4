package door

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"golang.org/x/net/netutil"
)

// Limits bound one HTTP server. Zero values take DefaultLimits' values.
type Limits struct {
	// ReadHeaderTimeout bounds reading a request's headers.
	ReadHeaderTimeout time.Duration
	// ReadTimeout bounds reading a whole request, body included.
	ReadTimeout time.Duration
	// WriteTimeout bounds writing a response, from the end of the headers
	// read; streaming handlers (exports) must finish within it.
	WriteTimeout time.Duration
	// IdleTimeout closes a keep-alive connection that sends no request.
	IdleTimeout time.Duration
	// MaxHeaderBytes caps a request's headers.
	MaxHeaderBytes int
	// MaxConns caps open connections; the listener stops accepting
	// beyond it until one closes.
	MaxConns int
	// MaxInFlight caps requests served at once; beyond it the answer is
	// 503 with Retry-After (see Limit).
	MaxInFlight int
	// ShutdownTimeout bounds the graceful shutdown.
	ShutdownTimeout time.Duration
}

// DefaultLimits suit the query API and the admin endpoints: an export of
// a large result takes seconds, not minutes, and a scrape or probe
// milliseconds.
func DefaultLimits() Limits {
	return Limits{
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      2 * time.Minute,
		IdleTimeout:       30 * time.Second,
		MaxHeaderBytes:    32 << 10,
		MaxConns:          1024,
		MaxInFlight:       128,
		ShutdownTimeout:   5 * time.Second,
	}
}

func (l Limits) withDefaults() Limits {
	d := DefaultLimits()
	pick := func(v, def time.Duration) time.Duration {
		if v > 0 {
			return v
		}
		return def
	}
	l.ReadHeaderTimeout = pick(l.ReadHeaderTimeout, d.ReadHeaderTimeout)
	l.ReadTimeout = pick(l.ReadTimeout, d.ReadTimeout)
	l.WriteTimeout = pick(l.WriteTimeout, d.WriteTimeout)
	l.IdleTimeout = pick(l.IdleTimeout, d.IdleTimeout)
	l.ShutdownTimeout = pick(l.ShutdownTimeout, d.ShutdownTimeout)
	if l.MaxHeaderBytes <= 0 {
		l.MaxHeaderBytes = d.MaxHeaderBytes
	}
	if l.MaxConns <= 0 {
		l.MaxConns = d.MaxConns
	}
	if l.MaxInFlight <= 0 {
		l.MaxInFlight = d.MaxInFlight
	}
	return l
}

// NewServer returns an http.Server for h with every timeout of l set and
// h behind Limit. Serve it on a listener from Listen.
func NewServer(h http.Handler, l Limits) *http.Server {
	l = l.withDefaults()
	return &http.Server{
		Handler:           Limit(l.MaxInFlight, h),
		ReadHeaderTimeout: l.ReadHeaderTimeout,
		ReadTimeout:       l.ReadTimeout,
		WriteTimeout:      l.WriteTimeout,
		IdleTimeout:       l.IdleTimeout,
		MaxHeaderBytes:    l.MaxHeaderBytes,
	}
}

// Listen listens on addr with at most l.MaxConns connections open.
func Listen(ctx context.Context, addr string, l Limits) (net.Listener, error) {
	l = l.withDefaults()
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listening on %q: %w", addr, err)
	}
	return netutil.LimitListener(ln, l.MaxConns), nil
}

// Serve serves h on addr under l until ctx ends, then shuts down
// gracefully within l.ShutdownTimeout. what names the server in logs and
// errors ("query API"); ready, when not nil, receives the bound address
// once listening.
func Serve(ctx context.Context, addr string, h http.Handler, l Limits, logger *slog.Logger, what string, ready chan<- string) error {
	l = l.withDefaults()
	ln, err := Listen(ctx, addr, l)
	if err != nil {
		return fmt.Errorf("starting the %s: %w", what, err)
	}
	srv := NewServer(h, l)
	srv.ErrorLog = slog.NewLogLogger(logger.Handler(), slog.LevelDebug)
	logger.InfoContext(ctx, what+" listening", "addr", ln.Addr().String())
	if ready != nil {
		ready <- ln.Addr().String()
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serving the %s: %w", what, err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), l.ShutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		_ = srv.Close() // the deadline passed: cut the remaining connections
		return fmt.Errorf("shutting down the %s: %w", what, err)
	}
	return nil
}

// Limit serves at most n requests at once and answers 503 with
// Retry-After: 1 to the others at once, so that a flood is refused
// cheaply instead of queueing behind slow requests.
func Limit(n int, next http.Handler) http.Handler {
	if n <= 0 {
		n = DefaultLimits().MaxInFlight
	}
	sem := make(chan struct{}, n)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case sem <- struct{}{}:
		default:
			w.Header().Set("Retry-After", "1")
			http.Error(w, "too many requests in flight, retry shortly", http.StatusServiceUnavailable)
			return
		}
		defer func() { <-sem }()
		next.ServeHTTP(w, r)
	})
}
