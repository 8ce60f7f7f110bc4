package extract

import (
	"regexp"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// bestContent scores blocks by the paragraphs they hold (readability's
// method: text length and commas, shared with ancestors, discounted by link
// density and boosted by class hints) and returns the winning block plus the
// siblings that belong with it, in document order.
func bestContent(body *html.Node, st stats) []*html.Node {
	return bestContentWith(body, st, scoreHints{})
}

func bestContentWith(body *html.Node, st stats, h scoreHints) []*html.Node {
	scores, order := scoreBlocksWith(body, st, h)
	var top *html.Node
	best := 0.0
	for _, n := range order {
		s := scores[n] * (1 - st.linkDensity(n))
		scores[n] = s
		if top == nil || s > best {
			top, best = n, s
		}
	}
	if top == nil {
		// Paragraphs straight under <body> score no block: the body is
		// the content.
		if st.get(body).pwords >= 30 {
			return []*html.Node{body}
		}
		return nil
	}
	// A block a little above the winner that scores nearly as well but
	// holds several times its running text is the story's container: a
	// story told in many boxes of a few paragraphs each (live-blog
	// entries, page-builder widgets) has its best box win on its own.
	if a := containerAbove(top, best, scores, st); a != nil {
		top, best = a, scores[a]
	} else if a := wrappedContainerAbove(top, best, scores, st); a != nil {
		top, best = a, scores[a]
	} else if a := entryFeedAbove(top, st); a != nil {
		top, best = a, max(best*minContainerScore, scores[a])
	}
	// A winner that holds the page's <main> or <article> with all of its
	// running text is a page wrapper that its class names lifted above
	// the story: the element that says it holds the main content does,
	// and what the wrapper holds besides (boxes of opening hours, link
	// columns) is the site's.
	if d := semanticStory(top, st); d != nil {
		top = d
		best = max(best*minContainerScore, scores[d])
	}
	// A winner that is the only block child of its parent says nothing the
	// parent does not; climbing keeps wrapped intros and subheads.
	for top.Parent != nil && top.Parent.DataAtom != atom.Body && onlyBlockChild(top) && scores[top.Parent] > 0 {
		top = top.Parent
	}
	// A site's notice that outscored a brief under the <h1>
	// (briefnotice.go).
	if brief := briefOverNotice(top, st); brief != nil {
		if h.notices != nil {
			*h.notices = append(*h.notices, top)
		}
		return brief
	}
	parent := top.Parent
	if parent == nil {
		return []*html.Node{top}
	}
	var out []*html.Node
	headline, after := false, false
	frames := frameRun(top, st)
	for s := parent.FirstChild; s != nil; s = s.NextSibling {
		if s == top {
			out = append(out, s)
			after = true
			continue
		}
		if s.Type != html.ElementNode || skipSet.has(s.DataAtom) {
			continue
		}
		if s.DataAtom == atom.H1 {
			headline = true
			continue
		}
		// A header block holding the <h1> may hold the standfirst too,
		// after the headline.
		// A sibling that only wraps a block (a text element set in a grid
		// row and column) is judged by the block it wraps.
		// A summary box right before the story opens it (summarybox.go).
		if frames[s] || joinsTop(s, top, best, scores, st) || (headline && !after && opensStory(s, st)) || joinsWrapped(s, top, best, scores, st) ||
			!after && prevElement(top) == s && summaryBox(s, top, st) {
			out = append(out, s)
			continue
		}
		if !after && !headline {
			if h := findH1(s); h != nil {
				headline = true
				for d := h.NextSibling; d != nil; d = d.NextSibling {
					if d.Type == html.ElementNode && opensStory(d, st) {
						out = append(out, d)
					}
				}
				continue
			}
		}
		// A data table right after the story (a scoreboard, standings,
		// results), a box of facts (a list of practical details with
		// no links but those of its sentences) or story content of
		// another shape (shapeAfter) belongs to it; only the element
		// right after the story's last block (or after one that joined
		// it so) is looked at, so a table further down the page stays
		// out.
		if after && out[len(out)-1] == prevElement(s) && (dataTable(s, st) || factBox(s, st) || closingBox(s, st) || shapeAfter(s, st)) {
			out = append(out, s)
		}
	}
	out = joinHeadings(out, parent, st)
	out = shapeBefore(out, parent, st)
	out = joinSections(out, parent, st)
	// Rows of a page builder's grid with one class list (builderrow.go).
	out = joinBuilderRows(out, st)
	out = joinHeadSections(out, st)
	if !headline {
		// The story's header may sit beside one of the wrappers of the
		// story rather than beside the story (a live blog's feed inside a
		// layout with a rail, a body wrapped with its paywall box): its
		// standfirst is found by climbing a few levels.
		out = append(ancestorLede(parent, st), out...)
	}
	return out
}

// Bounds of semanticStory: how far down it looks (and through how many
// wrappers of one block besides), the running text the winner must hold,
// and the share of it the <main> or <article> must hold.
const (
	maxSemanticDepth    = 4
	maxSemanticWrappers = 3
	minSemanticWords    = 50
	minSemanticTextPart = 0.97
)

// semanticStory returns the one <main> or <article> at most
// maxSemanticDepth levels under top (up to maxSemanticWrappers blocks that
// are their parent's only one not counted) that holds nearly all of top's running
// text, or nil.
func semanticStory(top *html.Node, st stats) *html.Node {
	tw := st.get(top).pwords
	if tw < minSemanticWords || top.DataAtom == atom.Main || top.DataAtom == atom.Article {
		return nil
	}
	var found *html.Node
	n := 0
	var rec func(c *html.Node, d, free int)
	rec = func(c *html.Node, d, free int) {
		for k := c.FirstChild; k != nil && n < 2; k = k.NextSibling {
			if k.Type != html.ElementNode || skipSet.has(k.DataAtom) {
				continue
			}
			if k.DataAtom == atom.Main || k.DataAtom == atom.Article {
				if float64(st.get(k).pwords) >= minSemanticTextPart*float64(tw) {
					found = k
				}
				n++
				continue
			}
			// A block that is its parent's only one costs no level, up
			// to maxSemanticWrappers of them: layouts wrap the <main>
			// in a div or two more or less.
			switch {
			case free > 0 && onlyBlockChild(k):
				rec(k, d, free-1)
			case d < maxSemanticDepth:
				rec(k, d+1, free)
			}
		}
	}
	rec(top, 1, maxSemanticWrappers)
	if n != 1 {
		return nil
	}
	return found
}

// Bounds of containerAbove: how far up it looks, the share of the winner's
// score the container must reach, how much more running text it must hold
// and the link density it may have.
const (
	maxContainerClimb    = 3
	minContainerScore    = 0.5
	minContainerWordsX   = 3
	maxContainerLinkDens = 0.2
)

// containerAbove returns the highest ancestor of top, at most
// maxContainerClimb levels up, that scores at least minContainerScore of
// best, holds minContainerWordsX times top's running text and few links.
func containerAbove(top *html.Node, best float64, scores map[*html.Node]float64, st stats) *html.Node {
	var found *html.Node
	tw := st.get(top).pwords
	a := top.Parent
	for k := 0; k < maxContainerClimb && a != nil && a.Type == html.ElementNode && a.DataAtom != atom.Body; k, a = k+1, a.Parent {
		sc, ok := scores[a]
		if !ok || sc < minContainerScore*best {
			continue
		}
		if st.get(a).pwords >= minContainerWordsX*tw && st.linkDensity(a) < maxContainerLinkDens {
			found = a
		}
	}
	return found
}

// minSectionWords is the running text a sibling section needs to continue
// the story.
const minSectionWords = 20

// joinSections follows a story that a page builder spread over sibling
// sections: when the blocks chosen sit alone inside wrappers (section,
// container, column), the wrapper's siblings built the same way (the same
// class names but for one id-like token) that hold running text and few
// links hold the rest of it.
func joinSections(out []*html.Node, parent *html.Node, st stats) []*html.Node {
	// A winner alone in its parent is itself the wrapper to climb from.
	start := parent
	if len(out) == 1 {
		start = out[0]
	}
	a := start
	for a.Parent != nil && a.Parent.Type == html.ElementNode && a.Parent.DataAtom != atom.Body && a.Parent.DataAtom != atom.Html && (onlyBlockChild(a) || onlyTextBlock(a, st)) {
		a = a.Parent
	}
	if a == start || a.Parent == nil {
		return out
	}
	before, after := sectionsBeside(a, st, func(s *html.Node) bool {
		return s.Type == html.ElementNode && sameShapeLoose(s, a)
	}, nil)
	if len(before) == 0 && len(after) == 0 {
		return out
	}
	return append(append(before, out...), after...)
}

// sectionsBeside returns the siblings of a that like reports built like it
// and that read like the story's sections (running text, few links, no
// teasers, and what more reads, when not nil, asks), those before a and
// those after it, in document order.
func sectionsBeside(a *html.Node, st stats, like, more func(*html.Node) bool) (before, after []*html.Node) {
	seen := false
	last := a
	for s := a.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s == a {
			seen = true
			continue
		}
		if !like(s) {
			continue
		}
		if st.get(s).pwords < minWords(s, seen && prevElement(s) == last) || sectionLinkDensity(s, st) >= 0.3 || teaserSection(s, st) || more != nil && !more(s) {
			continue
		}
		if seen {
			after = append(after, s)
			last = s
		} else {
			before = append(before, s)
		}
	}
	return before, after
}

