package extract

import (
	"bytes"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"testing"

	"golang.org/x/net/html"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/extractor/extract/pathological"
)

// pathologicalPages are built once: at the fetch cap they take a moment.
var pathologicalPages = sync.OnceValue(func() []pathological.Page { return pathological.Pages(10 << 20) })

// maxAllocPerPage bounds the bytes one extraction of a fetch-cap page may
// allocate in all. Peak memory cannot exceed what is allocated, so this
// holds the pod's memory per page under its limit whatever the markup.
const maxAllocPerPage = 256 << 20

// TestPathologicalPages checks the defined degraded result on hostile
// pages at the fetch cap: the story that comes before the hostile markup
// is extracted exactly, a page that hits a cap is flagged with the caps it
// hit (and a page whose noise is merely dropped is not), and no page
// allocates more than maxAllocPerPage (in a normal build: see raceEnabled).
func TestPathologicalPages(t *testing.T) {
	for _, pg := range pathologicalPages() {
		t.Run(pg.Name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			art, err := HTML(pg.HTML, Input{URL: "https://news.test/storm"})
			runtime.ReadMemStats(&after)
			if err != nil {
				t.Fatalf("HTML: %v", err)
			}
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > maxAllocPerPage && !raceEnabled {
				t.Errorf("allocated %d MB, want at most %d MB", alloc>>20, maxAllocPerPage>>20)
			}
			if art.GetDegraded() != pg.Capped || art.GetDegraded() != (len(art.GetLimitsHit()) > 0) {
				t.Errorf("degraded = %v, limits = %v; want degraded %v", art.GetDegraded(), art.GetLimitsHit(), pg.Capped)
			}
			if !pg.StoryFirst {
				return
			}
			if art.GetPageType() != newsv1.PageType_PAGE_TYPE_ARTICLE {
				t.Fatalf("page type %v, want article", art.GetPageType())
			}
			if got := art.GetParagraphs(); !pg.KeepsStory(got) {
				t.Errorf("paragraphs = %.300q, want the story", got)
			}
		})
	}
}

// TestWithinBudget checks that a page within every cap is parsed as it is
// and not flagged.
func TestWithinBudget(t *testing.T) {
	page := articlePage("", strings.Repeat("<p>"+longPara+"</p>", 200))
	if out, hit := bound([]byte(page), false); len(hit) != 0 || string(out) != page {
		t.Fatalf("bound changed a small page: limits %v", hit)
	}
	art := mustExtract(t, []byte(page), Input{URL: "https://news.test/a"})
	if art.GetDegraded() || len(art.GetLimitsHit()) != 0 {
		t.Errorf("degraded = %v, limits = %v for a page within budget", art.GetDegraded(), art.GetLimitsHit())
	}
}

// TestLargeOrdinaryPage checks that a large page that is merely big, not
// hostile (2 MB of indented chrome, a 300-paragraph story at the end), is
// read whole: the pre-pass runs on it but hits no cap.
func TestLargeOrdinaryPage(t *testing.T) {
	var b strings.Builder
	b.WriteString("<!doctype html><html><head><title>Storm closes the harbour</title></head><body>\n")
	for i := 0; b.Len() < 2<<20; i++ {
		fmt.Fprintf(&b, "    <div class=\"menu-item\">\n        <a href=\"/section/%d\">\n            Section %d\n        </a>\n    </div>\n", i, i)
	}
	b.WriteString("<article><h1>Storm closes the harbour</h1>\n")
	for i := range 300 {
		fmt.Fprintf(&b, "        <p>\n            Paragraph %d. %s\n        </p>\n", i, longPara)
	}
	b.WriteString("</article></body></html>")
	if _, hit := bound([]byte(b.String()), false); len(hit) != 0 {
		t.Fatalf("an ordinary 2 MB page hit %v", hit)
	}
	art := mustExtract(t, []byte(b.String()), Input{URL: "https://news.test/storm"})
	if art.GetDegraded() || len(art.GetParagraphs()) != 300 {
		t.Errorf("degraded %v, %d paragraphs; want the whole story of 300", art.GetDegraded(), len(art.GetParagraphs()))
	}
}

