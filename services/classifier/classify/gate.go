package classify

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

// aliasGate is the compiled context condition of an ambiguous alias
// (taxonomy.Context): the words that must or must not stand around a match,
// the phrases that veto it anywhere in the document, and whether a
// co-mention of its actor or a document of the right kind licenses it.
type aliasGate struct {
	window                             int
	before, after, notBefore, notAfter [][]string
	// near holds the Near phrases and those of the cue set, by first word.
	near      map[string][][]string
	coMention bool
	// block are the patterns of the Block phrases.
	block                                   []int32
	notInName, notFirst, cuesAfter, capital bool
	notNext                                 map[string]bool
	// docSet is the document cue set that licenses the alias in a text
	// of its kind (taxonomy.DocCue), or -1.
	docSet int8
}

// startInReport accepts a mention at the start of a sentence (where the
// capital says nothing) in a threat report when what follows is an
// attacker's deed: "Lazarus has used fake job offers", "Kimsuky
// targeted think tanks". A people cue merely near is not enough ("Snake
// venom is studied by the group"); in news a person may stand there.
func (c *Classifier) startInReport(sc *scratch, x *aliasGate, m mention) bool {
	if !x.notFirst || c.cyberSet < 0 || sc.docTerms[c.cyberSet] < c.docMin[c.cyberSet] || !c.capitalisedMatch(sc, m) {
		return false
	}
	bs, _ := sc.orig(m.s, m.e)
	if !sentenceStart(sc.doc, bs) {
		return false
	}
	b := sc.n.b
	var buf [2][2]int32
	next := wordsAfter(b, int(m.e), buf[:0], 2)
	if len(next) == 0 || !adjacent(b, int(m.e), int(next[0][0])) {
		return false
	}
	w := string(b[next[0][0]:next[0][1]])
	if deedVerbs[w] {
		return true
	}
	// "X has used": code is said to use things, but seldom in the perfect.
	if w != "has" && w != "have" && w != "had" || len(next) < 2 || !adjacent(b, int(next[0][1]), int(next[1][0])) {
		return false
	}
	w = string(b[next[1][0]:next[1][1]])
	return deedVerbs[w] || w == "used"
}

// deedVerbs say what attackers did, not what code does: software
// "steals" and "infects", people target, deploy and conduct.
var deedVerbs = map[string]bool{
	"targeted": true, "targets": true, "deployed": true, "deploys": true, "conducted": true, "conducts": true,
	"launched": true, "launches": true, "breached": true, "leveraged": true, "leverages": true,
	"compromised": true, "impersonated": true, "recruited": true, "attacked": true,
}

// pending is a gated alias match that waits for the whole document: a
// block phrase anywhere vetoes it, and without local support it needs a
// co-mention of its actor.
type pending struct {
	m       mention
	support bool // a local condition held
}

func compileGate(x *taxonomy.Context, cues map[string][][]string, pat func(string) int32, shared map[string]map[string][][]string, sharedNext map[string]map[string]bool, docIndex map[string]int8) *aliasGate {
	if x == nil {
		return nil
	}
	w := x.Window
	if w <= 0 {
		w = 1
	}
	ctx := &aliasGate{
		window: w, before: phraseTokens(x.Before), after: phraseTokens(x.After),
		notBefore: phraseTokens(x.NotBefore), notAfter: phraseTokens(x.NotAfter), coMention: x.CoMention,
		notInName: x.NotInName, notFirst: x.NotFirst, cuesAfter: x.CuesAfter, capital: x.Capital, docSet: -1,
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
	blocked := func(x *aliasGate) bool {
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
			if !p.support && !named(p.m.actor) && (x.docSet < 0 || sc.docTerms[x.docSet] < c.docMin[x.docSet] || !c.capitalisedMatch(sc, p.m)) && !c.startInReport(sc, x, p.m) {
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

// holds checks the context around b[s:e]: veto when a NotBefore or
// NotAfter phrase is there, support when a positive local condition
// holds (or none is asked for besides a co-mention).
func (x *aliasGate) holds(b []byte, s, e int) (veto, support bool) {
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
			if b[i-1] == ')' {
				if k := linkTargetStart(b, i-1); k >= 0 {
					i = k
					continue
				}
			}
			w, size := wordRuneBefore(b, i)
			if w {
				break
			}
			i -= size
		}
		end := i
		for i > 0 {
			w, size := wordRuneBefore(b, i)
			if !w {
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
			if b[i] == ']' {
				if k := linkTargetEnd(b, i+1); k >= 0 {
					i = k
					continue
				}
			}
			w, size := wordRuneAt(b, i)
			if w {
				break
			}
			i += size
		}
		st := i
		for i < len(b) {
			w, size := wordRuneAt(b, i)
			if !w {
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

// maxLinkTarget bounds the address of a Markdown link that the word
// readers step over.
const maxLinkTarget = 400

// linkTargetEnd returns the index after the ")" of a Markdown link target
// "(address)" starting at b[i] (just after the link text's "]"), or -1.
// An address is not prose: "[Fox Kitten](https://…/G0117) is a threat
// actor" has "is a threat actor" right after the name.
func linkTargetEnd(b []byte, i int) int {
	if i >= len(b) || b[i] != '(' {
		return -1
	}
	for j := i + 1; j < len(b) && j-i < maxLinkTarget; j++ {
		switch b[j] {
		case ')':
			return j + 1
		case ' ', '\n', '\t', '(', '[':
			return -1
		}
	}
	return -1
}

// linkTargetStart returns the index of the "]" before the link target
// whose ")" is b[j], or -1 (linkTargetEnd read backwards).
func linkTargetStart(b []byte, j int) int {
	for i := j - 1; i > 0 && j-i < maxLinkTarget; i-- {
		switch b[i] {
		case '(':
			if b[i-1] == ']' {
				return i - 1
			}
			return -1
		case ' ', '\n', '\t', ')', '[', ']':
			return -1
		}
	}
	return -1
}

// capitalisedMatch reports whether the original text of a mention starts
// with a capital letter: a document licenses a name, not the word it is
// made of ("OilRig", not "oil rig"; "WildCard", not "a wildcard").
func (c *Classifier) capitalisedMatch(sc *scratch, m mention) bool {
	bs, _ := sc.orig(m.s, m.e)
	r, _ := utf8.DecodeRuneInString(sc.doc[bs:])
	return unicode.IsUpper(r)
}

// cueNext reports a one-word cue of the gate's cue set right after
// b[:e], one space away ("Hive affiliates", "Lazarus group").
func (x *aliasGate) cueNext(b []byte, e int) bool {
	var buf [1][2]int32
	next := wordsAfter(b, e, buf[:0], 1)
	if len(next) == 0 || int(next[0][0]) != e+1 || b[e] != ' ' {
		return false
	}
	for _, ph := range x.near[string(b[next[0][0]:next[0][1]])] {
		if len(ph) == 1 {
			return true
		}
	}
	return false
}
