package cli

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/newsflow/newsflow/services/extractor/extract"
)

// helperName is the binary that runs the comparison extractors. It is built
// from the separate bench module (github.com/newsflow/newsflow/bench) so that
// go-trafilatura and go-readability, and go-trafilatura's slow package
// initialisation, stay out of the newsflow binary.
const (
	helperName = "newsflow-bench"
	helperPkg  = "github.com/newsflow/newsflow/bench/cmd/newsflow-bench"
)

// benchPage is one page of an extraction benchmark dataset.
type benchPage struct {
	id, url, truth string
	html           []byte
}

// benchRow is one extractor's result over the dataset.
type benchRow struct {
	name    string
	pages   int
	errors  int
	m       benchMetrics
	seconds float64
	bytes   int
}

func runBenchExtract(ctx context.Context, args []string, std Stdio, getenv func(string) string) error {
	fs := newFlagSet("bench extract", std)
	names := fs.String("extractors", "newsflow,trafilatura,readability", "comma-separated extractors to compare; "+siteMemoryName+" is newsflow with a site memory warmed by every other page of the page's site (a first pass over all pages, then the timed runs)")
	runs := fs.Int("runs", 2, "timing runs per page; each page's best time counts (quality comes from the first run)")
	limit := fs.Int("limit", 0, "use only the first N pages (by id); 0 for all")
	exclude := fs.String("exclude", "", "file of page ids to leave out, one a line ('#' comments)")
	sites := fs.String("sites", "", "K/N: only the pages whose site (host without www.) hashes to K modulo N (FNV-1a), or all but them with !K/N: holds whole sites out of tuning")
	headline := fs.Bool("headline", false, "also score every extractor against the ground truth without the page's headline (marked *): L3S-GN1's truth keeps the headline that the text contract drops")
	perPage := fs.String("per-page", "", "write every extractor's per-page precision, recall and F1 to this TSV file (worst first), for finding what a change lost")
	textsDir := fs.String("texts", "", "write every extractor's text of each page to DIR/<extractor>/<id>.txt")
	helper := fs.String("helper", "", "the "+helperName+" binary (default: $NEWSFLOW_BENCH_HELPER, then next to this binary, then $PATH, then `go run "+helperPkg+"` inside the source tree)")
	fs.Usage = func() {
		fmt.Fprintln(std.Err, "usage: newsflow bench extract [flags] DIR\n\nDIR holds ground-truth.json ({\"<id>\": {\"articleBody\", \"url\"}}) and html/<id>.html[.gz].\nPrints precision, recall and F1 (4-gram shingles, article-extraction-benchmark metric)\nand speed on one core for each extractor.")
		fs.PrintDefaults()
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return fmt.Errorf("%w: want exactly one dataset directory", errUsage)
	}
	dir := fs.Arg(0)
	pages, err := loadBenchPages(dir, *limit, *exclude)
	if err != nil {
		return err
	}
	if *sites != "" {
		if pages, err = pagesOfSites(pages, *sites); err != nil {
			return err
		}
	}
	if len(pages) == 0 {
		return fmt.Errorf("%w: dataset %s has no pages", errUsage, dir)
	}
	htmlBytes := 0
	for _, p := range pages {
		htmlBytes += len(p.html)
	}
	var headless []benchPage
	if *headline {
		headless = withoutHeadlines(pages)
	}
	var rows []benchRow
	var perPageRows []perPageRow
	for name := range strings.SplitSeq(*names, ",") {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		var (
			texts   map[string]string
			secs    map[string]float64
			errPage map[string]bool
		)
		switch name {
		case "newsflow":
			texts, secs, errPage, err = runNewsflow(pages, *runs, nil)
		case siteMemoryName:
			texts, secs, errPage, err = runNewsflow(pages, *runs, extract.NewSiteMemory(0, 0))
		default:
			texts, secs, errPage, err = runHelper(ctx, helperCmd(*helper, getenv), name, dir, *runs, std.Err)
		}
		if err != nil {
			return fmt.Errorf("running %s: %w", name, err)
		}
		rows = append(rows, scoreRow(name, pages, texts, secs, errPage))
		if headless != nil {
			rows = append(rows, scoreRow(name+"*", headless, texts, secs, errPage))
		}
		if *perPage != "" {
			perPageRows = append(perPageRows, perPageRows1(name, pages, texts)...)
			if headless != nil {
				perPageRows = append(perPageRows, perPageRows1(name+"*", headless, texts)...)
			}
		}
		if *textsDir != "" {
			if err := writeTexts(filepath.Join(*textsDir, name), texts); err != nil {
				return err
			}
		}
	}
	note := ""
	if headless != nil {
		note = "; * = ground truth without the headline"
	}
	if *perPage != "" {
		if err := writePerPage(*perPage, perPageRows); err != nil {
			return err
		}
	}
	fmt.Fprintf(std.Out, "dataset %s: %d pages, %.1f MB of HTML; one core (GOMAXPROCS=1), best of %d run(s), %s%s\n",
		dir, len(pages), float64(htmlBytes)/1e6, max(*runs, 1), runtime.Version(), note)
	return printBenchTable(std.Out, rows)
}

