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
	"os"
	"sync/atomic"

	"golang.org/x/sync/errgroup"

	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/door"
	"github.com/newsflow/newsflow/plumbing/service"
	"github.com/newsflow/newsflow/services/sink/api"
	"github.com/newsflow/newsflow/services/sink/stage"
	"github.com/newsflow/newsflow/services/sink/store"
	"github.com/newsflow/newsflow/services/sink/ui"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Getenv); err != nil {
		slog.Error("sink stopped", "err", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, getenv func(string) string) error {
	fs := flag.NewFlagSet("sink", flag.ContinueOnError)
	c, cfg := service.DefaultCommon(), stage.DefaultConfig()
	set := register(fs, getenv, &c, &cfg)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := errors.Join(set.Load(), cfg.Validate()); err != nil {
		return fmt.Errorf("validating configuration: %w", err)
	}
	var keys *door.Keys
	if cfg.APIKeysFile != "" {
		k, err := door.LoadKeys(cfg.APIKeysFile)
		if err != nil {
			return fmt.Errorf("loading the query API's keys: %w", err)
		}
		keys = k
	}
	if err := door.CheckExposure(cfg.APIAddr, keys, cfg.APIAllowAnonymous); err != nil {
		return fmt.Errorf("validating configuration: %w", err)
	}
	var opened atomic.Pointer[store.Store]
	spec := service.Spec{
		Name: stage.Name,
		Ready: map[string]func(context.Context, service.Env) error{
			"consumer": func(ctx context.Context, env service.Env) error { return bus.Ready(ctx, env.JS, stage.Name) },
			"database": func(ctx context.Context, _ service.Env) error {
				db := opened.Load()
				if db == nil {
					return errors.New("database not open yet")
				}
				return db.Ping(ctx)
			},
		},
	}
	return service.Run(ctx, spec, c, getenv, func(ctx context.Context, env service.Env) error {
		db, err := store.Open(ctx, cfg.DSN, env.Logger)
		if err != nil {
			return fmt.Errorf("opening the database: %w", err)
		}
		defer func() {
			if err := db.Close(); err != nil {
				env.Logger.WarnContext(ctx, "closing the database", "err", err)
			}
		}()
		opened.Store(db)
		g, ctx := errgroup.WithContext(ctx)
		g.Go(func() error {
			h := door.Front(ui.Mount(api.New(db, env.Logger), db, env.Logger), keys, cfg.APICORSOrigins)
			return door.Serve(ctx, cfg.APIAddr, h, door.DefaultLimits(), env.Logger, "query API", nil)
		})
		g.Go(func() error { cfg.Retain(ctx, db, env.Logger); return nil })
		g.Go(func() error {
			return stage.New(db, env.Logger, cfg.Options()...).
				Run(ctx, env.JS, env.Telemetry, env.StageOptions())
		})
		return g.Wait()
	})
}
