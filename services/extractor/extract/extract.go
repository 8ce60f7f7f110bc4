package extract

import (
	"bytes"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"google.golang.org/protobuf/types/known/timestamppb"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// Version is the extractor version recorded on every Article; bump it on
// any behaviour change so re-extracted records replace older ones.
const Version = "1.4.0"

// MaxBodySize is the largest body HTML reads; the rest is ignored so a
// runaway page cannot exhaust memory.
const MaxBodySize = 16 << 20

// Input describes where a page came from.
type Input struct {
	// URL the page was fetched from (after redirects); resolves relative
	// links and is the canonical fallback.
	URL string
	// ContentType is the HTTP Content-Type, possibly with charset=; empty
	// when unknown.
	ContentType string
	// Item is the feed item that pointed at the page, if any: a last-resort
	// publication time and language hint.
	Item *newsv1.FeedItem
	// LanguageHint is an optional BCP 47 tag.
	LanguageHint string
}

// Extractor holds the parsed rule sets. It is safe for concurrent use.
type Extractor struct {
	rules *textRules
	sites []siteRule
	stop  stopwords
}

// Option configures an Extractor.
type Option func(*Extractor) error

// WithSiteRules replaces the embedded per-site selector rules with the rules
// read from r (format of rules/sites.txt).
func WithSiteRules(r io.Reader) Option {
	return func(e *Extractor) error {
		s, err := parseSiteRules(r)
		if err != nil {
			return err
		}
		e.sites = s
		return nil
	}
}

// New returns an Extractor with the embedded rules.
func New(opts ...Option) (*Extractor, error) {
	tr, err := loadTextRules(rulesFS)
	if err != nil {
		return nil, err
	}
	sw, err := loadStopwords(rulesFS)
	if err != nil {
		return nil, err
	}
	f, err := rulesFS.Open("rules/sites.txt")
	if err != nil {
		return nil, fmt.Errorf("opening site rules: %w", err)
	}
	sites, err := parseSiteRules(f)
	_ = f.Close()
	if err != nil {
		return nil, fmt.Errorf("parsing embedded site rules: %w", err)
	}
	e := &Extractor{rules: tr, sites: sites, stop: sw}
	for _, o := range opts {
		if err := o(e); err != nil {
			return nil, fmt.Errorf("applying option: %w", err)
		}
	}
	return e, nil
}

// defaultExtractor is built once from the embedded, read-only rules.
var defaultExtractor = sync.OnceValues(func() (*Extractor, error) { return New() })

// HTML extracts one page with the embedded rules. It never panics, runs in
// bounded time and memory on pathological HTML, and returns a NON_ARTICLE
// Article (no paragraphs) rather than an error for pages with no content.
// It fails only for input that cannot be decoded.
func HTML(body []byte, in Input) (*newsv1.Article, error) {
	e, err := defaultExtractor()
	if err != nil {
		return nil, err
	}
	return e.HTML(body, in)
}

// page is the state of one extraction.
type page struct {
	e       *Extractor
	in      Input
	base    *url.URL
	meta    *meta
	body    *html.Node
	title   string
	removed map[string]int32
	// captions are the texts of removed figures and captions: on a video
	// or gallery page they are the only text.
	captions []string
	// paidAt are the parents of removed "Sponsored" labels: a teaser that
	// held one is a paid card, not a listing entry.
	paidAt []*html.Node
	// controls are the page's buttons and forms, counted before the cuts.
	controls controls
	// st are the text statistics of body, computed once after the
	// per-site rules and kept current by drop.
	st stats
}

func (p *page) drop(n *html.Node, kind Kind) {
	p.st.detach(n)
	removeNode(n)
	p.count(kind, 1)
}

// HTML extracts one page; see the package function HTML.
func (e *Extractor) HTML(body []byte, in Input) (art *newsv1.Article, err error) {
	defer func() {
		if r := recover(); r != nil {
			art, err = nil, fmt.Errorf("extracting %q: %w: %v", in.URL, ErrInternal, r)
		}
	}()
	if len(body) > MaxBodySize {
		body = body[:MaxBodySize]
	}
	text, _, err := decode(body, in.ContentType)
	if err != nil {
		return nil, fmt.Errorf("extracting %q: %w", in.URL, err)
	}
	text = bytes.TrimPrefix(text, []byte("\xef\xbb\xbf"))
	text, hit := bound(text, false)
	doc, deep, err := parse(text)
	if err != nil {
		return nil, fmt.Errorf("parsing %q: %w: %w", in.URL, ErrUndecodable, err)
	}
	for _, l := range deep {
		hit.add(l)
	}
	// A page that a mangled head element swallowed is repaired and parsed
	// once more.
	if title, src := swallowingHead(doc); title || src != "" {
		var fixed []byte
		if title {
			fixed = closeTitle(text)
		} else {
			fixed = dropScript(text, src)
		}
		if fixed != nil {
			if d, deep, err := parse(fixed); err == nil {
				doc = d
				for _, l := range deep {
					hit.add(l)
				}
			}
		}
	}
	base, _ := url.Parse(in.URL)
	p := &page{e: e, in: in, base: base, removed: map[string]int32{}}
	p.meta = readMeta(doc)
	p.body = findBody(doc)
	site := p.meta.siteName()
	host := ""
	if base != nil {
		host = base.Hostname()
	}
	p.title = p.meta.headline(site, host)
	// Visible bylines sit in the chrome that extraction cuts; read them first.
	byline := p.meta.byline(doc, site)

	art = &newsv1.Article{
		CanonicalUrl:     p.meta.canonicalURL(base, in.URL),
		SiteName:         site,
		LeadImage:        p.meta.leadImage(base),
		Description:      p.meta.description(),
		ExtractorVersion: Version,
		Degraded:         len(hit) > 0,
		LimitsHit:        hit,
	}
	forced := p.applySiteRules(art.CanonicalUrl)
	p.st = computeStats(p.body)
	p.scanControls(p.body)
	p.removeStructure()
	p.removeLabelBoxes()

	teasers := findTeasers(p.body, p.paidAt)
	st := p.st
	roots := forced
	if len(roots) == 0 {
		roots = bestContent(p.body, st)
	}
	rootWords := 0
	for _, r := range roots {
		rootWords += st.get(r).words
	}

	if p.isListing(teasers, roots, rootWords) {
		art.PageType = newsv1.PageType_PAGE_TYPE_LISTING
		art.Title = p.title
		art.Entries = p.entries(teasers)
		art.Language = e.language(p.meta, p.langHint(), entriesText(art.Entries))
		art.Removed = p.removed
		return art, nil
	}

	paras := p.articleParagraphs(roots)
	if len(paras) == 0 && p.meta.isMedia(doc) {
		paras = p.captionParagraphs()
	}
	art.Paragraphs = paras
	for _, t := range paras {
		art.WordCount += int32(words(t))
	}
	joined := strings.Join(paras, "\n\n")
	art.Language = e.language(p.meta, p.langHint(), joined)
	art.Removed = p.removed

	reason, paywalled := p.pageKind(paras, int(art.WordCount))
	if reason != newsv1.NonArticleReason_NON_ARTICLE_REASON_UNSPECIFIED {
		// Nothing of a non-article reaches the tagger: no text, and no
		// description, which on a wall or an error page describes the
		// site or the wall, not a story.
		art.PageType = newsv1.PageType_PAGE_TYPE_NON_ARTICLE
		art.NonArticleReason = reason
		art.Paragraphs = nil
		art.WordCount = 0
		art.Description = ""
		return art, nil
	}
	art.PageType = newsv1.PageType_PAGE_TYPE_ARTICLE
	art.Paywalled = paywalled
	art.Title = p.title
	art.Byline = byline
	if t, src := p.meta.published(); src != "" {
		art.Published, art.PublishedSource = timestamppb.New(t), src
	} else if in.Item != nil && in.Item.GetPublished() != nil {
		art.Published, art.PublishedSource = in.Item.GetPublished(), "feed"
	}
	if t, ok := p.meta.modified(); ok {
		art.Modified = timestamppb.New(t)
	}
	return art, nil
}

func (p *page) langHint() string {
	if p.in.LanguageHint != "" {
		return p.in.LanguageHint
	}
	return p.in.Item.GetLanguage()
}

func findBody(doc *html.Node) *html.Node {
	var body *html.Node
	walk(doc, func(n *html.Node) bool {
		if body != nil {
			return false
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			body = n
			return false
		}
		return n.Type == html.DocumentNode || (n.Type == html.ElementNode && n.DataAtom == atom.Html)
	})
	if body == nil {
		return doc
	}
	return body
}

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

// removeStructure cuts chrome recognisable by tag, role, class and id. An
// element holding most of the page's running text is never cut, so a page
// that wraps everything in one odd container keeps its story.
func (p *page) removeStructure() {
	st := p.st
	total := st.get(p.body).pwords
	// Protection needs a content hint as well when the class names the
	// kind: a "comments" box often outweighs the story it follows.
	protected := func(n *html.Node, k Kind) bool {
		if total < 80 || st.get(n).pwords*2 < total {
			return false
		}
		if (k != KindComments && k != KindRelated) || float64(st.get(n).pwords) >= 0.9*float64(total) {
			return true
		}
		return n.DataAtom == atom.Article || n.DataAtom == atom.Main || n.DataAtom == atom.Body ||
			contentHintRe.MatchString(strings.ToLower(attr(n, "class")+" "+attr(n, "id"))) ||
			strings.EqualFold(attr(n, "itemprop"), "articleBody")
	}
	var cut []*html.Node
	var kinds []Kind
	walk(p.body, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return n.Type == html.DocumentNode
		}
		if skipAtoms[n.DataAtom] {
			return false
		}
		k := structuralKind(n)
		if k == KindHeader && (insideAny(n, atom.Article, atom.Main) || hasHeadingLink(n)) {
			k = ""
		}
		// A form that holds running text is a page-wide wrapper (ASP.NET
		// pages put everything in one), not a search or sign-up box.
		if k == KindForm && st.get(n).pwords > 60 {
			k = ""
		}
		// Walls are counted even when protected: their text may be all
		// the page holds.
		switch k {
		case KindCookie:
			p.controls.consentWords += st.get(n).words
		case KindPaywall:
			// Many free stories carry an empty or hidden paywall
			// placeholder; only a visible box with text is a wall.
			if st.get(n).words >= minPaywallBoxWords && hiddenKind(n) == "" {
				p.controls.paywallMarkup = true
			}
		case KindPopup:
			if w := st.get(n).words; w <= maxConsentWallWords && consentTextRe.MatchString(textOf(n)) {
				p.controls.consentWords += w
			}
		}
		if k == "" || protected(n, k) {
			return true
		}
		cut = append(cut, n)
		kinds = append(kinds, k)
		return false
	})
	for i, n := range cut {
		if kinds[i] == KindCaption && len(p.captions) < 16 {
			if t := textOf(n); t != "" {
				p.captions = append(p.captions, t)
			}
		}
		p.drop(n, kinds[i])
	}
}

