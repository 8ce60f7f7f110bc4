package extract

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxDepth is how deep flatten lets elements nest. The HTML parser refuses
// documents whose open-element stack passes 512; real pages stay far below.
const maxDepth = 200

// parse builds the DOM once. A page nested deeper than the parser accepts is
// flattened (start tags past maxDepth dropped, their text kept) and parsed
// again, so hostile nesting degrades the layout rather than failing the page.
func parse(text []byte) (*html.Node, error) {
	doc, err := html.Parse(bytes.NewReader(text))
	if err == nil {
		return doc, nil
	}
	doc, err2 := html.Parse(bytes.NewReader(flatten(text)))
	if err2 != nil {
		return nil, fmt.Errorf("parsing flattened page: %w (first attempt: %w)", err2, err)
	}
	return doc, nil
}

// flatten re-serialises the token stream, dropping start tags that would
// nest past maxDepth and the end tags that match them.
func flatten(text []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(text))
	z := html.NewTokenizer(bytes.NewReader(text))
	var stack []atom.Atom
	skipped := map[string]int{}
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out.Bytes()
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if voidElements[a] {
				break
			}
			if len(stack) >= maxDepth {
				skipped[string(name)]++
				continue
			}
			stack = append(stack, a)
		case html.EndTagToken:
			name, _ := z.TagName()
			if skipped[string(name)] > 0 {
				skipped[string(name)]--
				continue
			}
			a := atom.Lookup(name)
			for i, s := range slices.Backward(stack) {
				if s == a {
					stack = stack[:i]
					break
				}
			}
		}
		out.Write(raw)
	}
}

var voidElements = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true,
	atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true, atom.Source: true,
	atom.Track: true, atom.Wbr: true, atom.Param: true, atom.Keygen: true,
}

// unclosedTitle reports whether the document's <title> swallowed the page:
// a title whose end tag is missing or mangled ("</titavaScript") turns the
// rest of the page into title text, leaving <body> empty. Browsers show such
// a page blank, but its text is still the story.
func unclosedTitle(doc *html.Node) bool {
	found := false
	walk(doc, func(n *html.Node) bool {
		if found || n.Type == html.TextNode {
			return false
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Title {
			if c := n.FirstChild; c != nil && c.Type == html.TextNode && len(c.Data) > 1024 &&
				strings.Contains(c.Data, "</") && swallowedMarkup(c.Data) {
				found = true
			}
			return false
		}
		return n.Type == html.DocumentNode || n.DataAtom == atom.Html || n.DataAtom == atom.Head
	})
	return found
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
