package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Story content comes in shapes that the scoring of paragraphs does not
// see: a list of key points, numbered steps, a data table, a quote, a
// definition list, a paragraph with a link or two in its sentences
// (storyShape). Such a block joins the story where it sits among the
// story's own blocks: between the headline and the body, where a
// standfirst joins (isLede; opensStory, with a subheading over either),
// between two blocks of the story (joinHeadings) and right after its last
// block (bestContentWith); and so does a box there that holds the
// standfirst with such content (introBox). What else sits in those places (kickers,
// bylines, date lines, share rows, breadcrumbs, tables of contents, tag
// rows, related links) is short lines or links, and none of these shapes
// takes it. Whatever the language: the test is structure, sentence ends
// and link density.

// Bounds of a story block in another shape.
const (
	// maxLeadLinkDensity is the most link text a list, definition
	// list, table or quote may hold: sentences with a link in them, not
	// a link list. A paragraph has a bound of its own
	// (maxLinkedLeadDensity).
	maxLeadLinkDensity = 0.25
	// minLeadItemWords is the least words of each item of a list or
	// definition list: key points are sentences, a menu's items
	// are a word or two.
	minLeadItemWords = 4
	// minLeadQuoteWords is the least words of a quote.
	minLeadQuoteWords = 8
	// maxLeadHeadingWords is the most words of a subheading over a
	// standfirst.
	maxLeadHeadingWords = 15
	// A paragraph with links in its sentences holds at least
	// minLinkedLeadWords words and at most maxLinkedLeadDensity link text:
	// a byline or a credit line with links is a line, not sentences.
	minLinkedLeadWords   = 15
	maxLinkedLeadDensity = 0.4
)

// opensStory reports whether s, a block between the page's <h1> and the
// story's body, belongs to the story: a standfirst (isLede) or story
// content of another shape (storyShape), or a subheading right before one
// of them.
func opensStory(s *html.Node, st stats) bool {
	if isLede(s, st) || storyShape(s, st) || introBox(s, st) {
		return true
	}
	switch s.DataAtom {
	case atom.H2, atom.H3, atom.H4:
	default:
		return false
	}
	v := st.get(s)
	if v.words == 0 || v.words > maxLeadHeadingWords || v.linkChars > 0 || isMetaClass(s) {
		return false
	}
	next := nextElement(s)
	return next != nil && (isLede(next, st) || storyShape(next, st))
}

// introBox reports a <div> or <section> between the headline and the body
// that holds two or more blocks, no loose text, and whose every block
// opens the story (opensStory): a standfirst set in one box with key
// points, a quote or a second paragraph.
func introBox(s *html.Node, st stats) bool {
	if s.DataAtom != atom.Div && s.DataAtom != atom.Section || isMetaClass(s) {
		return false
	}
	k := 0
	for c := s.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return false
		case c.Type != html.ElementNode || skipSet.has(c.DataAtom):
		case !opensStory(c, st):
			return false
		default:
			k++
		}
	}
	return k >= 2
}

// storyShape reports story content in a shape a paragraph is not: a
// list or definition list whose every item is a sentence and not every
// item links (sentenceItems), a data table, a quote, or a paragraph of
// sentences with a few links.
func storyShape(s *html.Node, st stats) bool {
	if isMetaClass(s) || st.get(s).words == 0 {
		return false
	}
	if s.DataAtom == atom.P {
		v := st.get(s)
		return v.linkChars > 0 && v.words >= minLinkedLeadWords &&
			st.linkDensity(s) <= maxLinkedLeadDensity && endsSentence(textOf(s))
	}
	if st.linkDensity(s) > maxLeadLinkDensity {
		return false
	}
	switch s.DataAtom {
	case atom.Ul, atom.Ol:
		return sentenceItems(s, st, atom.Li)
	case atom.Dl:
		return sentenceItems(s, st, atom.Dd)
	case atom.Table:
		return dataTable(s, st)
	case atom.Blockquote:
		return st.get(s).words >= minLeadQuoteWords
	}
	return false
}

