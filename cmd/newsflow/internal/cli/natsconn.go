package cli

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/newsflow/newsflow/plumbing/bus"
)

// natsFlags defines -nats-url and -nats-creds on fs, defaulting to the
// NATS_* environment, for the commands that talk to a running pipeline.
func natsFlags(fs *flag.FlagSet, getenv func(string) string) *bus.ConnConfig {
	conn := bus.ConnConfigFromEnv(getenv)
	fs.StringVar(&conn.URL, "nats-url", conn.URL, "NATS server URL (NATS_URL)")
	fs.StringVar(&conn.CredsFile, "nats-creds", conn.CredsFile, "NATS credentials file (NATS_CREDS)")
	return &conn
}

// connectJS connects as client name, giving up after a few seconds: a
// command line tool should say the server is unreachable, not wait.
func connectJS(ctx context.Context, conn *bus.ConnConfig, name string) (*nats.Conn, jetstream.JetStream, error) {
	c := *conn
	c.Name = name
	c.ConnectWait = 5 * time.Second
	nc, err := bus.Connect(ctx, c, slog.New(slog.DiscardHandler))
	if err != nil {
		return nil, nil, err
	}
	js, err := bus.JetStream(nc)
	if err != nil {
		nc.Close()
		return nil, nil, fmt.Errorf("opening JetStream: %w", err)
	}
	return nc, js, nil
}
