// Package poll drives the fetcher: it polls feeds, fetches the pages their
// items link to, and publishes each new page once as a RawPage.
//
// Invariants:
//
//   - An item is marked seen only after its page was published (the
//     Publisher returns once the broker has acknowledged), so a crash or a
//     failed publish between fetch and publish loses nothing: the item is
//     fetched again on the next poll. Duplicates this can cause, and those
//     from two replicas polling the same feed, are removed downstream by the
//     record id (Nats-Msg-Id and the sink's idempotent upsert).
//   - A feed's cache validators (ETag, Last-Modified) are kept only after a
//     poll in which every item was either published or given up on, so that
//     a 304 can never hide an item that still has to be retried.
//   - The record id is canon.ID of the item link's canonical URL; the same
//     story reached through RSS, Atom and JSON Feed is one record.
//   - A failing item does not stop its feed. Scheduling (intervals,
//     backoff of failing feeds, leases) is package schedule's.
//   - Pages are fetched through fetch.Client, which keeps the per-host
//     politeness (one request at a time, minimum interval).
package poll
