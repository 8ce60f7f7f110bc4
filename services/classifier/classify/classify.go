package classify

import (
	"bytes"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"google.golang.org/protobuf/types/known/timestamppb"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

// Version is the classifier's own version, recorded in every TaggedArticle.
const Version = "classify/1.1.0"

// Classifier tags documents; build one with New and share it.
type Classifier struct {
	tax    *taxonomy.Taxonomy
	m      *matcher
	pats   []pattern
	actors []actorInfo
	rules  []rule
	places []taxonomy.Place
	topics map[string]taxonomy.Topic
	slots  []topicSlot
	// gates are the rules' necessary conditions and patGates, per
	// pattern, the gates it counts towards (topics.go).
	gates    []gate
	patGates [][]int32
	// placeWords are one-word place names and demonyms, lower case.
	placeWords map[string]bool
	// docMin is, per document cue set (taxonomy.DocCue), how many of its
	// distinct terms make a document that kind of text.
	docMin []int32
	now    func() time.Time
	pool   sync.Pool
}

// Option configures New.
type Option func(*Classifier)

// WithClock sets the clock that stamps TaggedArticle.classified_at
// (time.Now by default), for reproducible output in tests.
func WithClock(now func() time.Time) Option { return func(c *Classifier) { c.now = now } }

type pattern struct {
	text    string
	aliases []aliasRef
	places  []placeRef
	// prefix: a rule looks for the pattern as the start of a word, so a
	// match inside a longer word counts (otherwise only whole words do).
	prefix bool
	// docSets are the document cue sets the pattern is a term of.
	docSets []int8
}

// notAPlace marks a place exclusion ("Latin America"): it wins over the
// place names inside it and is not reported.
const notAPlace = -2

type placeRef struct {
	place int32  // index into places, or notAPlace
	exact string // the name normalised without case folding
}

type aliasRef struct {
	actor int32
	text  string // alias as written in the taxonomy
	// exact is the alias normalised without case folding, for case-sensitive aliases.
	exact string
	cs    bool
	ctx   *context
}

type context struct {
	window                             int
	before, after, notBefore, notAfter [][]string
	// near holds the Near phrases and those of the cue set, by first word.
	near      map[string][][]string
	coMention bool
	// block are the patterns of the Block phrases.
	block                          []int32
	notInName, notFirst, cuesAfter bool
	notNext                        map[string]bool
	// docSet is the document cue set that licenses the alias in a text
	// of its kind (taxonomy.DocCue), or -1.
	docSet int8
}

// pending is a gated alias match that waits for the whole document: a
// block phrase anywhere vetoes it, and without local support it needs a
// co-mention of its actor.
type pending struct {
	m       mention
	support bool // a local condition held
}

type actorInfo struct {
	a taxonomy.Actor
}

// New compiles t into a Classifier.
func New(t *taxonomy.Taxonomy, opts ...Option) (*Classifier, error) {
	c := &Classifier{tax: t, now: time.Now, places: t.Places, topics: map[string]taxonomy.Topic{}}
	for _, o := range opts {
		o(c)
	}
	for _, tp := range t.Topics {
		c.topics[tp.Code] = tp
	}
	index := map[string]int32{}
	pat := func(s string) int32 {
		if i, ok := index[s]; ok {
			return i
		}
		i := int32(len(c.pats))
		index[s] = i
		c.pats = append(c.pats, pattern{text: s})
		return i
	}
	cues := map[string][][]string{}
	for name, phrases := range t.CueSets {
		cues[name] = phraseTokens(phrases)
	}
	// Contexts that only name a cue set share its index.
	nearIndex := map[string]map[string][][]string{}
	nextIndex := map[string]map[string]bool{}
	docIndex := map[string]int8{}
	for _, name := range slices.Sorted(maps.Keys(t.DocCues)) {
		dc := t.DocCues[name]
		set := int8(len(c.docMin))
		docIndex[name] = set
		c.docMin = append(c.docMin, int32(dc.Min))
		for _, term := range dc.Terms {
			if key := normalizeString(term, true); key != "" {
				p := pat(key)
				if !slices.Contains(c.pats[p].docSets, set) {
					c.pats[p].docSets = append(c.pats[p].docSets, set)
				}
			}
		}
	}
	for ai, a := range t.Actors {
		c.actors = append(c.actors, actorInfo{a: a})
		for _, al := range a.Aliases {
			ref := aliasRef{actor: int32(ai), text: al.Text, cs: al.CaseSensitive, ctx: compileContext(al.Context, cues, pat, nearIndex, nextIndex, docIndex)}
			if ref.cs {
				ref.exact = exactForm(al.Text)
			}
			key := normalizeString(al.Text, true)
			if key == "" {
				continue
			}
			// variant is another spelling of key, and of ref.exact with it.
			type variant struct{ key, exact string }
			variants := []variant{{key, ref.exact}}
			if strings.Contains(key, "-") {
				variants = append(variants, variant{strings.ReplaceAll(key, "-", " "), strings.ReplaceAll(ref.exact, "-", " ")})
			}
			// "APT40" is also written "APT 40" and "APT-40".
			if i := idSplit(key); i > 0 && (!ref.cs || idSplit(strings.ToLower(ref.exact)) == i) {
				for _, sep := range []string{" ", "-"} {
					v := variant{key: key[:i] + sep + key[i:]}
					if ref.cs {
						v.exact = ref.exact[:i] + sep + ref.exact[i:]
					}
					variants = append(variants, v)
				}
			}
			for _, v := range variants {
				p := pat(v.key)
				r := ref
				r.exact = v.exact
				if !slices.ContainsFunc(c.pats[p].aliases, func(x aliasRef) bool { return x.actor == r.actor && x.exact == r.exact && x.ctx == nil && r.ctx == nil }) {
					c.pats[p].aliases = append(c.pats[p].aliases, r)
				}
			}
		}
	}
	c.placeWords = map[string]bool{}
	for pi, p := range t.Places {
		for _, name := range append([]string{p.Name}, p.Aliases...) {
			if !strings.Contains(name, " ") {
				c.placeWords[strings.ToLower(name)] = true
			}
			if key := normalizeString(name, true); key != "" {
				i := pat(key)
				c.pats[i].places = append(c.pats[i].places, placeRef{place: int32(pi), exact: exactForm(name)})
			}
		}
	}
	for _, x := range t.PlaceExclusions {
		if key := normalizeString(x, true); key != "" {
			i := pat(key)
			c.pats[i].places = append(c.pats[i].places, placeRef{place: notAPlace, exact: exactForm(x)})
		}
	}
	for _, r := range t.Rules {
		if _, ok := c.topics[r.Code]; !ok {
			return nil, fmt.Errorf("compiling rule %q: %w: unknown topic %s", r.ID, taxonomy.ErrInvalid, r.Code)
		}
		minEv := r.MinEvidence
		if minEv <= 0 {
			minEv = taxonomy.DefaultMinEvidence
		}
		ru := rule{id: r.ID, code: r.Code, slot: c.topicSlot(r.Code), minEvidence: minEv, expr: compileExpr(r.Expr, pat)}
		empty, actors := ru.expr.holdsEmpty()
		ru.always = empty || actors
		ru.relative = r.Relative
		c.rules = append(c.rules, ru)
	}
	c.buildGates()
	patterns := make([]string, len(c.pats))
	for i, p := range c.pats {
		patterns[i] = p.text
	}
	c.m = newMatcher(patterns)
	c.pool.New = func() any { return &scratch{} }
	return c, nil
}

// idSplit returns where the digits start in a group id made of letters
// then digits ("apt40", "fin7", "ta505"), or 0.
func idSplit(key string) int {
	i := 0
	for i < len(key) && key[i] >= 'a' && key[i] <= 'z' {
		i++
	}
	if i < 2 || i > 4 || i == len(key) {
		return 0
	}
	for j := i; j < len(key); j++ {
		if key[j] < '0' || key[j] > '9' {
			return 0
		}
	}
	return i
}

func phraseTokens(ps []string) [][]string {
	var out [][]string
	for _, p := range ps {
		if t := tokens(normalizeString(p, true)); len(t) > 0 {
			out = append(out, t)
		}
	}
	return out
}

func compileContext(x *taxonomy.Context, cues map[string][][]string, pat func(string) int32, shared map[string]map[string][][]string, sharedNext map[string]map[string]bool, docIndex map[string]int8) *context {
	if x == nil {
		return nil
	}
	w := x.Window
	if w <= 0 {
		w = 1
	}
	ctx := &context{
		window: w, before: phraseTokens(x.Before), after: phraseTokens(x.After),
		notBefore: phraseTokens(x.NotBefore), notAfter: phraseTokens(x.NotAfter), coMention: x.CoMention,
		notInName: x.NotInName, notFirst: x.NotFirst, cuesAfter: x.CuesAfter, docSet: -1,
	}
	if set, ok := docIndex[x.Doc]; ok && x.Doc != "" {
		ctx.docSet = set
	}
	if len(x.NotNext) > 0 {
		key := strings.Join(x.NotNext, "\x00")
		if m, ok := sharedNext[key]; ok {
			ctx.notNext = m
		} else {
			ctx.notNext = map[string]bool{}
			for _, t := range phraseTokens(x.NotNext) {
				ctx.notNext[t[0]] = true
			}
			sharedNext[key] = ctx.notNext
		}
	}
	if idx, ok := shared[x.Cues]; ok && len(x.Near) == 0 {
		ctx.near = idx
	} else if near := append(phraseTokens(x.Near), cues[x.Cues]...); len(near) > 0 {
		ctx.near = map[string][][]string{}
		for _, ph := range near {
			ctx.near[ph[0]] = append(ctx.near[ph[0]], ph)
		}
		if len(x.Near) == 0 {
			shared[x.Cues] = ctx.near
		}
	}
	for _, b := range x.Block {
		if key := normalizeString(b, true); key != "" {
			ctx.block = append(ctx.block, pat(key))
		}
	}
	return ctx
}

// tokens splits normalised text into words (runs of word characters).
func tokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !isWordRune(r) })
}

