package classify

import (
	"bytes"
	"slices"
	"unicode/utf8"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

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
	pendingCtx []*aliasGate
	// docTerms counts, per document cue set, the distinct terms found.
	docTerms []int32
	words    []int32 // lazily: offsets in n.b where words start
	sents    []int32 // lazily: offsets where sentences start
	doc      string
	links    bool // the text has a closing bracket (readMentions)
	// introWords are the words of a threat report (introduced).
	introWords [][2]int32
	actorTag   []tagRef // index-aligned with the actor tags being built
	placeTag   []tagRef
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
	// termStart and termRefList hold, per term node, the indices of its
	// refs whose patterns matched (scratch.termRefs); termPairs is their
	// working list.
	termStart   []int32
	termRefList []int32
	termPairs   []termAt
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
	sc.links = bytes.IndexByte(sc.n.b, ']') >= 0 // most texts have no link to look into
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
	out.Actors = append(out.Actors, c.unregistered(sc)...)
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
	// The match lists stay in locals during the loop (and go back to sc
	// after it): storing a slice into sc on every match costs a write
	// barrier while the collector runs. Nothing called in the loop reads them.
	hits, next, head := sc.hits, sc.next, sc.head
	for _, m := range sc.raw {
		s, e := int(m.s), int(m.e)
		whole := true
		if e < len(b) && wordByteAt(b, e) && wordByteBefore(b, e) {
			whole = false
		}
		pi := m.pat
		p := &c.pats[pi]
		if !whole && !p.prefix {
			continue // nothing looks for it inside a longer word
		}
		if whole && len(p.docSets) > 0 && !seenWhole(hits, next, head[pi]) {
			for _, set := range p.docSets {
				sc.docTerms[set]++
			}
		}
		next = append(next[:len(hits)], head[pi])
		head[pi] = int32(len(hits))
		hits = append(hits, hit{pat: pi, s: m.s, e: m.e, whole: whole})
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
	sc.hits, sc.next = hits, next
}

// seenWhole reports whether the chain of matches from h (a pattern's
// head) has a match on whole words.
func seenWhole(hits []hit, next []int32, h int32) bool {
	for ; h >= 0; h = next[h] {
		if hits[h].whole {
			return true
		}
	}
	return false
}

// wordByteAt reports whether the rune at b[e:] is a word character; ASCII
// is looked up without decoding.
func wordByteAt(b []byte, e int) bool {
	if c := b[e]; c < utf8.RuneSelf {
		return asciiWord[c]
	}
	r, _ := utf8.DecodeRune(b[e:])
	return isWordRune(r)
}

// wordByteBefore reports whether the rune that ends at b[e] is a word character.
func wordByteBefore(b []byte, e int) bool {
	if c := b[e-1]; c < utf8.RuneSelf {
		return asciiWord[c]
	}
	r, _ := utf8.DecodeLastRune(b[:e])
	return isWordRune(r)
}

// wordRuneAt reports whether the rune at b[i:] is a word character, and
// its size; ASCII is looked up without decoding.
func wordRuneAt(b []byte, i int) (bool, int) {
	if c := b[i]; c < utf8.RuneSelf {
		return asciiWord[c], 1
	}
	r, size := utf8.DecodeRune(b[i:])
	return isWordRune(r), size
}

// wordRuneBefore reports whether the rune that ends at b[i] is a word
// character, and its size.
func wordRuneBefore(b []byte, i int) (bool, int) {
	if c := b[i-1]; c < utf8.RuneSelf {
		return asciiWord[c], 1
	}
	r, size := utf8.DecodeLastRune(b[:i])
	return isWordRune(r), size
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
