package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// cutMetaAndLinkBoxes cuts byline, date and kicker boxes (by class) and
// boxes of nothing but links from the content roots. They are cut only now,
// inside the content, because listing teasers need their dates.
func (p *page) cutMetaAndLinkBoxes(roots []*html.Node) {
	for _, r := range roots {
		var cut []*html.Node
		st := p.st
		leadNote := leadingNote(r, st)
		if leadNote != nil && echoesTitle(textOf(leadNote), p.title) {
			// An italic standfirst in a box of its own speaks of what
			// the headline speaks of; a note to the reader does not.
			leadNote = nil
		}
		walk(r, func(n *html.Node) bool {
			if n.Type != html.ElementNode || n == r {
				return true
			}
			if isMetaClass(n) && words(textOf(n)) <= 30 && !timelineDate(n) {
				// A timeline's dates are its text (timeline.go).
				cut = append(cut, n)
				return false
			}
			if n == leadNote {
				cut = append(cut, n)
				return false
			}
			if linkBox(n, st) || labelledLinkBox(n, st) {
				cut = append(cut, n)
				return false
			}
			return true
		})
		for _, n := range cut {
			kind := KindMeta
			switch {
			case n == leadNote:
				kind = KindDisclaimer
			case !isMetaClass(n):
				kind = KindRelated
			}
			p.drop(n, kind)
		}
	}
}

// Bounds of a note set above the story: its words, and the story
// paragraphs that must follow it.
const (
	maxNoteWords      = 40
	minParasAfterNote = 3
)

// leadingNote returns the box that opens root when it holds one paragraph
// set wholly in italics or small print (or is such a paragraph of small
// print) and the story follows it: a note to the reader
// set apart from the story (a disclosure of affiliate links, "first
// published in"), in any language. A story's own italic lede is a
// paragraph among the others, not a box of its own.
func leadingNote(root *html.Node, st stats) *html.Node {
	var first *html.Node
	for c := root.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return nil
		}
		if c.Type == html.ElementNode && !skipSet.has(c.DataAtom) && st.get(c).words > 0 {
			first = c
			break
		}
	}
	if first == nil {
		return nil
	}
	switch first.DataAtom {
	case atom.P:
		// Small print ahead of the story is a note even without a box
		// of its own: no editor sets a lede in small type.
		if st.get(first).words > maxNoteWords || !wholly(first, atom.Small) {
			return nil
		}
	case atom.Div, atom.Aside, atom.Section:
		p := firstElement(first)
		if p == nil || p.DataAtom != atom.P || hasBlockSibling(p) || st.get(p).words != st.get(first).words || st.get(p).words > maxNoteWords {
			return nil
		}
		if !wholly(p, atom.Em, atom.I, atom.Small) {
			return nil
		}
	default:
		return nil
	}
	after := 0
	for s := first.NextSibling; s != nil && after < minParasAfterNote; s = s.NextSibling {
		if s.Type == html.ElementNode && s.DataAtom == atom.P && st.get(s).words >= 8 {
			after++
		}
	}
	if after < minParasAfterNote {
		return nil
	}
	return first
}

// wholly reports whether all of p's text sits inside one of its children
// of the given tags.
func wholly(p *html.Node, tags ...atom.Atom) bool {
	var in *html.Node
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.ElementNode && in == nil && slices.Contains(tags, c.DataAtom):
			in = c
		default:
			return false
		}
	}
	return in != nil
}

// maxLabelWords bounds the label of a box of links.
const maxLabelWords = 4

// labelledLinkBox reports a box holding a box of links and its label, and
// nothing else ("Related content" over a list of two links): when the
// links go, their label would be left as a line of its own.
func labelledLinkBox(n *html.Node, st stats) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Aside, atom.Nav:
	default:
		return false
	}
	boxes, labels := 0, 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return false
		case c.Type != html.ElementNode || skipSet.has(c.DataAtom):
		case linkBox(c, st):
			boxes++
		case !hasBlockChild(c) && st.get(c).linkChars == 0 && st.get(c).words <= maxLabelWords && !endsSentence(textOf(c)):
			labels++
		default:
			return false
		}
	}
	return boxes == 1 && labels <= 2
}

// linkBox reports a list, table or box inside the content that is nothing
// but links (related stories, a headline column of an old table layout).
func linkBox(n *html.Node, st stats) bool {
	v := st.get(n)
	if v.chars == 0 || float64(v.linkChars) < 0.8*float64(v.chars) {
		return false
	}
	switch n.DataAtom {
	case atom.Ul, atom.Ol:
		return true
	case atom.Table, atom.Tbody, atom.Div, atom.Section, atom.Td, atom.Dl:
		return v.links >= 3
	}
	return false
}

// echoesTitle reports whether text shares at least two of title's words of
// four letters or more (one, for a title with only one such word): a
// standfirst retells the headline, a disclosure or a "first published in"
// note speaks of something else. Words are compared lower-cased, in any
// script.
func echoesTitle(text, title string) bool {
	long := func(s string) map[string]bool {
		out := map[string]bool{}
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			if utf8.RuneCountInString(w) >= 4 {
				out[w] = true
			}
		}
		return out
	}
	want := long(title)
	need := min(2, len(want))
	if need == 0 {
		return false
	}
	shared := 0
	for w := range long(text) {
		if want[w] {
			shared++
		}
	}
	return shared >= need
}
