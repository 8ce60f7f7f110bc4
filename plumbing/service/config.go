package service

import (
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"strconv"
	"time"

	"github.com/newsflow/newsflow/plumbing/bus"
)

// Common is the configuration every service binary shares.
type Common struct {
	Conn      bus.ConnConfig
	Streams   bus.StreamOptions
	Consumer  bus.ConsumerOptions
	Runner    bus.RunnerConfig
	AdminAddr string
	LogLevel  slog.Level
	// Provision creates or updates the streams at start-up; turn it off
	// where an operator manages streams (NACK, a provisioning Job).
	Provision bool
	// ShutdownTimeout bounds the drain after SIGTERM; keep it below the
	// pod's terminationGracePeriodSeconds.
	ShutdownTimeout time.Duration
	// ShowVersion (-version) prints the build version and exits.
	ShowVersion bool

	envErrs []error
}

// RegisterFlags defines the common flags on fs with defaults from getenv.
func (c *Common) RegisterFlags(fs *flag.FlagSet, getenv func(string) string) {
	e := &env{getenv: getenv}
	defer func() { c.envErrs = e.errs }()
	c.Conn = bus.ConnConfigFromEnv(getenv)
	def := bus.DefaultStreamOptions()
	fs.StringVar(&c.Conn.URL, "nats-url", c.Conn.URL, "NATS server URL(s), comma separated (NATS_URL)")
	fs.StringVar(&c.Conn.CredsFile, "nats-creds", c.Conn.CredsFile, "NATS credentials file (NATS_CREDS)")
	fs.StringVar(&c.Conn.TLSCA, "nats-tls-ca", c.Conn.TLSCA, "CA bundle for the NATS server (NATS_TLS_CA)")
	fs.StringVar(&c.Conn.TLSCert, "nats-tls-cert", c.Conn.TLSCert, "client certificate for mutual TLS (NATS_TLS_CERT)")
	fs.StringVar(&c.Conn.TLSKey, "nats-tls-key", c.Conn.TLSKey, "client key for mutual TLS (NATS_TLS_KEY)")
	fs.StringVar(&c.AdminAddr, "admin-addr", envOr(getenv, "NEWSFLOW_ADMIN_ADDR", "127.0.0.1:9090"), "admin listen address for /healthz, /readyz, /metrics; the container images set :9090 (NEWSFLOW_ADMIN_ADDR)")
	fs.IntVar(&c.Streams.Replicas, "stream-replicas", e.int("NEWSFLOW_STREAM_REPLICAS", def.Replicas), "stream replicas (NEWSFLOW_STREAM_REPLICAS)")
	fs.DurationVar(&c.Streams.MaxAge, "stream-max-age", e.duration("NEWSFLOW_STREAM_MAX_AGE", def.MaxAge), "stream max age (NEWSFLOW_STREAM_MAX_AGE)")
	c.Streams.MaxMsgSize = int32(e.int("NEWSFLOW_MAX_MSG_SIZE", 0))
	fs.Func("max-msg-size", "stream max message size in bytes, 0 = server limit (NEWSFLOW_MAX_MSG_SIZE)", func(s string) error {
		v, err := strconv.ParseInt(s, 10, 32)
		if err != nil {
			return fmt.Errorf("parsing max-msg-size: %w", err)
		}
		c.Streams.MaxMsgSize = int32(v)
		return nil
	})
	fs.DurationVar(&c.Streams.Duplicates, "duplicate-window", e.duration("NEWSFLOW_DUPLICATE_WINDOW", def.Duplicates), "Nats-Msg-Id dedup window (NEWSFLOW_DUPLICATE_WINDOW)")
	fs.IntVar(&c.Runner.Concurrency, "concurrency", e.int("NEWSFLOW_CONCURRENCY", 4), "messages processed at once (NEWSFLOW_CONCURRENCY)")
	fs.IntVar(&c.Runner.MaxDeliver, "max-deliver", e.int("NEWSFLOW_MAX_DELIVER", 10), "deliveries before a message is dead-lettered (NEWSFLOW_MAX_DELIVER)")
	fs.DurationVar(&c.Consumer.AckWait, "ack-wait", e.duration("NEWSFLOW_ACK_WAIT", 60*time.Second), "consumer ack wait (NEWSFLOW_ACK_WAIT)")
	fs.IntVar(&c.Consumer.MaxAckPending, "max-ack-pending", e.int("NEWSFLOW_MAX_ACK_PENDING", 1000), "consumer max ack pending (NEWSFLOW_MAX_ACK_PENDING)")
	fs.BoolVar(&c.Provision, "provision", e.bool("NEWSFLOW_PROVISION", true), "create or update streams at start (NEWSFLOW_PROVISION)")
	fs.DurationVar(&c.ShutdownTimeout, "shutdown-timeout", e.duration("NEWSFLOW_SHUTDOWN_TIMEOUT", 25*time.Second), "drain time after SIGTERM (NEWSFLOW_SHUTDOWN_TIMEOUT)")
	fs.BoolVar(&c.ShowVersion, "version", false, "print the version and exit")
	fs.TextVar(&c.LogLevel, "log-level", e.level("NEWSFLOW_LOG_LEVEL"), "log level: debug, info, warn, error (NEWSFLOW_LOG_LEVEL)")
}

// Validate reports configuration mistakes.
func (c *Common) Validate() error {
	if len(c.envErrs) > 0 {
		return errors.Join(c.envErrs...)
	}
	if err := c.Conn.Validate(); err != nil {
		return err
	}
	if c.Streams.Replicas < 1 || c.Streams.Replicas > 5 {
		return fmt.Errorf("service: stream replicas must be 1 to 5, not %d", c.Streams.Replicas)
	}
	if c.Runner.Concurrency < 1 {
		return fmt.Errorf("service: concurrency must be at least 1, not %d", c.Runner.Concurrency)
	}
	if c.Consumer.MaxAckPending < c.Runner.Concurrency {
		return fmt.Errorf("service: max-ack-pending (%d) below concurrency (%d) would starve the stage", c.Consumer.MaxAckPending, c.Runner.Concurrency)
	}
	return nil
}

func envOr(getenv func(string) string, key, def string) string {
	if v := getenv(key); v != "" {
		return v
	}
	return def
}

// env reads typed environment defaults and keeps every malformed value, so
// Validate reports it instead of silently running with a default.
type env struct {
	getenv func(string) string
	errs   []error
}

func (e *env) int(key string, def int) int {
	s := e.getenv(key)
	if s == "" {
		return def
	}
	v, err := strconv.Atoi(s)
	if err != nil {
		e.errs = append(e.errs, fmt.Errorf("parsing %s=%q: %w", key, s, err))
		return def
	}
	return v
}

func (e *env) bool(key string, def bool) bool {
	s := e.getenv(key)
	if s == "" {
		return def
	}
	v, err := strconv.ParseBool(s)
	if err != nil {
		e.errs = append(e.errs, fmt.Errorf("parsing %s=%q: %w", key, s, err))
		return def
	}
	return v
}

func (e *env) duration(key string, def time.Duration) time.Duration {
	s := e.getenv(key)
	if s == "" {
		return def
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		e.errs = append(e.errs, fmt.Errorf("parsing %s=%q: %w", key, s, err))
		return def
	}
	return v
}

func (e *env) level(key string) slog.Level {
	var l slog.Level
	s := e.getenv(key)
	if s == "" {
		return slog.LevelInfo
	}
	if err := l.UnmarshalText([]byte(s)); err != nil {
		e.errs = append(e.errs, fmt.Errorf("parsing %s=%q: %w", key, s, err))
		return slog.LevelInfo
	}
	return l
}
