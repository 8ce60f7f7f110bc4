package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestCutoffLine(t *testing.T) {
	story := strings.Repeat("word ", 100)
	for _, tc := range []struct {
		name        string
		body        string
		at          string // id of the paragraph looked at
		sofar, tot  int
		wantKind    Kind
		wantAct     cutoffAction
		wantBoxedBy string // id of the box opened, for openBox
	}{
		{"not a cutoff", `<p id="x">The council met.</p><p>` + story + `</p>`, "x", 200, 300, "", keepLine, ""},
		{"after the story", `<p>` + story + `</p><p id="x">Have your say</p><p>First!</p>`, "x", 200, 300, KindComments, endStory, ""},
		{"early bare opener", `<p id="x">Have your say</p><p>` + story + `</p>`, "x", 10, 300, KindComments, dropLine, ""},
		{"early long opener stays", `<p id="x">Add your view on the budget and the bridge plan</p><p>` + story + `</p>`, "x", 10, 300, KindComments, keepLine, ""},
		{"enough story before", `<p>` + story + `</p><p id="x">Have your say</p><p>` + story + story + `</p>`, "x", 130, 400, KindComments, endStory, ""},
		{
			"related box set into the story as a div",
			`<div><p>` + story + `</p><div id="box"><p id="x">Related stories</p><ul><li><a href="/a">Mayor opens bridge</a></li></ul></div><p>` + story + `</p><p>` + story + `</p></div>`,
			"x", 200, 400, KindRelated, openBox, "box",
		},
		{
			"related opener line among the story paragraphs",
			`<div><p>` + story + `</p><p id="x">Related stories</p><p>` + story + `</p><p>` + story + `</p></div>`,
			"x", 200, 400, KindRelated, dropLine, "",
		},
		{
			"related box at the end",
			`<div><p>` + story + `</p><div id="box"><p id="x">Related stories</p><p>` + story + `</p></div></div>`,
			"x", 200, 300, KindRelated, endStory, "",
		},
		{
			"comments among the story's paragraphs still end it",
			`<div><p>` + story + `</p><p id="x">Have your say</p><p>` + story + `</p><p>` + story + `</p></div>`,
			"x", 200, 400, KindComments, endStory, "",
		},
		{
			"inline box",
			`<p>` + story + `</p><aside id="box"><p id="x">Have your say</p><p>Comment one</p></aside><p>` + story + `</p>`,
			"x", 200, 300, KindComments, openBox, "box",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := testPage(t, tc.body)
			raw := paragraphs([]*html.Node{p.body})
			i := -1
			at := byID(t, p, tc.at)
			for k, pa := range raw {
				if pa.src == at {
					i = k
				}
			}
			if i < 0 {
				t.Fatalf("no paragraph from #%s in %q", tc.at, texts(raw))
			}
			k, act, box := p.cutoffLine(raw, i, words(raw[i].text), tc.sofar, tc.tot)
			if k != tc.wantKind || act != tc.wantAct {
				t.Errorf("cutoffLine = (%q, %d), want (%q, %d)", k, act, tc.wantKind, tc.wantAct)
			}
			if tc.wantBoxedBy != "" && box != byID(t, p, tc.wantBoxedBy) {
				t.Errorf("box = %v, want #%s", box, tc.wantBoxedBy)
			}
			if tc.wantBoxedBy == "" && box != nil {
				t.Errorf("box = %v, want none", box)
			}
		})
	}
}