func loadBenchPages(dir string, limit int, exclude string) ([]benchPage, error) {
	b, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, fmt.Errorf("reading ground truth: %w", err)
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(b, &gt); err != nil {
		return nil, fmt.Errorf("decoding %s: %w", filepath.Join(dir, "ground-truth.json"), err)
	}
	skip := map[string]bool{}
	if exclude != "" {
		b, err := os.ReadFile(exclude)
		if err != nil {
			return nil, fmt.Errorf("reading exclusions: %w", err)
		}
		for line := range strings.SplitSeq(string(b), "\n") {
			if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
				skip[line] = true
			}
		}
	}
	ids := make([]string, 0, len(gt))
	for id := range gt {
		if !skip[id] {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	if limit > 0 && len(ids) > limit {
		ids = ids[:limit]
	}
	pages := make([]benchPage, 0, len(ids))
	for _, id := range ids {
		h, err := readBenchHTML(dir, id)
		if err != nil {
			return nil, err
		}
		pages = append(pages, benchPage{id: id, url: gt[id].URL, truth: gt[id].ArticleBody, html: h})
	}
	return pages, nil
}

func readBenchHTML(dir, id string) ([]byte, error) {
	p := filepath.Join(dir, "html", id+".html")
	b, err := os.ReadFile(p)
	if err == nil || !errors.Is(err, fs.ErrNotExist) {
		if err != nil {
			return nil, fmt.Errorf("reading page %s: %w", id, err)
		}
		return b, nil
	}
	gz, err := os.ReadFile(p + ".gz")
	if err != nil {
		return nil, fmt.Errorf("reading page %s: %w", id, err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("decompressing page %s: %w", id, err)
	}
	b, err = io.ReadAll(io.LimitReader(zr, maxInput))
	if err != nil {
		return nil, fmt.Errorf("decompressing page %s: %w", id, err)
	}
	return b, nil
}

// pagesOfSites keeps the pages whose site hashes to K modulo N ("K/N"),
// or all others ("!K/N"), so that tuning on one part of a dataset's sites
// and measuring on the rest splits no site between the two.
func pagesOfSites(pages []benchPage, spec string) ([]benchPage, error) {
	neg := strings.HasPrefix(spec, "!")
	var k, n uint32
	if _, err := fmt.Sscanf(strings.TrimPrefix(spec, "!"), "%d/%d", &k, &n); err != nil || n == 0 || k >= n {
		return nil, fmt.Errorf("%w: --sites wants K/N or !K/N with K < N, not %q", errUsage, spec)
	}
	var out []benchPage
	for _, p := range pages {
		host := ""
		if u, err := url.Parse(p.url); err == nil {
			host = strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
		}
		h := fnv.New32a()
		_, _ = h.Write([]byte(host))
		if (h.Sum32()%n == k) != neg {
			out = append(out, p)
		}
	}
	return out, nil
}

// maxHeadlineOffset is how far into the ground truth, in tokens, its copy
// of the headline may start (after a section label or a kicker).
const maxHeadlineOffset = 40

// withoutHeadlines returns the pages with the headline taken out of each
// ground truth: the first run of the truth's tokens, near its start, equal
// to the tokens of the headline that newsflow reads from the page (its
// <h1>, og:title or <title>). Every extractor is then scored against the
// same truth; a page whose headline is not found keeps its truth.
func withoutHeadlines(pages []benchPage) []benchPage {
	out := make([]benchPage, len(pages))
	for i, p := range pages {
		out[i] = p
		a, err := extract.HTML(p.html, extract.Input{URL: p.url})
		if err != nil || a.GetTitle() == "" {
			continue
		}
		head := benchTokens(a.GetTitle())
		truth := benchTokens(p.truth)
		for k := 0; k <= maxHeadlineOffset && k+len(head) <= len(truth); k++ {
			if slices.Equal(truth[k:k+len(head)], head) {
				out[i].truth = strings.Join(slices.Concat(truth[:k], truth[k+len(head):]), " ")
				break
			}
		}
	}
	return out
}

// siteMemoryName is the bench's name of newsflow with a site memory.
const siteMemoryName = "newsflow+sites"

// runNewsflow extracts every page in this goroutine with GOMAXPROCS=1, so
// the times are one core's, including the garbage collector's share.
//
// With a site memory, a first, untimed pass reads every page into it; the
// memory never counts a page's own blocks for it (pages are told apart by
// their story), so each page is then scored as if every other page of its
// site had been read before it, and not itself.
func runNewsflow(pages []benchPage, runs int, mem *extract.SiteMemory) (texts map[string]string, secs map[string]float64, failed map[string]bool, err error) {
	texts, secs, failed = map[string]string{}, map[string]float64{}, map[string]bool{}
	ex, err := extract.New(extract.WithSiteMemory(mem))
	if err != nil {
		return nil, nil, nil, fmt.Errorf("building the extractor: %w", err)
	}
	if mem != nil {
		for _, p := range pages {
			_, _ = ex.HTML(p.html, extract.Input{URL: p.url})
		}
	}
	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)
	runtime.GC()
	for _, p := range pages {
		in := extract.Input{URL: p.url}
		for i := range max(runs, 1) {
			start := time.Now()
			a, err := ex.HTML(p.html, in)
			d := time.Since(start).Seconds()
			if i == 0 {
				secs[p.id] = d
				if err != nil {
					failed[p.id] = true
				} else {
					texts[p.id] = strings.Join(a.GetParagraphs(), "\n\n")
				}
			}
			secs[p.id] = min(secs[p.id], d)
		}
	}
	return texts, secs, failed, nil
}

// helperCmd returns the command line that starts the comparison helper.
func helperCmd(flagValue string, getenv func(string) string) []string {
	if flagValue != "" {
		return []string{flagValue}
	}
	if v := getenv("NEWSFLOW_BENCH_HELPER"); v != "" {
		return []string{v}
	}
	if exe, err := os.Executable(); err == nil {
		sib := filepath.Join(filepath.Dir(exe), helperName)
		if st, err := os.Stat(sib); err == nil && !st.IsDir() {
			return []string{sib}
		}
	}
	if p, err := exec.LookPath(helperName); err == nil {
		return []string{p}
	}
	return []string{"go", "run", helperPkg}
}

// runHelper runs one comparison extractor through the helper, one core.
func runHelper(ctx context.Context, argv []string, name, dir string, runs int, stderr io.Writer) (texts map[string]string, secs map[string]float64, failed map[string]bool, err error) {
	args := append(append([]string{}, argv[1:]...), "-extractor", name, "-runs", fmt.Sprint(max(runs, 1)), "-procs", "1", dir)
	cmd := exec.CommandContext(ctx, argv[0], args...)
	cmd.Env = append(os.Environ(), "GOMAXPROCS=1")
	cmd.Stderr = stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, nil, nil, fmt.Errorf("starting %s: %w", strings.Join(argv, " "), err)
	}
	if err := cmd.Start(); err != nil {
		return nil, nil, nil, fmt.Errorf("starting %s (build it with `go build -o DIR %s`, or pass --helper): %w", strings.Join(argv, " "), helperPkg, err)
	}
	texts, secs, failed = map[string]string{}, map[string]float64{}, map[string]bool{}
	sc := bufio.NewScanner(out)
	sc.Buffer(make([]byte, 0, 1<<20), 256<<20)
	var decodeErr error
	for sc.Scan() {
		var r struct {
			ID      string  `json:"id"`
			Text    string  `json:"text"`
			Seconds float64 `json:"seconds"`
			Error   string  `json:"error"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			decodeErr = fmt.Errorf("decoding helper output: %w", err)
			break
		}
		texts[r.ID], secs[r.ID] = r.Text, r.Seconds
		if r.Error != "" {
			failed[r.ID] = true
		}
	}
	if decodeErr == nil && sc.Err() != nil {
		decodeErr = fmt.Errorf("reading helper output: %w", sc.Err())
	}
	if decodeErr != nil {
		_, _ = io.Copy(io.Discard, out)
	}
	if err := cmd.Wait(); err != nil {
		return nil, nil, nil, fmt.Errorf("%s: %w", strings.Join(argv, " "), err)
	}
	return texts, secs, failed, decodeErr
}

func scoreRow(name string, pages []benchPage, texts map[string]string, secs map[string]float64, failed map[string]bool) benchRow {
	r := benchRow{name: name, pages: len(pages)}
	scores := make([]pageScore, 0, len(pages))
	for _, p := range pages {
		scores = append(scores, scorePage(p.truth, texts[p.id]))
		r.seconds += secs[p.id]
		r.bytes += len(p.html)
		if failed[p.id] {
			r.errors++
		}
	}
	r.m = aggregateScores(scores)
	return r
}

func printBenchTable(w io.Writer, rows []benchRow) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "extractor\tpages\terrors\tempty\tprecision\trecall\tF1\taccuracy\tseconds\tpages/s\tMB/s\t")
	for _, r := range rows {
		pps, mbs := 0.0, 0.0
		if r.seconds > 0 {
			pps, mbs = float64(r.pages)/r.seconds, float64(r.bytes)/1e6/r.seconds
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.2f\t%.1f\t%.2f\t\n",
			r.name, r.pages, r.errors, r.m.empty, r.m.precision, r.m.recall, r.m.f1, r.m.accuracy, r.seconds, pps, mbs)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("writing table: %w", err)
	}
	return nil
}

// perPageRow is one extractor's score on one page.
type perPageRow struct {
	extractor, id string
	p, r, f1      float64
}

func perPageRows1(name string, pages []benchPage, texts map[string]string) []perPageRow {
	out := make([]perPageRow, 0, len(pages))
	for _, p := range pages {
		s := scorePage(p.truth, texts[p.id])
		m := aggregateScores([]pageScore{s})
		f1 := m.f1
		if f1 != f1 { // NaN: an empty prediction
			f1 = 0
		}
		out = append(out, perPageRow{extractor: name, id: p.id, p: m.precision, r: m.recall, f1: f1})
	}
	return out
}

// writePerPage writes the per-page scores, each extractor's worst page first.
func writePerPage(path string, rows []perPageRow) error {
	sort.SliceStable(rows, func(i, j int) bool {
		if rows[i].extractor != rows[j].extractor {
			return rows[i].extractor < rows[j].extractor
		}
		return rows[i].f1 < rows[j].f1
	})
	var b strings.Builder
	b.WriteString("extractor\tid\tprecision\trecall\tF1\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "%s\t%s\t%.3f\t%.3f\t%.3f\n", r.extractor, r.id, r.p, r.r, r.f1)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("writing per-page scores: %w", err)
	}
	return nil
}

func writeTexts(dir string, texts map[string]string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("creating %s: %w", dir, err)
	}
	for id, t := range texts {
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(id)+".txt"), []byte(t), 0o644); err != nil {
			return fmt.Errorf("writing text of %s: %w", id, err)
		}
	}
	return nil
}
