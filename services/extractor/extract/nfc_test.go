package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// TestNFCSafePairs checks nfcSafe's claim against the norm package: two
// safe runes side by side are in NFC. Every safe rune with a canonical
// decomposition (the ones that could recompose with a neighbour), and
// every 97th other one, is paired with every safe rune on either side.
func TestNFCSafePairs(t *testing.T) {
	set := nfcSafe()
	var all, first []rune
	for r := range rune(nfcSafeLimit) {
		if !nfcSafeRune(set, r) {
			continue
		}
		all = append(all, r)
		if norm.NFC.PropertiesString(string(r)).Decomposition() != nil || r%97 == 0 {
			first = append(first, r)
		}
	}
	// The set must hold the letters of the languages the extractor reads
	// most, or it saves nothing.
	for _, r := range "aZ9 é ü ß ç ñ ё й ж ω – — ’ “ € №" {
		if r != ' ' && !nfcSafeRune(set, r) {
			t.Errorf("%U %q is not in nfcSafe", r, r)
		}
	}
	// And none that NFC changes or that combines with the rune before.
	for _, r := range "\u0301\u0308\u2000\u2126\u212b\u0344\u1161\u11a8\u0f73\u0340" {
		if nfcSafeRune(set, r) {
			t.Errorf("%U is in nfcSafe", r)
		}
	}
	buf := make([]byte, 0, 8)
	bad := 0
	for _, a := range first {
		for _, b := range all {
			for _, s := range [][2]rune{{a, b}, {b, a}} {
				buf = utf8.AppendRune(utf8.AppendRune(buf[:0], s[0]), s[1])
				if !norm.NFC.IsNormal(buf) {
					if bad++; bad < 10 {
						t.Errorf("%U %U: safe runes not in NFC together", s[0], s[1])
					}
				}
			}
		}
	}
	t.Logf("%d safe runes below %#x, %d paired with all", len(all), nfcSafeLimit, len(first))
}

// TestNormalizeNFC checks that normalize's output is NFC whether it took
// the safe-rune shortcut or not.
func TestNormalizeNFC(t *testing.T) {
	for _, s := range []string{
		"Cafe\u0301 au lait", "café  au\u00a0lait", "Ёжик в тумане", "Е\u0308жик",
		"\u1100\u1161 한국어", "A\u030a \u212b", "“Quoted” – dash — and ’", "x\u2000y",
	} {
		out := normalize(s)
		if !norm.NFC.IsNormalString(out) {
			t.Errorf("normalize(%q) = %q, not NFC", s, out)
		}
		if out != normalizeReference(s) {
			t.Errorf("normalize(%q) = %q, want %q", s, out, normalizeReference(s))
		}
	}
}

// normalizeReference is normalize with the NFC pass always run.
func normalizeReference(s string) string {
	out := normalize(s)
	return norm.NFC.String(out)
}

func FuzzNormalizeNFC(f *testing.F) {
	for _, s := range []string{"Cafe\u0301", "Ёжик", "\u1100\u1161", "a\u0308\u0301b", "“x” – y", " a \u200b b "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := normalize(s)
		if !norm.NFC.IsNormalString(out) {
			t.Fatalf("normalize(%q) = %q, not NFC", s, out)
		}
	})
}

// TestCleanText checks cleanText's answer against normalizeCopy, the
// normalize it lets the caller skip.
func TestCleanText(t *testing.T) {
	for _, tt := range []struct {
		s     string
		clean bool
	}{
		{"", true},
		{"plain text", true},
		{"Café au lait – “quoted” ’s", true},
		{"Ёжик в тумане", true},
		{"two  spaces", false},
		{" lead", false},
		{"nbsp\u00a0here", false},
		{"thin\u202fspace", false},
		{"zero\u200bwidth", false},
		{"Cafe\u0301", false},
		{"x\u2000y", false},
		{"bad \xff byte", false},
		{"日本語", false}, // above nfcSafeLimit: checked by the norm package
	} {
		if got := cleanText(tt.s); got != tt.clean {
			t.Errorf("cleanText(%q) = %v, want %v", tt.s, got, tt.clean)
		}
		if tt.clean && normalizeCopy(tt.s) != tt.s {
			t.Errorf("normalizeCopy(%q) = %q, but cleanText says it is kept", tt.s, normalizeCopy(tt.s))
		}
	}
}

func FuzzCleanText(f *testing.F) {
	for _, s := range []string{"Café au lait", "Ёжик", "a  b", "\u00a0x", "“x” – y", "e\u0301", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if cleanText(s) && normalizeCopy(s) != s {
			t.Fatalf("cleanText(%q) but normalizeCopy gives %q", s, normalizeCopy(s))
		}
		if out := normalize(s); out != normalizeCopy(s) {
			t.Fatalf("normalize(%q) = %q, normalizeCopy %q", s, out, normalizeCopy(s))
		}
	})
}

func FuzzFoldLower(f *testing.F) {
	for _, s := range []string{"See Also:", "Ёжик »", "Café  au lait.", "\u00a0Tags |", "Straße", "\u212a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := foldLower(s, strings.ToLower(s)), fold(s); got != want {
			t.Fatalf("foldLower(%q) = %q, fold %q", s, got, want)
		}
	})
}
