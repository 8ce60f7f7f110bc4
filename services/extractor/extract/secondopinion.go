package extract

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// KindRestored counts, in an Article's removed map, the paragraphs the
// second opinion took back: running text of the story's container that
// the chosen content had left out (restoreBaseline).
// It is the one count of that map that adds text rather than cutting it.
const KindRestored Kind = "restored"

// Bounds of the second opinion. A paragraph it takes back is running
// text: minRestoreParaWords words or more, ending a sentence, hardly any of
// it link text. It takes back at least minRestoreParas such paragraphs and
// minRestoreWords words, and at least minRestoreShare of the words kept: a
// single paragraph or a few words left out beside the story are more often
// a notice or a teaser than story (a trigger of one paragraph and 15 words
// or 5 % changed nine L3S-GN1 tune texts: P 0.991 -> 0.989, R the same).
const (
	minRestoreParaWords = 10
	minRestoreParas     = 2
	minRestoreWords     = 40
	minRestoreShare     = 0.25
)

// restoreBaseline is the extraction's second opinion: the story's
// container as the statistics pass sees it after the chrome cuts
// (baselineBlock). When the chosen content left out a large share of the
// container's running text, the paragraphs left out come back, in document
// order, where they sit next to the kept run: a question beside the answer
// the scorer chose, a story split over boxes that no rule joined.
// (Readability's winner recomputed on the cut page is the chosen block
// itself: newsflow's scorer is readability's.)
//
// It takes back only paragraphs outside the chosen roots: a line the rules
// cut inside the roots (a comment thread, a byline, a call box, a tail) was
// cut for a reason the rules name, and a block the structure pass cut
// (nav, aside, footer, comments, related lists, walls) is no longer in the
// tree. A run of paragraphs is taken back only when nothing but lines of
// maxBylineLineWords words or fewer (subheads, a post's meta line)
// separates it from a kept paragraph, and only after the page's <h1> when
// the container holds it.
func (p *page) restoreBaseline(roots []*html.Node, paras []string) []string {
	if len(p.kept) != len(paras) || len(paras) == 0 || len(roots) == 0 || p.replies > 0 {
		return paras
	}
	kw := wordsIn(paras)
	need := max(minRestoreWords, int(minRestoreShare*float64(kw)))
	// The page holds too little running text outside the roots for any
	// restore to fire: nothing more to read.
	outside := p.st.get(p.body).pwords
	for _, r := range roots {
		outside -= p.st.get(r).pwords
	}
	if outside < need {
		return paras
	}
	base := p.baselineBlock(roots)
	if base == nil {
		return paras
	}
	rootSet := make(map[*html.Node]bool, len(roots))
	for _, r := range roots {
		rootSet[r] = true
	}
	// story holds the roots' ancestors.
	story := map[*html.Node]bool{}
	for _, r := range roots {
		for q := r; q != nil && !story[q]; q = q.Parent {
			story[q] = true
		}
	}
	// kinds are the first class names of the boxes that hold the roots
	// below the container: a box of one of these kinds beside them is
	// another post of a thread or another entry of a list (TestCountedQA),
	// not the story's other half.
	kinds := map[string]bool{}
	inBase := map[*html.Node]bool{base: true}
	for q := range story {
		if k := firstClass(q); k != "" && q.Type == html.ElementNode && q != base && underAny(q, inBase) {
			kinds[k] = true
		}
	}
	keptAt := make(map[*html.Node][]int, len(p.kept))
	keptFold := make(map[string]bool, len(paras))
	for i, n := range p.kept {
		keptAt[n] = append(keptAt[n], i)
		keptFold[fold(paras[i])] = true
	}
	bp := paragraphs([]*html.Node{base})
	// tok: kept index (>= 0), tokCandidate, tokPass or tokBreak.
	const (
		tokCandidate = -1
		tokPass      = -2
		tokBreak     = -3
	)
	tok := make([]int, len(bp))
	// nw are the words of each line read below, counted once.
	nw := make([]int, len(bp))
	used := map[*html.Node]int{}
	headline := -1
	for i, pa := range bp {
		if pa.src != nil && pa.src.DataAtom == atom.H1 && headline < 0 {
			headline = i
		}
	}
	// posts are the boxes of the roots' kinds that hold a line of their
	// own besides running text (who wrote it when, a vote count): a
	// thread's posts. Boxes of those kinds without one are rows of a page
	// builder's grid, the story's other rows.
	posts := map[*html.Node]bool{}
	if len(kinds) > 0 {
		for _, pa := range bp {
			if q := sameKindBox(pa.src, base, story, kinds); q != nil && !posts[q] && metaLine(pa) {
				posts[q] = true
			}
		}
	}
	anyKept := false
	siteLine := make([]bool, len(bp))
	underSite := false
	var site siteNames
	for i, pa := range bp {
		tok[i] = tokBreak
		if idx := keptAt[pa.src]; used[pa.src] < len(idx) && underAny(pa.src, rootSet) {
			tok[i] = idx[used[pa.src]]
			used[pa.src]++
			anyKept = true
			continue
		}
		if i <= headline || underAny(pa.src, rootSet) || insideAnyOf(pa.src, p.notices) {
			// Above the headline, or cut by a line rule inside the
			// chosen content: a break, and no need to read the line.
			continue
		}
		if pa.heading {
			// A heading that names the site heads a section about it
			// (aboutsite.go) up to the next heading.
			underSite = site.heading(pa.src)
		}
		siteLine[i] = underSite
		n := words(pa.text)
		nw[i] = n
		lower := toLower(pa.text)
		f := foldLower(pa.text, lower)
		switch {
		case p.e.rules.paragraphOf(pa.text, lower, f, n) != "":
			// A line the rules name (a copyright, a call to subscribe)
			// ends the story's run.
		case teaserCut(pa.text):
		case pa.heading && pa.linked:
			// A headline that links away heads a teaser card: the
			// sentence under it is the card's, not the story's.
		case n <= maxBylineLineWords:
			// A subhead, a post's meta line: no story of its own.
			tok[i] = tokPass
		case posts[sameKindBox(pa.src, base, story, kinds)]:
		case runningText(pa, n) && !keptFold[f] && !chromeAbove(pa.src, base, story):
			tok[i] = tokCandidate
		}
	}
	if !anyKept {
		return paras
	}
	// Segments between breaks: a segment's candidates come back when it
	// holds a kept paragraph.
	var take []int
	taken, takenWords := 0, 0
	for s := 0; s < len(tok); {
		e := s
		kept := false
		for e < len(tok) && tok[e] != tokBreak {
			kept = kept || tok[e] >= 0
			e++
		}
		if kept {
			for i := s; i < e; i++ {
				if tok[i] == tokCandidate {
					take = append(take, i)
					taken++
					takenWords += nw[i]
				}
			}
		}
		s = e + 1
	}
	if taken < minRestoreParas || takenWords < need {
		return paras
	}
	// The lines of a section about the site count as running text left
	// out, as they always did, but do not come back.
	take = slices.DeleteFunc(take, func(i int) bool { return siteLine[i] })
	taken = len(take)
	if taken == 0 {
		return paras
	}
	// Each paragraph taken back goes after the kept paragraph before it
	// in the container, or before the first kept one when none is.
	at := make(map[int][]int, len(take)) // kept index -> container paragraphs after it (-1: before all)
	for _, i := range take {
		after := -1
		for j := i - 1; j >= 0; j-- {
			if tok[j] >= 0 {
				after = tok[j]
				break
			}
		}
		if after < 0 {
			for j := i + 1; j < len(tok); j++ {
				if tok[j] >= 0 {
					after = tok[j] - 1
					break
				}
			}
		}
		at[after] = append(at[after], i)
	}
	out := make([]string, 0, len(paras)+taken)
	kept := make([]*html.Node, 0, len(paras)+taken)
	for _, i := range at[-1] {
		out, kept = append(out, bp[i].text), append(kept, bp[i].src)
	}
	for k := range paras {
		out, kept = append(out, paras[k]), append(kept, p.kept[k])
		for _, i := range at[k] {
			out, kept = append(out, bp[i].text), append(kept, bp[i].src)
		}
	}
	p.kept = kept
	p.count(KindRestored, int32(taken))
	return out
}

