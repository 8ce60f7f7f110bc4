// Command extractor is newsflow's extractor service: it consumes RawPage
// records from NEWS_RAW and publishes clean Articles on
// news.articles.<source>. Configuration: flags, NATS_* and NEWSFLOW_*
// environment variables or a -config YAML file (run with -h): service.Common's
// and stage.Config's (the site memory).
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"

	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/service"
	"github.com/newsflow/newsflow/services/extractor/extract"
	"github.com/newsflow/newsflow/services/extractor/stage"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Getenv); err != nil {
		slog.Error("extractor stopped", "err", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, getenv func(string) string) error {
	fs := flag.NewFlagSet("extractor", flag.ContinueOnError)
	c, cfg := service.DefaultCommon(), stage.DefaultConfig()
	set := c.Register(fs, getenv, &cfg)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := set.Load(); err != nil {
		return fmt.Errorf("validating configuration: %w", err)
	}
	opts, err := cfg.Options()
	if err != nil {
		return err
	}
	spec := service.Spec{
		Name:    stage.Name,
		Version: extract.Version,
		Ready: map[string]func(context.Context, service.Env) error{
			"consumer": func(ctx context.Context, env service.Env) error { return bus.Ready(ctx, env.JS, stage.Name) },
		},
	}
	return service.Run(ctx, spec, c, getenv, func(ctx context.Context, env service.Env) error {
		pub := bus.NewPublisher(env.JS, env.Telemetry.TracerProvider, env.Telemetry.Propagator)
		return stage.New(pub, env.Logger, opts...).Run(ctx, env.JS, env.Telemetry, env.StageOptions())
	})
}
