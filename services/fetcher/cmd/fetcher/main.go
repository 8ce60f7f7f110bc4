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
	"github.com/newsflow/newsflow/services/fetcher/feedlist"
	"github.com/newsflow/newsflow/services/fetcher/fetch"
	"github.com/newsflow/newsflow/services/fetcher/kvseen"
	"github.com/newsflow/newsflow/services/fetcher/poll"
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
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *feedsFile == "" {
		return fmt.Errorf("no feed list: set -feeds or NEWSFLOW_FEEDS_FILE")
	}
	feeds, err := feedlist.Load(*feedsFile)
	if err != nil {
		return fmt.Errorf("loading feed list: %w", err)
	}
	fcfg := fetch.DefaultConfig()
	fcfg.UserAgent = *userAgent
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
	spec := service.Spec{Name: stage.Name, Version: "1"}
	return service.Run(ctx, spec, c, getenv, func(ctx context.Context, env service.Env) error {
		seen, err := kvseen.New(ctx, env.JS, kvseen.Config{TTL: *seenTTL, Replicas: c.Streams.Replicas})
		if err != nil {
			return fmt.Errorf("opening the seen-set: %w", err)
		}
		s, err := stage.New(env.JS, env.Telemetry, fcfg, seen, poll.Options{}, env.Logger)
		if err != nil {
			return err
		}
		env.Logger.InfoContext(ctx, "polling feeds", "feeds", len(feeds))
		return s.Run(ctx, feeds)
	})
}

func envOr(getenv func(string) string, key, def string) string {
	if v := getenv(key); v != "" {
		return v
	}
	return def
}
