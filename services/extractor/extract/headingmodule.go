package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Bounds of a story's heading set in a content module of its own.
const (
	// maxModuleHeadingWords bounds the heading: a subhead, not a line of
	// text.
	maxModuleHeadingWords = 12
	// maxModuleHeadingDepth bounds the wrappers between the module and
	// its heading.
	maxModuleHeadingDepth = 3
	// moduleTextSiblings is how many siblings before the module are read
	// for the story's text (a picture module may sit between).
	moduleTextSiblings = 3
	// minModuleTextWords is the running text a sibling module holds to be
	// story: a paragraph, not a caption.
	minModuleTextWords = 10
)

// headingModule reports a box named "header" that holds one subhead and
// nothing else, set between two modules of running text: site builders
// (Jimdo, Wix-like editors) put each heading of a page's text in a module
// of its own and name it "j-header" or "header-module", but the page's
// header comes before the text, never inside its run. An <h1> is the
// page's title and a <header> element is left to the rules that read it.
func headingModule(n *html.Node, st stats) bool {
	if n.DataAtom == atom.Header || st.get(n).words > maxModuleHeadingWords || st.get(n).links > 0 {
		return false
	}
	h := soleElement(n, maxModuleHeadingDepth)
	if h == nil || !isHeading(h) || h.DataAtom == atom.H1 {
		return false
	}
	return textAround(n, st)
}

// soleElement descends from n through elements that hold only one element
// and no text of their own, at most depth levels, and returns the element
// reached that is not such a wrapper (nil when n holds text of its own or
// several elements).
func soleElement(n *html.Node, depth int) *html.Node {
	for range depth {
		var only *html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.ElementNode:
				if only != nil {
					return nil
				}
				only = c
			case html.TextNode:
				if strings.TrimSpace(c.Data) != "" {
					return nil
				}
			}
		}
		if only == nil {
			return nil
		}
		if isHeading(only) {
			return only
		}
		n = only
	}
	return nil
}
