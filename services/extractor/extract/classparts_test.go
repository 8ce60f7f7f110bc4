package extract

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestAppendClassPartsOnePass checks that appendClassParts, which splits
// lower-case ASCII values without lower-casing them first, gives the parts
// the lower-case-then-split reading gives, on class and id values in
// several languages and scripts, with separators and the length cap.
func TestAppendClassPartsOnePass(t *testing.T) {
	ref := func(class, id string) []string {
		var out []string
		left := maxClassBytes
		for i, s := range [2]string{class, id} {
			if i == 1 {
				left--
			}
			if left <= 0 {
				break
			}
			if len(s) > left {
				s = s[:left]
			}
			left -= len(s)
			out = append(out, strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
				return r < 0x80 && strings.ContainsRune("-_ \t\n:.", r)
			})...)
		}
		return out
	}
	long := strings.Repeat("teaser-Box ", 60)
	for _, tc := range [][2]string{
		{"article-body main", "story"},
		{"Article-Body Main", "Story"},
		{"artikel__inhalt", "Haupt-Inhalt"},
		{"contenu-principal", "Résumé"},
		{"cuerpo.noticia", "Año:2026"},
		{"статья-текст", "Основной"},
		{"記事 本文", "メイン"},
		{"ΕΙΔΗΣΕΙΣ-κείμενο", ""},
		{"İstanbul-haber", "KELVİN"},
		{"", "Only-ID"},
		{"  --__..::  ", "\t\n"},
		{"é-first then-Upper", "x"},
		{long, "Tail-Id"},
		{strings.Repeat("a", 511), "b"},
	} {
		n := &html.Node{Type: html.ElementNode, Attr: []html.Attribute{{Key: "class", Val: tc[0]}, {Key: "id", Val: tc[1]}}}
		got := appendClassParts(nil, n)
		if want := ref(tc[0], tc[1]); !slices.Equal(got, want) {
			t.Errorf("parts of class %q id %q = %q, want %q", tc[0], tc[1], got, want)
		}
	}
}
