package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Bounds of a closing box: its words, its heading's words, its paragraphs
// and the elements looked at inside it.
const (
	minClosingWords        = 8
	maxClosingWords        = 80
	maxClosingHeadingWords = 6
	maxClosingParagraphs   = 3
	maxClosingNodes        = 60
)

// closingBox reports whether n, the element right after the story, is the
// story's conclusion set in a box ("Fazit", "Conclusion", "Podsumowanie"):
// a short heading and one to three paragraphs that end sentences, in the
// box or in wrappers of one element inside it, with no link, picture,
// form or button, and no class that names it a page region. Guides and
// company blogs close the text so; an author box (a picture, or a bio that
// opens with the name its heading gives), a sign-up box (a form), a help
// box (buttons) and a related box (links) are no conclusion.
func closingBox(n *html.Node, st stats) bool {
	v := st.get(n)
	if v.words < minClosingWords || v.words > maxClosingWords || v.linkChars > 0 || classKind(n) != "" || isMetaClass(n) {
		return false
	}
	seen, bad := 0, false
	walk(n, func(c *html.Node) bool {
		if seen++; seen > maxClosingNodes || bad {
			bad = true
			return false
		}
		switch c.DataAtom {
		case atom.Img, atom.Picture, atom.Figure, atom.Svg, atom.Form, atom.Button, atom.Input, atom.A, atom.Iframe:
			bad = true
			return false
		}
		return true
	})
	if bad {
		return false
	}
	var heading string
	paras := 0
	for c := unwrapped(n).FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return false
		}
		if c.Type != html.ElementNode || skipSet.has(c.DataAtom) {
			continue
		}
		t := normalize(textOf(c))
		switch {
		case heading == "" && paras == 0 && isHeading(c) && c.DataAtom != atom.H1:
			if words(t) > maxClosingHeadingWords {
				return false
			}
			heading = t
		case heading != "" && c.DataAtom == atom.P && endsSentence(t) && classKind(c) == "":
			// A bio opens with the name its heading gives.
			if strings.HasPrefix(strings.ToLower(t), strings.ToLower(heading)) {
				return false
			}
			paras++
		default:
			return false
		}
	}
	return heading != "" && paras >= 1 && paras <= maxClosingParagraphs
}
