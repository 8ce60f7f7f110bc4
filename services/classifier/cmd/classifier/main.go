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
	"time"

	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/service"
	"github.com/newsflow/newsflow/services/classifier/classify"
	"github.com/newsflow/newsflow/services/classifier/stage"
	"github.com/newsflow/newsflow/services/classifier/taxonomy"
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
	if err := fs.Parse(args); err != nil {
		return err
	}
	load := func() (*classify.Classifier, string, error) {
		var (
			tax *taxonomy.Taxonomy
			err error
		)
		if *taxDir != "" {
			tax, err = taxonomy.Load(os.DirFS(*taxDir))
		} else {
			tax, err = taxonomy.Default()
		}
		if err != nil {
			return nil, "", fmt.Errorf("loading taxonomy: %w", err)
		}
		cls, err := classify.New(tax)
		if err != nil {
			return nil, "", fmt.Errorf("building classifier: %w", err)
		}
		return cls, tax.Version(), nil
	}
	cls, version, err := load()
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
		s := stage.New(cls, pub, env.Logger)
		if *taxDir != "" {
			go reload(ctx, *reloadEvery, version, load, s, env.Logger)
		}
		return s.Run(ctx, env.JS, env.Telemetry, bus.StageOptions{Runner: c.Runner, Consumer: c.Consumer})
	})
}

// reload re-reads the taxonomy directory and swaps the classifier when its
// version changes; a broken edit is logged and the running taxonomy kept.
func reload(ctx context.Context, every time.Duration, version string, load func() (*classify.Classifier, string, error), s *stage.Stage, logger *slog.Logger) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		cls, v, err := load()
		if err != nil {
			logger.ErrorContext(ctx, "reloading taxonomy, keeping the running one", "version", version, "err", err)
			continue
		}
		if v != version {
			s.Swap(cls)
			logger.InfoContext(ctx, "taxonomy reloaded", "from", version, "to", v)
			version = v
		}
	}
}
