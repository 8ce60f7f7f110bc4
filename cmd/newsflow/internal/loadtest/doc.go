// Package loadtest measures and attacks the pipeline. Run times the
// extractor alone over generated pages on every core (the stage that bounds
// the pipeline), then publishes the same pages as RawPage records into an
// embedded JetStream server, runs extractor, classifier and sink, and waits
// until every article is committed, recording the latency of each from raw
// publish to committed row. Chaos and Burst run the services as processes
// against nats-server (one node or a three-node cluster) with per-service
// NATS users, injecting faults or a backlog. Hostile runs the hostile cases
// (forged and pre-empted records, oversized pages and articles, a secret
// feed URL, idle and slow connections, bad bytes) against an all-in-one
// pipeline with authorisation on.
package loadtest
