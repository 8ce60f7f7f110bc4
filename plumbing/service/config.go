package service

import (
	"flag"
	"fmt"
	"log/slog"
	"time"

	"github.com/nats-io/nats.go"

	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/settings"
)

// Common is the configuration every service binary shares. Each field is
// one setting of package settings: flag -foo-bar, environment variable
// NEWSFLOW_FOO_BAR, key foo_bar of the binary's -config file (NATS's in
// the section nats: the flag -nats-url is nats: {url: …}; the standard
// NATS_* variables are read too).
type Common struct {
	NATS     NATS     `yaml:"nats"`
	Streams  Streams  `yaml:",inline"`
	Delivery Delivery `yaml:",inline"`
	// AdminAddr serves /healthz, /readyz and /metrics.
	AdminAddr string     `yaml:"admin_addr" help:"admin listen address for /healthz, /readyz, /metrics; the container images set :9090"`
	LogLevel  slog.Level `yaml:"log_level" example:"debug" help:"log level: debug, info, warn, error"`
	// Provision creates or updates the streams at start-up; turn it off
	// where an operator manages streams (NACK, a provisioning Job).
	Provision bool `yaml:"provision" help:"create or update the streams at start (idempotent)"`
	// ShutdownTimeout bounds the drain after SIGTERM; keep it below the
	// pod's terminationGracePeriodSeconds.
	ShutdownTimeout time.Duration `yaml:"shutdown_timeout" help:"drain time after SIGTERM"`
	// ShowVersion (-version) prints the build version and exits; it is a
	// flag only, not a setting.
	ShowVersion bool
}

// NATS says how to reach NATS (bus.ConnConfig's settings).
type NATS struct {
	URL   string `yaml:"url" env:"NATS_URL" help:"NATS server URL(s), comma separated"`
	Creds string `yaml:"creds" env:"NATS_CREDS" help:"NATS credentials file (JWT and nkey)"`
	NKey  string `yaml:"nkey" env:"NATS_NKEY" help:"NATS nkey seed file"`
	User  string `yaml:"user" env:"NATS_USER" help:"NATS user name (with nats.password)"`
	// Password and Token are secrets: no flag, never echoed.
	Password    string `yaml:"password" env:"NATS_PASSWORD" secret:"true" help:"NATS password (environment or config file only)"`
	Token       string `yaml:"token" env:"NATS_TOKEN" secret:"true" help:"NATS token (environment or config file only)"`
	TLSCA       string `yaml:"tls_ca" env:"NATS_TLS_CA" help:"CA bundle for the NATS server"`
	TLSCert     string `yaml:"tls_cert" env:"NATS_TLS_CERT" help:"client certificate for mutual TLS"`
	TLSKey      string `yaml:"tls_key" env:"NATS_TLS_KEY" help:"client key for mutual TLS"`
	InboxPrefix string `yaml:"inbox_prefix" env:"NATS_INBOX_PREFIX" help:"inbox prefix the service's NATS user may subscribe to (_INBOX_<service>)"`
}

// Conn is n as a connection configuration.
func (n NATS) Conn() bus.ConnConfig {
	return bus.ConnConfig{
		URL: n.URL, CredsFile: n.Creds, NKeyFile: n.NKey, User: n.User, Password: n.Password, Token: n.Token,
		TLSCA: n.TLSCA, TLSCert: n.TLSCert, TLSKey: n.TLSKey, InboxPrefix: n.InboxPrefix,
	}
}

// Streams are the stream settings (bus.StreamOptions') a service
// provisions with.
type Streams struct {
	Replicas   int           `yaml:"stream_replicas" help:"stream replicas (1 for a single server, 3 in production)"`
	MaxAge     time.Duration `yaml:"stream_max_age" help:"stream max age (0: keep until limits)"`
	MaxMsgSize int32         `yaml:"max_msg_size" help:"stream max message size in bytes, 0 = server limit"`
	Duplicates time.Duration `yaml:"duplicate_window" help:"Nats-Msg-Id dedup window"`
}

// Options are s as stream options.
func (s Streams) Options() bus.StreamOptions {
	o := bus.DefaultStreamOptions()
	o.Replicas, o.MaxAge, o.MaxMsgSize, o.Duplicates = s.Replicas, s.MaxAge, s.MaxMsgSize, s.Duplicates
	return o
}

// Delivery is how a consuming stage takes its messages (bus.RunnerConfig's
// and bus.ConsumerOptions' settings).
type Delivery struct {
	Concurrency   int           `yaml:"concurrency" help:"messages processed at once by this replica"`
	MaxDeliver    int           `yaml:"max_deliver" help:"deliveries before a message is dead-lettered"`
	AckWait       time.Duration `yaml:"ack_wait" help:"consumer ack wait: redelivery deadline (long work sends in-progress)"`
	MaxAckPending int           `yaml:"max_ack_pending" help:"consumer max ack pending: in-flight bound across replicas"`
}

// DefaultDelivery is a stage's delivery when nothing is set.
func DefaultDelivery() Delivery {
	return Delivery{Concurrency: 4, MaxDeliver: 10, AckWait: 60 * time.Second, MaxAckPending: 1000}
}

// StageOptions are d as a stage's runner and consumer options.
func (d Delivery) StageOptions() bus.StageOptions {
	return bus.StageOptions{
		Runner:   bus.RunnerConfig{Concurrency: d.Concurrency, MaxDeliver: d.MaxDeliver},
		Consumer: bus.ConsumerOptions{AckWait: d.AckWait, MaxAckPending: d.MaxAckPending},
	}
}

// Validate reports delivery settings that cannot work.
func (d Delivery) Validate() error {
	if d.Concurrency < 1 {
		return fmt.Errorf("service: concurrency must be at least 1, not %d", d.Concurrency)
	}
	if d.MaxAckPending < d.Concurrency {
		return fmt.Errorf("service: max-ack-pending (%d) below concurrency (%d) would starve the stage", d.MaxAckPending, d.Concurrency)
	}
	return nil
}

// DefaultCommon is the common configuration when nothing is set.
func DefaultCommon() Common {
	def := bus.DefaultStreamOptions()
	return Common{
		NATS:            NATS{URL: nats.DefaultURL},
		Streams:         Streams{Replicas: def.Replicas, MaxAge: def.MaxAge, Duplicates: def.Duplicates},
		Delivery:        DefaultDelivery(),
		AdminAddr:       "127.0.0.1:9090",
		LogLevel:        slog.LevelInfo,
		Provision:       true,
		ShutdownTimeout: 25 * time.Second,
	}
}

// Register defines on fs the flags of c's settings and of cfgs (the
// service's own configuration structs), -config and -version. Parse fs,
// then Load the returned Set.
func (c *Common) Register(fs *flag.FlagSet, getenv func(string) string, cfgs ...any) *settings.Set {
	fs.BoolVar(&c.ShowVersion, "version", false, "print the version and exit")
	return settings.New(fs, getenv, append([]any{c}, cfgs...)...)
}

// Conn is c's NATS connection configuration.
func (c Common) Conn() bus.ConnConfig { return c.NATS.Conn() }

// StageOptions are c's delivery settings as stage options.
func (c Common) StageOptions() bus.StageOptions { return c.Delivery.StageOptions() }

// Validate reports configuration mistakes.
func (c Common) Validate() error {
	if err := c.Conn().Validate(); err != nil {
		return err
	}
	if c.Streams.Replicas < 1 || c.Streams.Replicas > 5 {
		return fmt.Errorf("service: stream replicas must be 1 to 5, not %d", c.Streams.Replicas)
	}
	return c.Delivery.Validate()
}