// Document tags one document: title, "\n\n", text (text alone when title is empty).
func (c *Classifier) Document(title, text string) *newsv1.EntryTags {
	doc, split := text, 0
	if title != "" {
		doc, split = title+"\n\n"+text, len(title)
	}
	return c.document(doc, split)
}

func (c *Classifier) document(doc string, split int) *newsv1.EntryTags {
	sc := c.pool.Get().(*scratch)
	defer c.pool.Put(sc)
	return c.tag(sc, doc, split)
}

// articleDoc builds title, "\n\n", paragraphs joined by "\n\n" in one
// allocation, and returns it with the length of the title part.
func articleDoc(title string, paras []string) (string, int) {
	n := 0
	for _, p := range paras {
		n += len(p) + 2
	}
	n = max(0, n-2)
	if title != "" {
		n += len(title) + 2
	}
	var b strings.Builder
	b.Grow(n)
	if title != "" {
		b.WriteString(title)
		b.WriteString("\n\n")
	}
	for i, p := range paras {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p)
	}
	return b.String(), len(title)
}

// Article tags an Article. Articles are classified on Document(title,
// paragraphs joined by "\n\n"). On listing pages each entry is classified
// on its own title and text into Entries (index-aligned), and the
// page-level tags are the union of the entries' tags; their spans point
// into the entries, so page-level tags of a listing carry no evidence.
// Non-article pages get no tags. classified_at comes from the Classifier's
// clock (WithClock).
func (c *Classifier) Article(a *newsv1.Article) *newsv1.TaggedArticle {
	out := &newsv1.TaggedArticle{
		Article:           a,
		TaxonomyVersion:   c.tax.Version(),
		ClassifierVersion: Version,
		ClassifiedAt:      timestamppb.New(c.now()),
	}
	switch a.GetPageType() {
	case newsv1.PageType_PAGE_TYPE_NON_ARTICLE:
		return out
	case newsv1.PageType_PAGE_TYPE_LISTING:
		for _, e := range a.GetEntries() {
			out.Entries = append(out.Entries, c.Document(e.GetTitle(), e.GetText()))
		}
		u := union(out.Entries)
		out.Topics, out.Actors, out.Places = u.Topics, u.Actors, u.Places
		return out
	}
	t := c.document(articleDoc(a.GetTitle(), a.GetParagraphs()))
	out.Topics, out.Actors, out.Places = t.Topics, t.Actors, t.Places
	return out
}

