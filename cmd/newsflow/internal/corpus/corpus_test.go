package corpus

import (
	"bytes"
	"strings"
	"testing"

	"github.com/newsflow/newsflow/services/extractor/extract"
)

func TestPagesAreDeterministicAndSized(t *testing.T) {
	var total int
	layouts := map[string]int{}
	titles := map[string]int{}
	for i := range 200 {
		p := Generate(7, i, "https://bench.example/")
		if q := Generate(7, i, "https://bench.example/"); !bytes.Equal(p.HTML, q.HTML) {
			t.Fatalf("page %d differs between two generations", i)
		}
		if len(p.HTML) < minSize || len(p.HTML) > maxSize+40<<10 {
			t.Errorf("page %d is %d bytes, outside 2–200 KB", i, len(p.HTML))
		}
		total += len(p.HTML)
		layouts[p.Layout]++
		if j, dup := titles[p.Title]; dup {
			t.Errorf("pages %d and %d share the headline %q", j, i, p.Title)
		}
		titles[p.Title] = i
	}
	if len(layouts) != len(Layouts) {
		t.Errorf("layouts used: %v", layouts)
	}
	if avg := total / 200; avg < 20<<10 || avg > 80<<10 {
		t.Errorf("average page is %d bytes, want a log-uniform spread around 40 KB", avg)
	}
}

// TestExtractorRecoversTheArticle checks the corpus is realistic enough to
// exercise the extractor: the generated paragraphs come back, the chrome
// does not.
func TestExtractorRecoversTheArticle(t *testing.T) {
	for i := range len(Layouts) * 3 {
		p := Generate(1, i, "https://bench.example/")
		a, err := extract.HTML(p.HTML, extract.Input{URL: p.URL})
		if err != nil {
			t.Fatal(err)
		}
		text := strings.Join(a.GetParagraphs(), "\n\n")
		for _, para := range p.Paragraphs {
			if !strings.Contains(text, para[:min(len(para), 60)]) {
				t.Errorf("%s page %d: paragraph %.40q missing", p.Layout, i, para)
			}
		}
		for _, bad := range []string{"Accept Cookies", "Morning Brief", "Advertisement", "Others Also Read", "window.__STATE__", "Terms of Use"} {
			if strings.Contains(text, bad) {
				t.Errorf("%s page %d: text contains %q", p.Layout, i, bad)
			}
		}
		if a.GetTitle() != p.Title {
			t.Errorf("%s page %d: title %q, want %q", p.Layout, i, a.GetTitle(), p.Title)
		}
	}
}