// sectionLinkDensity is the link density of section s without one line
// of one link set into it (a "read more" line between its paragraphs),
// which goes on its own: a list of links is more than one line.
func sectionLinkDensity(s *html.Node, st stats) float64 {
	v := st.get(s)
	if v.chars == 0 {
		return 0
	}
	chars, links := v.chars, v.linkChars
	if lb := linkBlockIn(unwrapped(s), st); lb != nil && st.get(lb).links == 1 {
		chars -= st.get(lb).chars
		links -= st.get(lb).linkChars
	}
	if chars <= 0 {
		return 1
	}
	return float64(links) / float64(chars)
}

// minIDLen is the length from which a class-name suffix without figures is
// taken for a hash.
const minIDLen = 6

// sameShapeLoose reports blocks of one tag whose class names agree but for
// one token on each side, and those two tokens differ only after their last
// dash: page builders put an element id in the class list
// ("elementor-element-3f2a1b9"). Blocks with the very same class list are
// not taken: utility-class layouts give every wrapper the same one.
func sameShapeLoose(a, b *html.Node) bool {
	if a.DataAtom != b.DataAtom {
		return false
	}
	ta, tb := strings.Fields(attr(a, "class")), strings.Fields(attr(b, "class"))
	if len(ta) < 2 || len(ta) != len(tb) {
		return false
	}
	var ua, ub string
	for _, x := range ta {
		if !slices.Contains(tb, x) {
			if ua != "" {
				return false
			}
			ua = x
		}
	}
	for _, x := range tb {
		if !slices.Contains(ta, x) {
			if ub != "" {
				return false
			}
			ub = x
		}
	}
	if ua == "" || ub == "" {
		return false
	}
	i, j := strings.LastIndexAny(ua, "-_"), strings.LastIndexAny(ub, "-_")
	if i <= 0 || i != j || ua[:i] != ub[:j] || len(ua) != len(ub) {
		return false
	}
	// An id is figures or a hash; a modifier ("-top", "-wide") is a word.
	sa, sb := ua[i+1:], ub[j+1:]
	return len(sa) >= minIDLen || strings.ContainsAny(sa, "0123456789") && strings.ContainsAny(sb, "0123456789")
}