func union(entries []*newsv1.EntryTags) *newsv1.EntryTags {
	out := &newsv1.EntryTags{}
	actors := map[string]*newsv1.ActorTag{}
	topics := map[string]*newsv1.TopicTag{}
	places := map[string]*newsv1.PlaceTag{}
	for _, e := range entries {
		for _, a := range e.Actors {
			u, ok := actors[a.Id]
			if !ok {
				u = &newsv1.ActorTag{Id: a.Id, Name: a.Name, Type: a.Type}
				actors[a.Id] = u
				out.Actors = append(out.Actors, u)
			}
			u.Mentions += a.Mentions
			u.Score = max(u.Score, a.Score)
			for _, s := range a.AliasesMatched {
				if !slices.Contains(u.AliasesMatched, s) {
					u.AliasesMatched = append(u.AliasesMatched, s)
				}
			}
		}
		for _, t := range e.Topics {
			u, ok := topics[t.Code]
			if !ok {
				u = &newsv1.TopicTag{Code: t.Code, Label: t.Label, Inherited: true}
				topics[t.Code] = u
				out.Topics = append(out.Topics, u)
			}
			u.Score = max(u.Score, t.Score)
			u.Inherited = u.Inherited && t.Inherited
		}
		for _, p := range e.Places {
			u, ok := places[p.CountryCode]
			if !ok {
				u = &newsv1.PlaceTag{CountryCode: p.CountryCode, Name: p.Name}
				places[p.CountryCode] = u
				out.Places = append(out.Places, u)
			}
			u.Mentions += p.Mentions
		}
	}
	sortTags(out)
	return out
}

func sortTags(t *newsv1.EntryTags) {
	slices.SortFunc(t.Actors, func(a, b *newsv1.ActorTag) int {
		if a.Score != b.Score {
			return cmpDesc(a.Score, b.Score)
		}
		return strings.Compare(a.Id, b.Id)
	})
	slices.SortFunc(t.Topics, func(a, b *newsv1.TopicTag) int {
		if a.Score != b.Score {
			return cmpDesc(a.Score, b.Score)
		}
		return strings.Compare(a.Code, b.Code)
	})
	slices.SortFunc(t.Places, func(a, b *newsv1.PlaceTag) int {
		if a.Mentions != b.Mentions {
			return int(b.Mentions - a.Mentions)
		}
		return strings.Compare(a.CountryCode, b.CountryCode)
	})
}

