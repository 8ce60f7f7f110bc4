package extract

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// testdataPages returns every HTML page under testdata: the seeds of the
// fuzz tests that check a shortcut against what it replaced.
func testdataPages(tb testing.TB) []string {
	tb.Helper()
	var pages []string
	err := filepath.WalkDir("testdata", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, ".html") {
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			pages = append(pages, string(b))
		}
		return nil
	})
	if err != nil {
		tb.Fatalf("reading testdata pages: %v", err)
	}
	if len(pages) == 0 {
		tb.Fatal("no testdata pages")
	}
	return pages
}

// addTestdataPages seeds f with every testdata page.
func addTestdataPages(f *testing.F) {
	for _, p := range testdataPages(f) {
		f.Add(p)
	}
}

// addTestdataTexts seeds f with the distinct text nodes of every testdata
// page that hold a digit or a currency mark (the others reach neither
// hasPrice's digit check nor its pattern).
func addTestdataTexts(f *testing.F) {
	seen := map[string]bool{}
	for _, p := range testdataPages(f) {
		doc, err := html.Parse(strings.NewReader(p))
		if err != nil {
			f.Fatalf("parsing a testdata page: %v", err)
		}
		walk(doc, func(n *html.Node) bool {
			if n.Type == html.TextNode && !seen[n.Data] && (strings.ContainsAny(n.Data, "0123456789") || containsAny(n.Data, currencyMarks)) {
				seen[n.Data] = true
				f.Add(n.Data)
			}
			return true
		})
	}
}
