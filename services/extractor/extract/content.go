package extract

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// nstat holds text statistics of one element's subtree.
type nstat struct {
	chars     int // non-space characters
	linkChars int // of which inside <a>
	words     int
	pwords    int // words in sentence-like text (runs of 6+ words)
	ownChars  int // characters whose nearest block ancestor is this element
	ownCommas int
	ownLink   int
	ownBr     int // <br> elements directly in the block's inline content
	links     int // <a href> elements
	// inl holds what an inline element's subtree adds to the own* counts
	// of its nearest block ancestor, so that cutting the element can take
	// it back out.
	inl inline
}

// inline is text that counts towards the nearest block ancestor.
type inline struct {
	chars, commas, link, br int
}

// stats are the text statistics of every element under one root. They are
// computed once per page and kept current as elements are cut (see detach),
// so no step needs to walk the page again to count its text.
type stats struct {
	root *html.Node
	m    map[*html.Node]*nstat
}

// computeStats aggregates text statistics bottom-up in linear time: nodes are
// listed in document order, then folded into their parents in reverse.
func computeStats(root *html.Node) stats {
	type item struct {
		n      *html.Node
		parent int
		block  int
		link   bool
	}
	items := []item{{n: root, parent: -1, block: 0}}
	type fr struct {
		n      *html.Node
		parent int
	}
	stack := []fr{}
	for c := root.LastChild; c != nil; c = c.PrevSibling {
		stack = append(stack, fr{c, 0})
	}
	elements := 1
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		p := items[f.parent]
		it := item{n: f.n, parent: f.parent, block: p.block, link: p.link}
		if f.n.Type == html.ElementNode {
			if skipAtoms[f.n.DataAtom] {
				continue
			}
			if f.n.DataAtom == atom.A {
				it.link = true
			}
			elements++
		}
		idx := len(items)
		if isBlock(f.n) {
			it.block = idx
		}
		items = append(items, it)
		if f.n.Type == html.ElementNode {
			for c := f.n.LastChild; c != nil; c = c.PrevSibling {
				stack = append(stack, fr{c, idx})
			}
		}
	}
	st := stats{root: root, m: make(map[*html.Node]*nstat, elements)}
	vals := make([]nstat, len(items))
	for i := len(items) - 1; i >= 0; i-- {
		it := items[i]
		v := &vals[i]
		switch it.n.Type {
		case html.TextNode:
			c, w, commas := countText(it.n.Data)
			v.chars, v.words = c, w
			if it.link {
				v.linkChars = c
			}
			if w >= 6 {
				v.pwords = w
			}
			v.inl = inline{chars: c, commas: commas}
			if it.link {
				v.inl.link = c
			}
		case html.ElementNode, html.DocumentNode:
			st.m[it.n] = v
			if it.n.DataAtom == atom.A {
				v.links++
			}
			if it.n.DataAtom == atom.Br {
				v.inl.br++
			}
		}
		if i > 0 && it.block == i {
			// A block keeps its inline text as its own.
			v.ownChars += v.inl.chars
			v.ownCommas += v.inl.commas
			v.ownLink += v.inl.link
			v.ownBr += v.inl.br
			v.inl = inline{}
		}
		if it.parent >= 0 {
			p := &vals[it.parent]
			p.chars += v.chars
			p.linkChars += v.linkChars
			p.words += v.words
			p.pwords += v.pwords
			p.links += v.links
			p.inl.chars += v.inl.chars
			p.inl.commas += v.inl.commas
			p.inl.link += v.inl.link
			p.inl.br += v.inl.br
		}
	}
	// The root is a block of its own whatever its tag.
	r := &vals[0]
	r.ownChars += r.inl.chars
	r.ownCommas += r.inl.commas
	r.ownLink += r.inl.link
	r.ownBr += r.inl.br
	r.inl = inline{}
	return st
}

