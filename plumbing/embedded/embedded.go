package embedded

import (
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats-server/v2/server"
)

// ErrNotReady is returned when the server does not accept connections in time.
var ErrNotReady = errors.New("embedded: nats server not ready")

// Options configure the embedded server.
type Options struct {
	// StoreDir holds the JetStream file store.
	StoreDir string
	// Port to listen on, on 127.0.0.1; 0 picks a free one.
	Port int
	// MaxMemory and MaxStore bound JetStream's memory and file storage
	// (0 = the server's defaults, a share of the machine).
	MaxMemory int64
	MaxStore  int64
	// MaxPayload is the largest message the server accepts (0 = 1 MB default).
	MaxPayload int32
	// Users, when set, are the only clients admitted, each with its
	// permissions (see NkeyUsers); empty leaves the server open, which is
	// only for tests.
	Users []*server.NkeyUser
}

// Start starts the server and waits until it accepts connections.
func Start(o Options) (*server.Server, error) {
	port := o.Port
	if port == 0 {
		port = server.RANDOM_PORT
	}
	opts := &server.Options{
		ServerName:         "newsflow-embedded",
		Host:               "127.0.0.1",
		Port:               port,
		JetStream:          true,
		StoreDir:           o.StoreDir,
		JetStreamMaxMemory: o.MaxMemory,
		JetStreamMaxStore:  o.MaxStore,
		MaxPayload:         o.MaxPayload,
		NoSigs:             true,
		NoLog:              true,
		Nkeys:              o.Users,
	}
	ns, err := server.NewServer(opts)
	if err != nil {
		return nil, fmt.Errorf("creating embedded nats server: %w", err)
	}
	go ns.Start()
	if !ns.ReadyForConnections(10 * time.Second) {
		ns.Shutdown()
		return nil, ErrNotReady
	}
	return ns, nil
}
