package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Forum threads. A thread's text is its first post (README, the blind
// pages' contract): the replies after it are comments on it. A thread is
// found by its structure, not by names: two or more sibling elements of
// one tag and one class, each a post (its own text and its own controls,
// a button), the first of which opens the chosen content. The first post
// stays; what follows it in the same parent (the topic's counters, the
// replies, the thread's buttons) goes.

// Bounds of a thread's shape.
const (
	// maxWordsBeforeFirstPost is the running text the content may hold
	// before the first post (a line of stats; headings and links are not
	// counted).
	maxWordsBeforeFirstPost = 10
	// minPostWords is the text a post holds.
	minPostWords = 3
	// maxAuthorWords bounds the link that names a post's author.
	maxAuthorWords = 3
	// maxPosts bounds the posts remembered per page.
	maxPosts = 256
	// maxPostMarks bounds the buttons and author links read per page.
	maxPostMarks = 4096
	// maxThreadChildren bounds the children compared under one parent.
	maxThreadChildren = 500
)

// maxThreads bounds the first posts remembered per page.
const maxThreads = 8

// findFirstPosts remembers, before chrome is cut (a post's controls go
// with it), the posts of the page and the first post of each thread. The
// boxes that hold a button and those that hold an author link are marked
// from the buttons and links up, once, so that telling a post costs two
// lookups.
func (p *page) findFirstPosts() {
	// The controls' scan reads every element this search reads (it stops
	// only at elements this one stops at too): no button there, none here.
	if p.controls.buttons == 0 {
		return
	}
	buttons, links := p.scan.buttons, p.scan.links
	if len(buttons) == 0 {
		return
	}
	// A link is read for its author's name only on a page with buttons:
	// reading each link's text was most of this search's cost, and most
	// pages have no post to find.
	authors := authorLinks(links)
	if len(authors) == 0 {
		return
	}
	// Sized for a few boxes above each mark: growing the map was most of
	// the marking's cost.
	marks := make(postMarks, 4*(len(buttons)+len(authors)))
	marks.mark(buttons, markButton)
	marks.mark(authors, markAuthor)
	p.posts = map[*html.Node]bool{}
	walk(p.body, func(n *html.Node) bool {
		if len(p.firstPosts) >= maxThreads {
			return false
		}
		if n.Type != html.ElementNode {
			return n.Type == html.DocumentNode
		}
		if skipSet.has(n.DataAtom) || p.st.get(n).words < 2*minPostWords || !marks.both(n) {
			return false
		}
		if f := postGroup(n, p.st, marks, p.posts); f != nil {
			p.firstPosts = append(p.firstPosts, f)
			return false
		}
		return true
	})
}

// postMarks are the boxes that hold a button and those that hold an
// author link, in one map: its lookups are most of a thread search.
type postMarks map[*html.Node]uint8

// The marks of a box.
const (
	markButton uint8 = 1 << iota
	markAuthor
)

// mark marks with bit the elements that hold one of ns (ns included), up
// to maxBoxDepth above each, stopping at an element already marked so.
func (m postMarks) mark(ns []*html.Node, bit uint8) {
	for _, n := range ns {
		for q, k := n, 0; q != nil && q.Type == html.ElementNode && k <= maxBoxDepth && m[q]&bit == 0; q, k = q.Parent, k+1 {
			m[q] |= bit
		}
	}
}

// both reports a box that holds a button and an author link.
func (m postMarks) both(n *html.Node) bool { return m[n] == markButton|markAuthor }

// authorLinks returns the first maxPostMarks of links that name a
// post's author (authorLink), in order. One buffer holds each link's
// text in turn: a page has hundreds of links.
func authorLinks(links []*html.Node) []*html.Node {
	var authors []*html.Node
	var buf []byte
	for _, a := range links {
		if len(authors) >= maxPostMarks {
			break
		}
		h := attr(a, "href")
		if h == "" || strings.HasPrefix(h, "#") {
			continue
		}
		buf = appendLaidOutBytes(buf[:0], a)
		if w := normalizedWords(buf, maxAuthorWords+1); w >= 1 && w <= maxAuthorWords {
			authors = append(authors, a)
		}
	}
	return authors
}

// authorLink reports a link of one to maxAuthorWords words to another
// page: a post's author. authorLinks makes the same test without
// building each link's text.
func authorLink(a *html.Node) bool {
	h := attr(a, "href")
	if h == "" || strings.HasPrefix(h, "#") {
		return false
	}
	w := words(textOf(a))
	return w >= 1 && w <= maxAuthorWords
}