// Bounds of the story's container: how many levels above the chosen
// roots it looks, and the link density a container may have.
const (
	maxBaselineClimb   = 8
	maxBaselineLinkDen = 0.3
)

// baselineBlock returns the story's container as the statistics pass
// sees it after the cuts: the highest block above the chosen roots, at
// most maxBaselineClimb levels up, that is no page chrome and whose text
// is mostly not link text (a page wrapper that still holds menus stops the
// climb below it).
func (p *page) baselineBlock(roots []*html.Node) *html.Node {
	var best *html.Node
	q := roots[0].Parent
	for k := 0; q != nil && k < maxBaselineClimb; q, k = q.Parent, k+1 {
		if q.Type != html.ElementNode || q == p.body || q.DataAtom == atom.Body || q.DataAtom == atom.Html {
			break
		}
		if chromeTag(q) {
			break
		}
		if p.st.linkDensity(q) > maxBaselineLinkDen {
			break
		}
		best = q
	}
	return best
}

// chromeTag reports an element that says it is the page's chrome.
func chromeTag(q *html.Node) bool {
	switch q.DataAtom {
	case atom.Nav, atom.Aside, atom.Footer, atom.Header, atom.Form, atom.Dialog:
		return true
	}
	if hasHidden(q) || strings.EqualFold(attr(q, "aria-hidden"), "true") {
		return true
	}
	switch strings.ToLower(attr(q, "role")) {
	case "navigation", "complementary", "contentinfo", "banner", "dialog", "comment":
		return true
	}
	return strings.Contains(strings.ToLower(attr(q, "class")+" "+attr(q, "id")), "comment")
}

