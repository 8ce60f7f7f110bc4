package store

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/newsflow/newsflow/services/sink/internal/pgtest"
)

// pg is the PostgreSQL server shared by this package's tests (nil when
// PostgreSQL is not installed).
var pg *pgtest.Server

// benchCleanup releases what benchmarks keep across -count runs.
var benchCleanup []func()

func TestMain(m *testing.M) {
	code := pgtest.Main(m, &pg)
	for _, f := range benchCleanup {
		f()
	}
	os.Exit(code)
}

var backends = []string{"sqlite", "postgres"}

// eachBackend runs the same test against every backend as subtests named
// after them; openTemp inside picks its backend from that name.
func eachBackend(t *testing.T, f func(t *testing.T)) {
	t.Helper()
	for _, b := range backends {
		t.Run(b, f)
	}
}

// backendOf is the backend subtest t runs under (see eachBackend),
// SQLite outside of one.
func backendOf(t testing.TB) string {
	parts := strings.Split(t.Name(), "/")
	if len(parts) > 1 && parts[1] == "postgres" {
		return "postgres"
	}
	return "sqlite"
}

// tempDSN is a fresh, empty database of t's backend.
func tempDSN(t testing.TB) string {
	t.Helper()
	if backendOf(t) == "postgres" {
		return pg.DSN(t)
	}
	return "sqlite://" + t.TempDir() + "/news.db"
}

func TestPostgresRequired(t *testing.T) {
	// Makes a missing installation visible in every run, and a failure
	// under NEWSFLOW_REQUIRE_POSTGRES=1.
	pgtest.Skip(t, pg)
	require.NotNil(t, pg)
}
