package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"

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
var errUsage = errors.New("usage")

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
	if err := c.run(ctx, args[1:], std, getenv); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		if st, ok := errors.AsType[*exitStatusError](err); ok {
			return st.code
		}
		fmt.Fprintf(std.Err, "newsflow %s: %v\n", args[0], err)
		if errors.Is(err, errUsage) {
			return 2
		}
		return 1
	}
	return 0
}

func usage(w io.Writer, cmds map[string]command) {
	fmt.Fprintln(w, "usage: newsflow COMMAND [flags]\n\ncommands:")
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, cmds[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'newsflow help COMMAND' for a command's flags, 'newsflow --version' for the version.")
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

// exitStatusError is a helper process's exit status, passed on as is: the helper
// has already printed why it failed.
type exitStatusError struct{ code int }

func (e *exitStatusError) Error() string { return fmt.Sprintf("exit status %d", e.code) }
