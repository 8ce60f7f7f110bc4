package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeTaxonomy(t *testing.T, actors string) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"actors.json":      actors,
		"topics.json":      `{"topics":[{"code":"medtop:02000000","label":"crime, law and justice"},{"code":"medtop:20000082","label":"crime","parent":"medtop:02000000"}]}`,
		"rules.json":       `{"rules":[{"id":"r","code":"medtop:20000082","query":"(or/count>=2 (text_content = \"arrest*\"))"}]}`,
		"places.json":      `{"places":[{"code":"FR","name":"France","aliases":["French","Paris"]}]}`,
		"common-words.txt": "silence\nbase\n",
		"DATE":             "2030-01-01\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestTaxonomyLintCommand(t *testing.T) {
	code, out, errOut := runCLI(t, "", "taxonomy", "lint")
	if code != 0 || !strings.Contains(out, "embedded taxonomy") || !strings.Contains(out, "no problems") {
		t.Fatalf("embedded taxonomy: exit %d\nstdout: %s\nstderr: %s", code, out, errOut)
	}

	clean := writeTaxonomy(t, `{"actors":[{"id":"red-hand","name":"Red Hand","type":"militia","aliases":[{"text":"Red Hand Brigade"}]}]}`)
	if code, out, errOut := runCLI(t, "", "taxonomy", "lint", clean); code != 0 || !strings.Contains(out, "2030-01-01+") {
		t.Fatalf("clean dir: exit %d\nstdout: %s\nstderr: %s", code, out, errOut)
	}

	bad := writeTaxonomy(t, `{"actors":[
		{"id":"a","name":"A","type":"terrorist-organisation","parent":"nope","aliases":[{"text":"Red Hand"},{"text":"Silence"},{"text":"The Base"}]},
		{"id":"b","name":"B","type":"gang","aliases":[{"text":"red  hand"}]}]}`)
	code, out, errOut = runCLI(t, "", "taxonomy", "lint", bad)
	if code != 1 {
		t.Fatalf("problems must exit 1, got %d\nstdout: %s\nstderr: %s", code, out, errOut)
	}
	for _, want := range []string{
		`duplicate-alias b: "red  hand" also names a`,
		`common-word-alias a: "Silence"`,
		`common-word-alias a: "The Base"`,
		`unknown-parent a: parent "nope"`,
		`unknown-type b`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if !strings.Contains(errOut, "taxonomy has problems: 5") {
		t.Errorf("stderr: %q", errOut)
	}

	if code, _, _ := runCLI(t, "", "taxonomy", "lint", filepath.Join(bad, "missing")); code != 1 {
		t.Errorf("a missing directory must exit 1, got %d", code)
	}
	broken := writeTaxonomy(t, `{"actors": [`)
	if code, _, errOut := runCLI(t, "", "taxonomy", "lint", broken); code != 1 || !strings.Contains(errOut, "actors.json") {
		t.Errorf("unreadable data must exit 1 naming the file, got %d: %s", code, errOut)
	}
	if code, _, _ := runCLI(t, "", "taxonomy", "frobnicate"); code != 2 {
		t.Errorf("an unknown subcommand must exit 2, got %d", code)
	}
}
