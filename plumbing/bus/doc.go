// Package bus is newsflow's JetStream plumbing: connecting to NATS,
// provisioning the streams and durable consumers of the public subject
// layout, publishing protobuf records with Nats-Msg-Id and trace context,
// and the consume loop every stage runs.
//
// Invariants: a message is acked only after its handler returned nil, which
// for every stage means its output was durably published or stored; a
// transient error naks with backoff; a permanent error (see Permanent), an
// undecodable payload, a panic or too many deliveries sends a DeadLetter to
// news.dlq.<stage> and only then terms the message, so nothing is dropped
// silently. If the dead-letter publish itself fails, the message is nakked.
package bus
