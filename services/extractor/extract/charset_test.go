package extract

import (
	"strings"
	"testing"
)

// TestHasHighBit checks the eight-bytes-at-a-time hasHighBit against a
// byte loop, with the first non-ASCII byte at every offset of a word and
// past it, in several languages and scripts.
func TestHasHighBit(t *testing.T) {
	byteLoop := func(b []byte) bool {
		for _, c := range b {
			if c >= 0x80 {
				return true
			}
		}
		return false
	}
	for _, word := range []string{"", "plain ascii text only", "Grüße aus München", "déjà vu", "Привет, мир", "日本語のテキスト", "¿Qué?", "\x7f\x00~"} {
		for pad := range 17 {
			for _, s := range []string{strings.Repeat("a", pad) + word, word + strings.Repeat("b", pad), strings.Repeat("c", pad) + word + strings.Repeat("d", pad)} {
				if got, want := hasHighBit([]byte(s)), byteLoop([]byte(s)); got != want {
					t.Errorf("hasHighBit(%q) = %v, want %v", s, got, want)
				}
			}
		}
	}
	// A latin-1 byte alone, where UTF-8 never stands.
	if !hasHighBit([]byte("caf\xe9 au lait, s'il vous pla\xeet")) {
		t.Error("latin-1 bytes not seen")
	}
}
