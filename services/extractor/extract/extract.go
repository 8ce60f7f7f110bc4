package extract

import (
	"bytes"
	"fmt"
	"io"
	"net/url"
	"strings"
	"sync"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"google.golang.org/protobuf/types/known/timestamppb"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// Version is the extractor version recorded on every Article; bump it on
// any behaviour change so re-extracted records replace older ones.
const Version = "1.25.0"

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
	// mem, when set, holds the blocks seen on each site's pages.
	mem *SiteMemory
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

// WithSiteMemory makes the Extractor remember the blocks of the pages it
// reads in m, and drop from a page the blocks m saw on other pages of the
// same site (see SiteMemory). Without it, each page is read alone.
func WithSiteMemory(m *SiteMemory) Option {
	return func(e *Extractor) error {
		e.mem = m
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
	// firstPosts are the first posts of the page's threads and posts
	// the posts seen (threads.go).
	firstPosts []*html.Node
	posts      map[*html.Node]bool
	// wall is the wall in the story's place, if any, and kept the
	// elements of the paragraphs chosen (pagetype_slot.go).
	wall    *wallSlot
	kept    []*html.Node
	e       *Extractor
	in      Input
	base    *url.URL
	meta    *meta
	body    *html.Node
	title   string
	removed map[string]int32
	// widgetsAreContent is set when blocks named "widget" hold most of
	// the page's running text (page builders).
	widgetsAreContent bool
	// linkTexts counts the page's links by their folded text, read once
	// when a box of teasers is weighed (storyboxes.go).
	linkTexts map[string]int
	// replies counts the replies cut after a thread's first post
	// (threads.go): the page is a thread, whose text may be one line.
	replies int32
	// notices are site's notices that lost the content choice to a
	// brief under the <h1> (briefnotice.go): the second opinion takes
	// nothing back from them.
	notices []*html.Node
	// captions are the texts of removed figures and captions: on a video
	// or gallery page they are the only text.
	captions []string
	// paidAt are the parents of removed "Sponsored" labels: a teaser that
	// held one is a paid card, not a listing entry.
	paidAt []*html.Node
	// dialogs are the page's dialogs, once dialogsFound
	// (wrapperHiddenByDialog).
	dialogs      []*html.Node
	dialogsFound bool
	// shownTitle is the page's only <h1> when it opens the content but
	// reads differently from the <title>: the headline as shown.
	shownTitle string
	// promo caches what the promo box search read (datedlists.go).
	promo promoCache
	// qTitle is title folded without its quotation marks (qTitleOf is
	// the title it was folded from), for titleLine.
	qTitle, qTitleOf string
	// titleSet is title's word set for titleSimilarity, built with qTitle.
	titleSet titleWordSet
	// controls are the page's buttons and forms, counted before the cuts.
	controls controls
	// scan holds what scanPage collected for the searches after it.
	scan pageScan
	// cutAfter are the elements right after which drop cut a block: a
	// story split around an ad slot is split there (splitstory.go).
	cutAfter map[*html.Node]bool
	// st are the text statistics of body, computed once after the
	// per-site rules and kept current by drop.
	st stats
}

func (p *page) drop(n *html.Node, kind Kind) {
	if prev := prevElement(n); prev != nil {
		if p.cutAfter == nil {
			p.cutAfter = map[*html.Node]bool{}
		}
		p.cutAfter[prev] = true
	}
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
	doc, deep, err := parse(text, e.keepAttrs())
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
			if d, deep, err := parse(fixed, e.keepAttrs()); err == nil {
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
	p.scanPage(p.body)
	p.findFirstPosts()
	p.cutNextStories()
	p.findWallSlot()
	p.removeStructure()
	p.removeLabelBoxes()

	teasers := findTeasers(p.body, p.paidAt)
	st := p.st
	roots := forced
	if len(roots) == 0 {
		roots = bestContentWith(p.body, st, scoreHints{widgetsAreContent: p.widgetsAreContent, notices: &p.notices})
		for _, n := range p.notices {
			p.count(KindDisclaimer, int32(len(paragraphs([]*html.Node{n}))))
		}
		roots = p.qaRoots(roots)
		roots = p.joinSplitHalves(roots)
		roots = p.layoutCell(roots)
	}
	rootWords := 0
	for _, r := range roots {
		rootWords += st.get(r).words
	}
	// A page read as a listing whose teasers' row holds a box that
	// repeats the page's <h1> is that box's story (ownstorybox.go).
	if len(forced) == 0 && p.isListing(teasers, roots, rootWords) {
		if box := p.ownStoryBox(teasers); box != nil {
			roots, rootWords = []*html.Node{box}, st.get(box).words
		}
	}

	// A page that says it is an error page is none, whatever teasers it
	// shows below the notice.
	if p.isListing(teasers, roots, rootWords) && !p.statusPage() {
		art.PageType = newsv1.PageType_PAGE_TYPE_LISTING
		art.Title = p.title
		art.Entries = p.entries(teasers)
		art.Language = e.language(p.meta, p.langHint(), entriesText(art.Entries))
		art.Removed = p.removed
		return art, nil
	}

	paras := p.articleParagraphs(roots)
	wc := wordsIn(paras)
	if p.captionsOutweigh(paras, wc) && p.meta.isMedia(doc) {
		paras = p.captionParagraphs()
		wc = wordsIn(paras)
		p.kept = nil
	}
	art.Paragraphs = paras
	art.WordCount = int32(wc)
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
	if len(forced) == 0 && !paywalled {
		// The second opinion (secondopinion.go).
		if restored, ok := p.restoreBaseline(roots, art.Paragraphs, int(art.WordCount)); ok {
			art.Paragraphs = restored
			art.WordCount = int32(wordsIn(restored))
		}
	}
	art.Title = p.title
	if p.shownTitle != "" {
		art.Title = p.shownTitle
	}
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

// articleParagraphs cleans the chosen content and returns its paragraphs.
func (p *page) articleParagraphs(roots []*html.Node) []string {
	p.cutMetaAndLinkBoxes(roots)
	p.cutIndexLetters(roots)
	p.cutHeadingControls(roots)
	p.cutNoteCalls(roots)
	p.cutReferenceLists(roots)
	p.cutInfoboxes(roots)
	roots = p.cutThreadReplies(roots)
	raw := paragraphs(roots)
	ft := fold(p.title)
	var out []para
	seen := map[string]bool{}
	// folds keeps each kept line's folded text for dropPullQuotes.
	folds := map[string]string{}
	total, sofar := 0, 0
	titleSeen, titleWords := false, words(p.title)
	// Each paragraph's words are counted once, here, for the total and
	// for the line loop below.
	nw := make([]int, len(raw))
	for i, pa := range raw {
		nw[i] = words(pa.text)
		total += nw[i]
	}
	thread := p.commentThread(raw, total)
	authors := p.declaredAuthors()
	run := 0
	rep, folded := p.repeatedBlocks(raw, total)
	// box is an inline box (a table or aside set into the story) that a
	// cutoff line opened: its paragraphs go, the story after it stays.
	var box *html.Node
lines:
	for i, pa := range raw {
		t := pa.text
		// lower is lower-cased once for the fold and paragraphOf
		// (foldLower is fold given it; FuzzFoldLower).
		var f, lower string
		if i < len(folded) {
			f = folded[i]
		} else {
			lower = toLower(t)
			f = foldLower(t, lower)
		}
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
		n := nw[i]
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
		isTitle := p.titleLine(pa, f, n, ft, titleWords)
		if !isTitle && !titleSeen && p.soleHeadline(pa, n, len(out)) {
			// The headline as shown is the title.
			isTitle, p.shownTitle = true, pa.text
		}
		if !isTitle && !titleSeen && headerRun(pa, n, p.title, len(out)) {
			// A story cell's header run: the headline among its lines
			// (oldlayouts.go).
			isTitle = true
		}
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
		if rep != nil && rep[i] {
			p.count(KindRepeated, 1)
			continue
		}
		// The byline under the declared author's name (authorline.go).
		if authorLine(t, n, authors, run >= 2) {
			p.count(KindByline, 1)
			continue
		}
		// A grade or a step's number alone (badgenumber.go).
		if badgeNumber(raw, i) {
			p.count(KindMeta, 1)
			continue
		}
		if k := p.orPromo(lineKind(pa, n), raw, i, n); k != "" {
			p.count(k, 1)
			continue
		}
		if lower == "" {
			lower = toLower(t)
		}
		if k := p.e.rules.paragraphOf(t, lower, f, n); k != "" {
			p.count(k, 1)
			switch k {
			case KindPaywall:
				p.controls.paywallText++
			case KindCookie:
				p.controls.consentCut += n
			}
			continue
		}
		// The cells of a data table repeat by nature (a venue, a price,
		// "closed"): they are data, not a block the page shows twice.
		if len(t) >= 20 && seen[f] && !inTable(pa.src) {
			p.count(KindDuplicate, 1)
			continue
		}
		seen[f] = true
		folds[t] = f
		out = append(out, pa)
		if n > maxBylineLineWords && endsSentence(t) {
			// The story's running text (authorLine).
			run++
		}
	}
	out = p.dropEmptyHeadings(out)
	out = p.dropTrailingHeadings(out)
	// A link back to the section's list ends the page, not the story
	// (overviewlink.go); the tail rules read what it closed.
	out = p.dropOverviewLink(out)
	// Each tail rule sees what the rules before it left, and a heading
	// left hanging at the end goes with what it headed.
	for _, tail := range tailRules {
		if i := tail.find(out); i < len(out) {
			p.count(tail.kind, int32(len(out)-i))
			out = p.dropTrailingHeadings(out[:i])
		}
	}
	out = p.dropLinkLineRuns(out)
	out = p.dropTextAds(out)
	out = p.dropPullQuotesFolded(out, folds)
	res := make([]string, 0, len(out))
	p.kept = make([]*html.Node, 0, len(out))
	for _, pa := range out {
		p.kept = append(p.kept, pa.src)
		if t, ok := codeText(pa); ok {
			res = append(res, t)
			continue
		}
		res = append(res, pa.text)
	}
	return res
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

// maxHeadlineWords bounds a headline.
const maxHeadlineWords = 25

// soleHeadline reports whether pa, with kept paragraphs before it, is the
// page's only <h1> opening the content: the headline, even when its words
// differ from the <title> ("Unsere Leistungen" on a page titled
// "Leistungen – Tischlerei Brandt").
//
// On a page without an <h1>, a bold line of three words or more that opens
// the content is the headline likewise ("<b>Sommerfest 2026</b><br>").
func (p *page) soleHeadline(pa para, n, kept int) bool {
	if kept > 0 || n > maxHeadlineWords || pa.src == nil {
		return false
	}
	switch len(p.meta.h1s) {
	case 0:
		return pa.boldLine && n >= 3
	case 1:
		return pa.src.DataAtom == atom.H1
	}
	return false
}
