package extract

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// Walls in the story's place. A site that serves a wall instead of a story
// (a consent dialog, a sign-in form, an "open in the app" box, an empty
// shell that needs scripts) sets it where the story's paragraphs would be:
// in the story's container, under the headline. Around it the template
// stays, and some of the template is text: the replies under a forum post,
// the next story of an infinitely scrolling page, a rail of teasers, a
// contact box, readers' comments. Counted together these easily make the
// thirty words of an article. The question that tells such a page from a
// short story is structural: is there a story run at all beside the wall,
// or is every line that was kept in a block that is not the story (a
// section under a heading of its own, a reply of a thread, the wall's own
// lines, a line too short to be running text)?
//
// The wall is found by its control (a password field, a consent button,
// an app-store link, a <noscript> line), its slot by climbing from the
// control while the ancestor holds no text beside it. A slot counts when
// it is the story's place: inside the page's <main> or <article>, or after
// the headline; never in the chrome (header, nav, aside, footer), never in
// a layer fixed over the page (a consent overlay over an intact story),
// never beside a price (a paywall's own sign-in box is the paywall).
//
// Which wall names a page with two (a login form in the story's place on
// a page whose template also carries a subscription box, paywall markup or
// a donation appeal): the one in the story's place. The other only says
// what the page would be with its story.

// wallMark is a wall's control and the reason it stands for.
type wallMark struct {
	n      *html.Node
	reason newsv1.NonArticleReason
}

// maxWallMarks bounds the wall controls remembered per page.
const maxWallMarks = 16

// maxHeadlineMarks bounds the <h1>s remembered per page.
const maxHeadlineMarks = 8

// maxSlotWallWords bounds the text a wall in the story's place turns into
// a non-article: what is left beside a wall is a rail, a box, a few
// replies, at most a next story's opening.
const maxSlotWallWords = 400

// minShortRunLines is how many short lines under one parent beside a
// wall make a run of the story (a results list, a poem's lines, a brief's
// items), not a date or a label.
const minShortRunLines = 3

// maxSlotSlack is the text a wall's slot may hold beside the wall (a
// label, a counter) and still be the wall's.
const maxSlotSlack = 3

// wallSlot is the element a wall fills and its ancestors, remembered
// before the cuts detach anything.
type wallSlot struct {
	slot   *html.Node
	chain  map[*html.Node]bool
	reason newsv1.NonArticleReason
	// headline is the <h1> the slot stands under, if any.
	headline *html.Node
	// items are, by parent, the tag and first class of the slot's
	// ancestor under it: a block of the same tag and class beside it is
	// another item of the run the slot's item opens (a reply after the
	// post the wall filled).
	items map[*html.Node]string
	// signed are the like items that hold a link naming an author.
	signed map[*html.Node]bool
	// headed are the blocks beside the slot's ancestors that open with a
	// heading of their own, read before the cuts (which may take the
	// heading, a rail's "Most read", with them).
	headed map[*html.Node]bool
	// sections are the blocks beside the slot that open with a heading
	// and run on as the sections of one text (see headedBlocks): their
	// lines are the story's.
	sections map[*html.Node]bool
}

// mark remembers n as a wall control of reason r; a control in the chrome
// is none.
func (c *controls) mark(n *html.Node, r newsv1.NonArticleReason) {
	if len(c.walls) < maxWallMarks && !insideAny(n, atom.Aside, atom.Nav, atom.Header, atom.Footer) {
		c.walls = append(c.walls, wallMark{n, r})
	}
}

