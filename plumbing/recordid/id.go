package recordid

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
)

// ID returns the stable record id of a canonical URL: the first 16 bytes of
// its SHA-256, in lower-case hex (32 characters). It is also the
// Nats-Msg-Id of every record derived from the page.
func ID(canonicalURL string) string {
	sum := sha256.Sum256([]byte(canonicalURL))
	return hex.EncodeToString(sum[:16])
}

// Of returns the record id of a link as a feed gives it: the id of its
// canonical URL.
func Of(link string) (string, error) {
	cu, err := URL(link)
	if err != nil {
		return "", err
	}
	return ID(cu), nil
}

// Check reports whether id is the record id of link, with the reason when
// it is not (ErrMismatch, or why the link has no id).
func Check(id, link string) error {
	want, err := Of(link)
	if err != nil {
		return fmt.Errorf("deriving the id of %q: %w", link, err)
	}
	if id != want {
		return fmt.Errorf("%w: record id %q, but %q has id %q", ErrMismatch, id, link, want)
	}
	return nil
}