func cmpDesc(a, b float64) int {
	if a > b {
		return -1
	}
	return 1
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// scratch is per-call working memory, pooled to keep Document allocation-light.
type scratch struct {
	n        normText
	raw      []rawMatch
	hits     []hit
	head     []int32
	next     []int32
	cands    []mention
	accepted []mention
	// pending are gated alias matches settled after the scan, with the
	// context of each.
	pending    []pending
	pendingCtx []*context
	// docTerms counts, per document cue set, the distinct terms found.
	docTerms []int32
	words    []int32 // lazily: offsets in n.b where words start
	sents    []int32 // lazily: offsets where sentences start
	doc      string
	actorTag []tagRef // index-aligned with the actor tags being built
	placeTag []tagRef
	// spans caches the Span built for an evidence range by its start in
	// normalised text, so that a mention that is evidence for an actor
	// and several topics is one Span; touched lists the entries to clear.
	spans    []spanEntry
	touched  []int32
	slab     []newsv1.Span // unused Spans of the current block
	topic    []topicAcc
	gateHits []int32      // per gate: distinct patterns matched
	stamp    []stampEntry // weigh's duplicate marks, by normalised offset
	gen      uint32
}

type spanEntry struct {
	e  int32
	sp *newsv1.Span
}

type tagRef struct {
	idx   int32
	n     int // mentions
	title bool
}

type hit struct {
	pat   int32
	s, e  int32
	whole bool // right word boundary holds
}

type mention struct {
	s, e  int32 // in normalised text
	actor int32 // actor index, or -1
	place int32 // place index, or -1
}

func (sc *scratch) span(s, e int32) *newsv1.Span {
	if c := sc.spans[s]; c.sp != nil && c.e == e {
		return c.sp
	}
	if len(sc.slab) == 0 {
		// A fresh block; Spans handed out earlier stay with their tags.
		sc.slab = make([]newsv1.Span, 64)
	}
	sp := &sc.slab[0]
	sc.slab = sc.slab[1:]
	bs, cs := sc.n.origStart(s)
	be, ce := sc.n.origEnd(sc.doc, e-1)
	sp.Start, sp.End, sp.Text = int32(cs), int32(ce), sc.doc[bs:be]
	if sc.spans[s].sp == nil {
		sc.spans[s] = spanEntry{e: e, sp: sp}
		sc.touched = append(sc.touched, s)
	}
	return sp
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func (c *Classifier) tag(sc *scratch, doc string, split int) *newsv1.EntryTags {
	sc.doc = doc
	sc.hits, sc.cands, sc.accepted, sc.words, sc.sents = sc.hits[:0], sc.cands[:0], sc.accepted[:0], sc.words[:0], sc.sents[:0]
	sc.docTerms = append(sc.docTerms[:0], make([]int32, len(c.docMin))...)
	if len(sc.head) != len(c.pats) {
		sc.head = make([]int32, len(c.pats))
		for i := range sc.head {
			sc.head[i] = -1
		}
	}
	normalize(&sc.n, doc, true, split)
	if cap(sc.spans) < len(sc.n.b)+1 {
		sc.spans = make([]spanEntry, len(sc.n.b)+1)
	}
	sc.spans = sc.spans[:len(sc.n.b)+1]
	defer func() {
		for _, s := range sc.touched {
			sc.spans[s] = spanEntry{}
		}
		sc.touched = sc.touched[:0]
	}()
	c.scan(sc)
	c.settle(sc)
	out := &newsv1.EntryTags{}
	out.Actors, out.Places = c.resolve(sc)
	out.Topics = c.evalTopics(sc)
	sortTags(out)
	for _, h := range sc.hits { // leave head clean for the next document
		sc.head[h.pat] = -1
	}
	return out
}

func (c *Classifier) scan(sc *scratch) {
	b := sc.n.b
	sc.raw = c.m.find(b, sc.n.anchors, sc.raw[:0])
	for _, m := range sc.raw {
		s, e := int(m.s), int(m.e)
		whole := true
		if e < len(b) {
			if nx, _ := utf8.DecodeRune(b[e:]); isWordRune(nx) {
				if last, _ := utf8.DecodeLastRune(b[:e]); isWordRune(last) {
					whole = false
				}
			}
		}
		pi := m.pat
		p := &c.pats[pi]
		if !whole && !p.prefix {
			continue // nothing looks for it inside a longer word
		}
		if whole && len(p.docSets) > 0 && !sc.seen(pi) {
			for _, set := range p.docSets {
				sc.docTerms[set]++
			}
		}
		sc.next = append(sc.next[:len(sc.hits)], sc.head[pi])
		sc.head[pi] = int32(len(sc.hits))
		sc.hits = append(sc.hits, hit{pat: pi, s: m.s, e: m.e, whole: whole})
		if !whole {
			continue
		}
		url := -1 // whether the match is in a web address, once asked
		for ai := range p.aliases {
			ar := &p.aliases[ai]
			ok, support := c.aliasOK(sc, ar, s, e)
			if ok && url < 0 {
				url = 0
				if c.inURL(sc, s, e) {
					url = 1
				}
			}
			switch {
			case !ok || url == 1:
			case ar.ctx != nil && (len(ar.ctx.block) > 0 || !support || ar.ctx.notInName):
				sc.pending = append(sc.pending, pending{m: mention{s: m.s, e: m.e, actor: ar.actor, place: -1}, support: support})
				sc.pendingCtx = append(sc.pendingCtx, ar.ctx)
			default:
				sc.cands = append(sc.cands, mention{s: m.s, e: m.e, actor: ar.actor, place: -1})
			}
		}
		mine := len(sc.cands) // the candidates of this match start here
		for _, pl := range p.places {
			if c.exactOK(sc, pl.exact, s, e) && !slices.ContainsFunc(sc.cands[mine:], func(x mention) bool { return x.place == pl.place }) {
				sc.cands = append(sc.cands, mention{s: m.s, e: m.e, actor: -1, place: pl.place})
			}
		}
	}
}

// seen reports whether pattern pi already matched on whole words.
func (sc *scratch) seen(pi int32) bool {
	for h := sc.head[pi]; h >= 0; h = sc.next[h] {
		if sc.hits[h].whole {
			return true
		}
	}
	return false
}

// orig returns the byte range of the original document that produced
// normalised b[s:e].
func (sc *scratch) orig(s, e int32) (int, int) {
	bs, _ := sc.n.origStart(s)
	be, _ := sc.n.origEnd(sc.doc, e-1)
	return bs, be
}

func (sc *scratch) origText(s, e int) string {
	bs, be := sc.orig(int32(s), int32(e))
	return sc.doc[bs:be]
}

// exactOK compares the original text of a match with want (normalised without folding).
func (c *Classifier) exactOK(sc *scratch, want string, s, e int) bool {
	bs, be := sc.orig(int32(s), int32(e))
	orig := sc.doc[bs:be]
	if orig == want {
		return true
	}
	if isASCII(orig) && !strings.ContainsAny(orig, " \t\n-'`") {
		return false
	}
	return exactForm(orig) == want
}

// exactForm is s normalised without case folding and without word marks.
func exactForm(s string) string {
	return normalizeString(s, false)
}

// aliasOK checks an alias match on its own: its case, and its context
// around the match. ok is false when the match is out; support tells
// whether a local positive condition held (or none is asked for), which
// settles it unless the document must still be looked at (settle).
func (c *Classifier) aliasOK(sc *scratch, ar *aliasRef, s, e int) (ok, support bool) {
	if ar.cs && !c.exactOK(sc, ar.exact, s, e) && (!strings.Contains(ar.exact, " ") || !capitalised(sc.origText(s, e))) {
		return false, false
	}
	if ar.ctx == nil {
		return true, true
	}
	bs, be := sc.orig(int32(s), int32(e))
	if ar.cs && shouting(sc.doc, bs, be) {
		return false, false
	}
	if ar.ctx.notInName && (continuedByName(sc.doc, be) || c.afterName(sc.doc, bs)) {
		return false, false
	}
	if ar.ctx.notFirst && sentenceStart(sc.doc, bs) {
		return false, false
	}
	veto, support := ar.ctx.holds(sc.n.b, s, e)
	if veto || (!support && !ar.ctx.coMention) {
		return false, false
	}
	return true, support
}

// settle decides the pending gated matches once the whole document is
// scanned: a block phrase anywhere vetoes a match; one without local
// support counts when its actor is named elsewhere by an alias that
// needed none or had it (a mention confirmed once licenses the others),
// or when the document reads as the kind of text its cue set belongs to
// (taxonomy.DocCue). The survivors join the candidates in order.
func (c *Classifier) settle(sc *scratch) {
	if len(sc.pending) == 0 {
		return
	}
	named := func(actor int32) bool {
		return slices.ContainsFunc(sc.cands, func(m mention) bool { return m.actor == actor })
	}
	blocked := func(x *context) bool {
		for _, p := range x.block {
			for h := sc.head[p]; h >= 0; h = sc.next[h] {
				if sc.hits[h].whole {
					return true
				}
			}
		}
		return false
	}
	b := sc.n.b
	// A word that is part of another actor's name found in the document
	// stands for that actor ("the Tigers" after "Liberation Tigers of
	// Tamil Eelam").
	partOfOther := func(m mention) bool {
		w := b[m.s:m.e]
		return slices.ContainsFunc(sc.cands, func(k mention) bool {
			return k.actor >= 0 && k.actor != m.actor && k.e-k.s > m.e-m.s && bytes.Contains(b[k.s:k.e], w)
		})
	}
	n := len(sc.cands)
	// Supported matches first, so that they confirm the others.
	for pass := range 2 {
		for i, p := range sc.pending {
			x := sc.pendingCtx[i]
			if p.support != (pass == 0) || blocked(x) || (x.notInName && partOfOther(p.m)) {
				continue
			}
			if !p.support && !named(p.m.actor) && (x.docSet < 0 || sc.docTerms[x.docSet] < c.docMin[x.docSet]) {
				continue
			}
			sc.cands = append(sc.cands, p.m)
		}
	}
	if len(sc.cands) > n {
		slices.SortStableFunc(sc.cands, func(a, b mention) int { return int(a.s - b.s) })
	}
	sc.pending, sc.pendingCtx = sc.pending[:0], sc.pendingCtx[:0]
}

// capitalised reports whether every word starts with a capital letter:
// "Fancy Bear" and "FANCY BEAR" name the group, "a fancy bear" does not.
// A last word that only says what kind of organisation it is may be in
// lower case ("the Cobalt group").
func capitalised(orig string) bool {
	words := strings.Fields(orig)
	for i, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			if i == len(words)-1 && i > 0 && headNoun[w] {
				continue
			}
			return false
		}
	}
	return true
}