// appendLaidOutBytes appends the text of root's subtree to buf as
// appendText writes it: a space for each <br> and block (root included),
// nothing of what skipAtoms names.
func appendLaidOutBytes(buf []byte, root *html.Node) []byte {
	var frame [16]*html.Node
	stack := append(frame[:0], root)
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch n.Type {
		case html.TextNode:
			buf = append(buf, n.Data...)
			continue
		case html.ElementNode:
			if skipSet.has(n.DataAtom) {
				continue
			}
			if n.DataAtom == atom.Br || isBlock(n) {
				buf = append(buf, ' ')
			}
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
	return buf
}

// normalizedWords returns words(normalize(string(s))), or limit when that
// is limit or more, without the copy: normalize reads as space what
// normalizeSpace names (words a subset of it), drops the invisible
// characters normalizeDrops names and writes every other rune as a
// non-space one (an invalid byte as U+FFFD; NFC composes no space and
// decomposes nothing into one).
func normalizedWords(s []byte, limit int) int {
	n := 0
	in := false
	for i := 0; i < len(s); {
		var space bool
		if c := s[i]; c < utf8.RuneSelf {
			space = asciiSpace[c]
			i++
		} else {
			r, size := utf8.DecodeRune(s[i:])
			i += size
			if normalizeDrops(r) {
				continue
			}
			space = normalizeSpace(r)
		}
		if space {
			in = false
		} else if !in {
			in = true
			if n++; n >= limit {
				return n
			}
		}
	}
	return n
}

// cutThreadReplies removes the replies of a thread whose first post opens
// the content (roots, in document order): what follows the first post in
// its parent, and the roots that were among it. It returns the roots left.
func (p *page) cutThreadReplies(roots []*html.Node) []*html.Node {
	for _, f := range p.firstPosts {
		if f.Parent == nil {
			continue
		}
		before, at := 0, -1
		for i, r := range roots {
			if contains(r, f) {
				before += wordsBefore(r, f, maxWordsBeforeFirstPost)
				at = i
				break
			}
			before += wordsBefore(r, nil, maxWordsBeforeFirstPost)
		}
		if at < 0 {
			// The scorer chose a long reply: the thread's text is still
			// its first post, the block of the same kind in it.
			first := repliedTo(roots, f)
			if first == nil {
				continue
			}
			roots, before = []*html.Node{first}, 0
		}
		if before > maxWordsBeforeFirstPost {
			continue
		}
		var replies []*html.Node
		for s := f.NextSibling; s != nil; s = s.NextSibling {
			replies = append(replies, s)
		}
		n := int32(0)
		for _, s := range replies {
			if s.Type == html.ElementNode {
				n++
			}
			removeNode(s)
		}
		p.count(KindComments, n)
		p.replies += n
		p.dropPostAuthor(f)
		// A root that was among the replies is no longer under the body.
		kept := roots[:0:0]
		for _, r := range roots {
			if attached(r, p.body) {
				kept = append(kept, r)
			}
		}
		roots = kept
	}
	return roots
}

// postGroup returns the first of two or more children of n that share a
// tag and a class and are each a post, or nil. The children that are
// posts are counted first: most boxes a search visits hold fewer than two
// and need no grouping by class.
func postGroup(n *html.Node, st stats, marks postMarks, posts map[*html.Node]bool) *html.Node {
	isPost := func(c *html.Node) bool {
		return st.get(c).words >= minPostWords && marks.both(c)
	}
	found, k := 0, 0
	for c := n.FirstChild; c != nil && k < maxThreadChildren; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		k++
		if !hasFields(attr(c, "class")) {
			continue
		}
		if isPost(c) {
			found++
			if len(posts) < maxPosts {
				posts[c] = true
			}
		}
	}
	if found < 2 {
		return nil
	}
	type group struct {
		first *html.Node
		count int
		posts bool
	}
	groups := map[string]*group{}
	var order []string
	k = 0
	for c := n.FirstChild; c != nil && k < maxThreadChildren; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		k++
		cls := strings.Join(strings.Fields(attr(c, "class")), " ")
		if cls == "" {
			continue
		}
		key := c.Data + "." + cls
		g := groups[key]
		if g == nil {
			g = &group{first: c, posts: true}
			groups[key] = g
			order = append(order, key)
		}
		g.count++
		if g.posts && !isPost(c) {
			g.posts = false
		}
	}
	for _, key := range order {
		if g := groups[key]; g.count >= 2 && g.posts {
			return g.first
		}
	}
	return nil
}

// hasFields reports whether strings.Fields(s) holds a field.
func hasFields(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return !unicode.IsSpace(r) }) >= 0
}

// wordsBefore counts the words of r's running text before target (text
// outside headings and links: a title and a category line are not the
// thread's text), up to limit+1.
func wordsBefore(r, target *html.Node, limit int) int {
	n := 0
	done := false
	walk(r, func(c *html.Node) bool {
		if done || c == target {
			done = true
			return false
		}
		if c.Type == html.ElementNode && (skipSet.has(c.DataAtom) || isHeading(c) || c.DataAtom == atom.A) {
			return false
		}
		if c.Type == html.TextNode {
			if n += words(c.Data); n > limit {
				done = true
			}
		}
		return !done
	})
	return n
}

// repliedTo returns, when every root lies in a reply after the first post
// f, the block of f of the first root's tag and class (f itself when it
// has none); else nil.
func repliedTo(roots []*html.Node, f *html.Node) *html.Node {
	if len(roots) == 0 {
		return nil
	}
	for _, r := range roots {
		in := false
		for s := f.NextSibling; s != nil && !in; s = s.NextSibling {
			in = contains(s, r)
		}
		if !in {
			return nil
		}
	}
	sig := blockSig(roots[0])
	if sig == "" {
		return f
	}
	var b *html.Node
	walk(f, func(n *html.Node) bool {
		if b != nil {
			return false
		}
		if n.Type == html.ElementNode && blockSig(n) == sig {
			b = n
			return false
		}
		return true
	})
	if b == nil {
		return f
	}
	return b
}