// detach takes the counts of n's subtree out of its ancestors; call it
// before n is cut from the tree.
func (s stats) detach(n *html.Node) {
	v := s.m[n]
	if v == nil || s.m == nil {
		return
	}
	in := v.inl
	for a := n.Parent; a != nil; a = a.Parent {
		va := s.m[a]
		if va == nil {
			continue
		}
		va.chars -= v.chars
		va.linkChars -= v.linkChars
		va.words -= v.words
		va.pwords -= v.pwords
		va.links -= v.links
		if in == (inline{}) {
			continue
		}
		if isBlock(a) || a == s.root {
			va.ownChars -= in.chars
			va.ownCommas -= in.commas
			va.ownLink -= in.link
			va.ownBr -= in.br
			in = inline{}
			continue
		}
		va.inl.chars -= in.chars
		va.inl.commas -= in.commas
		va.inl.link -= in.link
		va.inl.br -= in.br
	}
}

func countText(s string) (chars, words, commas int) {
	in := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		chars++
		if r == ',' || r == '，' || r == '、' {
			commas++
		}
		if !in {
			in = true
			words++
		}
	}
	return chars, words, commas
}

func (s stats) get(n *html.Node) nstat {
	if v := s.m[n]; v != nil {
		return *v
	}
	return nstat{}
}

func (s stats) linkDensity(n *html.Node) float64 {
	v := s.get(n)
	if v.chars == 0 {
		return 0
	}
	return float64(v.linkChars) / float64(v.chars)
}

var (
	positiveHints = []string{"article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story", "detail", "prose", "markdown"}
	negativeHints = []string{"comment", "poll", "vote", "survey", "login", "signin", "com-", "contact", "foot", "footer", "footnote", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "share", "social", "nav", "menu", "teaser", "card", "thumb", "caption", "hidden", "banner", "header", "breadcrumb", "popular", "trending", "recommend"}
	strongBodyRe  = regexp.MustCompile(`(^|[\s_-])(article[-_]?body|articlebody|story[-_]?body|post[-_]?body|entry[-_]?content|post[-_]?content|article[-_]?content|article[-_]?text|story[-_]?text|body[-_]?text|main[-_]?text|news[-_]?text|text[-_]?content|content[-_]?body|detail[-_]?content|article__body|article__text|story-content|articletext|storytext|bodytext)($|[\s_-])`)
)

// classWeight follows readability: class and id names hint at content or
// chrome. weights caches the weight of each class or id string: pages
// repeat the same long class lists on many wrappers.
func classWeight(n *html.Node, weights map[string]float64) float64 {
	w := 0.0
	for _, s := range [2]string{attr(n, "class"), attr(n, "id")} {
		if s == "" {
			continue
		}
		v, ok := weights[s]
		if !ok {
			v = nameWeight(strings.ToLower(s))
			weights[s] = v
		}
		w += v
	}
	if strings.EqualFold(attr(n, "itemprop"), "articleBody") {
		w += 60
	}
	return w
}

// nameWeight is the weight of one lower-cased class or id string.
func nameWeight(s string) float64 {
	w := 0.0
	if containsAny(s, negativeHints) {
		w -= 25
	}
	if containsAny(s, positiveHints) {
		w += 25
	}
	// Every strong name holds "body", "content" or "text": most class
	// names never reach the regexp.
	if (strings.Contains(s, "body") || strings.Contains(s, "content") || strings.Contains(s, "text")) && strongBodyRe.MatchString(s) {
		w += 40
	}
	return w
}

func tagWeight(n *html.Node) float64 {
	switch n.DataAtom {
	case atom.Div, atom.Article, atom.Section, atom.Main:
		return 5
	case atom.Pre, atom.Td, atom.Blockquote:
		return 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		return -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		return -5
	}
	return 0
}