// findWallSlot finds the first wall control that fills the story's place
// (see the top of this file); it runs after scanPage, on the whole page.
func (p *page) findWallSlot() {
	if len(p.controls.walls) == 0 {
		return
	}
	h := p.headlineNode()
	// The scan saw a <main> or an <article> where hasLandmark looks, most
	// pages' case: the walk over the whole body is left for the others.
	landmark := p.controls.landmark || hasLandmark(p.body)
	p.controls.loginBeside = p.signInBeside(h)
	// A <noscript> line is the weakest of the walls' evidence (templates
	// carry them for players and counters): it names the page only when
	// no other wall fills the story's place.
	var shell *wallSlot
	for _, w := range p.controls.walls {
		if fixedLayer(w.n) {
			continue
		}
		s := p.slotOf(w.n)
		if s == nil || p.priceIn(s) || p.laterItem(s) {
			continue
		}
		// The story's place is in the page's <main> or <article> when it
		// marks one (a banner after it is the template's), and below the
		// headline when it shows one (a banner above it lies over the
		// page).
		if landmark && s.DataAtom != atom.Article && !insideAny(s, atom.Main, atom.Article) && !insideRoleMain(s) {
			continue
		}
		if h != nil && !precedes(h, s) || h == nil && !landmark {
			continue
		}
		// A page that marks no story has its story's place beside its
		// headline, not at the end of its body.
		if !landmark && !nearHeadline(h, s) {
			continue
		}
		chain := map[*html.Node]bool{}
		for q := s; q != nil; q = q.Parent {
			chain[q] = true
		}
		ws := &wallSlot{slot: s, chain: chain, reason: w.reason, headline: h}
		if w.reason != newsv1.NonArticleReason_NON_ARTICLE_REASON_NO_TEXT {
			p.wall = ws
			break
		}
		if shell == nil {
			shell = ws
		}
	}
	if p.wall == nil {
		p.wall = shell
	}
	if p.wall != nil {
		p.wall.headed, p.wall.sections = headedBlocks(p.wall.slot, h, p.body)
		p.bodyUnderSubhead(h)
		p.wall.items = map[*html.Node]string{}
		for q := p.wall.slot; q != nil && q.Parent != nil; q = q.Parent {
			if k := itemKey(q); k != "" {
				p.wall.items[q.Parent] = k
			}
		}
		// Only a like item that names its author (a post, a reply) is
		// one beside the story: a page builder's like blocks (a video
		// widget, then text widgets) make up the story itself.
		p.wall.signed = map[*html.Node]bool{}
		for _, a := range authorLinks(p.scan.links) {
			for q, k := a, 0; q != nil && q.Parent != nil && k < maxBoxDepth; q, k = q.Parent, k+1 {
				if key, ok := p.wall.items[q.Parent]; ok && !p.wall.chain[q] && itemKey(q) == key {
					p.wall.signed[q] = true
					break
				}
			}
		}
	}
}

// signInBeside reports a page whose sign-in forms all sit beside the
// story's place: above its headline (a login box in the site's top bar),
// or outside the <main> that holds its headline (a column beside the
// story). Such a form names no page, however short its story. A page
// without a headline shows no place to judge by; an <article> may hold
// the story's teaser alone, with its wall after it.
func (p *page) signInBeside(h *html.Node) bool {
	if h == nil {
		return false
	}
	var place *html.Node
	for q := h.Parent; q != nil && place == nil; q = q.Parent {
		if q.DataAtom == atom.Main || strings.EqualFold(attr(q, "role"), "main") {
			place = q
		}
	}
	seen := false
	for _, w := range p.controls.walls {
		if w.reason != newsv1.NonArticleReason_NON_ARTICLE_REASON_LOGIN_WALL {
			continue
		}
		seen = true
		if precedes(h, w.n) && (place == nil || isAncestor(place, w.n)) {
			return false
		}
	}
	return seen
}

// slotOf climbs from a wall control while the ancestor holds no more than
// maxSlotSlack words beside it, and returns the highest such ancestor
// below the page's body and <main>.
func (p *page) slotOf(n *html.Node) *html.Node {
	s := n
	// An <article> filled by the wall is the story's place; above it
	// lies the page's frame.
	for s.Parent != nil && s.Parent != p.body && s.DataAtom != atom.Article {
		up := s.Parent
		if up.DataAtom == atom.Main || up.DataAtom == atom.Body || strings.EqualFold(attr(up, "role"), "main") {
			break
		}
		if p.st.get(up).words > p.st.get(s).words+maxSlotSlack && !p.consentBox(up, s) {
			break
		}
		s = up
	}
	if s == n && n.Parent != nil {
		// A control alone is no slot: its box is.
		s = n.Parent
	}
	return s
}

