package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"modernc.org/sqlite" // also registers the "sqlite" database/sql driver
	sqlite3 "modernc.org/sqlite/lib"
)

//go:embed migrations/sqlite/*.sql
var sqliteMigrations embed.FS

// busyTimeoutMS bounds how long a connection waits for another writer (this
// process or another) before failing with SQLITE_BUSY.
const busyTimeoutMS = 10_000

func sqliteDialect() (dialect, error) {
	sub, err := fs.Sub(sqliteMigrations, "migrations/sqlite")
	if err != nil {
		return dialect{}, fmt.Errorf("opening embedded migrations: %w", err)
	}
	return dialect{
		name:       "sqlite",
		migrations: sub,
		textQuery:  ftsQuery,
		textFilter: func(p string) string {
			return "a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH " + p + ")"
		},
	}, nil
}

// openSQLite opens the writer (one connection, IMMEDIATE transactions) and
// the read-only reader pool on the file at path, creating it and its
// directory when missing.
func openSQLite(ctx context.Context, path string) (w, r *sql.DB, err error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, nil, fmt.Errorf("resolving %q: %w", path, err)
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o750); err != nil {
		return nil, nil, fmt.Errorf("creating directory for %q: %w", abs, err)
	}

	common := url.Values{}
	common.Set("_busy_timeout", fmt.Sprint(busyTimeoutMS))
	common.Set("_foreign_keys", "1")

	// A new database gets 32 KB pages; one already created keeps the size
	// it has (page_size cannot change under WAL without a VACUUM out of
	// it), and openWriter sets the checkpoint interval for whichever it has.
	w, err = openWriter(ctx, abs, common, newPageSize)
	if err != nil {
		return nil, nil, err
	}
	var pageSize int
	if err := w.QueryRowContext(ctx, "PRAGMA page_size").Scan(&pageSize); err != nil {
		_ = w.Close()
		return nil, nil, fmt.Errorf("reading the page size of %q: %w", abs, err)
	}
	if pageSize != newPageSize && pageSize > 0 {
		_ = w.Close()
		if w, err = openWriter(ctx, abs, common, pageSize); err != nil {
			return nil, nil, err
		}
	}

	rq := cloneValues(common)
	rq.Set("_query_only", "1")
	r, err = sql.Open("sqlite", sqliteURI(abs, rq))
	if err != nil {
		_ = w.Close()
		return nil, nil, fmt.Errorf("opening %q for reading: %w", abs, err)
	}
	n := max(4, runtime.GOMAXPROCS(0))
	r.SetMaxOpenConns(n)
	r.SetMaxIdleConns(n)
	return w, r, nil
}

// newPageSize is the page size of a database the sink creates. A record is
// tens of kilobytes (its text, the protobuf record and the full-text
// segments it adds), so with SQLite's default 4 KB a batch commits
// thousands of WAL frames, each two pwrite calls; 32 KB pages take an
// eighth of the calls for the same bytes (bench pipeline's sink: about a
// fifth less CPU per record) and no search got slower
// (BenchmarkSearch).
const newPageSize = 32 << 10

// walCheckpointBytes is how much WAL accumulates between automatic
// checkpoints.
const walCheckpointBytes = 64 << 20

// openWriter opens the writer (one connection, IMMEDIATE transactions) on
// abs for a database of pageSize-byte pages.
func openWriter(ctx context.Context, abs string, common url.Values, pageSize int) (*sql.DB, error) {
	wq := cloneValues(common)
	wq.Set("_journal_mode", "WAL")
	// FULL rather than WAL's usual NORMAL: the sink acks a message once
	// Upsert returns, so the commit must survive power loss, not only a crash.
	wq.Set("_synchronous", "FULL")
	// Writers take the lock at BEGIN; a deferred transaction that reads
	// and then writes can fail with SQLITE_BUSY without waiting.
	wq.Set("_txlock", "immediate")
	// Applied before journal_mode, so it takes effect on a new file; an
	// existing database ignores it.
	wq.Add("_pragma", fmt.Sprintf("page_size(%d)", pageSize))
	// A batch of a few hundred articles dirties more pages than SQLite's
	// default 2 MB cache holds: it would spill them to the WAL mid-batch
	// and read them back. 64 MB keeps a batch and the hot index pages.
	wq.Add("_pragma", "cache_size(-65536)")
	// Checkpoint every 64 MB of WAL rather than 1000 pages: the index and
	// full-text pages a batch rewrites are copied back once per checkpoint.
	wq.Add("_pragma", fmt.Sprintf("wal_autocheckpoint(%d)", walCheckpointBytes/pageSize))
	// Multi-row statements keep a statement journal for partial rollback;
	// in memory it costs no write system calls (it holds only the pages one
	// statement changed, and is gone when the statement ends).
	wq.Add("_pragma", "temp_store(memory)")
	w, err := sql.Open("sqlite", sqliteURI(abs, wq))
	if err != nil {
		return nil, fmt.Errorf("opening %q: %w", abs, err)
	}
	// One writer connection: SQLite allows one writer at a time anyway, and
	// queueing in database/sql is cheaper than spinning on busy_timeout.
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	w.SetConnMaxIdleTime(0)
	// The first connection applies journal_mode=WAL, which needs an
	// exclusive lock; SQLite reports SQLITE_BUSY for it at once, without
	// the busy handler, when another process is opening the same new file.
	if err := retryBusy(ctx, func() error { return w.PingContext(ctx) }); err != nil {
		_ = w.Close()
		return nil, fmt.Errorf("opening %q: %w", abs, err)
	}
	return w, nil
}

// sqliteURI builds a file: URI so that any character in the path (notably
// '?' and '#') is escaped rather than read as the start of parameters.
func sqliteURI(abs string, q url.Values) string {
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs), RawQuery: q.Encode()}
	return u.String()
}

func cloneValues(v url.Values) url.Values {
	c := make(url.Values, len(v))
	for k, vs := range v {
		c[k] = append([]string(nil), vs...)
	}
	return c
}

// retryBusy calls f until it returns something other than SQLITE_BUSY, for
// at most busyTimeoutMS, backing off between attempts.
func retryBusy(ctx context.Context, f func() error) error {
	deadline := time.Now().Add(busyTimeoutMS * time.Millisecond)
	delay := 2 * time.Millisecond
	for {
		err := f()
		if err == nil || !isBusy(err) || time.Now().After(deadline) {
			return err
		}
		t := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			t.Stop()
			return err
		case <-t.C:
		}
		delay = min(2*delay, 100*time.Millisecond)
	}
}

// isSQLiteFull reports SQLITE_FULL: the disk (or max_page_count) is full.
func isSQLiteFull(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_FULL
}

func isBusy(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_BUSY
}
