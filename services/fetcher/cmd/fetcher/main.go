// Command fetcher is newsflow's fetcher service: it polls the feeds listed
// in -feeds and publishes each new page as a RawPage on news.raw.<source>.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net/netip"
	"os"
	"strings"
	"time"

	"github.com/newsflow/newsflow/plumbing/service"
	"github.com/newsflow/newsflow/services/fetcher/catalog"
	"github.com/newsflow/newsflow/services/fetcher/feedlist"
	"github.com/newsflow/newsflow/services/fetcher/fetch"
	"github.com/newsflow/newsflow/services/fetcher/kvseen"
	"github.com/newsflow/newsflow/services/fetcher/poll"
	"github.com/newsflow/newsflow/services/fetcher/schedule"
	"github.com/newsflow/newsflow/services/fetcher/stage"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Getenv); err != nil {
		slog.Error("fetcher stopped", "err", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, getenv func(string) string) error {
	fs := flag.NewFlagSet("fetcher", flag.ContinueOnError)
	var c service.Common
	c.RegisterFlags(fs, getenv)
	feedsFile := fs.String("feeds", getenv("NEWSFLOW_FEEDS_FILE"), "YAML feed list (NEWSFLOW_FEEDS_FILE)")
	allow := fs.String("allow-cidrs", getenv("NEWSFLOW_FETCH_ALLOW_CIDRS"), "comma-separated non-public ranges the fetcher may reach (development only) (NEWSFLOW_FETCH_ALLOW_CIDRS)")
	userAgent := fs.String("user-agent", envOr(getenv, "NEWSFLOW_USER_AGENT", fetch.DefaultUserAgent), "User-Agent naming the crawler and a contact URL (NEWSFLOW_USER_AGENT)")
	seenTTL := fs.Duration("seen-ttl", 30*24*time.Hour, "how long a fetched URL is remembered")
	def := fetch.DefaultConfig()
	hiDefault, err := durationEnv(getenv, "NEWSFLOW_HOST_INTERVAL", def.HostInterval)
	if err != nil {
		return err
	}
	hostInterval := fs.Duration("host-interval", hiDefault, "least time between two requests to one host, across replicas (NEWSFLOW_HOST_INTERVAL)")
	sharedHosts := fs.Bool("shared-hosts", getenv("NEWSFLOW_SHARED_HOSTS") != "false", "hold per-host politeness across replicas in the NEWSFLOW_HOSTS KV bucket (NEWSFLOW_SHARED_HOSTS=false: per replica)")
	replica := fs.String("replica", envOr(getenv, "NEWSFLOW_REPLICA", getenv("HOSTNAME")), "this replica's name in feed leases (NEWSFLOW_REPLICA, default $HOSTNAME)")
	maxPolls := fs.Int("max-polls", 32, "feed polls in flight in this replica")
	interval := fs.Duration("default-interval", 15*time.Minute, "poll interval of feeds that set none")
	disableAfter := fs.Int("disable-after", 500, "failed polls in a row before a feed is disabled ('newsflow feeds enable' re-enables it)")
	pollTimeout := fs.Duration("poll-timeout", 5*time.Minute, "bound on one poll, its pages included (the feed's lease lasts a quarter longer)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var feeds []poll.Feed
	if *feedsFile != "" {
		if feeds, err = feedlist.Load(*feedsFile); err != nil {
			return fmt.Errorf("loading feed list: %w", err)
		}
	}
	fcfg := def
	fcfg.UserAgent = *userAgent
	fcfg.HostInterval = *hostInterval
	for s := range strings.SplitSeq(*allow, ",") {
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		p, err := netip.ParsePrefix(s)
		if err != nil {
			return fmt.Errorf("parsing allowed range %q: %w", s, err)
		}
		fcfg.AllowCIDRs = append(fcfg.AllowCIDRs, p)
	}
	spec := service.Spec{Name: stage.Name}
	return service.Run(ctx, spec, c, getenv, func(ctx context.Context, env service.Env) error {
		seen, err := kvseen.New(ctx, env.JS, kvseen.Config{TTL: *seenTTL, Replicas: c.Streams.Replicas})
		if err != nil {
			return fmt.Errorf("opening the seen-set: %w", err)
		}
		cat, err := catalog.Open(ctx, env.JS, catalog.Config{Replicas: c.Streams.Replicas})
		if err != nil {
			return fmt.Errorf("opening the feed catalog: %w", err)
		}
		fcfg := fcfg
		if *sharedHosts {
			fcfg.SharedHosts = cat.HostSlots(*pollTimeout)
		}
		s, err := stage.New(env.JS, env.Telemetry, fcfg, seen, poll.Options{}, env.Logger)
		if err != nil {
			return err
		}
		env.Logger.InfoContext(ctx, "polling feeds", "file_feeds", len(feeds), "file", *feedsFile)
		return s.Schedule(ctx, cat, schedule.Options{
			Replica: *replica, MaxConcurrent: *maxPolls, DefaultInterval: *interval,
			DisableAfter: *disableAfter, PollTimeout: *pollTimeout,
		}, feeds, *feedsFile)
	})
}

func durationEnv(getenv func(string) string, key string, def time.Duration) (time.Duration, error) {
	v := getenv(key)
	if v == "" {
		return def, nil
	}
	d, err := time.ParseDuration(v)
	if err != nil {
		return 0, fmt.Errorf("parsing %s: %w", key, err)
	}
	return d, nil
}

func envOr(getenv func(string) string, key, def string) string {
	if v := getenv(key); v != "" {
		return v
	}
	return def
}
