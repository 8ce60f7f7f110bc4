package cli

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
)

// completeCommand is the hidden command the completion scripts call with
// the words typed so far (the last one being completed, maybe empty); it
// prints the candidates, one a line. Asking the binary keeps the scripts
// short and the candidates in step with the commands and their flags.
const completeCommand = "__complete"

// subcommands are the second words of the commands that have them.
var subcommands = map[string][]string{
	"feeds":      {"add", "rm", "ls", "import-opml", "enable", "disable"},
	"dlq":        {"ls", "replay"},
	"bench":      {"extract", "pipeline", "chaos", "burst"},
	"taxonomy":   {"lint"},
	"completion": {"bash", "zsh", "fish"},
}

// helperBenches run in another binary: asking them for flags would start it.
var helperBenches = map[string]bool{"pipeline": true, "chaos": true, "burst": true}

func complete(ctx context.Context, std Stdio, words []string, getenv func(string) string) {
	cur := ""
	if len(words) > 0 {
		cur, words = words[len(words)-1], words[:len(words)-1]
	}
	var cands []string
	cmds := commands()
	switch {
	case len(words) == 0 || (len(words) == 1 && words[0] == "help"):
		for n := range cmds {
			cands = append(cands, n)
		}
		if len(words) == 0 {
			cands = append(cands, "help", "--version")
		}
	case strings.HasPrefix(cur, "-"):
		cands = flagsOf(ctx, cmds, words, getenv)
	case len(words) == 1 && subcommands[words[0]] != nil:
		cands = subcommands[words[0]]
	}
	slices.Sort(cands)
	w := bufio.NewWriter(std.Out)
	defer func() { _ = w.Flush() }()
	for _, c := range cands {
		if strings.HasPrefix(c, cur) {
			fmt.Fprintln(w, c)
		}
	}
}

// flagsOf asks the command (and subcommand) for its usage and reads the
// flag names from it, as --name.
func flagsOf(ctx context.Context, cmds map[string]command, words []string, getenv func(string) string) []string {
	c, ok := cmds[words[0]]
	if !ok {
		return nil
	}
	args := []string{"-h"}
	if subs := subcommands[words[0]]; subs != nil {
		if len(words) < 2 || !slices.Contains(subs, words[1]) || (words[0] == "bench" && helperBenches[words[1]]) {
			return nil
		}
		args = []string{words[1], "-h"}
	}
	var buf bytes.Buffer
	_ = c.run(ctx, args, Stdio{In: strings.NewReader(""), Out: io.Discard, Err: &buf}, getenv)
	var out []string
	for line := range strings.SplitSeq(buf.String(), "\n") {
		// flag.PrintDefaults: "  -name type" then an indented description.
		if rest, ok := strings.CutPrefix(line, "  -"); ok && rest != "" && rest[0] != ' ' && rest[0] != '\t' {
			name, _, _ := strings.Cut(rest, " ")
			name, _, _ = strings.Cut(name, "\t")
			out = append(out, "--"+name)
		}
	}
	return out
}

func runCompletion(_ context.Context, args []string, std Stdio, _ func(string) string) error {
	if len(args) != 1 || completionScripts[args[0]] == "" {
		fmt.Fprintln(std.Err, `usage: newsflow completion bash|zsh|fish

Prints a completion script for commands, subcommands and flags:
  bash:  source <(newsflow completion bash)      (or save it in /etc/bash_completion.d/newsflow)
  zsh:   source <(newsflow completion zsh)       (after compinit)
  fish:  newsflow completion fish > ~/.config/fish/completions/newsflow.fish`)
		if len(args) == 1 && (args[0] == "-h" || args[0] == "--help") {
			return nil
		}
		return fmt.Errorf("%w: want bash, zsh or fish", errUsage)
	}
	_, err := io.WriteString(std.Out, completionScripts[args[0]])
	return err
}

var completionScripts = map[string]string{
	"bash": `# bash completion for newsflow: source <(newsflow completion bash)
_newsflow() {
	local IFS=$'\n'
	COMPREPLY=($(newsflow ` + completeCommand + ` "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
}
complete -o default -F _newsflow newsflow
`,
	"zsh": `#compdef newsflow
# zsh completion for newsflow: source <(newsflow completion zsh)
_newsflow() {
	local -a cands
	cands=("${(@f)$(newsflow ` + completeCommand + ` "${(@)words[2,CURRENT]}" 2>/dev/null)}")
	if (( ${#cands} )) && [[ -n ${cands[1]} ]]; then
		compadd -a cands
	else
		_files
	fi
}
compdef _newsflow newsflow
`,
	"fish": `# fish completion for newsflow: newsflow completion fish > ~/.config/fish/completions/newsflow.fish
complete -c newsflow -a '(newsflow ` + completeCommand + ` (commandline -opc)[2..-1] (commandline -ct))'
`,
}
