// Package stage is the sink as a pipeline stage: it consumes TaggedArticle
// records from news.tagged.> and upserts them into the store in batches
// (bus.BatchRunner: up to 200 records or 100 ms by default), acking a
// batch's messages only after its transaction commits. Non-article pages
// are acknowledged and not stored; invalid records (store.Validate) and
// undecodable payloads are dead-lettered one by one while the rest of their
// batch is stored.
//
// When the database is slow, the stage writes one batch at a time and so
// pulls no faster than the database commits; when it is down (a write fails
// and Ping fails), the batch is nakked, pulling stops, and it resumes once
// Ping succeeds again, so an outage of minutes loses nothing and
// dead-letters nothing.
package stage
