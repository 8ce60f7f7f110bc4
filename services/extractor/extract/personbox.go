package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Bounds of a person box: the elements looked at, its words, its name's
// words and the lines of its text.
const (
	maxPersonNodes     = 40
	maxPersonWords     = 70
	maxPersonNameWords = 5
	maxPersonLines     = 4
)

// personBox reports whether n is a box about one person set beside the
// story (an author box): one picture, a name on a line of its own and a
// line or two about the person that give the name again, or a picture
// whose alternative text is the name. Sites name such boxes "author-box",
// but page builders and hashed class names say nothing, and a box the
// scorer joins to the story puts the author's biography in the text. The
// name given twice is what tells the box from a story section of a
// picture, a subhead and a paragraph; a name is a few words that each
// open with a capital (in scripts that have capitals) and end no sentence.
// A box that gives the name once is reported as once when personCard
// holds for it.
func personBox(n *html.Node, st stats) (twice, once bool) {
	lines, img := personLines(n, st)
	if lines == nil {
		return false, false
	}
	name := strings.ToLower(lines[0])
	if strings.Contains(strings.ToLower(normalize(attr(img, "alt"))), name) {
		return true, false
	}
	for _, l := range lines[1:] {
		if strings.Contains(strings.ToLower(l), name) {
			return true, false
		}
	}
	return false, personCard(n, lines, st)
}

// personLines returns the lines of n's text and its one picture when n is
// shaped like a person box: a block of a few words, one picture, no list,
// form, table or quotation, two to maxPersonLines lines of which the first
// reads as a name. It returns nil lines otherwise.
func personLines(n *html.Node, st stats) ([]string, *html.Node) {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Aside, atom.Footer:
	default:
		return nil, nil
	}
	v := st.get(n)
	if v.words < 4 || v.words > maxPersonWords {
		return nil, nil
	}
	var img *html.Node
	seen, bad := 0, false
	walk(n, func(c *html.Node) bool {
		if seen++; seen > maxPersonNodes || bad {
			bad = true
			return false
		}
		switch c.DataAtom {
		case atom.Img:
			if img != nil {
				bad = true
			}
			img = c
		case atom.Figcaption, atom.Form, atom.Button, atom.Input, atom.Table, atom.Ul, atom.Ol, atom.Iframe, atom.Video, atom.Blockquote:
			bad = true
		}
		return !bad
	})
	if bad || img == nil {
		return nil, nil
	}
	var b strings.Builder
	appendLaidOut(&b, n, '\n', false)
	var lines []string
	for l := range strings.SplitSeq(b.String(), "\n") {
		if l = normalize(l); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) < 2 || len(lines) > maxPersonLines || !personName(lines[0]) {
		return nil, nil
	}
	return lines, img
}

// maxCardBioWords bounds the line or two about the person in a person
// card: a role and a station, not a paragraph.
const maxCardBioWords = 30

// personCard reports an author box that gives the name once: a picture, the
// name as the whole text of a link (to the person's page) on the box's
// first line, and a line or two without links about the person. A picture,
// a linked title and a line are also a post in a thread (an avatar, the
// poster's name, a short reply) and a teaser card, so the box must stand
// alone, with no sibling built like it among the maxRunReach elements on
// either side (posts and cards come in runs, side by side), and
// after the running text it sits beside, with next to none after it: a
// story's own section has the story going on behind it. The caller
// leaves out boxes inside or around a post the thread search found. lines
// are the box's (personLines).
func personCard(n *html.Node, lines []string, st stats) bool {
	if len(lines) > 3 {
		return false
	}
	var link *html.Node
	walk(n, func(c *html.Node) bool {
		if link == nil && c.DataAtom == atom.A && attr(c, "href") != "" && normalize(textOf(c)) == lines[0] {
			link = c
		}
		return link == nil
	})
	if link == nil {
		return false
	}
	v := st.get(n)
	if v.linkChars != st.get(link).chars || v.words-len(strings.Fields(lines[0])) > maxCardBioWords {
		return false
	}
	if nearSibling(n, func(y *html.Node) bool { return sameBuild(y, n) }) {
		return false
	}
	return trailingBox(n, st)
}

// sameBuild reports blocks built alike: one tag and class list, and the
// same tags of their child elements in the same order.
func sameBuild(a, b *html.Node) bool {
	if a.DataAtom != b.DataAtom || attr(a, "class") != attr(b, "class") {
		return false
	}
	ca, cb := firstElement(a), firstElement(b)
	for ca != nil && cb != nil {
		if ca.DataAtom != cb.DataAtom {
			return false
		}
		ca, cb = nextSiblingElement(ca), nextSiblingElement(cb)
	}
	return ca == nil && cb == nil
}

// nextSiblingElement returns the element after n among its siblings,
// whatever its tag: two boxes built alike have the same child tags.
func nextSiblingElement(n *html.Node) *html.Node {
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}

// maxTrailWords is the running text that may follow a person card: a
// contact line or an opening-hours note, not a paragraph of the story.
const maxTrailWords = 20

// maxTrailSiblings bounds the siblings trailingBox weighs at one level: a
// page of thousands of boxes side by side must not cost their square.
const maxTrailSiblings = 512

// trailingBox reports that running text comes before n and next to none
// after it: climbing from n, the first level whose siblings hold
// sentence-like text has it before n's branch, and after it at most
// maxTrailWords and a quarter of what comes before. A level of more than
// maxTrailSiblings elements is not weighed: the box is not taken for one.
func trailingBox(n *html.Node, st stats) bool {
	for a := n; a != nil && a.Parent != nil && a.Type == html.ElementNode; a = a.Parent {
		before, after, past, seen := 0, 0, false, 0
		for y := a.Parent.FirstChild; y != nil; y = y.NextSibling {
			if y.Type == html.ElementNode {
				if seen++; seen > maxTrailSiblings {
					return false
				}
			}
			switch {
			case y == a:
				past = true
			case y.Type != html.ElementNode:
			case past:
				after += st.get(y).pwords
			default:
				before += st.get(y).pwords
			}
		}
		if before == 0 {
			if after > 0 {
				return false
			}
			continue
		}
		return after <= maxTrailWords && after*4 <= before
	}
	return false
}

// personName reports whether s reads as a person's name: one to
// maxPersonNameWords words, each opening with an upper-case letter where
// its script has cases, without a digit or a sentence's end, and without
// the slash or bar of a picture's credit ("Jamal Saidi/Reuters") or a
// copyright sign.
func personName(s string) bool {
	fs := strings.Fields(s)
	if len(fs) == 0 || len(fs) > maxPersonNameWords || strings.ContainsAny(s, ".!?:;/|©") {
		return false
	}
	for _, f := range fs {
		r := []rune(f)[0]
		if unicode.IsDigit(r) || unicode.IsLower(r) {
			return false
		}
	}
	return strings.IndexFunc(s, unicode.IsDigit) < 0
}
