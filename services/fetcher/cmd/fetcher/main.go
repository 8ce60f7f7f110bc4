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
	c, cfg := service.DefaultCommon(), stage.DefaultConfig()
	var file feedlist.Setting
	set := c.Register(fs, getenv, &cfg, &file)
	set.Alias(fs, "feeds", "feeds-file")
	if err := fs.Parse(args); err != nil {
		return err
	}
	loadErr := set.Load()
	if cfg.Replica == "" {
		cfg.Replica = getenv("HOSTNAME")
	}
	if err := errors.Join(loadErr, cfg.Validate()); err != nil {
		return fmt.Errorf("validating configuration: %w", err)
	}
	fcfg, err := cfg.FetchConfig(fetch.DefaultConfig())
	if err != nil {
		return err
	}
	var feeds []poll.Feed
	if file.File != "" {
		if feeds, err = feedlist.Load(file.File); err != nil {
			return fmt.Errorf("loading feed list: %w", err)
		}
	}
	spec := service.Spec{Name: stage.Name}
	return service.Run(ctx, spec, c, getenv, func(ctx context.Context, env service.Env) error {
		s, err := stage.Open(ctx, env.JS, env.Telemetry, cfg, fcfg, stage.Where{Replicas: c.Streams.Replicas}, env.Logger)
		if err != nil {
			return err
		}
		env.Logger.InfoContext(ctx, "polling feeds", "file_feeds", len(feeds), "file", file.File)
		return s.Run(ctx, feeds, file.File)
	})
}
