// Package store keeps tagged articles for the sink and answers queries over
// them.
//
// A Store is opened from a DSN: an embedded SQLite file (pure Go,
// modernc.org/sqlite) or PostgreSQL (pgx v5, pgxpool). Both sit behind the
// same methods: the read SQL uses $n placeholders and portable ON CONFLICT /
// row-value syntax and is shared, the backend-specific parts (migrations,
// full-text search) live in a dialect, and version precedence is decided in
// Go (plan, supersedes) for both, the write paths differing only in how they
// lock and write (SQLite: one writer, prepared statements; PostgreSQL: per-id
// advisory locks, multi-row statements from arrays).
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
//     write transaction that first takes the write lock (SQLite BEGIN
//     IMMEDIATE, PostgreSQL pg_advisory_xact_lock), so several processes may
//     open a fresh database at once.
//   - Search pages are keyset-paginated newest first by published time
//     (stored time when the article has none), with an opaque cursor.
//   - Actor and topic filters take what an analyst types: an actor id or
//     canonical name, a topic code or label, in any case. Names resolve to
//     ids through tag_names, which every write adds to and nothing deletes
//     from.
//
// PostgreSQL specifics: full text is a tsvector column ('simple'
// configuration over diacritic-folded title and text) with a GIN index;
// times are BIGINT microseconds, as in SQLite, so the shared SQL reads both.
//
// SQLite specifics: WAL journal, synchronous=FULL (a returned Upsert survives
// power loss, not only a crash), foreign keys on, one writer connection whose
// transactions begin IMMEDIATE (so concurrent writers queue on busy_timeout
// instead of failing), and a separate read-only pool. Times are stored as
// INTEGER microseconds since the Unix epoch, UTC.
package store
