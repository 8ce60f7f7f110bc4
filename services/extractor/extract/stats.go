package extract

import (
	"sync"
	"unicode"
	"unicode/utf8"

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
// Only elements keep an nstat (text nodes are folded straight into their
// parent), and the listing and its stack are reused across pages (see
// statScratch): on a large page these were most of the bytes the
// extraction allocated.
func computeStats(root *html.Node) stats {
	sc := statPool.Get().(*statScratch)
	defer sc.put()
	items := append(sc.items[:0], statItem{n: root, parent: -1, block: 0, val: 0})
	stack := sc.stack[:0]
	for c := root.LastChild; c != nil; c = c.PrevSibling {
		stack = append(stack, statFrame{c, 0})
	}
	elements := int32(1)
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		p := &items[f.parent]
		it := statItem{n: f.n, parent: f.parent, block: p.block, link: p.link, val: -1}
		switch f.n.Type {
		case html.ElementNode:
			if skipSet.has(f.n.DataAtom) && !headingButton(f.n) {
				continue
			}
			if f.n.DataAtom == atom.A {
				it.link = true
			}
			it.val = elements
			elements++
		case html.TextNode:
		default:
			// Comments and doctypes hold no text and no children.
			continue
		}
		idx := int32(len(items))
		if isBlock(f.n) {
			it.block = idx
		}
		items = append(items, it)
		if f.n.Type == html.ElementNode {
			for c := f.n.LastChild; c != nil; c = c.PrevSibling {
				stack = append(stack, statFrame{c, idx})
			}
		}
	}
	sc.items, sc.stack = items, stack
	st := stats{root: root, m: make(map[*html.Node]*nstat, elements)}
	vals := make([]nstat, elements)
	for i := len(items) - 1; i >= 0; i-- {
		it := &items[i]
		var tv nstat // a text node's, folded into its parent's below
		v := &tv
		if it.val >= 0 {
			v = &vals[it.val]
			st.m[it.n] = &vals[it.val]
			if it.n.DataAtom == atom.A && it.n.Type == html.ElementNode {
				v.links++
			}
			if it.n.DataAtom == atom.Br && it.n.Type == html.ElementNode {
				v.inl.br++
			}
		} else {
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
		}
		if i > 0 && int(it.block) == i {
			// A block keeps its inline text as its own.
			v.ownChars += v.inl.chars
			v.ownCommas += v.inl.commas
			v.ownLink += v.inl.link
			v.ownBr += v.inl.br
			v.inl = inline{}
		}
		if it.parent >= 0 {
			p := &vals[items[it.parent].val]
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

// statItem is one node of computeStats' listing: its parent's and nearest
// block's index in the listing, its nstat's index (-1 for a text node) and
// whether it sits inside a link.
type statItem struct {
	n      *html.Node
	parent int32
	block  int32
	val    int32
	link   bool
}

type statFrame struct {
	n      *html.Node
	parent int32
}

// statScratch is computeStats' reusable listing and stack.
type statScratch struct {
	items []statItem
	stack []statFrame
}

var statPool = sync.Pool{New: func() any { return new(statScratch) }}

// maxPooledItems bounds the listing kept for reuse, so that one huge page
// does not keep its listing's memory after it is done.
const maxPooledItems = 1 << 16

// put returns the scratch to the pool without the page's nodes, so that
// the pool does not keep a page's tree alive.
func (sc *statScratch) put() {
	if cap(sc.items) > maxPooledItems || cap(sc.stack) > maxPooledItems {
		return
	}
	clear(sc.items)
	clear(sc.stack[:cap(sc.stack)])
	sc.items, sc.stack = sc.items[:0], sc.stack[:0]
	statPool.Put(sc)
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
	for i := 0; i < len(s); {
		// ASCII without decoding: most text nodes are, and every node of
		// the page is counted.
		if c := s[i]; c < utf8.RuneSelf {
			i++
			if asciiSpace[c] {
				in = false
				continue
			}
			chars++
			if c == ',' {
				commas++
			}
			if !in {
				in = true
				words++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		chars++
		if r == '，' || r == '、' {
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
