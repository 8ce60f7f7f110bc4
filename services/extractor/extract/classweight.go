package extract

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var (
	positiveHints = []string{"article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story", "detail", "prose", "markdown"}
	negativeHints = []string{"comment", "poll", "vote", "survey", "login", "signin", "com-", "contact", "foot", "footer", "footnote", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "share", "social", "nav", "menu", "teaser", "card", "thumb", "caption", "hidden", "banner", "header", "breadcrumb", "popular", "trending", "recommend"}
	strongBodyRe  = regexp.MustCompile(`(^|[\s_-])(article[-_]?body|articlebody|story[-_]?body|post[-_]?body|entry[-_]?content|post[-_]?content|article[-_]?content|article[-_]?text|story[-_]?text|body[-_]?text|main[-_]?text|news[-_]?text|text[-_]?content|content[-_]?body|detail[-_]?content|article__body|article__text|story-content|articletext|storytext|bodytext)($|[\s_-])`)
)

// classWeight follows readability: class and id names hint at content or
// chrome. weights caches the weight of each class or id string: pages
// repeat the same long class lists on many wrappers.
func classWeight(n *html.Node, weights map[string]float64) float64 {
	return classWeightWith(n, weights, false)
}

// classWeightWith is classWeight that, with noWidget, takes "widget" for
// no hint: page builders name every block so.
func classWeightWith(n *html.Node, weights map[string]float64, noWidget bool) float64 {
	w := 0.0
	for _, s := range [2]string{attr(n, "class"), attr(n, "id")} {
		if s == "" {
			continue
		}
		v, ok := weights[s]
		if !ok {
			l := strings.ToLower(s)
			if noWidget {
				l = strings.ReplaceAll(l, "widget", "")
			}
			v = nameWeight(l)
			weights[s] = v
		}
		w += v
	}
	if strings.EqualFold(attr(n, "itemprop"), "articleBody") {
		w += 60
	}
	return w
}

// nameWeight is the weight of one lower-cased class or id string.
func nameWeight(s string) float64 {
	w := 0.0
	if containsAny(s, negativeHints) {
		w -= 25
	}
	if containsAny(s, positiveHints) {
		w += 25
	}
	// Every strong name holds "body", "content" or "text": most class
	// names never reach the regexp.
	if (strings.Contains(s, "body") || strings.Contains(s, "content") || strings.Contains(s, "text")) && strongBodyRe.MatchString(s) {
		w += 40
	}
	return w
}

func tagWeight(n *html.Node) float64 {
	switch n.DataAtom {
	case atom.Div, atom.Article, atom.Section, atom.Main:
		return 5
	case atom.Pre, atom.Td, atom.Blockquote:
		return 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		return -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		return -5
	}
	return 0
}
