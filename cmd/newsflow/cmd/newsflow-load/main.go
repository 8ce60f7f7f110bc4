// Command newsflow-load runs newsflow's load and fault benchmarks
// (`newsflow bench pipeline|chaos|burst` start it). It is a binary of its own
// so that the newsflow command does not link the load generator, the chaos
// harness and the test PostgreSQL server.
package main

import (
	"context"
	"os"

	"github.com/newsflow/newsflow/cmd/newsflow/internal/loadcli"
)

func main() {
	os.Exit(loadcli.Main(context.Background(), os.Args[1:], loadcli.Stdio{Out: os.Stdout, Err: os.Stderr}, os.Getenv))
}