// headNoun are words that end an organisation's name and say what kind
// it is; writers put them in lower case.
var headNoun = map[string]bool{"group": true, "gang": true, "team": true, "crew": true, "collective": true, "network": true, "faction": true, "brigades": true, "army": true, "front": true}

// inURL reports a match inside a web address or a file path, where a
// name is a slug ("wired.com/story/magecart-amazon…").
func (c *Classifier) inURL(sc *scratch, s, e int) bool {
	// The normalised text keeps the punctuation of an address and its
	// spaces, so it is looked at directly.
	b := sc.n.b
	lo, hi := s, e
	for lo > 0 && s-lo < 200 && !isSpaceByte(b[lo-1]) {
		lo--
	}
	for hi < len(b) && hi-e < 200 && !isSpaceByte(b[hi]) {
		hi++
	}
	run := b[lo:hi]
	return bytes.Contains(run, []byte("://")) || bytes.Contains(run, []byte("www.")) || bytes.Count(run, []byte("/")) >= 2
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

// afterName reports a capitalised word right before doc[s:], one space
// away, that is not at the start of a sentence and is not a place or a
// nationality: the match is then the end of a longer name ("Fancy
// Lazarus", "Detroit Tigers"), not "Russian Sandworm".
func (c *Classifier) afterName(doc string, s int) bool {
	if s < 2 || doc[s-1] != ' ' {
		return false
	}
	j := s - 1
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(doc[:j])
		if !isWordRune(r) {
			break
		}
		j -= size
	}
	w := doc[j : s-1]
	r, _ := utf8.DecodeRuneInString(w)
	if w == "" || !unicode.IsUpper(r) || sentenceStart(doc, j) {
		return false
	}
	lw := strings.ToLower(w)
	return !c.placeWords[lw] && !article[lw]
}

