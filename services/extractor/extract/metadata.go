package extract

import (
	"encoding/json"
	"net/url"
	"slices"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// meta is what the page says about itself outside the body text.
type meta struct {
	metas     map[string]string // name/property/itemprop (lower-cased) → first content
	canonical string
	htmlLang  string
	title     string // <title>
	h1s       []string
	ld        []map[string]any // flattened JSON-LD objects
	article   map[string]any   // the JSON-LD object describing the main story
	listingLD bool             // JSON-LD says this is a collection/search page
	itemDates map[string]string
	timeAttrs []timeEl // <time datetime> in document order
}

type timeEl struct {
	value string
	node  *html.Node
}

// articleTypes are schema.org types that describe one story.
var articleTypes = map[string]bool{
	"newsarticle": true, "article": true, "blogposting": true, "reportagenewsarticle": true,
	"analysisnewsarticle": true, "opinionnewsarticle": true, "backgroundnewsarticle": true,
	"reviewnewsarticle": true, "askpublicnewsarticle": true, "livelogposting": true,
	"liveblogposting": true, "techarticle": true, "scholarlyarticle": true, "report": true,
	"socialmediaposting": true, "videoobject": true, "posting": true, "satiricalarticle": true,
}

var listingTypes = map[string]bool{
	"collectionpage": true, "searchresultspage": true, "itemlist": true, "profilepage": true,
}

// readMeta collects metadata in one walk over the whole document.
func readMeta(doc *html.Node) *meta {
	m := &meta{metas: map[string]string{}, itemDates: map[string]string{}}
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Html:
			if m.htmlLang == "" {
				m.htmlLang = attr(n, "lang")
				if m.htmlLang == "" {
					m.htmlLang = attr(n, "xml:lang")
				}
			}
		case atom.Title:
			// <title> is a skipped atom for body text, so its text is
			// read from its children.
			if m.title == "" && !inside(n, atom.Svg) {
				var b strings.Builder
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					if c.Type == html.TextNode {
						b.WriteString(c.Data)
					}
				}
				m.title = normalize(b.String())
			}
			return false
		case atom.Meta:
			content := strings.TrimSpace(attr(n, "content"))
			if content == "" {
				return false
			}
			for _, k := range metaKeyAttrs {
				if key := strings.ToLower(strings.TrimSpace(attr(n, k))); key != "" {
					if _, ok := m.metas[key]; !ok {
						m.metas[key] = content
					}
				}
			}
			return false
		case atom.Link:
			rel := strings.ToLower(attr(n, "rel"))
			if m.canonical == "" && hasToken(rel, "canonical") {
				m.canonical = strings.TrimSpace(attr(n, "href"))
			}
			return false
		case atom.Script:
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
				m.addLD(n.FirstChild.Data)
			}
			return false
		case atom.H1:
			if t := textOf(n); t != "" && len(m.h1s) < 8 {
				m.h1s = append(m.h1s, t)
			}
		case atom.Time:
			if v := strings.TrimSpace(attr(n, "datetime")); v != "" && len(m.timeAttrs) < 64 {
				m.timeAttrs = append(m.timeAttrs, timeEl{value: v, node: n})
			}
		}
		return true
	})
	m.pickArticle()
	return m
}

func (m *meta) addLD(src string) {
	if len(src) > 4<<20 {
		return
	}
	src = strings.TrimSpace(src)
	src = strings.TrimPrefix(src, "<!--")
	src = strings.TrimSuffix(src, "-->")
	var v any
	if err := json.Unmarshal([]byte(src), &v); err != nil {
		return
	}
	var add func(v any, depth int)
	add = func(v any, depth int) {
		if depth > 4 || len(m.ld) > 64 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				add(e, depth+1)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				add(g, depth+1)
			}
			if _, ok := x["@type"]; ok {
				m.ld = append(m.ld, x)
				if hasType(x, listingTypes) {
					m.collectItems(x)
				}
				// A WebPage often wraps the story as its main entity.
				if me, ok := x["mainEntity"].(map[string]any); ok && hasType(me, articleTypes) {
					add(me, depth+1)
				}
			}
		}
	}
	add(v, 0)
}

