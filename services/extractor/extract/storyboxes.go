package extract

import (
	"slices"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Boxes after the story in the story's own flat column. A template in
// hashed classes sets the headline, the story's paragraphs, a comments
// box and a box of teasers as siblings in one block; the comments box's
// heading carries no count (countedComments) and the teasers' headings no
// link (related lists), so both were read as the story's last lines.
// Their shapes survive the hashed classes. Both open with a heading of
// their own after a paragraph of the story (or after the block that holds
// its run):
//   - comments: two or more items built alike, no heading of their own,
//     each holding a <time> beside a name and a control of its own (a
//     reply button), or such items with a form to write one;
//   - teasers: three or more items built alike, each holding a picture,
//     one heading and a short blurb, when the items' headings recur as
//     link text elsewhere on the page or the box follows a box already
//     cut after the story (its comments). A story's last section built of
//     pictured items under headings has neither and stays; so does a live
//     feed's dated entries, whose times stand alone.

// Bounds of the boxes after the story.
const (
	minUncountedComments = 2
	minTeaserItems       = 3
	maxTeaserItemWords   = 30
	// maxBoxLookBack is how many elements before a box are read for the
	// story's run: a box follows the story or another box, and reading
	// all of them before each of a flat page's thousand boxes is
	// quadratic.
	maxBoxLookBack = 3
	// maxBoxItems bounds the items read in one box.
	maxBoxItems = 100
)

// boxItems returns the heading that opens box n and the element items
// after it, when n is a box opened by a heading and set after a paragraph
// of running text among its siblings; nil otherwise.
func boxItems(n *html.Node, st stats) (*html.Node, []*html.Node) {
	switch n.DataAtom {
	case atom.Section, atom.Div:
	default:
		return nil, nil
	}
	h := firstElement(n)
	if !isHeading(h) || h.DataAtom == atom.H1 {
		return nil, nil
	}
	story := false
	back := 0
	for s := n.PrevSibling; s != nil && !story && back < maxBoxLookBack; s = s.PrevSibling {
		if s.Type != html.ElementNode {
			continue
		}
		back++
		v := st.get(s)
		// A paragraph of the story, or the block that holds its run.
		story = s.DataAtom == atom.P && v.pwords >= minStoryLineWords && v.linkChars == 0 ||
			s.DataAtom != atom.P && v.pwords >= 2*minStoryLineWords && st.linkDensity(s) < maxContainerLinkDens
	}
	if !story {
		return nil, nil
	}
	var items []*html.Node
	for s := h.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode && !skipSet.has(s.DataAtom) {
			if items = append(items, s); len(items) > maxBoxItems {
				return nil, nil
			}
		}
	}
	return h, items
}

// builtAlike reports items of one tag and one class.
func builtAlike(items []*html.Node) bool {
	for _, it := range items {
		if it.DataAtom != items[0].DataAtom || attr(it, "class") != attr(items[0], "class") {
			return false
		}
	}
	return true
}

// uncountedComments reports a comments box whose heading does not count
// its items: see the top of this file.
func uncountedComments(n *html.Node, st stats) bool {
	_, items := boxItems(n, st)
	form := false
	if len(items) > 0 && (items[len(items)-1].DataAtom == atom.Form || holdsElement(items[len(items)-1], atom.Textarea)) {
		form = true
		items = items[:len(items)-1]
	}
	if len(items) < minUncountedComments || !builtAlike(items) {
		return false
	}
	named := true
	for _, it := range items {
		if !commentItem(it, st) || !holdsElement(it, atom.Time) || !holdsControl(it) || holdsHeading(it) {
			return false
		}
		named = named && nameBesideTime(it)
	}
	return named || form
}

// nameBesideTime reports a <time> in n whose parent holds words of its
// own beside it: a post's author line ("Mary Jones · 2 hours ago").
func nameBesideTime(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if found {
			return false
		}
		if c.Type == html.ElementNode && c.DataAtom == atom.Time && c.Parent != nil {
			found = words(textOf(c.Parent)) > words(textOf(c))
		}
		return !found
	})
	return found
}

// teaserBoxAfter reports a box of teasers after the story: see the top of
// this file. cut is what the structure pass has cut so far.
func (p *page) teaserBoxAfter(n *html.Node, st stats, cut []*html.Node) bool {
	_, items := boxItems(n, st)
	if len(items) < minTeaserItems || !builtAlike(items) {
		return false
	}
	var heads []string
	for _, it := range items {
		if !holdsElement(it, atom.Img) && !holdsElement(it, atom.Picture) || st.get(it).words > maxTeaserItemWords {
			return false
		}
		var hs []*html.Node
		walk(it, func(c *html.Node) bool {
			if isHeading(c) {
				hs = append(hs, c)
				return false
			}
			return true
		})
		if len(hs) != 1 {
			return false
		}
		heads = append(heads, fold(textOf(hs[0])))
	}
	if prev := prevElement(n); prev != nil && slices.Contains(cut, prev) {
		return true
	}
	return p.linkedElsewhere(n, heads)*2 >= len(heads)
}

// linkedElsewhere counts the texts of heads that are the text of a link
// outside n. The page's links are counted once (a page of many boxes
// would read them once a box).
func (p *page) linkedElsewhere(n *html.Node, heads []string) int {
	if p.linkTexts == nil {
		p.linkTexts = linkTextCounts(p.body)
	}
	inside := linkTextCounts(n)
	found := map[string]bool{}
	for _, h := range heads {
		if h != "" && p.linkTexts[h] > inside[h] {
			found[h] = true
		}
	}
	return len(found)
}

// minMentionWords is the number of words around a link in its paragraph
// from which the link is a mention in running text.
const minMentionWords = 8

// linkTextCounts counts the links in n by their folded text. A link in a
// sentence (a paragraph holding minMentionWords words besides it) is the
// story's mention of a name, not a teaser's link: a guide's story that
// links two of the places its last section then pictures keeps that
// section.
func linkTextCounts(n *html.Node) map[string]int {
	m := map[string]int{}
	walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode && c.DataAtom == atom.A {
			if !inSentence(c) {
				m[fold(textOf(c))]++
			}
			return false
		}
		return true
	})
	return m
}

// inSentence reports a link whose paragraph holds minMentionWords words
// or more besides its own.
func inSentence(a *html.Node) bool {
	for q := a.Parent; q != nil; q = q.Parent {
		if q.Type == html.ElementNode && q.DataAtom == atom.P {
			return words(textOf(q))-words(textOf(a)) >= minMentionWords
		}
	}
	return false
}
