// Package pgserver runs a throwaway PostgreSQL server from the system's
// initdb and postgres binaries (found with pg_config --bindir, in PATH, or
// under /usr/lib/postgresql), on a free loopback port with its socket and
// data in a temporary directory. Tests, benchmarks and the fault-injection
// harness use it; it can be stopped and restarted on the same port and
// data to simulate a database outage. As root, initdb and postgres run as
// the "postgres" system user, since postgres refuses to run as root.
package pgserver
