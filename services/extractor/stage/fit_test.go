package stage

import (
	"strings"
	"testing"
	"unicode/utf8"

	"google.golang.org/protobuf/proto"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

func TestFit(t *testing.T) {
	long := strings.Repeat("word ", 20_000) // 100 kB
	accents := strings.Repeat("é", 60_000)  // 120 kB of two-byte runes
	for _, tc := range []struct {
		name       string
		paragraphs []string
		max        int
		cut        bool
	}{
		{"fits", []string{"One.", "Two."}, 1 << 10, false},
		{"drops the last paragraphs", []string{long, long, long}, 150 << 10, true},
		{"cuts inside a paragraph", []string{long}, 50 << 10, true},
		{"cuts between runes", []string{accents}, 70<<10 + 1, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := &newsv1.Article{Id: "x", Title: "T", Paragraphs: append([]string(nil), tc.paragraphs...)}
			text := strings.Join(tc.paragraphs, "\n\n")
			if got := Fit(a, tc.max); got != tc.cut {
				t.Fatalf("Fit = %v, want %v", got, tc.cut)
			}
			if size := proto.Size(a); size > tc.max {
				t.Errorf("encoded article is %d bytes, over %d", size, tc.max)
			}
			kept := strings.Join(a.GetParagraphs(), "\n\n")
			if !strings.HasPrefix(text, kept) || !utf8.ValidString(kept) {
				t.Errorf("kept text is not a valid prefix of the original (%d of %d bytes)", len(kept), len(text))
			}
			if !tc.cut {
				if a.GetTruncated() || kept != text {
					t.Errorf("an article that fits was changed")
				}
				return
			}
			if !a.GetTruncated() || a.GetOriginalTextLength() != int64(len(text)) {
				t.Errorf("truncated %v, original length %d, want true and %d", a.GetTruncated(), a.GetOriginalTextLength(), len(text))
			}
			if len(kept) < tc.max/2 {
				t.Errorf("kept %d bytes of a %d-byte budget: cut far more than needed", len(kept), tc.max)
			}
		})
	}
}
