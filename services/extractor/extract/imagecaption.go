package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Bounds of imageCaption: the words of a caption line, how many times the
// page's running text must outweigh it, and how many like-built pairs of
// picture and text make a gallery or a list of items.
const (
	maxImageCaptionWords = 30
	minCaptionTextX      = 4
	minPictureRun        = 3
)

// imageCaption reports a caption set without <figure> or a class that says
// so: a short text block (a <div>, <p> or <span> of at most
// maxImageCaptionWords words, no block inside, few links) that follows a
// picture holder (an element with no text that holds an <img>, <picture>
// or <video>) as the only other element of their parent. That pair is a
// figure written in plain boxes, and the line under the picture describes
// it, whatever the language ("The reservoir in October. Photo: J. Ruiz");
// hashed or stripped class names left it in the story.
//
// The line stays when it is not far outweighed by the page's running text
// (a short story told under one picture) and when the pair is one of a run
// of like-built pairs (a gallery's or a list's items, whose lines are the
// text).
func imageCaption(n *html.Node, st stats, total int) bool {
	switch n.DataAtom {
	case atom.Div, atom.P, atom.Span:
	default:
		return false
	}
	v := st.get(n)
	if v.words == 0 || v.words > maxImageCaptionWords || total < minCaptionTextX*v.words || hasBlockChild(n) || st.linkDensity(n) >= 0.5 {
		return false
	}
	parent := n.Parent
	if parent == nil || parent.Type != html.ElementNode || nextElement(n) != nil {
		return false
	}
	pic := prevElement(n)
	if pic == nil || prevElement(pic) != nil || !pictureHolder(pic, st) {
		return false
	}
	if st.get(parent).words != v.words {
		// Text of the parent's own beside the two.
		return false
	}
	return !captionPairInRun(parent, st)
}

// pictureHolder reports an element without text that is or holds a
// picture.
func pictureHolder(n *html.Node, st stats) bool {
	if st.get(n).words > 0 {
		return false
	}
	found := false
	walk(n, func(k *html.Node) bool {
		switch k.DataAtom {
		case atom.Img, atom.Picture, atom.Video:
			found = true
		}
		return !found
	})
	return found
}

// inPictureRun reports a pair of picture and text that has like-built
// siblings before or after it, minPictureRun in all.
func inPictureRun(pair *html.Node) bool {
	return pictureRun(pair, func(s *html.Node) bool { return sameTagAndClass(s, pair) })
}

// pictureRun reports whether pair and the siblings next to it that are
// like it (on either side, up to the first that is not) number
// minPictureRun. It stops counting there: every caption of a gallery asks,
// and counting the whole run each time cost the square of the gallery
// (8,000 bare pairs took 1.5 s).
func pictureRun(pair *html.Node, like func(*html.Node) bool) bool {
	k := 1
	for s := prevElement(pair); s != nil && k < minPictureRun && like(s); s = prevElement(s) {
		k++
	}
	for s := nextElement(pair); s != nil && k < minPictureRun && like(s); s = nextElement(s) {
		k++
	}
	return k >= minPictureRun
}

func sameTagAndClass(a, b *html.Node) bool {
	return a.DataAtom == b.DataAtom && attr(a, "class") == attr(b, "class")
}
