package extract

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A site's name box: a heading that is one link to the site's front page
// ("/"), with at most one short line beside it (the site's tagline), in a
// box of its own. Class names ("header", "site-branding") mark it on most
// sites; without them its shape still tells it: a story's headline links
// to the story, never to the front page, and the tagline is the site's,
// not a standfirst.

// maxTaglineWords bounds the line beside a site's name.
const maxTaglineWords = 15

// brandBox reports a <div> holding a heading that is one link to the
// site's front page and at most one other child, a line of up to
// maxTaglineWords words without a link.
func brandBox(n *html.Node, st stats) bool {
	if n.DataAtom != atom.Div || st.get(n).words > maxTaglineWords+10 {
		return false
	}
	var head, line *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return false
		case c.Type != html.ElementNode:
		case head == nil && isHeading(c):
			head = c
		case line == nil && head != nil:
			line = c
		default:
			return false
		}
	}
	if head == nil || !frontPageLink(head) {
		return false
	}
	if line == nil {
		return true
	}
	v := st.get(line)
	return v.links == 0 && v.words > 0 && v.words <= maxTaglineWords
}

// frontPageLink reports whether heading h's text is all one link whose
// path is the site's root.
func frontPageLink(h *html.Node) bool {
	var a *html.Node
	for c := h.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return false
		case c.Type == html.ElementNode && c.DataAtom == atom.A && a == nil:
			a = c
		case c.Type == html.ElementNode:
			return false
		}
	}
	if a == nil {
		return false
	}
	u, err := url.Parse(strings.TrimSpace(attr(a, "href")))
	if err != nil || u.RawQuery != "" || u.Fragment != "" {
		return false
	}
	return u.Path == "/" || u.Path == "" && u.Host != ""
}
