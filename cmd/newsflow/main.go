// Command newsflow is newsflow's command line: the all-in-one demo, and the
// extract, classify, tail and search tools.
package main

import (
	"context"
	"os"

	"github.com/newsflow/newsflow/cmd/newsflow/internal/cli"
)

func main() {
	os.Exit(cli.Main(context.Background(), os.Args[1:], cli.Stdio{In: os.Stdin, Out: os.Stdout, Err: os.Stderr}, os.Getenv))
}
