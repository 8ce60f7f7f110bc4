package bustest

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"

	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/embedded"
	"github.com/newsflow/newsflow/plumbing/telemetry"
)

// Env is one test's bus: the server, an admin connection to it, and the
// pieces the stages take.
type Env struct {
	Server *server.Server
	// URL is the server's client URL (nats://127.0.0.1:<random port>).
	URL  string
	Conn *nats.Conn
	JS   jetstream.JetStream
	// Tel records spans into Spans; its meter provider has no reader.
	Tel   *telemetry.Telemetry
	Spans *tracetest.InMemoryExporter
	Pub   *bus.Publisher
	// Identities holds every role's nkey identity when WithAuth is given
	// (Conn is then the admin's); nil otherwise.
	Identities map[string]embedded.Identity
}

type config struct {
	service   string
	streams   bus.StreamOptions
	provision bool
	auth      *embedded.AuthConfig
	server    embedded.Options
}

// Option changes what Start sets up.
type Option func(*config)

// WithServiceName names the telemetry's service (default "test").
func WithServiceName(name string) Option { return func(c *config) { c.service = name } }

// WithStreamOptions provisions the streams with o instead of
// bus.DefaultStreamOptions.
func WithStreamOptions(o bus.StreamOptions) Option {
	return func(c *config) { c.streams = o }
}

// WithoutProvision leaves the server without newsflow's streams.
func WithoutProvision() Option { return func(c *config) { c.provision = false } }

// WithAuth admits only newsflow's nkey users (embedded.Permissions under
// cfg); Env.Conn connects as the admin and Env.Connect as any role.
func WithAuth(cfg embedded.AuthConfig) Option {
	return func(c *config) { c.auth = &cfg }
}

// WithServer changes the embedded server's options (limits, payload);
// StoreDir, Port (random) and Users are the fixture's.
func WithServer(f func(*embedded.Options)) Option {
	return func(c *config) { f(&c.server) }
}

// Start starts a fresh JetStream server for t and returns it connected,
// provisioned and with telemetry; everything is torn down by t.Cleanup.
func Start(t testing.TB, opts ...Option) *Env {
	t.Helper()
	c := config{service: "test", streams: bus.DefaultStreamOptions(), provision: true}
	for _, o := range opts {
		o(&c)
	}
	e := &Env{}
	so := c.server
	so.StoreDir = t.TempDir()
	so.Port = 0
	if c.auth != nil {
		ids, err := embedded.LoadOrCreateIdentities(filepath.Join(t.TempDir(), "creds"))
		if err != nil {
			t.Fatalf("creating nkey identities: %v", err)
		}
		users, err := embedded.NkeyUsers(ids, *c.auth)
		if err != nil {
			t.Fatalf("building nkey users: %v", err)
		}
		so.Users = users
		e.Identities = ids
	}
	ns, err := embedded.Start(so)
	if err != nil {
		t.Fatalf("starting embedded nats server: %v", err)
	}
	t.Cleanup(ns.Shutdown)
	e.Server, e.URL = ns, ns.ClientURL()
	e.Conn = e.Connect(t, embedded.RoleAdmin)
	if e.JS, err = bus.JetStream(e.Conn); err != nil {
		t.Fatal(err)
	}
	e.Spans = tracetest.NewInMemoryExporter()
	if e.Tel, err = telemetry.Setup(t.Context(), telemetry.Config{ServiceName: c.service, SpanExporter: e.Spans}); err != nil {
		t.Fatalf("setting up telemetry: %v", err)
	}
	t.Cleanup(func() {
		// t.Context is done by now: shut down on a fresh, bounded one.
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = e.Tel.Shutdown(ctx)
	})
	if c.provision {
		if err := bus.Provision(t.Context(), e.JS, c.streams); err != nil {
			t.Fatal(err)
		}
	}
	e.Pub = bus.NewPublisher(e.JS, e.Tel.TracerProvider, e.Tel.Propagator)
	return e
}

// Connect opens another connection, closed by t.Cleanup. Under WithAuth
// it connects as role with the role's seed and inbox prefix; without
// auth role is only the client name.
func (e *Env) Connect(t testing.TB, role string, opts ...nats.Option) *nats.Conn {
	t.Helper()
	o := []nats.Option{nats.Name("test-" + role)}
	if e.Identities != nil {
		id, ok := e.Identities[role]
		if !ok {
			t.Fatalf("no identity for role %q", role)
		}
		seed, err := nats.NkeyOptionFromSeed(id.SeedFile)
		if err != nil {
			t.Fatalf("loading %s seed: %v", role, err)
		}
		o = append(o, seed, nats.CustomInboxPrefix(embedded.InboxPrefix(role)))
	}
	nc, err := nats.Connect(e.URL, append(o, opts...)...)
	if err != nil {
		t.Fatalf("connecting as %s: %v", role, err)
	}
	t.Cleanup(nc.Close)
	return nc
}
