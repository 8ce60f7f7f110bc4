package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// partKinds maps one part of a class or id name (split at '-', '_' and
// white space) to the boilerplate kind it marks.
var partKinds = map[string]Kind{
	"nav": KindNavigation, "navbar": KindNavigation, "navigation": KindNavigation, "menu": KindNavigation,
	"menubar": KindNavigation, "breadcrumb": KindNavigation, "breadcrumbs": KindNavigation,
	"pagination": KindNavigation, "pager": KindNavigation, "skiplink": KindNavigation, "masthead": KindNavigation,

	"share": KindShare, "sharing": KindShare, "sharebar": KindShare, "social": KindShare, "socials": KindShare,
	"addthis": KindShare, "sharethis": KindShare, "shares": KindShare, "whatsapp": KindShare, "follow": KindShare,
	// "Share" in the languages of the devset's class names.
	"partage": KindShare, "partager": KindShare, "teilen": KindShare, "compartir": KindShare,
	"condividi": KindShare, "compartilhar": KindShare, "partilhar": KindShare,

	"cookie": KindCookie, "cookies": KindCookie, "consent": KindCookie, "gdpr": KindCookie, "onetrust": KindCookie,
	"cookiebar": KindCookie, "cookiebanner": KindCookie, "ccpa": KindCookie, "cmp": KindCookie, "tcf": KindCookie,

	"newsletter": KindNewsletter, "newsletters": KindNewsletter, "subscribe": KindNewsletter,
	"subscription": KindNewsletter, "signup": KindNewsletter, "mailchimp": KindNewsletter, "mc4wp": KindNewsletter,

	"ad": KindAd, "ads": KindAd, "adv": KindAd, "advert": KindAd,
	"adverts": KindAd, "advertisement": KindAd, "advertising": KindAd,
	"adslot": KindAd, "adunit": KindAd, "adsense": KindAd, "gpt": KindAd,
	"dfp": KindAd, "sponsor": KindAd, "sponsored": KindAd,
	"taboola": KindAd, "outbrain": KindAd, "banner": KindAd,
	"adspot": KindAd, "commercial": KindAd, "promoted": KindAd,
	"adsbygoogle": KindAd, "billboard": KindAd, "leaderboard": KindAd,

	"related": KindRelated, "recommended": KindRelated, "recommendations": KindRelated,
	"recommendation": KindRelated, "trending": KindRelated, "popular": KindRelated, "mostread": KindRelated,
	"mostpopular": KindRelated, "readnext": KindRelated, "seealso": KindRelated, "alsoread": KindRelated,
	"morestories": KindRelated, "juga": KindRelated,

	"comment": KindComments, "comments": KindComments, "disqus": KindComments, "respond": KindComments,
	"discussion": KindComments,

	"tags": KindTags, "taglist": KindTags, "tagcloud": KindTags, "keywords": KindTags,

	"caption": KindCaption, "figcaption": KindCaption, "credit": KindCaption, "credits": KindCaption,
	"copyright": KindCaption, "photocredit": KindCaption,

	"pullquote": KindPullQuote, "pullquotes": KindPullQuote,
	"bio": KindAuthorBio, "authorbio": KindAuthorBio,
	"paywall": KindPaywall, "regwall": KindPaywall,
	"modal": KindPopup, "popup": KindPopup, "overlay": KindPopup, "lightbox": KindPopup,
	"promo": KindPromo, "promotion": KindPromo, "cta": KindPromo,
	"sidebar": KindSidebar, "widget": KindSidebar, "widgets": KindSidebar,
	"footer": KindFooter, "header": KindHeader, "topbar": KindNavigation,
	"toolbar": KindTools, "tools": KindTools,

	// A note on affiliate links or a disclaimer set apart by its name.
	"disclosure": KindDisclaimer, "disclaimer": KindDisclaimer, "affiliate": KindDisclaimer,
}

// pairKinds are two consecutive parts that together mark a kind.
var pairKinds = map[string]Kind{
	"see also": KindRelated, "also read": KindRelated, "read also": KindRelated, "read next": KindRelated,
	"most read": KindRelated, "most popular": KindRelated, "most viewed": KindRelated, "more stories": KindRelated,
	"next in": KindRelated, "baca juga": KindRelated, "you may": KindRelated, "also like": KindRelated,
	"other stories": KindRelated, "latest stories": KindRelated, "latest news": KindRelated,
	"top stories": KindRelated, "more news": KindRelated, "read more": KindPromo,
	"pull quote": KindPullQuote, "author bio": KindAuthorBio, "about author": KindAuthorBio,
	"author box": KindAuthorBio, "author info": KindAuthorBio, "twitter tweet": KindSocialEmbed,
	"instagram media": KindSocialEmbed, "tiktok embed": KindSocialEmbed, "fb post": KindSocialEmbed,
	"social embed": KindSocialEmbed, "skip link": KindNavigation, "sr only": KindHidden,
	"visually hidden": KindHidden, "screen reader": KindHidden, "wp caption": KindCaption,
	"to action": KindPromo,
}

