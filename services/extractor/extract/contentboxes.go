package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// cutMetaAndLinkBoxes cuts byline, date and kicker boxes (by class) and
// boxes of nothing but links from the content roots. They are cut only now,
// inside the content, because listing teasers need their dates.
func (p *page) cutMetaAndLinkBoxes(roots []*html.Node) {
	for _, r := range roots {
		var cut []*html.Node
		st := p.st
		walk(r, func(n *html.Node) bool {
			if n.Type != html.ElementNode || n == r {
				return true
			}
			if isMetaClass(n) && words(textOf(n)) <= 30 {
				cut = append(cut, n)
				return false
			}
			if linkBox(n, st) {
				cut = append(cut, n)
				return false
			}
			return true
		})
		for _, n := range cut {
			kind := KindMeta
			if !isMetaClass(n) {
				kind = KindRelated
			}
			p.drop(n, kind)
		}
	}
}

// linkBox reports a list, table or box inside the content that is nothing
// but links (related stories, a headline column of an old table layout).
func linkBox(n *html.Node, st stats) bool {
	v := st.get(n)
	if v.chars == 0 || float64(v.linkChars) < 0.8*float64(v.chars) {
		return false
	}
	switch n.DataAtom {
	case atom.Ul, atom.Ol:
		return true
	case atom.Table, atom.Tbody, atom.Div, atom.Section, atom.Td, atom.Dl:
		return v.links >= 3
	}
	return false
}
