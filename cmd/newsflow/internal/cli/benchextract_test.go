package cli

import (
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/newsflow/newsflow/services/extractor/extract"
)

const benchData = "testdata/benchextract"

// benchTable parses the rows of `bench extract`'s table by extractor name.
func benchTable(t *testing.T, out string) map[string]map[string]float64 {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 3 || !strings.HasPrefix(lines[0], "dataset ") {
		t.Fatalf("not a bench table:\n%s", out)
	}
	head := strings.Fields(lines[1])
	rows := map[string]map[string]float64{}
	for _, l := range lines[2:] {
		f := strings.Fields(l)
		if len(f) != len(head) {
			t.Fatalf("row %q has %d columns, header %d", l, len(f), len(head))
		}
		row := map[string]float64{}
		for i, col := range head[1:] {
			v, err := strconv.ParseFloat(f[i+1], 64)
			if err != nil {
				t.Fatalf("row %q column %s: %v", l, col, err)
			}
			row[col] = v
		}
		rows[f[0]] = row
	}
	return rows
}

func checkSane(t *testing.T, name string, r map[string]float64) {
	t.Helper()
	if r == nil {
		t.Fatalf("no %s row", name)
	}
	if r["pages"] != 3 || r["errors"] != 0 {
		t.Errorf("%s: pages %v errors %v, want 3 and 0", name, r["pages"], r["errors"])
	}
	for _, c := range []string{"precision", "recall", "F1", "accuracy"} {
		if v := r[c]; math.IsNaN(v) || v < 0 || v > 1 {
			t.Errorf("%s: %s = %v, want in [0,1]", name, c, v)
		}
	}
	if r["F1"] < 0.5 || r["pages/s"] <= 0 || r["MB/s"] <= 0 {
		t.Errorf("%s: F1 %v pages/s %v MB/s %v", name, r["F1"], r["pages/s"], r["MB/s"])
	}
}

func TestBenchExtractNewsflow(t *testing.T) {
	code, out, errOut := runCLI(t, "", "bench", "extract", "--extractors", "newsflow", "--runs", "1", benchData)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	rows := benchTable(t, out)
	checkSane(t, "newsflow", rows["newsflow"])
	// The ground truth is the fixtures' expected text, which the extractor
	// reproduces (token F1 >= 0.98 in its golden tests).
	if f1 := rows["newsflow"]["F1"]; f1 < 0.95 {
		t.Errorf("newsflow F1 %v on its own fixtures, want >= 0.95", f1)
	}
	if len(rows) != 1 {
		t.Errorf("rows %v, want newsflow only", rows)
	}
}

// TestBenchExtractCompare builds the comparison helper from the bench module
// (so it needs the workspace) and checks the three-row table.
func TestBenchExtractCompare(t *testing.T) {
	if testing.Short() {
		t.Skip("builds go-trafilatura")
	}
	gowork, err := exec.Command("go", "env", "GOWORK").Output()
	if err != nil || strings.TrimSpace(string(gowork)) == "" || strings.TrimSpace(string(gowork)) == "off" {
		t.Skip("needs the go command and the go.work workspace that holds the bench module")
	}
	helper := filepath.Join(t.TempDir(), helperName)
	if out, err := exec.Command("go", "build", "-o", helper, helperPkg).CombinedOutput(); err != nil {
		t.Fatalf("building %s: %v\n%s", helperPkg, err, out)
	}
	code, out, errOut := runCLI(t, "", "bench", "extract", "--runs", "1", "--helper", helper, benchData)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	rows := benchTable(t, out)
	if len(rows) != 3 {
		t.Fatalf("%d rows, want newsflow, trafilatura and readability:\n%s", len(rows), out)
	}
	for _, n := range []string{"newsflow", "trafilatura", "readability"} {
		checkSane(t, n, rows[n])
	}
}

