package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"

	"google.golang.org/protobuf/proto"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// Store keeps tagged articles. It is safe for concurrent use.
type Store struct {
	w      *sql.DB     // migrations and SQLite writes; one connection for SQLite
	r      *sql.DB     // reads
	ws     *writeStmts // SQLite's prepared writes
	pg     *pgStore    // PostgreSQL's batched writes (nil for SQLite)
	d      dialect
	logger *slog.Logger
}

// Open opens (creating if needed) the database named by dsn and applies
// migrations.
//
// dsn: "sqlite:///abs/path.db", "sqlite://relative.db", "file:path.db", or a
// plain path → SQLite; "postgres://…" or "postgresql://…" → PostgreSQL
// (any libpq-style URL pgx accepts, e.g. with sslmode, pool_max_conns or
// search_path parameters). A nil logger discards logs.
func Open(ctx context.Context, dsn string, logger *slog.Logger) (*Store, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	t, err := parseDSN(dsn)
	if err != nil {
		return nil, err
	}
	var (
		s    *Store
		name string
	)
	switch t.backend {
	case backendSQLite:
		d, err := sqliteDialect()
		if err != nil {
			return nil, err
		}
		w, r, err := openSQLite(ctx, t.path)
		if err != nil {
			return nil, err
		}
		s, name = &Store{w: w, r: r, d: d}, t.path
	case backendPostgres:
		d, err := postgresDialect()
		if err != nil {
			return nil, err
		}
		pg, db, err := openPostgres(ctx, t.dsn)
		if err != nil {
			return nil, err
		}
		s, name = &Store{w: db, r: db, pg: pg, d: d}, redactDSN(t.dsn)
	default:
		return nil, fmt.Errorf("%w: %s", ErrUnsupportedBackend, t.backend)
	}
	s.logger = logger.With("component", "store", "backend", s.d.name)
	if err := migrate(ctx, s.w, s.d, s.logger); err != nil {
		_ = s.Close()
		return nil, fmt.Errorf("migrating %q: %w", name, err)
	}
	if s.pg == nil {
		if s.ws, err = prepareWrites(ctx, s.w, s.d); err != nil {
			_ = s.Close()
			return nil, err
		}
	}
	return s, nil
}

// Backend names the database kind: "sqlite" or "postgres".
func (s *Store) Backend() string { return s.d.name }

// Close closes the database. In-flight calls may fail.
func (s *Store) Close() error {
	var errs []error
	if s.ws != nil {
		errs = append(errs, s.ws.close())
	}
	errs = append(errs, s.r.Close())
	if s.w != s.r {
		errs = append(errs, s.w.Close())
	}
	if s.pg != nil {
		s.pg.pool.Close()
	}
	return errors.Join(errs...)
}

// Ping checks that the database answers, for readiness probes.
func (s *Store) Ping(ctx context.Context) error {
	if s.pg != nil {
		if err := s.pg.pool.Ping(ctx); err != nil {
			return fmt.Errorf("pinging PostgreSQL: %w", err)
		}
		return nil
	}
	if err := s.w.PingContext(ctx); err != nil {
		return fmt.Errorf("pinging writer: %w", err)
	}
	if err := s.r.PingContext(ctx); err != nil {
		return fmt.Errorf("pinging readers: %w", err)
	}
	return nil
}

// Count returns the number of stored articles.
func (s *Store) Count(ctx context.Context) (int64, error) {
	var n int64
	if err := s.r.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&n); err != nil {
		return 0, fmt.Errorf("counting articles: %w", err)
	}
	return n, nil
}

// Get returns the stored record with the article id, or ErrNotFound.
func (s *Store) Get(ctx context.Context, id string) (*newsv1.TaggedArticle, error) {
	var blob []byte
	err := s.r.QueryRowContext(ctx, `SELECT record FROM articles WHERE id = $1`, id).Scan(&blob)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("getting article %q: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("getting article %q: %w", id, err)
	}
	rec, err := unmarshalRecord(blob)
	if err != nil {
		return nil, fmt.Errorf("getting article %q: %w", id, err)
	}
	return rec, nil
}

func unmarshalRecord(blob []byte) (*newsv1.TaggedArticle, error) {
	rec := &newsv1.TaggedArticle{}
	if err := proto.Unmarshal(blob, rec); err != nil {
		return nil, fmt.Errorf("decoding stored record: %w", err)
	}
	return rec, nil
}