// laterItem reports s in an item of a run of like siblings (one tag, one
// first class) that is not the run's first: an entry of a live blog, a
// reply of a thread, a card of a list. Such an item is one of the story's
// parts or one beside it, never the story's place; a thread's story is
// its first post.
func (p *page) laterItem(s *html.Node) bool {
	for q := s; q != nil && q != p.body; q = q.Parent {
		if q.Type != html.ElementNode {
			continue
		}
		c := firstClassToken(q)
		if c == "" {
			continue
		}
		for b := q.PrevSibling; b != nil; b = b.PrevSibling {
			if b.Type == html.ElementNode && b.DataAtom == q.DataAtom && firstClassToken(b) == c {
				return true
			}
		}
	}
	return false
}

// firstClassToken is the first word of n's class attribute.
func firstClassToken(n *html.Node) string {
	f := strings.Fields(attr(n, "class"))
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

// maxConsentLineWords bounds a line of a consent dialog's own text.
const maxConsentLineWords = 40

// consentBox reports up, the parent of s, as a consent dialog that s's
// consent controls belong to: at most maxOverlayWords words, and each of
// its other children a short heading or a short line about cookies or
// consent (a dialog without classes, its heading, its two sentences and
// its buttons' row). A story's box holds a byline or a paragraph on
// something else.
func (p *page) consentBox(up, s *html.Node) bool {
	if p.st.get(up).words > maxOverlayWords || !consentButtonIn(s) {
		return false
	}
	for c := up.FirstChild; c != nil; c = c.NextSibling {
		if c == s {
			continue
		}
		switch c.Type {
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return false
			}
			continue
		case html.ElementNode:
		default:
			continue
		}
		t := textOf(c)
		w := words(t)
		switch {
		case w == 0:
		case isHeading(c) && w <= minStoryLineWords:
		case w <= maxConsentLineWords && aboutConsent(t):
		default:
			return false
		}
	}
	return true
}

// priceIn reports a price among the page's prices inside s.
func (p *page) priceIn(s *html.Node) bool {
	return holdsAnyOf(s, p.scan.prices)
}

// fixedLayer reports n inside an element fixed in place by its inline
// style: a layer laid over the page, not a slot of it.
func fixedLayer(n *html.Node) bool {
	for q := n.Parent; q != nil; q = q.Parent {
		if q.Type == html.ElementNode {
			if st := attr(q, "style"); st != "" && fixedRe.MatchString(st) {
				return true
			}
		}
	}
	return false
}

func insideRoleMain(n *html.Node) bool {
	for q := n.Parent; q != nil; q = q.Parent {
		if q.Type == html.ElementNode && strings.EqualFold(attr(q, "role"), "main") {
			return true
		}
	}
	return false
}

// headlineNode is the page's <h1> that shows its title, if one does, or
// else its first <h2> or <h3> that does (a forum shows its topic's title
// so, under the board's name).
func (p *page) headlineNode() *html.Node {
	ft := fold(p.title)
	if ft == "" {
		return nil
	}
	// The title's parts are split only when a heading is not the whole
	// title: most pages' <h1> is.
	var parts []string
	split := false
	shows := func(h *html.Node) bool {
		fh := fold(textOf(h))
		if fh == "" {
			return false
		}
		if fh == ft || strings.Contains(ft, fh) && words(fh) >= 3 || strings.Contains(fh, ft) {
			return true
		}
		// A short headline is the title's part before the site's name.
		if !split {
			parts, split = titleParts(p.title), true
		}
		for _, t := range parts {
			if fold(t) == fh {
				return true
			}
		}
		return false
	}
	for _, h := range p.controls.h1s {
		if shows(h) {
			return h
		}
	}
	var found *html.Node
	walk(p.body, func(c *html.Node) bool {
		if found != nil || c.Type != html.ElementNode {
			return found == nil && c.Type == html.DocumentNode
		}
		switch c.DataAtom {
		case atom.H2, atom.H3:
			if shows(c) {
				found = c
			}
			return false
		case atom.Script, atom.Style, atom.Template, atom.Svg, atom.Head:
			return false
		}
		return true
	})
	return found
}

