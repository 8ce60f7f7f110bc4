package extract

import (
	"slices"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxStrayOpenerWords bounds a comment or related-list opener line met
// before the story that is dropped on its own.
const maxStrayOpenerWords = 6

// minStoryBeforeCutoff is how many words of story must precede a comments
// opener for it to cut the rest even when the comments outweigh the story.
const minStoryBeforeCutoff = 120

// cutoffAction is what a cutoff line does to the paragraphs.
type cutoffAction int

const (
	// keepLine: not a cutoff line, or one met too early and too long to
	// be a bare opener; the line stays.
	keepLine cutoffAction = iota
	// dropLine: an opener line ("Add your view") before the story is
	// done; it goes alone.
	dropLine
	// openBox: the opener heads an inline box (a table or aside set into
	// the story); the box goes, the story after it stays.
	openBox
	// endStory: the opener ends the story; it and all after it go.
	endStory
)

// cutoffLine decides what paragraph raw[i] (n words) does when a cutoff
// rule ("Comments", "More stories") matches it, sofar being the words kept
// before it of total. A cutoff ends the story only once most of the text
// (or minStoryBeforeCutoff words) is behind it, so a page whose comments
// outweigh the story still ends at the opener, while a "Related" box near
// the top does not take the story with it. k is the rule's kind.
func (p *page) cutoffLine(raw []para, i, n, sofar, total int) (k Kind, act cutoffAction, box *html.Node) {
	k, ok := p.e.rules.cutoffWords(raw[i].text, n)
	if !ok {
		return "", keepLine, nil
	}
	if sofar*2 < total && sofar < minStoryBeforeCutoff {
		if n <= maxStrayOpenerWords {
			return k, dropLine, nil
		}
		return k, keepLine, nil
	}
	if b := inlineBox(raw[i].src); b != nil && i+1 < len(raw) && !contains(b, raw[len(raw)-1].src) {
		return k, openBox, b
	}
	if k != KindComments {
		if bareStoryContinues(raw, i) {
			return k, dropLine, nil
		}
		if b := storyContinues(raw, i); b != nil {
			if b == raw[i].src {
				return k, dropLine, nil
			}
			return k, openBox, b
		}
	}
	return k, endStory, nil
}

// Evidence that the story goes on after a related-stories opener.
const (
	// minContinuedParas is how many story paragraphs must follow.
	minContinuedParas = 2
	// minStoryParaWords is the length of a story paragraph.
	minStoryParaWords = 15
	// storyParents is how many of the last story paragraphs name the
	// story's container.
	storyParents = 5
)

// storyContinues returns the box that the opener raw[i] heads when the
// story goes on after it: at least two long, unlinked paragraphs after it
// sit in the same container as the story paragraphs before it (a
// "Related" box set into the story as a <div>). The box is the opener's
// ancestor that is a child of that container, or the opener itself when
// it sits there directly. It returns nil when nothing of the story follows.
func storyContinues(raw []para, i int) *html.Node {
	var parents []*html.Node
	for j := i - 1; j >= 0 && len(parents) < storyParents; j-- {
		if pa := raw[j]; !pa.halfLinked && words(pa.text) >= minStoryParaWords && pa.src != nil && pa.src.Parent != nil {
			parents = append(parents, pa.src.Parent)
		}
	}
	if len(parents) == 0 || raw[i].src == nil {
		return nil
	}
	in := func(n *html.Node) bool { return slices.Contains(parents, n) }
	// The box: climb from the opener to the child of a story container.
	box := raw[i].src
	for k := 0; box != nil && !in(box.Parent) && k < maxBoxDepth; k++ {
		box = box.Parent
	}
	if box == nil || !in(box.Parent) {
		return nil
	}
	n := 0
	for j := i + 1; j < len(raw); j++ {
		pa := raw[j]
		if pa.src == nil || contains(box, pa.src) || pa.halfLinked || words(pa.text) < minStoryParaWords || !in(pa.src.Parent) {
			continue
		}
		n++
	}
	if n < minContinuedParas {
		return nil
	}
	return box
}

// inlineBox returns the nearest table or aside around n, a few levels up:
// the box a "Have your say" or "Related" panel sits in when it is set into
// the story rather than after it.
func inlineBox(n *html.Node) *html.Node {
	for q, k := n, 0; q != nil && k < 8; q, k = q.Parent, k+1 {
		if q.Type == html.ElementNode && (q.DataAtom == atom.Table || q.DataAtom == atom.Aside) {
			return q
		}
	}
	return nil
}

// maxBoxDepth bounds how far below a box a paragraph is looked for in it,
// so that deep nesting cannot make every paragraph walk to the root.
const maxBoxDepth = 64

// contains reports whether n is box or inside it, at most maxBoxDepth
// levels down.
func contains(box, n *html.Node) bool {
	for q, k := n, 0; q != nil && k <= maxBoxDepth; q, k = q.Parent, k+1 {
		if q == box {
			return true
		}
	}
	return false
}
