package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"gopkg.in/yaml.v3"

	"github.com/newsflow/newsflow/cmd/newsflow/internal/pipeline"
	"github.com/newsflow/newsflow/plumbing/admin"
	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/door"
	"github.com/newsflow/newsflow/plumbing/embedded"
	"github.com/newsflow/newsflow/plumbing/telemetry"
	classifystage "github.com/newsflow/newsflow/services/classifier/stage"
	"github.com/newsflow/newsflow/services/fetcher/feedlist"
	"github.com/newsflow/newsflow/services/fetcher/fetch"
	fetchstage "github.com/newsflow/newsflow/services/fetcher/stage"
	"github.com/newsflow/newsflow/services/sink/api"
	sinkstage "github.com/newsflow/newsflow/services/sink/stage"
	"github.com/newsflow/newsflow/services/sink/ui"
)

// upConfig is newsflow.yaml.
type upConfig struct {
	// Data holds the embedded JetStream store and the default SQLite file.
	Data string `yaml:"data"`
	NATS struct {
		URL   string `yaml:"url"`
		Creds string `yaml:"creds"`
		// Port is the embedded server's port on 127.0.0.1 (0: a free one).
		Port int `yaml:"port"`
	} `yaml:"nats"`
	// SinkConfig is the sink's, the type its binary loads: sink (a DSN,
	// sqlite://PATH or postgres://…; default a SQLite file in Data),
	// api_addr, api_keys_file (or NEWSFLOW_API_KEYS_FILE: required when
	// api_addr is not a loopback address, unless api_allow_anonymous),
	// api_cors_origins, batch_size, batch_wait, retention, retention_every.
	SinkConfig `yaml:",inline"`
	AdminAddr  string `yaml:"admin_addr"`
	// Config is the fetcher's, the type its binary loads: user_agent,
	// host_interval, allow_cidrs, shared_hosts, seen_ttl, max_polls,
	// default_interval, disable_after, poll_timeout, replica.
	fetchstage.Config `yaml:",inline"`
	// ClassifierConfig is the classifier's, the type its binary loads:
	// json_mirror (also publish every tagged record as protojson on
	// news.json.tagged.<source>, stream NEWS_JSON), taxonomy_dir,
	// taxonomy_reload.
	ClassifierConfig `yaml:",inline"`
	Defaults         feedlist.Entry   `yaml:"defaults"`
	Feeds            []feedlist.Entry `yaml:"feeds"`
}

// SinkConfig is the sink's configuration type, named apart from the
// fetcher's (stage.Config both) where upConfig embeds them.
type SinkConfig = sinkstage.Config

// ClassifierConfig is the classifier's configuration type, named apart
// from the fetcher's where upConfig embeds them.
type ClassifierConfig = classifystage.Config