// collectItems records the publication dates of an ItemList's stories so
// listing entries can be dated when their teaser shows none.
func (m *meta) collectItems(x map[string]any) {
	list := x
	if me, ok := x["mainEntity"].(map[string]any); ok {
		list = me
	}
	items, _ := list["itemListElement"].([]any)
	for _, it := range items {
		o, _ := it.(map[string]any)
		if o == nil {
			continue
		}
		if inner, ok := o["item"].(map[string]any); ok {
			o = inner
		}
		u, _ := o["url"].(string)
		d, _ := o["datePublished"].(string)
		if u != "" && d != "" {
			m.itemDates[u] = d
		}
	}
}

func (m *meta) pickArticle() {
	for _, o := range m.ld {
		if hasType(o, articleTypes) {
			m.article = o
			break
		}
	}
	if m.article == nil {
		for _, o := range m.ld {
			if hasType(o, listingTypes) {
				m.listingLD = true
			}
		}
		// A plain WebPage with a publication date still dates the page.
		for _, o := range m.ld {
			if hasType(o, map[string]bool{"webpage": true}) && str(o["datePublished"]) != "" {
				m.article = o
				break
			}
		}
	}
}

func hasType(o map[string]any, types map[string]bool) bool {
	switch t := o["@type"].(type) {
	case string:
		return types[strings.ToLower(trimSchema(t))]
	case []any:
		for _, e := range t {
			if s, ok := e.(string); ok && types[strings.ToLower(trimSchema(s))] {
				return true
			}
		}
	}
	return false
}

func trimSchema(s string) string {
	if i := strings.LastIndexAny(s, "/:"); i >= 0 {
		return s[i+1:]
	}
	return s
}

func str(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case []any:
		if len(x) > 0 {
			return str(x[0])
		}
	case map[string]any:
		if s := str(x["url"]); s != "" {
			return s
		}
		if s := str(x["@id"]); s != "" {
			return s
		}
		return str(x["name"])
	}
	return ""
}

func (m *meta) ldString(key string) string {
	if m.article == nil {
		return ""
	}
	return str(m.article[key])
}

// isArticle reports whether metadata declares the page one story.
func (m *meta) isArticle() bool {
	if m.article != nil && hasType(m.article, articleTypes) {
		return true
	}
	t := strings.ToLower(m.metas["og:type"])
	return t == "article" || strings.HasPrefix(t, "video") || t == "news"
}

// canonicalURL resolves the page's canonical address against base.
func (m *meta) canonicalURL(base *url.URL, fallback string) string {
	for _, c := range []string{m.canonical, m.metas["og:url"], m.ldString("url"), ldID(m.article)} {
		if u := absURL(base, c); u != "" {
			return u
		}
	}
	return fallback
}

func ldID(o map[string]any) string {
	if o == nil {
		return ""
	}
	switch me := o["mainEntityOfPage"].(type) {
	case string:
		return me
	case map[string]any:
		return str(me["@id"])
	}
	return ""
}

func absURL(base *url.URL, s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.HasPrefix(s, "#") || strings.HasPrefix(strings.ToLower(s), "javascript:") {
		return ""
	}
	u, err := url.Parse(s)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if !u.IsAbs() || (u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	return u.String()
}

// published returns the first publication time and where it came from.
func (m *meta) published() (time.Time, string) {
	if t, ok := parseTime(m.ldString("datePublished")); ok {
		return t, "jsonld"
	}
	if m.article != nil && hasType(m.article, map[string]bool{"videoobject": true}) {
		if t, ok := parseTime(m.ldString("uploadDate")); ok {
			return t, "jsonld"
		}
	}
	for _, k := range []string{"article:published_time", "og:published_time", "video:release_date"} {
		if t, ok := parseTime(m.metas[k]); ok {
			return t, "opengraph"
		}
	}
	for _, k := range []string{
		"datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "published_time",
		"date", "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date", "sailthru.date",
		"parsely-pub-date", "article.published", "original-publish-date", "cxenseparse:recs:publishtime", "uploaddate",
	} {
		if t, ok := parseTime(m.metas[k]); ok {
			return t, "meta"
		}
	}
	for _, te := range m.timeAttrs {
		if hasToken(strings.ToLower(attr(te.node, "class")), "updated") && !hasToken(strings.ToLower(attr(te.node, "class")), "published") {
			continue
		}
		if strings.Contains(strings.ToLower(attr(te.node, "itemprop")), "modified") {
			continue
		}
		if t, ok := parseTime(te.value); ok {
			return t, "time"
		}
	}
	return time.Time{}, ""
}

func (m *meta) modified() (time.Time, bool) {
	for _, s := range []string{m.ldString("dateModified"), m.metas["article:modified_time"], m.metas["og:updated_time"], m.metas["datemodified"], m.metas["last-modified"]} {
		if t, ok := parseTime(s); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

var timeLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z0700",
	"2006-01-02 15:04:05 -07:00",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"20060102T150405Z0700",
	"20060102",
	time.RFC1123Z,
	time.RFC1123,
	time.RFC850,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05 -0700",
	"January 2, 2006 15:04",
	"January 2, 2006",
	"2006/01/02 15:04:05",
	"2006/01/02",
}

// parseTime accepts the common machine-readable date forms. Times without a
// zone are taken as UTC.
func parseTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return time.Time{}, false
	}
	for _, l := range timeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			if t.Year() < 1990 || t.Year() > 2200 {
				return time.Time{}, false
			}
			return t, true
		}
	}
	return time.Time{}, false
}

