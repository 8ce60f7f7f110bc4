package stage

import (
	"context"
	"log/slog"
	"time"

	"github.com/newsflow/newsflow/services/classifier/classify"
)

// Config is every classifier setting an operator can change. Each field is
// one setting in three forms (package settings): the binary's flag
// -foo-bar, the environment variable NEWSFLOW_FOO_BAR and the key foo_bar
// of `newsflow up`'s YAML; the classifier binary and `newsflow up` both
// load it.
type Config struct {
	// TaxonomyDir, when set, is a directory (a mounted ConfigMap) the
	// taxonomy is loaded from and re-read every TaxonomyReload; empty: the
	// embedded taxonomy.
	TaxonomyDir    string        `yaml:"taxonomy_dir" help:"load the taxonomy from this directory (a mounted ConfigMap) and reload it when it changes; default: the embedded taxonomy"`
	TaxonomyReload time.Duration `yaml:"taxonomy_reload" help:"how often -taxonomy-dir is checked for changes"`
	// JSONMirror also publishes every tagged record as protojson on
	// news.json.tagged.<source> (stream NEWS_JSON; the streams need
	// bus.StreamOptions.JSONMirror too).
	JSONMirror bool `yaml:"json_mirror" help:"also publish every tagged record as protojson on news.json.tagged.<source> (stream NEWS_JSON) for consumers without protobuf"`
	// FormerIDCopies keeps the index subjects of actor ids a taxonomy
	// merge retired (news.actor.<former id>.<source>) fed, so that their
	// subscribers do not go quiet when the taxonomy is updated.
	FormerIDCopies bool `yaml:"former_id_copies" help:"also publish actor index copies under the ids a taxonomy merge folded into the actor (news.actor.<former id>.<source>), so that their subscribers keep receiving; turn off once they have moved"`
}

// DefaultConfig is the classifier's configuration when nothing is set.
func DefaultConfig() Config {
	return Config{TaxonomyReload: 30 * time.Second, FormerIDCopies: true}
}

// Classifier builds the classifier c names and returns it with its
// taxonomy's version.
func (c Config) Classifier() (*classify.Classifier, string, error) {
	return LoadClassifier(c.TaxonomyDir)
}

// Options are the stage options of c.
func (c Config) Options() []Option {
	var opts []Option
	if c.JSONMirror {
		opts = append(opts, WithJSONMirror())
	}
	if c.FormerIDCopies {
		opts = append(opts, WithFormerIDCopies())
	}
	return opts
}

// Watch reloads c.TaxonomyDir into s until ctx ends (WatchTaxonomy), from
// the taxonomy at version; without a directory it returns at once.
func (c Config) Watch(ctx context.Context, s Swapper, version string, logger *slog.Logger) {
	if c.TaxonomyDir == "" {
		return
	}
	every := c.TaxonomyReload
	if every <= 0 {
		every = DefaultConfig().TaxonomyReload
	}
	WatchTaxonomy(ctx, c.TaxonomyDir, every, version, s, logger)
}
