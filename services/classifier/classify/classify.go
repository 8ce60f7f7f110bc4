package classify

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	ahocorasick "github.com/petar-dambovaliev/aho-corasick"
	"google.golang.org/protobuf/types/known/timestamppb"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

// Version is the classifier's own version, recorded in every TaggedArticle.
const Version = "classify/1.0.0"

// Classifier tags documents; build one with New and share it.
type Classifier struct {
	tax    *taxonomy.Taxonomy
	ac     ahocorasick.AhoCorasick
	pats   []pattern
	actors []actorInfo
	rules  []rule
	places []taxonomy.Place
	topics map[string]taxonomy.Topic
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
}

type placeRef struct {
	place int32
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
	for ai, a := range t.Actors {
		c.actors = append(c.actors, actorInfo{a: a})
		for _, al := range a.Aliases {
			ref := aliasRef{actor: int32(ai), text: al.Text, cs: al.CaseSensitive, ctx: compileContext(al.Context)}
			if ref.cs {
				ref.exact = exactForm(al.Text)
			}
			key := normalizeString(al.Text, true)
			if key == "" {
				continue
			}
			variants := []string{key}
			if strings.Contains(key, "-") {
				variants = append(variants, strings.ReplaceAll(key, "-", " "))
			}
			for _, v := range variants {
				p := pat(v)
				r := ref
				if v != key && r.cs {
					r.exact = strings.ReplaceAll(r.exact, "-", " ")
				}
				if !slices.ContainsFunc(c.pats[p].aliases, func(x aliasRef) bool { return x.actor == r.actor && x.exact == r.exact && x.ctx == nil && r.ctx == nil }) {
					c.pats[p].aliases = append(c.pats[p].aliases, r)
				}
			}
		}
	}
	for pi, p := range t.Places {
		for _, name := range append([]string{p.Name}, p.Aliases...) {
			if key := normalizeString(name, true); key != "" {
				i := pat(key)
				c.pats[i].places = append(c.pats[i].places, placeRef{place: int32(pi), exact: exactForm(name)})
			}
		}
	}
	for _, r := range t.Rules {
		if _, ok := c.topics[r.Code]; !ok {
			return nil, fmt.Errorf("compiling rule %q: %w: unknown topic %s", r.ID, taxonomy.ErrInvalid, r.Code)
		}
		c.rules = append(c.rules, rule{id: r.ID, code: r.Code, expr: compileExpr(r.Expr, pat)})
	}
	patterns := make([]string, len(c.pats))
	for i, p := range c.pats {
		patterns[i] = p.text
	}
	b := ahocorasick.NewAhoCorasickBuilder(ahocorasick.Opts{MatchKind: ahocorasick.StandardMatch, DFA: true})
	c.ac = b.Build(patterns)
	c.pool.New = func() any { return &scratch{} }
	return c, nil
}

