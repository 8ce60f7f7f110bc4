package extract

// dropTrailingHeadings removes the short headings that end ps, and those
// that quote the page's headline (titledheading.go): they lead into
// nothing (their section was cut).
func (p *page) dropTrailingHeadings(ps []para) []para {
	for len(ps) > 0 && ps[len(ps)-1].heading && (words(ps[len(ps)-1].text) <= 12 || headingAboutPage(ps[len(ps)-1].text, p.title)) {
		ps = ps[:len(ps)-1]
		p.count(KindHeading, 1)
	}
	return ps
}
