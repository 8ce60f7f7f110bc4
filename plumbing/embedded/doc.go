// Package embedded starts an in-process NATS server with JetStream, for the
// all-in-one demo, benchmarks and tests. It is the real nats-server, run as a
// library, listening on loopback only.
//
// It also holds newsflow's bus permissions (auth.go): one nkey user per
// service plus an admin, each allowed only its own subjects, consumer, KV
// buckets and inbox. Permissions is the single table; NkeyUsers applies
// it to an embedded server (Options.Users), ServerConfig writes it for a
// nats-server process, and the production Helm values are checked
// against it. Seeds are generated per directory with mode 0600 and are
// never part of an error message.
package embedded
