package classify

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

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
	if ar.cs && !c.exactOK(sc, ar.exact, s, e) && !c.sameWordCased(ar, sc.origText(s, e)) && (!strings.Contains(ar.exact, " ") || !capitalised(sc.origText(s, e))) {
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
	if ar.ctx.capital {
		if r, _ := utf8.DecodeRuneInString(sc.doc[bs:]); !unicode.IsUpper(r) {
			return false, false
		}
	}
	// A sentence that defines the name as attackers ("Silence is a
	// financially motivated threat actor") is evidence of its own,
	// wherever the name stands and whatever cue window the alias has.
	definedAs := c.definedHere(sc.n.b, e)
	if ar.ctx.notFirst && sentenceStart(sc.doc, bs) && !ar.ctx.cueNext(sc.n.b, e) && !definedAs {
		// At the start of a sentence the capital says nothing, unless
		// a cue follows at once ("Hive affiliates deployed …"): the
		// mention waits for the whole document (settle), where the
		// actor named elsewhere, or a threat report with a people cue
		// near, lets it count ("Lazarus has used fake job offers").
		if !ar.ctx.coMention {
			return false, false
		}
		if veto, _ := ar.ctx.holds(sc.n.b, s, e); veto {
			return false, false
		}
		return true, false
	}
	veto, support := ar.ctx.holds(sc.n.b, s, e)
	support = support || definedAs
	if veto || (!support && !ar.ctx.coMention) {
		return false, false
	}
	return true, support
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
// name is a slug ("wired.com/story/magecart-amazon…"), or inside an
// identifier: a detection or file name glued to it by "!", "/", "\\" or
// a dot between word characters ("W32/Agent.gen!Eldorado"), or a file
// name ("conti.dll"; a dot before another word may be a missing space).
func (c *Classifier) inURL(sc *scratch, s, e int) bool {
	// The normalised text keeps the punctuation of an address and its
	// spaces, so it is looked at directly.
	b := sc.n.b
	if s >= 2 && asciiWord[b[s-2]] && (b[s-1] == '!' || b[s-1] == '/' || b[s-1] == '\\' || b[s-1] == '.') {
		return true
	}
	if e+1 < len(b) && b[e] == '!' && asciiWord[b[e+1]] {
		return true
	}
	if e+1 < len(b) && b[e] == '.' {
		var buf [1][2]int32
		if w := wordsAfter(b, e, buf[:0], 1); len(w) > 0 && int(w[0][0]) == e+1 && fileExt[string(b[w[0][0]:w[0][1]])] {
			return true
		}
	}
	// A Markdown link's text ends the run: "[Fox Kitten](https://…)"
	// names the group; the address after it is not the match's.
	lo, hi := s, e
	for lo > 0 && s-lo < 200 && !isSpaceByte(b[lo-1]) && b[lo-1] != '[' {
		lo--
	}
	for hi < len(b) && hi-e < 200 && !isSpaceByte(b[hi]) && b[hi] != ']' {
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
	word := doc[e+1 : j]
	if len(word) <= 32 && isASCII(word) {
		// Lower-cased on the stack: the map lookups of string(buf) do
		// not allocate, and this runs for many capitalised matches.
		var buf [32]byte
		for i := 0; i < len(word); i++ {
			buf[i] = asciiLower[word[i]]
		}
		return !headNoun[string(buf[:len(word)])] && !kindWord[string(buf[:len(word)])]
	}
	w := strings.ToLower(word)
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

// fileExt are file name extensions: "X.dll" is a file, "X.The" a typo.
var fileExt = map[string]bool{
	"exe": true, "dll": true, "bin": true, "sys": true, "ps1": true, "js": true, "vbs": true, "bat": true,
	"zip": true, "rar": true, "7z": true, "iso": true, "lnk": true, "doc": true, "docx": true, "xls": true,
	"xlsm": true, "pdf": true, "txt": true, "dat": true, "tmp": true, "onion": true, "elf": true, "so": true,
}

// definedHere reports a name (ending at e in the normalised text b)
// followed by a definition that makes it attackers: "is / was a …"
// with a head that says a gang or a threat group within seven words
// (hyphenated modifiers count as two: "a likely state-sponsored cyber
// espionage group"). The definition, not the capital, is the evidence,
// so it holds at the start of a sentence.
func (c *Classifier) definedHere(b []byte, e int) bool {
	var buf [10][2]int32
	ws := wordsAfter(b, e, buf[:0], 10)
	if len(ws) < 3 {
		return false
	}
	if v := b[ws[0][0]:ws[0][1]]; string(v) != "is" && string(v) != "was" {
		return false
	}
	if a := b[ws[1][0]:ws[1][1]]; string(a) != "a" && string(a) != "an" {
		return false
	}
	word := func(k int) string { return string(b[ws[k][0]:ws[k][1]]) }
	if e = afterLink(b, e); bytes.ContainsAny(b[e:ws[1][0]], ".;:,\n") {
		return false
	}
	return c.definedAsPeopleWithin(b, ws, word, 0, 7)
}

// sameWordCased accepts "Rancor" for the alias "RANCOR" and "BITTER" for
// "Bitter": sources write a group named with an ordinary word either way,
// and both forms are the capitalised proper noun the case rule asks for
// ("rancor" still is not). Only for a dictionary word of five letters or
// more, so that an acronym ("ETA", "Eta") keeps its exact case.
func (c *Classifier) sameWordCased(ar *aliasRef, orig string) bool {
	if len(orig) < 5 || len(orig) != len(ar.exact) || !titleOrUpper(orig) || !titleOrUpper(ar.exact) || !strings.EqualFold(orig, ar.exact) {
		return false
	}
	return c.tax.IsCommonWord(orig)
}

// titleOrUpper reports an ASCII word in Title or UPPER case.
func titleOrUpper(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	lower, upper := 0, 0
	for i := 1; i < len(w); i++ {
		switch b := w[i]; {
		case b >= 'a' && b <= 'z':
			lower++
		case b >= 'A' && b <= 'Z':
			upper++
		default:
			return false
		}
	}
	return lower == 0 || upper == 0
}
