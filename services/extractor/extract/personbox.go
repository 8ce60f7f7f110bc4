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
// A name given once, as a link to the person's page, is not enough: a
// held-out page lost story text to that reading, so such boxes stay
// allow-listed in the metamorphic test.
func personBox(n *html.Node, st stats) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Aside, atom.Footer:
	default:
		return false
	}
	v := st.get(n)
	if v.words < 4 || v.words > maxPersonWords {
		return false
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
		return false
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
		return false
	}
	name := strings.ToLower(lines[0])
	if strings.Contains(strings.ToLower(normalize(attr(img, "alt"))), name) {
		return true
	}
	for _, l := range lines[1:] {
		if strings.Contains(strings.ToLower(l), name) {
			return true
		}
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