func BenchmarkPathological(b *testing.B) {
	for _, pg := range pathologicalPages() {
		b.Run(pg.Name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(pg.HTML)))
			for b.Loop() {
				if _, err := HTML(pg.HTML, Input{URL: "https://news.test/storm"}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestStatsKeptCurrent checks that the statistics kept current by drop
// equal statistics computed afresh after the same cuts, on every fixture
// page: the statistics pass runs once per page, so a drift would mislead
// every later step.
func TestStatsKeptCurrent(t *testing.T) {
	var bodies [][]byte
	for _, e := range loadExpectations(t) {
		bodies = append(bodies, readFixture(t, e.File))
	}
	bodies = append(bodies, []byte(articlePage("", "<p>Lead <b>bold, <a href=/x>linked</a> text</b>, then more.<br><br>Second, third.</p><span>loose, text <i>here</i></span><ul><li><a href=/a>one</a></li></ul>")))
	// Two ways of cutting: every inline element (its text counts towards
	// a block that stays), and every third element in document order.
	cutters := []func(k int, n *html.Node) bool{
		func(_ int, n *html.Node) bool { return !isBlock(n) },
		func(k int, _ *html.Node) bool { return k%3 == 1 },
	}
	for i, body := range bodies {
		for c, cut := range cutters {
			checkStatsAfterCuts(t, fmt.Sprintf("page %d, cutter %d", i, c), body, cut)
		}
	}
}

func checkStatsAfterCuts(t *testing.T, name string, body []byte, cut func(int, *html.Node) bool) {
	t.Helper()
	doc, _, err := parse(body, false)
	if err != nil {
		t.Fatal(err)
	}
	p := &page{body: findBody(doc), removed: map[string]int32{}}
	p.st = computeStats(p.body)
	var all []*html.Node
	walk(p.body, func(n *html.Node) bool {
		if n.Type == html.ElementNode && n != p.body {
			all = append(all, n)
		}
		return true
	})
	cuts := 0
	for k, n := range all {
		if cut(k, n) && attached(n, p.body) {
			p.drop(n, "test")
			cuts++
		}
	}
	fresh := computeStats(p.body)
	if len(fresh.m) == 0 || cuts == 0 {
		t.Fatalf("%s: nothing to compare", name)
	}
	for n, want := range fresh.m {
		got := p.st.get(n)
		got.inl, want.inl = inline{}, inline{}
		if got != *want {
			t.Fatalf("%s: <%s> stats %+v after %d cuts, recomputed %+v", name, n.Data, got, cuts, *want)
		}
	}
}

// tinyBudget makes every cap reachable by the short inputs of a fuzzer.
var tinyBudget = budget{nodes: 40, text: 200, scan: 0, attrBytes: 24, attrs: 3, token: 64, depth: 6}

// FuzzBound checks the pre-pass on its own with caps small enough to hit:
// what it keeps parses, and the tree holds no more than the node budget
// allows (the parser adds the implied html, head and body, and may open
// formatting elements again, which bound counts).
func FuzzBound(f *testing.F) {
	for _, pg := range pathological.Pages(2048) {
		f.Add(pg.HTML)
	}
	for _, s := range []string{
		"<p>a<p>b<p>c", `<div a="x>y" b='>'>t</div>`, "<script>" + strings.Repeat("x", 100) + "</script><p>after</p>",
		"<" + strings.Repeat("a ", 50) + ">", "<!--" + strings.Repeat("c", 100) + "--><p>x</p>", "<b><i><p>x<p>y<p>z",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, text []byte) {
		out, hit := tinyBudget.bound(text, true)
		doc, err := html.Parse(bytes.NewReader(out))
		if err != nil {
			t.Fatalf("bounded page does not parse: %v", err)
		}
		nodes := 0
		var count func(n *html.Node)
		count = func(n *html.Node) {
			nodes++
			for _, a := range n.Attr {
				if len(a.Val) > tinyBudget.attrBytes*6 {
					t.Fatalf("attribute of %d bytes kept (limits %v)", len(a.Val), hit)
				}
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				count(c)
			}
		}
		count(doc)
		if max := 3*tinyBudget.nodes + 8; nodes > max {
			t.Fatalf("%d nodes parsed from the bounded page, want at most %d (limits %v)", nodes, max, hit)
		}
	})
}

// BenchmarkShapes extracts every shape of the scaling sweep at 2,000 and
// 8,000 repetitions, for profiling one of them (`-bench
// 'Shapes/caption-pairs/8000' -cpuprofile cpu.out`); the sweep itself,
// with the ratios, is `go run ./services/extractor/cmd/sweep`.
func BenchmarkShapes(b *testing.B) {
	for _, s := range pathological.Shapes() {
		for _, n := range []int{2000, 8000} {
			b.Run(fmt.Sprintf("%s/%d", s.Name, n), func(b *testing.B) {
				page := s.Page(n)
				b.ReportAllocs()
				b.SetBytes(int64(len(page)))
				for b.Loop() {
					if _, err := HTML(page, Input{URL: "https://news.test/storm"}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// maxAllocGrowth bounds how much more a page of four times the
// repetitions of a shape may allocate. Linear work allocates about four
// times as much; measured, 3 to 6.3 (maps and slices grow by doubling, and
// the larger pages pass the pre-pass's threshold of 75,000 tags, which
// copies the page), while the rules the sweep found quadratic allocated
// 19 to 25 times as much.
const maxAllocGrowth = 8

// TestShapesAllocateLinearly extracts every shape of the scaling sweep at
// 1,000 and 4,000 repetitions and checks that the larger page allocates at
// most maxAllocGrowth times as much: a rule that copies its block's or
// its siblings' text once per line allocates the square of the page. Time
// that grows faster than the page without allocating is the sweep's to
// find (`go run ./services/extractor/cmd/sweep`): a test cannot time.
func TestShapesAllocateLinearly(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector allocates for itself: allocation bounds hold in the normal build only")
	}
	// With the collector off, as in the sweep: a collection during the
	// larger page's extraction empties the scratch pools the smaller one
	// found full, and its regrowth is no work of the rules. The smaller
	// of two extractions is taken, the first filling the pools.
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	alloc := func(page []byte) uint64 {
		var least uint64
		for range 2 {
			runtime.GC()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			if _, err := HTML(page, Input{URL: "https://news.test/storm"}); err != nil {
				t.Fatalf("HTML: %v", err)
			}
			runtime.ReadMemStats(&after)
			if a := after.TotalAlloc - before.TotalAlloc; least == 0 || a < least {
				least = a
			}
		}
		return least
	}
	worst := 0.0
	defer func() { t.Logf("largest growth %.1f×", worst) }()
	for _, s := range pathological.Shapes() {
		small, large := alloc(s.Page(1000)), alloc(s.Page(4000))
		worst = max(worst, float64(large)/float64(small))
		if large > maxAllocGrowth*small {
			t.Errorf("%s (%s): 4,000 repetitions allocate %.1f MB, %.1f× what 1,000 do (%.1f MB)",
				s.Name, s.Rules, float64(large)/(1<<20), float64(large)/float64(small), float64(small)/(1<<20))
		}
	}
}
