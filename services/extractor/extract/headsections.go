package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A page built of sections (an about or company page: a hero with the
// headline and a line of text, then "Our history", "What we stand for"…)
// has its story found by score: the best section wins and its siblings
// join it by theirs (joinsTop) or by their shape. When the head section's
// own text box holds more (a list or a second paragraph set into the
// hero), it wins on its own and nothing it is set beside scores near it,
// so the story stops at the hero. The sections after the head that are
// built like it (the same tag, the same wrappers inside), each under a
// heading of its own that is no link, continue the story however much
// text the head holds. The run stops at the first section that is not
// story: one with a control (a newsletter or contact form, a call to
// action's button), one of links (a related list, teasers led by linked
// headlines), one that gives a way to reach someone, or one without
// running text or story content of another shape.

// joinHeadSections appends to out the run of sections right after the
// head section that holds it (headSection), or returns out.
func joinHeadSections(out []*html.Node, st stats) []*html.Node {
	a := headSection(out, st)
	if a == nil {
		return out
	}
	first := nextElement(a)
	if first == nil || !sameShell(a, first) || !sectionContinues(first, true, st) {
		return out
	}
	// The sections after the first go with it as they would with a
	// winner (frameRun): one family of elements, a box of figures too;
	// a topic box over a row of links ends the run either way.
	frames := frameRun(first, st)
	joins := func(s *html.Node) bool {
		return s != nil && (frames[s] && !linkRow(s, st) || sameShell(a, s) && sectionContinues(s, false, st))
	}
	// A section about the site that closes the run ends it
	// (aboutsite.go); one the run goes on after (an about page's "About
	// ACME" among "Our history" and "Our team") is the page's own.
	var site siteNames
	closingSite := func(s *html.Node) bool {
		return site.section(s) && !joins(nextElement(s))
	}
	if closingSite(first) {
		return out
	}
	out = append(out, first)
	for s := nextElement(first); joins(s) && !closingSite(s); s = nextElement(s) {
		out = append(out, s)
	}
	return out
}

// headSection returns the highest box, at most maxLedeClimb levels above
// the blocks of out, that holds no running text but theirs and holds the
// page's <h1>: the section the story's head is set in. It returns nil when
// there is none.
func headSection(out []*html.Node, st stats) *html.Node {
	if len(out) == 0 {
		return nil
	}
	box, words := out[0], 0
	for _, n := range out {
		box = commonAncestor(box, n)
		words += st.get(n).pwords
	}
	if box == nil || words == 0 || st.get(box).pwords != words {
		return nil
	}
	for range maxLedeClimb {
		p := box.Parent
		if p == nil || p.Type != html.ElementNode || p.DataAtom == atom.Body || p.DataAtom == atom.Html || st.get(p).pwords != words {
			break
		}
		box = p
	}
	if findH1Within(box, maxDeepHeader) == nil {
		return nil
	}
	return box
}

// sameShell reports sections built alike: the same tag, and the same
// wrappers of one element each inside (tag and class names), the
// section's own class names aside (a modifier names each one's kind:
// "hero", "block--text").
func sameShell(a, b *html.Node) bool {
	if a.DataAtom != b.DataAtom {
		return false
	}
	for range maxLedeClimb {
		ca, cb := onlyElementChild(a), onlyElementChild(b)
		if ca == nil || cb == nil {
			return ca == nil && cb == nil
		}
		if ca.DataAtom != cb.DataAtom || attr(ca, "class") != attr(cb, "class") {
			return false
		}
		a, b = ca, cb
	}
	return true
}

// sectionContinues reports whether section s continues the story after its
// head section (see the top of this file); the first of the run must hold
// running text of its own, a later one may be story content of another
// shape (a list of facts, a data table, a closing box).
func sectionContinues(s *html.Node, first bool, st stats) bool {
	u := unwrapped(s)
	h := firstElement(u)
	if h == nil || !isHeading(h) || h.DataAtom == atom.H1 || st.get(h).words == 0 || holdsLink(h) {
		return false
	}
	if holdsControl(s) || sectionLinkDensity(s, st) >= 0.3 || teaserSection(s, st) || reachLines(u) || linkRow(u, st) {
		return false
	}
	if st.get(s).pwords >= minSectionWords || !first && st.get(s).pwords >= minRunSectionWords {
		return true
	}
	return !first && (storyAfter(s, st) || storyAfter(u, st))
}

// reachLines reports a block of n that is a way to reach someone
// (contactLine): an address box is no part of the story.
func reachLines(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if found || c.Type != html.ElementNode {
			return false
		}
		if c.DataAtom == atom.P || c.DataAtom == atom.Li || c.DataAtom == atom.Address || c.DataAtom == atom.Div && !hasBlockChild(c) {
			found = c.DataAtom == atom.Address || contactLine(textOf(c))
			return false
		}
		return true
	})
	return found
}

// linkRow reports a line of n made of two links or more and nothing else
// but separators ("All stories · Follow"): a topic or "more from" box
// built like the story's sections points to other pages, where a section
// of the story ends with one link to read on at most.
func linkRow(n *html.Node, st stats) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if found || c.Type != html.ElementNode {
			return false
		}
		if c.DataAtom == atom.P || c.DataAtom == atom.Div && !hasBlockChild(c) {
			v := st.get(c)
			found = v.links >= 2 && v.chars > 0 && float64(v.linkChars) >= minLinkRowShare*float64(v.chars)
			return false
		}
		return true
	})
	return found
}

// minLinkRowShare is the share of a link row's characters its links hold
// (the separators between them make the rest).
const minLinkRowShare = 0.85

// storyAfter reports story content of another shape, as the story's next
// block is taken (bestContentWith): a data table, a box of facts, a
// closing box or a shape of its own (shapeAfter).
func storyAfter(n *html.Node, st stats) bool {
	return dataTable(n, st) || factBox(n, st) || closingBox(n, st) || shapeAfter(n, st)
}