// sentenceItems reports whether n has two or more children of tag item,
// each a sentence of minLeadItemWords words or more, and not every one of
// them holds a link: a list whose every item links is a list of links to
// other pages (other stories' headlines, each with its teaser sentence),
// however little of its text the links hold, where key points link
// seldom if ever. A definition list's term counts with its definition:
// other stories set as terms that link over teasers that do not are a
// list of links too.
func sentenceItems(n *html.Node, st stats, item atom.Atom) bool {
	k, linked := 0, 0
	termLinks := false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.Dt {
			termLinks = termLinks || st.get(c).links > 0
		}
		if c.DataAtom != item {
			continue
		}
		v := st.get(c)
		if v.words < minLeadItemWords || !endsSentence(textOf(c)) {
			return false
		}
		k++
		if v.links > 0 || termLinks {
			linked++
		}
		termLinks = false
	}
	return k >= 2 && linked < k
}

// shapeBefore adds to out the block right before its first block under
// parent when that block is story content of another shape (storyShape):
// key points or a quote that open the story's body after a header set
// elsewhere on the page.
func shapeBefore(out []*html.Node, parent *html.Node, st stats) []*html.Node {
	if len(out) == 0 || out[0].Parent != parent {
		return out
	}
	p := prevElement(out[0])
	if p == nil || !wrapsStoryShape(p, st) {
		return out
	}
	return append([]*html.Node{p}, out...)
}

// factBoxNote reports a part of a box of facts besides its list that is
// facts too: a sentence (a note under the list, with or without a link or
// two in it), a data table or a definition list of sentences.
func factBoxNote(c *html.Node, st stats) bool {
	switch c.DataAtom {
	case atom.P:
		return st.get(c).linkChars == 0 && endsSentence(textOf(c)) || storyShape(c, st)
	case atom.Table:
		return dataTable(c, st)
	case atom.Dl:
		return sentenceItems(c, st, atom.Dd)
	}
	return false
}

// wrapsStoryShape reports whether n is, or wraps through up to
// maxLedeClimb wrappers of one element each, story content of another
// shape (storyShape). Unlike unwrapped, it stops at the shape, so that a
// table is not taken for its one <tbody>.
func wrapsStoryShape(n *html.Node, st stats) bool {
	return wrappedShape(n, st) != nil
}

// wrappedShape returns the story content of another shape that n is or
// wraps (wrapsStoryShape), or nil.
func wrappedShape(n *html.Node, st stats) *html.Node {
	for range maxLedeClimb + 1 {
		if storyShape(n, st) {
			return n
		}
		if n = onlyElementChild(n); n == nil {
			return nil
		}
	}
	return nil
}

// shapeAfter reports story content of another shape right after the
// story's last block (wrapsStoryShape), but a paragraph with links only
// where the story's own paragraphs stand, beside its blocks: one linked
// paragraph in a box of its own after the story is a box the site set
// apart (a comments intro, a newsletter or an author's blurb).
func shapeAfter(n *html.Node, st stats) bool {
	s := wrappedShape(n, st)
	return s != nil && (s == n || s.DataAtom != atom.P)
}

// onlyTextBlock reports whether n is the one block of its parent that
// holds running text: its other siblings are chrome without sentences (a
// row of share buttons after a builder's last text widget), so that the
// story's text does not change with them.
func onlyTextBlock(n *html.Node, st stats) bool {
	if st.get(n).pwords == 0 {
		return false
	}
	for s := n.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s == n {
			continue
		}
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
			return false
		}
		if s.Type == html.ElementNode && st.get(s).pwords > 0 {
			return false
		}
	}
	return true
}

// linkedSentenceChars is the link text of n's child paragraphs that are
// sentences with a few links (storyShape): a box of facts may hold them,
// where the links of a related list or a tag row make it no box of facts.
func linkedSentenceChars(n *html.Node, st stats) int {
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.P && storyShape(c, st) {
			k += st.get(c).linkChars
		}
	}
	return k
}

// teaserSection reports whether every paragraph of running text in s (a
// <p>, <li> or <dd> with a run of six words or more), two or more of
// them, holds a link: a section of other stories' teasers, each led by
// its headline's link, which a climb past a column of links
// (onlyTextBlock) finds built like the story's own. The story's
// paragraphs link seldom if ever, as its key points do (sentenceItems).
func teaserSection(s *html.Node, st stats) bool {
	k, linked := 0, 0
	walk(s, func(c *html.Node) bool {
		if c.Type != html.ElementNode {
			return false
		}
		if c.DataAtom != atom.P && c.DataAtom != atom.Li && c.DataAtom != atom.Dd {
			return true
		}
		if v := st.get(c); v.pwords > 0 {
			k++
			if v.links > 0 {
				linked++
			}
		}
		return false
	})
	return k >= 2 && linked == k
}
