package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Bounds of an agency line's codes: "dpa/lsw", "AFP/AP", "(red/dpa)".
const (
	maxAgencyCodes     = 4
	minAgencyCodeRunes = 2
	maxAgencyCodeRunes = 8
)

// trailingAgencyCodes finds the line of agency and desk codes joined by
// slashes that closes a wire story ("dpa/lsw", "(AFP/AP)"): a credit of
// where the story came from, not a sentence of it. It reads the shape (two
// to four short words of letters joined by slashes, nothing else on the
// line), never a list of agencies, so any wire's codes are one. It returns
// the index of that last line, or len(ps).
func trailingAgencyCodes(ps []para) int {
	if len(ps) < 2 {
		return len(ps)
	}
	last := ps[len(ps)-1]
	if last.heading || !agencyCodes(last.text) {
		return len(ps)
	}
	return len(ps) - 1
}

// agencyCodes reports a line of two to four codes of letters joined by
// slashes, in parentheses or not.
func agencyCodes(t string) bool {
	t = strings.TrimSpace(t)
	if strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") {
		t = t[1 : len(t)-1]
	}
	parts := strings.Split(t, "/")
	if len(parts) < 2 || len(parts) > maxAgencyCodes {
		return false
	}
	for _, c := range parts {
		c = strings.TrimSpace(c)
		if n := utf8.RuneCountInString(c); n < minAgencyCodeRunes || n > maxAgencyCodeRunes {
			return false
		}
		if strings.IndexFunc(c, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			return false
		}
	}
	return true
}
