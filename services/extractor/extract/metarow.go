package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxMetaRowWords bounds a row of metadata under a headline.
const maxMetaRowWords = 20

// metaRow reports a row of a story's metadata set as inline pieces side by
// side: two or more <span>, <time>, <a>, <small> or bold pieces with
// nothing but separators between them, none a sentence, one of them a
// <time> element or a dated stamp ("<span>By Anna Berg</span>
// <time>12 January 2026, 07:15</time> <span>3 min read</span>"). Class
// names ("article__info", "byline") mark such rows on most sites; on
// pages whose names are hashed or missing, the row's shape says the same
// in any language. A sentence written in spans does not qualify: its
// pieces run into each other with words between them, or one ends the
// sentence. Nor do pieces set on lines of their own with <br> (an
// event's date, place and hours; a headline over a byline): a row is one
// line.
func metaRow(pa para, n int) bool {
	src := pa.src
	// A row is its block's only paragraph: a block split into several
	// (by <br><br> or a child block) fails the loop below anyway, only
	// after reading its children once for each of them.
	if n > maxMetaRowWords || src == nil || pa.heading || !pa.firstOfSrc || !pa.lastOfSrc || inTable(src) {
		return false
	}
	pieces, dated := 0, false
	for c := src.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if strings.Trim(c.Data, " \t\r\n\u00a0|·•-–—/,") != "" {
				return false
			}
			continue
		case html.ElementNode:
		default:
			continue
		}
		switch c.DataAtom {
		case atom.Span, atom.Time, atom.A, atom.Small, atom.B, atom.Strong, atom.Em, atom.I:
		case atom.Img:
			continue
		default:
			// A <br> makes lines of the pieces: an address card, an
			// event's date, place and hours, a headline block.
			return false
		}
		if holdsElement(c, atom.Br) {
			return false
		}
		t := strings.TrimSpace(textOf(c))
		if t == "" {
			continue
		}
		if endsSentence(t) && !yearRe.MatchString(t) {
			return false
		}
		pieces++
		dated = dated || c.DataAtom == atom.Time || datedStamp(t)
	}
	return pieces >= 2 && dated
}

// holdsElement reports an element of kind a in n's subtree (n itself
// included).
func holdsElement(n *html.Node, a atom.Atom) bool {
	found := false
	walk(n, func(k *html.Node) bool {
		found = found || k.Type == html.ElementNode && k.DataAtom == a
		return !found
	})
	return found
}
