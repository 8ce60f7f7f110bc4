package extract

import (
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/publicsuffix"
)

// Three shapes of chrome that pages of the 2007–2010 newsrooms set in the
// story's column, before, inside or after the story, with no class that
// tells them apart, read from their shape alone:
//
//   - a related-story list whose items are each a linked headline and its
//     date ("Store updated - 09 Nov, 2007" and a one-line teaser, or
//     "Transfer talk (31 Dec 07 | Premier League)" items on <br> lines that
//     the paragraph walk joins into one paragraph);
//   - a house promo line that is only an imperative link: a short line
//     closed by a link whose whole text is "HERE" ("… by Direct Delivery
//     HERE", "Click HERE."), or opened by the imperative "click" with
//     what to click for ("Click for the gallery", "Klicken Sie hier, um …").
//     A "here" link to another site is the story citing a source;
//   - a narrow promo box (a table, an aside or a <div>) set between the
//     story's paragraphs: short lines, a third of them links or more (or
//     a label over one link), and the story going on after it in the
//     container it sits in.

// Bounds of a dated list item: the headline before its date, and what
// follows the last date of a paragraph (a one-line teaser).
const (
	maxDatedHeadWords   = 20
	maxDatedTeaserWords = 25
	// minListDates is the fewest dated items a list holds: two could be a
	// story's own "see also" pair.
	minListDates = 3
)

// itemDateRe finds a calendar date inside a line: day and month name with
// a year of two or four figures, month name, day and year, or figures.
var itemDateRe = regexp.MustCompile(`(?i)(?:^|[^\p{L}\d])(\d{1,2}\.?\s+(?:jan|feb|fév|m[aä]r|apr|avr|abr|ma[iy]|jun|jui|jul|aug|aoû|ago|sep|o[ck]t|nov|d[eé][cz]|dic|ene)\p{L}*\.?,?\s+(?:\d{4}|\d{2})|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2}))(?:[^\p{L}\d]|$)`)

// dateSeps set a list item's date off its headline ("Headline - 09 Nov,
// 2007", "Headline (31 Dec 07 | Section)"); a date inside a sentence
// follows a word ("ran on Nov 4, 2003").
const dateSeps = "-–—|([,·•/"

// datedItems returns how many dated list items paragraph pa (linked or
// opening with a link) holds: each date is set off by a separator and has
// at most maxDatedHeadWords words before it since the last one, and at
// most maxDatedTeaserWords follow the last. It returns 0 for anything
// else.
func datedItems(pa para) int {
	if !pa.linkHead && !pa.halfLinked {
		return 0
	}
	t := pa.text
	// A date needs a figure: most paragraphs have none.
	if !strings.ContainsAny(t, "0123456789") {
		return 0
	}
	locs := itemDateRe.FindAllStringSubmatchIndex(t, -1)
	if len(locs) == 0 {
		return 0
	}
	prev := 0
	for _, l := range locs {
		head := strings.TrimRight(t[prev:l[2]], " \u00a0")
		if w := words(head); w == 0 || w > maxDatedHeadWords {
			return 0
		}
		if r, _ := utf8.DecodeLastRuneInString(head); !strings.ContainsRune(dateSeps, r) {
			return 0
		}
		prev = l[3]
	}
	if words(t[prev:]) > maxDatedTeaserWords {
		return 0
	}
	return len(locs)
}

// trailingDatedList finds a list of dated items at the end of ps:
// paragraphs that each hold linked headlines with their dates, minListDates
// dates in all, running to the end (a last line of three words or fewer, a
// "More" link, does not break it). A lone paragraph must be half link text
// at least. A short unlinked label line before the list goes with it. It
// returns where the list starts, or len(ps).
func trailingDatedList(ps []para) int {
	end := len(ps)
	if end > 0 && words(ps[end-1].text) <= 3 {
		end--
	}
	dates, start := 0, end
	for start > 0 {
		k := datedItems(ps[start-1])
		if k == 0 {
			break
		}
		dates += k
		start--
	}
	if dates < minListDates || (end-start == 1 && !ps[start].halfLinked) {
		return len(ps)
	}
	if start > 0 && !ps[start-1].linked && words(ps[start-1].text) <= maxTailLabelWords {
		start--
	}
	return afterStory(ps, start)
}

// maxPromoLineWords bounds an imperative promo line.
const maxPromoLineWords = 20

// Words of an imperative link line: the one word a "click here" link
// holds, and the imperative that opens a line with what to click for.
var (
	hereWords   = []string{"here", "hier", "ici", "aquí", "aqui", "qui", "здесь", "tutaj"}
	clickOpenRe = regexp.MustCompile(`(?i)^(?:click|klicken sie|klick|cliquez|haga clic|pulse|clicca|kliknij|нажмите)\s+(?:here|to|for|on|below|hier|auf|um|ici|sur|pour|aquí|en|para|qui|per|tutaj|здесь)(?:\P{L}|$)`)
)

