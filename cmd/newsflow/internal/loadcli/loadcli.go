package loadcli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/newsflow/newsflow/cmd/newsflow/internal/cmdline"
)

// Stdio is where a command reads and writes.
type Stdio struct {
	Out io.Writer
	Err io.Writer
}

type command struct {
	summary string
	run     func(ctx context.Context, args []string, std Stdio, getenv func(string) string) error
}

// Commands names the subcommands and their one-line summaries, for the
// newsflow binary's own `bench` usage.
func Commands() map[string]string {
	out := map[string]string{}
	for n, c := range commands() {
		out[n] = c.summary
	}
	return out
}

func commands() map[string]command {
	return map[string]command{
		"pipeline": {"push generated articles through the whole pipeline and measure throughput, latency and memory", runPipeline},
		"chaos":    {"kill, stop and restart services, NATS and the database while articles flow; count what is lost or doubled", runChaos},
		"hostile":  {"forged and pre-empted records, oversized pages, a secret feed URL, idle and slow connections, bad bytes, with NATS users", runHostile},
		"burst":    {"drain a burst of raw pages through the services as processes and sample their memory", runBurst},
	}
}

// Main runs the subcommand named by args[0] and returns the exit status.
func Main(ctx context.Context, args []string, std Stdio, getenv func(string) string) int {
	cmds := commands()
	if len(args) == 0 {
		usage(std.Err)
		return 2
	}
	c, ok := cmds[args[0]]
	if !ok {
		fmt.Fprintf(std.Err, "newsflow bench: unknown subcommand %q\n", args[0])
		usage(std.Err)
		return 2
	}
	return cmdline.Exit(std.Err, "newsflow bench "+args[0], c.run(ctx, args[1:], std, getenv))
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: newsflow-load SUBCOMMAND [flags]\n\nsubcommands:")
	cmdline.PrintCommands(w, Commands(), 9)
}

func newFlagSet(name string, std Stdio) *flag.FlagSet { return cmdline.NewFlagSet(name, std.Err) }

func parse(fs *flag.FlagSet, args []string) error { return cmdline.Parse(fs, args) }

// writeJSONLine writes a bench result as the one JSON line --json promises.
func writeJSONLine(w io.Writer, res any) error {
	b, err := json.Marshal(res)
	if err != nil {
		return fmt.Errorf("encoding result: %w", err)
	}
	_, err = fmt.Fprintf(w, "%s\n", b)
	return err
}
