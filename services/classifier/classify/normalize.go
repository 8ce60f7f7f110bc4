package classify

import (
	"cmp"
	"math"
	"slices"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// normText is a normalised document b, with marks that map every byte of
// b back to the segment of the original text (one rune, or one NFKC
// composition unit) that produced it, and original byte offsets to code
// point offsets. ASCII copied one to one needs no mark until the offset
// between b and the original changes (a collapsed space, a dropped
// character, a non-ASCII segment), so a mostly-ASCII document has few
// marks and normalising writes little besides b.
type normText struct {
	b []byte
	// anchors are the offsets in b where a pattern may start: word starts
	// and punctuation (a word character right after a non-word character,
	// or any character that is neither a word character nor a space).
	anchors []int32
	// titleEnd is the offset in b where the body begins.
	titleEnd int
	seg      []byte
	word     bool // the last byte written ends a word character
	marks    []mark
	delta    int32 // original minus normalised offset under the last (linear) mark
	extra    int32 // bytes minus code points of the original before the current segment
	constAt  int32 // original start of the last constant mark
	at       int   // cursor into marks for lookups in ascending order
}

// mark starts a range of b at norm. A linear mark (end < 0) maps b[k] to
// orig+(k-norm), one byte each; a constant mark maps every byte up to the
// next mark to the segment orig..end. extra is the number of bytes by
// which the original before orig exceeds its code points.
type mark struct {
	norm, orig, end, extra int32
}

const noDelta = math.MinInt32

func (n *normText) reset() {
	n.b, n.anchors, n.marks = n.b[:0], n.anchors[:0], n.marks[:0]
	n.titleEnd, n.word, n.delta, n.extra, n.constAt, n.at = -1, false, noDelta, 0, -1, 0
}

// emit appends c, produced by the original segment s[si:ei].
func (n *normText) emit(c byte, si, ei int) {
	k := int32(len(n.b))
	if ei-si == 1 && c < utf8.RuneSelf {
		if d := int32(si) - k; d != n.delta {
			n.marks = append(n.marks, mark{norm: k, orig: int32(si), end: -1, extra: n.extra})
			n.delta = d
		}
	} else if n.constAt != int32(si) {
		n.marks = append(n.marks, mark{norm: k, orig: int32(si), end: int32(ei), extra: n.extra})
		n.delta, n.constAt = noDelta, int32(si)
	}
	n.b = append(n.b, c)
}

func (n *normText) emitRune(r rune, si, ei int) {
	if r < utf8.RuneSelf {
		n.emit(byte(r), si, ei)
		return
	}
	var buf [utf8.UTFMax]byte
	k := utf8.EncodeRune(buf[:], r)
	for _, c := range buf[:k] {
		n.emit(c, si, ei)
	}
}

// mark returns the mark that covers b[k].
func (n *normText) markAt(k int32) *mark {
	m := n.marks
	i := n.at
	if i >= len(m) || m[i].norm > k {
		i, _ = slices.BinarySearchFunc(m, k+1, func(x mark, t int32) int { return cmp.Compare(x.norm, t) })
		i--
	}
	for i+1 < len(m) && m[i+1].norm <= k {
		i++
	}
	n.at = i
	return &m[i]
}

// origStart returns the original byte offset and code point offset where
// the segment that produced b[k] starts.
func (n *normText) origStart(k int32) (int, int) {
	m := n.markAt(k)
	if m.end < 0 {
		o := m.orig + k - m.norm
		return int(o), int(o - m.extra)
	}
	return int(m.orig), int(m.orig - m.extra)
}

// origEnd returns the original byte offset and code point offset where
// the segment that produced b[k] ends.
func (n *normText) origEnd(doc string, k int32) (int, int) {
	m := n.markAt(k)
	if m.end < 0 {
		o := m.orig + k - m.norm + 1
		return int(o), int(o - m.extra)
	}
	extra := m.extra + (m.end - m.orig) - int32(utf8.RuneCountInString(doc[m.orig:m.end]))
	return int(m.end), int(m.end - extra)
}

func (n *normText) space(newline bool, s, e int) {
	n.word = false
	if len(n.b) == 0 {
		return
	}
	switch last := n.b[len(n.b)-1]; {
	case last == ' ' && newline:
		n.b[len(n.b)-1] = '\n'
	case last == ' ' || last == '\n':
	case newline:
		n.emit('\n', s, e)
	default:
		n.emit(' ', s, e)
	}
}

func isDash(r rune) bool {
	return r == '-' || r == '\u2212' || r == '\ufe58' || r == '\ufe63' || (r >= '\u2010' && r <= '\u2015')
}

func isApostrophe(r rune) bool {
	return r == '\'' || r == '\u2019' || r == '\u2018' || r == '\u02bc' || r == '`' || r == '\u2032'
}

// dropped runes: soft hyphen, zero-width characters, Arabic tatweel and harakat.
func isIgnorable(r rune) bool {
	return r == '\u00ad' || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' ||
		r == '\u0640' || (r >= '\u064b' && r <= '\u0652') || r == '\u0670'
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r] == clsWord || asciiClass[r] == clsUpper
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// ASCII byte classes for the fast path of normalize.
const (
	clsSlow  = iota // whitespace, dashes, apostrophes: handled by normText.rune
	clsWord         // a-z, 0-9: copied
	clsUpper        // A-Z: folded (or copied)
	clsPunct        // other printable punctuation: copied, an anchor
	clsSpace        // ' ': one space after a word or punctuation
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			t[c] = clsWord
		case 'A' <= c && c <= 'Z':
			t[c] = clsUpper
		case c == ' ':
			t[c] = clsSpace
		case c == '-' || c == '\'' || c == '`' || c < ' ' || c == 0x7f:
			t[c] = clsSlow
		default:
			t[c] = clsPunct
		}
	}
	return t
}()

