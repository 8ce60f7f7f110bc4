package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxNoteCallRunes bounds the text of a note call: "1", "[12]", "[a]".
const maxNoteCallRunes = 5

// A note call (a superscript "1" or "[1]" that jumps to a footnote or a
// reference further down the page) is a control, not a word of the
// sentence it follows: left in, it joins the sentence's last word
// ("rarement.1") and breaks its text. The note's own text stays where
// the story keeps it.

// cutNoteCalls drops, inside the roots, every <sup> whose only content is
// a link to a place on the same page and whose text is a short number or
// letter, bracketed or not.
func (p *page) cutNoteCalls(roots []*html.Node) {
	p.cutWhere(roots, KindNavigation, func(n *html.Node) bool {
		return n.DataAtom == atom.Sup && noteCall(n)
	})
}

// noteCall reports a <sup> that holds one in-page link and nothing else
// but brackets around it, the link's text a mark of a few digits or one
// letter.
func noteCall(sup *html.Node) bool {
	links := headingLinks(sup)
	if len(links) != 1 || !strings.HasPrefix(strings.TrimSpace(attr(links[0], "href")), "#") {
		return false
	}
	t := strings.TrimSpace(textOf(sup))
	if t != strings.TrimSpace(textOf(links[0])) && strings.Trim(t, "[]() ") != strings.Trim(textOf(links[0]), "[]() ") {
		return false
	}
	mark := strings.Trim(t, "[]() ")
	if mark == "" || len([]rune(t)) > maxNoteCallRunes {
		return false
	}
	rs := []rune(mark)
	if len(rs) == 1 && unicode.IsLetter(rs[0]) {
		return true
	}
	return strings.IndexFunc(mark, func(r rune) bool { return !unicode.IsDigit(r) }) < 0
}
