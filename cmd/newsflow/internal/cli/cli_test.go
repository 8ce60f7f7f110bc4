package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const (
	malaystar = "../demosite/site/malaystar/news/world/2024/07/23/france-probed-migrant-communities-to-fight-isis-k-threat-to-olympics.html"
	rtn       = "../demosite/site/rtn/news/246312-france-terrorist-threat-competition.html"
)

func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Main(t.Context(), args, Stdio{In: strings.NewReader(stdin), Out: &out, Err: &errb}, func(string) string { return "" })
	return code, out.String(), errb.String()
}

func jsonLines(t *testing.T, s string) []map[string]any {
	t.Helper()
	var out []map[string]any
	for line := range strings.SplitSeq(strings.TrimSpace(s), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("not a JSON line: %q: %v", line, err)
		}
		out = append(out, m)
	}
	return out
}

func TestExtractCommand(t *testing.T) {
	code, out, errOut := runCLI(t, "", "extract", "--url", "http://news.test/malaystar/x.html", malaystar, rtn)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := jsonLines(t, out)
	if len(lines) != 2 {
		t.Fatalf("%d lines, want one per file", len(lines))
	}
	first := lines[0]
	for _, k := range []string{"file", "url", "page_type", "title", "byline", "published", "language", "text"} {
		if _, ok := first[k]; !ok {
			t.Errorf("JSON line lacks %q", k)
		}
	}
	if first["file"] != malaystar || lines[1]["file"] != rtn {
		t.Errorf("lines out of input order: %v, %v", first["file"], lines[1]["file"])
	}
	if first["title"] != "France probed migrant communities to fight ISIS-K threat to Olympics" || first["byline"] != "Gabriel Stargardter" || first["page_type"] != "article" {
		t.Errorf("metadata: title %q byline %v type %v", first["title"], first["byline"], first["page_type"])
	}
	text, _ := first["text"].(string)
	if !strings.HasPrefix(text, "PARIS (Reuters) - ") || !strings.Contains(text, "Gérald Darmanin") || !strings.Contains(text, "\n\n") {
		t.Errorf("text is not the clean windows-1252-decoded article: %.120q", text)
	}
	for _, bad := range []string{"Next In World", "Others Also Read", "FILE PHOTO", "Advertisement"} {
		if strings.Contains(text, bad) {
			t.Errorf("text contains boilerplate %q", bad)
		}
	}
}

func TestExtractTextFormatAndStdin(t *testing.T) {
	page, err := os.ReadFile(rtn)
	if err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, string(page), "extract", "--format", "text")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if strings.HasPrefix(strings.TrimSpace(out), "{") || !strings.HasPrefix(out, "French security officials") {
		t.Errorf("--format text must print only the clean text, got %.80q", out)
	}
	if strings.Contains(out, "Categories:") {
		t.Error("text contains the Categories: block")
	}
}

func TestExtractReportsBadInput(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nope.html")
	code, out, errOut := runCLI(t, "", "extract", rtn, missing)
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	lines := jsonLines(t, out)
	if len(lines) != 2 || lines[1]["error"] == nil || lines[0]["error"] != nil {
		t.Errorf("want a result for the good file and an error line for the missing one, got %v", lines)
	}
	if !strings.Contains(errOut, "nope.html") {
		t.Errorf("stderr does not name the failed input: %q", errOut)
	}
	if code, _, _ := runCLI(t, "", "extract", "--format", "xml"); code != 2 {
		t.Errorf("a bad --format must exit 2, got %d", code)
	}
}

