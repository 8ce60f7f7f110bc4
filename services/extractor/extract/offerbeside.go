package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Offers beside the story. A paywall stub is a story that stops at an
// offer set in the story's place: the offer box follows the story's
// visible paragraphs in the story's own column. A site that sells
// subscriptions also sets the same box in its rail, beside stories that
// are free and whole; there it is chrome, like the rail's teasers, and
// says nothing about the story. Counted as a paywall, it typed a
// one-sentence brief beside such a rail a paywall (a non-article, its
// sentence lost) and flagged whole stories paywalled.
//
// Where the box sits tells the two apart, whatever the markup names:
//   - in a complementary region (<aside>, role=complementary) that does
//     not hold the headline: a rail;
//   - in another branch than the column that holds both the headline and
//     the story's last line before the box: a second column, or a rail
//     after the story in source order;
//   - outside the <article> that holds the story's last line before the
//     box, under a headline outside both: a column beside the story under
//     a full-width header.
//
// A box in the story's own column (after its paragraphs, after its body
// block, set into its last paragraph's block) stays a paywall, and so does
// a box under a headline with no story line before it (a hard paywall).

// markOffersBeside remembers which of the page's offer boxes sit beside
// the story (see the top of this file); it runs before the cuts, on the
// whole page.
func (p *page) markOffersBeside(offers map[*html.Node]bool) {
	if len(offers) == 0 {
		return
	}
	h := p.headlineNode()
	// A page's one <h1> is its headline's place, whatever the title
	// says (a shortened title, a subject line over the headline).
	if h == nil && len(p.controls.h1s) == 1 {
		h = p.controls.h1s[0]
	}
	if h == nil {
		return
	}
	for b := range offers {
		if offerBeside(b, h) || !p.meta.notFree() && briefBesideOffer(b, h) && !offerReadsOn(b) {
			if p.controls.besideOffers == nil {
				p.controls.besideOffers = map[*html.Node]bool{}
			}
			p.controls.besideOffers[b] = true
		}
	}
}

// countOffer counts the offer (or sign-in call box) n as a wall of the
// page, unless it sits beside the story: in an offer box beside it (a
// rail's "Already a subscriber? Sign in" line is a call box of its own).
func (p *page) countOffer(n *html.Node) {
	if len(p.controls.besideOffers) > 0 {
		for q := n; q != nil; q = q.Parent {
			if p.controls.besideOffers[q] {
				return
			}
		}
	}
	p.controls.offers++
	if p.paywallOffer(n) {
		p.controls.paywallOffers++
	}
}

// storyOffers are the offers in the story's place: the ones a paywall
// stub's story may stop at (paywallstub.go).
func (p *page) storyOffers(offers map[*html.Node]bool) map[*html.Node]bool {
	if len(p.controls.besideOffers) == 0 {
		return offers
	}
	out := map[*html.Node]bool{}
	for b := range offers {
		if !p.controls.besideOffers[b] {
			out[b] = true
		}
	}
	return out
}

// offerBeside reports an offer box b that sits beside the story whose
// headline is h.
func offerBeside(b, h *html.Node) bool {
	if b == h || isAncestor(b, h) {
		return false
	}
	for q := b; q != nil; q = q.Parent {
		if q.Type == html.ElementNode && (q.DataAtom == atom.Aside || strings.EqualFold(strings.TrimSpace(attr(q, "role")), "complementary")) {
			if isAncestor(q, h) {
				break
			}
			return true
		}
	}
	last := lastLineBefore(h, b)
	if last == nil {
		return false
	}
	k := lowestCommon(last, b)
	if k == nil {
		return false
	}
	col := last
	for col.Parent != k {
		col = col.Parent
	}
	if isAncestor(k, h) {
		// The headline and the story's last line share a column the box
		// is not in. A box inside an <article> (the headline's, or an
		// item of a feed the story is made of) or holding a dated item of
		// the story (a live entry's time over the offer the entry was cut
		// to) is in the story's place.
		if !isAncestor(col, h) || insideAny(b, atom.Article) || holdsElement(b, atom.Time) {
			return false
		}
		switch {
		case col.DataAtom == atom.Article:
			// The story's <article> ends before the box.
			return true
		case k.DataAtom == atom.Main || strings.EqualFold(attr(k, "role"), "main"):
			// The page's main region splits into the headline's block
			// (a lede beside it, a stub's visible part) and the rest, in
			// which a stub's offer fills the story's place: a column
			// beside the box holds a story run of its own.
			return storyRunBefore(col, b)
		}
		// A layout row: the column holds its story in a block of its
		// own, or a story run beside the headline; a lede alone beside
		// the headline is a stub's head block.
		return last.Parent != h.Parent || storyRunBefore(col, b)
	}
	for q := last.Parent; q != nil && q != k; q = q.Parent {
		if q.DataAtom == atom.Article {
			return true
		}
	}
	return false
}

// lastLineBefore is the last line of running text after h and before b in
// document order (a paragraph, a quote or a block of text of
// minStoryLineWords words or more), or nil.
func lastLineBefore(h, b *html.Node) *html.Node {
	root := h
	for root.Parent != nil {
		root = root.Parent
	}
	var last *html.Node
	after, done := false, false
	walk(root, func(c *html.Node) bool {
		if done {
			return false
		}
		if c == b {
			done = true
			return false
		}
		if c == h {
			after = true
			return false
		}
		if c.Type != html.ElementNode {
			return c.Type == html.DocumentNode
		}
		switch c.DataAtom {
		case atom.Script, atom.Style, atom.Template, atom.Svg, atom.Head:
			return false
		}
		if isAncestor(c, b) {
			return true
		}
		if c.DataAtom == atom.P || c.DataAtom == atom.Blockquote || c.DataAtom == atom.Div && !hasBlockChild(c) {
			if after && words(textOf(c)) >= minStoryLineWords {
				last = c
			}
			return false
		}
		return true
	})
	return last
}

// lowestCommon is the nearest node that holds both a and b, at any depth
// (commonAncestor stops at maxBoxDepth).
func lowestCommon(a, b *html.Node) *html.Node {
	up := map[*html.Node]bool{}
	for q := a; q != nil; q = q.Parent {
		up[q] = true
	}
	for q := b; q != nil; q = q.Parent {
		if up[q] {
			return q
		}
	}
	return nil
}

// articleBeside reports an <article> in n outside the box that holds a
// line of running text: a story beside the box, however short (a brief's
// one sentence under a full-width headline, which storyBeside's paragraph
// of minOfferStoryWords words misses). An offer box never grows over it.
func articleBeside(n, box *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		switch {
		case found || c == box:
			return false
		case c.Type != html.ElementNode:
			return c.Type == html.DocumentNode
		case c.DataAtom == atom.Article && !isAncestor(c, box):
			found = longestLine(c) >= minStoryLineWords
			return false
		}
		return true
	})
	return found
}

// longestLine is the words of the longest paragraph, quote or text block
// in n.
func longestLine(n *html.Node) int {
	longest := 0
	walk(n, func(c *html.Node) bool {
		if c.Type != html.ElementNode {
			return c.Type == html.DocumentNode
		}
		if c.DataAtom == atom.P || c.DataAtom == atom.Blockquote || c.DataAtom == atom.Div && !hasBlockChild(c) {
			longest = max(longest, words(textOf(c)))
			return false
		}
		return true
	})
	return longest
}