var article = map[string]bool{"the": true, "a": true, "an": true}

// continuedByName reports a capitalised word right after doc[:e], one
// space away: the match is then part of a longer name ("Cobalt Strike",
// "Royal Mail"). A word that only says what kind of organisation it is
// ("Group", "Ransomware", "Gang") does not count.
func continuedByName(doc string, e int) bool {
	if e+1 >= len(doc) || doc[e] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(doc[e+1:])
	if !unicode.IsUpper(r) {
		return false
	}
	j := e + 1
	for j < len(doc) {
		r, size := utf8.DecodeRuneInString(doc[j:])
		if !isWordRune(r) {
			break
		}
		j += size
	}
	w := strings.ToLower(doc[e+1 : j])
	return !headNoun[w] && !kindWord[w]
}

// kindWord are capitalised words after a group's name that say what it
// is rather than continue the name ("Conti Ransomware", "Sandworm Team").
var kindWord = map[string]bool{"ransomware": true, "hackers": true, "apt": true, "operators": true, "affiliates": true, "actors": true, "actor": true}

// sentenceStart reports whether doc[s:] starts a sentence: only spaces,
// quotes or brackets stand between it and the start of the document, a
// line break or a full stop, question or exclamation mark.
func sentenceStart(doc string, s int) bool {
	for i := s; i > 0; {
		r, size := utf8.DecodeLastRuneInString(doc[:i])
		switch {
		case r == '.' || r == '!' || r == '?' || r == '\n' || r == ':':
			return true
		case unicode.IsSpace(r) || r == '"' || r == '\'' || r == '“' || r == '‘' || r == '(' || r == '[' || r == '«':
			i -= size
			continue
		}
		return false
	}
	return true
}

// shouting reports an all-capitals neighbourhood ("WHAT IS NEXT"), where
// case says nothing about an acronym.
func shouting(doc string, s, e int) bool {
	word := func(w string) bool {
		letters := 0
		for _, r := range w {
			if r >= 'a' && r <= 'z' {
				return false
			}
			if r >= 'A' && r <= 'Z' {
				letters++
			}
		}
		return letters >= 2
	}
	// The word before s and the word after e, within 40 bytes.
	lo := max(0, s-40)
	i := s
	for i > lo {
		r, size := utf8.DecodeLastRuneInString(doc[lo:i])
		if isWordRune(r) {
			break
		}
		i -= size
	}
	end := i
	for i > lo {
		r, size := utf8.DecodeLastRuneInString(doc[lo:i])
		if !isWordRune(r) {
			break
		}
		i -= size
	}
	if i < end && word(doc[i:end]) {
		return true
	}
	hi := min(len(doc), e+40)
	j := e
	for j < hi {
		r, size := utf8.DecodeRuneInString(doc[j:hi])
		if isWordRune(r) {
			break
		}
		j += size
	}
	st := j
	for j < hi {
		r, size := utf8.DecodeRuneInString(doc[j:hi])
		if !isWordRune(r) {
			break
		}
		j += size
	}
	return j > st && word(doc[st:j])
}

