package ui

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// marked renders blocks as text with [marks], for compact expectations.
func marked(blocks []block) []string {
	var out []string
	for _, b := range blocks {
		s := ""
		if b.Heading {
			s = "# "
		}
		for _, seg := range b.Segs {
			if seg.Class != "" {
				s += "[" + seg.Text + "]"
			} else {
				s += seg.Text
			}
		}
		out = append(out, s)
	}
	return out
}

func TestHighlight(t *testing.T) {
	ev := func(start, end int, kind, text string) evidence {
		return evidence{start: start, end: end, kind: kind, tag: kind + " x", text: text}
	}
	tests := []struct {
		name       string
		title      string
		paragraphs []string
		ev         []evidence
		want       []string
		unplaced   int
	}{
		{
			name:  "title, separator, paragraphs",
			title: "ISIS-K threat", paragraphs: []string{"Police in Paris.", "ISIS-K again."},
			// "ISIS-K threat" is 13, "\n\n" 2, "Police in Paris." 16, "\n\n" 2.
			ev:   []evidence{ev(0, 6, "actor", "ISIS-K"), ev(25, 30, "place", "Paris"), ev(33, 39, "actor", "ISIS-K")},
			want: []string{"# [ISIS-K] threat", "Police in [Paris].", "[ISIS-K] again."},
		},
		{
			name:       "no title: offsets into the text alone",
			paragraphs: []string{"Taliban in Kabul."},
			ev:         []evidence{ev(0, 7, "actor", "Taliban"), ev(11, 16, "place", "Kabul")},
			want:       []string{"[Taliban] in [Kabul]."},
		},
		{
			name:  "code points, not bytes or UTF-16 units",
			title: "Kraków 🇵🇱 ISIS", paragraphs: []string{"Café ataque ISIS."},
			// "Kraków " 7, flag 2 code points, " " → ISIS at 10.
			ev:   []evidence{ev(10, 14, "actor", "ISIS"), ev(16, 20, "topic", "Café"), ev(28, 32, "actor", "ISIS")},
			want: []string{"# Kraków 🇵🇱 [ISIS]", "[Café] ataque [ISIS]."},
		},
		{
			name:       "overlapping spans of several tags",
			paragraphs: []string{"the suicide bombing claimed"},
			ev:         []evidence{ev(4, 19, "topic", "suicide bombing"), ev(12, 19, "actor", "bombing"), ev(4, 19, "topic", "suicide bombing")},
			want:       []string{"the [suicide ][bombing] claimed"},
		},
		{
			name:       "a span across the paragraph break is cut at it",
			paragraphs: []string{"one two", "three"},
			ev:         []evidence{ev(4, 14, "topic", "two\n\nthree")},
			want:       []string{"one [two]", "[three]"},
		},
		{
			name:       "spans that do not fit are not marked",
			paragraphs: []string{"short text"},
			ev: []evidence{
				ev(6, 10, "topic", "text"), ev(6, 11, "topic", ""), ev(-1, 2, "topic", ""), ev(3, 3, "topic", ""),
				ev(0, 5, "topic", "other"), // stale offsets: the text there is not the span's
			},
			want:     []string{"short [text]"},
			unplaced: 4,
		},
		{
			name:       "a span without its text is trusted",
			paragraphs: []string{"short text"},
			ev:         []evidence{ev(0, 5, "topic", "")},
			want:       []string{"[short] text"},
		},
		{name: "empty document", ev: []evidence{ev(0, 1, "topic", "")}, unplaced: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks, unplaced := highlight(tt.title, tt.paragraphs, tt.ev)
			require.Equal(t, tt.want, marked(blocks))
			require.Equal(t, tt.unplaced, unplaced)
		})
	}
}

func TestHighlightExplainsEachMark(t *testing.T) {
	ev := []evidence{
		{start: 0, end: 6, kind: "actor", tag: "actor Islamic State Khorasan Province", text: "ISIS-K"},
		{start: 0, end: 6, kind: "topic", tag: "topic terrorism", text: "ISIS-K"},
	}
	blocks, _ := highlight("ISIS-K threat", nil, ev)
	require.Equal(t, segment{Text: "ISIS-K", Class: "ev ev-actor ev-topic", Tags: "actor Islamic State Khorasan Province; topic terrorism"}, blocks[0].Segs[0])
}

func FuzzHighlight(f *testing.F) {
	f.Add("Title é", "para 🇵🇱 one", 0, 3, 5, 40)
	f.Fuzz(func(t *testing.T, title, para string, s1, e1, s2, e2 int) {
		if !utf8.ValidString(title) || !utf8.ValidString(para) {
			return // protobuf strings are valid UTF-8
		}
		ev := []evidence{{start: s1, end: e1, kind: "actor"}, {start: s2, end: e2, kind: "topic"}}
		blocks, unplaced := highlight(title, []string{para}, ev)
		// The text survives whole, marks or not.
		got := ""
		for i, b := range blocks {
			if i > 0 {
				got += "\n\n"
			}
			for _, seg := range b.Segs {
				got += seg.Text
			}
		}
		want := para
		if title != "" {
			want = title + "\n\n" + para
		}
		if got != want {
			t.Fatalf("text changed: %q → %q", want, got)
		}
		if unplaced < 0 || unplaced > 2 {
			t.Fatalf("unplaced %d", unplaced)
		}
	})
}
