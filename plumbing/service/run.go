package service

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"golang.org/x/sync/errgroup"

	"github.com/newsflow/newsflow/plumbing/admin"
	"github.com/newsflow/newsflow/plumbing/buildinfo"
	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/telemetry"
)

// Env is what a service's work function gets.
type Env struct {
	NC        *nats.Conn
	JS        jetstream.JetStream
	Telemetry *telemetry.Telemetry
	Logger    *slog.Logger
	Common    Common
	// Health is the stage's report on its output (the next stream, the
	// database), served by /readyz as the "output" check: the stage runs
	// with it when it takes its options from StageOptions.
	Health *bus.Health
}

// StageOptions are the Common's stage options reporting to env.Health.
func (env Env) StageOptions() bus.StageOptions {
	o := env.Common.StageOptions()
	o.Runner.Health = env.Health
	return o
}

// Work is a service's main loop: it runs until ctx ends and returns after
// its in-flight work is finished.
type Work func(ctx context.Context, env Env) error

// Spec names a service and its readiness checks.
type Spec struct {
	Name string
	// Version is the component's own version (the extractor's algorithm,
	// the classifier's taxonomy…), logged at start; the build's version
	// (buildinfo.Version) is the service_version of its telemetry. Empty
	// for a component with no version of its own (fetcher, sink).
	Version string
	// Ready checks beyond the NATS connection, e.g. the stage's consumer.
	Ready map[string]func(ctx context.Context, env Env) error
	// JSONMirror provisions the JSON mirror's stream too (the classifier's
	// json_mirror).
	JSONMirror bool
	// OnAdminListen, when set, is called with the admin server's bound
	// address (useful with -admin-addr 127.0.0.1:0).
	OnAdminListen func(addr string)
}

// Run runs one service process until SIGTERM or interrupt (or ctx ends).
func Run(ctx context.Context, spec Spec, c Common, getenv func(string) string, work Work) error {
	if c.ShowVersion {
		_, err := fmt.Fprintf(os.Stdout, "%s %s\n", spec.Name, buildinfo.Version())
		return err
	}
	if err := c.Validate(); err != nil {
		return fmt.Errorf("validating configuration: %w", err)
	}
	logger := telemetry.NewLogger(os.Stderr, c.LogLevel, spec.Name)
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()

	attrs := []any{"version", buildinfo.Version()}
	if spec.Version != "" {
		attrs = append(attrs, "component_version", spec.Version)
	}
	logger.InfoContext(ctx, "starting", attrs...)
	tel, err := telemetry.Setup(ctx, telemetry.ConfigFromEnv(spec.Name, buildinfo.Version(), getenv))
	if err != nil {
		return fmt.Errorf("setting up telemetry: %w", err)
	}
	defer func() {
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		if err := tel.Shutdown(sctx); err != nil {
			logger.WarnContext(ctx, "flushing telemetry", "err", err)
		}
	}()

	conn := c.Conn()
	conn.Name = spec.Name
	nc, err := bus.Connect(ctx, conn, logger)
	if err != nil {
		return err
	}
	defer func() {
		if err := nc.Drain(); err != nil && !errors.Is(err, nats.ErrConnectionClosed) {
			logger.WarnContext(ctx, "draining nats connection", "err", err)
		}
	}()
	js, err := bus.JetStream(nc)
	if err != nil {
		return fmt.Errorf("opening JetStream: %w", err)
	}
	if c.Provision {
		streams := c.Streams.Options()
		streams.JSONMirror = spec.JSONMirror
		if err := bus.Provision(ctx, js, streams); err != nil {
			return err
		}
	}
	env := Env{NC: nc, JS: js, Telemetry: tel, Logger: logger, Common: c, Health: &bus.Health{}}

	checks := map[string]admin.Check{
		"nats": func(context.Context) error {
			if !nc.IsConnected() {
				return fmt.Errorf("nats connection is %v", nc.Status())
			}
			return nil
		},
		// A stage whose output refuses what it hands on (JetStream storage
		// full, the database down) keeps its input and says so here.
		"output": env.Health.Check,
	}
	for name, f := range spec.Ready {
		checks[name] = func(ctx context.Context) error { return f(ctx, env) }
	}
	adm := admin.New(c.AdminAddr, tel.Registry, checks, logger)

	// The work runs on its own context: on SIGTERM it stops pulling and
	// finishes in-flight messages; the admin server keeps answering until
	// the work is done, then stops.
	workCtx, cancelWork := context.WithCancel(ctx)
	defer cancelWork()
	adminCtx, cancelAdmin := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelAdmin()

	g := new(errgroup.Group)
	listening := make(chan string, 1)
	go func() {
		select {
		case addr := <-listening:
			if spec.OnAdminListen != nil {
				spec.OnAdminListen(addr)
			}
		case <-adminCtx.Done():
		}
	}()
	g.Go(func() error {
		err := adm.Run(adminCtx, listening)
		if err != nil {
			stop() // without its admin port the pod is unmanageable: shut down
		}
		return err
	})
	g.Go(func() error {
		defer cancelAdmin()
		errc := make(chan error, 1)
		go func() { errc <- work(workCtx, env) }()
		select {
		case err := <-errc:
			return err
		case <-ctx.Done():
		}
		logger.InfoContext(ctx, "shutting down: finishing in-flight work", "timeout", c.ShutdownTimeout.String())
		cancelWork()
		select {
		case err := <-errc:
			return err
		case <-time.After(c.ShutdownTimeout):
			return fmt.Errorf("%s did not finish in-flight work within %v", spec.Name, c.ShutdownTimeout)
		}
	})
	err = g.Wait()
	logger.InfoContext(ctx, "stopped", "err", err)
	return err
}
