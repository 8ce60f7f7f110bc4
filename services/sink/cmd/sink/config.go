package main

import (
	"errors"
	"flag"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/newsflow/newsflow/services/sink/stage"
)

// config is the sink's own settings (service.Common holds the shared ones).
type config struct {
	DSN            string
	APIAddr        string
	BatchSize      int
	BatchWait      time.Duration
	Retention      time.Duration // 0: keep forever
	RetentionEvery time.Duration
	// APIKeysFile is a file of keys (one a line) or a directory of them
	// (a mounted Secret); empty: no authentication.
	APIKeysFile string
	// APIAllowAnonymous serves without keys beyond loopback.
	APIAllowAnonymous bool
	// CORSOrigins may call the API from a browser (empty: CORS off).
	CORSOrigins string
}

// register binds the flags, defaulting from the environment; a malformed
// environment value is collected into *errs (a start-up error, never a
// silent default).
func (c *config) register(fs *flag.FlagSet, getenv func(string) string, errs *[]error) {
	str := func(key, def string) string {
		if v := getenv(key); v != "" {
			return v
		}
		return def
	}
	dur := func(key string, def time.Duration) time.Duration {
		s := getenv(key)
		if s == "" {
			return def
		}
		d, err := parseDuration(s)
		if err != nil {
			*errs = append(*errs, fmt.Errorf("parsing %s=%q: %w", key, s, err))
			return def
		}
		return d
	}
	num := func(key string, def int) int {
		s := getenv(key)
		if s == "" {
			return def
		}
		n, err := strconv.Atoi(s)
		if err != nil {
			*errs = append(*errs, fmt.Errorf("parsing %s=%q: %w", key, s, err))
			return def
		}
		return n
	}
	fs.StringVar(&c.DSN, "db", str("NEWSFLOW_SINK_DSN", "sqlite://newsflow.db"), "database: sqlite://PATH or postgres://… (NEWSFLOW_SINK_DSN)")
	fs.StringVar(&c.APIAddr, "api-addr", str("NEWSFLOW_API_ADDR", "127.0.0.1:8080"), "query API listen address; the container image sets :8080 (NEWSFLOW_API_ADDR)")
	fs.StringVar(&c.APIKeysFile, "api-keys-file", str("NEWSFLOW_API_KEYS_FILE", ""), "file with one API key a line, or a directory of such files (a mounted Secret); requests then need Authorization: Bearer KEY or X-API-Key: KEY (NEWSFLOW_API_KEYS_FILE)")
	anon := false
	if v := getenv("NEWSFLOW_API_ALLOW_ANONYMOUS"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			*errs = append(*errs, fmt.Errorf("parsing NEWSFLOW_API_ALLOW_ANONYMOUS=%q: %w", v, err))
		}
		anon = b
	}
	fs.BoolVar(&c.APIAllowAnonymous, "api-allow-anonymous", anon, "serve the query API without keys on a non-loopback address (NEWSFLOW_API_ALLOW_ANONYMOUS)")
	fs.StringVar(&c.CORSOrigins, "api-cors-origins", str("NEWSFLOW_API_CORS_ORIGINS", ""), "comma-separated origins allowed to call the API from a browser, or *; empty: CORS off (NEWSFLOW_API_CORS_ORIGINS)")
	fs.IntVar(&c.BatchSize, "batch-size", num("NEWSFLOW_BATCH_SIZE", stage.DefaultBatchSize), "most records written per transaction (NEWSFLOW_BATCH_SIZE)")
	fs.DurationVar(&c.BatchWait, "batch-wait", dur("NEWSFLOW_BATCH_WAIT", stage.DefaultBatchWait), "longest a record waits for its batch to fill (NEWSFLOW_BATCH_WAIT)")
	c.Retention = dur("NEWSFLOW_RETENTION", 0)
	fs.Func("retention", "delete articles stored longer ago than this, e.g. 2160h or 90d; 0 keeps them forever (NEWSFLOW_RETENTION)", func(s string) error {
		d, err := parseDuration(s)
		c.Retention = d
		return err
	})
	fs.DurationVar(&c.RetentionEvery, "retention-every", dur("NEWSFLOW_RETENTION_INTERVAL", time.Hour), "how often retention runs (NEWSFLOW_RETENTION_INTERVAL)")
}

func (c *config) validate() error {
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

// parseDuration is time.ParseDuration plus whole days ("90d").
func parseDuration(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if days, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.Atoi(days)
		if err != nil {
			return 0, fmt.Errorf("invalid duration %q: want e.g. 90d or 2160h", s)
		}
		return time.Duration(n) * 24 * time.Hour, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		return 0, fmt.Errorf("invalid duration %q: want e.g. 90d or 2160h", s)
	}
	return d, nil
}