// hasLandmark reports a <main>, an <article> or a role=main box in
// body: a page that marks its story's place. It is read only on a page
// with a wall's control.
func hasLandmark(body *html.Node) bool {
	found := false
	walk(body, func(c *html.Node) bool {
		if found || c.Type != html.ElementNode {
			return !found && c.Type == html.DocumentNode
		}
		switch c.DataAtom {
		case atom.Main, atom.Article:
			found = true
		case atom.Div, atom.Section:
			found = strings.EqualFold(attr(c, "role"), "main")
		case atom.Script, atom.Style, atom.Template, atom.Svg:
			return false
		}
		return !found
	})
	return found
}

// maxSlotHeadlineDepth bounds how far above the headline the container
// that holds both it and a wall's slot may be, on a page that marks no
// story: the headline's own box, its header's, the story's.
const maxSlotHeadlineDepth = 3

// nearHeadline reports whether s lies in one of the maxSlotHeadlineDepth
// lowest ancestors of the headline h.
func nearHeadline(h, s *html.Node) bool {
	q := h
	for k := 0; k < maxSlotHeadlineDepth && q.Parent != nil; k++ {
		q = q.Parent
		if q.DataAtom == atom.Body {
			return false
		}
		if contains(q, s) {
			return true
		}
	}
	return false
}

// precedes reports whether a comes before b in document order (a not
// holding b).
func precedes(a, b *html.Node) bool {
	up := map[*html.Node]*html.Node{}
	for q, prev := a, (*html.Node)(nil); q != nil; prev, q = q, q.Parent {
		up[q] = prev
	}
	prevB := (*html.Node)(nil)
	for q := b; q != nil; prevB, q = q, q.Parent {
		childA, ok := up[q]
		if !ok {
			continue
		}
		if childA == nil || prevB == nil {
			// One holds the other.
			return false
		}
		for s := childA.NextSibling; s != nil; s = s.NextSibling {
			if s == prevB {
				return true
			}
		}
		return false
	}
	return false
}

// slotWall returns the reason of the wall in the story's place when no
// kept line (srcs, the elements of paras) is a story run: each is the
// wall's own line, a reply of a thread, a line of a block under a heading
// of its own (not one of the sections of one text), or a line too short
// to be running text that is not one of a run of such lines. It returns
// UNSPECIFIED otherwise.
func (p *page) slotWall(paras []string, srcs []*html.Node, wordCount int) newsv1.NonArticleReason {
	w := p.wall
	if w == nil || wordCount > maxSlotWallWords || len(srcs) != len(paras) {
		return newsv1.NonArticleReason_NON_ARTICLE_REASON_UNSPECIFIED
	}
	// The kept lines by the block beside the wall that holds them.
	blocks := map[*html.Node][]*html.Node{}
	var order []*html.Node
	// Short lines by their parent: a run of them (a results list, a
	// poem, a brief of one-line items) is the story's text as a long
	// line is; one or two (a date, a label) are not.
	short := map[*html.Node][]*html.Node{}
	var shortOrder []*html.Node
	told := w.toldUnderSubhead(paras, srcs)
	for i, src := range srcs {
		if src == nil {
			return newsv1.NonArticleReason_NON_ARTICLE_REASON_UNSPECIFIED
		}
		if isHeading(src) || p.laterPost(src) {
			continue
		}
		a := w.blockOf(src)
		if a == nil || w.headed[a] && !told[a] || w.likeItem(a) {
			// The wall's own line, a line of a page part the slot's
			// ancestors do not reach, or of a block under its own
			// heading.
			continue
		}
		if words(paras[i]) < minStoryLineWords {
			if src.Parent != nil {
				if _, ok := short[src.Parent]; !ok {
					shortOrder = append(shortOrder, src.Parent)
				}
				short[src.Parent] = append(short[src.Parent], src)
			}
			continue
		}
		if _, ok := blocks[a]; !ok {
			order = append(order, a)
		}
		blocks[a] = append(blocks[a], src)
	}
	for _, parent := range shortOrder {
		lines := short[parent]
		if len(lines) < minShortRunLines {
			continue
		}
		for _, src := range lines {
			a := w.blockOf(src)
			if _, ok := blocks[a]; !ok {
				order = append(order, a)
			}
			blocks[a] = append(blocks[a], src)
		}
	}
	for _, a := range order {
		if w.sections[a] || told[a] || !allHeaded(a, blocks[a], w.headline) {
			return newsv1.NonArticleReason_NON_ARTICLE_REASON_UNSPECIFIED
		}
	}
	return w.reason
}