// maxLedeClimb bounds how many wrappers of the story the search for its
// header climbs; page builders nest each block five deep.
const maxLedeClimb = 5

// maxDeepHeader bounds the search for the <h1> in a header block found by
// climbing.
const maxDeepHeader = 8

// ancestorLede finds the header block (the one holding the <h1>) among the
// earlier siblings of a, or of its nearest ancestors, and returns the
// standfirst after the <h1>: a sibling of the <h1>, or of one of its
// wrappers inside the header block (a page builder puts the headline and
// the standfirst in widgets of their own).
func ancestorLede(a *html.Node, st stats) []*html.Node {
	for k := 0; a != nil && a.DataAtom != atom.Body && k < maxLedeClimb; a, k = a.Parent, k+1 {
		for s := a.PrevSibling; s != nil; s = s.PrevSibling {
			if s.Type != html.ElementNode || skipSet.has(s.DataAtom) {
				continue
			}
			h, stop := findH1Within(s, maxDeepHeader), s
			if s.DataAtom == atom.H1 {
				// The <h1> itself among the wrapper's siblings: the
				// standfirst is a sibling of it.
				h, stop = s, s.Parent
			}
			if h == nil {
				continue
			}
			for q := h; q != nil && q != stop; q = q.Parent {
				var out []*html.Node
				// Between the headline and the story only.
				for d := q.NextSibling; d != nil && d != a; d = d.NextSibling {
					if d.Type == html.ElementNode && opensStory(d, st) {
						out = append(out, d)
					}
				}
				if len(out) > 0 {
					return out
				}
			}
			return nil
		}
	}
	return nil
}

