package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/netip"
	"os"
	"os/signal"
	"syscall"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/newsflow/newsflow/cmd/newsflow/internal/pipeline"
	"github.com/newsflow/newsflow/plumbing/admin"
	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/door"
	"github.com/newsflow/newsflow/plumbing/telemetry"
	"github.com/newsflow/newsflow/services/fetcher/feedlist"
	"github.com/newsflow/newsflow/services/fetcher/fetch"
	"github.com/newsflow/newsflow/services/sink/api"
	"github.com/newsflow/newsflow/services/sink/ui"
)

// upConfig is newsflow.yaml.
type upConfig struct {
	// Data holds the embedded JetStream store and the default SQLite file.
	Data string `yaml:"data"`
	NATS struct {
		URL   string `yaml:"url"`
		Creds string `yaml:"creds"`
	} `yaml:"nats"`
	// Sink is a DSN: sqlite://PATH or postgres://…
	Sink    string `yaml:"sink"`
	APIAddr string `yaml:"api_addr"`
	// APIKeysFile (or NEWSFLOW_API_KEYS_FILE) turns on API keys; required
	// when api_addr is not a loopback address, unless APIAllowAnonymous.
	APIKeysFile       string   `yaml:"api_keys_file"`
	APIAllowAnonymous bool     `yaml:"api_allow_anonymous"`
	APICORSOrigins    []string `yaml:"api_cors_origins"`
	AdminAddr         string   `yaml:"admin_addr"`
	UserAgent         string   `yaml:"user_agent"`
	// HostInterval is the least time between two requests to one host.
	HostInterval time.Duration    `yaml:"host_interval"`
	AllowCIDRs   []string         `yaml:"allow_cidrs"`
	Defaults     feedlist.Entry   `yaml:"defaults"`
	Feeds        []feedlist.Entry `yaml:"feeds"`
}

func loadUpConfig(path string) (upConfig, error) {
	c := upConfig{Data: "newsflow-data", APIAddr: "127.0.0.1:8080", AdminAddr: "127.0.0.1:9090"}
	b, err := os.ReadFile(path)
	if err != nil {
		return c, fmt.Errorf("reading config: %w", err)
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil && !errors.Is(err, io.EOF) {
		return c, fmt.Errorf("parsing %s: %w", path, err)
	}
	return c, nil
}

func runUp(ctx context.Context, args []string, std Stdio, getenv func(string) string) error {
	fs := newFlagSet("up", std)
	cfgPath := fs.String("config", "newsflow.yaml", "configuration file (feeds, data directory, NATS, sink)")
	sink := fs.String("sink", "", "sink DSN, overrides the config (sqlite://PATH or postgres://…)")
	fs.Usage = func() {
		fmt.Fprintln(std.Err, "usage: newsflow up [--config newsflow.yaml] [--sink DSN]\n\nRuns the whole pipeline in one process against the configured feeds until\ninterrupted: an embedded NATS JetStream server unless nats.url or NATS_URL\nnames one, the four stages, and the sink's query API.")
		fs.PrintDefaults()
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	cfg, err := loadUpConfig(*cfgPath)
	if err != nil {
		return err
	}
	if *sink != "" {
		cfg.Sink = *sink
	}
	feeds, err := feedlist.Convert(cfg.Defaults, cfg.Feeds)
	if err != nil {
		return fmt.Errorf("checking the feeds in %s: %w", *cfgPath, err)
	}
	fcfg := fetch.DefaultConfig()
	if cfg.UserAgent != "" {
		fcfg.UserAgent = cfg.UserAgent
	}
	if cfg.HostInterval > 0 {
		fcfg.HostInterval = cfg.HostInterval
	}
	for _, s := range cfg.AllowCIDRs {
		p, err := netip.ParsePrefix(s)
		if err != nil {
			return fmt.Errorf("parsing allow_cidrs entry %q: %w", s, err)
		}
		fcfg.AllowCIDRs = append(fcfg.AllowCIDRs, p)
	}
	if err := fcfg.Validate(); err != nil {
		return fmt.Errorf("checking fetch settings: %w", err)
	}
	if v := getenv("NEWSFLOW_API_KEYS_FILE"); v != "" {
		cfg.APIKeysFile = v
	}
	var keys *door.Keys
	if cfg.APIKeysFile != "" {
		if keys, err = door.LoadKeys(cfg.APIKeysFile); err != nil {
			return fmt.Errorf("loading the query API's keys: %w", err)
		}
	}
	if err := door.CheckExposure(cfg.APIAddr, keys, cfg.APIAllowAnonymous); err != nil {
		return fmt.Errorf("checking %s: %w", *cfgPath, err)
	}
	if err := os.MkdirAll(cfg.Data, 0o750); err != nil {
		return fmt.Errorf("creating data directory: %w", err)
	}

	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	logger := telemetry.NewLogger(std.Err, slog.LevelInfo, "newsflow")
	conn := bus.ConnConfigFromEnv(getenv)
	if getenv("NATS_URL") == "" {
		conn.URL = cfg.NATS.URL // empty: embedded
	}
	if cfg.NATS.Creds != "" {
		conn.CredsFile = cfg.NATS.Creds
	}
	l, err := pipeline.OpenLocal(ctx, pipeline.LocalOptions{Name: "newsflow", DataDir: cfg.Data, NATS: conn, SinkDSN: cfg.Sink, Streams: bus.DefaultStreamOptions(), Logger: logger, Auth: true, SeenBucket: "newsflow_seen"}, getenv)
	if err != nil {
		return err
	}
	defer func() { _ = l.Close() }()

	p, err := pipeline.Start(ctx, pipeline.Config{
		JS: l.JS, StageJS: l.StageJS, Telemetry: l.Telemetry, Store: l.Store, Classifier: l.Classifier, Logger: logger,
		Stage: bus.StageOptions{Runner: bus.RunnerConfig{Concurrency: 4}},
		Fetch: fcfg, SeenBucket: "newsflow_seen",
	})
	if err != nil {
		return err
	}

	errc := make(chan error, 3)
	go func() {
		h := door.Front(ui.Mount(api.New(l.Store, logger), l.Store, logger), keys, cfg.APICORSOrigins)
		errc <- door.Serve(ctx, cfg.APIAddr, h, door.DefaultLimits(), logger, "query API", nil)
	}()
	adm := admin.New(cfg.AdminAddr, l.Telemetry.Registry, map[string]admin.Check{
		"pipeline": func(ctx context.Context) error {
			for _, stage := range []string{bus.StageExtractor, bus.StageClassifier, bus.StageSink} {
				if err := bus.Ready(ctx, l.JS, stage); err != nil {
					return err
				}
			}
			return nil
		},
	}, logger)
	go func() { errc <- adm.Run(ctx, nil) }()
	go func() { errc <- p.Fetcher.Run(ctx, feeds) }()
	logger.InfoContext(ctx, "newsflow up", "feeds", len(feeds), "api", cfg.APIAddr, "admin", cfg.AdminAddr, "data", cfg.Data)

	var first error
	select {
	case first = <-errc:
		stop()
	case <-ctx.Done():
	}
	return errors.Join(first, p.Stop())
}
