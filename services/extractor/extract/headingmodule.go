package extract

import (
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
	h := soleElement(n, maxModuleHeadingDepth, nil)
	if h == nil || !isHeading(h) || h.DataAtom == atom.H1 {
		return false
	}
	return textAround(n, st)
}
