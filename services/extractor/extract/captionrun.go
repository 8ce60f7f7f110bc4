package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A page without class names writes every box as a bare <div>, so a
// picture and its caption in a bare <div> among the story's bare <div>
// paragraphs looked like one of a run of like-built pairs (a gallery) to
// inPictureRun, and the caption stayed. Without a class to compare, a
// sibling counts towards the run only when it opens with a picture too.

// maxPictureDepth bounds how far down a sibling's first children the
// picture is looked for.
const maxPictureDepth = 3

// captionPairInRun is inPictureRun for imageCaption: for a pair without
// a class, only siblings that open with a picture count.
func captionPairInRun(pair *html.Node, st stats) bool {
	if attr(pair, "class") != "" {
		return inPictureRun(pair)
	}
	return pictureRun(pair, func(s *html.Node) bool { return sameTagAndClass(s, pair) && opensWithPicture(s, st) })
}

// opensWithPicture reports an element whose first child element, or that
// child's first child down to maxPictureDepth levels, is a picture, all
// of them without text: it reads a fixed number of nodes.
func opensWithPicture(n *html.Node, st stats) bool {
	c := firstChildElement(n)
	for d := 0; c != nil && d < maxPictureDepth; d++ {
		switch c.DataAtom {
		case atom.Img, atom.Picture, atom.Video:
			return true
		}
		if st.get(c).words > 0 {
			return false
		}
		c = firstChildElement(c)
	}
	return false
}
