// Package cmdline holds what the newsflow and newsflow-load command lines
// share: flag sets that report to stderr, the usage error (exit status 2),
// a helper process's exit status passed on as is, the mapping from a
// command's error to its exit status, and the sorted command list of a
// usage message.
package cmdline

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"slices"
)

// ErrUsage marks a command-line mistake (exit status 2).
var ErrUsage = errors.New("usage")

// NewFlagSet returns a flag set for "newsflow name" that reports to stderr
// and returns its errors.
func NewFlagSet(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("newsflow "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

// Parse parses args into fs; a bad flag is an ErrUsage, -h is flag.ErrHelp.
func Parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %w", ErrUsage, err)
	}
	return nil
}

// ExitStatusError is a helper process's exit status, passed on as is: the
// helper has already printed why it failed.
type ExitStatusError struct{ Code int }

func (e *ExitStatusError) Error() string { return fmt.Sprintf("exit status %d", e.Code) }

// Exit returns the exit status of a command that ended with err, and says
// why on stderr as "prefix: err" when there is something to say: 0 for
// none or -h, a helper's own status, 2 for a usage mistake, 1 otherwise.
func Exit(stderr io.Writer, prefix string, err error) int {
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	}
	if st, ok := errors.AsType[*ExitStatusError](err); ok {
		return st.Code
	}
	fmt.Fprintf(stderr, "%s: %v\n", prefix, err)
	if errors.Is(err, ErrUsage) {
		return 2
	}
	return 1
}

// PrintCommands lists commands by name with their summaries, names padded
// to width.
func PrintCommands(w io.Writer, summaries map[string]string, width int) {
	for _, n := range slices.Sorted(maps.Keys(summaries)) {
		fmt.Fprintf(w, "  %-*s %s\n", width, n, summaries[n])
	}
}
