package pgtest

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/newsflow/newsflow/services/sink/pgserver"
)

// RequireEnv names the variable that turns "no PostgreSQL installed" from a
// skip into a failure.
const RequireEnv = "NEWSFLOW_REQUIRE_POSTGRES"

// Database is the database Main creates for the test package.
const Database = "newsflow_test"

// Server is the package's shared server.
type Server struct{ *pgserver.Server }

// unavailable is why Main could not start a server ("" when it did).
var unavailable string

// Main starts the package's shared server, stores it in *dst, runs the
// tests and stops it. A missing installation leaves *dst nil: tests that
// call DSN then skip (or fail under NEWSFLOW_REQUIRE_POSTGRES=1). Any other
// start-up failure fails the whole package.
func Main(m *testing.M, dst **Server) int {
	flag.Parse()
	benchmarking := false
	if f := flag.Lookup("test.bench"); f != nil && f.Value.String() != "" {
		benchmarking = true
	}
	s, err := pgserver.Start(context.Background(), pgserver.Options{Durable: benchmarking})
	switch {
	case errors.Is(err, pgserver.ErrNoPostgres):
		unavailable = err.Error()
	case err != nil:
		fmt.Fprintf(os.Stderr, "pgtest: starting PostgreSQL: %v\n", err)
		return 1
	default:
		if err := s.CreateDatabase(context.Background(), Database); err != nil {
			fmt.Fprintf(os.Stderr, "pgtest: %v\n", err)
			_ = s.Close()
			return 1
		}
		*dst = &Server{s}
	}
	code := m.Run()
	if s != nil {
		if err := s.Close(); err != nil {
			fmt.Fprintf(os.Stderr, "pgtest: stopping PostgreSQL: %v\n", err)
		}
	}
	return code
}

// Skip skips t (or fails it under NEWSFLOW_REQUIRE_POSTGRES=1) when s is
// nil because PostgreSQL is not installed.
func Skip(t testing.TB, s *Server) {
	t.Helper()
	if s != nil {
		return
	}
	reason := unavailable
	if reason == "" {
		reason = "pgtest: no server (start one with pgtest.Main in TestMain)"
	}
	if os.Getenv(RequireEnv) == "1" {
		t.Fatalf("%s (%s=1 requires PostgreSQL tests to run)", reason, RequireEnv)
	}
	t.Skip("skipping PostgreSQL test: " + reason)
}

// DSN returns the DSN of a fresh schema in the package database, for one
// test. It skips t when s is nil (see Skip).
func (s *Server) DSN(t testing.TB) string {
	t.Helper()
	Skip(t, s)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	dsn, err := s.NewSchema(ctx, Database)
	if err != nil {
		t.Fatal(err)
	}
	return dsn
}
