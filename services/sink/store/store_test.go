package store

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/sink/internal/pgtest"
)

func TestOpenDSN(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	tests := []struct {
		name    string
		dsn     string
		file    string // created, relative to dir
		wantErr error
	}{
		{name: "sqlite absolute", dsn: "sqlite://" + filepath.Join(dir, "abs.db"), file: "abs.db"},
		{name: "sqlite relative", dsn: "sqlite://rel.db", file: "rel.db"},
		{name: "sqlite relative in new dir", dsn: "sqlite://sub/dir/rel.db", file: "sub/dir/rel.db"},
		{name: "file uri", dsn: "file:uri.db", file: "uri.db"},
		{name: "plain path", dsn: "plain.db", file: "plain.db"},
		{name: "plain absolute path", dsn: filepath.Join(dir, "plainabs.db"), file: "plainabs.db"},
		{name: "odd characters", dsn: filepath.Join(dir, "we ird%20name.db"), file: "we ird%20name.db"},
		{name: "postgres bad parameter", dsn: "postgres://user@localhost/newsflow?pool_max_conns=many", wantErr: ErrInvalidDSN},
		{name: "other scheme", dsn: "mysql://localhost/newsflow", wantErr: ErrUnsupportedBackend},
		{name: "empty", dsn: " ", wantErr: ErrInvalidDSN},
		{name: "parameters", dsn: "file:x.db?mode=ro", wantErr: ErrInvalidDSN},
		{name: "memory", dsn: ":memory:", wantErr: ErrInvalidDSN},
		{name: "scheme only", dsn: "sqlite://", wantErr: ErrInvalidDSN},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Open(t.Context(), tt.dsn, nil)
			if tt.wantErr != nil {
				require.ErrorIs(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			defer func() { require.NoError(t, s.Close()) }()
			require.NoError(t, s.Ping(t.Context()))
			_, err = os.Stat(filepath.Join(dir, tt.file))
			require.NoError(t, err)
		})
	}
}

func TestOpenConcurrentFreshFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fresh.db")
	const n = 6
	stores := make([]*Store, n)
	errs := make([]error, n)
	var (
		wg    sync.WaitGroup
		start = make(chan struct{})
	)
	for i := range n {
		wg.Go(func() {
			<-start
			stores[i], errs[i] = Open(t.Context(), path, testLogger(t))
		})
	}
	close(start)
	wg.Wait()
	for i := range n {
		require.NoError(t, errs[i], "store %d", i)
		t.Cleanup(func() { require.NoError(t, stores[i].Close()) })
	}

	ms, err := loadMigrations(stores[0].d.migrations)
	require.NoError(t, err)
	var applied int
	require.NoError(t, stores[0].r.QueryRowContext(t.Context(), `SELECT count(*) FROM schema_migrations`).Scan(&applied))
	require.Equal(t, len(ms), applied, "each migration recorded once")

	// Every store writes, and every store sees the others' writes.
	for i, s := range stores {
		_, err := s.Upsert(t.Context(), []*newsv1.TaggedArticle{rec(idf(i))})
		require.NoError(t, err)
	}
	for _, s := range stores {
		n, err := s.Count(t.Context())
		require.NoError(t, err)
		require.EqualValues(t, len(stores), n)
	}

	// Reopening an up-to-date database applies nothing and keeps the data.
	s, err := Open(t.Context(), path, nil)
	require.NoError(t, err)
	defer func() { require.NoError(t, s.Close()) }()
	got, err := s.Count(t.Context())
	require.NoError(t, err)
	require.EqualValues(t, len(stores), got)
}

func TestOpenPostgres(t *testing.T) {
	pgtest.Skip(t, pg)
	dsn := pg.DSN(t)
	for _, d := range []string{dsn, strings.Replace(dsn, "postgres://", "postgresql://", 1)} {
		s, err := Open(t.Context(), d, testLogger(t))
		require.NoError(t, err)
		require.Equal(t, "postgres", s.Backend())
		require.NoError(t, s.Ping(t.Context()))
		require.NoError(t, s.Close())
	}
	_, err := Open(t.Context(), strings.Replace(pg.URL(pgtest.Database), "127.0.0.1", "127.0.0.1:1", 1), nil)
	require.Error(t, err, "nothing listens on port 1")
}

