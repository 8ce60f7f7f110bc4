package extract

import (
	"net/url"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// applySiteRules runs the per-site selectors for the page's host and returns
// the forced content roots, if any.
func (p *page) applySiteRules(canonical string) []*html.Node {
	if len(p.e.sites) == 0 {
		return nil
	}
	hosts := []string{}
	for _, s := range []string{p.in.URL, canonical} {
		if u, err := url.Parse(s); err == nil && u.Hostname() != "" {
			hosts = append(hosts, strings.ToLower(u.Hostname()))
		}
	}
	var forced []*html.Node
	doc := goquery.NewDocumentFromNode(p.body)
	for _, r := range p.e.sites {
		match := false
		for _, h := range hosts {
			if h == r.host || strings.HasSuffix(h, "."+r.host) {
				match = true
			}
		}
		if !match {
			continue
		}
		for _, n := range doc.FindMatcher(r.selector).Nodes {
			if r.kind == siteContent {
				forced = append(forced, n)
				continue
			}
			if n.Parent != nil {
				p.drop(n, r.kind)
			}
		}
	}
	return forced
}
