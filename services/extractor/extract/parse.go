package extract

import (
	"bytes"
	"fmt"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// parse builds the DOM once. A page nested deeper than the parser accepts is
// flattened (start tags past maxDepth dropped, their text kept) and parsed
// again, so hostile nesting degrades the layout rather than failing the page.
// What no rule reads (script and style text, SVG drawings, attributes no
// code reads unless keepAttrs) is left out before the parser sees it: see
// dropInert.
func parse(text []byte, keepAttrs bool) (*html.Node, limits, error) {
	doc, err := parseInert(text, keepAttrs)
	if err == nil {
		return doc, nil, nil
	}
	flat, hit := bound(text, true)
	doc, err2 := parseInert(flat, keepAttrs)
	if err2 != nil {
		return nil, nil, fmt.Errorf("parsing flattened page: %w (first attempt: %w)", err2, err)
	}
	hit.add(limitDepth)
	return doc, hit, nil
}

// swallowingHead looks for the two head elements that can swallow a page:
// an unclosed <title> (title is true): a title whose end tag is missing or
// mangled ("</titavaScript") turns the rest of the page into title text,
// leaving <body> empty; browsers show such a page blank, but its text is
// still the story. And a <script> whose start tag is mangled by an unclosed
// src quote ("src="/x.js<newline>…"), which turns the page up to the next
// </script> into script text; for it the first line of the src value is
// returned, which locates the tag in the source.
func swallowingHead(doc *html.Node) (title bool, scriptSrc string) {
	walk(doc, func(n *html.Node) bool {
		if title || scriptSrc != "" || n.Type == html.TextNode {
			return false
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Title {
			if c := n.FirstChild; c != nil && c.Type == html.TextNode && len(c.Data) > 1024 &&
				strings.Contains(c.Data, "</") && swallowedMarkup(c.Data) {
				title = true
			}
			return false
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Script {
			src := attr(n, "src")
			if i := strings.IndexByte(src, '\n'); i > 0 {
				if c := n.FirstChild; c != nil && c.Type == html.TextNode && len(c.Data) > 1024 && swallowedMarkup(c.Data) {
					scriptSrc = src[:i]
				}
			}
			return false
		}
		return n.Type == html.DocumentNode || n.DataAtom == atom.Html || n.DataAtom == atom.Head
	})
	return title, scriptSrc
}

// dropScript removes the mangled <script> tag whose src value starts with
// src, up to the first </script> after it: what a page author meant as one
// script, so the markup after it is read as markup again.
func dropScript(text []byte, src string) []byte {
	i := bytes.Index(text, []byte(src))
	if i < 0 {
		return nil
	}
	start := lastIndexFold(text[:i], []byte("<script"))
	if start < 0 {
		return nil
	}
	e := indexFold(text[i:], []byte("</script"))
	if e < 0 {
		return nil
	}
	e += i
	k := bytes.IndexByte(text[e:], '>')
	if k < 0 {
		return nil
	}
	e += k + 1
	out := make([]byte, 0, len(text)-(e-start))
	out = append(out, text[:start]...)
	return append(out, text[e:]...)
}

// lastIndexFold is the last index of an ASCII lower-case needle that
// starts with '<' in s, ignoring case.
func lastIndexFold(s, lowerNeedle []byte) int {
	for i := bytes.LastIndexByte(s, '<'); i >= 0; i = bytes.LastIndexByte(s[:i], '<') {
		// A prefix test, not a search: a page of '<' must stay linear.
		if len(s)-i >= len(lowerNeedle) && bytes.EqualFold(s[i:i+len(lowerNeedle)], lowerNeedle) {
			return i
		}
	}
	return -1
}

// swallowedMarkup reports title text that holds a page's markup: a <body>
// tag, or the block tags of a page whose <body> tag is missing too.
func swallowedMarkup(s string) bool {
	low := strings.ToLower(s)
	return strings.Contains(low, "<body") || strings.Count(low, "<div")+strings.Count(low, "<p")+strings.Count(low, "<td") >= 20
}

// closeTitle inserts </title> before the first tag after <title>.
func closeTitle(text []byte) []byte {
	i := indexFold(text, []byte("<title"))
	if i < 0 {
		return nil
	}
	j := bytes.IndexByte(text[i:], '>')
	if j < 0 {
		return nil
	}
	j += i + 1
	k := bytes.IndexByte(text[j:], '<')
	if k < 0 {
		return nil
	}
	k += j
	out := make([]byte, 0, len(text)+8)
	out = append(out, text[:k]...)
	out = append(out, "</title>"...)
	return append(out, text[k:]...)
}

// indexFold is bytes.Index for an ASCII lower-case needle, ignoring case.
func indexFold(s, lowerNeedle []byte) int {
	n := len(lowerNeedle)
	for i := 0; i+n <= len(s); i++ {
		if s[i] != '<' {
			continue
		}
		ok := true
		for k := 1; k < n; k++ {
			c := s[i+k]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != lowerNeedle[k] {
				ok = false
				break
			}
		}
		if ok {
			return i
		}
	}
	return -1
}
