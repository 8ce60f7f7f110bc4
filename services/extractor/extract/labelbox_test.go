package extract

import (
	"testing"

	"golang.org/x/net/html"
)

func TestRemoveLabelBoxes(t *testing.T) {
	story := numbered("The council approved the budget after a long debate, officials said on Monday.", 6)
	for _, tc := range []struct {
		name, body string
		gone, kept []string
		kind       Kind
	}{
		{
			// The label reaches the box only when the box is longer than a
			// label itself (80 letters): shorter elements are read as
			// candidate labels whole.
			"label takes its box of links",
			`<div id="s">` + story + `</div><div id="b"><h3>See also</h3><ul><li><a href="/a">Mayor opens the new bridge over the river</a></li><li><a href="/b">School wins the national science prize again</a></li><li><a href="/c">Rail strike ends</a></li></ul></div>`,
			[]string{"b"},
			[]string{"s"},
			KindRelated,
		},
		{
			"sponsored label takes its teaser",
			`<div id="s">` + story + `</div><div id="b"><span>Sponsored</span><p>Buy the best garden sheds this spring, with free delivery and assembly for every order placed before May.</p></div>`,
			[]string{"b"},
			[]string{"s"},
			KindAd,
		},
		{
			// A box with text of its own besides the label is not a link box:
			// only the label goes.
			"label before story text",
			`<div id="s"><h3 id="l">See also</h3>` + story + `</div>`,
			[]string{"l"},
			[]string{"s"},
			KindRelated,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := testPage(t, tc.body)
			nodes := map[string]*html.Node{}
			for _, id := range append(append([]string{}, tc.gone...), tc.kept...) {
				nodes[id] = byID(t, p, id)
			}
			p.removeLabelBoxes()
			for _, id := range tc.gone {
				if attached(nodes[id], p.body) {
					t.Errorf("#%s kept, want it cut", id)
				}
			}
			for _, id := range tc.kept {
				if !attached(nodes[id], p.body) {
					t.Errorf("#%s cut, want it kept", id)
				}
			}
			if p.removed[string(tc.kind)] != 1 {
				t.Errorf("removed = %v, want one %q", p.removed, tc.kind)
			}
		})
	}
}
