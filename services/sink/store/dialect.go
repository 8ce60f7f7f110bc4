package store

import (
	"context"
	"database/sql"
	"io/fs"
)

// dialect holds what differs between database backends in the shared code.
// Everything else (the SQL of get, count, search, tag counts and retention,
// the migration runner, version precedence, cursors) is shared: it uses $n
// placeholders, ON CONFLICT and row values, which SQLite and PostgreSQL both
// accept. The write path differs more (SQLite: prepared statements on one
// writer; PostgreSQL: multi-row statements under per-id advisory locks) but
// both decide what to write with the same Go function, plan.
type dialect struct {
	name string
	// migrations holds NNNN_name.sql files at its root.
	migrations fs.FS
	// lockMigrations serialises concurrent migrators; nil when beginning
	// the transaction already does (SQLite BEGIN IMMEDIATE).
	lockMigrations func(ctx context.Context, tx *sql.Tx) error
	// textQuery turns user text into the backend's full-text query; ok is
	// false when the text has nothing searchable in it.
	textQuery func(text string) (query string, ok bool)
	// textFilter is a WHERE condition on articles a matching the full-text
	// query bound at placeholder p.
	textFilter func(p string) string
}