func insideAny(n *html.Node, as ...atom.Atom) bool {
	for q := n.Parent; q != nil; q = q.Parent {
		if slices.Contains(as, q.DataAtom) {
			return true
		}
	}
	return false
}

func hasHeadingLink(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if found || c.Type != html.ElementNode {
			return false
		}
		if isHeading(c) && c.DataAtom != atom.H1 && firstLink(c) != nil {
			found = true
		}
		return !found
	})
	return found
}

// removeLabelBoxes applies the label text rules: a short element whose text
// is a box label ("SEE ALSO:", "Next In World", "Tags:") takes with it the
// largest enclosing element that holds nothing but the label and links.
func (p *page) removeLabelBoxes() {
	st := p.st
	type hit struct {
		n    *html.Node
		kind Kind
	}
	var hits []hit
	walk(p.body, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return n.Type == html.DocumentNode
		}
		if skipAtoms[n.DataAtom] {
			return false
		}
		v := st.get(n)
		if v.chars == 0 || v.chars > 80 {
			return v.chars > 0
		}
		// Only the innermost element carrying this text is a label; a
		// wrapper with the same text is reached by climbing.
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && st.get(c).chars == v.chars {
				return true
			}
		}
		if adLabels[fold(textOf(n))] {
			if box := paidBox(n, p.body, st); box != nil {
				hits = append(hits, hit{box, KindAd})
				p.paidAt = append(p.paidAt, box.Parent)
				return false
			}
		}
		r, exact, ok := p.e.rules.label(textOf(n))
		if !ok {
			return false
		}
		labelText := v.chars - v.linkChars
		box := n
		for a := n.Parent; a != nil && a != p.body && a.Type == html.ElementNode; a = a.Parent {
			va := st.get(a)
			if va.chars-va.linkChars-labelText > 12 {
				break
			}
			box = a
		}
		if box == n && !exact {
			return false
		}
		hits = append(hits, hit{box, r.kind})
		return false
	})
	for _, h := range hits {
		if h.n.Parent != nil && attached(h.n, p.body) {
			p.drop(h.n, h.kind)
		}
	}
}