// dateOnly reports whether s names a day without a time of day.
func dateOnly(s string) bool {
	s = strings.TrimSpace(s)
	_, err1 := time.Parse("2006-01-02", s)
	_, err2 := time.Parse("20060102", s)
	return err1 == nil || err2 == nil
}

// siteName is og:site_name, else the JSON-LD publisher or WebSite name.
func (m *meta) siteName() string {
	if s := normalize(m.metas["og:site_name"]); s != "" {
		return s
	}
	if m.article != nil {
		if p, ok := m.article["publisher"].(map[string]any); ok {
			if s := str(p["name"]); s != "" {
				return normalize(s)
			}
		}
	}
	for _, o := range m.ld {
		if hasType(o, map[string]bool{"website": true}) {
			if s := str(o["name"]); s != "" {
				return normalize(s)
			}
		}
	}
	return normalize(m.metas["application-name"])
}

func (m *meta) leadImage(base *url.URL) string {
	for _, c := range []string{m.metas["og:image"], m.metas["og:image:url"], m.metas["og:image:secure_url"], m.metas["twitter:image"], m.metas["twitter:image:src"]} {
		if u := absURL(base, c); u != "" {
			return u
		}
	}
	if m.article != nil {
		if u := absURL(base, str(m.article["image"])); u != "" {
			return u
		}
		if u := absURL(base, str(m.article["thumbnailUrl"])); u != "" {
			return u
		}
	}
	return ""
}

func (m *meta) description() string {
	for _, c := range []string{m.metas["description"], m.metas["og:description"], m.metas["twitter:description"], m.ldString("description")} {
		if s := normalize(html.UnescapeString(c)); s != "" {
			return s
		}
	}
	return ""
}

// walk visits n's subtree in document order without recursion; fn returns
// false to skip a node's children.
func walk(n *html.Node, fn func(*html.Node) bool) {
	// The stack starts in the frame: most walks are of small subtrees.
	var buf [32]*html.Node
	stack := append(buf[:0], n)
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if !fn(c) {
			continue
		}
		for k := c.LastChild; k != nil; k = k.PrevSibling {
			stack = append(stack, k)
		}
	}
}

// metaKeyAttrs are the attributes of a <meta> that name its content, in
// the order readMeta tries them (readAttrs must hold each).
var metaKeyAttrs = []string{"property", "name", "itemprop", "http-equiv"}

// attr returns an attribute value, capped so that a hostile multi-megabyte
// attribute costs no more than a normal one in the many places that read
// class names.
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			limit := 8192
			switch key {
			case "class", "id", "style", "role", "itemprop", "rel", "type", "lang":
				limit = 512
			}
			if len(a.Val) > limit {
				return a.Val[:limit]
			}
			return a.Val
		}
	}
	return ""
}

func inside(n *html.Node, a atom.Atom) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == a {
			return true
		}
	}
	return false
}

func hasToken(s, tok string) bool {
	return slices.Contains(strings.Fields(s), tok)
}

// isMedia reports a page whose main content is a video or a gallery.
func (m *meta) isMedia(doc *html.Node) bool {
	if strings.HasPrefix(strings.ToLower(m.metas["og:type"]), "video") {
		return true
	}
	for _, o := range m.ld {
		if hasType(o, map[string]bool{"videoobject": true, "imagegallery": true, "mediagallery": true}) {
			return true
		}
	}
	found := false
	walk(doc, func(n *html.Node) bool {
		if found {
			return false
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Video {
			found = true
		}
		return !found
	})
	return found
}
