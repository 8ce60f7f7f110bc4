package extract

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ids returns the ids of ns ("" for an element without one, "body" for
// the body).
func ids(ns []*html.Node) []string {
	out := []string{}
	for _, n := range ns {
		if n.DataAtom == atom.Body {
			out = append(out, "body")
			continue
		}
		out = append(out, attr(n, "id"))
	}
	return out
}

func TestBestContent(t *testing.T) {
	story := numbered("The council approved the budget after a long debate, officials said on Monday.", 6)
	teasers := `<ul><li><a href="/a">Mayor opens the new bridge over the river</a></li><li><a href="/b">School wins the national science prize</a></li></ul>`
	for _, tc := range []struct {
		name, body string
		want       []string
	}{
		{"story beside a link column", `<div id="side">` + teasers + `</div><div id="main">` + story + `</div>`, []string{"main"}},
		{"paragraphs straight under body", story, []string{"body"}},
		{"nothing to read", `<div id="x"><a href="/">Home</a></div>`, nil},
		{
			// The only block child of its parent climbs to the parent.
			"wrapper climbed",
			`<div id="outer"><div id="inner">` + story + `</div></div><div id="side">` + teasers + `</div>`,
			[]string{"outer"},
		},
		{
			"intro set apart joins",
			`<div id="wrap"><div id="intro">A lead sentence that sums up the whole report, and the vote that ended it, sits apart from the body text today.</div>` +
				`<div id="main">` + story + `</div><div id="side">` + teasers + `</div></div>`,
			[]string{"intro", "main"},
		},
		{
			"second body part with the same class joins",
			`<div id="wrap"><div id="a" class="txt">` + story + `</div><div id="ad">Advertisement</div><div id="b" class="txt">` +
				numbered("The mayor said the bridge would open in spring.", 2) + `</div></div>`,
			[]string{"a", "b"},
		},
		{
			"standfirst between the headline and the story joins",
			`<div id="wrap"><h1>Budget passed</h1><p id="lede">Der Stadtrat hat den Haushalt nach langer Debatte mit knapper Mehrheit beschlossen</p><div id="meta">12.03.2026</div>` +
				`<div id="main">` + story + `</div></div>`,
			[]string{"lede", "main"},
		},
		{
			"standfirst inside the header block joins, the byline stays out",
			`<div id="wrap"><header id="hd"><h1>Budget passed</h1><p id="dek">Office workers will work 32 hours for the same pay during a twelve-month pilot</p><p id="by">Priya Nair, reporter</p></header>` +
				`<div id="main">` + story + `</div></div>`,
			[]string{"dek", "main"},
		},
		{
			"kicker before the headline stays out",
			`<div id="wrap"><p id="kicker">Die Stadtratssitzung am Montagabend im Rathaus der Stadt</p><h1>Budget passed</h1>` +
				`<div id="main">` + story + `</div></div>`,
			[]string{"main"},
		},
		{
			"subhead right before a story told in blocks joins",
			`<div id="wrap"><div id="side">` + teasers + `</div><h2 id="sub">What the council plans next</h2><div id="a" class="txt">` + story + `</div><div id="ad">Advertisement</div><div id="b" class="txt">` +
				numbered("The mayor said the bridge would open in spring.", 2) + `</div></div>`,
			[]string{"sub", "a", "b"},
		},
		{
			"subhead apart from the story stays out",
			`<div id="wrap"><h2 id="sub">What the council plans next</h2><div id="side">` + teasers + `</div><div id="a" class="txt">` + story + `</div><div id="ad">Advertisement</div><div id="b" class="txt">` +
				numbered("The mayor said the bridge would open in spring.", 2) + `</div></div>`,
			[]string{"a", "b"},
		},
		{
			"data table right after the story joins",
			`<div id="wrap"><div id="main">` + story + `</div><table id="t"><tr><td>1</td><td>Harbour City</td><td>40</td></tr>` +
				`<tr><td>2</td><td>Southern United</td><td>40</td></tr><tr><td>3</td><td>Northfield</td><td>34</td></tr></table></div>`,
			[]string{"main", "t"},
		},
		{
			"linked table after the story stays out",
			`<div id="wrap"><div id="main">` + story + `</div><table id="t"><tr><td><a href="/a">Harbour City</a></td><td><a href="/1">Mayor opens the bridge</a></td></tr>` +
				`<tr><td><a href="/b">Southern United</a></td><td><a href="/2">School wins a prize</a></td></tr><tr><td><a href="/c">Northfield</a></td><td><a href="/3">Rail strike ends</a></td></tr></table></div>`,
			[]string{"main"},
		},
		{
			"table after something else stays out",
			`<div id="wrap"><div id="main">` + story + `</div><div id="share"><a href="/s">Share</a></div><table id="t"><tr><td>1</td><td>Harbour City</td></tr>` +
				`<tr><td>2</td><td>Southern United</td></tr><tr><td>3</td><td>Northfield</td></tr></table></div>`,
			[]string{"main"},
		},
		{
			"unlinked fact box after the story joins",
			`<div id="wrap"><div id="main">` + story + `</div><div id="facts"><h4>Praktische Infos</h4><ul><li>Anreise: Bahn bis Eisenach</li><li>Übernachtung: Pensionen und Bauden</li><li>Karte: Wanderkarte 1:50.000</li></ul></div></div>`,
			[]string{"main", "facts"},
		},
		{
			"linked list box after the story stays out",
			`<div id="wrap"><div id="main">` + story + `</div><div id="more"><h4>Mehr Reportagen</h4><ul><li><a href="/1">Mit dem Kanu durch den Spreewald</a></li><li><a href="/2">Wintertage auf Rügen</a></li><li><a href="/3">Die Zugspitze ohne Seilbahn</a></li></ul></div></div>`,
			[]string{"main"},
		},
	} {
		p := testPage(t, tc.body)
		got := bestContent(p.body, p.st)
		if !slices.Equal(ids(got), tc.want) {
			t.Errorf("%s: bestContent = %q, want %q", tc.name, ids(got), tc.want)
		}
	}
}

func TestJoinsTop(t *testing.T) {
	story := numbered("The council approved the budget after a long debate, officials said on Monday.", 6)
	for _, tc := range []struct {
		name, sibling string
		want          bool
	}{
		{"link list", `<ul id="s"><li><a href="/a">Mayor opens the new bridge over the river today</a></li></ul>`, false},
		{"short paragraph ending a sentence", `<p id="s">The vote was close.</p>`, true},
		{"short paragraph without a full stop", `<p id="s">Share this</p>`, false},
		{"long paragraph", `<p id="s">` + strings.Repeat("The council met again on Tuesday ", 4) + `</p>`, true},
		{"lone text div ending a sentence", `<div id="s">A lead sentence that sums up the whole report, and the vote that ended it, sits apart from the body text today.</div>`, true},
		{"lone text div of chrome", `<div id="s">Copyright Example Media Group, all rights reserved, terms of use apply</div>`, false},
	} {
		p := testPage(t, `<div><div id="top">`+story+`</div>`+tc.sibling+`</div>`)
		scores, _ := scoreBlocks(p.body, p.st)
		top := byID(t, p, "top")
		if got := joinsTop(byID(t, p, "s"), top, scores[top], scores, p.st); got != tc.want {
			t.Errorf("%s: joinsTop = %v, want %v", tc.name, got, tc.want)
		}
	}
}
