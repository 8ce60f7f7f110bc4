// Package pgtest shares one throwaway PostgreSQL server (package pgserver)
// among the tests of a package: start it in TestMain with Main; each test
// gets its own schema (Server.DSN) so tests stay independent and may run in
// parallel. When no binaries are installed, tests asking for the server are
// skipped with a message saying so, unless NEWSFLOW_REQUIRE_POSTGRES=1 is
// set (CI), which turns that skip into a failure.
package pgtest