// prevElement returns the element before n among its siblings.
func prevElement(n *html.Node) *html.Node {
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type == html.ElementNode && !skipSet.has(s.DataAtom) {
			return s
		}
	}
	return nil
}

// Shape of a data table: rows, and the share of its cells that hold a
// figure or a short label.
const (
	minDataRows      = 3
	maxDataRows      = 60
	maxDataCellWords = 6
	minShortCells    = 0.8
)

// dataTable reports whether n is (or wraps only) a table of data: 3 to 60
// rows of two or more short cells, almost no links, no nested blocks other
// than paragraphs. Layout tables hold paragraphs of text or whole link columns
// and fail the test.
func dataTable(n *html.Node, st stats) bool {
	if n.DataAtom != atom.Table {
		c := firstElement(n)
		if c == nil || c.DataAtom != atom.Table || hasBlockSibling(c) {
			return false
		}
		n = c
	}
	if st.linkDensity(n) > 0.1 || st.get(n).words == 0 {
		return false
	}
	rows, cells, short := 0, 0, 0
	good := true
	ok := eachRow(n, func(tr *html.Node) bool {
		k := 0
		for d := tr.FirstChild; d != nil; d = d.NextSibling {
			if d.DataAtom == atom.Td || d.DataAtom == atom.Th {
				k++
				cells++
				if st.get(d).words <= maxDataCellWords {
					short++
				}
				if hasBlockChild(d) && firstElement(d).DataAtom != atom.P {
					good = false
				}
			}
		}
		if k >= 2 {
			rows++
		}
		// A table longer than a results page is a dump, and the
		// walk stops there.
		good = good && rows <= maxDataRows
		return good
	})
	return ok && good && rows >= minDataRows && float64(short) >= minShortCells*float64(cells)
}

// eachRow calls row for each <tr> of table t in document order, without
// reading into the rows, until row returns false; it reports false when a
// table nested in t comes first (the rows are a layout's, not data).
func eachRow(t *html.Node, row func(tr *html.Node) bool) bool {
	ok, more := true, true
	walk(t, func(c *html.Node) bool {
		if !ok || !more || c.Type != html.ElementNode {
			return false
		}
		switch c.DataAtom {
		case atom.Table:
			if c != t {
				ok = false
			}
			return ok
		case atom.Tr:
			more = row(c)
			return false
		}
		return true
	})
	return ok
}

// Bounds of a standfirst, in words.
const (
	minLedeWords = 8
	maxLedeWords = 80
)

// isLede reports whether s, a block between the page's <h1> and the
// winning block, is the story's standfirst: a run of unlinked sentence
// text of its own (a <p>, a text-only <div> or a subtitle <h2> or <h3>), whatever
// the language. Kickers, bylines and date lines there are too short, and
// share bars are links.
func isLede(s *html.Node, st stats) bool {
	switch s.DataAtom {
	case atom.P, atom.Div, atom.H2, atom.H3, atom.Section:
	default:
		return false
	}
	// Wrappers holding one paragraph are the paragraph.
	for k := 0; hasBlockChild(s); k++ {
		c := firstElement(s)
		if k == maxHeaderDepth || c == nil || !isBlock(c) || c.NextSibling != nil && hasBlockSibling(c) || st.get(c).chars != st.get(s).chars {
			return false
		}
		if isMetaClass(s) {
			return false
		}
		s = c
	}
	switch s.DataAtom {
	case atom.P, atom.Div, atom.H2, atom.H3, atom.Section:
	default:
		return false
	}
	v := st.get(s)
	if v.words < minLedeWords || v.words > maxLedeWords || v.linkChars > 0 || v.pwords < v.words || isMetaClass(s) {
		return false
	}
	// Date and time stamps are runs of figures; a standfirst is words.
	nums := 0
	for f := range strings.FieldsSeq(textOf(s)) {
		if strings.ContainsAny(f, "0123456789") {
			nums++
		}
	}
	return nums*4 <= v.words
}

