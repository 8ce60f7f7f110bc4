package store

import (
	"strings"
	"unicode"
)

// ftsQuery turns free user text into an FTS5 query that cannot be a syntax
// error: every whitespace-separated word becomes a quoted phrase (inner
// quotes doubled), so FTS5 operators and punctuation (AND, OR, NOT, NEAR, *,
// ^, :, parentheses, quotes) are searched for as text, never interpreted.
// Phrases are ANDed. Words without a letter or digit would be phrases with no
// token in them and are dropped; ok is false when no word is left.
func ftsQuery(text string) (query string, ok bool) {
	text = strings.ToValidUTF8(text, " ")
	var b strings.Builder
	for _, w := range strings.FieldsFunc(text, isSeparator) {
		if !strings.ContainsFunc(w, isTokenRune) {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte('"')
		b.WriteString(strings.ReplaceAll(w, `"`, `""`))
		b.WriteByte('"')
	}
	return b.String(), b.Len() > 0
}

func isSeparator(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }

// isTokenRune mirrors the unicode61 tokenizer's idea of a token character.
func isTokenRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Co, r)
}
