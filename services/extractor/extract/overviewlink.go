package extract

import (
	"strings"
	"unicode"

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
	if a == nil || !p.pageAbove(attr(a, "href")) || namesDocument(last.text, attr(a, "href")) || afterStory(ps, n-1) == n {
		return ps
	}
	p.count(KindNavigation, 1)
	return ps[:n-1]
}

// docFormats are file formats a link's words may name ("Download the data
// (PDF)", "Bericht als PDF"): a way back to a list names none.
var docFormats = map[string]bool{"pdf": true, "csv": true, "xls": true, "xlsx": true, "doc": true, "docx": true, "odt": true, "ods": true, "ppt": true, "pptx": true, "zip": true, "epub": true}

// namesDocument reports whether a short linked line to a page above this one
// names a document rather than the list the page sits in: its words name a
// file format, or are a label and its value ("Source: Annual report",
// "Quelle: Landesamt"), or the link's last path segment is an entry's slug
// of three words or more (/reports/climate-outlook-2026/ above
// /reports/climate-outlook-2026/summary/: the full report), where a list's
// path is one word or two (/bekanntmachungen/, /local-news/) or a date.
func namesDocument(text, href string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if docFormats[w] {
			return true
		}
	}
	if i := strings.Index(text, ": "); i > 0 && strings.TrimSpace(text[i+1:]) != "" {
		return true
	}
	path := strings.TrimSuffix(strings.SplitN(strings.SplitN(strings.TrimSpace(href), "?", 2)[0], "#", 2)[0], "/")
	seg := path[strings.LastIndex(path, "/")+1:]
	parts := 0
	for _, f := range strings.FieldsFunc(seg, func(r rune) bool { return r == '-' || r == '_' }) {
		if strings.IndexFunc(f, unicode.IsLetter) >= 0 {
			parts++
		}
	}
	return parts >= 3
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
