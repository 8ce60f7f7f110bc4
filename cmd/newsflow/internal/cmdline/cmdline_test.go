package cmdline

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"testing"
)

func TestExit(t *testing.T) {
	fs := NewFlagSet("x", &bytes.Buffer{})
	fs.Bool("known", false, "")
	badFlag := Parse(fs, []string{"-unknown"})
	tests := []struct {
		name    string
		err     error
		code    int
		printed string
	}{
		{"success", nil, 0, ""},
		{"help", flag.ErrHelp, 0, ""},
		{"a helper's status", fmt.Errorf("running: %w", &ExitStatusError{Code: 7}), 7, ""},
		{"bad flag", badFlag, 2, "newsflow x: usage: flag provided but not defined: -unknown\n"},
		{"failure", errors.New("boom"), 1, "newsflow x: boom\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			if got := Exit(&out, "newsflow x", tt.err); got != tt.code || out.String() != tt.printed {
				t.Errorf("Exit = %d, printed %q; want %d, %q", got, out.String(), tt.code, tt.printed)
			}
		})
	}
}

func TestPrintCommands(t *testing.T) {
	var out bytes.Buffer
	PrintCommands(&out, map[string]string{"tail": "print records", "demo": "run the demo"}, 6)
	if want := "  demo   run the demo\n  tail   print records\n"; out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
}
