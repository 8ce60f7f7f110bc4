// Command sink is newsflow's sink service: it consumes TaggedArticles from
// news.tagged.> into the database (SQLite file or PostgreSQL) and serves the
// query API.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/service"
	"github.com/newsflow/newsflow/services/sink/api"
	"github.com/newsflow/newsflow/services/sink/stage"
	"github.com/newsflow/newsflow/services/sink/store"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Getenv); err != nil {
		slog.Error("sink stopped", "err", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, getenv func(string) string) error {
	fs := flag.NewFlagSet("sink", flag.ContinueOnError)
	var c service.Common
	c.RegisterFlags(fs, getenv)
	dsn := fs.String("db", envOr(getenv, "NEWSFLOW_SINK_DSN", "sqlite://newsflow.db"), "database: sqlite://PATH or postgres://… (NEWSFLOW_SINK_DSN)")
	apiAddr := fs.String("api-addr", envOr(getenv, "NEWSFLOW_API_ADDR", ":8080"), "query API listen address (NEWSFLOW_API_ADDR)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	spec := service.Spec{
		Name:    stage.Name,
		Version: "1",
		Ready: map[string]func(context.Context, service.Env) error{
			"consumer": func(ctx context.Context, env service.Env) error { return bus.Ready(ctx, env.JS, stage.Name) },
		},
	}
	return service.Run(ctx, spec, c, getenv, func(ctx context.Context, env service.Env) error {
		db, err := store.Open(ctx, *dsn, env.Logger)
		if err != nil {
			return fmt.Errorf("opening the database: %w", err)
		}
		defer db.Close()
		errc := make(chan error, 1)
		go func() { errc <- serveAPI(ctx, *apiAddr, api.New(db, env.Logger), env.Logger) }()
		err = stage.New(db, env.Logger).Run(ctx, env.JS, env.Telemetry, bus.StageOptions{Runner: c.Runner, Consumer: c.Consumer})
		return errors.Join(err, <-errc)
	})
}

func serveAPI(ctx context.Context, addr string, h http.Handler, logger *slog.Logger) error {
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", addr)
	if err != nil {
		return fmt.Errorf("listening for the query API on %q: %w", addr, err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second}
	logger.Info("query API listening", "addr", ln.Addr().String())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serving the query API: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutting down the query API: %w", err)
	}
	return nil
}

func envOr(getenv func(string) string, key, def string) string {
	if v := getenv(key); v != "" {
		return v
	}
	return def
}
