package compare

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"time"
)

// Page is one benchmark page: its id, URL and HTML.
type Page struct {
	ID   string
	URL  string
	HTML []byte
}

// Result is one page's extraction, as newsflow-bench prints it (one JSON
// object a line).
type Result struct {
	ID      string  `json:"id"`
	Text    string  `json:"text"`
	Seconds float64 `json:"seconds"`
	Error   string  `json:"error,omitempty"`
}

// LoadPages reads DIR/ground-truth.json for the page ids and URLs and
// DIR/html/<id>.html or <id>.html.gz for the pages, sorted by id.
func LoadPages(dir string) ([]Page, error) {
	b, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, fmt.Errorf("reading ground truth: %w", err)
	}
	var gt map[string]struct {
		URL string `json:"url"`
	}
	if err := json.Unmarshal(b, &gt); err != nil {
		return nil, fmt.Errorf("decoding ground truth: %w", err)
	}
	pages := make([]Page, 0, len(gt))
	for id, g := range gt {
		h, err := readHTML(dir, id)
		if err != nil {
			return nil, err
		}
		pages = append(pages, Page{ID: id, URL: g.URL, HTML: h})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].ID < pages[j].ID })
	return pages, nil
}

func readHTML(dir, id string) ([]byte, error) {
	p := filepath.Join(dir, "html", id+".html")
	b, err := os.ReadFile(p)
	if err == nil {
		return b, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("reading page %s: %w", id, err)
	}
	f, err := os.Open(p + ".gz")
	if err != nil {
		return nil, fmt.Errorf("reading page %s: %w", id, err)
	}
	defer func() { _ = f.Close() }() // read-only
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("decompressing page %s: %w", id, err)
	}
	b, err = io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("decompressing page %s: %w", id, err)
	}
	return b, nil
}

// Run extracts every page runs times in one goroutine and calls emit with
// each page's first text and best time, in page order.
func Run(ctx context.Context, f Func, pages []Page, runs int, emit func(Result) error) error {
	runs = max(runs, 1)
	for _, p := range pages {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("running extractor: %w", err)
		}
		u, _ := url.Parse(p.URL)
		if u != nil && !u.IsAbs() {
			u = nil
		}
		var r Result
		r.ID = p.ID
		for i := range runs {
			start := time.Now()
			text, err := safe(f, p.HTML, u)
			d := time.Since(start).Seconds()
			if i == 0 {
				r.Text, r.Seconds = text, d
				if err != nil {
					r.Error = err.Error()
				}
			}
			r.Seconds = min(r.Seconds, d)
		}
		if err := emit(r); err != nil {
			return err
		}
	}
	return nil
}

// safe runs f, turning a panic into an error so one page cannot stop a run.
func safe(f Func, page []byte, u *url.URL) (text string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: %v", errPanic, r)
		}
	}()
	return f(page, u)
}

var errPanic = errors.New("compare: extractor panicked")
