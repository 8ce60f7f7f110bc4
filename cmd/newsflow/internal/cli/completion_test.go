package cli

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

func TestComplete(t *testing.T) {
	for _, tt := range []struct {
		words []string
		want  []string
		not   []string
	}{
		{[]string{"fe"}, []string{"feeds"}, []string{"search"}},
		{[]string{""}, []string{"demo", "doctor", "search", "help", "--version"}, []string{completeCommand}},
		{[]string{"help", "se"}, []string{"search"}, nil},
		{[]string{"feeds", ""}, []string{"add", "ls", "import-opml"}, nil},
		{[]string{"search", "--ac"}, []string{"--actor"}, []string{"--topic"}},
		{[]string{"demo", "--"}, []string{"--data", "--json"}, nil},
		{[]string{"feeds", "ls", "--j"}, []string{"--json"}, nil},
		{[]string{"up", "--nats"}, []string{"--nats-port"}, nil},
		{[]string{"bench", "pipeline", "--"}, nil, []string{"--articles"}}, // would start the helper
		{[]string{"frobnicate", "--"}, nil, []string{"--json"}},
	} {
		t.Run(strings.Join(tt.words, " "), func(t *testing.T) {
			code, out, errOut := runCLI(t, "", append([]string{completeCommand}, tt.words...)...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			got := strings.Fields(out)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("candidates %v lack %q", got, w)
				}
			}
			for _, w := range tt.not {
				if slices.Contains(got, w) {
					t.Errorf("candidates %v hold %q", got, w)
				}
			}
		})
	}
}

// TestBashCompletion sources the bash script and runs its function with a
// stand-in for the newsflow binary that echoes what it was asked.
func TestBashCompletion(t *testing.T) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Fatal("bash is needed to check the bash completion script")
	}
	code, script, _ := runCLI(t, "", "completion", "bash")
	if code != 0 {
		t.Fatalf("completion bash exit %d", code)
	}
	prog := script + `
newsflow() { printf '%s\n' "$@" | tr '\n' ' '; printf '\n'; }
COMP_WORDS=(newsflow feeds l)
COMP_CWORD=2
_newsflow
printf '%s' "${COMPREPLY[0]}"
`
	out, err := exec.CommandContext(t.Context(), bash, "--norc", "-c", prog).CombinedOutput()
	if err != nil {
		t.Fatalf("bash: %v\n%s", err, out)
	}
	if got, want := strings.TrimSpace(string(out)), completeCommand+" feeds l"; got != want {
		t.Errorf("the script asked %q, want %q", got, want)
	}
	if code, _, _ := runCLI(t, "", "completion", "tcsh"); code != 2 {
		t.Errorf("unknown shell: exit %d, want 2", code)
	}
	for _, sh := range []string{"zsh", "fish"} {
		if code, out, _ := runCLI(t, "", "completion", sh); code != 0 || !strings.Contains(out, completeCommand) {
			t.Errorf("completion %s: exit %d, %q", sh, code, out)
		}
	}
}

func TestVersionAndHelp(t *testing.T) {
	for _, arg := range []string{"--version", "version"} {
		code, out, _ := runCLI(t, "", arg)
		if code != 0 || !strings.HasPrefix(out, "newsflow ") || len(strings.Fields(out)) != 2 {
			t.Errorf("%s: exit %d, %q", arg, code, out)
		}
	}
	code, _, errOut := runCLI(t, "", "help", "search")
	if code != 0 || !strings.Contains(errOut, "usage: newsflow search") || !strings.Contains(errOut, "-actor") {
		t.Errorf("help search: exit %d, %q", code, errOut)
	}
	code, _, errOut = runCLI(t, "", "help", "feeds", "add")
	if code != 0 || !strings.Contains(errOut, "-source") {
		t.Errorf("help feeds add: exit %d, %q", code, errOut)
	}
}
