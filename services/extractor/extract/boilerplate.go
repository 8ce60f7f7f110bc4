package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// partKinds maps one part of a class or id name (split at '-', '_' and
// white space) to the boilerplate kind it marks.
var partKinds = map[string]string{
	"nav": "navigation", "navbar": "navigation", "navigation": "navigation", "menu": "navigation",
	"menubar": "navigation", "breadcrumb": "navigation", "breadcrumbs": "navigation",
	"pagination": "navigation", "pager": "navigation", "skiplink": "navigation", "masthead": "navigation",

	"share": "share", "sharing": "share", "sharebar": "share", "social": "share", "socials": "share",
	"addthis": "share", "sharethis": "share", "shares": "share", "whatsapp": "share", "follow": "share",

	"cookie": "cookie", "cookies": "cookie", "consent": "cookie", "gdpr": "cookie", "onetrust": "cookie",
	"cookiebar": "cookie", "cookiebanner": "cookie", "ccpa": "cookie", "cmp": "cookie", "tcf": "cookie",

	"newsletter": "newsletter", "newsletters": "newsletter", "subscribe": "newsletter",
	"subscription": "newsletter", "signup": "newsletter", "mailchimp": "newsletter", "mc4wp": "newsletter",

	"ad": "advertisement", "ads": "advertisement", "adv": "advertisement", "advert": "advertisement",
	"adverts": "advertisement", "advertisement": "advertisement", "advertising": "advertisement",
	"adslot": "advertisement", "adunit": "advertisement", "adsense": "advertisement", "gpt": "advertisement",
	"dfp": "advertisement", "sponsor": "advertisement", "sponsored": "advertisement",
	"taboola": "advertisement", "outbrain": "advertisement", "banner": "advertisement",
	"adspot": "advertisement", "commercial": "advertisement", "promoted": "advertisement",
	"adsbygoogle": "advertisement", "billboard": "advertisement", "leaderboard": "advertisement",

	"related": "related", "recommended": "related", "recommendations": "related",
	"recommendation": "related", "trending": "related", "popular": "related", "mostread": "related",
	"mostpopular": "related", "readnext": "related", "seealso": "related", "alsoread": "related",
	"morestories": "related", "juga": "related",

	"comment": "comments", "comments": "comments", "disqus": "comments", "respond": "comments",
	"discussion": "comments",

	"tags": "tags", "taglist": "tags", "tagcloud": "tags", "keywords": "tags",

	"caption": "caption", "figcaption": "caption", "credit": "caption", "credits": "caption",
	"copyright": "caption", "photocredit": "caption",

	"pullquote": "pullquote", "pullquotes": "pullquote",
	"bio": "author_bio", "authorbio": "author_bio",
	"paywall": "paywall", "regwall": "paywall",
	"modal": "popup", "popup": "popup", "overlay": "popup", "lightbox": "popup",
	"promo": "promo", "promotion": "promo", "cta": "promo",
	"sidebar": "sidebar", "widget": "sidebar", "widgets": "sidebar",
	"footer": "footer", "header": "header", "topbar": "navigation",
	"toolbar": "tools", "tools": "tools",
}

// pairKinds are two consecutive parts that together mark a kind.
var pairKinds = map[string]string{
	"see also": "related", "also read": "related", "read also": "related", "read next": "related",
	"most read": "related", "most popular": "related", "most viewed": "related", "more stories": "related",
	"next in": "related", "baca juga": "related", "you may": "related", "also like": "related",
	"other stories": "related", "latest stories": "related", "latest news": "related",
	"top stories": "related", "more news": "related", "read more": "promo",
	"pull quote": "pullquote", "author bio": "author_bio", "about author": "author_bio",
	"author box": "author_bio", "author info": "author_bio", "twitter tweet": "social_embed",
	"instagram media": "social_embed", "tiktok embed": "social_embed", "fb post": "social_embed",
	"social embed": "social_embed", "skip link": "navigation", "sr only": "hidden",
	"visually hidden": "hidden", "screen reader": "hidden", "wp caption": "caption",
}

// metaParts mark byline, date and kicker lines; they are removed only inside
// the chosen content, after listing teasers have been read.
var metaParts = map[string]bool{
	"meta": true, "byline": true, "date": true, "time": true, "timestamp": true, "published": true,
	"updated": true, "author": true, "authors": true, "kicker": true, "eyebrow": true, "dateline": false,
	"posted": true, "info": false, "source": false,
}

