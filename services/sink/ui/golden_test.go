package ui

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

// TestHighlightGolden renders the evidence of every demo record as text
// with [marks]{kinds} and compares it with testdata/<id>.golden: a change in how
// spans are placed shows as a readable diff.
func TestHighlightGolden(t *testing.T) {
	for _, r := range demoRecords(t) {
		a := r.GetArticle()
		t.Run(a.GetId(), func(t *testing.T) {
			blocks, unplaced := highlight(a.GetTitle(), a.GetParagraphs(), collectEvidence(r.GetActors(), r.GetTopics(), r.GetPlaces()))
			var b strings.Builder
			b.WriteString(strings.Join(markedKinds(blocks), "\n\n"))
			for i, e := range a.GetEntries() {
				if i >= len(r.GetEntries()) {
					break
				}
				et := r.GetEntries()[i]
				var paragraphs []string
				if e.GetText() != "" {
					paragraphs = []string{e.GetText()}
				}
				eb, u := highlight(e.GetTitle(), paragraphs, collectEvidence(et.GetActors(), et.GetTopics(), et.GetPlaces()))
				unplaced += u
				b.WriteString("\n\n--- entry\n" + strings.Join(markedKinds(eb), "\n\n"))
			}
			require.Zero(t, unplaced, "every demo span fits its text")
			got := b.String() + "\n"
			path := filepath.Join("testdata", "highlight-"+a.GetId()+".golden")
			if *update {
				require.NoError(t, os.WriteFile(path, []byte(got), 0o600))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "run go test -update to create it")
			require.Equal(t, string(want), got)
		})
	}
}

// markedKinds is marked with the kinds of evidence after each mark:
// "[ISIS-K]{actor topic}".
func markedKinds(blocks []block) []string {
	var out []string
	for _, b := range blocks {
		var s strings.Builder
		if b.Heading {
			s.WriteString("# ")
		}
		for _, seg := range b.Segs {
			if seg.Class == "" {
				s.WriteString(seg.Text)
				continue
			}
			kinds := strings.ReplaceAll(strings.TrimPrefix(seg.Class, "ev "), "ev-", "")
			s.WriteString("[" + seg.Text + "]{" + kinds + "}")
		}
		out = append(out, s.String())
	}
	return out
}
