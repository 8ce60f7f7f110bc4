// Command fetcher is newsflow's fetcher service: it polls the feeds listed
// in -feeds and publishes each new page as a RawPage on news.raw.<source>.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"

	"github.com/newsflow/newsflow/plumbing/service"
	"github.com/newsflow/newsflow/plumbing/settings"
	"github.com/newsflow/newsflow/services/fetcher/feedlist"
	"github.com/newsflow/newsflow/services/fetcher/fetch"
	"github.com/newsflow/newsflow/services/fetcher/poll"
	"github.com/newsflow/newsflow/services/fetcher/stage"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Getenv); err != nil {
		slog.Error("fetcher stopped", "err", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, getenv func(string) string) error {
	fs := flag.NewFlagSet("fetcher", flag.ContinueOnError)
	var c service.Common
	c.RegisterFlags(fs, getenv)
	feedsFile := fs.String("feeds", getenv("NEWSFLOW_FEEDS_FILE"), "YAML feed list (NEWSFLOW_FEEDS_FILE)")
	cfg := stage.DefaultConfig()
	envErr := settings.Register(fs, getenv, &cfg)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if cfg.Replica == "" {
		cfg.Replica = getenv("HOSTNAME")
	}
	if err := errors.Join(envErr, cfg.Validate()); err != nil {
		return fmt.Errorf("validating configuration: %w", err)
	}
	fcfg, err := cfg.FetchConfig(fetch.DefaultConfig())
	if err != nil {
		return err
	}
	var feeds []poll.Feed
	if *feedsFile != "" {
		if feeds, err = feedlist.Load(*feedsFile); err != nil {
			return fmt.Errorf("loading feed list: %w", err)
		}
	}
	spec := service.Spec{Name: stage.Name}
	return service.Run(ctx, spec, c, getenv, func(ctx context.Context, env service.Env) error {
		s, err := stage.Open(ctx, env.JS, env.Telemetry, cfg, fcfg, stage.Where{Replicas: c.Streams.Replicas}, env.Logger)
		if err != nil {
			return err
		}
		env.Logger.InfoContext(ctx, "polling feeds", "file_feeds", len(feeds), "file", *feedsFile)
		return s.Run(ctx, feeds, *feedsFile)
	})
}
