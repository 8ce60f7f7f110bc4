// Package loadcli is the command line of newsflow-load, the helper binary that
// runs `newsflow bench pipeline|chaos|burst`. It lives apart from the newsflow
// binary so that the load generator, the chaos harness and the throwaway
// PostgreSQL server are compiled only by those who benchmark, not by every
// `go run ./cmd/newsflow demo`.
package loadcli