// holds checks the context around b[s:e]: veto when a NotBefore or
// NotAfter phrase is there, support when a positive local condition
// holds (or none is asked for besides a co-mention).
func (x *context) holds(b []byte, s, e int) (veto, support bool) {
	n := min(x.window+4, maxContextWords)
	var prevBuf, nextBuf [maxContextWords][2]int32
	prev := wordsBefore(b, s, prevBuf[:0], n) // nearest first
	next := wordsAfter(b, e, nextBuf[:0], n)
	eq := func(ws [][2]int32, ph []string) bool {
		for k, w := range ph {
			if string(b[ws[k][0]:ws[k][1]]) != w {
				return false
			}
		}
		return true
	}
	before := func(phs [][]string) bool {
		for _, ph := range phs {
			// The phrase ends d words before the match: prev[d+len-1] … prev[d].
			for d := 0; d < x.window && d+len(ph) <= len(prev); d++ {
				ok := true
				for k, w := range ph {
					r := prev[d+len(ph)-1-k]
					if string(b[r[0]:r[1]]) != w {
						ok = false
						break
					}
				}
				if ok {
					return true
				}
			}
		}
		return false
	}
	after := func(phs [][]string) bool {
		for _, ph := range phs {
			for st := 0; st < x.window && st+len(ph) <= len(next); st++ {
				if eq(next[st:], ph) {
					return true
				}
			}
		}
		return false
	}
	if before(x.notBefore) || after(x.notAfter) {
		return true, false
	}
	if x.notNext != nil && len(next) > 0 && next[0][0] == int32(e)+1 && x.notNext[string(b[next[0][0]:next[0][1]])] {
		// "REvil ransomware" is the malware, unless a cue word follows:
		// "the REvil ransomware gang".
		if len(next) < 2 || len(x.near[string(b[next[1][0]:next[1][1]])]) == 0 {
			return true, false
		}
	}
	if len(x.before) == 0 && len(x.after) == 0 && x.near == nil {
		return false, !x.coMention
	}
	if before(x.before) || after(x.after) {
		return false, true
	}
	// Near phrases, looked up by their first word: one that starts d
	// words before the match and ends before it, or one that starts
	// within the window after it.
	for d := 0; d < x.window && d < len(prev) && !x.cuesAfter; d++ {
		for _, ph := range x.near[string(b[prev[d][0]:prev[d][1]])] {
			if len(ph) <= d+1 && seqEq(b, prev, d, ph, -1) {
				return false, true
			}
		}
	}
	for st := 0; st < x.window && st < len(next); st++ {
		for _, ph := range x.near[string(b[next[st][0]:next[st][1]])] {
			if st+len(ph) <= len(next) && seqEq(b, next, st, ph, 1) {
				return false, true
			}
		}
	}
	return false, false
}

// seqEq reports whether the words ws[i], ws[i+dir], … equal phrase.
func seqEq(b []byte, ws [][2]int32, i int, ph []string, dir int) bool {
	for k, w := range ph {
		r := ws[i+k*dir]
		if string(b[r[0]:r[1]]) != w {
			return false
		}
	}
	return true
}

const maxContextWords = 24

// wordsBefore appends the byte ranges of up to n words of b that end at or
// before s, nearest first.
func wordsBefore(b []byte, s int, out [][2]int32, n int) [][2]int32 {
	i := s
	for len(out) < n && i > 0 {
		for i > 0 { // skip non-word characters
			r, size := utf8.DecodeLastRune(b[:i])
			if isWordRune(r) {
				break
			}
			i -= size
		}
		end := i
		for i > 0 {
			r, size := utf8.DecodeLastRune(b[:i])
			if !isWordRune(r) {
				break
			}
			i -= size
		}
		if i == end {
			break
		}
		out = append(out, [2]int32{int32(i), int32(end)})
	}
	return out
}

// wordsAfter appends the byte ranges of up to n words of b from e on.
func wordsAfter(b []byte, e int, out [][2]int32, n int) [][2]int32 {
	i := e
	for len(out) < n && i < len(b) {
		for i < len(b) {
			r, size := utf8.DecodeRune(b[i:])
			if isWordRune(r) {
				break
			}
			i += size
		}
		st := i
		for i < len(b) {
			r, size := utf8.DecodeRune(b[i:])
			if !isWordRune(r) {
				break
			}
			i += size
		}
		if i == st {
			break
		}
		out = append(out, [2]int32{int32(st), int32(i)})
	}
	return out
}

