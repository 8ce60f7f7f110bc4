package extract

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// inPostOfRun reports whether n lies inside a post the thread search
// found that stands among posts built alike: a sibling post with its tag
// and a class name in common ("post question", "post answer accepted").
// The thread search marks every child of a box that holds a button and
// an author link, so a story's column and the rail beside it (a sign-up
// button in one, a "most read" author in the other: "col-8", "col-4")
// are both marked; a thread's posts share a name, a page's columns need
// not. Asked only of boxes another rule already took for a call to
// action, so a story's call box is not kept as a thread post's "add a
// comment" line.
func (p *page) inPostOfRun(n *html.Node) bool {
	for q := n.Parent; q != nil && q.Parent != nil; q = q.Parent {
		if !p.posts[q] {
			continue
		}
		names := strings.Fields(attr(q, "class"))
		for s := q.Parent.FirstChild; s != nil; s = s.NextSibling {
			if s != q && p.posts[s] && s.DataAtom == q.DataAtom && shareName(names, attr(s, "class")) {
				return true
			}
		}
	}
	return false
}

// shareName reports whether class list cls holds one of names.
func shareName(names []string, cls string) bool {
	for f := range strings.FieldsSeq(cls) {
		if slices.Contains(names, f) {
			return true
		}
	}
	return false
}