// maxPaidBoxWords bounds a box that a "Sponsored" label takes with it.
const maxPaidBoxWords = 150

// paidBox returns the largest element that opens with the paid-placement
// label n and holds a short teaser at most: sponsored content carries its
// own text, so the label takes the box, not just its links. It returns nil
// when the label opens a block holding the page's running text.
func paidBox(n, body *html.Node, st stats) *html.Node {
	total := st.get(body).pwords
	var box *html.Node
	for a := n.Parent; a != nil && a != body && a.Type == html.ElementNode; a = a.Parent {
		v := st.get(a)
		if v.words > maxPaidBoxWords || (total > 0 && v.pwords*2 > total) || !opensWith(a, n) {
			break
		}
		box = a
	}
	return box
}

// opensWith reports whether the first text under a lies inside n.
func opensWith(a, n *html.Node) bool {
	var first *html.Node
	walk(a, func(c *html.Node) bool {
		if first != nil {
			return false
		}
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			first = c
			return false
		}
		return c.Type == html.ElementNode && !skipAtoms[c.DataAtom] || c.Type == html.DocumentNode
	})
	return first != nil && (first == n || isAncestor(n, first))
}

// attached reports whether n is still under root (an earlier cut may have
// taken one of its ancestors).
func attached(n, root *html.Node) bool {
	for q := n; q != nil; q = q.Parent {
		if q == root {
			return true
		}
	}
	return false
}

