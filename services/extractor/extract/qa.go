package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Q&A pages. A Q&A page's text is its question and its answers (README,
// the blind pages' contract); the scorer picks one post's text block, the
// best answer's as often as the question's. A Q&A page is found by its
// structure: the chosen block's tag and class recur in other posts (each
// with text, a button and an author link of its own, found before chrome
// is cut), the first of them (the question) in a box of its own kind and
// the rest (the answers) in boxes of one other kind. A forum thread's
// posts are all boxes of one kind, so it is not one (threads.go keeps its
// first post).

// maxQAPosts bounds the posts of one Q&A page that are read.
const maxQAPosts = 50

// qaRoots returns the text blocks of the question and the answers when
// roots is one such block of a Q&A page, else roots.
func (p *page) qaRoots(roots []*html.Node) []*html.Node {
	if out := p.postQARoots(roots); len(out) != len(roots) {
		return out
	}
	roots = p.dropCountHeading(roots)
	if out := p.countedQARoots(roots); len(out) != len(roots) {
		return out
	}
	// Answers of a class of their own after a count heading
	// (qaquestion.go).
	if out := p.answeredQuestionRoots(roots); len(out) != len(roots) {
		return out
	}
	// A stub's question and first answer (qastub.go).
	if out := p.stubQuestionRoots(roots); len(out) != len(roots) {
		return out
	}
	return p.shapedQARoots(roots)
}

// postQARoots is qaRoots over the posts the post search found.
func (p *page) postQARoots(roots []*html.Node) []*html.Node {
	if len(roots) != 1 && !oneSplitBlock(roots) || len(p.posts) < 2 {
		return roots
	}
	w := roots[0]
	sig := blockSig(w)
	container := p.postOf(w) == nil
	if container {
		// The scorer chose a box around the posts (with their stats
		// and cards): the posts' text blocks are read the same way.
		sig = p.postBlockSig(w)
	}
	if sig == "" {
		return roots
	}
	same, ok := blocksWhere(p.body, func(n *html.Node) bool { return blockSig(n) == sig })
	if !ok || len(same) < 2 {
		return roots
	}
	// Each block in a post of its own (and in the chosen box).
	for _, b := range same {
		if container && !contains(w, b) {
			return roots
		}
		post := p.postOf(b)
		if post == nil {
			return roots
		}
		for _, o := range same {
			if o != b && contains(post, o) && !splitBlock(post, b, o) {
				return roots
			}
		}
	}
	first, rest, ok := branchesUnder(same)
	if !ok {
		return roots
	}
	kind := ""
	branches := map[*html.Node]bool{}
	for _, br := range rest {
		branches[br] = true
		k := kindKey(br)
		if kind == "" {
			kind = k
		} else if k != kind {
			return roots
		}
	}
	// Boxes of one kind are a thread's posts unless a heading between the
	// first and the rest counts the rest (qacount.go).
	answers := len(same) - 1 - splitHalves(same, p.postOf)
	if kind == kindKey(first) && !countsAnswers(first, branches, answers) {
		return roots
	}
	return withPostTitles(same, p.postOf)
}

// withPostTitles returns blocks with, before each, the heading right
// before it inside its own post (boxOf): an answer's title is its text
// too.
func withPostTitles(blocks []*html.Node, boxOf func(*html.Node) *html.Node) []*html.Node {
	var out []*html.Node
	for _, b := range blocks {
		h := prevElement(b)
		if box := boxOf(b); box != nil && box != b && isHeading(h) && h.DataAtom != atom.H1 && contains(box, h) && strings.TrimSpace(textOf(h)) != "" {
			out = append(out, h)
		}
		out = append(out, b)
	}
	return out
}

// postOf returns the post that holds b, or nil. A box around other posts
// (a page's wrapper has text, buttons and short links too) is not one.
func (p *page) postOf(b *html.Node) *html.Node {
	for q, k := b, 0; q != nil && k <= maxBoxDepth; q, k = q.Parent, k+1 {
		if p.posts[q] && !p.holdsPost(q) {
			return q
		}
	}
	return nil
}

// holdsPost reports whether another post lies inside q.
func (p *page) holdsPost(q *html.Node) bool {
	for o := range p.posts {
		if o != q && contains(q, o) {
			return true
		}
	}
	return false
}

// blockSig is a block's tag and class, "" when it has no class.
func blockSig(n *html.Node) string {
	cls := strings.Join(strings.Fields(attr(n, "class")), " ")
	if cls == "" {
		return ""
	}
	return n.Data + "." + cls
}

// kindKey is a box's tag and first class name: the kind of box it is.
func kindKey(n *html.Node) string {
	f := strings.Fields(strings.ToLower(attr(n, "class")))
	if len(f) == 0 {
		return n.Data + "."
	}
	return n.Data + "." + f[0]
}

// branchUnder returns the child of a on the way down to b.
func branchUnder(a, b *html.Node) *html.Node {
	for q := b; q != nil; q = q.Parent {
		if q.Parent == a {
			return q
		}
	}
	return nil
}

// blocksWhere returns the outermost elements under root for which match
// holds, in document order; ok is false when there are more than
// maxQAPosts.
func blocksWhere(root *html.Node, match func(*html.Node) bool) (same []*html.Node, ok bool) {
	over := false
	walk(root, func(n *html.Node) bool {
		if over || n.Type != html.ElementNode && n.Type != html.DocumentNode {
			return false
		}
		if n.Type == html.ElementNode && match(n) {
			if len(same) == maxQAPosts {
				over = true
				return false
			}
			same = append(same, n)
			return false
		}
		return true
	})
	return same, !over
}

// branchesUnder returns the children of the blocks' nearest common
// ancestor that hold them: first for the first block, rest for the others
// in order (one branch may hold several). ok is false when the blocks
// share no ancestor or another block sits in the first one's branch.
func branchesUnder(same []*html.Node) (first *html.Node, rest []*html.Node, ok bool) {
	a := same[0]
	for _, b := range same[1:] {
		if a = commonAncestor(a, b); a == nil {
			return nil, nil, false
		}
	}
	first = branchUnder(a, same[0])
	rest = make([]*html.Node, 0, len(same)-1)
	for _, b := range same[1:] {
		br := branchUnder(a, b)
		if br == first {
			return nil, nil, false
		}
		rest = append(rest, br)
	}
	return first, rest, true
}

// postBlockSig returns the signature of the text block of the first post
// inside w: the innermost box with a class around its first paragraph
// that the post holds once; "" when there is none.
func (p *page) postBlockSig(w *html.Node) string {
	var para *html.Node
	walk(w, func(n *html.Node) bool {
		if para != nil {
			return false
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.P && p.postOf(n) != nil && contains(w, p.postOf(n)) {
			para = n
			return false
		}
		return true
	})
	if para == nil {
		return ""
	}
	post := p.postOf(para)
	for q := para.Parent; q != nil && q != post; q = q.Parent {
		sig := blockSig(q)
		if sig == "" {
			continue
		}
		k := 0
		walk(post, func(n *html.Node) bool {
			if n.Type == html.ElementNode && blockSig(n) == sig {
				k++
			}
			return k < 2
		})
		if k == 1 {
			return sig
		}
	}
	return ""
}