func TestBenchUsage(t *testing.T) {
	if code, _, _ := runCLI(t, "", "bench"); code != 2 {
		t.Errorf("bench without subcommand: exit %d, want 2", code)
	}
	if code, _, errOut := runCLI(t, "", "bench", "nosuch"); code != 2 || !strings.Contains(errOut, "extract") {
		t.Errorf("unknown subcommand: exit %d, stderr %q", code, errOut)
	}
	if code, _, _ := runCLI(t, "", "bench", "extract"); code != 2 {
		t.Errorf("bench extract without DIR: exit %d, want 2", code)
	}
}

func TestShingleMetric(t *testing.T) {
	for _, tc := range []struct {
		truth, pred   string
		tp, fp, fn    float64
		precision, rc float64
	}{
		{"a b c d e", "a b c d e", 1, 0, 0, 1, 1},
		{"a b c d e", "a b c d", 0.5, 0, 0.5, 1, 0.5},
		{"a b", "a b", 1, 0, 0, 1, 1},
		{"one two three four", "", 0, 0, 1, math.NaN(), 0},
		{"x\u00ady z w", "x\u00ady z w", 0, 0.5, 0.5, 0, 0}, // the soft hyphen goes from the prediction only
	} {
		s := scorePage(tc.truth, tc.pred)
		if math.Abs(s.tp-tc.tp) > 1e-9 || math.Abs(s.fp-tc.fp) > 1e-9 || math.Abs(s.fn-tc.fn) > 1e-9 {
			t.Errorf("scorePage(%q, %q) = %+v, want tp %v fp %v fn %v", tc.truth, tc.pred, s, tc.tp, tc.fp, tc.fn)
		}
		m := aggregateScores([]pageScore{s})
		if !(math.IsNaN(tc.precision) && math.IsNaN(m.precision)) && math.Abs(m.precision-tc.precision) > 1e-9 || math.Abs(m.recall-tc.rc) > 1e-9 {
			t.Errorf("aggregate(%q, %q): P %v R %v, want %v %v", tc.truth, tc.pred, m.precision, m.recall, tc.precision, tc.rc)
		}
	}
}

func TestWithoutHeadlines(t *testing.T) {
	var body string
	for i := range 4 {
		body += "<p>Part " + strconv.Itoa(i) + ": the council approved the budget after a long debate, officials said on Monday.</p>"
	}
	page := func(h1 string) []byte {
		return []byte(`<html><head><title>` + h1 + ` | Daily</title></head><body><article><h1>` + h1 + `</h1>` + body + `</article></body></html>`)
	}
	pages := []benchPage{
		{id: "a", url: "https://news.test/a", html: page("Budget passes at last"), truth: "Politics\nBudget passes at last\nThe council approved the budget."},
		{id: "b", url: "https://news.test/b", html: page("Budget passes at last"), truth: "The council approved the budget."},
	}
	got := withoutHeadlines(pages)
	if got[0].truth != "Politics The council approved the budget" {
		t.Errorf("truth with a kicker and the headline became %q", got[0].truth)
	}
	if got[1].truth != pages[1].truth {
		t.Errorf("truth without the headline changed to %q", got[1].truth)
	}
	if pages[0].truth != "Politics\nBudget passes at last\nThe council approved the budget." {
		t.Error("the input pages were changed")
	}
}

func TestPagesOfSites(t *testing.T) {
	var pages []benchPage
	for _, u := range []string{"https://www.a.test/1", "https://a.test/2", "https://b.test/1", "https://c.test/1", "https://d.test/9", "https://e.test/1"} {
		pages = append(pages, benchPage{id: u, url: u})
	}
	in, err := pagesOfSites(pages, "0/2")
	if err != nil {
		t.Fatal(err)
	}
	out, err := pagesOfSites(pages, "!0/2")
	if err != nil {
		t.Fatal(err)
	}
	if len(in)+len(out) != len(pages) || len(in) == 0 || len(out) == 0 {
		t.Fatalf("split %d + %d of %d pages", len(in), len(out), len(pages))
	}
	side := map[string]bool{}
	for _, p := range in {
		side[p.id] = true
	}
	if side["https://www.a.test/1"] != side["https://a.test/2"] {
		t.Error("one site's pages were split between the parts")
	}
	for _, bad := range []string{"2/2", "x", "1/0"} {
		if _, err := pagesOfSites(pages, bad); err == nil {
			t.Errorf("--sites %q accepted", bad)
		}
	}
}

