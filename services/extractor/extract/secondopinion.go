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
// the container holds it; the subheads, list items and short sentences
// inside the run come back with it (storyLine).
//
// Whatever the amount, it takes back what is sure to be story: what sits
// between two kept paragraphs with no break between (a list, a subhead, a
// paragraph of a story split over sibling boxes), and the lead right
// before the first kept paragraph when its block sits beside the kept
// run's (leadBeside) and does not repeat a kept line. The last paragraph
// after the kept run is not taken alone: on the L3S-GN1 tune sites it was
// nearly always the site's notice ("Search for more stories...", "Want to
// submit a story?"), on the blind pages a contact box's. kw is the words
// of paras, counted by the caller; the bool is false when paras come back
// as they are.
func (p *page) restoreBaseline(roots []*html.Node, paras []string, kw int) ([]string, bool) {
	if len(p.kept) != len(paras) || len(paras) == 0 || len(roots) == 0 || p.replies > 0 {
		return paras, false
	}
	need := max(minRestoreWords, int(minRestoreShare*float64(kw)))
	// The page holds too little running text outside the roots for any
	// restore to fire: nothing more to read.
	outside := p.st.get(p.body).pwords
	for _, r := range roots {
		outside -= p.st.get(r).pwords
	}
	if outside < minRestoreParaWords {
		return paras, false
	}
	base := p.baselineBlock(roots)
	if base == nil {
		return paras, false
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
		if i <= headline || insideAnyOf(pa.src, p.notices) {
			// Above the headline, or the site's notice the brief won
			// over (briefnotice.go): a break, and no need to read it.
			continue
		}
		if underAny(pa.src, rootSet) {
			// Cut by a line rule inside the chosen content: a break,
			// and no need to read the line; but a subhead that no
			// phrase rule names was cut for want of the text it heads
			// (emptyheadings.go), which may be what comes back.
			if pa.heading && !pa.linked && !pa.halfLinked {
				if n := words(pa.text); n <= maxBylineLineWords {
					lower := toLower(pa.text)
					if p.e.rules.paragraphOf(pa.text, lower, foldLower(pa.text, lower), n) == "" {
						tok[i] = tokPassLine
						if p.storyLine(pa) {
							tok[i] = tokLine
						}
					}
				}
			}
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
			tok[i] = tokPassLine
			// One of the story's kind comes back inside a run taken back.
			if p.storyLine(pa) && !keptFold[f] && !posts[sameKindBox(pa.src, base, story, kinds)] && !chromeAbove(itemList(pa.src), base, story) && !p.widgetLine(pa.src, story) {
				tok[i] = tokLine
			}
		case posts[sameKindBox(pa.src, base, story, kinds)]:
		case storyItem(pa, n):
			// A longer item of the story's list (storyitem.go).
			if !keptFold[f] && !chromeAbove(itemList(pa.src), base, story) {
				tok[i] = tokLine
			}
		case runningText(pa, n) && !keptFold[f] && !chromeAbove(pa.src, base, story):
			tok[i] = tokCandidate
		}
	}
	if !anyKept {
		return paras, false
	}
	// Segments between breaks: a segment's candidates come back when it
	// holds a kept paragraph, with the short lines of the story's kind
	// (storyLine: a subhead, a list's items, a short sentence) between its
	// first and last kept or candidate paragraph; only the candidates
	// count towards the amount.
	var take []int
	taken, takenWords := 0, 0
	// sure are the lines taken back whatever their amount (restoreSure):
	// running text and short lines of the story's kind between two kept
	// paragraphs with no break between, and the lead right before the
	// first kept paragraph.
	sure := map[int]bool{}
	firstKept := -1
	for i, t := range tok {
		if t >= 0 {
			firstKept = i
			break
		}
	}
	for s := 0; s < len(tok); {
		e := s
		lo, hi := -1, -1
		kLo, kHi := -1, -1
		for e < len(tok) && tok[e] != tokBreak {
			if tok[e] >= 0 || tok[e] == tokCandidate {
				if lo < 0 {
					lo = e
				}
				hi = e
			}
			if tok[e] >= 0 {
				if kLo < 0 {
					kLo = e
				}
				kHi = e
			}
			e++
		}
		if kLo >= 0 {
			for i := lo; i <= hi; i++ {
				if tok[i] == tokCandidate || tok[i] == tokLine {
					take = append(take, i)
					if tok[i] == tokCandidate {
						taken++
						takenWords += nw[i]
					}
					if i > kLo && i < kHi {
						sure[i] = true
					}
				}
			}
			if kLo == firstKept {
				for i := kLo - 1; i >= s; i-- {
					if tok[i] == tokCandidate && leadBeside(bp[i].src, bp[kLo].src) && !holdsKept(fold(bp[i].text), keptFold) {
						for j := i; j < kLo; j++ {
							if tok[j] == tokCandidate || tok[j] == tokLine {
								sure[j] = true
							}
						}
						break
					}
				}
			}
		}
		s = e + 1
	}
	if taken < minRestoreParas || takenWords < need {
		// Too little running text for the segments: only what is sure.
		take = take[:0]
		for i := range tok {
			if sure[i] {
				take = append(take, i)
			}
		}
		if len(take) == 0 {
			return paras, false
		}
	}
	take = p.headedTake(take, tok, bp, paras, rootSet)
	if len(take) == 0 {
		return paras, false
	}
	// The lines of a section about the site count as running text left
	// out, as they always did, but do not come back.
	take = slices.DeleteFunc(take, func(i int) bool { return siteLine[i] })
	if len(take) == 0 {
		return paras, false
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
	out := make([]string, 0, len(paras)+len(take))
	kept := make([]*html.Node, 0, len(paras)+len(take))
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
	p.count(KindRestored, int32(len(take)))
	return out, true
}

// The second opinion's reading of a container line, besides a kept
// line's index (>= 0): running text to take back (tokCandidate), a short
// line that does not end the run (tokPassLine), one that does (tokBreak),
// and a short line of the story's kind, taken back inside a run taken
// back (tokLine).
const (
	tokCandidate = -1
	tokPassLine  = -2
	tokBreak     = -3
	tokLine      = -4
)

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

// storyLine reports a short line of the story's kind: a subhead, an
// item of a list or a definition, or a sentence, none of it link text.
func (p *page) storyLine(pa para) bool {
	if pa.linked || pa.halfLinked || pa.linkHead || teaserCut(pa.text) || pa.src == nil {
		return false
	}
	if pa.heading && !pa.boldLine {
		// A count of what follows ("2 Answers") or the headline again
		// (a card's title) heads no part of the story.
		return countLine(pa.text) < 0 && !repeatsTitle(pa.text, p.title)
	}
	switch pa.src.DataAtom {
	case atom.Li, atom.Dd, atom.Dt:
		return true
	}
	// A date stamp with a full stop ("Updated on 17 November 2026.") is
	// the post's meta line, not a sentence of the story.
	return endsSentence(pa.text) && !datedStamp(pa.text)
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

// Bounds of a lead beside the kept run: the levels above the lead's block
// and above the first kept paragraph's to the block that holds both.
const (
	maxLeadUp = 1
	maxKeptUp = 3
)

// leadBeside reports whether the block of a paragraph right before the
// kept run sits beside it: the lead's block, or its parent, holds the
// first kept paragraph within maxKeptUp levels.
func leadBeside(lead, kept *html.Node) bool {
	for q, up := lead, 0; q != nil && up <= maxLeadUp; q, up = q.Parent, up+1 {
		for k, d := kept, 0; k != nil && d <= maxKeptUp; k, d = k.Parent, d+1 {
			if k == q {
				return true
			}
		}
	}
	return false
}

// itemList returns the list that holds n when n is an item of one (an
// item is read by its list, which chromeAbove judges), or n.
func itemList(n *html.Node) *html.Node {
	switch n.DataAtom {
	case atom.Li, atom.Dd, atom.Dt:
		if n.Parent != nil {
			return n.Parent
		}
	}
	return n
}

// minRepeatWords is the least words of a line read as the headline again
// by its words alone.
const minRepeatWords = 3

// repeatsTitle reports a line that says the page's title again: the words
// of three or more, nearly all of them the title's (a card's title, the
// headline shortened), or most of the title's words.
func repeatsTitle(t, title string) bool {
	if title == "" {
		return false
	}
	tw := newTitleWords(title)
	if tw.similarity(t) >= minHeaderTitleSimilarity {
		return true
	}
	hit, n := 0, 0
	for w := range strings.FieldsSeq(toLower(t)) {
		n++
		if tw.set[trimTitleWord(w)] {
			hit++
		}
	}
	return n >= minRepeatWords && hit*5 >= n*4
}

// holdsKept reports whether the folded line f holds a kept line of
// sentence length (the lead kept already, here behind a dateline).
func holdsKept(f string, keptFold map[string]bool) bool {
	for k := range keptFold {
		if len(k) >= minRestoreParaWords*4 && strings.Contains(f, k) {
			return true
		}
	}
	return false
}

// headedTake drops from take, the indexes of bp's lines to take back, a
// line said already by a kept line or a line taken back before it
// (takenOnce), a
// subhead that heads nothing taken back (the next line that is not a
// mere pass line is kept already or a break: a label the rules did not
// join; but a subhead between running text taken back and a kept line
// stays: subheadBetween) or, outside the roots, no list or short lines
// taken back, and a line that says again
// what a longer line of the text says (a pull quote beside the story;
// see dropPullQuotes).
func (p *page) headedTake(take, tok []int, bp []para, paras []string, rootSet map[*html.Node]bool) []int {
	in := make(map[int]bool, len(take))
	for _, i := range take {
		in[i] = true
	}
	var cores []string
	if len(paras)+len(take) <= maxRepeatCheckLines {
		cores = make([]string, 0, len(paras)+len(take))
		for _, t := range paras {
			cores = append(cores, repeatCore(t))
		}
		for _, i := range take {
			cores = append(cores, repeatCore(bp[i].text))
		}
	}
	seen := takenOnce(paras)
	out := take[:0]
	for _, i := range take {
		if seen.again(bp[i].text) {
			continue
		}
		if bp[i].heading {
			next := -1
			for j := i + 1; j < len(tok); j++ {
				if tok[j] != tokPassLine {
					next = j
					break
				}
			}
			if next < 0 {
				continue
			}
			if !subheadBetween(i, next, tok, in) {
				if !in[next] {
					continue
				}
				// Outside the roots the rules left the subhead out: it
				// comes back over a list or short lines coming back, not
				// over a paragraph alone (a "More answers" over a post).
				if tok[next] != tokLine && !underAny(bp[i].src, rootSet) {
					continue
				}
			}
		} else if cores != nil && repeatsLonger(repeatCore(bp[i].text), cores) {
			continue
		}
		out = append(out, i)
	}
	return out
}

// maxRepeatCheckLines bounds the lines headedTake compares for repeats
// (as dropPullQuotes does): each taken line is held against all of them.
const maxRepeatCheckLines = 2000

// repeatCore is a line's folded text without quotation marks and the
// punctuation around it, as dropPullQuotes compares lines.
func repeatCore(t string) string {
	return strings.Trim(fold(dropQuotes(t)), " .,;:!?-–—")
}

// repeatsLonger reports whether c, of sentence length, is found in a
// longer line of cores.
func repeatsLonger(c string, cores []string) bool {
	if len(c) < 20 {
		return false
	}
	for _, o := range cores {
		if len(o) > len(c)+10 && strings.Contains(o, c) {
			return true
		}
	}
	return false
}
