// Package stage is the sink as a pipeline stage: it consumes TaggedArticle
// records from news.tagged.> and upserts them into the store, acking only
// after the transaction commits. Non-article pages are acknowledged and not
// stored. A store failure is transient: the message is redelivered with
// backoff until the database is back.
package stage