func loadUpConfig(path string) (upConfig, error) {
	c := upConfig{Data: "newsflow-data", AdminAddr: "127.0.0.1:9090", Config: fetchstage.DefaultConfig(), SinkConfig: sinkstage.DefaultConfig(), ClassifierConfig: classifystage.DefaultConfig()}
	c.DSN = "" // a SQLite file in Data
	// The NATS default port, so that `newsflow feeds|tail|dlq` reach the
	// embedded server without being told where it is.
	c.NATS.Port = 4222
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

// fetchConfig is the fetcher's HTTP client configuration from
// newsflow.yaml, checked with the rest of the fetcher's settings.
func (cfg upConfig) fetchConfig() (fetch.Config, error) {
	if err := cfg.Config.Validate(); err != nil {
		return fetch.Config{}, fmt.Errorf("checking fetch settings: %w", err)
	}
	return cfg.FetchConfig(fetch.DefaultConfig())
}

func runUp(ctx context.Context, args []string, std Stdio, getenv func(string) string) error {
	fs := newFlagSet("up", std)
	cfgPath := fs.String("config", "newsflow.yaml", "configuration file (feeds, data directory, NATS, sink)")
	sink := fs.String("sink", "", "sink DSN, overrides the config (sqlite://PATH or postgres://…)")
	natsPort := fs.Int("nats-port", -1, "port of the embedded NATS server on 127.0.0.1, overrides nats.port (default 4222; 0 picks a free one)")
	fs.Usage = func() {
		fmt.Fprintln(std.Err, `usage: newsflow up [--config newsflow.yaml] [--sink DSN] [--nats-port N]

Runs the whole pipeline in one process against the configured feeds until
interrupted: an embedded NATS JetStream server (127.0.0.1:4222 unless
nats.port or --nats-port says otherwise) unless nats.url or NATS_URL names
one, the four stages, and the sink's query API. It prints where each is.

New feeds are polled at once, then at their interval. Feeds on loopback or
private addresses (a feed server on this machine or your LAN) are refused
unless their range is listed in the config:

  allow_cidrs: [127.0.0.0/8, "::1/128"]   # or 10.0.0.0/8, 192.168.0.0/16 …

'newsflow doctor --config FILE' checks the config and whether the feeds,
NATS and the database can be reached.`)
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
		cfg.DSN = *sink
	}
	if *natsPort >= 0 {
		cfg.NATS.Port = *natsPort
	}
	feeds, err := feedlist.Convert(cfg.Defaults, cfg.Feeds)
	if err != nil {
		return fmt.Errorf("checking the feeds in %s: %w", *cfgPath, err)
	}
	fcfg, err := cfg.fetchConfig()
	if err != nil {
		return err
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
	if err := cfg.SinkConfig.Validate(); err != nil {
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
	streams := bus.DefaultStreamOptions()
	streams.JSONMirror = cfg.JSONMirror
	l, err := pipeline.OpenLocal(ctx, pipeline.LocalOptions{
		Name: "newsflow", DataDir: cfg.Data, NATS: conn, SinkDSN: cfg.DSN, Streams: streams, Logger: logger,
		Auth: true, SeenBucket: "newsflow_seen",
		Embedded: embedded.Options{Port: cfg.NATS.Port},
	}, getenv)
	if err != nil {
		if conn.URL == "" && cfg.NATS.Port > 0 {
			return fmt.Errorf("%w (is another NATS server or newsflow up using port %d? set nats.port or --nats-port to another port, 0 for a free one)", err, cfg.NATS.Port)
		}
		return err
	}
	defer func() { _ = l.Close() }()

	p, err := pipeline.Start(ctx, pipeline.Config{
		JS: l.JS, StageJS: l.StageJS, Telemetry: l.Telemetry, Store: l.Store, Classifier: l.Classifier, Logger: logger,
		Stage:   bus.StageOptions{Runner: bus.RunnerConfig{Concurrency: 4}},
		Fetcher: cfg.Config, Sink: cfg.SinkConfig, Fetch: fcfg, SeenBucket: "newsflow_seen", Classify: cfg.ClassifierConfig,
	})
	if err != nil {
		return err
	}

	retained := make(chan struct{})
	go func() { defer close(retained); cfg.Retain(ctx, l.Store, logger) }()
	defer func() { stop(); <-retained }() // before the store closes
	errc := make(chan error, 3)
	apiReady, admReady := make(chan string, 1), make(chan string, 1)
	go func() {
		h := door.Front(ui.Mount(api.New(l.Store, logger), l.Store, logger), keys, cfg.APICORSOrigins)
		errc <- door.Serve(ctx, cfg.APIAddr, h, door.DefaultLimits(), logger, "query API", apiReady)
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
		// As the sink binary's: a database that went away makes up unready.
		"database": l.Store.Ping,
	}, logger)
	go func() { errc <- adm.Run(ctx, admReady) }()
	var first error
	var apiAddr, admAddr string
	for apiAddr == "" || admAddr == "" {
		select {
		case apiAddr = <-apiReady:
		case admAddr = <-admReady:
		case first = <-errc:
			stop()
			return errors.Join(first, p.Stop())
		case <-ctx.Done():
			return p.Stop()
		}
	}
	go func() { errc <- p.Fetcher.Run(ctx, feeds, "") }()
	logger.InfoContext(ctx, "newsflow up", "feeds", len(feeds), "nats", l.NATSURL, "api", apiAddr, "admin", admAddr, "data", cfg.Data)
	printUpBanner(std.Out, upBanner{
		NATSURL: l.NATSURL, Embedded: conn.URL == "", APIAddr: apiAddr, AdminAddr: admAddr,
		DataDir: cfg.Data, Sink: cfg.DSN, Feeds: len(feeds), Config: *cfgPath, AdminSeed: l.AdminSeed,
	})

	select {
	case first = <-errc:
		stop()
	case <-ctx.Done():
	}
	return errors.Join(first, p.Stop())
}

type upBanner struct {
	NATSURL            string
	Embedded           bool
	APIAddr, AdminAddr string
	DataDir, Sink      string
	Feeds              int
	Config             string
	// AdminSeed is the admin nkey seed the CLI needs against the embedded,
	// authorising server; "" for an external server.
	AdminSeed string
}

// printUpBanner says where everything is and what to try first.
func printUpBanner(w io.Writer, b upBanner) {
	natsNote := "external"
	if b.Embedded {
		natsNote = "embedded, JetStream in " + filepath.Join(b.DataDir, "jetstream")
	}
	db := b.Sink
	if db == "" {
		db = "sqlite://" + filepath.Join(b.DataDir, "newsflow.db")
	} else {
		db = redactDSN(db)
	}
	api := "http://" + b.APIAddr
	cliEnv := "NATS_URL=" + b.NATSURL
	if b.AdminSeed != "" {
		cliEnv += " NATS_NKEY=" + b.AdminSeed + " NATS_INBOX_PREFIX=" + embedded.InboxPrefix(embedded.RoleAdmin)
	}
	feeds := fmt.Sprintf("%d feeds", b.Feeds)
	if b.Feeds == 1 {
		feeds = "1 feed"
	}
	fmt.Fprintf(w, `newsflow up: polling %s from %s (new feeds at once, then at their interval)
  NATS         %s (%s)
  query API    %s/v1/articles  (web UI: %s/)
  admin        http://%s/metrics, /healthz, /readyz
  data         %s
  database     %s
try:
  %s newsflow feeds ls     # every feed, its state and next poll
  newsflow search --api %s --since 1h
Ctrl-C stops.
`, feeds, b.Config, b.NATSURL, natsNote, api, api, b.AdminAddr, b.DataDir, db, cliEnv, api)
}

// redactDSN hides a database password for printing.
func redactDSN(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil || u.User == nil {
		return dsn
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.String()
}
