// Package loadtest measures the whole pipeline in one process: it times the
// extractor alone over generated pages on every core (the stage that bounds
// the pipeline), then publishes the same pages as RawPage records into an
// embedded JetStream server, runs extractor, classifier and sink, and waits
// until every article is committed, recording the latency of each from raw
// publish to committed row.
package loadtest
