// Package embedded starts an in-process NATS server with JetStream, for the
// all-in-one demo, benchmarks and tests. It is the real nats-server, run as a
// library, listening on loopback only.
package embedded