func TestClassifyCommand(t *testing.T) {
	text := "Islamic State Khorasan Province claimed the attack in Kabul. The Taliban said ISKP fighters were arrested."
	code, out, errOut := runCLI(t, text, "classify")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	rec := jsonLines(t, out)[0]
	actors, _ := rec["actors"].([]any)
	got := map[string]map[string]any{}
	for _, a := range actors {
		m := a.(map[string]any)
		got[m["id"].(string)] = m
	}
	if len(got) != 2 || got["isis-k"] == nil || got["taliban"] == nil {
		t.Fatalf("actors = %v, want isis-k and taliban only (a branch's full name does not tag its parent)", keysOf(got))
	}
	k := got["isis-k"]
	for _, f := range []string{"id", "name", "aliases_matched", "mentions", "score", "evidence"} {
		if _, ok := k[f]; !ok {
			t.Errorf("actor lacks %q: %v", f, k)
		}
	}
	if k["mentions"].(float64) != 2 {
		t.Errorf("isis-k mentions = %v, want 2", k["mentions"])
	}
}

func TestExtractPipesIntoClassify(t *testing.T) {
	code, extracted, errOut := runCLI(t, "", "extract", rtn)
	if code != 0 {
		t.Fatalf("extract exit %d: %s", code, errOut)
	}
	code, out, errOut := runCLI(t, extracted, "classify")
	if code != 0 {
		t.Fatalf("classify exit %d: %s", code, errOut)
	}
	rec := jsonLines(t, out)[0]
	var ids []string
	for _, a := range rec["actors"].([]any) {
		ids = append(ids, a.(map[string]any)["id"].(string))
	}
	joined := strings.Join(ids, ",")
	// Seed 003: "an Al-Qaeda wing known as Khorasan" is the al-Qaeda cell, not ISIS-K.
	if !strings.Contains(joined, "al-qaeda") || !strings.Contains(joined, "khorasan-group") || strings.Contains(joined, "isis-k") {
		t.Errorf("actors = %v", ids)
	}
}

