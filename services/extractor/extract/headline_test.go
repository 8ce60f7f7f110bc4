package extract

import (
	"strings"
	"testing"
)

func TestTitleLine(t *testing.T) {
	const title = "Council Approves Budget After Long Debate"
	for _, tc := range []struct {
		name  string
		title string
		pa    para
		want  bool
	}{
		{"exact repeat", title, para{text: title}, true},
		{"case and quotes", title, para{text: "“council approves budget after long debate”"}, true},
		{"with a suffix", title, para{text: "Council approves budget after long debate: update"}, true},
		{"suffix longer than a fifth", title, para{text: "Council Approves Budget After Long Debate (from Daily News)"}, false},
		{"story sentence", title, para{text: "The council approved the budget on Monday after a debate that lasted all night."}, false},
		{"no title", "", para{text: title}, false},
		{"short near-repeat as heading", "Budget Vote", para{text: "Budget vote!", heading: true}, true},
		{"short near-repeat as text", "Budget Vote", para{text: "Budget votes"}, false},
	} {
		p := &page{title: tc.title}
		if got := p.titleLine(tc.pa, fold(tc.pa.text), words(tc.pa.text), fold(tc.title), words(tc.title)); got != tc.want {
			t.Errorf("%s: titleLine(%q) = %v, want %v", tc.name, tc.pa.text, got, tc.want)
		}
	}
}

func TestChromeBeforeHeadline(t *testing.T) {
	for _, tc := range []struct {
		name   string
		before []para
		total  int
		want   bool
	}{
		{"section links", plain("Local", "Sport", "Back to index"), 400, true},
		{"a quarter of the text or more", plain("Local", "Sport", "Back to index"), 12, false},
		{"a long intro", plain(strings.Repeat("story ", 200)), 2000, false},
	} {
		if got := chromeBeforeHeadline(tc.before, tc.total); got != tc.want {
			t.Errorf("%s: chromeBeforeHeadline = %v, want %v", tc.name, got, tc.want)
		}
	}
}
