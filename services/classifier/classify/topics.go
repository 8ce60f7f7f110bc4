package classify

import (
	"math"
	"slices"
	"strings"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

type rule struct {
	id, code string
	expr     *node
}

// node is a compiled taxonomy.Expr: terms point at automaton patterns.
type node struct {
	e        *taxonomy.Expr
	refs     []termRef // OpTerm on text fields
	actorKey string    // OpTerm on FieldActors: actor type or id
	never    bool      // regexp terms are not supported and never match
	children []*node
}

type termRef struct {
	pat    int32
	prefix bool
}

func compileExpr(e *taxonomy.Expr, pat func(string) int32) *node {
	n := &node{e: e}
	if e.Op != taxonomy.OpTerm {
		for _, c := range e.Children {
			n.children = append(n.children, compileExpr(c, pat))
		}
		return n
	}
	if e.Field == taxonomy.FieldActors {
		n.actorKey = strings.TrimSpace(e.Value)
		return n
	}
	if e.Regexp {
		n.never = true
		return n
	}
	for _, t := range e.Terms() {
		prefix := strings.HasSuffix(t, "*")
		t = strings.Trim(t, "*")
		key := normalizeString(t, true)
		if e.Stem {
			key, prefix = stem(key), true
		}
		if key == "" {
			continue
		}
		n.refs = append(n.refs, termRef{pat: pat(key), prefix: prefix})
	}
	return n
}

// stem cuts a common English suffix off the last word so that the prefix
// match covers the inflections ("deported" → "deport" → deportation, deports).
func stem(s string) string {
	i := strings.LastIndexByte(s, ' ') + 1
	w := s[i:]
	for _, suf := range []string{"ations", "ation", "ings", "ing", "ies", "ers", "er", "ed", "es", "s"} {
		if len(w)-len(suf) >= 4 && strings.HasSuffix(w, suf) {
			return s[:i] + w[:len(w)-len(suf)]
		}
	}
	return s
}

// result of evaluating a node: whether it holds, how many matches and
// distinct terms support it.
type result struct {
	ok          bool
	count, uniq int
}

func (c *Classifier) inField(sc *scratch, f taxonomy.Field, s int32) bool {
	switch f {
	case taxonomy.FieldTitle:
		return int(s) < sc.n.titleEnd
	case taxonomy.FieldBody:
		return int(s) >= sc.n.titleEnd
	}
	return true
}

func (c *Classifier) eval(sc *scratch, n *node) result {
	e := n.e
	switch e.Op {
	case taxonomy.OpTerm:
		var r result
		if n.actorKey != "" {
			for _, m := range sc.accepted {
				if m.actor >= 0 && c.inField(sc, e.Field, m.s) && c.actorIs(m.actor, n.actorKey) {
					r.count++
				}
			}
			r.uniq = min(r.count, 1)
		}
		for _, t := range n.refs {
			k := 0
			for h := sc.head[t.pat]; h >= 0; h = sc.next[h] {
				x := &sc.hits[h]
				if (t.prefix || x.whole) && c.inField(sc, e.Field, x.s) {
					k++
				}
			}
			if k > 0 {
				r.count += k
				r.uniq++
			}
		}
		r.ok = r.count > 0
		return r
	case taxonomy.OpOr:
		var r result
		for _, ch := range n.children {
			cr := c.eval(sc, ch)
			if cr.ok {
				r.ok = true
				r.count += cr.count
				r.uniq += cr.uniq
			}
		}
		if e.Count.Op != "" {
			v := r.count
			if e.Unique {
				v = r.uniq
			}
			r.ok = e.Count.OK(v)
		}
		return r
	case taxonomy.OpAnd:
		var r result
		for _, ch := range n.children {
			cr := c.eval(sc, ch)
			if !cr.ok {
				return result{}
			}
			r.count += cr.count
			r.uniq += cr.uniq
		}
		r.ok = true
		return r
	case taxonomy.OpNot:
		for _, ch := range n.children {
			if c.eval(sc, ch).ok {
				return result{}
			}
		}
		return result{ok: true}
	case taxonomy.OpProx:
		a := c.collect(sc, n.children[0], nil)
		b := c.collect(sc, n.children[1], nil)
		for _, x := range a {
			for _, y := range b {
				if c.near(sc, e, x, y) {
					return result{ok: true, count: 2, uniq: 2}
				}
			}
		}
	}
	return result{}
}

func (c *Classifier) actorIs(ai int32, key string) bool {
	a := &c.actors[ai].a
	return a.Type == key || a.ID == key
}

// collect appends the spans (normalised offsets) that make n hold.
func (c *Classifier) collect(sc *scratch, n *node, out [][2]int32) [][2]int32 {
	e := n.e
	switch e.Op {
	case taxonomy.OpTerm:
		if n.actorKey != "" {
			for _, m := range sc.accepted {
				if m.actor >= 0 && c.inField(sc, e.Field, m.s) && c.actorIs(m.actor, n.actorKey) {
					out = append(out, [2]int32{m.s, m.e})
				}
			}
		}
		for _, t := range n.refs {
			for h := sc.head[t.pat]; h >= 0; h = sc.next[h] {
				x := &sc.hits[h]
				if (t.prefix || x.whole) && c.inField(sc, e.Field, x.s) {
					end := x.e
					if t.prefix { // evidence is the whole word
						for int(end) < len(sc.n.b) && sc.n.b[end] != ' ' && sc.n.b[end] != '\n' && isWordByte(sc.n.b[end]) {
							end++
						}
					}
					out = append(out, [2]int32{x.s, end})
				}
			}
		}
	case taxonomy.OpOr, taxonomy.OpAnd, taxonomy.OpProx:
		for _, ch := range n.children {
			if c.eval(sc, ch).ok {
				out = c.collect(sc, ch, out)
			}
		}
	}
	return out
}

func isWordByte(b byte) bool {
	return b >= 0x80 || ('a' <= b && b <= 'z') || ('0' <= b && b <= '9') || b == '-'
}

func (c *Classifier) near(sc *scratch, e *taxonomy.Expr, x, y [2]int32) bool {
	if e.Unit == "sentence" {
		d := abs(sc.sentence(x[0]) - sc.sentence(y[0]))
		// distance=1 means within one sentence.
		return d < max(1, e.Dist.N)
	}
	d := abs(sc.word(x[0]) - sc.word(y[0]))
	if d > 20 { // a ">" distance alone is bounded to the neighbourhood
		return false
	}
	return e.Dist.OK(d)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func (sc *scratch) word(off int32) int {
	if len(sc.words) == 0 {
		in := false
		for i, b := range sc.n.b {
			w := b != ' ' && b != '\n'
			if w && !in {
				sc.words = append(sc.words, int32(i))
			}
			in = w
		}
		sc.words = append(sc.words, int32(len(sc.n.b)))
	}
	i, _ := slices.BinarySearch(sc.words, off)
	return i
}

func (sc *scratch) sentence(off int32) int {
	if len(sc.sents) == 0 {
		sc.sents = append(sc.sents, 0)
		b := sc.n.b
		for i := range b {
			if b[i] == '\n' || ((b[i] == '.' || b[i] == '!' || b[i] == '?') && i+1 < len(b) && b[i+1] == ' ') {
				sc.sents = append(sc.sents, int32(i+1))
			}
		}
	}
	i, found := slices.BinarySearch(sc.sents, off)
	if !found {
		i--
	}
	return i
}

// evalTopics fires the rules, adds ancestors as inherited tags and scores
// by the amount of distinct evidence.
func (c *Classifier) evalTopics(sc *scratch) []*newsv1.TopicTag {
	evidence := map[string][][2]int32{}
	var order []string
	for i := range c.rules {
		r := &c.rules[i]
		if !c.eval(sc, r.expr).ok {
			continue
		}
		if _, seen := evidence[r.code]; !seen {
			order = append(order, r.code)
		}
		evidence[r.code] = c.collect(sc, r.expr, evidence[r.code])
	}
	if len(order) == 0 {
		return nil
	}
	var out []*newsv1.TopicTag
	byCode := map[string]*newsv1.TopicTag{}
	for _, code := range order {
		ev := evidence[code]
		slices.SortFunc(ev, func(a, b [2]int32) int {
			if a[0] != b[0] {
				return int(a[0] - b[0])
			}
			return int(a[1] - b[1])
		})
		ev = slices.Compact(ev)
		t := &newsv1.TopicTag{Code: code, Label: c.topics[code].Label, Score: round3(1 - math.Pow(0.8, float64(len(ev))))}
		for _, x := range ev {
			t.Evidence = append(t.Evidence, sc.span(x[0], x[1]))
		}
		byCode[code] = t
		out = append(out, t)
	}
	for _, code := range order {
		child := byCode[code]
		for _, anc := range c.tax.Ancestors(code) {
			t, ok := byCode[anc]
			if !ok {
				t = &newsv1.TopicTag{Code: anc, Label: c.topics[anc].Label, Inherited: true}
				byCode[anc] = t
				out = append(out, t)
			}
			if t.Inherited {
				t.Score = max(t.Score, child.Score)
				for _, sp := range child.Evidence {
					if !slices.ContainsFunc(t.Evidence, func(x *newsv1.Span) bool { return x.Start == sp.Start && x.End == sp.End }) {
						t.Evidence = append(t.Evidence, sp)
					}
				}
			}
		}
	}
	for _, t := range out {
		if t.Inherited {
			slices.SortFunc(t.Evidence, func(a, b *newsv1.Span) int { return int(a.Start - b.Start) })
		}
	}
	return out
}
