package cli

import (
	"context"
	"fmt"
	"sort"
)

// benchCommands are the subcommands of `newsflow bench`. Each measures one
// part of newsflow; add one by adding a line here.
func benchCommands() map[string]command {
	return map[string]command{
		"extract":  {"score and time extraction on a benchmark dataset against go-trafilatura and go-readability", runBenchExtract},
		"pipeline": {"push generated articles through the whole pipeline and measure throughput, latency and memory", runBenchPipeline},
		"chaos":    {"kill, stop and restart services, NATS and the database while articles flow; count what is lost or doubled", runBenchChaos},
		"hostile":  {"forged and pre-empted records, oversized pages, a secret feed URL, idle and slow connections, bad bytes, with NATS users", runBenchHostile},
		"burst":    {"drain a burst of raw pages through the services as processes and sample their memory", runBenchBurst},
	}
}

func runBench(ctx context.Context, args []string, std Stdio, getenv func(string) string) error {
	cmds := benchCommands()
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		benchUsage(std, cmds)
		if len(args) == 0 {
			return fmt.Errorf("%w: want a bench subcommand", errUsage)
		}
		return nil
	}
	c, ok := cmds[args[0]]
	if !ok {
		benchUsage(std, cmds)
		return fmt.Errorf("%w: unknown bench subcommand %q", errUsage, args[0])
	}
	return c.run(ctx, args[1:], std, getenv)
}

func benchUsage(std Stdio, cmds map[string]command) {
	fmt.Fprintln(std.Err, "usage: newsflow bench SUBCOMMAND [flags]\n\nsubcommands:")
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(std.Err, "  %-9s %s\n", n, cmds[n].summary)
	}
}
