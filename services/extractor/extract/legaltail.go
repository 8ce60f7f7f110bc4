package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A brief's page whose only other running text is a legal notice (an
// imprint, a disclaimer, terms) after the brief's container: the scorer
// reads both as sentence-shaped text and kept the notice after the brief.
// The markup and the text tell them apart when all of these hold:
//   - the story's part shares a container with the page's <h1>, and the
//     notice lies in one block B outside it, after it, and outside any
//     <article> (a story's own later block, a body after its head block,
//     shares the story's <article>);
//   - B is not built like the story's box (one tag and class): a story
//     split in two by an ad or a link comes in two such boxes;
//   - the story's part is two or more sentence paragraphs, no heading or
//     link line among them (a brief, not a head block of headline,
//     subtitle and lede);
//   - B sits in a <footer> or a role=contentinfo box, or nothing with
//     text but links follows B on the page (a notice ends the page);
//   - B holds no heading and no link line, and is no shorter than 30
//     words, while the story's part is a brief (at most 150 words);
//   - B shares at most one long word with the title and the story's part:
//     a story's own later block talks about what its title names, a
//     site's notice about the site.
// A long story with a short legal line at its end is read as before (the
// line sits in the story's container).

const (
	noticeMinWords    = 30
	noticeBriefWords  = 150
	noticeMaxOverlap  = 1
	noticeLongWordLen = 6
)

// trailingNotice returns where a trailing legal notice after a brief
// starts, or len(ps).
func trailingNotice(ps []para) int {
	if len(ps) < 2 {
		return len(ps)
	}
	// The boundary whose common ancestor is highest splits the story's
	// part from the block after it.
	s, best := -1, 1<<30
	for i := 1; i < len(ps); i++ {
		if d := noticeDepth(commonAncestor(ps[i-1].src, ps[i].src)); d < best {
			s, best = i, d
		}
	}
	lca := commonAncestor(ps[s-1].src, ps[s].src)
	if lca == nil {
		return len(ps)
	}
	b := childHolding(lca, ps[s].src)
	if b == nil || b == ps[s].src || lca.DataAtom == atom.Article || insideAny(lca, atom.Article) {
		return len(ps)
	}
	// A story split in two by an ad or a link comes in two boxes of one
	// tag and class.
	if a := childHolding(lca, ps[s-1].src); a == nil || a.DataAtom == b.DataAtom && attr(a, "class") == attr(b, "class") {
		return len(ps)
	}
	story, notice := 0, 0
	for _, pa := range ps[:s] {
		if contains(b, pa.src) || pa.heading || pa.linked || !endsSentence(pa.text) {
			return len(ps)
		}
		story += words(pa.text)
	}
	if s < 2 {
		return len(ps)
	}
	for _, pa := range ps[s:] {
		if !contains(b, pa.src) || pa.heading || pa.linked || pa.halfLinked {
			return len(ps)
		}
		notice += words(pa.text)
	}
	if story > noticeBriefWords || notice < noticeMinWords {
		return len(ps)
	}
	h1 := firstAtom(docRoot(b), atom.H1)
	if h1 == nil || h1.Parent == nil || contains(b, h1) || !contains(h1.Parent, ps[s-1].src) {
		return len(ps)
	}
	if !insideAny(ps[s].src, atom.Footer) && !insideContentInfo(ps[s].src) && !endsPageText(b) {
		return len(ps)
	}
	own := longWords(textOf(h1))
	for _, pa := range ps[:s] {
		for w := range longWords(pa.text) {
			own[w] = true
		}
	}
	shared := map[string]bool{}
	for _, pa := range ps[s:] {
		for w := range longWords(pa.text) {
			if own[w] {
				shared[w] = true
			}
		}
	}
	if len(shared) > noticeMaxOverlap {
		return len(ps)
	}
	return s
}

func noticeDepth(n *html.Node) int {
	d := 0
	for ; n != nil; n = n.Parent {
		d++
	}
	return d
}

func docRoot(n *html.Node) *html.Node {
	for n.Parent != nil {
		n = n.Parent
	}
	return n
}

// childToward returns the child of a that holds n.
func childHolding(a, n *html.Node) *html.Node {
	for x := n; x != nil; x = x.Parent {
		if x.Parent == a {
			return x
		}
	}
	return nil
}

func firstAtom(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := firstAtom(c, a); f != nil {
			return f
		}
	}
	return nil
}

func insideContentInfo(n *html.Node) bool {
	for x := n; x != nil; x = x.Parent {
		if x.Type == html.ElementNode && strings.EqualFold(attr(x, "role"), "contentinfo") {
			return true
		}
	}
	return false
}

// endsPageText reports that nothing with text follows b on the page but
// links (a row of the site's links ends many pages).
func endsPageText(b *html.Node) bool {
	for x := b; x != nil; x = x.Parent {
		for s := x.NextSibling; s != nil; s = s.NextSibling {
			if s.Type == html.ElementNode && (s.DataAtom == atom.Script || s.DataAtom == atom.Style || s.DataAtom == atom.Template) {
				continue
			}
			if strings.TrimSpace(textOf(s)) != "" && !onlyLinks(s) {
				return false
			}
		}
	}
	return true
}

// longWords returns the lower-cased words of s of at least
// noticeLongWordLen letters.
func longWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len([]rune(f)) >= noticeLongWordLen {
			out[f] = true
		}
	}
	return out
}

// onlyLinks reports a subtree whose letters are all inside links.
func onlyLinks(n *html.Node) bool {
	if n.Type == html.ElementNode && n.DataAtom == atom.A {
		return true
	}
	if n.Type == html.TextNode {
		return strings.IndexFunc(n.Data, unicode.IsLetter) < 0
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if !onlyLinks(c) {
			return false
		}
	}
	return true
}
