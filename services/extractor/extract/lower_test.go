package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func FuzzToLower(f *testing.F) {
	for _, s := range []string{
		"", "plain", "Plain Text", "Straße ÜBER Öl", "İstanbul", "\u212a Kelvin", "ΣΊΣΥΦΟΣ", "Москва",
		"bad \xff byte", "Élan \xc3", "日本語 ABC", "ǅ ǈ ǋ",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := toLower(s), strings.ToLower(s); got != want {
			t.Fatalf("toLower(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestToLowerDevset compares toLower with strings.ToLower on every line of
// the development set's texts (German, French, Spanish, Russian, English).
func TestToLowerDevset(t *testing.T) {
	files, err := filepath.Glob("testdata/devset/*/ground-truth.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no devset truth: %v", err)
	}
	lines := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for line := range strings.SplitSeq(string(b), `\n`) {
			lines++
			if got, want := toLower(line), strings.ToLower(line); got != want {
				t.Fatalf("toLower(%q) = %q, want %q", line, got, want)
			}
		}
	}
	if lines < 100 {
		t.Fatalf("only %d lines", lines)
	}
}
