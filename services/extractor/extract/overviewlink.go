package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

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
	a := lineLink(last, p.st)
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

// lineLink returns the link that is the whole of a short last line: the
// one link of a block as short as the line (reading it is cheap), or the
// link that ends a block of bare text split by <br><br> (read from the
// block's end, never the whole block), or nil.
func lineLink(pa para, st stats) *html.Node {
	if v := st.get(pa.src); v.words <= maxOverviewLinkWords {
		if v.links != 1 {
			return nil
		}
		return firstLink(pa.src)
	}
	if !pa.lastOfSrc {
		return nil
	}
	for c := pa.src.LastChild; c != nil; c = c.PrevSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "", c.Type == html.ElementNode && c.DataAtom == atom.Br:
			continue
		case c.Type == html.ElementNode && c.DataAtom == atom.A && strings.TrimSpace(textOf(c)) == strings.TrimSpace(pa.text):
			return c
		}
		return nil
	}
	return nil
}
