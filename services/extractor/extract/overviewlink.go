package extract

import "strings"

// maxOverviewLinkWords bounds the link line that ends a page under a
// section ("Zurück zur Übersicht", "Retour à la liste", "All notices").
const maxOverviewLinkWords = 5

// dropOverviewLink removes a last line that is one short link, no sentence,
// to a page above this one on the same site (the section or list the page
// sits in: /rathaus/bekanntmachungen/ from
// /rathaus/bekanntmachungen/strassensperrung/), after some story: a way
// back to the list, which CMSs of towns, clubs and firms put under every
// entry, in any language. A link to the site's front page is left alone
// (a firm's release may end on its own address), as is a link elsewhere
// (a source, a programme to download).
func (p *page) dropOverviewLink(ps []para) []para {
	n := len(ps)
	if n < 2 || p.base == nil {
		return ps
	}
	last := ps[n-1]
	if last.heading || !last.linked || last.src == nil || words(last.text) > maxOverviewLinkWords || endsSentence(last.text) {
		return ps
	}
	// The line's block is as short as the line, so reading it is cheap
	// (a block of bare text holds many lines and is never read here).
	if st := p.st.get(last.src); st.words > maxOverviewLinkWords || st.links != 1 {
		return ps
	}
	a := firstLink(last.src)
	if a == nil || !p.pageAbove(attr(a, "href")) || afterStory(ps, n-1) == n {
		return ps
	}
	p.count(KindNavigation, 1)
	return ps[:n-1]
}

// pageAbove reports whether href leads, on the page's own host, to a path
// that holds the page's path below it, the site's root excepted.
func (p *page) pageAbove(href string) bool {
	u, err := p.base.Parse(strings.TrimSpace(href))
	if err != nil || !strings.EqualFold(u.Hostname(), p.base.Hostname()) {
		return false
	}
	up := strings.TrimSuffix(u.Path, "/")
	here := strings.TrimSuffix(p.base.Path, "/")
	return up != "" && len(here) > len(up) && strings.HasPrefix(here, up+"/")
}
