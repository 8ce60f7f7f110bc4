// Package pgtest runs a throwaway PostgreSQL server for tests, started from
// the system's initdb and postgres binaries (found with pg_config --bindir,
// or in PATH), on a free loopback port with its socket and data in a
// temporary directory.
//
// One server is shared by a test package (start it in TestMain with Main);
// each test gets its own schema (Server.DSN) so tests stay independent
// and may run in parallel. When no binaries are installed, tests asking for
// the server are skipped with a message saying so, unless
// NEWSFLOW_REQUIRE_POSTGRES=1 is set (CI), which turns that skip into a
// failure. When the tests run as root, initdb and postgres run as the
// "postgres" system user, since postgres refuses to run as root.
package pgtest
