package cli

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsflow/newsflow/cmd/newsflow/internal/cmdline"
)

// writeScript writes an executable shell script that prints to stderr and
// exits with status 3, as a failed helper or a failed `go run` would.
func writeScript(t *testing.T, dir, name string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte("#!/bin/sh\necho \"$0 says no\" >&2\nexit 3\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadHelperFailure(t *testing.T) {
	tests := []struct {
		name     string
		helper   bool // NEWSFLOW_LOAD_HELPER names the script; else the go run fallback
		goRan    bool // the go script ends as go run does after the program failed
		wantHint bool
	}{
		{name: "helper named by the environment", helper: true, wantHint: false},
		{name: "go run fallback outside the source tree", helper: false, wantHint: true},
		// go built and ran the helper, which failed (a benchmark that
		// failed): go's last line is "exit status N", the helper's own
		// error is the story and no hint is added.
		{name: "go run of a helper that failed", helper: false, goRan: true, wantHint: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			env := map[string]string{}
			if tt.helper {
				env["NEWSFLOW_LOAD_HELPER"] = writeScript(t, dir, "my-load")
			} else {
				// The only `go` on PATH is the failing script, and no
				// newsflow-load is there or next to the test binary.
				p := writeScript(t, dir, "go")
				if tt.goRan {
					if err := os.WriteFile(p, []byte("#!/bin/sh\necho \"$0 says no\" >&2\necho 'exit status 3' >&2\nexit 3\n"), 0o755); err != nil {
						t.Fatal(err)
					}
				}
				t.Setenv("PATH", dir)
			}
			var stderr bytes.Buffer
			err := loadHelper("chaos")(context.Background(), nil, Stdio{In: strings.NewReader(""), Out: &bytes.Buffer{}, Err: &stderr}, func(k string) string { return env[k] })
			exit, ok := errors.AsType[*cmdline.ExitStatusError](err)
			if !ok || exit.Code != 3 {
				t.Fatalf("err = %v, want the helper's exit status 3", err)
			}
			if !strings.Contains(stderr.String(), "says no") {
				t.Errorf("the helper's own stderr was not passed on: %q", stderr.String())
			}
			hint := strings.Contains(stderr.String(), "run newsflow from the source tree")
			if hint != tt.wantHint {
				t.Errorf("hint shown = %v, want %v; stderr: %q", hint, tt.wantHint, stderr.String())
			}
		})
	}
}
