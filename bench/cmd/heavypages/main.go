// Command heavypages builds a dataset of heavy pages for `newsflow bench
// extract` from a dataset laid out like article-extraction-benchmark: it
// takes the largest pages and inflates their markup the way modern sites
// do (every block wrapped twice in utility-class divs, inline SVG icons in
// links, a large stylesheet and script in the head, a JSON state blob
// before </body>) while the text and the ground truth stay the same. The
// speed of an extractor on it shows whether its work follows the text or
// the markup. The output goes to a directory outside the repository; the
// source dataset's texts are not copied into the project.
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

func main() {
	n := flag.Int("n", 60, "how many of the largest pages to take")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: heavypages [-n N] SRC DST\n\nSRC holds ground-truth.json and html/<id>.html[.gz]; DST receives the same layout.")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 2 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(flag.Arg(0), flag.Arg(1), *n); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

const classes = `class="flex flex-col items-start justify-between gap-4 px-4 py-2 md:px-8 lg:max-w-screen-xl text-neutral-900 dark:text-neutral-100 transition-colors duration-200 ease-in-out"`

var (
	blockOpen  = regexp.MustCompile(`(?i)<(p|div|td|table|ul)\b`)
	blockClose = regexp.MustCompile(`(?i)</(p|div|td|table|ul)>`)
	linkOpen   = regexp.MustCompile(`(?i)<a\b[^>]*>`)
	headClose  = regexp.MustCompile(`(?i)</head>`)
	bodyClose  = regexp.MustCompile(`(?i)</body>`)
)

func run(src, dst string, n int) error {
	b, err := os.ReadFile(filepath.Join(src, "ground-truth.json"))
	if err != nil {
		return fmt.Errorf("reading ground truth: %w", err)
	}
	var gt map[string]json.RawMessage
	if err := json.Unmarshal(b, &gt); err != nil {
		return fmt.Errorf("decoding ground truth: %w", err)
	}
	type page struct {
		id   string
		html []byte
	}
	var pages []page
	for id := range gt {
		h, err := readPage(src, id)
		if err != nil {
			return err
		}
		pages = append(pages, page{id, h})
	}
	sort.Slice(pages, func(i, j int) bool {
		if len(pages[i].html) != len(pages[j].html) {
			return len(pages[i].html) > len(pages[j].html)
		}
		return pages[i].id < pages[j].id
	})
	pages = pages[:min(n, len(pages))]
	if err := os.MkdirAll(filepath.Join(dst, "html"), 0o755); err != nil {
		return fmt.Errorf("creating %s: %w", dst, err)
	}
	rng := rand.New(rand.NewPCG(7, 7))
	var svg strings.Builder
	svg.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" class="icon icon--share h-6 w-6 fill-current">`)
	for i := range 12 {
		fmt.Fprintf(&svg, `<path d="M%d.5 %d.2c1.1 0 2 .9 2 2s-.9 2-2 2-2-.9-2-2 .9-2 2-2zm0 %d"/>`, i, i*2, i)
	}
	svg.WriteString(`</svg>`)
	head := "<style>" + strings.Repeat(".c{color:red;margin:0 auto;padding:1rem}", 2000) + "</style><script>" +
		strings.Repeat("function f(a,b){return a<b?a:b};", 3000) + "</script></head>"
	var state strings.Builder
	state.WriteString(`<script id="__NEXT_DATA__" type="application/json">{"items":[`)
	for i := range 400 {
		if i > 0 {
			state.WriteByte(',')
		}
		fmt.Fprintf(&state, `{"id":%d,"title":"Headline number %d","url":"/news/%d","body":"%s"}`, i, i, i, strings.Repeat("x", 200))
	}
	state.WriteString(`]}</script></body>`)
	out := map[string]json.RawMessage{}
	for _, p := range pages {
		h := blockOpen.ReplaceAllFunc(p.html, func(m []byte) []byte {
			return fmt.Appendf(nil, `<div %s><div %s data-testid="wrap-%d">%s`, classes, classes, rng.IntN(10000), m)
		})
		h = blockClose.ReplaceAllFunc(h, func(m []byte) []byte { return append(append([]byte{}, m...), "</div></div>"...) })
		h = linkOpen.ReplaceAllFunc(h, func(m []byte) []byte {
			if rng.IntN(10) < 3 {
				return append(append([]byte{}, m...), svg.String()...)
			}
			return m
		})
		h = replaceFirst(headClose, h, head)
		h = replaceFirst(bodyClose, h, state.String())
		if err := os.WriteFile(filepath.Join(dst, "html", p.id+".html"), h, 0o644); err != nil {
			return fmt.Errorf("writing page %s: %w", p.id, err)
		}
		out[p.id] = gt[p.id]
	}
	b, err = json.Marshal(out)
	if err != nil {
		return fmt.Errorf("encoding ground truth: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dst, "ground-truth.json"), b, 0o644); err != nil {
		return fmt.Errorf("writing ground truth: %w", err)
	}
	return nil
}

func replaceFirst(re *regexp.Regexp, h []byte, with string) []byte {
	loc := re.FindIndex(h)
	if loc == nil {
		return h
	}
	return bytes.Join([][]byte{h[:loc[0]], []byte(with), h[loc[1]:]}, nil)
}

func readPage(dir, id string) ([]byte, error) {
	p := filepath.Join(dir, "html", id+".html")
	if b, err := os.ReadFile(p); err == nil {
		return b, nil
	}
	f, err := os.Open(p + ".gz")
	if err != nil {
		return nil, fmt.Errorf("reading page %s: %w", id, err)
	}
	defer func() { _ = f.Close() }()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("decompressing page %s: %w", id, err)
	}
	b, err := io.ReadAll(io.LimitReader(zr, 64<<20))
	if err != nil {
		return nil, fmt.Errorf("decompressing page %s: %w", id, err)
	}
	return b, nil
}
