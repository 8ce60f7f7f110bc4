// Package stage is the extractor as a pipeline stage: it consumes RawPage
// records from NEWS_RAW, extracts them with package extract, and publishes
// each Article on news.articles.<source>. The service binary and the
// all-in-one demo both run it.
//
// Every extracted page is published, whatever its page type; the sink
// decides what to store. A page that cannot be decoded or extracted is a
// permanent failure (dead-lettered); a publish failure is transient.
package stage
