package classify

import "slices"

// matcher finds every pattern that starts at a word start of normalised
// text. It is a byte trie walked from each anchor (a word start or a
// punctuation character) of the text; since every match starts at an
// anchor, the trie needs no failure links, and the walk from an anchor
// stops at the first byte no pattern continues with. A walk costs the
// length of the longest pattern prefix found there, usually one to four
// bytes. Matching allocates nothing beyond growing the caller's slice.
//
// The trie is a double array: the child of state s on byte c is
// t = base[s]+c when check[t] == s, so a step is two loads from one
// compact array, with no search among children.
type matcher struct {
	cells []cell
	// outs holds, per state, the pattern ending there; it is read only
	// for states whose base carries hasOut, so the walk touches eight
	// bytes a step.
	outs []int32
}

type cell struct {
	base  int32 // children of this state are at base+c (baseMask), and hasOut
	check int32 // the parent state of this cell, or -1 when the cell is free
}

const (
	hasOut   = 1 << 30
	baseMask = hasOut - 1
)

// newMatcher builds the trie of patterns; pattern i is reported as i.
func newMatcher(patterns []string) *matcher {
	// Most nodes have one child: a short list searched in order beats a map.
	type kid struct {
		c byte
		n int32
	}
	type bnode struct {
		kids []kid
		out  int32
	}
	nodes := []bnode{{out: -1}}
	for pi, p := range patterns {
		cur := int32(0)
		for i := 0; i < len(p); i++ {
			nx := int32(-1)
			for _, k := range nodes[cur].kids {
				if k.c == p[i] {
					nx = k.n
					break
				}
			}
			if nx < 0 {
				nx = int32(len(nodes))
				nodes = append(nodes, bnode{out: -1})
				nodes[cur].kids = append(nodes[cur].kids, kid{p[i], nx})
			}
			cur = nx
		}
		if cur != 0 && nodes[cur].out < 0 {
			nodes[cur].out = int32(pi)
		}
	}
	// Each node's children go at the first base where all their cells
	// are free. A chain of single children (the rest of a
	// long word, which most deep walks follow) is laid out at once in
	// consecutive cells where they are free, so that walking it reads one
	// cache line rather than one line per byte.
	m := &matcher{}
	grow := func(n int) {
		for len(m.cells) < n {
			m.cells = append(m.cells, cell{check: -1})
			m.outs = append(m.outs, -1)
		}
	}
	grow(256 + 1)
	m.cells[0].check = 0 // the root owns cell 0
	state := make([]int32, len(nodes))
	queue := []int32{0}
	firstFree, used := 1, 1
	keys := make([]byte, 0, 256)
	// place gives node n (at cell s) its children and returns them.
	place := func(n int32) []kid {
		s := state[n]
		if o := nodes[n].out; o >= 0 {
			m.outs[s] = o
			m.cells[s].base |= hasOut
		}
		kids := nodes[n].kids
		if len(kids) == 0 {
			return nil
		}
		slices.SortFunc(kids, func(a, b kid) int { return int(a.c) - int(b.c) })
		keys = keys[:0]
		for _, k := range kids {
			keys = append(keys, k.c)
		}
		base := -1
		if len(kids) == 1 && n != 0 {
			// Right after the parent, or close to it.
			for t := int(s) + 1; t <= int(s)+4; t++ {
				b := t - int(keys[0])
				if b < 1 {
					continue
				}
				grow(b + 256 + 1)
				if m.cells[t].check < 0 {
					base = b
					break
				}
			}
		}
		if base < 0 {
			for firstFree < len(m.cells) && m.cells[firstFree].check >= 0 {
				firstFree++
			}
			base = max(1, firstFree-int(keys[0]))
			for tries := 0; ; base, tries = base+1, tries+1 {
				if tries == 64 {
					// Past the last used cell everything is free: give up
					// some space rather than search the whole array.
					base = max(base, used-int(keys[0]))
				}
				grow(base + 256 + 1)
				free := true
				for _, c := range keys {
					if m.cells[base+int(c)].check >= 0 {
						free = false
						break
					}
				}
				if free {
					break
				}
			}
		}
		m.cells[s].base |= int32(base)
		for _, k := range kids {
			t := base + int(k.c)
			m.cells[t].check = s
			used = max(used, t+1)
			state[k.n] = int32(t)
		}
		return kids
	}
	// The first levels, which most walks visit, are laid out breadth
	// first; below dfsDepth each subtree is laid out depth first, so that
	// a walk into a rarer word stays within a few cache lines.
	const dfsDepth = 3
	depth := make([]int32, len(nodes))
	var stack []int32
	for len(queue) > 0 || len(stack) > 0 {
		var n int32
		if len(queue) > 0 {
			n, queue = queue[0], queue[1:]
		} else {
			n, stack = stack[len(stack)-1], stack[:len(stack)-1]
		}
		for _, k := range place(n) {
			// Follow a chain of single children now, while the cells
			// after it are likely free.
			c, d := k.n, depth[n]+1
			for len(nodes[c].kids) == 1 {
				depth[c] = d
				c, d = place(c)[0].n, d+1
			}
			depth[c] = d
			if d < dfsDepth {
				queue = append(queue, c)
			} else {
				stack = append(stack, c)
			}
		}
	}
	grow(len(m.cells) + 256) // every base+c stays in range
	return m
}

// rawMatch is a pattern found at b[s:e].
type rawMatch struct {
	pat  int32
	s, e int32
}

// find appends the matches of every pattern starting at an anchor of b,
// in order of start, shorter first.
func (m *matcher) find(b []byte, anchors []int32, out []rawMatch) []rawMatch {
	cells := m.cells
	root := cells[0].base & baseMask
	for _, a := range anchors {
		st := root + int32(b[a])
		cl := cells[st] // one load per step: the cell is checked and then walked from
		if cl.check != 0 {
			continue
		}
		for j := int(a) + 1; ; j++ {
			base := cl.base
			if base&hasOut != 0 {
				out = append(out, rawMatch{pat: m.outs[st], s: a, e: int32(j)})
				base &= baseMask
			}
			if j >= len(b) || base == 0 {
				break
			}
			t := base + int32(b[j])
			cl = cells[t]
			if cl.check != st {
				break
			}
			st = t
		}
	}
	return out
}