// bestContent scores blocks by the paragraphs they hold (readability's
// method: text length and commas, shared with ancestors, discounted by link
// density and boosted by class hints) and returns the winning block plus the
// siblings that belong with it, in document order.
func bestContent(body *html.Node, st stats) []*html.Node {
	scores := map[*html.Node]float64{}
	weights := map[string]float64{}
	var order []*html.Node
	init := func(n *html.Node) {
		if _, ok := scores[n]; !ok {
			// Class hints count fully only for blocks with some text of
			// their own weight: a "content" box of ten words is no body.
			scores[n] = tagWeight(n) + classWeight(n, weights)*min(1, float64(st.get(n).words)/60)
			order = append(order, n)
		}
	}
	add := func(start *html.Node, cs float64, self bool) {
		level := 0
		n := start
		if !self {
			n = start.Parent
		}
		for ; n != nil && n.Type == html.ElementNode && level < 5; n = n.Parent {
			if n.DataAtom == atom.Body || n.DataAtom == atom.Html {
				break
			}
			init(n)
			div := 1.0
			switch level {
			case 0:
			case 1:
				div = 2
			default:
				div = float64(level * 3)
			}
			scores[n] += cs / div
			level++
		}
	}
	walk(body, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return n.Type == html.DocumentNode
		}
		if skipAtoms[n.DataAtom] {
			return false
		}
		v := st.get(n)
		switch n.DataAtom {
		case atom.P, atom.Pre, atom.Blockquote:
			if v.chars < 25 {
				return false
			}
			ld := float64(v.linkChars) / float64(v.chars)
			if ld > 0.6 {
				return false
			}
			cs := 1 + float64(strings.Count(textOf(n), ",")) + min(float64(v.chars)/100, 3)
			add(n, cs, false)
			return false
		}
		if isBlock(n) && v.ownChars >= 25 && float64(v.ownLink) < 0.5*float64(v.ownChars) {
			// Bare text split by <br><br> counts as that many paragraphs.
			k := float64(max(1, v.ownBr/2))
			cs := k + float64(v.ownCommas) + min(float64(v.ownChars)/100, 3*k)
			// Text beside block children (bare runs between <div>s or
			// tables) scores its own block; a block of text alone is a
			// paragraph and scores its ancestors, as a <p> does.
			add(n, cs, hasBlockChild(n))
		}
		return true
	})
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
	// A winner that is the only block child of its parent says nothing the
	// parent does not; climbing keeps wrapped intros and subheads.
	for top.Parent != nil && top.Parent.DataAtom != atom.Body && onlyBlockChild(top) && scores[top.Parent] > 0 {
		top = top.Parent
	}
	parent := top.Parent
	if parent == nil {
		return []*html.Node{top}
	}
	threshold := max(10, best*0.2)
	topClass := attr(top, "class")
	var out []*html.Node
	for s := parent.FirstChild; s != nil; s = s.NextSibling {
		if s == top {
			out = append(out, s)
			continue
		}
		if s.Type != html.ElementNode || skipAtoms[s.DataAtom] {
			continue
		}
		bonus := 0.0
		if topClass != "" && attr(s, "class") == topClass {
			bonus = best * 0.2
		}
		if sc, ok := scores[s]; ok && sc+bonus >= threshold {
			out = append(out, s)
			continue
		}
		// Rows and blocks built like the winner (a story laid out one
		// paragraph per table row) belong with it even when short.
		if sameShape(s, top) {
			if v := st.get(s); v.chars >= 40 && st.linkDensity(s) < 0.3 {
				out = append(out, s)
				continue
			}
		}
		// A lone text block beside the winner (an intro paragraph set
		// apart as a <div>) reads like a paragraph when it ends a sentence.
		if s.DataAtom == atom.Div && !hasBlockChild(s) {
			if v := st.get(s); v.chars > 80 && st.linkDensity(s) < 0.25 && endsSentence(textOf(s)) {
				out = append(out, s)
			}
			continue
		}
		if s.DataAtom == atom.P {
			v := st.get(s)
			ld := st.linkDensity(s)
			t := textOf(s)
			if (v.chars > 80 && ld < 0.25) || (v.chars > 0 && v.chars <= 80 && ld == 0 && sentenceEnd.MatchString(t)) {
				out = append(out, s)
			}
		}
	}
	return out
}

var sentenceEnd = regexp.MustCompile(`\.( |$)`)

// endsSentence reports whether t ends with a full stop, a question or
// exclamation mark, or a closing quote after one.
func endsSentence(t string) bool {
	t = strings.TrimRight(t, "\"'”’ ")
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?")
}

func onlyBlockChild(n *html.Node) bool {
	for s := n.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s == n {
			continue
		}
		if s.Type == html.ElementNode && !skipAtoms[s.DataAtom] {
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
