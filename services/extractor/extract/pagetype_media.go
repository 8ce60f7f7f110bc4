package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A gallery's text is its captions (README: "a page whose main content is
// a video or a gallery, whose text is then just its caption"). The content
// selection rarely finds nothing on such a page: the chrome around the
// slides (a "more galleries" box, a share line) holds a few words of its
// own, which are no story. On a media page, captions that outweigh such a
// scrap take its place.

// maxMediaScrapWords bounds the text that a media page's captions replace:
// a description of a video or a gallery's intro of a few sentences is
// text of its own.
const maxMediaScrapWords = 30

// minGalleryCaptions is the number of captions that make a gallery.
const minGalleryCaptions = 3

// captionsOutweigh reports that the captions of the page say more than the
// paragraphs chosen as its text (pw words): none were chosen, or a scrap of a few
// words against a gallery's captions of at least twice as many.
func (p *page) captionsOutweigh(paras []string, pw int) bool {
	if len(paras) == 0 {
		return true
	}
	if pw >= maxMediaScrapWords || len(p.captions) < minGalleryCaptions {
		return false
	}
	caps := p.captionParagraphs()
	cw := wordsIn(caps)
	return len(caps) >= minGalleryCaptions && cw >= 2*pw
}

// captionOf is the caption of a cut caption box: its <figcaption> when it
// has one, without the slide counter ("3 / 12"), credit line or buttons a
// gallery's figure holds beside it.
func captionOf(n *html.Node) *html.Node {
	if n.DataAtom == atom.Figcaption {
		return n
	}
	// The figure's own caption first: a picture set into a slide has a
	// caption of its own, which is not the slide's.
	if fc := findCaption(n, true); fc != nil {
		return fc
	}
	if fc := findCaption(n, false); fc != nil {
		return fc
	}
	return n
}

// findCaption returns the first <figcaption> under n, or with own only
// the first that no figure inside n holds.
func findCaption(n *html.Node, own bool) *html.Node {
	var fc *html.Node
	walk(n, func(c *html.Node) bool {
		if fc != nil || c.Type != html.ElementNode && c != n {
			return false
		}
		if own && c != n && c.DataAtom == atom.Figure {
			return false
		}
		if c.DataAtom == atom.Figcaption {
			fc = c
			return false
		}
		return true
	})
	return fc
}

// wordsIn is the number of words of paras.
func wordsIn(paras []string) int {
	n := 0
	for _, t := range paras {
		n += words(t)
	}
	return n
}
