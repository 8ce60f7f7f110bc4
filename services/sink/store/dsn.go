package store

import (
	"fmt"
	"net/url"
	"strings"
)

// backend names a database implementation.
type backend string

const (
	backendSQLite   backend = "sqlite"
	backendPostgres backend = "postgres"
)

// target is a parsed DSN.
type target struct {
	backend backend
	// path is the SQLite file path, as given (possibly relative).
	path string
	// dsn is the original string, for backends that take it whole.
	dsn string
}

// parseDSN recognises:
//
//	sqlite:///abs/path.db   → /abs/path.db
//	sqlite://relative.db    → relative.db
//	file:path.db            → path.db
//	/plain/path.db, rel.db  → as given
//	postgres://…, postgresql://… → PostgreSQL
//
// Query parameters are refused rather than ignored: the store sets the
// pragmas it depends on itself, and a silently dropped "?mode=ro" would be a
// nasty surprise.
func parseDSN(dsn string) (target, error) {
	s := strings.TrimSpace(dsn)
	if s == "" {
		return target{}, fmt.Errorf("%w: empty", ErrInvalidDSN)
	}
	if scheme, _, ok := strings.Cut(s, "://"); ok {
		switch strings.ToLower(scheme) {
		case "postgres", "postgresql":
			return target{backend: backendPostgres, dsn: s}, nil
		case "sqlite", "sqlite3":
			return sqliteTarget(s, s[len(scheme)+len("://"):])
		default:
			return target{}, fmt.Errorf("%w: scheme %q (want sqlite:// or postgres://)", ErrUnsupportedBackend, scheme)
		}
	}
	if rest, ok := strings.CutPrefix(s, "file:"); ok {
		return sqliteTarget(s, rest)
	}
	if rest, ok := strings.CutPrefix(s, "sqlite:"); ok {
		return sqliteTarget(s, rest)
	}
	return sqliteTarget(s, s)
}

func sqliteTarget(dsn, path string) (target, error) {
	if strings.ContainsAny(path, "?#") {
		return target{}, fmt.Errorf("%w: %q: query parameters are not supported", ErrInvalidDSN, dsn)
	}
	if path == "" {
		return target{}, fmt.Errorf("%w: %q names no file", ErrInvalidDSN, dsn)
	}
	if path == ":memory:" || strings.HasPrefix(path, ":memory") {
		// The writer and the reader pool are separate connections, which
		// would each get their own empty in-memory database.
		return target{}, fmt.Errorf("%w: %q: in-memory databases are not supported, use a file in a temporary directory", ErrInvalidDSN, dsn)
	}
	return target{backend: backendSQLite, path: path, dsn: dsn}, nil
}

// redactDSN hides the password of a URL DSN, for messages.
func redactDSN(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil || u.User == nil {
		return dsn
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "redacted")
	}
	return u.String()
}
