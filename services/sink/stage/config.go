package stage

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/newsflow/newsflow/services/sink/store"
)

// Config is every sink setting an operator can change. Each field is one
// setting in three forms (package settings): the binary's flag -foo-bar,
// the environment variable NEWSFLOW_FOO_BAR and the key foo_bar of
// `newsflow up`'s YAML; the sink binary and `newsflow up` both load it.
type Config struct {
	// DSN is the database: sqlite://PATH or postgres://…; the binary also
	// takes it as -db, and the older NEWSFLOW_SINK_DSN is still read.
	DSN     string `yaml:"sink" env:"NEWSFLOW_SINK_DSN" help:"database: sqlite://PATH or postgres://…"`
	APIAddr string `yaml:"api_addr" help:"query API listen address; the container image sets :8080"`
	// APIKeysFile is a file of keys (one a line) or a directory of them
	// (a mounted Secret); empty: no authentication.
	APIKeysFile string `yaml:"api_keys_file" help:"file with one API key a line, or a directory of such files (a mounted Secret); requests then need Authorization: Bearer KEY or X-API-Key: KEY"`
	// APIAllowAnonymous serves without keys beyond loopback.
	APIAllowAnonymous bool `yaml:"api_allow_anonymous" help:"serve the query API without keys on a non-loopback address"`
	// APICORSOrigins may call the API from a browser (empty: CORS off).
	APICORSOrigins []string      `yaml:"api_cors_origins" help:"comma-separated origins allowed to call the API from a browser, or *; empty: CORS off"`
	BatchSize      int           `yaml:"batch_size" help:"most records written per transaction"`
	BatchWait      time.Duration `yaml:"batch_wait" help:"longest a record waits for its batch to fill"`
	// Retention deletes articles stored longer ago; 0 keeps them forever.
	Retention time.Duration `yaml:"retention" help:"delete articles stored longer ago than this, e.g. 2160h or 90d; 0 keeps them forever"`
	// RetentionEvery is how often retention runs; the older
	// NEWSFLOW_RETENTION_INTERVAL is still read.
	RetentionEvery time.Duration `yaml:"retention_every" env:"NEWSFLOW_RETENTION_INTERVAL" help:"how often retention runs"`
}

// DefaultConfig is the sink's configuration when nothing is set.
func DefaultConfig() Config {
	return Config{
		DSN: "sqlite://newsflow.db", APIAddr: "127.0.0.1:8080",
		BatchSize: DefaultBatchSize, BatchWait: DefaultBatchWait, RetentionEvery: time.Hour,
	}
}

// Validate reports every setting that cannot work.
func (c Config) Validate() error {
	var errs []error
	// On PostgreSQL a batch holds one advisory lock per record until it
	// commits; the default lock table has room for 64 per connection.
	if c.BatchSize < 1 || c.BatchSize > 1000 {
		errs = append(errs, fmt.Errorf("batch-size must be from 1 to 1000, not %d", c.BatchSize))
	}
	if c.BatchWait <= 0 {
		errs = append(errs, fmt.Errorf("batch-wait must be positive, not %s", c.BatchWait))
	}
	if c.Retention < 0 {
		errs = append(errs, fmt.Errorf("retention must not be negative, not %s", c.Retention))
	}
	if c.RetentionEvery < time.Second {
		errs = append(errs, fmt.Errorf("retention-every must be at least 1s, not %s", c.RetentionEvery))
	}
	return errors.Join(errs...)
}

// Options are the stage options of c.
func (c Config) Options() []Option {
	return []Option{WithBatch(c.BatchSize, c.BatchWait)}
}

// Retainer deletes old articles (a *store.Store).
type Retainer interface {
	DeleteStoredBefore(ctx context.Context, cutoff time.Time, batch int) (int64, error)
}

// Retain deletes the articles stored longer than c.Retention ago, at start
// and then every c.RetentionEvery, until ctx ends; with Retention 0 it
// returns at once. Failures are logged and retried at the next round;
// several replicas doing it at once is harmless.
func (c Config) Retain(ctx context.Context, db Retainer, logger *slog.Logger) {
	if c.Retention <= 0 {
		return
	}
	logger = logger.With("component", "retention")
	t := time.NewTicker(c.RetentionEvery)
	defer t.Stop()
	for {
		cutoff := time.Now().Add(-c.Retention)
		n, err := db.DeleteStoredBefore(ctx, cutoff, store.DefaultDeleteBatch)
		switch {
		case err != nil && ctx.Err() == nil:
			logger.ErrorContext(ctx, "deleting old articles", "cutoff", cutoff, "deleted", n, "err", err)
		case n > 0:
			logger.InfoContext(ctx, "deleted old articles", "cutoff", cutoff, "deleted", n)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
