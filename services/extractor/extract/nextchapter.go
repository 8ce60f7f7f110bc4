package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A story told in <article>s whose chapters sit in another wrapper than
// its first (the lead in an <article> of its own, the chapters after it in
// a box of theirs, each under an <h1>) is no story an endless page
// appends: partsOfOneRun asks for one wrapper's kind, and the chapters
// were cut as next stories, at most three of them (data loss). What
// says that an appended <article> is another story is what the page shows
// of it besides its text, and why the cut is needed at all:
//   - a line of the wrapper's own between the two <article>s ("Next
//     story", "Article suivant"): the template says what follows;
//   - a <time> of its own in the appended <article>: another story's date
//     line;
//   - the page's own story cut short or gone: an offer's prices in its
//     <article> (a stub, which the next story outweighs) or a stock
//     status notice under its <h1> (checked by the caller).
// An appended <article> with none of these is the story's own next part,
// and nothing is cut.

// appendedStory reports whether the <article> a after the page's story's
// <article> first shows a sign of another story (see above).
func (p *page) appendedStory(first, a *html.Node) bool {
	if holdsElement(a, atom.Time) || wrapperLine(first, a) {
		return true
	}
	for _, t := range p.scan.prices {
		if isAncestor(first, t) {
			return true
		}
	}
	return false
}

// wrapperLine reports text before a inside a's own wrappers (below the
// child of the box that holds both first and a), outside a: a label the
// template sets over what it appends. A label that numbers a part
// ("Kapitel 2", "Chapter II", "Teil 3") is the story's own chapter's
// (partLabel), and was cut with its chapter as a next story.
func wrapperLine(first, a *html.Node) bool {
	k := lowestCommon(first, a)
	if k == nil {
		return false
	}
	for w := a; w != nil && w.Parent != nil && w.Parent != k; w = w.Parent {
		for s := w.PrevSibling; s != nil; s = s.PrevSibling {
			var t string
			switch {
			case s.Type == html.TextNode:
				t = strings.TrimSpace(s.Data)
			case s.Type == html.ElementNode && !skipSet.has(s.DataAtom):
				t = textOf(s)
			}
			if t != "" && !partLabel(t) {
				return true
			}
		}
	}
	return false
}

// partLabel reports a label of two words, a word and a number in digits
// or Roman numerals ("Kapitel 2", "Parte II", "Chapter 2"): a chapter's
// or part's label. A next story's label numbers nothing ("Next story",
// "Nächster Artikel"), and a reading time puts its number first or a
// unit after it ("5 Min. Lesezeit", "Lesezeit 5 Min.").
func partLabel(t string) bool {
	f := strings.Fields(strings.Trim(t, " :.-–—"))
	if len(f) != 2 || strings.IndexFunc(f[0], func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return false
	}
	n := f[1]
	return strings.Trim(n, "0123456789") == "" || strings.Trim(n, "IVX") == "" && len(n) <= 4
}
