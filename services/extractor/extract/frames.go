package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A page builder sets a story as a run of sibling content elements of one
// family (TYPO3's <div id="c12" class="frame frame-type-text">, Drupal's
// <div class="paragraph paragraph--type--text">), each with an inner
// wrapper of its own kind: text, text with a picture, a header, a bullet
// list. Only the first element's wrapper scores like the story; the rest
// differ in depth and shape and join on neither score nor shape. The rule
// here joins them by the family name they share with the winner.

// maxFrameLinkDensity bounds the link text of an element of the run: a
// box of downloads or links ends it.
const maxFrameLinkDensity = 0.3

// frameRun returns the siblings of top that continue it as elements of
// one family: the same tag and the same first class name, each naming
// itself with two or more classes, run on both sides of top without an
// element of another family holding text between them. An element with
// mostly link text, or holding the headline, ends the run on its side.
func frameRun(top *html.Node, st stats) map[*html.Node]bool {
	fam := frameFamily(top)
	if fam == "" {
		return nil
	}
	var run map[*html.Node]bool
	for _, next := range []func(*html.Node) *html.Node{
		func(n *html.Node) *html.Node { return n.NextSibling },
		func(n *html.Node) *html.Node { return n.PrevSibling },
	} {
		for s := next(top); s != nil; s = next(s) {
			if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
				break
			}
			if s.Type != html.ElementNode || skipSet.has(s.DataAtom) {
				continue
			}
			v := st.get(s)
			if s.DataAtom != top.DataAtom || frameFamily(s) != fam {
				if v.words > 0 {
					break
				}
				continue
			}
			if v.words == 0 {
				continue
			}
			if st.linkDensity(s) >= maxFrameLinkDensity || findH1(s) != nil {
				break
			}
			if run == nil {
				run = map[*html.Node]bool{}
			}
			run[s] = true
		}
	}
	return run
}

// frameFamily returns n's first class name when n names itself with two
// or more classes (a family and a kind, "frame frame-type-text"), or "".
func frameFamily(n *html.Node) string {
	if n.DataAtom != atom.Div && n.DataAtom != atom.Section {
		return ""
	}
	f := strings.Fields(attr(n, "class"))
	if len(f) < 2 {
		return ""
	}
	return f[0]
}

// emptyMarker reports an element that holds nothing at all and shows
// nothing: an anchor target (<a id="c12"></a>) or an empty <span> that a
// builder sets before an element's content. It is no sibling of that
// content.
func emptyMarker(n *html.Node) bool {
	return n.Type == html.ElementNode && n.FirstChild == nil &&
		(n.DataAtom == atom.A && attr(n, "href") == "" || n.DataAtom == atom.Span)
}
