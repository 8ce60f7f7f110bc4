package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// testPage parses body (the inside of <body>) into a page with the
// built-in rules and its text statistics, as HTML has it before the cuts.
func testPage(t *testing.T, body string) *page {
	t.Helper()
	e, err := New()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(strings.NewReader("<html><body>" + body + "</body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	p := &page{e: e, removed: map[string]int32{}, body: findBody(doc)}
	p.st = computeStats(p.body)
	p.scanPage(p.body)
	return p
}

// byID returns the element of p's body with the given id.
func byID(t *testing.T, p *page, id string) *html.Node {
	t.Helper()
	var found *html.Node
	walk(p.body, func(n *html.Node) bool {
		if found == nil && n.Type == html.ElementNode && attr(n, "id") == id {
			found = n
		}
		return found == nil
	})
	if found == nil {
		t.Fatalf("no element #%s", id)
	}
	return found
}

// texts returns the texts of ps.
func texts(ps []para) []string {
	out := make([]string, 0, len(ps))
	for _, pa := range ps {
		out = append(out, pa.text)
	}
	return out
}

// plain makes paragraphs of ss, none a heading, none linked.
func plain(ss ...string) []para {
	out := make([]para, 0, len(ss))
	for _, s := range ss {
		out = append(out, para{text: s})
	}
	return out
}

// extractText extracts page as if fetched from url and returns its text,
// paragraphs separated by a blank line; name names the case.
func extractText(t *testing.T, name, page, url string) string {
	t.Helper()
	a, err := HTML([]byte(page), Input{URL: url})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return strings.Join(a.GetParagraphs(), "\n\n")
}

// checkHas reports each string of want that text lacks and each of
// wantNot that it holds; name names the case.
func checkHas(t *testing.T, name, text string, want, wantNot []string) {
	t.Helper()
	for _, s := range want {
		if !strings.Contains(text, s) {
			t.Errorf("%s: %q missing:\n%s", name, s, text)
		}
	}
	for _, s := range wantNot {
		if strings.Contains(text, s) {
			t.Errorf("%s: %q in the text:\n%s", name, s, text)
		}
	}
}

// checkText checks the text of paragraphs with checkHas, under the
// test's own name.
func checkText(t *testing.T, paragraphs, want, not []string) {
	t.Helper()
	checkHas(t, t.Name(), strings.Join(paragraphs, "\n\n"), want, not)
}