func compileContext(x *taxonomy.Context) *context {
	if x == nil {
		return nil
	}
	toks := func(ps []string) [][]string {
		var out [][]string
		for _, p := range ps {
			if t := tokens(normalizeString(p, true)); len(t) > 0 {
				out = append(out, t)
			}
		}
		return out
	}
	w := x.Window
	if w <= 0 {
		w = 1
	}
	return &context{window: w, before: toks(x.Before), after: toks(x.After), notBefore: toks(x.NotBefore), notAfter: toks(x.NotAfter)}
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
	sc := c.pool.Get().(*scratch)
	defer c.pool.Put(sc)
	return c.tag(sc, doc, split)
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
	t := c.Document(a.GetTitle(), strings.Join(a.GetParagraphs(), "\n\n"))
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
	hits     []hit
	head     []int32
	next     []int32
	cands    []mention
	accepted []mention
	words    []int32 // lazily: offsets in n.b where words start
	sents    []int32 // lazily: offsets where sentences start
	cpByte   int     // cursor for byte → code point conversion
	cpCount  int
	doc      string
	ascii    bool
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

// cp converts an original byte offset to a code point offset. Calls in
// ascending order cost O(total length).
func (sc *scratch) cp(b int) int {
	if sc.ascii {
		return b
	}
	if b < sc.cpByte {
		sc.cpByte, sc.cpCount = 0, 0
	}
	sc.cpCount += utf8.RuneCountInString(sc.doc[sc.cpByte:b])
	sc.cpByte = b
	return sc.cpCount
}

func (sc *scratch) span(s, e int32) *newsv1.Span {
	bs, be := int(sc.n.start[s]), int(sc.n.end[e-1])
	return &newsv1.Span{Start: int32(sc.cp(bs)), End: int32(sc.cp(be)), Text: sc.doc[bs:be]}
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
	sc.doc, sc.ascii, sc.cpByte, sc.cpCount = doc, isASCII(doc), 0, 0
	sc.hits, sc.cands, sc.accepted, sc.words, sc.sents = sc.hits[:0], sc.cands[:0], sc.accepted[:0], sc.words[:0], sc.sents[:0]
	if len(sc.head) != len(c.pats) {
		sc.head = make([]int32, len(c.pats))
		for i := range sc.head {
			sc.head[i] = -1
		}
	}
	normalize(&sc.n, doc, true, split)
	c.scan(sc)
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
	it := c.ac.IterOverlappingByte(b)
	for m := it.Next(); m != nil; m = it.Next() {
		s, e := m.Start(), m.End()
		if s > 0 {
			if prev, _ := utf8.DecodeLastRune(b[:s]); isWordRune(prev) {
				if first, _ := utf8.DecodeRune(b[s:]); isWordRune(first) {
					continue
				}
			}
		}
		whole := true
		if e < len(b) {
			if nx, _ := utf8.DecodeRune(b[e:]); isWordRune(nx) {
				if last, _ := utf8.DecodeLastRune(b[:e]); isWordRune(last) {
					whole = false
				}
			}
		}
		pi := int32(m.Pattern())
		p := &c.pats[pi]
		h := hit{pat: pi, s: int32(s), e: int32(e), whole: whole}
		sc.next = append(sc.next[:len(sc.hits)], sc.head[pi])
		sc.head[pi] = int32(len(sc.hits))
		sc.hits = append(sc.hits, h)
		if !whole {
			continue
		}
		for _, ar := range p.aliases {
			if c.aliasOK(sc, &ar, s, e) {
				sc.cands = append(sc.cands, mention{s: int32(s), e: int32(e), actor: ar.actor, place: -1})
			}
		}
		for _, pl := range p.places {
			if c.exactOK(sc, pl.exact, s, e) && !slices.ContainsFunc(sc.cands, func(m mention) bool { return m.place == pl.place && int(m.s) == s && int(m.e) == e }) {
				sc.cands = append(sc.cands, mention{s: int32(s), e: int32(e), actor: -1, place: pl.place})
			}
		}
	}
}

// exactOK compares the original text of a match with want (normalised without folding).
func (c *Classifier) exactOK(sc *scratch, want string, s, e int) bool {
	orig := sc.doc[sc.n.start[s]:sc.n.end[e-1]]
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
	return strings.ReplaceAll(normalizeString(s, false), string(wordMark), "")
}

func (c *Classifier) aliasOK(sc *scratch, ar *aliasRef, s, e int) bool {
	if ar.cs && !c.exactOK(sc, ar.exact, s, e) && (!strings.Contains(ar.exact, " ") || !capitalised(sc.doc[sc.n.start[s]:sc.n.end[e-1]])) {
		return false
	}
	if ar.ctx == nil {
		return true
	}
	if ar.cs && shouting(sc.doc, int(sc.n.start[s]), int(sc.n.end[e-1])) {
		return false
	}
	return ar.ctx.holds(sc.n.b, s, e)
}

// capitalised reports whether every word starts with a capital letter:
// "Fancy Bear" and "FANCY BEAR" name the group, "a fancy bear" does not.
func capitalised(orig string) bool {
	for w := range strings.FieldsSeq(orig) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
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
	prev := tokens(doc[max(0, s-40):s])
	next := tokens(doc[e:min(len(doc), e+40)])
	return (len(prev) > 0 && word(prev[len(prev)-1])) || (len(next) > 0 && word(next[0]))
}

func (x *context) holds(b []byte, s, e int) bool {
	n := x.window + 4
	prev := tokens(string(b[max(0, s-24*n):s]))
	if len(prev) > n {
		prev = prev[len(prev)-n:]
	}
	next := tokens(string(b[e:min(len(b), e+24*n)]))
	if len(next) > n {
		next = next[:n]
	}
	before := func(phs [][]string) bool {
		for _, ph := range phs {
			for end := len(prev); end > len(prev)-x.window && end-len(ph) >= 0; end-- {
				if slices.Equal(prev[end-len(ph):end], ph) {
					return true
				}
			}
		}
		return false
	}
	after := func(phs [][]string) bool {
		for _, ph := range phs {
			for st := 0; st < x.window && st+len(ph) <= len(next); st++ {
				if slices.Equal(next[st:st+len(ph)], ph) {
					return true
				}
			}
		}
		return false
	}
	if before(x.notBefore) || after(x.notAfter) {
		return false
	}
	if len(x.before) == 0 && len(x.after) == 0 {
		return true
	}
	return before(x.before) || after(x.after)
}

// resolve keeps the longest of overlapping actor matches, drops places
// inside actor names ("Islamic State of Iraq"), and builds the tags.
func (c *Classifier) resolve(sc *scratch) ([]*newsv1.ActorTag, []*newsv1.PlaceTag) {
	slices.SortFunc(sc.cands, func(a, b mention) int {
		if la, lb := a.e-a.s, b.e-b.s; la != lb {
			return int(lb - la)
		}
		if a.s != b.s {
			return int(a.s - b.s)
		}
		return int(b.actor - a.actor) // actors before places at the same span
	})
	overlaps := func(m mention, actorsOnly bool) bool {
		for _, k := range sc.accepted {
			if actorsOnly && k.actor < 0 {
				continue
			}
			if m.s < k.e && k.s < m.e && (m.s != k.s || m.e != k.e || m.actor < 0 || k.actor < 0 || m.actor == k.actor) {
				return true
			}
		}
		return false
	}
	for _, m := range sc.cands {
		if !overlaps(m, false) {
			sc.accepted = append(sc.accepted, m)
		}
	}
	slices.SortFunc(sc.accepted, func(a, b mention) int { return int(a.s - b.s) })

	var actors []*newsv1.ActorTag
	var places []*newsv1.PlaceTag
	byActor := map[int32]*newsv1.ActorTag{}
	byPlace := map[int32]*newsv1.PlaceTag{}
	inTitle := map[int32]bool{}
	for _, m := range sc.accepted {
		sp := sc.span(m.s, m.e)
		if m.actor >= 0 {
			t, ok := byActor[m.actor]
			if !ok {
				a := c.actors[m.actor].a
				t = &newsv1.ActorTag{Id: a.ID, Name: a.Name, Type: a.Type}
				byActor[m.actor] = t
				actors = append(actors, t)
			}
			t.Mentions++
			t.Evidence = append(t.Evidence, sp)
			if !slices.Contains(t.AliasesMatched, sp.Text) {
				t.AliasesMatched = append(t.AliasesMatched, sp.Text)
			}
			if int(m.s) < sc.n.titleEnd {
				inTitle[m.actor] = true
			}
			continue
		}
		t, ok := byPlace[m.place]
		if !ok {
			p := c.places[m.place]
			t = &newsv1.PlaceTag{CountryCode: p.Code, Name: p.Name}
			byPlace[m.place] = t
			places = append(places, t)
		}
		t.Mentions++
		t.Evidence = append(t.Evidence, sp)
	}
	for ai, t := range byActor {
		// Saturating in mentions; a headline mention counts extra.
		s := 1 - math.Pow(0.6, float64(t.Mentions))
		if inTitle[ai] {
			s += 0.1
		}
		t.Score = round3(min(1, s))
	}
	return actors, places
}
