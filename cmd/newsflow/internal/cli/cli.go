package cli

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/newsflow/newsflow/cmd/newsflow/internal/cmdline"
	"github.com/newsflow/newsflow/plumbing/buildinfo"
)

// Stdio is where a command reads and writes.
type Stdio struct {
	In  io.Reader
	Out io.Writer
	Err io.Writer
}

type command struct {
	summary string
	run     func(ctx context.Context, args []string, std Stdio, getenv func(string) string) error
}

func commands() map[string]command {
	return map[string]command{
		"demo":       {"run the whole pipeline in one process on the bundled demo site", runDemo},
		"doctor":     {"check a newsflow.yaml and whether its feeds, NATS and the database can be reached", runDoctor},
		"dlq":        {"list or replay dead letters (ls, replay)", runDLQ},
		"extract":    {"extract clean article text and metadata from HTML files", runExtract},
		"classify":   {"tag plain text or Article JSON lines with topics, actors and places", runClassify},
		"tail":       {"print the records published on a NATS subject as JSON", runTail},
		"search":     {"query the sink's API", runSearch},
		"up":         {"run the whole pipeline in one process against the feeds in newsflow.yaml", runUp},
		"taxonomy":   {"check the classifier's taxonomy data: newsflow taxonomy lint [DIR]", runTaxonomy},
		"feeds":      {"add, remove, list (with health), import (OPML), enable and disable the fetcher's feeds", runFeeds},
		"bench":      {"measure newsflow: bench extract DIR scores and times extraction against other extractors", runBench},
		"completion": {"print a shell completion script: newsflow completion bash|zsh|fish", runCompletion},
	}
}

// errUsage marks a command-line mistake (exit status 2).
var errUsage = cmdline.ErrUsage

// Main runs the subcommand named by args[0] and returns the exit status.
func Main(ctx context.Context, args []string, std Stdio, getenv func(string) string) int {
	cmds := commands()
	if len(args) >= 2 && args[0] == "help" {
		// newsflow help CMD [SUB] is newsflow CMD [SUB] -h.
		args = append(append([]string{}, args[1:]...), "-h")
	}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(std.Err, cmds)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	if args[0] == "--version" || args[0] == "-version" || args[0] == "version" {
		fmt.Fprintf(std.Out, "newsflow %s\n", buildinfo.Version())
		return 0
	}
	if args[0] == completeCommand {
		complete(ctx, std, args[1:], getenv)
		return 0
	}
	c, ok := cmds[args[0]]
	if !ok {
		fmt.Fprintf(std.Err, "newsflow: unknown command %q\n", args[0])
		usage(std.Err, cmds)
		return 2
	}
	return cmdline.Exit(std.Err, "newsflow "+args[0], c.run(ctx, args[1:], std, getenv))
}

func usage(w io.Writer, cmds map[string]command) {
	fmt.Fprintln(w, "usage: newsflow COMMAND [flags]\n\ncommands:")
	cmdline.PrintCommands(w, summaries(cmds), 10)
	fmt.Fprintln(w, "\nRun 'newsflow help COMMAND' for a command's flags, 'newsflow --version' for the version.")
}

// summaries maps each command's name to its one-line summary.
func summaries(cmds map[string]command) map[string]string {
	out := make(map[string]string, len(cmds))
	for n, c := range cmds {
		out[n] = c.summary
	}
	return out
}

func newFlagSet(name string, std Stdio) *flag.FlagSet { return cmdline.NewFlagSet(name, std.Err) }

func parse(fs *flag.FlagSet, args []string) error { return cmdline.Parse(fs, args) }