// hasBlockSibling reports whether a block element follows n.
func hasBlockSibling(n *html.Node) bool {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if isBlock(s) {
			return true
		}
	}
	return false
}

// joinsTop reports whether sibling s of the winning block top belongs to
// the content too: stories are often split over sibling blocks (an intro
// set apart, one paragraph per table row, a second body div after an ad
// slot). A sibling joins when it scores a fifth of the winner's score best
// (more easily when it shares the winner's class), when it is built like
// the winner and holds some unlinked text, or when it is a lone text block
// or paragraph that reads like story text.
func joinsTop(s, top *html.Node, best float64, scores map[*html.Node]float64, st stats) bool {
	threshold := max(10, best*0.2)
	bonus := 0.0
	if topClass := attr(top, "class"); topClass != "" && attr(s, "class") == topClass {
		bonus = best * 0.2
	}
	if sc, ok := scores[s]; ok && sc+bonus >= threshold {
		return true
	}
	// Rows and blocks built like the winner (a story laid out one
	// paragraph per table row) belong with it even when short.
	if sameShape(s, top) {
		if v := st.get(s); v.chars >= 40 && st.linkDensity(s) < 0.3 {
			return true
		}
	}
	// A lone text block beside the winner (an intro paragraph set
	// apart as a <div>) reads like a paragraph when it ends a sentence.
	if s.DataAtom == atom.Div && !hasBlockChild(s) {
		v := st.get(s)
		return v.chars > 80 && st.linkDensity(s) < 0.25 && endsSentence(textOf(s))
	}
	if s.DataAtom == atom.P {
		return readsLikeParagraph(s, st)
	}
	return false
}

// readsLikeParagraph reports a paragraph beside the winner that reads like
// story text: long with few links, or short, unlinked and a sentence.
func readsLikeParagraph(s *html.Node, st stats) bool {
	v := st.get(s)
	ld := st.linkDensity(s)
	t := textOf(s)
	return (v.chars > 80 && ld < 0.25) || (v.chars > 0 && v.chars <= 80 && ld == 0 && sentenceEnd.MatchString(t))
}

var sentenceEnd = regexp.MustCompile(`\.( |$)`)

// endsSentence reports whether t ends with a full stop, a question or
// exclamation mark, or a closing quote after one.
func endsSentence(t string) bool {
	t = strings.TrimRight(t, "\"'”’“»« )")
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?") ||
		strings.HasSuffix(t, "…") || strings.HasSuffix(t, "。") || strings.HasSuffix(t, "？") || strings.HasSuffix(t, "！")
}

func onlyBlockChild(n *html.Node) bool {
	for s := n.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s == n {
			continue
		}
		if s.Type == html.ElementNode && !skipSet.has(s.DataAtom) && !emptyMarker(s) {
			return false
		}
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
			return false
		}
	}
	return true
}

func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if isBlock(c) {
			return true
		}
	}
	return false
}

// sameShape reports whether a and b are built alike: the same tag and
// class, and, when they carry no class, a first child element with the same
// tag and a class.
func sameShape(a, b *html.Node) bool {
	if a.DataAtom != b.DataAtom || attr(a, "class") != attr(b, "class") {
		return false
	}
	if attr(a, "class") != "" {
		return true
	}
	ca, cb := firstElement(a), firstElement(b)
	return ca != nil && cb != nil && ca.DataAtom == cb.DataAtom && attr(ca, "class") != "" && attr(ca, "class") == attr(cb, "class")
}

func firstElement(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}

// Bounds of a box of facts after the story.
const (
	minFactItems = 3
	minFactWords = 8
	maxFactWords = 300
)

