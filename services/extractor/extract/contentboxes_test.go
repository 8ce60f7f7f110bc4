package extract

import (
	"testing"

	"golang.org/x/net/html"
)

func TestLinkBox(t *testing.T) {
	links := `<a href="/a">Mayor opens bridge</a> <a href="/b">School wins prize</a> <a href="/c">Rail strike ends</a>`
	for _, tc := range []struct {
		name, body string
		want       bool
	}{
		{"list of links", `<ul id="x"><li><a href="/a">Mayor opens bridge</a></li></ul>`, true},
		{"div of three links", `<div id="x">` + links + `</div>`, true},
		{"div of one link", `<div id="x"><a href="/a">Mayor opens the new bridge</a></div>`, false},
		{"list of sentences", `<ul id="x"><li>The council met.</li><li>It voted.</li></ul>`, false},
		{"links in running text", `<div id="x">The council met and agreed. ` + links + ` Many residents came to watch.</div>`, false},
		{"paragraph of links", `<p id="x">` + links + `</p>`, false},
	} {
		p := testPage(t, tc.body)
		if got := linkBox(byID(t, p, "x"), p.st); got != tc.want {
			t.Errorf("%s: linkBox = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestCutMetaAndLinkBoxes(t *testing.T) {
	p := testPage(t, `<div id="root"><div class="article-meta">By Jane Smith, 12 March</div>`+
		`<p>The council approved the budget.</p><ul><li><a href="/a">Related story</a></li></ul></div>`)
	p.cutMetaAndLinkBoxes([]*html.Node{byID(t, p, "root")})
	if got := textOf(byID(t, p, "root")); got != "The council approved the budget." {
		t.Errorf("left %q", got)
	}
	if p.removed[string(KindMeta)] != 1 || p.removed[string(KindRelated)] != 1 {
		t.Errorf("removed = %v, want one meta and one related", p.removed)
	}
}
