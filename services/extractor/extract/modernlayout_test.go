package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// storyParas are six paragraphs of one story, in several languages so no
// rule can lean on English words.
var storyParas = []string{
	"The council approved the budget after a long debate, officials said on Monday evening.",
	"Der Stadtrat hat den Haushalt nach langer Debatte mit knapper Mehrheit beschlossen, hieß es am Abend.",
	"Le conseil municipal a voté le budget après un long débat, ont indiqué les services de la ville.",
	"El pleno aprobó el presupuesto tras un largo debate, según informaron fuentes municipales el lunes.",
	"Opposition members asked for monthly reports on spending, and the mayor agreed to publish them.",
	"Die nächste Sitzung findet im Januar statt, dann geht es um die Gebühren für Müll und Abwasser.",
}

// wrapped returns the story's paragraphs, each inside open/close.
func wrapped(open, close string) string {
	var b strings.Builder
	for i, s := range storyParas {
		fmt.Fprintf(&b, open+"<p>%s</p>"+close, i, s)
	}
	return b.String()
}

const teaserColumn = `<ul><li><a href="/a">Mayor opens the new bridge over the river</a></li><li><a href="/b">School wins the national science prize</a></li><li><a href="/c">Rail strike ends after three days</a></li></ul>`

// TestModernLayoutStructure covers markup of today's front-ends: every
// case must keep the whole story and nothing of the chrome named in drop.
func TestModernLayoutStructure(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		keep, drop []string
	}{
		{
			// Three bare layout divs around every paragraph, hashed
			// class names that say nothing: the story's container must
			// still win over one paragraph's box.
			"paragraphs three boxes deep",
			`<div id="main">` + wrapped(`<div class="css-a%d"><div class="x1"><div class="x2">`, `</div></div></div>`) + `</div><div class="css-q9">` + teaserColumn + `</div>`,
			storyParas,
			[]string{"Mayor opens"},
		},
		{
			// The headline block sits beside the layout that holds the
			// story and a rail; its standfirst still opens the story.
			"standfirst beside a wrapper of the story",
			`<div class="css-h1"><h1>Budget passed</h1><div class="css-h2"><p>Die Stadt plant für das kommende Jahr mit einem Defizit von zwölf Millionen Euro.</p></div></div>` +
				`<div class="css-l"><div class="css-r">` + teaserColumn + `</div><div class="css-b"><div class="css-c">` + wrapped(`<div class="css-p%d">`, `</div>`) + `</div><div class="css-pw"><a href="/abo">Abo</a></div></div></div>`,
			append([]string{"Die Stadt plant für das kommende Jahr mit einem Defizit von zwölf Millionen Euro."}, storyParas...), nil,
		},
		{
			// A sign-up box is told by its e-mail field, whatever its
			// classes; the story around it stays whole.
			"sign-up box with hashed classes",
			`<div id="main">` + wrapped(`<div class="css-p%d">`, `</div>`) +
				`<div class="css-n1"><div class="css-n2"><span>Köln am Morgen</span><p>Die wichtigsten Nachrichten jeden Morgen um sechs in Ihrem Postfach.</p><form><input type="email"><button>Kostenlos abonnieren</button></form></div></div></div>`,
			storyParas,
			[]string{"Köln am Morgen", "jeden Morgen um sechs"},
		},
		{
			"embed waiting for consent",
			`<div id="main">` + wrapped(`<div class="p%d">`, `</div>`) +
				`<div class="embed"><p>Um diesen Inhalt zu sehen, müssen Sie externen Inhalten zustimmen.</p><button>Alle akzeptieren</button></div></div>`,
			storyParas,
			[]string{"externen Inhalten"},
		},
		{
			"call to action with a button link",
			`<div id="main">` + wrapped(`<div class="p%d">`, `</div>`) +
				`<div class="alert"><strong>Newsletter Culture</strong> Chaque jeudi, nos idées de sorties dans votre boîte. <a class="btn btn-dark" href="/nl">Je m’abonne</a></div></div>`,
			storyParas,
			[]string{"Chaque jeudi"},
		},
		{
			// A link around a title and a summary in blocks of their own,
			// and a picture teaser, are cards for other stories.
			"card links set into the story",
			`<div class="body">` + storyP(0, 3) +
				`<div class="embedded"><a href="/p/other"><div class="t">Why tram priority signals keep failing</div><div class="d">The signals work. The problem is who is allowed to switch them on.</div></a></div>` +
				storyP(3, 5) + `<div class="css-k"><a href="/x"><img src="/t.jpg" alt=""><span>Explainer</span><span>How the assembly is elected</span></a></div>` + storyP(5, 6) + `</div>`,
			storyParas,
			[]string{"Why tram priority", "The signals work", "How the assembly"},
		},
		{
			"teaser card with a linked heading",
			`<div class="body">` + storyP(0, 3) +
				`<article class="post"><span>Aktuelles</span><h3><a href="/weihnachtsfeier">Weihnachtsfeier der Jugendabteilung</a></h3><p>Alle Kinder und Eltern sind herzlich eingeladen.</p></article>` +
				storyP(3, 6) + `</div>`,
			storyParas,
			[]string{"Weihnachtsfeier", "herzlich eingeladen"},
		},
		{
			// Page builders name every block "widget" and spread one
			// story over sections whose classes differ by an element id.
			"story over page-builder sections",
			section("a1b2c3d", storyP(0, 2)) + section("e4f5a6b", storyP(2, 4)) + section("c7d8e9f", storyP(4, 6)) +
				`<aside class="sidebar">` + teaserColumn + `</aside>`,
			storyParas,
			[]string{"Mayor opens"},
		},
		{
			// A live blog: entries of a title, a paragraph or two and a
			// time each; the feed holds the story, the times go.
			"live-blog entries",
			`<div class="css-f">` + liveEntries() + `</div><div class="css-r">` + teaserColumn + `</div>`,
			storyParas,
			[]string{"21:47", "Mayor opens"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			art := mustExtract(t, []byte(`<html lang="en"><body>`+tc.body+`</body></html>`), Input{URL: "https://example.test/story"})
			got := art.GetParagraphs()
			for _, s := range tc.keep {
				if !slices.Contains(got, s) {
					t.Errorf("lost %q; text:\n%s", s, strings.Join(got, "\n"))
				}
			}
			text := strings.Join(got, "\n")
			for _, s := range tc.drop {
				if strings.Contains(text, s) {
					t.Errorf("kept %q; text:\n%s", s, text)
				}
			}
		})
	}
}

