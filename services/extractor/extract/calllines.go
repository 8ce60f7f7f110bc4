package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A call box's control is a link standing as a line of its own. A page
// that sets its paragraphs as bare text between <br>s writes that line as
// the link between two <br>s, and one that sets its paragraphs as list
// items writes it as a list item holding only the link; the box is the
// same call either way, so both count as a line as the block does.

// maxItemLineSiblings bounds the list items read beside a link's item.
const maxItemLineSiblings = 10

// lineBreak reports whether s, a sibling of a link, is a <br>: the text
// beyond it is another line.
func lineBreak(s *html.Node) bool {
	return s.Type == html.ElementNode && s.DataAtom == atom.Br
}

// itemLine reports a link that is all of its <li>, in a list whose other
// items (up to maxItemLineSiblings) hold text without a link: a box's
// lines written as list items, the last of them its control. A list of
// links (a menu, related stories) is no such list, nor are numbered
// steps, whose last step may be a link to a form.
func itemLine(a *html.Node) bool {
	li := a.Parent
	if li == nil || li.DataAtom != atom.Li || li.Parent == nil || li.Parent.DataAtom != atom.Ul {
		return false
	}
	for s := li.FirstChild; s != nil; s = s.NextSibling {
		if s != a && (s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" || s.Type == html.ElementNode && hasText(s)) {
			return false
		}
	}
	textItems, seen := 0, 0
	for _, step := range [2]func(*html.Node) *html.Node{prevElement, nextElement} {
		for s := step(li); s != nil && seen < maxItemLineSiblings; s = step(s) {
			seen++
			if s.DataAtom != atom.Li {
				continue
			}
			linked, text := itemShape(s)
			if linked {
				return false
			}
			if text {
				textItems++
			}
		}
	}
	return textItems > 0
}

// maxItemShapeNodes bounds the nodes itemShape reads in one list item.
const maxItemShapeNodes = 12

// itemShape reads at most maxItemShapeNodes nodes of li, in document
// order: linked when one of them is a link, text when one is visible text.
// An item that goes on beyond them holds more than a box's line; it counts
// as linked, so a long list is never taken for a box's lines.
func itemShape(li *html.Node) (linked, text bool) {
	seen := 0
	for n := li.FirstChild; n != nil && n != li; {
		if seen++; seen > maxItemShapeNodes {
			return true, text
		}
		switch {
		case n.Type == html.ElementNode && n.DataAtom == atom.A:
			return true, text
		case n.Type == html.TextNode && strings.TrimSpace(n.Data) != "":
			text = true
		}
		if n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		for n != li && n.NextSibling == nil {
			n = n.Parent
		}
		if n != li {
			n = n.NextSibling
		}
	}
	return false, text
}

// maxPostRunLevels bounds the boxes above a call box that inPostRun
// compares with their siblings.
const maxPostRunLevels = 2

// inPostRun reports whether one of n's two nearest boxes has a sibling
// near it (up to three on either side) built like it two levels deep: n
// is the lower part of a post in a run of posts (an answer's text,
// author and "add a comment" link), which builtAlikeBeside cannot see
// from n itself once no class name marks the posts.
func inPostRun(n *html.Node) bool {
	q := n.Parent
	for k := 0; k < maxPostRunLevels && q != nil && q.Type == html.ElementNode && q.DataAtom != atom.Body; k, q = k+1, q.Parent {
		for _, step := range [2]func(*html.Node) *html.Node{prevElement, nextElement} {
			s := q
			for range 3 {
				if s = step(s); s == nil {
					break
				}
				if builtAlikeDeep(q, s) {
					return true
				}
			}
		}
	}
	return false
}
