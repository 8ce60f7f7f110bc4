package canon

import (
	"strings"
	"unicode"

	"github.com/newsflow/newsflow/plumbing/recordid"
)

// Errors of URL, the same values as recordid's.
var (
	// ErrNotAbsolute is returned for a URL without scheme or host.
	ErrNotAbsolute = recordid.ErrNotAbsolute
	// ErrScheme is returned for a URL whose scheme is not http or https.
	ErrScheme = recordid.ErrScheme
)

// URL returns the canonical form of an absolute http(s) URL (see
// recordid.URL, where the rule lives so that every stage can check ids).
func URL(raw string) (string, error) { return recordid.URL(raw) }

// ID returns the stable record id of a canonical URL (see recordid.ID).
func ID(canonicalURL string) string { return recordid.ID(canonicalURL) }

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
