// Package bus is newsflow's JetStream plumbing: connecting to NATS,
// provisioning the streams and durable consumers of the public subject
// layout, the message-id and subject rules (ids.go), publishing protobuf
// records with Nats-Msg-Id, a content digest and trace context, and the
// one delivery core every stage runs, alone per message (Runner) or in
// batches (BatchRunner).
//
// Invariants: a message is acked only after its handler returned nil, which
// for every stage means its output was durably published or stored; a
// transient error naks with backoff; a permanent error (a PermanentError of
// a Kind: an undecodable payload, a forged record, a record too large, a
// panic, too many deliveries) sends a DeadLetter to news.dlq.<stage> and
// only then terms the message, so nothing is dropped silently. If the
// dead-letter publish itself fails, the message is nakked. A publish
// answered as a duplicate counts as stored only when the stored message has
// the record's digest (ErrPreempted otherwise).
package bus