// resolveRun appends the winners of a run of overlapping candidates to
// accepted, in order of start: the longest first, then the earliest; an
// actor and a place on the same span keep the actor; two actors on the
// same span (an alias two actors share) both stay.
func resolveRun(run []mention, accepted []mention) []mention {
	slices.SortFunc(run, func(a, b mention) int {
		if la, lb := a.e-a.s, b.e-b.s; la != lb {
			return int(lb - la)
		}
		if a.s != b.s {
			return int(a.s - b.s)
		}
		return int(b.actor - a.actor) // actors before places at the same span
	})
	base := len(accepted)
	for _, m := range run {
		overlaps := false
		for _, k := range accepted[base:] {
			if conflict(m, k) {
				overlaps = true
				break
			}
		}
		if !overlaps {
			accepted = append(accepted, m)
		}
	}
	slices.SortFunc(accepted[base:], func(a, b mention) int { return int(a.s - b.s) })
	return accepted
}

// conflict reports whether two overlapping candidates exclude each other.
func conflict(m, k mention) bool {
	if m.s >= k.e || k.s >= m.e {
		return false
	}
	if m.place == notAPlace || k.place == notAPlace {
		return m.actor < 0 && k.actor < 0 // an exclusion only competes with places
	}
	// Two actors on the same span share an alias; both stay.
	return m.s != k.s || m.e != k.e || m.actor < 0 || k.actor < 0 || m.actor == k.actor
}

// resolve keeps the longest of overlapping actor matches, drops places
// inside actor names ("Islamic State of Iraq"), and builds the tags.
func (c *Classifier) resolve(sc *scratch) ([]*newsv1.ActorTag, []*newsv1.PlaceTag) {
	// Candidates come in order of start. Only candidates in one run of
	// overlapping ones compete, so each run is resolved on its own
	// (usually a run of one).
	cands := sc.cands
	for lo := 0; lo < len(cands); {
		hi, end := lo+1, cands[lo].e
		for hi < len(cands) && cands[hi].s < end {
			end = max(end, cands[hi].e)
			hi++
		}
		if hi-lo == 1 {
			sc.accepted = append(sc.accepted, cands[lo])
		} else {
			sc.accepted = resolveRun(cands[lo:hi], sc.accepted)
		}
		lo = hi
	}

	// First count the mentions per tag, so that all evidence lists share
	// one allocation.
	sc.actorTag, sc.placeTag = sc.actorTag[:0], sc.placeTag[:0]
	// Place exclusions have done their job.
	sc.accepted = slices.DeleteFunc(sc.accepted, func(m mention) bool { return m.place == notAPlace })
	for _, m := range sc.accepted {
		refs, idx := &sc.placeTag, m.place
		if m.actor >= 0 {
			refs, idx = &sc.actorTag, m.actor
		}
		k := slices.IndexFunc(*refs, func(x tagRef) bool { return x.idx == idx })
		if k < 0 {
			k = len(*refs)
			*refs = append(*refs, tagRef{idx: idx})
		}
		(*refs)[k].n++
		if m.actor >= 0 && int(m.s) < sc.n.titleEnd {
			(*refs)[k].title = true
		}
	}
	if len(sc.accepted) == 0 {
		return nil, nil
	}
	evidence := make([]*newsv1.Span, 0, len(sc.accepted))
	actors := make([]*newsv1.ActorTag, len(sc.actorTag))
	for k, r := range sc.actorTag {
		a := &c.actors[r.idx].a
		actors[k] = &newsv1.ActorTag{Id: a.ID, Name: a.Name, Type: a.Type, Evidence: evidence[len(evidence) : len(evidence) : len(evidence)+r.n]}
		evidence = evidence[:len(evidence)+r.n]
	}
	places := make([]*newsv1.PlaceTag, len(sc.placeTag))
	for k, r := range sc.placeTag {
		p := &c.places[r.idx]
		places[k] = &newsv1.PlaceTag{CountryCode: p.Code, Name: p.Name, Evidence: evidence[len(evidence) : len(evidence) : len(evidence)+r.n]}
		evidence = evidence[:len(evidence)+r.n]
	}
	for _, m := range sc.accepted {
		sp := sc.span(m.s, m.e)
		if m.actor >= 0 {
			t := actors[slices.IndexFunc(sc.actorTag, func(x tagRef) bool { return x.idx == m.actor })]
			t.Mentions++
			t.Evidence = append(t.Evidence, sp)
			if !slices.Contains(t.AliasesMatched, sp.Text) {
				t.AliasesMatched = append(t.AliasesMatched, sp.Text)
			}
			continue
		}
		t := places[slices.IndexFunc(sc.placeTag, func(x tagRef) bool { return x.idx == m.place })]
		t.Mentions++
		t.Evidence = append(t.Evidence, sp)
	}
	if len(actors) == 0 {
		actors = nil
	}
	if len(places) == 0 {
		places = nil
	}
	for k, t := range actors {
		// Saturating in mentions; a headline mention counts extra.
		s := 1 - math.Pow(0.6, float64(t.Mentions))
		if sc.actorTag[k].title {
			s += 0.1
		}
		t.Score = round3(min(1, s))
	}
	return actors, places
}
