package tageval

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// HeadlineMode says how tag-eval separates an L3S page's headline from its
// body in the assessors' text.
type HeadlineMode string

const (
	// HeadlinePage finds the page's declared headline (og:title,
	// twitter:title, <title> or an <h1>, or a part of one between site
	// separators) at the start of the assessors' text and makes that span
	// the title, as the pipeline's extractor passes the page's headline as
	// the title; where none is found it falls back to HeadlineLines.
	HeadlinePage HeadlineMode = "page"
	// HeadlineLines takes a short first line as the headline (splitHeadline),
	// which misses the pages whose text runs headline, byline and body
	// together on one line.
	HeadlineLines HeadlineMode = "lines"
)

// headlineWindow is how far into the assessors' text a headline is looked
// for: past a dateline, a section label or a "Last updated" stamp, not
// into the story, where a quoted title would be a mention, not the headline.
const headlineWindow = 400

// pageTitles reads the titles a news page declares: og:title and
// twitter:title, <title> and the text of each <h1>, in that order.
func pageTitles(r io.Reader) []string {
	var metas, titles, h1s []string
	z := html.NewTokenizer(r)
	var in atom.Atom
	var buf strings.Builder
	for {
		switch z.Next() {
		case html.ErrorToken:
			return append(append(metas, titles...), h1s...)
		case html.StartTagToken, html.SelfClosingTagToken:
			t := z.Token()
			switch t.DataAtom {
			case atom.Meta:
				var key, content string
				for _, a := range t.Attr {
					switch a.Key {
					case "property", "name":
						key = strings.ToLower(a.Val)
					case "content":
						content = a.Val
					}
				}
				if key == "og:title" || key == "twitter:title" {
					metas = append(metas, content)
				}
			case atom.Title, atom.H1:
				if in == 0 {
					in = t.DataAtom
					buf.Reset()
				}
			}
		case html.TextToken:
			if in != 0 {
				buf.Write(z.Text())
				buf.WriteByte(' ')
			}
		case html.EndTagToken:
			t := z.Token()
			if t.DataAtom != in || in == 0 {
				continue
			}
			s := strings.Join(strings.Fields(html.UnescapeString(buf.String())), " ")
			if in == atom.Title {
				titles = append(titles, s)
			} else {
				h1s = append(h1s, s)
			}
			in = 0
		}
	}
}

// titleParts is a declared title and its parts between site separators
// ("Story - Site", "Site | Section | Story"), longest first among equals in
// order: the whole title, then each part.
func titleParts(t string) []string {
	parts := []string{t}
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " // ", " : "} {
		for p := range strings.SplitSeq(t, sep) {
			if p = strings.TrimSpace(p); p != t {
				parts = append(parts, p)
			}
		}
	}
	return parts
}

// splitAtHeadline finds the longest declared title (or title part) of at
// least three words near the start of text, words matched in order across
// any whitespace and case; the match is the title and what precedes and
// follows it the body. ok is false when no title is found.
func splitAtHeadline(text string, titles []string) (title, body string, ok bool) {
	window := text
	if len(window) > headlineWindow {
		window = window[:headlineWindow]
	}
	best := []int(nil)
	for _, t := range titles {
		for _, p := range titleParts(t) {
			words := strings.Fields(p)
			if len(words) < 3 {
				continue
			}
			q := make([]string, len(words))
			for i, w := range words {
				q[i] = regexp.QuoteMeta(w)
			}
			re, err := regexp.Compile(`(?i)` + strings.Join(q, `\s+`))
			if err != nil {
				continue
			}
			// The headline is a whole run of words, not the start of a longer word.
			for _, m := range re.FindAllStringIndex(window, -1) {
				if m[1] < len(text) && isWordByte(text[m[1]]) && isWordByte(text[m[1]-1]) {
					continue
				}
				if best == nil || m[1]-m[0] > best[1]-best[0] {
					best = m
				}
				break
			}
		}
	}
	if best == nil {
		return "", "", false
	}
	title = strings.Join(strings.Fields(text[best[0]:best[1]]), " ")
	body = strings.TrimSpace(strings.TrimSpace(text[:best[0]]) + "\n" + strings.TrimSpace(text[best[1]:]))
	if body == "" {
		return "", "", false
	}
	return title, body, true
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// l3sHeadline splits one page's assessors' text into title and body by
// mode, reading the page's HTML (dir/html/<id>.html.gz) for HeadlinePage.
func l3sHeadline(dir, id, text string, mode HeadlineMode) (title, body string, err error) {
	if mode == HeadlinePage {
		titles, err := readPageTitles(dir, id)
		if err != nil {
			return "", "", err
		}
		if t, b, ok := splitAtHeadline(text, titles); ok {
			return t, b, nil
		}
	}
	t, b := splitHeadline(text)
	return t, b, nil
}

func readPageTitles(dir, id string) ([]string, error) {
	f, err := os.Open(dir + "/html/" + id + ".html.gz")
	if os.IsNotExist(err) {
		return nil, nil // no page: the line split stands
	}
	if err != nil {
		return nil, fmt.Errorf("reading L3S page %s: %w", id, err)
	}
	defer func() { _ = f.Close() }() // read-only: a close error loses nothing
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("reading L3S page %s: %w", id, err)
	}
	return pageTitles(zr), nil
}
