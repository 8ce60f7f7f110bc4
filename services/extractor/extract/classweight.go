package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var (
	positiveHints = []string{"article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story", "detail", "prose", "markdown"}
	negativeHints = []string{"comment", "poll", "vote", "survey", "login", "signin", "com-", "contact", "foot", "footer", "footnote", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "share", "social", "nav", "menu", "teaser", "card", "thumb", "caption", "hidden", "banner", "header", "breadcrumb", "popular", "trending", "recommend"}
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
	// names never reach the matcher.
	if (strings.Contains(s, "body") || strings.Contains(s, "content") || strings.Contains(s, "text")) && strongBodyName(s) {
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

// strongBodyNames are the class and id parts that name a story's body
// outright ("article-body", "storytext"), each of the forms a "[-_]?"
// of strongBodyForms allows spelt out.
var strongBodyNames = expandSeparators(strongBodyForms)

// strongBodyForms are the strong names; "[-_]?" stands for '-', '_' or
// nothing.
var strongBodyForms = []string{
	"article[-_]?body", "articlebody", "story[-_]?body", "post[-_]?body", "entry[-_]?content",
	"post[-_]?content", "article[-_]?content", "article[-_]?text", "story[-_]?text", "body[-_]?text",
	"main[-_]?text", "news[-_]?text", "text[-_]?content", "content[-_]?body", "detail[-_]?content",
	"article__body", "article__text", "story-content", "articletext", "storytext", "bodytext",
}

// expandSeparators spells out each "[-_]?" of forms.
func expandSeparators(forms []string) []string {
	var out []string
	for _, f := range forms {
		head, tail, ok := strings.Cut(f, "[-_]?")
		if !ok {
			out = append(out, f)
			continue
		}
		for _, sep := range []string{"-", "_", ""} {
			out = append(out, expandSeparators([]string{head + sep + tail})...)
		}
	}
	return out
}

// strongBodyName reports whether one of strongBodyNames stands in s as a
// whole part: at its start or after white space, '_' or '-', and at its
// end or before one of those. It is the regular expression
// (^|[\s_-])(names)($|[\s_-]) matched without the regexp machine,
// which cost as much as the rest of the class weights
// (FuzzStrongBodyName).
func strongBodyName(s string) bool {
	for i := 0; i < len(s); i++ {
		if i > 0 && !strongBodySep(s[i-1]) {
			continue
		}
		for _, name := range strongBodyNames {
			if j := i + len(name); strings.HasPrefix(s[i:], name) && (j == len(s) || strongBodySep(s[j])) {
				return true
			}
		}
	}
	return false
}

// strongBodySep reports the bytes around a strong name: RE2's \s (ASCII
// white space but '\v'), '_' and '-'.
func strongBodySep(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '_' || c == '-'
}