// minToldLines and minToldLineWords make the run of sentences that
// tells a story: three kept lines of 15 words or more under one parent,
// each ending a sentence. A box under its own heading (a contact box, a
// reply, a teaser's summary) holds one or two such lines, or one per
// card.
const (
	minToldLines     = 3
	minToldLineWords = 15
)

// toldUnderSubhead returns the blocks under a heading of their own
// (headed) whose kept lines run on in sentences (minToldLines lines of
// minToldLineWords words under one parent, in no <article> of its own):
// the story's body that opens with a subheading, beside a wall's box set
// under the headline.
func (w *wallSlot) toldUnderSubhead(paras []string, srcs []*html.Node) map[*html.Node]bool {
	runs := map[*html.Node]int{}
	var out map[*html.Node]bool
	for i, src := range srcs {
		if src == nil || src.Parent == nil || words(paras[i]) < minToldLineWords || !endsSentence(paras[i]) {
			continue
		}
		a := w.blockOf(src)
		if a == nil || !w.headed[a] || storyOfItsOwn(src, a) {
			continue
		}
		runs[src.Parent]++
		if runs[src.Parent] >= minToldLines {
			if out == nil {
				out = map[*html.Node]bool{}
			}
			out[a] = true
		}
	}
	return out
}

// storyOfItsOwn reports an <article> between src and block a, a
// included: the next story of an endless page, not the story's body.
func storyOfItsOwn(src, a *html.Node) bool {
	for q := src; q != nil; q = q.Parent {
		if q.DataAtom == atom.Article {
			return true
		}
		if q == a {
			break
		}
	}
	return false
}

// blockOf is the child of the lowest common ancestor of the slot and src
// that holds src; nil when src is in the slot.
func (w *wallSlot) blockOf(src *html.Node) *html.Node {
	prev := (*html.Node)(nil)
	for q := src; q != nil; prev, q = q, q.Parent {
		if w.chain[q] {
			if q == w.slot {
				return nil
			}
			return prev
		}
	}
	return nil
}

// headedBlocks returns the children of s's ancestors up to body (s's
// own branch aside) whose first text is a heading other than the
// headline h and that do not hold h, and apart from them the sections:
// three or more such blocks of one tag in a row, each under a heading
// that is no link. Each block is read until its first text (twice): the
// blocks are disjoint, so the page is read at most twice.
func headedBlocks(s, h, body *html.Node) (headed, sections map[*html.Node]bool) {
	out, run := map[*html.Node]bool{}, map[*html.Node]bool{}
	for q := s; q != nil && q.Parent != nil && q != body; q = q.Parent {
		var unlinked []*html.Node
		for b := q.Parent.FirstChild; b != nil; b = b.NextSibling {
			// The block that holds the headline is the story's, whatever
			// kicker or label heading opens it.
			if b != q && b.Type == html.ElementNode && (h == nil || !contains(b, h)) && opensWithHeading(b, h) {
				out[b] = true
				if hd := openingHeading(b); hd != nil && firstLink(hd) == nil {
					unlinked = append(unlinked, b)
				}
			}
		}
		// Three or more blocks of one tag beside each other, each under
		// a heading that is no link, are the sections of one text (a
		// listicle's points, a guide's steps): a rail or a reply box
		// comes alone, or under a linked teaser's headline.
		for i := 0; i < len(unlinked); {
			j := i + 1
			for j < len(unlinked) && unlinked[j].DataAtom == unlinked[i].DataAtom && nextElement(unlinked[j-1]) == unlinked[j] {
				j++
			}
			if j-i >= minSectionRun {
				for _, b := range unlinked[i:j] {
					delete(out, b)
					run[b] = true
				}
			}
			i = j
		}
	}
	return out, run
}

// maxSubheadLinkDensity bounds the link text of a block of the story's
// text under a subhead; a rail under its title is mostly links.
const maxSubheadLinkDensity = 0.3