var asciiSame, asciiLower = func() (same, lower [utf8.RuneSelf]byte) {
	for c := range same {
		same[c], lower[c] = byte(c), byte(c)
		if 'A' <= c && c <= 'Z' {
			lower[c] = byte(c) + 'a' - 'A'
		}
	}
	return same, lower
}()

// wordSame and wordLower map the word bytes a-z, A-Z and 0-9 to
// themselves or to lower case, and every other byte to 0, so that copying
// a word looks each byte up once.
var wordSame, wordLower = func() (same, lower [256]byte) {
	for c := range utf8.RuneSelf {
		if cl := asciiClass[c]; cl == clsWord || cl == clsUpper {
			same[c], lower[c] = asciiSame[c], asciiLower[c]
		}
	}
	return same, lower
}()

// asciiWord marks the bytes a-z, A-Z and 0-9 (all non-ASCII bytes are false).
var asciiWord = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = asciiClass[c] == clsWord || asciiClass[c] == clsUpper
	}
	return t
}()

// ascii is the fast path of run: it copies ASCII from s[i] on while the
// byte after each is ASCII too (so that nothing composes with it) and
// returns where it stopped. A word is found first and then copied in a
// tight loop; within it the offset between b and s stays the same, so one
// mark (at most) covers it.
func (n *normText) ascii(s string, i, end int, lower *[256]byte) int {
	// Every byte consumed here writes at most one byte and one anchor, so
	// b and anchors are grown once and written by index (nb, na), without
	// append's checks in the loop.
	b, anchors := slices.Grow(n.b, end-i), slices.Grow(n.anchors, end-i)
	nb, na := len(b), len(anchors)
	b, anchors = b[:cap(b)], anchors[:cap(anchors)]
	word, delta := n.word, n.delta
	for i < end {
		c := s[i]
		if c >= utf8.RuneSelf || (i+1 < len(s) && s[i+1] >= utf8.RuneSelf) {
			break
		}
		cl := asciiClass[c]
		if cl == clsSlow {
			break
		}
		if cl == clsSpace {
			word = false
			if nb > 0 && b[nb-1] != ' ' && b[nb-1] != '\n' {
				if d := int32(i - nb); d != delta {
					n.linear(nb, i)
					delta = d
				}
				b[nb] = ' '
				nb++
			}
			i++
			continue
		}
		if d := int32(i - nb); d != delta {
			n.linear(nb, i)
			delta = d
		}
		if cl == clsPunct {
			anchors[na] = int32(nb)
			na++
			word = false
			b[nb] = c
			nb++
			i++
			continue
		}
		if !word {
			anchors[na] = int32(nb)
			na++
			word = true
		}
		// The word runs to i+k; its last byte stays for the slow path
		// when a non-ASCII character follows (it may compose with it).
		// s[i+1] is ASCII, so at least s[i] is copied.
		src := s[i:end]
		dst := b[nb : nb+len(src)]
		dst[0] = lower[src[0]]
		k := 1
		for k < len(src) && k < len(dst) { // both bounds, so the loop checks none
			c := lower[src[k]]
			if c == 0 {
				break
			}
			dst[k] = c
			k++
		}
		i += k
		nb += k
		if i < len(s) && s[i] >= utf8.RuneSelf {
			nb--
			i--
			break
		}
	}
	n.b, n.anchors, n.word, n.delta = b[:nb], anchors[:na], word, delta
	return i
}

