// Package store keeps tagged articles for the sink and answers queries over
// them.
//
// A Store is opened from a DSN; today that means an embedded SQLite file
// (pure Go, modernc.org/sqlite), and the package is shaped so a PostgreSQL
// backend can be added behind the same methods: all SQL uses $n placeholders
// and portable ON CONFLICT / row-value syntax, the backend-specific parts
// (migrations, full-text search) live in a dialect, and version precedence is
// decided in Go rather than in SQL.
//
// Invariants:
//
//   - Writes are idempotent upserts keyed by the article id, so the sink may
//     ack a message once Upsert returns and a re-delivery changes nothing.
//   - A stored record is only ever replaced by one that supersedes it (see
//     [Store.Upsert] for the precedence rule); an older extractor, classifier
//     or taxonomy version never overwrites a newer one.
//   - The whole TaggedArticle is kept as binary protobuf; the other columns
//     and tables are indexes over it and are rebuilt from it on every write.
//   - Migrations are versioned, embedded, and applied on Open inside one
//     write transaction, so several processes may open a fresh file at once.
//   - Search pages are keyset-paginated newest first by published time
//     (stored time when the article has none), with an opaque cursor.
//
// SQLite specifics: WAL journal, synchronous=FULL (a returned Upsert survives
// power loss, not only a crash), foreign keys on, one writer connection whose
// transactions begin IMMEDIATE (so concurrent writers queue on busy_timeout
// instead of failing), and a separate read-only pool. Times are stored as
// INTEGER microseconds since the Unix epoch, UTC.
package store