// TestBenchExtractPerPage checks that --per-page writes one scored row per
// page, worst first, and --texts the text of every page.
func TestBenchExtractPerPage(t *testing.T) {
	dir := t.TempDir()
	tsv, texts := filepath.Join(dir, "pp.tsv"), filepath.Join(dir, "texts")
	code, _, errOut := runCLI(t, "", "bench", "extract", "--extractors", "newsflow", "--runs", "1", "--per-page", tsv, "--texts", texts, benchData)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	b, err := os.ReadFile(tsv)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) != 4 || lines[0] != "extractor\tid\tprecision\trecall\tF1" {
		t.Fatalf("per-page file:\n%s", b)
	}
	prev := -1.0
	for _, l := range lines[1:] {
		f := strings.Split(l, "\t")
		if len(f) != 5 || f[0] != "newsflow" {
			t.Fatalf("row %q", l)
		}
		f1, err := strconv.ParseFloat(f[4], 64)
		if err != nil || f1 < prev || f1 < 0 || f1 > 1 {
			t.Errorf("row %q: F1 not in [0,1] or not worst first", l)
		}
		prev = f1
		txt, err := os.ReadFile(filepath.Join(texts, "newsflow", f[1]+".txt"))
		if err != nil || len(txt) == 0 {
			t.Errorf("text of %s: %v (%d bytes)", f[1], err, len(txt))
		}
	}
}

// TestBenchSiteMemory checks how newsflow+sites scores a site's pages:
// each against the memory of every other page of its site, never its
// own. A line on every story of one site goes from all of them, the first
// included; a line on one page only, or on pages of another site, stays.
func TestBenchSiteMemory(t *testing.T) {
	const shared, own = "Spotted a mistake? Tell the desk and we will look at it.", "The bridge reopens to cyclists on Monday morning."
	mk := func(id, u, topic string, lines ...string) benchPage {
		var b strings.Builder
		b.WriteString("<html><head><title>" + topic + "</title></head><body><article><h1>" + topic + "</h1>")
		for i := range 4 {
			fmt.Fprintf(&b, "<p>Part %d of the story on the %s: the council heard residents and traders, and the mayor promised an answer before the spring session of the assembly.</p>", i, topic)
		}
		for _, l := range lines {
			b.WriteString("<p>" + l + "</p>")
		}
		b.WriteString("</article></body></html>")
		return benchPage{id: id, url: u, html: []byte(b.String())}
	}
	pages := []benchPage{
		mk("a", "https://gazette.test/a", "bridge", shared, own),
		mk("b", "https://gazette.test/b", "market", shared),
		mk("c", "https://other.test/c", "ferry", shared),
	}
	texts, _, failed, err := runNewsflow(pages, 1, extract.NewSiteMemory(0, 0))
	if err != nil {
		t.Fatal(err)
	}
	if len(failed) != 0 {
		t.Fatalf("failed: %v", failed)
	}
	for _, tc := range []struct {
		id         string
		has, hasNo []string
	}{
		{"a", []string{own, "Part 3"}, []string{shared}},
		{"b", []string{"Part 3"}, []string{shared}},
		{"c", []string{shared, "Part 3"}, nil},
	} {
		for _, s := range tc.has {
			if !strings.Contains(texts[tc.id], s) {
				t.Errorf("page %s lost %q:\n%s", tc.id, s, texts[tc.id])
			}
		}
		for _, s := range tc.hasNo {
			if strings.Contains(texts[tc.id], s) {
				t.Errorf("page %s kept %q", tc.id, s)
			}
		}
	}
}
