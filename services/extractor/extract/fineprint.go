package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A post's metadata in fine print ("This entry was posted on Friday,
// February 15th, 2008 at 7:30 am and is filed under <a>Senate</a>. You can
// follow any responses through the <a>RSS 2.0</a> feed."), closing the
// post, is named "postmetadata" by the themes that print it; without the
// name its shape still tells it: the last text of its box, all in
// <small>, with a year and two links or more. A story's own words are not
// set in fine print with links; a correction note carries no two links.

// Bounds of a fine-print metadata line: its words and the links it holds.
const (
	maxFinePrintWords = 60
	minFinePrintLinks = 2
)

// finePrintMeta reports whether pa (n words) is a post's metadata set in
// fine print at the end of its box.
func finePrintMeta(pa para, n int) bool {
	if n > maxFinePrintWords || pa.src == nil {
		return false
	}
	small := lastTextChild(pa.src)
	if pa.src.DataAtom == atom.Small {
		small = pa.src
	}
	// The <small> is asked before the year: most lines hold none, and the
	// pattern is dearer than a look at the last child.
	if small == nil || small.DataAtom != atom.Small || !yearRe.MatchString(pa.text) || fold(strings.Join(strings.Fields(textOf(small)), " ")) != fold(strings.Join(strings.Fields(pa.text), " ")) {
		return false
	}
	links := 0
	walk(small, func(c *html.Node) bool {
		if c.Type == html.ElementNode && c.DataAtom == atom.A {
			links++
			return false
		}
		return true
	})
	if links < minFinePrintLinks {
		return false
	}
	for s := pa.src.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" || s.Type == html.ElementNode && hasText(s) {
			return false
		}
	}
	return true
}

// lastTextChild returns n's last child that is not blank text or a <br>
// when it is an element, else nil: reading back over line breaks only, so
// every paragraph can be asked.
func lastTextChild(n *html.Node) *html.Node {
	for c := n.LastChild; c != nil; c = c.PrevSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "",
			c.Type == html.ElementNode && c.DataAtom == atom.Br,
			c.Type == html.CommentNode:
			continue
		case c.Type == html.ElementNode:
			return c
		}
		return nil
	}
	return nil
}
