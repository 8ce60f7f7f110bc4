package classify

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// normText is a normalised document with, for every byte of b, the byte
// range of the original text that produced it.
type normText struct {
	b     []byte
	start []int32 // original byte offset of the segment that produced b[i]
	end   []int32 // original byte offset just after that segment
	// titleEnd is the offset in b where the body begins.
	titleEnd int
	seg      []byte
}

func (n *normText) reset() {
	n.b, n.start, n.end, n.titleEnd = n.b[:0], n.start[:0], n.end[:0], -1
}

func (n *normText) emit(c byte, s, e int) {
	n.b = append(n.b, c)
	n.start = append(n.start, int32(s))
	n.end = append(n.end, int32(e))
}

func (n *normText) emitRune(r rune, s, e int) {
	if r < utf8.RuneSelf {
		n.emit(byte(r), s, e)
		return
	}
	var buf [utf8.UTFMax]byte
	k := utf8.EncodeRune(buf[:], r)
	for _, c := range buf[:k] {
		n.emit(c, s, e)
	}
}

func (n *normText) space(newline bool, s, e int) {
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
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// normalize writes s into n. split is the byte offset where the body
// begins (len(title)), or 0 when there is no title.
func normalize(n *normText, s string, fold bool, split int) {
	n.reset()
	if cap(n.b) < len(s)+16 {
		n.b = make([]byte, 0, len(s)+len(s)/8+16)
		n.start = make([]int32, 0, cap(n.b))
		n.end = make([]int32, 0, cap(n.b))
	}
	for i := 0; i < len(s); {
		if i >= split && n.titleEnd < 0 {
			n.titleEnd = len(n.b)
		}
		c := s[i]
		// Fast path: lower-case letters and digits map to themselves.
		if ('a' <= c && c <= 'z') || ('0' <= c && c <= '9') || (c == '.' || c == ',') {
			if i+1 == len(s) || s[i+1] < utf8.RuneSelf {
				if c != '.' && c != ',' {
					n.mark(i, i+1)
				}
				n.b = append(n.b, c)
				n.start = append(n.start, int32(i))
				n.end = append(n.end, int32(i+1))
				i++
				continue
			}
		}
		if c < utf8.RuneSelf && (i+1 == len(s) || s[i+1] < utf8.RuneSelf) {
			i = n.rune(s, rune(c), i, i+1, fold)
			continue
		}
		k := norm.NFKC.NextBoundaryInString(s[i:], true)
		if k <= 0 {
			k = 1
		}
		seg := s[i : i+k]
		n.seg = norm.NFKC.AppendString(n.seg[:0], seg)
		next := i + k
		for _, r := range string(n.seg) {
			next = max(next, n.rune(s, r, i, i+k, fold))
		}
		i = next
	}
	if n.titleEnd < 0 {
		n.titleEnd = len(n.b)
	}
}

// rune emits one normalised rune produced by s[si:ei] and returns where
// scanning resumes (past ei when a possessive "'s" was consumed).
func (n *normText) rune(s string, r rune, si, ei int, fold bool) int {
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
		n.emit('-', si, ei)
	case isApostrophe(r):
		// Possessive: "ISIS-K's" matches like "ISIS-K".
		if ei+1 <= len(s) && ei < len(s) && (s[ei] == 's' || s[ei] == 'S') && len(n.b) > 0 {
			prev, _ := utf8.DecodeLastRune(n.b)
			after := ei + 1
			nextR, _ := utf8.DecodeRuneInString(s[after:])
			if isWordRune(prev) && (after >= len(s) || !isWordRune(nextR)) {
				return after
			}
		}
		n.emit('\'', si, ei)
	case isIgnorable(r):
	case r < utf8.RuneSelf:
		if fold && 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		if ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9') {
			n.mark(si, ei)
		}
		n.emit(byte(r), si, ei)
	default:
		if fold {
			switch r {
			case 'ß':
				n.emit('s', si, ei)
				n.emit('s', si, ei)
				return ei
			case 'ς':
				r = 'σ'
			default:
				r = unicode.ToLower(r)
			}
		}
		if isWordRune(r) && !unicode.Is(unicode.Mn, r) {
			n.mark(si, ei)
		}
		n.emitRune(r, si, ei)
	}
	return ei
}

// wordMark precedes every word in normalised text and in patterns, so the
// automaton only reports matches that start a word: "is" is not found
// inside "this", which keeps the number of candidate matches small.
const wordMark = ''

// mark emits wordMark when a word starts here.
func (n *normText) mark(si, ei int) {
	if len(n.b) > 0 {
		last := n.b[len(n.b)-1]
		if last < utf8.RuneSelf {
			if ('a' <= last && last <= 'z') || ('A' <= last && last <= 'Z') || ('0' <= last && last <= '9') {
				return
			}
		} else if r, _ := utf8.DecodeLastRune(n.b); isWordRune(r) {
			return
		}
	}
	n.emit(wordMark, si, ei)
}

// normalizeString is normalize without offsets, for patterns and checks.
func normalizeString(s string, fold bool) string {
	var n normText
	normalize(&n, s, fold, 0)
	return string(n.b)
}