// TestOpenConcurrentPostgres starts several stores on one fresh schema at
// once: the advisory lock lets one apply the migrations while the others
// wait and then find nothing to do.
func TestOpenConcurrentPostgres(t *testing.T) {
	pgtest.Skip(t, pg)
	dsn := pg.DSN(t)
	const n = 6
	stores := make([]*Store, n)
	errs := make([]error, n)
	var (
		wg    sync.WaitGroup
		start = make(chan struct{})
	)
	for i := range n {
		wg.Go(func() {
			<-start
			stores[i], errs[i] = Open(t.Context(), dsn, testLogger(t))
		})
	}
	close(start)
	wg.Wait()
	for i := range n {
		require.NoError(t, errs[i], "store %d", i)
		t.Cleanup(func() { require.NoError(t, stores[i].Close()) })
	}
	ms, err := loadMigrations(stores[0].d.migrations)
	require.NoError(t, err)
	var applied int
	require.NoError(t, stores[0].r.QueryRowContext(t.Context(), `SELECT count(*) FROM schema_migrations`).Scan(&applied))
	require.Equal(t, len(ms), applied, "each migration recorded once")
	for i, s := range stores {
		_, err := s.Upsert(t.Context(), []*newsv1.TaggedArticle{rec(idf(i))})
		require.NoError(t, err)
	}
	got, err := stores[n-1].Count(t.Context())
	require.NoError(t, err)
	require.EqualValues(t, n, got)
}

func TestGetNotFound(t *testing.T) {
	eachBackend(t, func(t *testing.T) {
		s := openTemp(t)
		_, err := s.Get(t.Context(), "missing")
		require.ErrorIs(t, err, ErrNotFound)
	})
}

func TestLoadMigrations(t *testing.T) {
	for _, mk := range []func() (dialect, error){sqliteDialect, postgresDialect} {
		d, err := mk()
		require.NoError(t, err)
		ms, err := loadMigrations(d.migrations)
		require.NoError(t, err)
		require.NotEmpty(t, ms)
		for i, m := range ms {
			require.Equal(t, i+1, m.version, "%s: versions are dense from 1", d.name)
		}
	}
}

// TestSQLiteWriterPragmas checks that the writer connection runs with the
// settings its durability and batch cost depend on.
func TestSQLiteWriterPragmas(t *testing.T) {
	w, r, err := openSQLite(t.Context(), filepath.Join(t.TempDir(), "p.db"))
	require.NoError(t, err)
	t.Cleanup(func() { _ = w.Close(); _ = r.Close() })
	for pragma, want := range map[string]string{
		"journal_mode":       "wal",
		"synchronous":        "2", // FULL
		"foreign_keys":       "1",
		"cache_size":         "-65536",
		"page_size":          "32768",
		"wal_autocheckpoint": "2048", // 64 MB of 32 KB pages
		"temp_store":         "2",    // MEMORY
	} {
		var got string
		require.NoError(t, w.QueryRowContext(t.Context(), "PRAGMA "+pragma).Scan(&got), pragma)
		require.Equal(t, want, got, pragma)
	}
}

// A database created with SQLite's default 4 KB pages keeps them, and its
// checkpoint interval is still 64 MB of WAL.
func TestSQLiteWriterKeepsPageSize(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	old, err := sql.Open("sqlite", "file:"+path+"?_journal_mode=WAL")
	require.NoError(t, err)
	_, err = old.ExecContext(t.Context(), "CREATE TABLE t (x INTEGER)")
	require.NoError(t, err)
	require.NoError(t, old.Close())

	w, r, err := openSQLite(t.Context(), path)
	require.NoError(t, err)
	t.Cleanup(func() { _ = w.Close(); _ = r.Close() })
	for pragma, want := range map[string]string{
		"journal_mode":       "wal",
		"page_size":          "4096",
		"wal_autocheckpoint": "16384",
	} {
		var got string
		require.NoError(t, w.QueryRowContext(t.Context(), "PRAGMA "+pragma).Scan(&got), pragma)
		require.Equal(t, want, got, pragma)
	}
}
