package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"slices"
	"time"

	sdktrace "go.opentelemetry.io/otel/sdk/trace"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/newsflow/newsflow/plumbing/buildinfo"
	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/embedded"
	"github.com/newsflow/newsflow/plumbing/telemetry"
	"github.com/newsflow/newsflow/services/classifier/classify"
	"github.com/newsflow/newsflow/services/classifier/taxonomy"
	"github.com/newsflow/newsflow/services/sink/store"
)

// LocalOptions say where an all-in-one run keeps its state.
type LocalOptions struct {
	Name string
	// SpanExporter, when set, receives every span (benches and tests that
	// inspect them); otherwise spans go where OTEL_* says, if anywhere.
	SpanExporter sdktrace.SpanExporter
	// DataDir holds the embedded JetStream store and the default SQLite file.
	DataDir string
	// NATS, when its URL is set, is an external server; otherwise an
	// embedded one runs in DataDir.
	NATS bus.ConnConfig
	// SinkDSN defaults to a SQLite file in DataDir.
	SinkDSN string
	Streams bus.StreamOptions
	// Embedded bounds the embedded server (StoreDir is set from DataDir).
	Embedded embedded.Options
	// Auth, with an embedded server, admits only one nkey user per
	// service plus the admin, with the permissions of embedded.Permissions
	// (seeds in DataDir/nats-creds); Local.StageJS then holds each stage's
	// own connection. SeenBucket names the fetcher's dedup bucket for its
	// permissions.
	Auth       bool
	SeenBucket string
	Logger     *slog.Logger
}

// Local is what demo, up and the benchmarks run the stages on: one NATS
// connection (to an embedded server unless told otherwise), telemetry, the
// sink's store and the classifier.
type Local struct {
	// NATSURL is the server connected to: the embedded one's client URL,
	// or the external one's as configured.
	NATSURL string
	// JS is the admin's connection (all of JetStream with Auth).
	JS jetstream.JetStream
	// StageJS, with Auth, is each stage's own connection, by stage name;
	// empty otherwise (stages then share JS).
	StageJS    map[string]jetstream.JetStream
	Telemetry  *telemetry.Telemetry
	Store      *store.Store
	Classifier *classify.Classifier
	// AdminSeed, with Auth on an embedded server, is the admin user's nkey
	// seed file: what the CLI (feeds, tail, dlq) connects with.
	AdminSeed string
	closers   []func() error
}

// OpenLocal connects to (or starts) NATS, provisions the streams, and opens
// telemetry, the store and the classifier. Close releases them.
func OpenLocal(ctx context.Context, o LocalOptions, getenv func(string) string) (l *Local, err error) {
	l = &Local{}
	defer func() {
		if err != nil {
			err = errors.Join(err, l.Close())
		}
	}()
	natsURL := o.NATS.URL
	conn := o.NATS
	var ids map[string]embedded.Identity
	if natsURL == "" {
		// Bounded so that an all-in-one process stays small.
		eo := o.Embedded
		eo.StoreDir = filepath.Join(o.DataDir, "jetstream")
		if eo.MaxMemory == 0 {
			eo.MaxMemory = 256 << 20
		}
		if o.Auth {
			if ids, err = embedded.LoadOrCreateIdentities(filepath.Join(o.DataDir, "nats-creds")); err != nil {
				return nil, err
			}
			if eo.Users, err = embedded.NkeyUsers(ids, embedded.AuthConfig{SeenBucket: o.SeenBucket}); err != nil {
				return nil, err
			}
			conn.NKeyFile, conn.InboxPrefix = ids[embedded.RoleAdmin].SeedFile, embedded.InboxPrefix(embedded.RoleAdmin)
			l.AdminSeed = conn.NKeyFile
		}
		ns, err := embedded.Start(eo)
		if err != nil {
			return nil, err
		}
		l.closers = append(l.closers, func() error { ns.Shutdown(); ns.WaitForShutdown(); return nil })
		natsURL = ns.ClientURL()
		// This process's own connections skip loopback TCP.
		conn.InProcess = ns
	}
	l.NATSURL = natsURL

	tcfg := telemetry.ConfigFromEnv(o.Name, buildinfo.Version(), getenv)
	tcfg.SpanExporter = o.SpanExporter
	tel, err := telemetry.Setup(ctx, tcfg)
	if err != nil {
		return nil, fmt.Errorf("setting up telemetry: %w", err)
	}
	l.Telemetry = tel
	l.closers = append(l.closers, func() error {
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		return tel.Shutdown(sctx)
	})

	conn.URL, conn.Name = natsURL, o.Name
	l.NATSURL = natsURL
	if l.JS, err = l.connect(ctx, conn, o.Logger); err != nil {
		return nil, err
	}
	for role, id := range ids {
		if role == embedded.RoleAdmin {
			continue
		}
		c := conn
		c.Name, c.NKeyFile, c.InboxPrefix = o.Name+"-"+role, id.SeedFile, embedded.InboxPrefix(role)
		js, err := l.connect(ctx, c, o.Logger)
		if err != nil {
			return nil, fmt.Errorf("connecting as %s: %w", role, err)
		}
		if l.StageJS == nil {
			l.StageJS = map[string]jetstream.JetStream{}
		}
		l.StageJS[role] = js
	}
	if err := bus.Provision(ctx, l.JS, o.Streams); err != nil {
		return nil, err
	}

	dsn := o.SinkDSN
	if dsn == "" {
		dsn = "sqlite://" + filepath.Join(o.DataDir, "newsflow.db")
	}
	if l.Store, err = store.Open(ctx, dsn, o.Logger); err != nil {
		return nil, fmt.Errorf("opening the sink's database: %w", err)
	}
	l.closers = append(l.closers, l.Store.Close)

	tax, err := taxonomy.Default()
	if err != nil {
		return nil, fmt.Errorf("loading taxonomy: %w", err)
	}
	if l.Classifier, err = classify.New(tax); err != nil {
		return nil, fmt.Errorf("building classifier: %w", err)
	}
	return l, nil
}

// connect opens one NATS connection and JetStream context, closed by Close.
func (l *Local) connect(ctx context.Context, conn bus.ConnConfig, logger *slog.Logger) (jetstream.JetStream, error) {
	nc, err := bus.Connect(ctx, conn, logger)
	if err != nil {
		return nil, err
	}
	l.closers = append(l.closers, func() error {
		if err := nc.Drain(); err != nil && !errors.Is(err, nats.ErrConnectionClosed) {
			return fmt.Errorf("draining nats connection: %w", err)
		}
		return nil
	})
	return bus.JetStream(nc)
}

// Close releases everything in reverse order of opening.
func (l *Local) Close() error {
	var errs []error
	for _, c := range slices.Backward(l.closers) {
		errs = append(errs, c())
	}
	l.closers = nil
	return errors.Join(errs...)
}
