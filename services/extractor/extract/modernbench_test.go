package extract

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/net/html"
)

// modernPages reads the modern-layout development pages (the ids listed in
// devset/{tune,heldout}/modern.json): 90–230 KB each, most of it SVG
// sprites, inline styles and scripts, JSON state and menus.
func modernPages(tb testing.TB) [][]byte {
	tb.Helper()
	var pages [][]byte
	for _, part := range []string{"tune", "heldout"} {
		dir := filepath.Join("testdata", "devset", part)
		b, err := os.ReadFile(filepath.Join(dir, "modern.json"))
		if err != nil {
			tb.Fatal(err)
		}
		var ids map[string]json.RawMessage
		if err := json.Unmarshal(b, &ids); err != nil {
			tb.Fatal(err)
		}
		keys := make([]string, 0, len(ids))
		for id := range ids {
			keys = append(keys, id)
		}
		slices.Sort(keys)
		for _, id := range keys {
			body, err := os.ReadFile(filepath.Join(dir, "html", id+".html"))
			if err != nil {
				tb.Fatal(err)
			}
			pages = append(pages, body)
		}
	}
	if len(pages) < 16 {
		tb.Fatalf("%d modern pages, want 16", len(pages))
	}
	return pages
}

// BenchmarkModern times the extraction of the modern-layout pages against
// html.Parse alone of the same bytes, the floor of any extractor that builds
// the whole tree: the ratio of the two says how far the per-page work
// follows the markup rather than the text.
func BenchmarkModern(b *testing.B) {
	pages := modernPages(b)
	total := 0
	for _, p := range pages {
		total += len(p)
	}
	run := func(b *testing.B, f func([]byte) error) {
		b.ReportAllocs()
		b.SetBytes(int64(total))
		n := 0
		for b.Loop() {
			for _, p := range pages {
				if err := f(p); err != nil {
					b.Fatal(err)
				}
				n++
			}
		}
		b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "pages/s")
	}
	b.Run("extract", func(b *testing.B) {
		run(b, func(p []byte) error {
			_, err := HTML(p, Input{URL: "https://news.test/a"})
			return err
		})
	})
	b.Run("html.Parse", func(b *testing.B) {
		run(b, func(p []byte) error {
			_, err := html.Parse(bytes.NewReader(p))
			return err
		})
	})
}