// runningText reports a paragraph of the story's running text: sentence
// length, ending a sentence, not a link or a teaser's linked head.
func runningText(pa para, n int) bool {
	return n >= minRestoreParaWords && !pa.heading && !pa.linked && !pa.halfLinked && !pa.linkHead && endsSentence(pa.text)
}

// underAny reports whether n or one of its ancestors is in set.
func underAny(n *html.Node, set map[*html.Node]bool) bool {
	for q := n; q != nil; q = q.Parent {
		if set[q] {
			return true
		}
	}
	return false
}

// chromeAbove reports whether an element between n and the container base
// says it is the page's chrome rather than its story (chromeTag),
// or is a list item or an <article> of its own beside the story's (a
// rail's teaser): one that holds none of the chosen roots.
func chromeAbove(n, base *html.Node, story map[*html.Node]bool) bool {
	for q := n; q != nil && q != base; q = q.Parent {
		if q.Type != html.ElementNode {
			continue
		}
		if (q.DataAtom == atom.Li || q.DataAtom == atom.Article) && !story[q] {
			return true
		}
		if chromeTag(q) {
			return true
		}
	}
	return false
}

// hasHidden reports an element with the hidden attribute.
func hasHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "hidden" {
			return true
		}
	}
	return false
}

// teaserCut reports a text cut short with an ellipsis: a teaser's
// summary, never a paragraph of the story.
func teaserCut(t string) bool {
	t = strings.TrimSpace(t)
	return strings.HasSuffix(t, "...") || strings.HasSuffix(t, "…")
}

// sameKindBox returns the outermost box between n and the container base,
// holding none of the roots, whose first class name is that of a box that
// holds them, or nil.
func sameKindBox(n, base *html.Node, story map[*html.Node]bool, kinds map[string]bool) *html.Node {
	if len(kinds) == 0 {
		return nil
	}
	var box *html.Node
	for q := n; q != nil && q != base; q = q.Parent {
		if q.Type == html.ElementNode && !story[q] && kinds[firstClass(q)] {
			box = q
		}
	}
	return box
}

// metaLine reports a post's line of its own: a few words that end no
// sentence, neither a heading nor an item of a list or a table.
func metaLine(pa para) bool {
	if pa.heading || pa.src == nil || words(pa.text) > maxBylineLineWords || endsSentence(pa.text) {
		return false
	}
	switch pa.src.DataAtom {
	case atom.Li, atom.Dd, atom.Dt, atom.Td, atom.Th:
		return false
	}
	return true
}
