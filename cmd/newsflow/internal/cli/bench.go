package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/newsflow/newsflow/cmd/newsflow/internal/cmdline"
)

// The load and fault benchmarks run in a helper binary built from this module
// (cmd/newsflow/cmd/newsflow-load): the load generator, the chaos harness and
// the throwaway PostgreSQL server then cost nothing to whoever only builds
// newsflow to run the demo or the pipeline.
const (
	loadHelperName = "newsflow-load"
	loadHelperPkg  = "github.com/newsflow/newsflow/cmd/newsflow/cmd/newsflow-load"
)

// benchCommands are the subcommands of `newsflow bench`. Each measures one
// part of newsflow; add one by adding a line here.
func benchCommands() map[string]command {
	return map[string]command{
		"extract":  {"score and time extraction on a benchmark dataset against go-trafilatura and go-readability", runBenchExtract},
		"pipeline": {"push generated articles through the whole pipeline and measure throughput, latency and memory", loadHelper("pipeline")},
		"chaos":    {"kill, stop and restart services, NATS and the database while articles flow; count what is lost or doubled", loadHelper("chaos")},
		"hostile":  {"forged and pre-empted records, oversized pages, a secret feed URL, idle and slow connections, bad bytes, with NATS users", loadHelper("hostile")},
		"burst":    {"drain a burst of raw pages through the services as processes and sample their memory", loadHelper("burst")},
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
	cmdline.PrintCommands(std.Err, summaries(cmds), 9)
}

// loadHelper returns a command that runs `newsflow-load SUB args…` with this
// process's standard streams and passes its exit status on.
func loadHelper(sub string) func(ctx context.Context, args []string, std Stdio, getenv func(string) string) error {
	return func(ctx context.Context, args []string, std Stdio, getenv func(string) string) error {
		argv := loadHelperCmd(getenv)
		cmd := exec.CommandContext(ctx, argv[0], append(append(argv[1:], sub), args...)...)
		tail := &lastLine{w: std.Err}
		cmd.Stdin, cmd.Stdout, cmd.Stderr = std.In, std.Out, tail
		if err := cmd.Run(); err != nil {
			if exit, ok := errors.AsType[*exec.ExitError](err); ok {
				// The helper has said why on stderr; when it came from `go run`,
				// what go says outside the source tree ("no required module
				// provides package") does not name the way out, so say it.
				// When go ran the helper and it failed (a benchmark that
				// failed: go's last line is "exit status N"), the helper's
				// own error is the story.
				if argv[0] == "go" && !strings.HasPrefix(tail.last(), "exit status ") {
					fmt.Fprintf(std.Err, "newsflow: %s is neither next to this binary nor on $PATH, and `go run %s` failed: run newsflow from the source tree, build the helper with go build ./cmd/newsflow/cmd/newsflow-load, or set NEWSFLOW_LOAD_HELPER\n", loadHelperName, loadHelperPkg)
				}
				return &cmdline.ExitStatusError{Code: exit.ExitCode()}
			}
			return fmt.Errorf("running %s (build it with go build ./cmd/newsflow/cmd/newsflow-load, or set NEWSFLOW_LOAD_HELPER): %w", argv[0], err)
		}
		return nil
	}
}

// loadHelperCmd finds newsflow-load: $NEWSFLOW_LOAD_HELPER, next to this
// binary, on $PATH, else `go run` inside the source tree.
func loadHelperCmd(getenv func(string) string) []string {
	if v := getenv("NEWSFLOW_LOAD_HELPER"); v != "" {
		return []string{v}
	}
	if exe, err := os.Executable(); err == nil {
		sib := filepath.Join(filepath.Dir(exe), loadHelperName)
		if st, err := os.Stat(sib); err == nil && !st.IsDir() {
			return []string{sib}
		}
	}
	if p, err := exec.LookPath(loadHelperName); err == nil {
		return []string{p}
	}
	return []string{"go", "run", loadHelperPkg}
}

// lastLine passes writes on to w and remembers the last line written.
type lastLine struct {
	w    io.Writer
	line []byte // the current line so far
	prev string // the last complete non-empty line
}

func (l *lastLine) Write(p []byte) (int, error) {
	for _, b := range p {
		if b == '\n' {
			if len(l.line) > 0 {
				l.prev = string(l.line)
			}
			l.line = l.line[:0]
			continue
		}
		if len(l.line) < 256 {
			l.line = append(l.line, b)
		}
	}
	return l.w.Write(p)
}

// last is the last non-empty line written.
func (l *lastLine) last() string {
	if len(l.line) > 0 {
		return string(l.line)
	}
	return l.prev
}
