package extract

import (
	"sync"

	"golang.org/x/text/unicode/norm"
)

// nfcSafeLimit bounds the runes nfcSafe knows: the alphabets, punctuation
// and symbols below the CJK blocks. Text with a rune above it is checked
// by norm.NFC.IsNormalString as before.
const nfcSafeLimit = 0x3000

// nfcSafe is a bit set of the runes below nfcSafeLimit that leave any text
// of such runes in NFC: a rune that is NFC on its own, has canonical
// combining class 0 and cannot combine with the rune before it, that is
// whose NFC_Quick_Check is Yes (one that is No is not NFC on its own, one
// that is Maybe combines backwards). A string made only of them passes the
// NFC quick check of UAX #15 with Yes, so it is in NFC (nfc_test.go checks
// this against the norm package for every pair that could compose). Its
// decomposition may end in a combining mark (é): what follows starts a
// segment of its own all the same. normalize checks its output with it
// as it writes the runes, instead of a second pass of
// norm.NFC.IsNormalString over the paragraph: that pass was a quarter of
// the time of a page in Russian or in French.
var nfcSafe = sync.OnceValue(func() *[nfcSafeLimit / 64]uint64 {
	var set [nfcSafeLimit / 64]uint64
	var buf [4]byte
	for r := range rune(nfcSafeLimit) {
		if isNFCSafe(r, buf[:0]) {
			set[r/64] |= 1 << (r % 64)
		}
	}
	return &set
})

// isNFCSafe is the test behind nfcSafe for one rune.
func isNFCSafe(r rune, buf []byte) bool {
	if r >= 0xd800 && r < 0xe000 {
		return false
	}
	s := string(append(buf, string(r)...))
	p := norm.NFC.PropertiesString(s)
	return p.CCC() == 0 && p.BoundaryBefore() && norm.NFC.IsNormalString(s)
}

// nfcSafeRune reports whether r is in nfcSafe; runes at or above
// nfcSafeLimit are not.
func nfcSafeRune(set *[nfcSafeLimit / 64]uint64, r rune) bool {
	return r >= 0 && r < nfcSafeLimit && set[r/64]&(1<<(r%64)) != 0
}
