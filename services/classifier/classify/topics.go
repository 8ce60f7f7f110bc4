package classify

import (
	"math"
	"slices"
	"strings"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

type rule struct {
	id, code    string
	slot        int32
	minEvidence int
	expr        *node
	// always: the rule may hold without any of its patterns matching (a
	// NOT, a count below N) or looks at actor tags, so it is evaluated on
	// every document; other rules only when one of their patterns matched.
	always bool
	// gates are the rule's entries in Classifier.gates, [gateLo, gateHi):
	// counts of distinct matched patterns that must be reached before the
	// rule is evaluated at all (see buildGates).
	gateLo, gateHi int32
	// relative is taxonomy.Rule.Relative.
	relative float64
	// fallback is taxonomy.Rule.Fallback: evaluated only when no other
	// rule tags the document.
	fallback bool
}

// gate is a necessary condition of a rule: at least min distinct
// patterns of one part of its query matched.
type gate struct {
	min int32
	// alt: this gate is an alternative to the one before it (an operand
	// that is an OR of counted parts, such as a desk's "enough strong cues
	// or many weak ones"): of a run of alternatives, one must be reached.
	alt bool
}

// reached reports whether the document's gate counts (hits) reach the
// gates [lo, hi): every gate, or one of each run of alternatives.
func (c *Classifier) reached(hits []int32, lo, hi int32) bool {
	ok := true // the current run of alternatives has a gate reached
	for g := lo; g < hi; g++ {
		r := hits[g] >= c.gates[g].min
		if c.gates[g].alt {
			ok = ok || r
			continue
		}
		if !ok {
			return false
		}
		ok = r
	}
	return ok
}

// buildGates derives each rule's gates from its query: one per operand
// of a top-level AND that needs some patterns (a desk rule's "three
// distinct cues" and "one strong cue"), else one for the whole query. A
// document is tested against them by counting its distinct matched
// patterns per gate, which is much cheaper than evaluating the rule; a
// rule whose gates are not all reached cannot hold and is skipped.
func (c *Classifier) buildGates() {
	for k := range c.patGates {
		c.patGates[k] = make([][]int32, len(c.pats))
		c.patTerms[k] = make([][]termAt, len(c.pats))
	}
	kind := 0 // 1 while the fallback rules are built
	add := func(pats []int32, min int32, alt bool) {
		g := int32(len(c.gates))
		c.gates = append(c.gates, gate{min: max(min, 1), alt: alt})
		for _, p := range pats {
			if !slices.Contains(c.patGates[kind][p], g) {
				c.patGates[kind][p] = append(c.patGates[kind][p], g)
			}
		}
	}
	var mark func(n *node)
	mark = func(n *node) {
		if len(n.refs) > 0 && n.term == 0 {
			c.terms++
			n.term = c.terms
			for k, t := range n.refs {
				c.patTerms[kind][t.pat] = append(c.patTerms[kind][t.pat], termAt{term: n.term, ref: int32(k)})
			}
		}
		for _, t := range n.refs {
			if t.prefix {
				c.pats[t.pat].prefix = true
			}
		}
		for _, ch := range n.children {
			mark(ch)
		}
	}
	for kind = range 2 {
		for ri := range c.rules {
			r := &c.rules[ri]
			if r.fallback != (kind == 1) {
				continue
			}
			mark(r.expr)
			r.gateLo = int32(len(c.gates))
			if !r.always {
				if r.expr.e.Op == taxonomy.OpAnd {
					for _, ch := range r.expr.children {
						if ch.e.Op == taxonomy.OpNot {
							continue
						}
						if alts := ch.alternatives(); alts != nil {
							for i, a := range alts {
								add(a.patterns(nil), a.minPatterns(), i > 0)
							}
						} else if m := ch.minPatterns(); m > 0 {
							add(ch.patterns(nil), m, false)
						}
					}
				}
				if int32(len(c.gates)) == r.gateLo {
					add(r.expr.patterns(nil), r.expr.minPatterns(), false)
				}
			}
			r.gateHi = int32(len(c.gates))
		}
		if kind == 0 {
			c.termsFirst = c.terms
		}
	}
}

// topicSlot is a topic that a rule assigns or that is an ancestor of one.
type topicSlot struct {
	code, label string
	ancestors   []int32 // slots, nearest first
}

// topicSlot returns the slot of code, adding it and its ancestors.
func (c *Classifier) topicSlot(code string) int32 {
	for i := range c.slots {
		if c.slots[i].code == code {
			return int32(i)
		}
	}
	i := int32(len(c.slots))
	c.slots = append(c.slots, topicSlot{code: code, label: c.topics[code].Label})
	var anc []int32
	for _, a := range c.tax.Ancestors(code) {
		anc = append(anc, c.topicSlot(a))
	}
	c.slots[i].ancestors = anc
	return i
}

// topicAcc gathers a topic's evidence while rules are evaluated.
type topicAcc struct {
	ev        [][2]int32 // normalised spans
	fired     bool       // a rule for this code held and met its threshold
	inherited bool       // reported only as an ancestor
	srcs      int        // inherited: how many descendants gave evidence
	src       int32      // inherited: the last of them
	minEv     int
	weight    int     // evidence weight: spans, title spans twice
	salience  int     // weight by position: title or body (salienceOf)
	relative  float64 // the least Rule.Relative of the rules that fired
	// deskBest, on a top-level topic: the salience of its desk's most
	// salient fired topic; childBest: that of its most salient fired
	// child (compete).
	deskBest, childBest int
	tag                 *newsv1.TopicTag
}

// node is a compiled taxonomy.Expr: terms point at automaton patterns.
type node struct {
	e *taxonomy.Expr
	// evidenced: an earlier operand of the same AND looks for every
	// pattern this one does, so when the AND holds this operand's
	// evidence is already there; it is evaluated without collecting.
	evidenced bool
	refs      []termRef // OpTerm on text fields
	actorKey  string    // OpTerm on FieldActors: actor type or id
	never     bool      // regexp terms are not supported and never match
	children  []*node
	// term numbers a node with refs from 1 (0: none) for the
	// per-document lists of its matched refs (scratch.termRefs).
	term int32
}

// termAt is ref number ref of term node term.
type termAt struct {
	term, ref int32
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
		if e.Op == taxonomy.OpOr {
			n.children = mergeTerms(n.children)
		}
		if e.Op == taxonomy.OpAnd {
			markEvidenced(n.children)
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

// mergeTerms folds the plain text terms of an OR that look in the same
// field into one node: an OR sums its children's counts and distinct
// terms and holds when one of them does, which is what one node with all
// their terms computes, minus a call per term. A desk rule's dozens of
// phrases become one node.
func mergeTerms(children []*node) []*node {
	var out []*node
	byField := map[taxonomy.Field]*node{}
	for _, ch := range children {
		if ch.e.Op != taxonomy.OpTerm || ch.actorKey != "" || ch.never {
			out = append(out, ch)
			continue
		}
		m, ok := byField[ch.e.Field]
		if !ok {
			m = &node{e: ch.e}
			byField[ch.e.Field] = m
			out = append(out, m)
		}
		m.refs = append(m.refs, ch.refs...)
	}
	return out
}

// markEvidenced marks the operands of an AND whose text terms all occur
// in earlier operands (a desk rule's "strong cues" check after its "all
// cues" check).
func markEvidenced(children []*node) {
	type key struct {
		t termRef
		f taxonomy.Field
	}
	seen := map[key]bool{}
	for _, ch := range children {
		if ch.e.Op == taxonomy.OpNot {
			continue
		}
		all := true
		ch.walkTerms(func(t termRef, f taxonomy.Field, plain bool) {
			if !plain || !seen[key{t, f}] {
				all = false
			}
		})
		ch.evidenced = all && len(ch.patterns(nil)) > 0
		ch.walkTerms(func(t termRef, f taxonomy.Field, _ bool) { seen[key{t, f}] = true })
	}
}

// walkTerms calls f for every text term under n with its field; plain
// is false for what collect would not take as it is (actor terms,
// proximity and AND operands, NOT, unsupported regexps).
func (n *node) walkTerms(f func(t termRef, field taxonomy.Field, plain bool)) {
	op := n.e.Op
	plain := n.actorKey == "" && !n.never && (op == taxonomy.OpTerm || op == taxonomy.OpOr)
	if !plain {
		f(termRef{pat: -1}, "", false)
	}
	for _, t := range n.refs {
		f(t, n.e.Field, plain)
	}
	for _, ch := range n.children {
		ch.walkTerms(f)
	}
}

// patterns appends the automaton patterns n looks for.
func (n *node) patterns(out []int32) []int32 {
	for _, t := range n.refs {
		out = append(out, t.pat)
	}
	for _, ch := range n.children {
		out = ch.patterns(out)
	}
	return out
}

// holdsEmpty reports whether n holds on a document where no pattern
// matched (eval's semantics with every term false), and whether it looks
// at actor tags.
func (n *node) holdsEmpty() (ok, actors bool) {
	e := n.e
	switch e.Op {
	case taxonomy.OpTerm:
		return false, n.actorKey != ""
	case taxonomy.OpOr:
		for _, ch := range n.children {
			o, a := ch.holdsEmpty()
			ok, actors = ok || o, actors || a
		}
		if ok && e.Count.Op != "" {
			ok = e.Count.OK(0)
		}
		return ok, actors
	case taxonomy.OpAnd:
		ok = true
		for _, ch := range n.children {
			o, a := ch.holdsEmpty()
			ok, actors = ok && o, actors || a
		}
		return ok, actors
	case taxonomy.OpNot:
		ok = true
		for _, ch := range n.children {
			o, a := ch.holdsEmpty()
			ok, actors = ok && !o, actors || a
		}
		return ok, actors
	}
	for _, ch := range n.children {
		_, a := ch.holdsEmpty()
		actors = actors || a
	}
	return false, actors
}

// minPatterns returns a lower bound on the number of distinct patterns
// that must match for n to hold. It is exact enough to skip rules early:
// an (or/countunique>=N …) over plain terms whose patterns are all
// distinct needs N of them, an AND needs what its most demanding child
// needs, anything else at least one (or none, for NOT).
func (n *node) minPatterns() int32 {
	e := n.e
	switch e.Op {
	case taxonomy.OpTerm:
		return int32(min(1, len(n.refs)))
	case taxonomy.OpAnd:
		var m int32
		for _, ch := range n.children {
			m = max(m, ch.minPatterns())
		}
		return m
	case taxonomy.OpOr:
		if e.Count.Op != "" && e.Count.OK(0) {
			return 0
		}
		if e.Unique && (e.Count.Op == ">=" || e.Count.Op == ">") && n.plainDistinct() {
			need := int32(e.Count.N)
			if e.Count.Op == ">" {
				need++
			}
			return need
		}
		m := int32(-1)
		for _, ch := range n.children {
			if k := ch.minPatterns(); m < 0 || k < m {
				m = k
			}
		}
		return max(m, 0)
	case taxonomy.OpProx:
		return 1
	}
	return 0
}

// alternatives returns the children of an uncounted OR when each needs
// some patterns and one needs more than one (a desk's "strong cues or
// many weak ones"): gating them one by one, as alternatives, keeps the
// stricter count of each instead of the least of them over all patterns.
func (n *node) alternatives() []*node {
	if n.e.Op != taxonomy.OpOr || n.e.Count.Op != "" || len(n.children) < 2 {
		return nil
	}
	most := int32(0)
	for _, ch := range n.children {
		m := ch.minPatterns()
		if m == 0 {
			return nil
		}
		most = max(most, m)
	}
	if most < 2 {
		return nil
	}
	return n.children
}

// plainDistinct reports whether n's children are text terms whose
// patterns are all different, so that distinct terms are distinct patterns.
func (n *node) plainDistinct() bool {
	seen := map[int32]bool{}
	for _, ch := range n.children {
		if ch.e.Op != taxonomy.OpTerm || ch.actorKey != "" || ch.never {
			return false
		}
		for _, t := range ch.refs {
			if seen[t.pat] {
				return false
			}
			seen[t.pat] = true
		}
	}
	return true
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
		var seen termStarts
		for _, ri := range sc.termRefs(n) {
			t := n.refs[ri]
			k, last := 0, int32(-1)
			for h := sc.head[t.pat]; h >= 0; h = sc.next[h] {
				x := &sc.hits[h]
				if (t.prefix || x.whole) && c.inField(sc, e.Field, x.s) {
					if k == 0 { // hits run backwards: the last match
						last = x.s
					}
					k++
				}
			}
			if k > 0 {
				r.count += k
				if seen.add(last) {
					r.uniq++
				}
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
		for _, ri := range sc.termRefs(n) {
			t := n.refs[ri]
			for h := sc.head[t.pat]; h >= 0; h = sc.next[h] {
				x := &sc.hits[h]
				if (t.prefix || x.whole) && c.inField(sc, e.Field, x.s) {
					out = append(out, [2]int32{x.s, sc.wordEnd(x, t.prefix)})
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

// evalCollect evaluates n like eval and, when it holds, appends to out
// the spans that make it hold (collect's spans), in one walk of the tree.
// When n does not hold, out comes back as it was.
func (c *Classifier) evalCollect(sc *scratch, n *node, out [][2]int32) (result, [][2]int32) {
	e := n.e
	mark := len(out)
	switch e.Op {
	case taxonomy.OpTerm:
		if n.actorKey != "" {
			r := c.eval(sc, n)
			if r.ok {
				out = c.collect(sc, n, out)
			}
			return r, out
		}
		// eval and collect in one walk over the term's matches.
		var r result
		var seen termStarts
		for _, ri := range sc.termRefs(n) {
			t := n.refs[ri]
			k, last := 0, int32(-1)
			for h := sc.head[t.pat]; h >= 0; h = sc.next[h] {
				x := &sc.hits[h]
				if (t.prefix || x.whole) && c.inField(sc, e.Field, x.s) {
					if k == 0 { // hits run backwards: the last match
						last = x.s
					}
					k++
					out = append(out, [2]int32{x.s, sc.wordEnd(x, t.prefix)})
				}
			}
			if k > 0 {
				r.count += k
				if seen.add(last) {
					r.uniq++
				}
			}
		}
		r.ok = r.count > 0
		return r, out
	case taxonomy.OpOr:
		var r result
		for _, ch := range n.children {
			var cr result
			cr, out = c.evalCollect(sc, ch, out)
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
		if !r.ok {
			return result{}, out[:mark]
		}
		return r, out
	case taxonomy.OpAnd:
		var r result
		for _, ch := range n.children {
			var cr result
			if ch.evidenced {
				cr = c.eval(sc, ch)
			} else {
				cr, out = c.evalCollect(sc, ch, out)
			}
			if !cr.ok {
				return result{}, out[:mark]
			}
			r.count += cr.count
			r.uniq += cr.uniq
		}
		r.ok = true
		return r, out
	case taxonomy.OpNot:
		return c.eval(sc, n), out // a NOT holds on what is absent: no evidence
	case taxonomy.OpProx:
		r := c.eval(sc, n)
		if r.ok {
			out = c.collect(sc, n, out)
		}
		return r, out
	}
	return result{}, out
}

// wordEnd is where the evidence of a match ends: the match itself, or
// for a prefix term the whole word it begins.
func (sc *scratch) wordEnd(x *hit, prefix bool) int32 {
	end := x.e
	if prefix {
		for int(end) < len(sc.n.b) && sc.n.b[end] != ' ' && sc.n.b[end] != '\n' && isWordByte(sc.n.b[end]) {
			end++
		}
	}
	return end
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

// evalTopics fires the rules, keeps the topics whose evidence reaches
// their rule's threshold (title matches count twice) and, for a rule with
// a Relative share, whose salience reaches that share of the most
// salient topic's (title matches count three times), adds their
// ancestors as inherited tags with the union of their evidence, and scores
// by the amount of distinct evidence.
func (c *Classifier) evalTopics(sc *scratch) []*newsv1.TopicTag {
	if cap(sc.topic) < len(c.slots) {
		sc.topic = make([]topicAcc, len(c.slots))
	}
	acc := sc.topic[:len(c.slots)]
	for i := range acc {
		acc[i] = topicAcc{ev: acc[i].ev[:0]}
	}
	if cap(sc.gateHits) < len(c.gates) {
		sc.gateHits = make([]int32, len(c.gates))
	}
	hits := sc.gateHits[:len(c.gates)]
	clear(hits)
	c.groupTerms(sc, hits, 0)
	tags := c.fireRules(sc, acc, hits, false)
	if tags == 0 && c.hasFallback {
		// Nothing tagged the story: a relaxed reading of the desks may.
		for i := range acc {
			acc[i] = topicAcc{ev: acc[i].ev[:0]}
		}
		c.groupTerms(sc, hits, 1)
		tags = c.fireRules(sc, acc, hits, true)
	}
	if tags == 0 {
		return nil
	}
	// The ancestors that are inherited are counted first, so that all
	// tags are cut from one block.
	for i := range acc {
		if !acc[i].fired {
			continue
		}
		for _, an := range c.slots[i].ancestors {
			if p := &acc[an]; !p.fired && !p.inherited {
				p.inherited = true
				tags++
			}
		}
	}
	block := make([]newsv1.TopicTag, tags)
	out := make([]*newsv1.TopicTag, 0, tags)
	for i := range acc {
		a := &acc[i]
		if !a.fired {
			continue
		}
		t := &block[len(out)]
		t.Code, t.Label, t.Score = c.slots[i].code, c.slots[i].label, round3(1-math.Pow(0.8, float64(a.weight)))
		a.tag = t
		out = append(out, t)
	}
	// Ancestors: a fired topic keeps its own evidence; an inherited one
	// gets the union of its descendants' evidence and their best score.
	for i := range acc {
		a := &acc[i]
		if !a.fired {
			continue
		}
		for _, an := range c.slots[i].ancestors {
			p := &acc[an]
			if p.fired {
				continue
			}
			if p.tag == nil {
				t := &block[len(out)]
				t.Code, t.Label, t.Inherited = c.slots[an].code, c.slots[an].label, true
				p.tag = t
				out = append(out, t)
			}
			p.tag.Score = max(p.tag.Score, a.tag.Score)
			p.ev = append(p.ev, a.ev...)
			p.srcs++
			p.src = int32(i)
		}
	}
	// Evidence lists share one allocation; an inherited topic with one
	// descendant shares that descendant's list.
	total := 0
	for i := range acc {
		a := &acc[i]
		if a.tag == nil || (a.inherited && a.srcs == 1) {
			continue
		}
		if a.inherited {
			a.ev = sortSpans(a.ev)
		}
		total += len(a.ev)
	}
	evidence := make([]*newsv1.Span, total)
	for _, inherited := range []bool{false, true} {
		for i := range acc {
			a := &acc[i]
			if a.tag == nil || a.inherited != inherited {
				continue
			}
			if inherited && a.srcs == 1 {
				a.tag.Evidence = acc[a.src].tag.Evidence
				continue
			}
			a.tag.Evidence, evidence = evidence[:len(a.ev):len(a.ev)], evidence[len(a.ev):]
			for k, x := range a.ev {
				a.tag.Evidence[k] = sc.span(x[0], x[1])
			}
		}
	}
	return out
}

// groupTerms counts, for the rules of one kind (0: not fallbacks, 1:
// fallbacks), the distinct matched patterns of each gate into hits and
// groups the matched refs of every term by term (a counting sort of
// (term, ref) pairs of the matched patterns; see termRefs): a desk
// rule's term lists hundreds of patterns of which a story matches a few.
func (c *Classifier) groupTerms(sc *scratch, hits []int32, kind int) {
	terms := c.termsFirst
	if kind == 1 {
		terms = c.terms
	}
	if cap(sc.termStart) < int(terms)+1 {
		sc.termStart = make([]int32, c.terms+1)
	}
	start := sc.termStart[:terms+1]
	clear(start)
	pairs := sc.termPairs[:0]
	gates, patTerms := c.patGates[kind], c.patTerms[kind]
	for h := range sc.hits {
		if sc.next[h] >= 0 {
			continue // count each pattern once: at its first match
		}
		for _, g := range gates[sc.hits[h].pat] {
			hits[g]++
		}
		for _, ta := range patTerms[sc.hits[h].pat] {
			pairs = append(pairs, ta)
			start[ta.term]++
		}
	}
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	// start[t] is now where term t's refs end; filling from the back
	// leaves it where they begin, and term t's refs at
	// termRefList[start[t]:start[t+1]] (len(pairs) for the last term).
	if cap(sc.termRefList) < len(pairs) {
		sc.termRefList = make([]int32, len(pairs), 2*len(pairs))
	}
	refList := sc.termRefList[:len(pairs)]
	for _, ta := range slices.Backward(pairs) {
		start[ta.term]--
		refList[start[ta.term]] = ta.ref
	}
	sc.termPairs, sc.termRefList, sc.termStart = pairs, refList, start
}

// fireRules evaluates the rules of one kind (fallback or not), keeps the
// topics whose evidence reaches their rule's threshold and whose
// salience reaches their rule's share of the heaviest topic's, and
// returns how many it kept.
func (c *Classifier) fireRules(sc *scratch, acc []topicAcc, hits []int32, fallback bool) int {
	any := false
	for i := range c.rules {
		r := &c.rules[i]
		if r.fallback != fallback || !c.reached(hits, r.gateLo, r.gateHi) {
			continue
		}
		a := &acc[r.slot]
		var res result
		if res, a.ev = c.evalCollect(sc, r.expr, a.ev); !res.ok {
			continue
		}
		if !a.fired || r.minEvidence < a.minEv {
			a.minEv = r.minEvidence
		}
		if !a.fired || r.relative < a.relative {
			a.relative = r.relative
		}
		a.fired, any = true, true
	}
	if !any {
		return 0
	}
	heaviest := 0
	for i := range acc {
		a := &acc[i]
		if !a.fired {
			continue
		}
		a.weight, a.salience = sc.weigh(a.ev)
		if a.weight < a.minEv {
			a.fired = false
			continue
		}
		heaviest = max(heaviest, a.salience)
	}
	tags := 0
	for i := range acc {
		a := &acc[i]
		if !a.fired {
			continue
		}
		// A topic that only passes in a story about something else
		// (the sport words of a story on stadium security) gives way.
		if a.relative > 0 && float64(a.salience) < a.relative*float64(heaviest) {
			a.fired = false
			continue
		}
		tags++
	}
	tags -= c.compete(acc)
	for i := range acc {
		if acc[i].fired {
			acc[i].ev = sortSpans(acc[i].ev)
		}
	}
	return tags
}

// compete makes the topics that met their rules compete
// (taxonomy.Competition): Rule.Relative weighs one topic against the
// heaviest of the story, which keeps a louder neighbour's children; here a
// desk (a top-level topic with its descendants, as salient as its most
// salient topic) that weighs less than a share of the main desk's gives
// way with all its topics, and a topic weighing less than a share of its
// most salient sibling (same parent) gives way to it. The main desk and
// each parent's most salient child always stay. It returns how many topics
// it dropped.
func (c *Classifier) compete(acc []topicAcc) int {
	k := c.tax.Competition
	if k == nil || (k.DeskShare <= 0 && k.ChildShare <= 0) {
		return 0
	}
	main := 0
	for i := range acc {
		if a := &acc[i]; a.fired {
			d := &acc[c.deskOf(i)]
			d.deskBest = max(d.deskBest, a.salience)
			if an := c.slots[i].ancestors; len(an) > 0 {
				p := &acc[an[0]]
				p.childBest = max(p.childBest, a.salience)
			}
			main = max(main, a.salience)
		}
	}
	dropped := 0
	for i := range acc {
		a := &acc[i]
		if !a.fired {
			continue
		}
		d := &acc[c.deskOf(i)]
		switch {
		case k.DeskShare > 0 && float64(d.deskBest) < k.DeskShare*float64(main):
			// a side desk on a passing mention
		case k.ChildShare > 0 && len(c.slots[i].ancestors) > 0 && float64(a.salience) < k.ChildShare*float64(acc[c.slots[i].ancestors[0]].childBest):
			// a louder sibling is the story
		default:
			continue
		}
		a.fired = false
		dropped++
	}
	return dropped
}

// deskOf returns the slot of the top-level topic of slot i (i itself at
// the top).
func (c *Classifier) deskOf(i int) int {
	if an := c.slots[i].ancestors; len(an) > 0 {
		return int(an[len(an)-1])
	}
	return i
}

// weigh returns the evidence weight of ev (its distinct spans, those in
// the title counting twice) and its salience (salienceOf). Most topics a document touches are dropped
// by their thresholds, so duplicates are found with a per-document stamp
// by start offset rather than by sorting; two distinct spans that share
// a start (a word and a phrase it begins) fall back to sorting a copy.
func (sc *scratch) weigh(ev [][2]int32) (w, sal int) {
	if len(sc.stamp) < len(sc.n.b)+1 {
		sc.stamp = make([]stampEntry, len(sc.n.b)+1)
		sc.gen = 0
	}
	sc.gen++
	if sc.gen == 0 { // wrapped: stale stamps could match
		clear(sc.stamp)
		sc.gen = 1
	}
	for _, x := range ev {
		st := &sc.stamp[x[0]]
		if st.gen == sc.gen {
			if st.e == x[1] {
				continue
			}
			sorted := sortSpans(slices.Clone(ev))
			w, sal = 0, 0
			for _, y := range sorted {
				w += spanWeight(sc, y)
				sal += salienceOf(sc, y)
			}
			return w, sal
		}
		st.gen, st.e = sc.gen, x[1]
		w += spanWeight(sc, x)
		sal += salienceOf(sc, x)
	}
	return w, sal
}

func spanWeight(sc *scratch, x [2]int32) int {
	if int(x[0]) < sc.n.titleEnd {
		return 2
	}
	return 1
}

// salienceOf weighs a span by where it stands: what a story is about is
// in its headline, a side remark in the body. A title span counts three
// times here (twice in spanWeight): salience decides which topics are the
// story's (Rule.Relative), not whether a topic has enough evidence.
func salienceOf(sc *scratch, x [2]int32) int {
	if int(x[0]) < sc.n.titleEnd {
		return 3
	}
	return 1
}

// stampEntry marks a span start seen in the current weigh call.
type stampEntry struct {
	gen uint32
	e   int32
}

func sortSpans(ev [][2]int32) [][2]int32 {
	slices.SortFunc(ev, func(a, b [2]int32) int {
		if a[0] != b[0] {
			return int(a[0] - b[0])
		}
		return int(a[1] - b[1])
	})
	return slices.Compact(ev)
}

// termRefs returns the indices in n.refs of the patterns of term node n
// that matched in the current document (evalTopics groups them), in the
// order of their first matches; the evidence is sorted before use.
func (sc *scratch) termRefs(n *node) []int32 {
	if n.term == 0 {
		return nil
	}
	end := int32(len(sc.termRefList))
	if int(n.term)+1 < len(sc.termStart) {
		end = sc.termStart[n.term+1]
	}
	return sc.termRefList[sc.termStart[n.term]:end]
}

// termStarts are the offsets of the last matches of the terms of one
// node counted so far. Two of a node's patterns whose last matches start
// at the same place are one word written twice in a rule ("military" and
// "militar*", "rescuers" and "rescue*", a cue and the plural the importer
// added), so they count as one distinct term: a story that says
// "military" gets one distinct cue for it, not two. The few terms of a
// node that match in one document fit the array; beyond it every term
// counts.
type termStarts struct {
	n  int
	at [16]int32
}

// add records s and reports whether no earlier term started there.
func (f *termStarts) add(s int32) bool {
	if slices.Contains(f.at[:f.n], s) {
		return false
	}
	if f.n < len(f.at) {
		f.at[f.n] = s
		f.n++
	}
	return true
}
