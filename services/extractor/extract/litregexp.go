package extract

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"unicode/utf8"
)

// litRegexp is a regexp with a literal prefilter: the literals, one of
// which every match holds (requiredLiterals). MatchString looks for them
// first, in one pass (phraseIndex), and runs the pattern only on text that
// holds one. Go's regexp has no such filter for a pattern without a
// literal prefix; the short lines and button labels the rules test are
// mostly without any of the pattern's words, and the filter is about a
// twentieth of the cost of running it.
type litRegexp struct {
	*regexp.Regexp
	// lits is nil when the pattern has no such literals (case-blind
	// parts, optional parts only): then every text is run.
	lits *phraseIndex
	n    int
}

// mustCompileLit is regexp.MustCompile with the literal prefilter.
func mustCompileLit(pattern string) *litRegexp {
	re := regexp.MustCompile(pattern)
	l := &litRegexp{Regexp: re}
	if t, err := syntax.Parse(pattern, syntax.Perl); err == nil {
		if lits, ok := requiredLiterals(t); ok && len(lits) > 0 {
			l.lits, l.n = newPhraseIndex(lits), len(lits)
		}
	}
	return l
}

// MatchString is regexp.Regexp.MatchString.
func (l *litRegexp) MatchString(s string) bool {
	if l.lits != nil && l.lits.first(s, l.n) == l.n {
		return false
	}
	return l.Regexp.MatchString(s)
}

// requiredLiterals returns strings one of which is a substring of every
// match of t, and false when it finds none: a literal is itself; a
// concatenation holds what any one part holds (the part with the longest
// shortest literal is taken); an alternation holds what its branches hold,
// all of them; a group or a repetition of at least one holds what its
// body does. Case-blind literals, literals holding U+FFFD, classes,
// optional parts and assertions give none.
func requiredLiterals(t *syntax.Regexp) ([]string, bool) {
	switch t.Op {
	case syntax.OpLiteral:
		if t.Flags&syntax.FoldCase != 0 || len(t.Rune) == 0 || slices.Contains(t.Rune, utf8.RuneError) {
			// A U+FFFD of the pattern also matches an invalid byte of
			// the text, which does not hold the literal's bytes.
			return nil, false
		}
		return []string{string(t.Rune)}, true
	case syntax.OpCapture, syntax.OpPlus:
		return requiredLiterals(t.Sub[0])
	case syntax.OpRepeat:
		if t.Min < 1 {
			return nil, false
		}
		return requiredLiterals(t.Sub[0])
	case syntax.OpConcat:
		var best []string
		bestLen := 0
		for _, s := range t.Sub {
			lits, ok := requiredLiterals(s)
			if !ok {
				continue
			}
			shortest := len(lits[0])
			for _, l := range lits {
				shortest = min(shortest, len(l))
			}
			if best == nil || shortest > bestLen {
				best, bestLen = lits, shortest
			}
		}
		return best, best != nil
	case syntax.OpAlternate:
		var all []string
		for _, s := range t.Sub {
			lits, ok := requiredLiterals(s)
			if !ok {
				return nil, false
			}
			all = append(all, lits...)
		}
		return all, len(all) > 0
	}
	return nil, false
}