// metaParts mark byline, date and kicker lines; they are removed only inside
// the chosen content, after listing teasers have been read.
var metaParts = map[string]bool{
	"meta": true, "byline": true, "date": true, "time": true, "timestamp": true, "published": true,
	"updated": true, "author": true, "authors": true, "kicker": true, "eyebrow": true, "dateline": false,
	"posted": true, "info": false, "source": false,
	// Joined class words of blog themes' post footers ("postmetadata",
	// "entrymeta"): the same lines as "meta".
	"metadata": true, "postmetadata": true, "postmeta": true, "entrymeta": true,
	// A recipe card's rating and yield are lines about the recipe, like
	// its times ("time" above); servings in the languages the devset
	// covers.
	"rating": true, "ratings": true, "yield": true, "servings": true,
	"portions": true, "portionen": true, "porciones": true, "raciones": true, "porzioni": true,
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
		dst = appendParts(dst, s)
	}
	return dst
}

// appendParts appends the parts of one class or id value, lower-cased, to
// dst. Most values are lower-case ASCII already: they are split as they
// are, in one pass; a value with a byte that lower-casing may change is
// lower-cased first and split again.
func appendParts(dst []string, s string) []string {
	n := len(dst)
	start := -1
	for k := 0; k <= len(s); k++ {
		c := classSep
		if k < len(s) {
			c = classBytes[s[k]]
		}
		switch {
		case c == classFold:
			return appendLowerParts(dst[:n], strings.ToLower(s))
		case c == classSep:
			if start >= 0 {
				dst = append(dst, s[start:k])
				start = -1
			}
		case start < 0:
			start = k
		}
	}
	return dst
}

// appendLowerParts appends the parts of a lower-cased value to dst.
func appendLowerParts(dst []string, s string) []string {
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
	return dst
}

func isClassSep(c byte) bool { return classBytes[c] == classSep }

// classBytes sorts the bytes of class and id values: a byte of a part, a
// separator, or one that lower-casing may change (an upper-case ASCII
// letter, any byte of a non-ASCII rune, which is no separator).
var classBytes = func() (t [256]uint8) {
	for _, c := range []byte("-_ \t\n:.") {
		t[c] = classSep
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = classFold
	}
	for c := 0x80; c < 0x100; c++ {
		t[c] = classFold
	}
	return t
}()

const (
	classSep  uint8 = 1
	classFold uint8 = 2
)

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

func classKind(n *html.Node) Kind {
	var buf [48]string
	parts := appendClassParts(buf[:0], n)
	// Each pair is looked up from a byte buffer: a lookup by
	// string(bytes) does not copy, joining the two strings did.
	var key [64]byte
	for i, p := range parts {
		if i+1 < len(parts) {
			pair := append(append(append(key[:0], p...), ' '), parts[i+1]...)
			if k, ok := pairKinds[string(pair)]; ok {
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
			return KindHidden
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
func structuralKind(n *html.Node) Kind {
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
		if k := classKind(n); k == KindCaption || k == KindAd || k == KindPromo || k == KindShare || k == KindCookie || k == KindNewsletter || k == KindHidden || k == KindDisclaimer {
			return k
		}
		return hiddenKind(n)
	}
	if k := classKind(n); k != "" && !headingNamedHeader(n, k) {
		return k
	}
	switch strings.ToLower(attr(n, "role")) {
	case "navigation", "search", "menu", "menubar":
		return KindNavigation
	case "contentinfo":
		return KindFooter
	case "complementary":
		return KindSidebar
	case "dialog", "alertdialog":
		return KindPopup
	case "banner":
		return KindHeader
	}
	switch n.DataAtom {
	case atom.Nav:
		return KindNavigation
	case atom.Aside:
		return KindSidebar
	case atom.Footer:
		return KindFooter
	case atom.Figure, atom.Figcaption:
		return KindCaption
	case atom.Form:
		return KindForm
	case atom.Header:
		return KindHeader
	case atom.Dialog:
		return KindPopup
	}
	return hiddenKind(n)
}

func hiddenKind(n *html.Node) Kind {
	if ariaHidden(n) || hiddenFromView(n) {
		return KindHidden
	}
	return ""
}

// ariaHidden reports aria-hidden="true": hidden from screen readers, not
// necessarily from the eye.
func ariaHidden(n *html.Node) bool {
	return strings.EqualFold(attr(n, "aria-hidden"), "true")
}

// hiddenFromView reports the hidden attribute or a style that hides n.
func hiddenFromView(n *html.Node) bool {
	if _, ok := attrOK(n, "hidden"); ok {
		return true
	}
	st := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", ""))
	return strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden")
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