// orPromo returns k, the kind the line rules gave raw[i] (n words), or
// KindPromo when they gave none and it is an imperative promo line or a
// line of a promo box set into the story.
func (p *page) orPromo(k Kind, raw []para, i, n int) Kind {
	if k == "" && (promoLinkLine(raw[i], n, p.base) || p.inPromoBox(raw, i, n)) {
		return KindPromo
	}
	return k
}

// promoLinkLine reports whether pa (n words) is a house promo line that is
// only an imperative link: a short line that a one-word "here" link to the
// page's own site (base) closes, or that opens with "click" and what to
// click for and holds a link or ends on a colon (the link follows). A
// "here" link to another site is the story citing its source ("More about
// the unveiling here.").
func promoLinkLine(pa para, n int, base *url.URL) bool {
	if n == 0 || n > maxPromoLineWords || pa.src == nil || pa.heading {
		return false
	}
	t := strings.TrimRight(pa.text, " .!:»›")
	// The openers begin with these letters: most lines skip the regexp.
	if r, _ := utf8.DecodeRuneInString(t); strings.ContainsRune("cCkKhHpPнН", r) && clickOpenRe.MatchString(t) {
		return strings.HasSuffix(pa.text, ":") || holdsLink(pa.src)
	}
	last := t
	if i := strings.LastIndexByte(t, ' '); i >= 0 {
		last = t[i+1:]
	}
	for _, w := range hereWords {
		if strings.EqualFold(last, w) {
			href, ok := hereLink(pa.src, w)
			return ok && sameSite(base, href)
		}
	}
	return false
}

// hereLink returns the target of the first link among n's first nodes
// whose whole text is w (lower-case). It walks with walkBounded: n is the
// line's block, which for lines split by <br> holds every line, and walk
// stacks all of a block's children before it reads the first.
func hereLink(n *html.Node, w string) (string, bool) {
	var found *html.Node
	walkBounded(n, maxLinkSearchNodes, func(c *html.Node) bool {
		if found != nil {
			return false
		}
		if c.Type == html.ElementNode && c.DataAtom == atom.A {
			if fold(textOf(c)) == w {
				found = c
			}
			return false
		}
		return true
	})
	if found == nil {
		return "", false
	}
	return strings.TrimSpace(attr(found, "href")), true
}

// sameSite reports whether href, resolved against base, stays on base's
// site (the same registrable domain: news.example.co.uk and
// www.example.co.uk are one site). A page without a host of its own
// counts only relative links as its own.
func sameSite(base *url.URL, href string) bool {
	u, err := url.Parse(href)
	if err != nil {
		return false
	}
	if u.Host == "" {
		return u.Scheme == "" || u.Scheme == "http" || u.Scheme == "https"
	}
	if base == nil || base.Hostname() == "" {
		return false
	}
	a, errA := publicsuffix.EffectiveTLDPlusOne(strings.ToLower(u.Hostname()))
	b, errB := publicsuffix.EffectiveTLDPlusOne(strings.ToLower(base.Hostname()))
	return errA == nil && errB == nil && a == b
}

// Bounds of a promo box set into the story: a narrow table or aside
// between story paragraphs ("Your team source": a blog teaser, a chat
// invitation, a schedule link, an alerts sign-up), whose lines are short
// and hold links.
const (
	// maxPromoBoxWords bounds the box's words.
	maxPromoBoxWords = 150
	// maxPromoBoxLineWords bounds each of its lines: a story paragraph
	// in the box makes it part of the story (a fact box, a quote).
	maxPromoBoxLineWords = 30
	// minPromoBoxLines is the fewest lines the box holds, a third of them
	// and minPromoBoxLinks at least holding links (a quote box may carry
	// one link to its source).
	minPromoBoxLines = 3
	minPromoBoxLinks = 2
	// maxShortBoxLineWords bounds the lines of a box of label-short
	// lines, which needs one link only.
	maxShortBoxLineWords = 8
	// promoBoxReach is how far up from the box the story's container may
	// be (the box's table inside a wrapper table's cell and its divs).
	promoBoxReach = 8
	// minStoryBefore and minStoryAfter are how many story paragraphs
	// (minStoryParaWords or more, not link text) must stand before and
	// after the box, outside it: a box may follow the lede.
	minStoryBefore = 1
	minStoryAfter  = 2
)

