// Package service runs one newsflow service process: it reads the common
// configuration (Common: NATS, streams, delivery, admin address, log
// level, one setting each through package settings, as flag, NEWSFLOW_*
// or NATS_* environment variable and -config YAML key; OTEL_* variables
// for telemetry), sets up logging and telemetry, connects to NATS and
// provisions the streams, serves the admin endpoints, runs the service's
// work under a SIGTERM/interrupt context, and shuts down in order: stop
// pulling and finish in-flight work, stop the admin server, drain the
// connection, flush telemetry.
package service
