package extract

import (
	"strings"
	"testing"
)

func TestCommentThread(t *testing.T) {
	story := plain(strings.Repeat("word ", 60), strings.Repeat("word ", 40))
	comment := func(who string) []para {
		return plain("Posted by "+who+" on Monday", "I think the council is right about this.", "Report this comment")
	}
	join := func(parts ...[]para) []para {
		var out []para
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	for _, tc := range []struct {
		name string
		raw  []para
		want int
	}{
		{"three comments after the story", join(story, comment("Ann"), comment("Bob"), comment("Cy")), 2},
		{"marker once", join(story, comment("Ann")), -1},
		{"irregular period", join(story, comment("Ann"), comment("Bob"), plain("extra"), comment("Cy")), -1},
		{"no story before", join(comment("Ann"), comment("Bob"), comment("Cy"), plain(strings.Repeat("word ", 200))), -1},
		{
			// Without a short header line a period before the marker, the
			// thread starts at the first marker itself.
			"markers after long comments",
			join(story, plain(strings.Repeat("great ", 20), "Report this comment", strings.Repeat("agreed ", 20), "Report this comment")),
			3,
		},
	} {
		total := 0
		for _, pa := range tc.raw {
			total += words(pa.text)
		}
		p := testPage(t, "")
		if got := p.commentThread(tc.raw, total); got != tc.want {
			t.Errorf("%s: commentThread = %d, want %d (%q)", tc.name, got, tc.want, texts(tc.raw))
		}
	}
}
