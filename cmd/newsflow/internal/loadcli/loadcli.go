package loadcli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
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

// errUsage marks a command-line mistake (exit status 2).
var errUsage = errors.New("usage")

// Main runs the subcommand named by args[0] and returns the exit status.
func Main(ctx context.Context, args []string, std Stdio, getenv func(string) string) int {
	cmds := commands()
	if len(args) == 0 {
		usage(std.Err, cmds)
		return 2
	}
	c, ok := cmds[args[0]]
	if !ok {
		fmt.Fprintf(std.Err, "newsflow bench: unknown subcommand %q\n", args[0])
		usage(std.Err, cmds)
		return 2
	}
	if err := c.run(ctx, args[1:], std, getenv); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		fmt.Fprintf(std.Err, "newsflow bench %s: %v\n", args[0], err)
		if errors.Is(err, errUsage) {
			return 2
		}
		return 1
	}
	return 0
}

func usage(w io.Writer, cmds map[string]command) {
	fmt.Fprintln(w, "usage: newsflow-load SUBCOMMAND [flags]\n\nsubcommands:")
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-9s %s\n", n, cmds[n].summary)
	}
}

func newFlagSet(name string, std Stdio) *flag.FlagSet {
	fs := flag.NewFlagSet("newsflow "+name, flag.ContinueOnError)
	fs.SetOutput(std.Err)
	return fs
}

func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %w", errUsage, err)
	}
	return nil
}
