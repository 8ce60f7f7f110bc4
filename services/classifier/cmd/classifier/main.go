// Command classifier is newsflow's classifier service: it consumes Articles
// from NEWS_ARTICLES and publishes TaggedArticles on news.tagged.<source>
// with index copies on news.actor.<actor>.<source> and
// news.topic.<topic>.<source>. The taxonomy is the embedded one, or the
// files in -taxonomy-dir, re-read when they change.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"

	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/service"
	"github.com/newsflow/newsflow/services/classifier/stage"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Getenv); err != nil {
		slog.Error("classifier stopped", "err", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, getenv func(string) string) error {
	fs := flag.NewFlagSet("classifier", flag.ContinueOnError)
	c, cfg := service.DefaultCommon(), stage.DefaultConfig()
	set := c.Register(fs, getenv, &cfg)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := set.Load(); err != nil {
		return fmt.Errorf("validating configuration: %w", err)
	}
	cls, version, err := cfg.Classifier()
	if err != nil {
		return err
	}
	spec := service.Spec{
		Name:    stage.Name,
		Version: version,
		// The mirror's stream is provisioned with the others.
		JSONMirror: cfg.JSONMirror,
		Ready: map[string]func(context.Context, service.Env) error{
			"consumer": func(ctx context.Context, env service.Env) error { return bus.Ready(ctx, env.JS, stage.Name) },
		},
	}
	return service.Run(ctx, spec, c, getenv, func(ctx context.Context, env service.Env) error {
		pub := bus.NewPublisher(env.JS, env.Telemetry.TracerProvider, env.Telemetry.Propagator)
		s := stage.New(cls, pub, env.Logger, cfg.Options()...)
		go cfg.Watch(ctx, s, version, env.Logger)
		return s.Run(ctx, env.JS, env.Telemetry, env.StageOptions())
	})
}