// factBox reports whether n is a box of facts that closes a story: a list
// of at least three items, under an optional heading, beside notes
// (factBoxNote), with no links but those of its notes' sentences
// (linkedSentenceChars): related lists, tag lists and link columns all
// link.
func factBox(n *html.Node, st stats) bool {
	v := st.get(n)
	if v.words < minFactWords || v.words > maxFactWords || v.linkChars > 0 && v.linkChars > linkedSentenceChars(n, st) {
		return false
	}
	items := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || skipSet.has(c.DataAtom) {
			continue
		}
		switch {
		case isHeading(c) || c.DataAtom == atom.P && st.get(c).words <= 6 || factBoxNote(c, st):
		case c.DataAtom == atom.Ul || c.DataAtom == atom.Ol:
			for li := c.FirstChild; li != nil; li = li.NextSibling {
				if li.DataAtom == atom.Li && st.get(li).words > 0 {
					items++
				}
			}
		default:
			return false
		}
	}
	return items >= minFactItems
}

// maxHeaderDepth bounds the search for a headline in a header block.
const maxHeaderDepth = 4

// findH1 returns the <h1> in n's subtree, at most maxHeaderDepth levels
// down, or nil.
func findH1(n *html.Node) *html.Node {
	return findH1Within(n, maxHeaderDepth)
}

// findH1Within finds the first <h1> at most depth levels under n.
func findH1Within(n *html.Node, depth int) *html.Node {
	return findWithin(n, depth, func(k *html.Node) bool { return k.DataAtom == atom.H1 })
}

// findWithin returns the first element in document order at most depth
// levels under n for which match holds, or nil; it does not look under
// a match.
func findWithin(n *html.Node, depth int, match func(*html.Node) bool) *html.Node {
	var h *html.Node
	var rec func(c *html.Node, d int)
	rec = func(c *html.Node, d int) {
		for k := c.FirstChild; k != nil && h == nil; k = k.NextSibling {
			if k.Type != html.ElementNode {
				continue
			}
			if match(k) {
				h = k
				return
			}
			if d < depth {
				rec(k, d+1)
			}
		}
	}
	rec(n, 1)
	return h
}

// maxJoinedHeadingWords bounds a heading block that joins the story.
const maxJoinedHeadingWords = 12

// joinHeadings adds to out the siblings under parent that hold nothing but
// a short unlinked subhead (h2-h6), a quote (quoteBlock) or story content
// of another shape (wrapsStoryShape) and sit between two blocks of the
// story: a story built of content blocks sets its subheads in blocks of
// their own, too short to join on their text. A bare subhead right before
// the story's first block opens it.
func joinHeadings(out []*html.Node, parent *html.Node, st stats) []*html.Node {
	if len(out) < 2 {
		return out
	}
	in := make(map[*html.Node]bool, len(out))
	for _, n := range out {
		if n.Parent != parent {
			// A standfirst found inside a header block: leave the
			// blocks as they are.
			return out
		}
		in[n] = true
	}
	var res, pending []*html.Node
	seen := 0
	for s := parent.FirstChild; s != nil; s = s.NextSibling {
		switch {
		case in[s]:
			if seen > 0 {
				res = append(res, pending...)
			}
			pending = pending[:0]
			res = append(res, s)
			seen++
		case seen > 0 && seen < len(out) && (headingBlock(s, st) || quoteBlock(s, st) || wrapsStoryShape(s, st)):
			pending = append(pending, s)
		case seen == 0 && isHeading(s) && headingBlock(s, st) && in[nextElement(s)]:
			res = append(res, s)
		case s.Type == html.ElementNode && st.get(s).words > 0:
			// Anything else with text between them breaks the run.
			pending = pending[:0]
		}
	}
	return res
}

// headingBlock reports an element whose text is all one short unlinked
// heading (h2-h6) at most a few levels down.
func headingBlock(s *html.Node, st stats) bool {
	if s.Type != html.ElementNode || isHeading(s) && s.DataAtom == atom.H1 {
		return false
	}
	v := st.get(s)
	if v.words == 0 || v.words > maxJoinedHeadingWords || st.linkDensity(s) > 0 {
		return false
	}
	c := s
	for k := 0; k < maxLedeClimb && !isHeading(c); k++ {
		c = firstElement(c)
		if c == nil || hasBlockSibling(c) {
			return false
		}
	}
	return isHeading(c) && c.DataAtom != atom.H1 && st.get(c).chars == v.chars
}

// nextElement returns the element after n among its siblings.
func nextElement(n *html.Node) *html.Node {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode && !skipSet.has(s.DataAtom) {
			return s
		}
	}
	return nil
}
