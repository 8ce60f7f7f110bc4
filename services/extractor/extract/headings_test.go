package extract

import (
	"slices"
	"strings"
	"testing"
)

func TestDropTrailingHeadings(t *testing.T) {
	h := func(s string) para { return para{text: s, heading: true} }
	story := para{text: "The council approved the budget."}
	for _, tc := range []struct {
		name string
		in   []para
		want []string
	}{
		{"headings that lead into nothing", []para{story, h("More news"), h("Sport")}, []string{story.text}},
		{"heading inside the story stays", []para{h("Background"), story}, []string{"Background", story.text}},
		{"long heading stays", []para{story, h(strings.Repeat("word ", 13))}, []string{story.text, strings.Repeat("word ", 13)}},
		{"all headings", []para{h("A"), h("B")}, []string{}},
	} {
		p := testPage(t, "")
		got := texts(p.dropTrailingHeadings(tc.in))
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: dropTrailingHeadings = %q, want %q", tc.name, got, tc.want)
		}
		if n := int(p.removed[string(KindHeading)]); n != len(tc.in)-len(tc.want) {
			t.Errorf("%s: counted %d headings, want %d", tc.name, n, len(tc.in)-len(tc.want))
		}
	}
}