// storyP returns storyParas[i:j] as <p> elements.
func storyP(i, j int) string {
	var b strings.Builder
	for _, s := range storyParas[i:j] {
		b.WriteString("<p>" + s + "</p>")
	}
	return b.String()
}

// section wraps inner in the section, container, column and widget boxes
// of a page builder; id is the element id the builder puts in the classes.
func section(id, inner string) string {
	return `<section class="pb-section pb-top-section pb-element pb-element-` + id + ` pb-section-boxed"><div class="pb-container"><div class="pb-column"><div class="pb-widget-wrap">` +
		`<div class="pb-widget pb-widget-text-editor"><div class="pb-widget-container">` + inner + `</div></div></div></div></div></section>`
}

func liveEntries() string {
	var b strings.Builder
	for i := 0; i < len(storyParas); i += 2 {
		fmt.Fprintf(&b, `<div class="css-e%d"><div class="css-t%d"><time>21:4%d</time></div><div class="css-b%d"><h3>Entry %d</h3><div class="css-x%d"><p>%s</p></div><div class="css-y%d"><p>%s</p></div></div><div class="css-s%d"><button>Share</button></div></div>`,
			i, i, 7-i, i, i, i, storyParas[i], i, storyParas[i+1], i)
	}
	return b.String()
}

func TestSameShapeLoose(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"sec sec-top el el-a1b2c3d", "sec sec-top el el-e4f5a6b", true},
		{"flex gap-4 px-4", "flex gap-4 px-4", false},        // utility classes: the very same list
		{"sec sec-top el-a1", "sec sec-bottom el-a1", false}, // differ in a name, not an id
		{"css-1x2y3z", "css-9q8w7e", false},                  // one token: nothing in common
		{"card card--wide", "card card--wide extra", false},
	} {
		p := testPage(t, `<div id="a" class="`+tc.a+`"></div><div id="b" class="`+tc.b+`"></div>`)
		if got := sameShapeLoose(byID(t, p, "a"), byID(t, p, "b")); got != tc.want {
			t.Errorf("sameShapeLoose(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestClockLine(t *testing.T) {
	for s, want := range map[string]bool{
		"21:47": true, "9.05": true, "14h30": true, "10:15 Uhr": true, "7:02 pm": true,
		"21:47 Polls close": false, "2026": false, "1:0": false,
	} {
		if got := clockLineRe.MatchString(s); got != want {
			t.Errorf("clockLineRe(%q) = %v, want %v", s, got, want)
		}
	}
}