// linear starts a linear mark at b[k], produced by the original byte si.
func (n *normText) linear(k, si int) {
	n.marks = append(n.marks, mark{norm: int32(k), orig: int32(si), end: -1, extra: n.extra})
}

// normalize writes s into n: NFKC, lower case when fold (ASCII letters and
// unicode.ToLower, "ß" → "ss", final sigma), one kind of dash and
// apostrophe, possessive "'s" dropped, whitespace runs collapsed to one
// space (or a newline when they contain one), a dash between spaces
// dropped, soft hyphens, zero-width characters and Arabic tatweel and
// harakat dropped. split is the byte offset where the body begins
// (len(title)), or 0 when there is no title.
func normalize(n *normText, s string, fold bool, split int) {
	n.reset()
	if cap(n.b) < len(s)+16 {
		n.b = make([]byte, 0, len(s)+len(s)/8+16)
		n.anchors = make([]int32, 0, len(s)/4+16)
	}
	split = min(split, len(s))
	i := n.run(s, 0, split, fold)
	n.titleEnd = len(n.b)
	n.run(s, max(i, split), len(s), fold)
}

// run normalises s[i:end] and returns where it stopped (end, or past it
// when a possessive "'s" was consumed).
func (n *normText) run(s string, i, end int, fold bool) int {
	lower := &wordSame
	if fold {
		lower = &wordLower
	}
	for i < end {
		c := s[i]
		if c < utf8.RuneSelf && (i+1 == len(s) || s[i+1] < utf8.RuneSelf) {
			if cl := asciiClass[c]; cl != clsSlow {
				i = n.ascii(s, i, end, lower)
				continue
			}
			i = n.rune(s, rune(c), i, i+1, fold)
			continue
		}
		if c < utf8.RuneSelf {
			// ASCII before a non-ASCII rune: when that rune is inert it
			// composes with nothing before it, so c is a segment of its own
			// and NFKC leaves it alone.
			if r, _ := utf8.DecodeRuneInString(s[i+1:]); isInert(r) {
				i = n.rune(s, rune(c), i, i+1, fold)
				continue
			}
		}
		if r, size := utf8.DecodeRuneInString(s[i:]); size > 1 && isInert(r) && (i+size == len(s) || s[i+size] < utf8.RuneSelf) {
			// A common rune that NFKC leaves alone, before ASCII: its own segment.
			i = n.rune(s, r, i, i+size, fold)
			n.extra += int32(size - 1)
			continue
		}
		k := norm.NFKC.NextBoundaryInString(s[i:], true)
		if k <= 0 {
			k = 1
		}
		next := i + k
		extra := int32(k - utf8.RuneCountInString(s[i:next]))
		n.seg = norm.NFKC.AppendString(n.seg[:0], s[i:next])
		for _, r := range string(n.seg) {
			next = max(next, n.rune(s, r, i, i+k, fold))
		}
		n.extra += extra
		i = next
	}
	return i
}

// isInert reports runes frequent in news text that are their own NFKC
// form, start a segment and never combine with a following ASCII
// character: Latin-1 letters, curly quotes, dashes, bullets.
func isInert(r rune) bool {
	return (r >= 0xC0 && r <= 0xFF) || (r >= 0x2010 && r <= 0x2015) || (r >= 0x2018 && r <= 0x201F) || r == 0x2022 || r == 0xA9 || r == 0xB0
}

