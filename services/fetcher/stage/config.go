package stage

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/netip"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/newsflow/newsflow/plumbing/telemetry"
	"github.com/newsflow/newsflow/services/fetcher/catalog"
	"github.com/newsflow/newsflow/services/fetcher/fetch"
	"github.com/newsflow/newsflow/services/fetcher/kvseen"
	"github.com/newsflow/newsflow/services/fetcher/poll"
	"github.com/newsflow/newsflow/services/fetcher/schedule"
)

// Config is every fetcher setting an operator can change. Each field is
// one setting in three forms (package settings): the binary's flag
// -foo-bar, the environment variable NEWSFLOW_FOO_BAR and the key foo_bar
// of `newsflow up`'s YAML. The fetcher binary and `newsflow up` both load
// it and build the stage from it with Open, so they behave alike.
type Config struct {
	UserAgent string `yaml:"user_agent" help:"User-Agent naming the crawler and a contact URL"`
	// HostInterval is the least time between two requests to one host.
	HostInterval time.Duration `yaml:"host_interval" help:"least time between two requests to one host, across replicas"`
	// AllowCIDRs are non-public ranges the fetcher may reach; the older
	// NEWSFLOW_FETCH_ALLOW_CIDRS is still read.
	AllowCIDRs []string `yaml:"allow_cidrs" env:"NEWSFLOW_FETCH_ALLOW_CIDRS" help:"comma-separated non-public ranges the fetcher may reach (development only)"`
	// SharedHosts holds per-host politeness in the NEWSFLOW_HOSTS KV
	// bucket, so that replicas together keep HostInterval.
	SharedHosts bool          `yaml:"shared_hosts" help:"hold per-host politeness across replicas in the NEWSFLOW_HOSTS KV bucket (false: per replica)"`
	SeenTTL     time.Duration `yaml:"seen_ttl" help:"how long a fetched URL is remembered"`
	// Replica names this process in feed leases; the binary defaults it
	// to $HOSTNAME, the scheduler to host-pid-random.
	Replica         string        `yaml:"replica" help:"this replica's name in feed leases (default $HOSTNAME)"`
	MaxPolls        int           `yaml:"max_polls" help:"feed polls in flight in this replica"`
	DefaultInterval time.Duration `yaml:"default_interval" help:"poll interval of feeds that set none"`
	DisableAfter    int           `yaml:"disable_after" help:"failed polls in a row before a feed is disabled ('newsflow feeds enable' re-enables it)"`
	PollTimeout     time.Duration `yaml:"poll_timeout" help:"bound on one poll, its pages included (the feed's lease lasts a quarter longer)"`
}

// DefaultConfig is the fetcher's configuration when nothing is set.
func DefaultConfig() Config {
	def := fetch.DefaultConfig()
	return Config{
		UserAgent:       def.UserAgent,
		HostInterval:    def.HostInterval,
		SharedHosts:     true,
		SeenTTL:         kvseen.DefaultTTL,
		MaxPolls:        32,
		DefaultInterval: 15 * time.Minute,
		DisableAfter:    500,
		PollTimeout:     5 * time.Minute,
	}
}

// Validate reports every setting that cannot work.
func (c Config) Validate() error {
	var errs []error
	if _, err := c.FetchConfig(fetch.DefaultConfig()); err != nil {
		errs = append(errs, err)
	}
	for _, d := range []struct {
		name string
		v    time.Duration
	}{{"seen-ttl", c.SeenTTL}, {"default-interval", c.DefaultInterval}, {"poll-timeout", c.PollTimeout}} {
		if d.v < 0 {
			errs = append(errs, fmt.Errorf("%s must not be negative, not %s", d.name, d.v))
		}
	}
	if c.MaxPolls < 0 {
		errs = append(errs, fmt.Errorf("max-polls must not be negative, not %d", c.MaxPolls))
	}
	if c.DisableAfter < 0 {
		errs = append(errs, fmt.Errorf("disable-after must not be negative, not %d", c.DisableAfter))
	}
	return errors.Join(errs...)
}

// FetchConfig is base with the HTTP client's settings of c applied and
// c's allowed ranges added to base's.
func (c Config) FetchConfig(base fetch.Config) (fetch.Config, error) {
	base.UserAgent, base.HostInterval = c.UserAgent, c.HostInterval
	base.AllowCIDRs = append([]netip.Prefix(nil), base.AllowCIDRs...)
	for _, s := range c.AllowCIDRs {
		p, err := netip.ParsePrefix(s)
		if err != nil {
			return base, fmt.Errorf("parsing allowed range %q: %w", s, err)
		}
		base.AllowCIDRs = append(base.AllowCIDRs, p)
	}
	if err := base.Validate(); err != nil {
		return base, fmt.Errorf("checking fetch settings: %w", err)
	}
	return base, nil
}

// ScheduleOptions are the scheduler's settings of c.
func (c Config) ScheduleOptions() schedule.Options {
	return schedule.Options{
		Replica: c.Replica, MaxConcurrent: c.MaxPolls, DefaultInterval: c.DefaultInterval,
		DisableAfter: c.DisableAfter, PollTimeout: c.PollTimeout,
	}
}

// Where says where the fetcher keeps its state; it is what the binary and
// `newsflow up` legitimately differ in.
type Where struct {
	// SeenBucket names the dedup KV bucket (default kvseen.DefaultBucket).
	SeenBucket string
	// Replicas of the KV buckets (default 1).
	Replicas int
	// Poll tunes the poller (tests); zero values take its defaults.
	Poll poll.Options
}

// Open opens the seen-set and the feed catalog and returns the stage as
// cfg describes it, with fcfg as its HTTP client's settings (normally
// cfg.FetchConfig(fetch.DefaultConfig()); tests loosen it further). Run
// then schedules with cfg's scheduler settings.
func Open(ctx context.Context, js jetstream.JetStream, tel *telemetry.Telemetry, cfg Config, fcfg fetch.Config, w Where, logger *slog.Logger) (*Stage, error) {
	seen, err := kvseen.New(ctx, js, kvseen.Config{Bucket: w.SeenBucket, TTL: cfg.SeenTTL, Replicas: w.Replicas})
	if err != nil {
		return nil, fmt.Errorf("opening the seen-set: %w", err)
	}
	cat, err := catalog.Open(ctx, js, catalog.Config{Replicas: w.Replicas})
	if err != nil {
		return nil, fmt.Errorf("opening the feed catalog: %w", err)
	}
	if cfg.SharedHosts {
		fcfg.SharedHosts = cat.HostSlots(cfg.PollTimeout)
	}
	s, err := New(js, tel, fcfg, seen, w.Poll, logger)
	if err != nil {
		return nil, err
	}
	s.cat, s.sopts = cat, cfg.ScheduleOptions()
	return s, nil
}
