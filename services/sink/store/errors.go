package store

import "errors"

var (
	// ErrNotFound is returned by Get when no article has the id.
	ErrNotFound = errors.New("store: article not found")
	// ErrUnsupportedBackend is returned by Open for a DSN naming a database
	// this build cannot use yet.
	ErrUnsupportedBackend = errors.New("store: unsupported database backend")
	// ErrInvalidDSN is returned by Open for a DSN it cannot parse.
	ErrInvalidDSN = errors.New("store: invalid DSN")
	// ErrInvalidRecord marks a record that can never be stored (no article,
	// no id); retrying it is pointless, so consumers should dead-letter it.
	ErrInvalidRecord = errors.New("store: invalid record")
	// ErrInvalidQuery marks a Query that cannot be answered as asked.
	ErrInvalidQuery = errors.New("store: invalid query")
	// ErrInvalidCursor marks a Query.Cursor this package did not produce.
	ErrInvalidCursor = errors.New("store: invalid cursor")
)

// IsFull reports whether err is the database refusing a write for want of
// space: SQLite's SQLITE_FULL ("database or disk is full"), PostgreSQL's
// class 53 (insufficient resources: disk full, out of memory, too many
// connections). Retrying the same records succeeds once space is freed: it
// is no fault of the records.
func IsFull(err error) bool {
	return isSQLiteFull(err) || isPostgresFull(err)
}
