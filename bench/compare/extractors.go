package compare

import (
	"bytes"
	"fmt"
	"net/url"
	"sort"

	readability "codeberg.org/readeck/go-readability"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// Func extracts the main text of one page.
type Func func(page []byte, pageURL *url.URL) (string, error)

var extractors = map[string]Func{
	"trafilatura": trafilaturaText,
	"readability": readabilityText,
}

// Names lists the extractors Lookup knows.
func Names() []string {
	out := make([]string, 0, len(extractors))
	for n := range extractors {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Lookup returns the extractor called name.
func Lookup(name string) (Func, error) {
	f, ok := extractors[name]
	if !ok {
		return nil, fmt.Errorf("%w: %q (known: %v)", ErrUnknownExtractor, name, Names())
	}
	return f, nil
}

// trafilaturaText uses the settings of the article-extraction-benchmark's
// go_trafilatura runner: EnableFallback, plus the page URL.
func trafilaturaText(page []byte, pageURL *url.URL) (string, error) {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return "", fmt.Errorf("parsing page: %w", err)
	}
	res, err := trafilatura.ExtractDocument(doc, trafilatura.Options{EnableFallback: true, OriginalURL: pageURL})
	if err != nil {
		return "", fmt.Errorf("trafilatura: %w", err)
	}
	return res.ContentText, nil
}

func readabilityText(page []byte, pageURL *url.URL) (string, error) {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return "", fmt.Errorf("parsing page: %w", err)
	}
	u := pageURL
	if u == nil {
		u = &url.URL{Scheme: "https", Host: "example.invalid", Path: "/"}
	}
	p := readability.NewParser()
	art, err := p.ParseAndMutate(doc, u)
	if err != nil {
		return "", fmt.Errorf("readability: %w", err)
	}
	return art.TextContent, nil
}
