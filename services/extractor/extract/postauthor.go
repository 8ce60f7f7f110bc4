package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Bounds of a post's author line: the words it holds besides the name
// (a rank, "Member") and the elements of a first post looked at.
const (
	maxAuthorLineWords = maxAuthorWords + 2
	maxAuthorLineNodes = 200
	minPostBodyWords   = 8
)

// dropPostAuthor removes from a thread's first post f the line that names
// its author before its text: a block of a few words that holds an author
// link (a link of one to three words to another page) and comes before
// the first block of running text. The thread search told the post by
// that link; read as text, the user's name opened the story.
func (p *page) dropPostAuthor(f *html.Node) {
	var line *html.Node
	seen, done := 0, false
	walk(f, func(n *html.Node) bool {
		if seen++; done || seen > maxAuthorLineNodes {
			return false
		}
		if n.Type != html.ElementNode || n == f || skipSet.has(n.DataAtom) {
			return n == f
		}
		v := p.st.get(n)
		if v.pwords >= minPostBodyWords && !hasBlockChild(n) {
			// The post's first paragraph: nothing after it is read.
			done = true
			return false
		}
		if line == nil && isBlock(n) && v.words >= 1 && v.words <= maxAuthorLineWords && holdsAuthorLink(n) {
			line = n
			done = true
			return false
		}
		return true
	})
	if line != nil {
		p.drop(line, KindByline)
	}
}

// holdsAuthorLink reports an author link in n (n included).
func holdsAuthorLink(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if found {
			return false
		}
		if c.Type == html.ElementNode && c.DataAtom == atom.A && authorLink(c) {
			found = true
		}
		return !found
	})
	return found
}
