// Command classifier is newsflow's classifier service: it consumes Articles
// from NEWS_ARTICLES and publishes TaggedArticles on news.tagged.<source>
// with index copies on news.actor.<actor>.<source> and
// news.topic.<topic>.<source>. The taxonomy is the embedded one, or the
// files in -taxonomy-dir, re-read when they change.
package main

import (
	"context"
	"flag"
	"log/slog"
	"os"
	"time"

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
	var c service.Common
	c.RegisterFlags(fs, getenv)
	taxDir := fs.String("taxonomy-dir", getenv("NEWSFLOW_TAXONOMY_DIR"), "load the taxonomy from this directory (a mounted ConfigMap) and reload it when it changes; default: the embedded taxonomy (NEWSFLOW_TAXONOMY_DIR)")
	reloadEvery := fs.Duration("taxonomy-reload", 30*time.Second, "how often -taxonomy-dir is checked for changes")
	jsonMirror := fs.Bool("json-mirror", getenv("NEWSFLOW_JSON_MIRROR") == "true", "also publish every tagged record as protojson on news.json.tagged.<source> (stream NEWS_JSON) for consumers without protobuf (NEWSFLOW_JSON_MIRROR=true)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	c.Streams.JSONMirror = *jsonMirror
	cls, version, err := loadClassifier(*taxDir)
	if err != nil {
		return err
	}
	spec := service.Spec{
		Name:    stage.Name,
		Version: version,
		Ready: map[string]func(context.Context, service.Env) error{
			"consumer": func(ctx context.Context, env service.Env) error { return bus.Ready(ctx, env.JS, stage.Name) },
		},
	}
	return service.Run(ctx, spec, c, getenv, func(ctx context.Context, env service.Env) error {
		pub := bus.NewPublisher(env.JS, env.Telemetry.TracerProvider, env.Telemetry.Propagator)
		var opts []stage.Option
		if *jsonMirror {
			opts = append(opts, stage.WithJSONMirror())
		}
		s := stage.New(cls, pub, env.Logger, opts...)
		if *taxDir != "" {
			go watchTaxonomy(ctx, *taxDir, *reloadEvery, version, s, env.Logger)
		}
		return s.Run(ctx, env.JS, env.Telemetry, bus.StageOptions{Runner: c.Runner, Consumer: c.Consumer})
	})
}
