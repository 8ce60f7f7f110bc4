package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestStructuralKind(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		want       Kind
	}{
		{"nav element", `<nav id="x"><a href="/">Home</a></nav>`, KindNavigation},
		{"class part", `<div id="x" class="c-share-bar">Share</div>`, KindShare},
		{"class pair beats part", `<div id="x" class="most-read widget">…</div>`, KindRelated},
		{"id part", `<div id="x"><div id="cookie-banner">…</div></div>`, ""}, // x itself is plain
		{"role", `<div id="x" role="complementary">…</div>`, KindSidebar},
		{"aria hidden", `<div id="x" aria-hidden="true">…</div>`, KindHidden},
		{"display none", `<div id="x" style="display: none">…</div>`, KindHidden},
		{"figure", `<figure id="x"><img src="a.jpg"></figure>`, KindCaption},
		{"content wrapper", `<div id="x" class="article-body">…</div>`, ""},
		{"paragraph with an ad class", `<p id="x" class="ad">Sponsored</p>`, KindAd},
		{"paragraph with a tags class", `<p id="x" class="tags">Politics</p>`, ""}, // inline: only clear cases
		{"word inside a part", `<div id="x" class="shareholders">…</div>`, ""},
	} {
		p := testPage(t, tc.body)
		if got := structuralKind(byID(t, p, "x")); got != tc.want {
			t.Errorf("%s: structuralKind = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestRemoveStructure(t *testing.T) {
	story := numbered("The council approved the budget after a long debate, officials said on Monday.", 8)
	short := numbered("The council approved the budget after a long debate, officials said on Monday.", 6)
	for _, tc := range []struct {
		name, body string
		gone, kept []string
	}{
		{"chrome around the story", `<nav id="n">Home</nav><div id="s">` + story + `</div><footer id="f">© Example</footer>`, []string{"n", "f"}, []string{"s"}},
		// A wrapper that holds most of the running text is never cut, even
		// when its class names chrome.
		{"odd wrapper keeps the story", `<div id="s" class="sidebar">` + story + `</div>`, nil, []string{"s"}},
		// Comments need a content hint as well to be protected.
		{"comments box outweighing the story", `<div id="c" class="comments">` + story + `</div><div id="s">` + short + `</div>`, []string{"c"}, []string{"s"}},
		{"comments class on the article", `<article id="c" class="comments">` + story + `</article><div id="s">` + short + `</div>`, nil, []string{"c", "s"}},
		{"nearly all the text", `<div id="c" class="comments">` + story + `</div><p id="s">Short story.</p>`, nil, []string{"c", "s"}},
		{"form that wraps the page", `<form id="s">` + story + `</form>`, nil, []string{"s"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := testPage(t, tc.body)
			nodes := map[string]*html.Node{}
			for _, id := range append(append([]string{}, tc.gone...), tc.kept...) {
				nodes[id] = byID(t, p, id)
			}
			p.removeStructure()
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
		})
	}
}

// TestWidgetsHoldingTheText checks the page-level reading of "widget": on a
// page-builder page whose prose sits in blocks named widget they stay (and
// chrome inside them still goes); on a blog whose widgets are a sidebar
// they go.
func TestWidgetsHoldingTheText(t *testing.T) {
	prose := strings.Repeat("Seit fast vierzig Jahren bauen wir in unserer Werkstatt Möbel und Einbauten. ", 5)
	for _, tc := range []struct {
		name, body string
		want, not  []string
	}{
		{
			"page builder",
			`<div class="elementor-widget-heading"><h2>Möbel nach Maß</h2></div><div class="elementor-widget-text-editor"><p>` + prose + `</p><div class="share">Teilen Facebook</div></div>` +
				`<div class="elementor-widget-text-editor"><p>` + prose + `</p></div>`,
			[]string{"Möbel nach Maß", "vierzig Jahren"},
			[]string{"Teilen"},
		},
		{
			"blog sidebar",
			`<div class="post"><p>` + prose + prose + prose + `</p></div><div class="widget widget_text"><h2>Über mich</h2><p>Ich schreibe hier seit vielen Jahren über meine Reisen und das Kochen.</p></div>`,
			[]string{"vierzig Jahren"},
			[]string{"Über mich", "Ich schreibe hier"},
		},
	} {
		p := testPage(t, tc.body)
		p.removeStructure()
		got := textOf(p.body)
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: %q was cut; text %q", tc.name, w, got)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(got, w) {
				t.Errorf("%s: %q stayed; text %q", tc.name, w, got)
			}
		}
	}
}
