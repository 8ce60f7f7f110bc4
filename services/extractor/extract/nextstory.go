package extract

import (
	"slices"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Bounds of cutNextStories: the most stories an endless page may append
// (a listing of <article> teasers with an <h1> each holds more), and the
// title similarity at which an <h1> names the page's own story.
const (
	maxNextStories     = 3
	minOwnHeadlineLike = 0.5
)

// cutNextStories drops the stories an endlessly scrolling page appends
// after its own: on a page whose metadata declares one story, every
// <article> after the one that holds the page's first <h1> in an
// <article>, when that <h1> is like the page's title or a stock error
// notice, and that opens with an <h1> of its own naming another story
// (less like the page's title than the first, and not like it at all),
// at most maxNextStories of them, none built as a part of one run with
// the story's <article> or with another of them (partsOfOneRun).
//
// Why: the next story is a whole story, so content selection weighs it
// against the page's own. When the page's story is cut short (a paywall
// stub of one or two paragraphs) or replaced (an error notice in the
// story's slot), the next story outweighs it and becomes the page's text:
// a paywalled article with another story's words, an error page typed an
// article. The story the page is about is the first; its title says so.
func (p *page) cutNextStories() {
	hs := p.controls.h1s
	if len(hs) < 2 || p.title == "" || !p.meta.isArticle() {
		return
	}
	ref := newTitleWords(p.title)
	var first *html.Node
	own, status := 0.0, false
	var next []*html.Node
	for _, h := range hs {
		a := enclosingArticle(h)
		if a == nil {
			continue
		}
		sim := ref.similarity(textOf(h))
		if first == nil {
			// The first <article>'s <h1> must name the page's story,
			// or say that the story is gone (an error notice in its
			// slot): a story told in several <article>s under headings
			// of their own is the page's, however its headings read.
			if sim < minOwnHeadlineLike && !stockStatus(textOf(h)) {
				return
			}
			first, own = a, sim
			status = stockStatus(textOf(h))
			continue
		}
		if a == first || isAncestor(a, first) || isAncestor(first, a) || a.Parent == nil {
			continue
		}
		if partsOfOneRun(first, a) {
			// Chapters, live-blog entries, a Q&A's answers: the
			// <article>s of one story stand side by side, alike; an
			// appended story comes in a wrapper of its own.
			return
		}
		if sim >= minOwnHeadlineLike || sim > own {
			// An <h1> like the title names the page's story, wherever
			// it sits: nothing is cut.
			return
		}
		if !status && !p.appendedStory(first, a) {
			// The story's next chapter in a wrapper of its own
			// (nextchapter.go).
			return
		}
		if len(next) == 0 || next[len(next)-1] != a {
			if slices.ContainsFunc(next, func(b *html.Node) bool { return partsOfOneRun(b, a) }) {
				// A run of <article>s alike after the story's (a
				// live blog's feed of entries under the lead): parts
				// of one story, as above.
				return
			}
			next = append(next, a)
		}
		if len(next) > maxNextStories {
			return
		}
	}
	if len(next) == 0 {
		return
	}
	for _, a := range next {
		p.drop(a, KindRelated)
	}
	// The rules after this one read the page's <h1>s in the tree.
	p.controls.h1s = slices.DeleteFunc(hs, func(h *html.Node) bool {
		return slices.ContainsFunc(next, func(a *html.Node) bool { return isAncestor(a, h) })
	})
}

// enclosingArticle returns the nearest <article> above n, or nil.
func enclosingArticle(n *html.Node) *html.Node {
	for q := n.Parent; q != nil; q = q.Parent {
		if q.Type == html.ElementNode && q.DataAtom == atom.Article {
			return q
		}
	}
	return nil
}

// partsOfOneRun reports whether the <article>s first and a stand side by
// side as parts of one run: siblings, or each in a wrapper of the same
// tag and class under one box ("chapter", "chapter"). A story told in
// <article>s (a long-read's chapters, a live blog's entries, a Q&A's
// answers, each under an <h1> of its own, as HTML5 allows) is built so;
// the story an endless page appends comes in a box that is not the
// page's story's ("infinite-scroll", "next").
func partsOfOneRun(first, a *html.Node) bool {
	if first.Parent == a.Parent {
		return true
	}
	for wf := first; wf.Parent != nil; wf = wf.Parent {
		if !isAncestor(wf.Parent, a) {
			continue
		}
		wa := a
		for wa.Parent != wf.Parent {
			wa = wa.Parent
		}
		return wf.DataAtom == wa.DataAtom && wf.Data == wa.Data && attr(wf, "class") == attr(wa, "class")
	}
	return false
}