var (
	contentHintRe = regexp.MustCompile(`article|content|main|body|story|post|entry|text`)
	quoteChars    = strings.NewReplacer("“", "", "”", "", "\"", "", "‘", "", "’", "", "'", "", "«", "", "»", "", "„", "")
)

// articleParagraphs cleans the chosen content and returns its paragraphs.
func (p *page) articleParagraphs(roots []*html.Node) []string {
	p.cutMetaAndLinkBoxes(roots)
	raw := paragraphs(roots)
	ft := fold(p.title)
	var out []para
	seen := map[string]bool{}
	total, sofar := 0, 0
	titleSeen, titleWords := false, words(p.title)
	for _, pa := range raw {
		total += words(pa.text)
	}
	thread := p.commentThread(raw, total)
	// box is an inline box (a table or aside set into the story) that a
	// cutoff line opened: its paragraphs go, the story after it stays.
	var box *html.Node
lines:
	for i, pa := range raw {
		t := pa.text
		f := fold(t)
		if i == thread {
			p.count(KindComments, int32(len(raw)-i))
			break
		}
		if box != nil {
			if contains(box, pa.src) {
				p.count(KindRelated, 1)
				continue
			}
			box = nil
		}
		n := words(t)
		switch k, act, b := p.cutoffLine(raw, i, n, sofar, total); act {
		case dropLine:
			p.count(k, 1)
			continue
		case openBox:
			box = b
			p.count(k, 1)
			continue
		case endStory:
			p.count(k, int32(len(raw)-i))
			break lines
		}
		sofar += n
		isTitle := p.titleLine(pa, n, ft, titleWords)
		if isTitle && !titleSeen && len(out) > 0 && chromeBeforeHeadline(out, total) {
			p.count(KindNavigation, int32(len(out)))
			out = out[:0]
			clear(seen)
		}
		if isTitle {
			titleSeen = true
			p.count(KindTitle, 1)
			continue
		}
		if k := lineKind(pa, n); k != "" {
			p.count(k, 1)
			continue
		}
		if k := p.e.rules.paragraph(t); k != "" {
			p.count(k, 1)
			if k == KindPaywall {
				p.controls.paywallText++
			}
			continue
		}
		if len(t) >= 20 && seen[f] {
			p.count(KindDuplicate, 1)
			continue
		}
		seen[f] = true
		out = append(out, pa)
	}
	out = p.dropTrailingHeadings(out)
	if i := trailingTeasers(out); i < len(out) {
		p.count(KindRelated, int32(len(out)-i))
		out = p.dropTrailingHeadings(out[:i])
	}
	out = p.dropTextAds(out)
	out = p.dropPullQuotes(out)
	res := make([]string, 0, len(out))
	for _, pa := range out {
		res = append(res, pa.text)
	}
	return res
}

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

