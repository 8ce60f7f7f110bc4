package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsflow/newsflow/services/extractor/extract"
)

// maxInput bounds one HTML input; larger pages are refused rather than
// read into memory.
const maxInput = 64 << 20

func runExtract(ctx context.Context, args []string, std Stdio, _ func(string) string) (err error) {
	fs := newFlagSet("extract", std)
	pageURL := fs.String("url", "", "URL the page(s) came from: resolves relative links and is the canonical fallback (default: file:// URL of each file)")
	format := fs.String("format", "json", "output: json (one JSON line per input) or text (the clean text only)")
	fs.Usage = func() {
		fmt.Fprintln(std.Err, "usage: newsflow extract [--url URL] [--format json|text] [FILE...]\n\nReads stdin when no FILE is given.")
		fs.PrintDefaults()
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	if *format != "json" && *format != "text" {
		return fmt.Errorf("%w: --format must be json or text, not %q", errUsage, *format)
	}
	files := fs.Args()
	w := bufio.NewWriterSize(std.Out, 64<<10)
	defer func() {
		if ferr := w.Flush(); err == nil && ferr != nil {
			err = fmt.Errorf("writing output: %w", ferr)
		}
	}()

	type result struct {
		rec articleRecord
		err error
	}
	extractOne := func(name string, body []byte) result {
		u := *pageURL
		if u == "" && name != "" {
			if abs, err := filepath.Abs(name); err == nil {
				u = "file://" + filepath.ToSlash(abs)
			}
		}
		a, err := extract.HTML(body, extract.Input{URL: u})
		if err != nil {
			return result{rec: articleRecord{File: name, URL: u, Error: err.Error()}, err: fmt.Errorf("extracting %s: %w", name, err)}
		}
		rec := recordFromArticle(a)
		rec.File = name
		return result{rec: rec}
	}
	failed := 0
	emit := func(r result) error {
		if r.err != nil {
			failed++
			fmt.Fprintln(std.Err, r.err)
		}
		if *format == "text" {
			if r.err == nil {
				_, err := fmt.Fprintf(w, "%s\n", r.rec.Text)
				return err
			}
			return nil
		}
		b, err := json.Marshal(r.rec)
		if err != nil {
			return fmt.Errorf("encoding result: %w", err)
		}
		b = append(b, '\n')
		_, err = w.Write(b)
		return err
	}

	if len(files) == 0 {
		body, err := readLimited(std.In, "stdin")
		if err != nil {
			return err
		}
		if err := emit(extractOne("", body)); err != nil {
			return err
		}
	} else {
		err := ordered(ctx, len(files), func(i int) result {
			body, err := readFile(files[i])
			if err != nil {
				return result{rec: articleRecord{File: files[i], Error: err.Error()}, err: err}
			}
			return extractOne(files[i], body)
		}, func(_ int, r result) error { return emit(r) })
		if err != nil {
			return err
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d inputs failed", failed, max(len(files), 1))
	}
	return nil
}

func readFile(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("opening input: %w", err)
	}
	defer func() { _ = f.Close() }() // read-only
	return readLimited(f, name)
}

func readLimited(r io.Reader, name string) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxInput+1))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	if len(b) > maxInput {
		return nil, fmt.Errorf("reading %s: input larger than %d MB", name, maxInput>>20)
	}
	return b, nil
}

// isJSONLines reports whether b looks like JSON lines rather than text.
func isJSONLines(b []byte) bool {
	return strings.HasPrefix(strings.TrimLeft(string(b[:min(len(b), 64)]), " \t\r\n\ufeff"), "{")
}
