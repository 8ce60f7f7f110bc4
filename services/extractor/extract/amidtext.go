package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// maxAmidTextLevels bounds the inline wrappers climbed from a link.
const maxAmidTextLevels = 4

// amidText reports a link set inside inline markup (<sup>, <em>, <span>)
// that has text beside it below the nearest block: a footnote's call
// after a sentence (<p>… rarement.<sup><a href="#fn:1">1</a></sup></p>) or
// a linked word in bold inside a sentence. Such a link is alone in its
// parent but is no line of its own, so no control of a call box: a story
// paragraph that a block theme wraps in a box of its own was cut as one.
func amidText(a *html.Node) bool {
	n := a
	for i := 0; i < maxAmidTextLevels && n.Parent != nil && !isBlock(n.Parent); i++ {
		n = n.Parent
		for s := n.PrevSibling; s != nil; s = s.PrevSibling {
			if inlineText(s) {
				return true
			}
		}
		for s := n.NextSibling; s != nil; s = s.NextSibling {
			if inlineText(s) {
				return true
			}
		}
	}
	return false
}

// inlineText reports text, or an inline element with text, beside a
// link's wrapper.
func inlineText(s *html.Node) bool {
	return s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" || s.Type == html.ElementNode && !isBlock(s) && hasText(s)
}
