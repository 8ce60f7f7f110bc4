// Package pipeline runs newsflow's four stages in one process over one
// JetStream connection: the extractor, classifier and sink consume their
// durable consumers exactly as the separate service binaries do, and the
// fetcher polls the given feeds. The demo, the end-to-end test and the
// benchmarks use it; production runs each stage as its own binary.
package pipeline
