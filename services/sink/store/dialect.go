package store

import (
	"context"
	"database/sql"
	"io/fs"
)

// dialect holds what differs between database backends. Everything else
// (the SQL of upsert, get, count and search, version precedence, cursors) is
// shared: it uses $n placeholders, ON CONFLICT and row values, which SQLite
// and PostgreSQL both accept.
//
// A PostgreSQL dialect would bring migrations/postgres (tsvector column with a
// GIN index in place of FTS5), lockMigrations taking pg_advisory_xact_lock,
// lockRow " FOR UPDATE", and textFilter using websearch_to_tsquery.
type dialect struct {
	name string
	// migrations holds NNNN_name.sql files at its root.
	migrations fs.FS
	// lockMigrations serialises concurrent migrators; nil when beginning
	// the transaction already does (SQLite BEGIN IMMEDIATE).
	lockMigrations func(ctx context.Context, tx *sql.Tx) error
	// lockRow is appended to the SELECT that reads a stored record's
	// versions inside the upsert transaction.
	lockRow string
	// textQuery turns user text into the backend's full-text query; ok is
	// false when the text has nothing searchable in it.
	textQuery func(text string) (query string, ok bool)
	// textFilter is a WHERE condition on articles a matching the full-text
	// query bound at placeholder p.
	textFilter func(p string) string
}
