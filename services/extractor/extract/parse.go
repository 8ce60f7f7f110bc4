package extract

import (
	"bytes"
	"fmt"
	"slices"

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
