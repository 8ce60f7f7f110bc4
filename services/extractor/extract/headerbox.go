package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Bounds of a story's header box read by its place before the story.
const (
	// maxHeaderBoxWords bounds the box: a headline, a standfirst, a
	// byline and a share row, not a section of text.
	maxHeaderBoxWords = 120
	// headerBoxNextSiblings is how many siblings after the box are read
	// for the story's body (a picture or an ad slot may sit between), and
	// after the headline for its standfirst.
	headerBoxNextSiblings = 3
	// minHeaderBoxStoryWords is the running text the body after the box
	// holds: a story, not a teaser or a list of cards.
	minHeaderBoxStoryWords = 80
)

// storyHeaderBox reports a box that the structure pass names a header
// (by its class or its tag) but that is the story's own, told by where it
// sits rather than by an enclosing <article> or <main>, which templates
// often write as plain <div>s:
//
//   - a box holding an <h1> that says the page's title and a standfirst
//     after it, of a headline's and standfirst's size, with the story's
//     body (a box of running text) among the next few siblings: the
//     headline's header, whose standfirst is the story's;
//   - a <header>, or a box named "header", holding only a subhead (no
//     <h1>; empty anchors beside it), set in the run of the story's
//     modules: running text before and after it, at its own level
//     or at its wrapper's (a section's heading in a header of its own, as
//     HTML5 sections and content-module CMSes write it).
//
// A site's header holds the site's name, not the page's title, and
// comes before the story, never inside its run.
func (p *page) storyHeaderBox(n *html.Node, st stats) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Header:
	default:
		return false
	}
	if st.get(n).words > maxHeaderBoxWords {
		return false
	}
	if h := findH1Within(n, maxHeaderDepth); h != nil {
		return p.title != "" && titleSimilarity(textOf(h), p.title) >= minHeaderTitleSimilarity && ledeAfter(h, n, st) && bodyAfterBox(n, st)
	}
	if st.get(n).words > maxModuleHeadingWords || st.get(n).linkChars > 0 {
		return false
	}
	if h := soleElement(n, maxModuleHeadingDepth, func(c *html.Node) bool { return emptyMark(c, st) }); h == nil || !isHeading(h) {
		return false
	}
	// The header alone in a module of its own (beside empty anchors):
	// the module's siblings are the story's run.
	m := n
	if w := n.Parent; w != nil && w.DataAtom != atom.Body && st.get(w).words == st.get(n).words {
		m = w
	}
	return textAround(m, st)
}

// ledeAfter reports whether a standfirst (isLede) follows the headline h
// inside box: one of the next few siblings of h or of one of its wrappers
// below box (a kicker or a byline may come first). A box
// of a headline and metadata only (a question's asked-on line, a
// listing's counts) is left to the rules that read its class.
func ledeAfter(h, box *html.Node, st stats) bool {
	for q := h; q != nil && q != box; q = q.Parent {
		seen := 0
		for d := q.NextSibling; d != nil && seen < headerBoxNextSiblings; d = d.NextSibling {
			if d.Type != html.ElementNode {
				continue
			}
			if isLede(d, st) && !partsRow(textOf(d)) {
				return true
			}
			seen++
		}
	}
	return false
}

// minRowParts is the fewest parts a row of items joined by separators
// has: a standfirst may set a kicker off with one ("Vote · The city
// decides"), a metadata row or a trail joins more.
const minRowParts = 3

// partsRow reports a line of short parts joined by separators and no
// sentence ("Asked 2 days ago · Modified today · Viewed 318 times",
// "Home › Transport › Night buses"): a question's or a page's metadata
// or trail, not a standfirst, whatever its length and class.
func partsRow(t string) bool {
	if endsSentence(t) {
		return false
	}
	parts := 0
	for part := range strings.FieldsFuncSeq(t, func(r rune) bool { return strings.ContainsRune("·•|›»/", r) }) {
		if words(part) > maxStampPartWords {
			return false
		}
		if strings.TrimSpace(part) != "" {
			parts++
		}
	}
	return parts >= minRowParts
}

// bodyAfterBox reports whether one of the next few element siblings of n
// holds the story's running text.
func bodyAfterBox(n *html.Node, st stats) bool {
	i := 0
	for s := n.NextSibling; s != nil && i < headerBoxNextSiblings; s = s.NextSibling {
		if s.Type != html.ElementNode || skipSet.has(s.DataAtom) {
			continue
		}
		if st.get(s).pwords >= minHeaderBoxStoryWords {
			return true
		}
		i++
	}
	return false
}

// textAround reports whether n's next element sibling and one of its
// few previous ones hold running text: n sits inside the story's run.
func textAround(n *html.Node, st stats) bool {
	next := nextElement(n)
	if next == nil || st.get(next).pwords < minModuleTextWords {
		return false
	}
	i := 0
	for s := n.PrevSibling; s != nil && i < moduleTextSiblings; s = s.PrevSibling {
		if s.Type != html.ElementNode {
			continue
		}
		if st.get(s).pwords >= minModuleTextWords {
			return true
		}
		i++
	}
	return false
}

// soleElement descends from n, at most depth levels, through elements
// whose only child with text is one element (children skip reports do not
// count; nil skips none), and returns the element reached that is not such
// a wrapper: a heading, or nil when n holds text of its own or several
// elements.
func soleElement(n *html.Node, depth int, skip func(*html.Node) bool) *html.Node {
	for range depth {
		var only *html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.ElementNode:
				if skip != nil && skip(c) {
					continue
				}
				if only != nil {
					return nil
				}
				only = c
			case html.TextNode:
				if strings.TrimSpace(c.Data) != "" {
					return nil
				}
			}
		}
		if only == nil || isHeading(only) {
			return only
		}
		n = only
	}
	return nil
}

// emptyMark reports an element without text that shows nothing: an
// anchor to link to, or an empty spacer (not a picture or a frame).
func emptyMark(c *html.Node, st stats) bool {
	if st.get(c).words > 0 {
		return false
	}
	switch c.DataAtom {
	case atom.A:
		return c.FirstChild == nil
	case atom.Span, atom.Div:
		return c.FirstChild == nil
	}
	return false
}