// inPromoBox reports whether raw[i] lies in a promo box set into the
// story: an inline table or aside (inlineBox) whose paragraphs, at least
// minPromoBoxLines and at most maxPromoBoxWords words, are each shorter
// than a story paragraph, two and a third of them or more holding links,
// with minStoryBefore story paragraphs before it and minStoryAfter after
// it in a container a few levels above it; or a <div> set between the
// story's paragraphs (setInBlock) of the same make. The answer is kept
// per box, so each box is read once.
func (p *page) inPromoBox(raw []para, i, n int) bool {
	// A line longer than a box's lines makes any box it is in no promo
	// box.
	if n > maxPromoBoxLineWords {
		return false
	}
	c := &p.promo
	b := inlineBox(raw[i].src)
	if b == nil {
		b = setInBlock(raw, i, c.wordsAt)
	}
	if b == nil {
		return false
	}
	if v, ok := c.boxes[b]; ok {
		return v
	}
	if c.boxes == nil {
		c.boxes = map[*html.Node]bool{}
	}
	v := promoBox(raw, i, b)
	c.boxes[b] = v
	return v
}

// promoCache holds, for one page, inPromoBox's answer per box and the
// word counts of the paragraphs it read, each counted once.
type promoCache struct {
	boxes map[*html.Node]bool
	// words[j] is raw[j]'s word count plus one, 0 until counted.
	words []int
}

// wordsAt returns the word count of raw[j].
func (c *promoCache) wordsAt(raw []para, j int) int {
	if len(c.words) != len(raw) {
		c.words = make([]int, len(raw))
	}
	if c.words[j] == 0 {
		c.words[j] = words(raw[j].text) + 1
	}
	return c.words[j] - 1
}

// setInBlock returns the block set into the story that holds raw[i], a
// short line: its element's ancestor, promoBoxReach levels up at most,
// that is a child of the container of one of the nearest story paragraphs
// before it (a <div> of links and blurbs between the story's <p>s; a
// blurb inside the block is no container of it). A line that is itself a
// child of that container is in no block.
func setInBlock(raw []para, i int, wordsAt func([]para, int) int) *html.Node {
	if raw[i].src == nil {
		return nil
	}
	tries := 0
	for j := i - 1; j >= 0 && i-j <= maxPromoBoxWords && tries < storyParents; j-- {
		pa := raw[j]
		if pa.src == nil || pa.halfLinked || wordsAt(raw, j) < minStoryParaWords {
			continue
		}
		tries++
		c := pa.src.Parent
		for q, k := raw[i].src, 0; q != nil && k < promoBoxReach; q, k = q.Parent, k+1 {
			if q.Parent == c {
				if q == raw[i].src {
					return nil
				}
				return q
			}
		}
	}
	return nil
}

// promoBox decides inPromoBox for box b around raw[i].
func promoBox(raw []para, i int, b *html.Node) bool {
	// Each line has a word at least, so the scans stop after
	// maxPromoBoxWords lines: a box that holds a page of them is none.
	first, last := i, i
	for first > 0 && i-first <= maxPromoBoxWords && contains(b, raw[first-1].src) {
		first--
	}
	for last+1 < len(raw) && last-first <= maxPromoBoxWords && contains(b, raw[last+1].src) {
		last++
	}
	lines, linked, total, longest := 0, 0, 0, 0
	var cell *html.Node
	for _, pa := range raw[first : last+1] {
		n := words(pa.text)
		longest = max(longest, n)
		// Two cells of text in one row make a data table (a comparison
		// with linked names), not a box of lines.
		if pa.src != nil && (pa.src.DataAtom == atom.Td || pa.src.DataAtom == atom.Th) {
			if cell != nil && pa.src != cell && pa.src.Parent == cell.Parent {
				return false
			}
			cell = pa.src
		}
		if total += n; n > maxPromoBoxLineWords || total > maxPromoBoxWords {
			return false
		}
		lines++
		if pa.linked || pa.halfLinked || pa.linkHead {
			linked++
		}
	}
	// A box of a few label-short lines needs one link only ("606:
	// Debate" over "Your thoughts on the incident").
	short := lines >= 2 && longest <= maxShortBoxLineWords && linked >= 1
	if !short && (lines < minPromoBoxLines || linked < minPromoBoxLinks || linked*3 < lines) {
		return false
	}
	// The box sits within promoBoxReach levels of a container that holds
	// story paragraphs on both sides of it.
	var ups [promoBoxReach]*html.Node
	q := b
	for k := range ups {
		if q = q.Parent; q == nil {
			break
		}
		ups[k] = q
	}
	near := func(pa para) bool {
		if pa.src == nil || pa.halfLinked || words(pa.text) < minStoryParaWords {
			return false
		}
		for _, u := range ups {
			if u != nil && pa.src.Parent == u {
				return true
			}
		}
		return false
	}
	before, after := 0, 0
	for j := first - 1; j >= 0 && before < minStoryBefore; j-- {
		if near(raw[j]) {
			before++
		}
	}
	// A box of label-short lines may come right before the story's last
	// paragraph.
	wantAfter := minStoryAfter
	if short {
		wantAfter = 1
	}
	for j := last + 1; j < len(raw) && after < wantAfter; j++ {
		if near(raw[j]) {
			after++
		}
	}
	return before >= minStoryBefore && after >= wantAfter
}
