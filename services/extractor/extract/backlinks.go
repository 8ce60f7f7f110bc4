package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxGlyphLinkRunes bounds the text of a back link ("↩", "↩︎", "^").
const maxGlyphLinkRunes = 3

// glyphLink reports a link within the page whose text is a glyph and no
// word ("↩" after a footnote, "↑" back to the top): a control for jumping
// back, which footnotes written in Markdown end with in every language;
// the footnote's text stays, the arrow goes.
func glyphLink(n *html.Node) bool {
	if n.DataAtom != atom.A || !strings.HasPrefix(attr(n, "href"), "#") {
		return false
	}
	runes, glyph := 0, false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.TextNode {
			return false
		}
		for _, r := range c.Data {
			switch {
			case unicode.IsSpace(r) || r == '\ufe0e' || r == '\ufe0f':
				// White space and the text/emoji variation selectors.
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				return false
			default:
				if runes++; runes > maxGlyphLinkRunes {
					return false
				}
				glyph = true
			}
		}
	}
	return glyph
}
