package bus

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// ConnConfig says how to reach NATS. It is filled from NATS_* variables by
// ConnConfigFromEnv and may be overridden by flags.
type ConnConfig struct {
	URL       string // NATS_URL, comma-separated for a cluster
	CredsFile string // NATS_CREDS: a .creds file (JWT + NKey)
	NKeyFile  string // NATS_NKEY: an NKey seed file
	User      string // NATS_USER
	Password  string // NATS_PASSWORD
	Token     string // NATS_TOKEN
	TLSCA     string // NATS_TLS_CA: CA bundle to verify the server
	TLSCert   string // NATS_TLS_CERT: client certificate (mutual TLS)
	TLSKey    string // NATS_TLS_KEY
	Name      string // client name shown by the server
	// InboxPrefix (NATS_INBOX_PREFIX) replaces "_INBOX" for replies, so
	// that a user's permissions can confine its replies to its own
	// subjects (embedded.InboxPrefix: "_INBOX_<role>").
	InboxPrefix string
	// ConnectWait bounds the first connection; reconnects go on forever with backoff.
	ConnectWait time.Duration
	// InProcess, when set, is a server in this process (an embedded
	// nats-server's *server.Server): the client talks to it over an
	// in-memory pipe rather than loopback TCP, which saves the write and
	// read system calls (and the kernel's copies) on both sides. URL is
	// still needed (it names the server; other processes use it). It has
	// no flag or environment variable: only an all-in-one process has
	// such a server.
	InProcess nats.InProcessConnProvider
}

// ConnConfigFromEnv reads NATS_* variables.
func ConnConfigFromEnv(getenv func(string) string) ConnConfig {
	c := ConnConfig{
		URL:       getenv("NATS_URL"),
		CredsFile: getenv("NATS_CREDS"),
		NKeyFile:  getenv("NATS_NKEY"),
		User:      getenv("NATS_USER"),
		Password:  getenv("NATS_PASSWORD"),
		Token:     getenv("NATS_TOKEN"),
		TLSCA:     getenv("NATS_TLS_CA"),
		TLSCert:   getenv("NATS_TLS_CERT"),
		TLSKey:    getenv("NATS_TLS_KEY"),

		InboxPrefix: getenv("NATS_INBOX_PREFIX"),
	}
	if c.URL == "" {
		c.URL = nats.DefaultURL
	}
	return c
}

// Validate reports configuration mistakes before anything connects.
func (c ConnConfig) Validate() error {
	if c.URL == "" {
		return errors.New("bus: NATS URL is empty")
	}
	if (c.TLSCert == "") != (c.TLSKey == "") {
		return errors.New("bus: NATS_TLS_CERT and NATS_TLS_KEY go together")
	}
	return nil
}

// Connect opens a NATS connection that reconnects forever with jittered
// backoff and logs every state change. The first connection attempt is
// retried until ConnectWait (default 30s) or ctx ends.
func Connect(ctx context.Context, c ConnConfig, logger *slog.Logger) (*nats.Conn, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	opts := []nats.Option{
		nats.Name(c.Name),
		nats.MaxReconnects(-1),
		nats.ReconnectWait(500 * time.Millisecond),
		nats.ReconnectJitter(500*time.Millisecond, 2*time.Second),
		nats.CustomReconnectDelay(func(attempts int) time.Duration {
			d := time.Duration(attempts) * 250 * time.Millisecond
			return min(d, 5*time.Second)
		}),
		// Buffer publishes during a short outage instead of failing them.
		nats.ReconnectBufSize(32 << 20),
		nats.DisconnectErrHandler(func(_ *nats.Conn, err error) {
			logger.WarnContext(ctx, "nats disconnected", "err", err)
		}),
		nats.ReconnectHandler(func(nc *nats.Conn) {
			logger.InfoContext(ctx, "nats reconnected", "url", nc.ConnectedUrlRedacted())
		}),
		nats.ErrorHandler(func(_ *nats.Conn, sub *nats.Subscription, err error) {
			subject := ""
			if sub != nil {
				subject = sub.Subject
			}
			logger.ErrorContext(ctx, "nats async error", "subject", subject, "err", err)
		}),
	}
	if c.InboxPrefix != "" {
		opts = append(opts, nats.CustomInboxPrefix(c.InboxPrefix))
	}
	if c.CredsFile != "" {
		opts = append(opts, nats.UserCredentials(c.CredsFile))
	}
	if c.NKeyFile != "" {
		o, err := nats.NkeyOptionFromSeed(c.NKeyFile)
		if err != nil {
			return nil, fmt.Errorf("loading NATS nkey seed %q: %w", c.NKeyFile, err)
		}
		opts = append(opts, o)
	}
	if c.User != "" {
		opts = append(opts, nats.UserInfo(c.User, c.Password))
	}
	if c.Token != "" {
		opts = append(opts, nats.Token(c.Token))
	}
	if c.TLSCA != "" {
		opts = append(opts, nats.RootCAs(c.TLSCA))
	}
	if c.TLSCert != "" {
		opts = append(opts, nats.ClientCert(c.TLSCert, c.TLSKey))
	}
	if c.InProcess != nil {
		opts = append(opts, nats.InProcessServer(c.InProcess))
	}
	wait := c.ConnectWait
	if wait <= 0 {
		wait = 30 * time.Second
	}
	deadline := time.Now().Add(wait)
	delay := 100 * time.Millisecond
	for {
		nc, err := nats.Connect(c.URL, opts...)
		if err == nil {
			return nc, nil
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("connecting to NATS at %q: %w", redactURL(c.URL), err)
		}
		logger.WarnContext(ctx, "nats not reachable yet", "err", err, "retry_in", delay)
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("connecting to NATS at %q: %w", redactURL(c.URL), ctx.Err())
		case <-time.After(delay):
		}
		delay = min(delay*2, 2*time.Second)
	}
}

// JetStream returns the JetStream context every newsflow process uses: its
// asynchronous publishes fail after DefaultPublishBudget instead of waiting
// for an ack that a restarted server will never send.
func JetStream(nc *nats.Conn) (jetstream.JetStream, error) {
	js, err := jetstream.New(nc, jetstream.WithPublishAsyncTimeout(DefaultPublishBudget))
	if err != nil {
		return nil, fmt.Errorf("opening JetStream: %w", err)
	}
	return js, nil
}