// bodyUnderSubhead moves to the sections a block that opens with a
// subhead beside a slot that fills only a part of the story's body (the
// slot's parent does not hold the headline h: an embed's placeholder set
// among the story's blocks) when the subhead is no link and the block is
// mostly not links: the story's text goes on under it ("The key points",
// "Background"). A rail or a box under its own heading beside such a
// slot is mostly links or stands beside the story's whole body.
func (p *page) bodyUnderSubhead(h *html.Node) {
	s := p.wall.slot
	if h == nil || s.Parent == nil || s.Parent == p.body || contains(s.Parent, h) {
		return
	}
	for b := s.Parent.FirstChild; b != nil; b = b.NextSibling {
		if !p.wall.headed[b] || p.st.linkDensity(b) >= maxSubheadLinkDensity {
			continue
		}
		if hd := openingHeading(b); hd != nil && firstLink(hd) == nil {
			delete(p.wall.headed, b)
			p.wall.sections[b] = true
		}
	}
}

// minSectionRun is how many like blocks under unlinked headings in a row
// make the sections of one text.
const minSectionRun = 3

// openingHeading is the heading that holds b's first text, if one does.
func openingHeading(b *html.Node) *html.Node {
	var hd *html.Node
	done := false
	walk(b, func(c *html.Node) bool {
		if done {
			return false
		}
		switch c.Type {
		case html.TextNode:
			done = strings.TrimSpace(c.Data) != ""
			return false
		case html.ElementNode:
			if skipSet.has(c.DataAtom) {
				return false
			}
			if isHeading(c) {
				hd, done = c, true
				return false
			}
			return true
		}
		return c.Type == html.DocumentNode
	})
	return hd
}

// opensWithHeading reports whether the first text of b is in a heading
// other than h, or is a counter line.
func opensWithHeading(b, h *html.Node) bool {
	done, headed := false, false
	walk(b, func(c *html.Node) bool {
		if done {
			return false
		}
		switch c.Type {
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				done = true
				// A counter line heads a box as a heading does
				// ("Commentaires (4)", "12 comments").
				headed = words(c.Data) <= 3 && c.Parent != nil && c.Parent != b && counterLineRe.MatchString(normalize(textOf(c.Parent)))
			}
			return false
		case html.ElementNode:
			if skipSet.has(c.DataAtom) {
				return false
			}
			if isHeading(c) {
				done, headed = true, c != h
				return false
			}
			return true
		}
		return c.Type == html.DocumentNode
	})
	return headed
}

// likeItem reports a block of the same tag and first class as the slot's
// ancestor beside it that names its author: another post of the thread
// whose first post the wall filled.
func (w *wallSlot) likeItem(a *html.Node) bool {
	return w.signed[a]
}

// itemKey is n's tag and first class, "" for an element without a class.
func itemKey(n *html.Node) string {
	if c := firstClassToken(n); c != "" {
		return n.Data + "." + c
	}
	return ""
}

// counterLineRe matches a line that counts what follows it: a word and a
// count in brackets, or a count and a word. A date ("3. Dezember") has a
// point after its number.
var counterLineRe = regexp.MustCompile(`^(\pL+ \(\d+\)|\d+ \pL+)$`)

// laterPost reports src in a thread's post other than its first, which
// is the thread's story.
func (p *page) laterPost(src *html.Node) bool {
	if !p.inThreadPost(src) {
		return false
	}
	return !insideAnyOf(src, p.firstPosts)
}

// allHeaded reports whether each of lines comes after a heading of its own
// inside block a (the headline is the story's, not a section's): block a
// is a section of the template (a rail, a box, a reply, the next story),
// not a run of the story.
func allHeaded(a *html.Node, lines []*html.Node, headline *html.Node) bool {
	if a == nil || len(lines) == 0 {
		return false
	}
	want := make(map[*html.Node]bool, len(lines))
	for _, l := range lines {
		if l == a {
			// The block is the line itself: a paragraph of a run.
			return false
		}
		want[l] = true
	}
	headed, ok := false, true
	left := len(want)
	walk(a, func(c *html.Node) bool {
		if !ok || left == 0 {
			return false
		}
		if c.Type != html.ElementNode {
			return c.Type == html.DocumentNode
		}
		if want[c] {
			left--
			if !headed {
				ok = false
			}
			return false
		}
		if c == headline {
			// What follows the headline is the story's, whatever kicker
			// heading came before it.
			headed = false
			return false
		}
		if isHeading(c) {
			headed = true
			return false
		}
		return true
	})
	return ok && left == 0
}
