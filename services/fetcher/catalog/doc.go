// Package catalog keeps the fetcher's shared, run-time state in JetStream
// KV buckets, so that any number of replicas (and the `newsflow feeds`
// command) see one picture:
//
//   - NEWSFLOW_FEEDS: feeds added at run time (`newsflow feeds add`,
//     `import-opml`), one JSON Entry per feed, keyed by Key(url).
//   - NEWSFLOW_FEED_STATE: per feed, its schedule (next poll, current
//     adaptive interval), its lease (which replica polls it right now, and
//     until when), its health (last success, last error and its kind,
//     consecutive failures, items seen, disabled) and its conditional-GET
//     cache. Every write is a compare-and-set on the entry's revision:
//     that is what makes a lease exclusive.
//   - NEWSFLOW_HOSTS: per host, who is requesting it and when the next
//     request may start (HostSlots, which implements fetch.HostSlots), so
//     per-host politeness holds across replicas.
package catalog