func TestDemoCommand(t *testing.T) {
	dir := t.TempDir()
	code, out, errOut := runCLI(t, "", "demo", "--data", dir)
	if code != 0 {
		t.Fatalf("demo exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
	if !strings.Contains(out, "demo: 5 articles stored") || !strings.Contains(out, "dead letters: 0") {
		t.Errorf("summary missing: %s", out)
	}
	for _, title := range []string{
		"France Triggers To Prevent ISIS-K Threats At Paris Olympics",
		"Competition between terrorist organizations raises threat level in France",
		"Moscow Terror Suspects Allegedly Planned Additional Massacres across Europe",
	} {
		if !strings.Contains(out, title) {
			t.Errorf("record %q not printed", title)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "newsflow.db")); err != nil {
		t.Errorf("--data did not keep the database: %v", err)
	}
	// A second run on the kept directory finds the same stories under the
	// same ids (the site's random port is no part of them) and stores none
	// twice; under --json stdout holds nothing but the records.
	code, out2, errOut := runCLI(t, "", "demo", "--data", dir, "--json")
	if code != 0 {
		t.Fatalf("second demo exit %d\nstderr:\n%s", code, errOut)
	}
	recs := jsonLines(t, out2)
	if len(recs) != 5 {
		t.Errorf("second run printed %d records, want the 5 stored once", len(recs))
	}
	for _, r := range recs {
		if u := r["article"].(map[string]any)["canonical_url"].(string); !strings.HasPrefix(u, "http://news.test/") {
			t.Errorf("canonical URL %q is not on the demo's fixed host", u)
		}
	}
	if !strings.Contains(errOut, "0 fetched, 15 skipped as already seen") || !strings.Contains(errOut, "demo: 5 articles stored") {
		t.Errorf("second run's summary (stderr) = %s", errOut)
	}
	// The stored records are searchable from the kept database.
	db := filepath.Join(dir, "newsflow.db")
	code, out, errOut = runCLI(t, "", "search", "--db", db, "--actor", "khorasan-group", "--json")
	if code != 0 {
		t.Fatalf("search exit %d: %s", code, errOut)
	}
	if lines := jsonLines(t, out); len(lines) != 1 || !strings.Contains(out, "Competition between terrorist organizations") {
		t.Errorf("search --actor khorasan-group = %d records: %.200s", len(lines), out)
	}
	// What a person types: an id in capitals, an actor's name, a topic's
	// label or its number; a table by default.
	for _, tt := range []struct {
		args []string
		want int
	}{
		{[]string{"--actor", "KHORASAN-GROUP"}, 1},
		{[]string{"--actor", "ISIS-K"}, 4},
		{[]string{"--topic", "terrorism"}, 5},
		{[]string{"--topic", "Terrorism", "--actor", "al-Qaeda"}, 1},
		{[]string{"--topic", "20000103"}, 5},
		{[]string{"--topic", "medtop:20000103"}, 5},
		{[]string{"--topic", "sport event"}, 2},
	} {
		code, out, errOut := runCLI(t, "", append([]string{"search", "--db", db, "--json"}, tt.args...)...)
		if code != 0 {
			t.Errorf("search %v: exit %d: %s", tt.args, code, errOut)
			continue
		}
		if n := len(jsonLines(t, out)); n != tt.want {
			t.Errorf("search %v: %d records, want %d", tt.args, n, tt.want)
		}
	}
	code, out, _ = runCLI(t, "", "search", "--db", db, "--actor", "isis-k")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 5 || !strings.HasPrefix(lines[0], "PUBLISHED") || !strings.Contains(out, "France Triggers To Prevent ISIS-K") {
		t.Errorf("search table: exit %d:\n%s", code, out)
	}
	// An id a taxonomy merge folded into another actor: what was stored
	// under it is still found, and the note says where new records go.
	if code, _, errOut := runCLI(t, "", "search", "--db", db, "--actor", "unc2452"); code != 0 || !strings.Contains(errOut, "actor unc2452 was folded into apt29") {
		t.Errorf("former actor id: exit %d, %q", code, errOut)
	}
	if code, _, errOut := runCLI(t, "", "search", "--db", db, "--actor", "isis-k"); code != 0 || strings.Contains(errOut, "folded") {
		t.Errorf("current actor id: exit %d, %q", code, errOut)
	}
	if code, _, errOut := runCLI(t, "", "search", "--db", db, "--topic", "terror"); code != 2 || !strings.Contains(errOut, `did you mean "act of terror" (medtop:20000053)`) {
		t.Errorf("unknown topic label: exit %d, %q", code, errOut)
	}
}

func TestUsage(t *testing.T) {
	if code, _, errOut := runCLI(t, "", "frobnicate"); code != 2 || !strings.Contains(errOut, "unknown command") {
		t.Errorf("unknown command: exit %d, %q", code, errOut)
	}
	if code, _, _ := runCLI(t, ""); code != 2 {
		t.Errorf("no command: exit %d, want 2", code)
	}
	if code, _, _ := runCLI(t, "", "search", "--since", "yesterday-ish"); code != 2 {
		t.Errorf("bad --since: exit %d, want 2", code)
	}
}

func TestParseWhen(t *testing.T) {
	now := time.Date(2026, 3, 30, 12, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		in   string
		want time.Time
	}{
		{"24h", now.Add(-24 * time.Hour)},
		{"7d", time.Date(2026, 3, 23, 12, 0, 0, 0, time.UTC)},
		{"2w", time.Date(2026, 3, 16, 12, 0, 0, 0, time.UTC)},
		{"1d12h", time.Date(2026, 3, 29, 0, 0, 0, 0, time.UTC)},
		{"1w2d", time.Date(2026, 3, 21, 12, 0, 0, 0, time.UTC)},
		{"2026-01-02", time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)},
		{"2026-01-02T03:04:05Z", time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)},
	} {
		got, err := parseWhen(tt.in, now)
		if err != nil || !got.Equal(tt.want) {
			t.Errorf("parseWhen(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"d", "7x", "-7d", "7d-1h", "yesterday", "0d"} {
		if _, err := parseWhen(bad, now); err == nil {
			t.Errorf("parseWhen(%q) accepted", bad)
		}
	}
}

func keysOf[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}
