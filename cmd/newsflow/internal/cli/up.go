package cli

import (
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

	"github.com/newsflow/newsflow/cmd/newsflow/internal/pipeline"
	"github.com/newsflow/newsflow/plumbing/admin"
	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/door"
	"github.com/newsflow/newsflow/plumbing/embedded"
	"github.com/newsflow/newsflow/plumbing/service"
	"github.com/newsflow/newsflow/plumbing/settings"
	"github.com/newsflow/newsflow/plumbing/telemetry"
	classifystage "github.com/newsflow/newsflow/services/classifier/stage"
	extractstage "github.com/newsflow/newsflow/services/extractor/stage"
	"github.com/newsflow/newsflow/services/fetcher/feedlist"
	"github.com/newsflow/newsflow/services/fetcher/fetch"
	fetchstage "github.com/newsflow/newsflow/services/fetcher/stage"
	"github.com/newsflow/newsflow/services/sink/api"
	sinkstage "github.com/newsflow/newsflow/services/sink/stage"
	"github.com/newsflow/newsflow/services/sink/ui"
)

// upConfig is newsflow.yaml: the settings of the process (upTop), one
// section per stage holding exactly the settings of that stage's binary
// (its stage.Config and, for the consuming stages, its delivery), and the
// feeds. Loaded by loadUpConfig (upconfig.go).
type upConfig struct {
	upTop
	Fetcher    fetchstage.Config
	Extractor  upExtractor
	Classifier upClassifier
	Sink       upSink
	Defaults   feedlist.Entry
	Feeds      []feedlist.Entry
}

// upTop are the settings of up's process: keys at the top of
// newsflow.yaml, named as the service binaries' common settings.
type upTop struct {
	Data      string     `yaml:"data" help:"directory of the embedded JetStream store and the default SQLite database"`
	AdminAddr string     `yaml:"admin_addr" help:"admin listen address for /healthz, /readyz, /metrics"`
	LogLevel  slog.Level `yaml:"log_level" example:"debug" help:"log level: debug, info, warn, error"`
	NATS      upNATS     `yaml:"nats"`
	// Streams are provisioned by up for every stage.
	Streams service.Streams `yaml:",inline"`
}

// upNATS is the binaries' nats section plus the embedded server's port.
type upNATS struct {
	service.NATS `yaml:",inline"`
	// Port is the embedded server's port on 127.0.0.1 (0: a free one).
	Port int `yaml:"port" help:"port of the embedded NATS server on 127.0.0.1 when url is empty (0: a free one)"`
}

// upExtractor is the extractor binary's settings.
type upExtractor struct {
	extractstage.Config `yaml:",inline"`
	service.Delivery    `yaml:",inline"`
}

// upClassifier is the classifier binary's settings.
type upClassifier struct {
	classifystage.Config `yaml:",inline"`
	service.Delivery     `yaml:",inline"`
}

// upSink is the sink binary's settings.
type upSink struct {
	sinkstage.Config `yaml:",inline"`
	service.Delivery `yaml:",inline"`
}

// defaultUpConfig is up's configuration when nothing is set: each stage's
// as its binary's, and the common settings as the binaries', except that
// an empty NATS URL means the embedded server and an empty sink DSN a
// SQLite file in Data.
func defaultUpConfig() upConfig {
	common := service.DefaultCommon()
	c := upConfig{
		upTop: upTop{
			Data: "newsflow-data", AdminAddr: common.AdminAddr, LogLevel: common.LogLevel,
			// The NATS default port, so that `newsflow feeds|tail|dlq`
			// reach the embedded server without being told where it is.
			NATS: upNATS{Port: 4222}, Streams: common.Streams,
		},
		Fetcher:    fetchstage.DefaultConfig(),
		Extractor:  upExtractor{extractstage.DefaultConfig(), service.DefaultDelivery()},
		Classifier: upClassifier{classifystage.DefaultConfig(), service.DefaultDelivery()},
		Sink:       upSink{sinkstage.DefaultConfig(), service.DefaultDelivery()},
	}
	c.Sink.DSN = ""
	return c
}

// fetchConfig is the fetcher's HTTP client configuration from
// newsflow.yaml, checked with the rest of the fetcher's settings.
func (cfg upConfig) fetchConfig() (fetch.Config, error) {
	if err := cfg.Fetcher.Validate(); err != nil {
		return fetch.Config{}, fmt.Errorf("checking fetch settings: %w", err)
	}
	return cfg.Fetcher.FetchConfig(fetch.DefaultConfig())
}