// rune emits one normalised rune produced by s[si:ei] and returns where
// scanning resumes (past ei when a possessive "'s" was consumed).
func (n *normText) rune(s string, r rune, si, ei int, fold bool) int {
	if isPlainPunct(r) {
		// What the default case below does with it, without asking
		// unicode again for the quotes and symbols of every text.
		n.anchors = append(n.anchors, int32(len(n.b)))
		n.word = false
		n.emitRune(r, si, ei)
		return ei
	}
	if isPlainLetter(r) {
		n.wordStart()
		n.emitRune(r, si, ei)
		return ei
	}
	switch {
	case r == ' ' || r == '\t' || r == '\r' || r == '\f' || r == '\v' || r == '\u00a0' || (r > 0x7f && unicode.IsSpace(r)):
		n.space(false, si, ei)
	case r == '\n' || r == '\u2028' || r == '\u2029':
		n.space(true, si, ei)
	case isDash(r):
		// A dash between spaces is punctuation, not part of a name.
		if len(n.b) > 0 && (n.b[len(n.b)-1] == ' ' || n.b[len(n.b)-1] == '\n') && (ei >= len(s) || s[ei] == ' ' || s[ei] == '\n') {
			return ei
		}
		n.punct('-', si, ei)
	case isApostrophe(r):
		// Possessive: "ISIS-K's" matches like "ISIS-K".
		if ei < len(s) && (s[ei] == 's' || s[ei] == 'S') && n.word {
			after := ei + 1
			nextR, _ := utf8.DecodeRuneInString(s[after:])
			if after >= len(s) || !isWordRune(nextR) {
				return after
			}
		}
		n.punct('\'', si, ei)
	case isIgnorable(r):
	case r < utf8.RuneSelf:
		if fold && 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		if isWordRune(r) {
			n.wordStart()
		} else {
			n.punct(byte(r), si, ei)
			break
		}
		n.emit(byte(r), si, ei)
	default:
		if fold {
			switch r {
			case 'ß':
				n.wordStart()
				n.emit('s', si, ei)
				n.emit('s', si, ei)
				return ei
			case 'ς':
				r = 'σ'
			default:
				r = unicode.ToLower(r)
			}
		}
		switch {
		case unicode.Is(unicode.Mn, r):
			n.word = true // a mark continues the word it follows
		case isWordRune(r):
			n.wordStart()
		default:
			n.anchors = append(n.anchors, int32(len(n.b)))
			n.word = false
		}
		n.emitRune(r, si, ei)
	}
	return ei
}

// plainPunct has a bit for every non-ASCII rune below plainPunctEnd that
// rune treats as plain punctuation: none of the space, dash, apostrophe or
// dropped runes, no mark, not a word character, its own lower case.
// plainLetter likewise has a bit for every such rune that is a word
// character (and no mark) in lower case.
var plainPunct, plainLetter = func() (punct, letter [plainPunctEnd / 64]uint64) {
	for r := rune(utf8.RuneSelf); r < plainPunctEnd; r++ {
		special := r == '\u00a0' || unicode.IsSpace(r) || r == '\u2028' || r == '\u2029' || isDash(r) || isApostrophe(r) || isIgnorable(r)
		if special || unicode.Is(unicode.Mn, r) || unicode.ToLower(r) != r || r == 'ß' || r == 'ς' {
			continue
		}
		if isWordRune(r) {
			letter[r/64] |= 1 << (r % 64)
		} else {
			punct[r/64] |= 1 << (r % 64)
		}
	}
	return punct, letter
}()

const plainPunctEnd = 0x3000

func isPlainPunct(r rune) bool {
	return r >= utf8.RuneSelf && r < plainPunctEnd && plainPunct[r/64]&(1<<(r%64)) != 0
}

func isPlainLetter(r rune) bool {
	return r >= utf8.RuneSelf && r < plainPunctEnd && plainLetter[r/64]&(1<<(r%64)) != 0
}

// wordStart records an anchor when a word starts at the end of b.
func (n *normText) wordStart() {
	if !n.word {
		n.anchors = append(n.anchors, int32(len(n.b)))
		n.word = true
	}
}

// punct emits a punctuation byte, which is an anchor and ends a word.
func (n *normText) punct(c byte, si, ei int) {
	n.anchors = append(n.anchors, int32(len(n.b)))
	n.word = false
	n.emit(c, si, ei)
}

// normalizeString is normalize without offsets, for patterns and checks.
func normalizeString(s string, fold bool) string {
	var n normText
	normalize(&n, s, fold, 0)
	return string(n.b)
}
