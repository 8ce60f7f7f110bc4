package canon

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
)

// ID returns the stable record id of a canonical URL: the first 16 bytes of
// its SHA-256, in lower-case hex (32 characters). It is also the
// Nats-Msg-Id of every record derived from the page.
func ID(canonicalURL string) string {
	sum := sha256.Sum256([]byte(canonicalURL))
	return hex.EncodeToString(sum[:16])
}

// Title normalises a headline for duplicate detection: lower-cased, with
// punctuation dropped and whitespace runs collapsed, so that the same
// headline with different quotes, dashes or spacing compares equal.
func Title(title string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(title) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		default:
			space = true
		}
	}
	return b.String()
}