func runUp(ctx context.Context, args []string, std Stdio, getenv func(string) string) error {
	fs := newFlagSet("up", std)
	cfgPath := fs.String("config", "newsflow.yaml", "configuration file (feeds, data directory, NATS, sink)")
	sink := fs.String("sink", "", "sink DSN, overrides the config (sqlite://PATH or postgres://…)")
	// Flags for the settings at the top of newsflow.yaml (-nats-port,
	// -admin-addr, -nats-url …), over the file and the environment.
	cfg := defaultUpConfig()
	flags := settings.NewFlags(fs, &cfg.upTop)
	fs.Usage = func() {
		fmt.Fprintln(std.Err, `usage: newsflow up [--config newsflow.yaml] [--sink DSN] [--nats-port N] [--SETTING VALUE …]

Runs the whole pipeline in one process against the configured feeds until
interrupted: an embedded NATS JetStream server (127.0.0.1:4222 unless
nats.port or --nats-port says otherwise) unless nats.url or NATS_URL names
one, the four stages, and the sink's query API. It prints where each is.

New feeds are polled at once, then at their interval. Feeds on loopback or
private addresses (a feed server on this machine or your LAN) are refused
unless their range is listed in the config:

  fetcher:
    allow_cidrs: [127.0.0.0/8, "::1/128"]   # or 10.0.0.0/8, 192.168.0.0/16 …

Every setting of the service binaries is a key of newsflow.yaml: each
stage's in its section (fetcher, extractor, classifier, sink), the NATS,
stream, admin and log settings at the top; flags beat their NEWSFLOW_*
environment variables, which beat the file (README: "Running the services").

'newsflow doctor --config FILE' checks the config and whether the feeds,
NATS and the database can be reached.`)
		fs.PrintDefaults()
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := errors.Join(cfg.load(*cfgPath, getenv), flags.Apply()); err != nil {
		return err
	}
	if *sink != "" {
		cfg.Sink.DSN = *sink
	}
	feeds, err := feedlist.Convert(cfg.Defaults, cfg.Feeds)
	if err != nil {
		return fmt.Errorf("checking the feeds in %s: %w", *cfgPath, err)
	}
	fcfg, err := cfg.fetchConfig()
	if err != nil {
		return err
	}
	var keys *door.Keys
	if cfg.Sink.APIKeysFile != "" {
		if keys, err = door.LoadKeys(cfg.Sink.APIKeysFile); err != nil {
			return fmt.Errorf("loading the query API's keys: %w", err)
		}
	}
	if err := door.CheckExposure(cfg.Sink.APIAddr, keys, cfg.Sink.APIAllowAnonymous); err != nil {
		return fmt.Errorf("checking %s: %w", *cfgPath, err)
	}
	if err := errors.Join(cfg.Sink.Config.Validate(), cfg.Extractor.Validate(), cfg.Classifier.Validate(), cfg.Sink.Delivery.Validate()); err != nil {
		return fmt.Errorf("checking %s: %w", *cfgPath, err)
	}
	if err := os.MkdirAll(cfg.Data, 0o750); err != nil {
		return fmt.Errorf("creating data directory: %w", err)
	}

	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	logger := telemetry.NewLogger(std.Err, cfg.LogLevel, "newsflow")
	conn := cfg.NATS.Conn() // an empty URL: embedded
	streams := cfg.Streams.Options()
	streams.JSONMirror = cfg.Classifier.JSONMirror
	l, err := pipeline.OpenLocal(ctx, pipeline.LocalOptions{
		Name: "newsflow", DataDir: cfg.Data, NATS: conn, SinkDSN: cfg.Sink.DSN, Streams: streams, Logger: logger,
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
		Stages: map[string]bus.StageOptions{
			bus.StageExtractor:  cfg.Extractor.StageOptions(),
			bus.StageClassifier: cfg.Classifier.StageOptions(),
			bus.StageSink:       cfg.Sink.StageOptions(),
		},
		Fetcher: cfg.Fetcher, Sink: cfg.Sink.Config, Fetch: fcfg, SeenBucket: "newsflow_seen", Classify: cfg.Classifier.Config, Extract: cfg.Extractor.Config,
	})
	if err != nil {
		return err
	}

	retained := make(chan struct{})
	go func() { defer close(retained); cfg.Sink.Retain(ctx, l.Store, logger) }()
	defer func() { stop(); <-retained }() // before the store closes
	errc := make(chan error, 3)
	apiReady, admReady := make(chan string, 1), make(chan string, 1)
	go func() {
		h := door.Front(ui.Mount(api.New(l.Store, logger), l.Store, logger), keys, cfg.Sink.APICORSOrigins)
		errc <- door.Serve(ctx, cfg.Sink.APIAddr, h, door.DefaultLimits(), logger, "query API", apiReady)
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
		// As every stage binary's: a stage whose output refuses what it
		// hands on (JetStream storage full) holds its input and says so.
		"output": p.Ready,
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
		DataDir: cfg.Data, Sink: cfg.Sink.DSN, Feeds: len(feeds), Config: *cfgPath, AdminSeed: l.AdminSeed,
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