// maxClassBytes bounds the class and id text that is split into parts.
const maxClassBytes = 512

// appendClassParts appends the parts of n's class and id, lower-cased and
// split at '-', '_', '.', ':' and white space, to dst. It allocates only
// for upper-case names, so callers that pass a buffer on their stack
// classify an element without garbage: it runs on every element.
func appendClassParts(dst []string, n *html.Node) []string {
	left := maxClassBytes
	for i, s := range [2]string{attr(n, "class"), attr(n, "id")} {
		if i == 1 {
			left-- // the space that joined class and id
		}
		if left <= 0 {
			break
		}
		if len(s) > left {
			s = s[:left]
		}
		left -= len(s)
		s = strings.ToLower(s)
		start := -1
		for k := 0; k <= len(s); k++ {
			if k == len(s) || isClassSep(s[k]) {
				if start >= 0 {
					dst = append(dst, s[start:k])
					start = -1
				}
			} else if start < 0 {
				start = k
			}
		}
	}
	return dst
}

func isClassSep(c byte) bool {
	return c == '-' || c == '_' || c == ' ' || c == '\t' || c == '\n' || c == ':' || c == '.'
}

// classHas reports whether a class/id string contains part as a whole part
// (parts split at '-', '_' and spaces), without splitting it.
func classHas(s, part string) bool {
	sep := func(c byte) bool { return c == '-' || c == '_' || c == ' ' }
	for i := 0; i+len(part) <= len(s); {
		j := strings.Index(s[i:], part)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(part)
		if (j == 0 || sep(s[j-1])) && (end == len(s) || sep(s[end])) {
			return true
		}
		i = j + 1
	}
	return false
}

func classKind(n *html.Node) string {
	var buf [48]string
	parts := appendClassParts(buf[:0], n)
	for i, p := range parts {
		if i+1 < len(parts) {
			if k, ok := pairKinds[p+" "+parts[i+1]]; ok {
				return k
			}
		}
	}
	for _, p := range parts {
		if k, ok := partKinds[p]; ok {
			return k
		}
	}
	for c := range strings.FieldsSeq(strings.ToLower(attr(n, "class"))) {
		if c == "hidden" || c == "is-hidden" || c == "invisible" {
			return "hidden"
		}
	}
	return ""
}

func isMetaClass(n *html.Node) bool {
	var buf [48]string
	for _, p := range appendClassParts(buf[:0], n) {
		if metaParts[p] {
			return true
		}
	}
	return false
}

// structuralKind says which boilerplate kind n is, from its tag, role,
// class, id and visibility; "" for content.
func structuralKind(n *html.Node) string {
	if n.Type != html.ElementNode {
		return ""
	}
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Head:
		return ""
	case atom.P, atom.Span, atom.A, atom.Strong, atom.Em, atom.B, atom.I:
		// Inline wrappers and paragraphs rarely carry boilerplate classes on
		// their own, and "a.share" inside a sentence would cut it; only
		// take the clear cases.
		if k := classKind(n); k == "caption" || k == "advertisement" || k == "promo" || k == "share" || k == "cookie" || k == "newsletter" || k == "hidden" {
			return k
		}
		return hiddenKind(n)
	}
	if k := classKind(n); k != "" {
		return k
	}
	switch strings.ToLower(attr(n, "role")) {
	case "navigation", "search", "menu", "menubar":
		return "navigation"
	case "contentinfo":
		return "footer"
	case "complementary":
		return "sidebar"
	case "dialog", "alertdialog":
		return "popup"
	case "banner":
		return "header"
	}
	switch n.DataAtom {
	case atom.Nav:
		return "navigation"
	case atom.Aside:
		return "sidebar"
	case atom.Footer:
		return "footer"
	case atom.Figure, atom.Figcaption:
		return "caption"
	case atom.Form:
		return "form"
	case atom.Header:
		return "header"
	case atom.Dialog:
		return "popup"
	}
	return hiddenKind(n)
}

func hiddenKind(n *html.Node) string {
	if _, ok := attrOK(n, "hidden"); ok {
		return "hidden"
	}
	if strings.EqualFold(attr(n, "aria-hidden"), "true") {
		return "hidden"
	}
	st := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", ""))
	if strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden") {
		return "hidden"
	}
	return ""
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// removeNode detaches n from the tree.
func removeNode(n *html.Node) {
	if n.Parent != nil {
		n.Parent.RemoveChild(n)
	}
}