// dropTrailingHeadings removes the short headings that end ps: they lead
// into nothing (their section was cut).
func (p *page) dropTrailingHeadings(ps []para) []para {
	for len(ps) > 0 && ps[len(ps)-1].heading && words(ps[len(ps)-1].text) <= 12 {
		ps = ps[:len(ps)-1]
		p.count(KindHeading, 1)
	}
	return ps
}

// maxCommentMarkerWords bounds a comment-control line ("Report this
// comment", "Reply").
const maxCommentMarkerWords = 6

// minStoryBeforeThread is how many words of story must precede a comment
// thread found by its repeated control lines.
const minStoryBeforeThread = 50

// commentThread finds reader comments that have no opening line: the same
// control line ("Report this comment", "Reply") repeats at a fixed period
// after the story. It returns the index of the first comment's first
// paragraph, or -1. The period between the first two markers is the size of
// one comment; the comment starts that many paragraphs before its marker when
// that paragraph is a short header line ("Posted by X on ...") like the one a
// period later, else at the marker itself.
func (p *page) commentThread(raw []para, total int) int {
	var marks []int
	for i, pa := range raw {
		if len(pa.text) > 80 || words(pa.text) > maxCommentMarkerWords {
			continue
		}
		if p.e.rules.paragraph(pa.text) == KindComments {
			marks = append(marks, i)
		}
	}
	if len(marks) < 2 {
		return -1
	}
	period := marks[1] - marks[0]
	if period < 1 || period > 8 {
		return -1
	}
	start := marks[0]
	if s := marks[0] - period + 1; s >= 0 && s < marks[0] && s+period < len(raw) &&
		words(raw[s].text) <= 15 && words(raw[s+period].text) <= 15 {
		start = s
	}
	if len(marks) > 2 && marks[2]-marks[1] != period {
		return -1
	}
	before := 0
	for _, pa := range raw[:start] {
		before += words(pa.text)
	}
	// The repetition is evidence enough that comments may outweigh the
	// story, but some story must come first.
	if before < minStoryBeforeThread && before*2 < total {
		return -1
	}
	return start
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

// dropPullQuotes removes short paragraphs that repeat a sentence found in a
// longer paragraph (pull quotes, highlighted excerpts).
func (p *page) dropPullQuotes(ps []para) []para {
	if len(ps) > 2000 {
		return ps
	}
	core := make([]string, len(ps))
	for i, pa := range ps {
		core[i] = strings.Trim(fold(quoteChars.Replace(pa.text)), " .,;:!?-–—")
	}
	var out []para
	for i, pa := range ps {
		c := core[i]
		dup := false
		if len(c) >= 20 && len(c) <= 400 {
			for j := range ps {
				if j != i && len(core[j]) > len(c)+10 && strings.Contains(core[j], c) {
					dup = true
					break
				}
			}
		}
		if dup {
			p.count(KindPullQuote, 1)
			continue
		}
		out = append(out, pa)
	}
	return out
}

func entriesText(es []*newsv1.ListingEntry) string {
	var b strings.Builder
	for _, e := range es {
		b.WriteString(e.GetTitle())
		b.WriteString("\n")
		b.WriteString(e.GetText())
		b.WriteString("\n")
	}
	return b.String()
}

func firstLink(n *html.Node) *html.Node {
	var a *html.Node
	walk(n, func(c *html.Node) bool {
		if a != nil {
			return false
		}
		if c.Type == html.ElementNode && c.DataAtom == atom.A && strings.TrimSpace(attr(c, "href")) != "" {
			a = c
			return false
		}
		return true
	})
	return a
}

// captionParagraphs returns the captions of a video or gallery page, minus
// credits and other rule matches.
func (p *page) captionParagraphs() []string {
	var out []string
	seen := map[string]bool{}
	for _, c := range p.captions {
		if p.e.rules.paragraph(c) != "" || seen[c] || words(c) < 4 {
			continue
		}
		seen[c] = true
		out = append(out, c)
	}
	return out
}
