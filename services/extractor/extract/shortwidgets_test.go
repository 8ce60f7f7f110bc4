package extract

import (
	"strings"
	"testing"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// TestShortWidgetStory checks that a short story whose paragraphs are page
// builder widgets keeps its text, and that a page of a few short widgets
// (a blog shell with a search box and an archive list) stays without one.
func TestShortWidgetStory(t *testing.T) {
	w := func(kind, inner string) string {
		return `<div class="bx-element bx-widget bx-widget-` + kind + `"><div class="bx-widget-container">` + inner + `</div></div>`
	}
	page := func(widgets ...string) string {
		return `<html><body><header><a href="/">Ortsblatt</a><nav><a href="/a">Aktuelles</a> <a href="/b">Vereine</a></nav></header><div class="bx-page"><h1>Winterdienst beginnt am Montag</h1>` +
			strings.Join(widgets, "") + `</div><footer>© 2026 Ortsblatt</footer></body></html>`
	}
	story := page(w("text", `<p>Der Bauhof beginnt am Montag mit dem Winterdienst. Geräumt werden zuerst die Buslinien, die Schulwege und die steilen Straßen im Oberdorf.</p>`),
		w("text", `<p>Anwohner müssen die Gehwege vor ihrem Haus werktags bis 7 Uhr räumen und streuen.</p>`),
		w("text", `<p>Streusand gibt es kostenlos am Bauhof.</p>`))
	text := extractText(t, "short story", story, "https://ortsblatt.test/aktuelles/winterdienst/")
	checkHas(t, "short story", text, []string{"Der Bauhof beginnt am Montag", "Anwohner müssen die Gehwege", "Streusand gibt es kostenlos am Bauhof."}, nil)

	shell := page(w("search", `<form><input name="s"><button>Suchen</button></form>`), w("archive", `<h3>Archiv</h3><ul><li><a href="/2026/11/">November 2026</a></li><li><a href="/2026/10/">Oktober 2026</a></li></ul>`))
	a, err := HTML([]byte(shell), Input{URL: "https://ortsblatt.test/aktuelles/"})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(a.GetParagraphs(), "\n"); got != "" {
		t.Errorf("shell: text %q, want none", got)
	}
}

// TestShortWidgetStoryBesideChrome checks that a short story built of
// widgets keeps its text when a sign-up box, a share row or a related list
// that is no widget follows it: the chrome's words are not the story's, so
// they do not lower the share of the story in widgets (on 1.17.0 a sign-up
// box of a dozen words made the page a no_text non-article).
func TestShortWidgetStoryBesideChrome(t *testing.T) {
	w := func(kind, inner string) string {
		return `<div class="bx-element bx-widget bx-widget-` + kind + `"><div class="bx-widget-container">` + inner + `</div></div>`
	}
	story := w("text", `<p>Der Bauhof beginnt am Montag mit dem Winterdienst. Geräumt werden zuerst die Buslinien, die Schulwege und die steilen Straßen im Oberdorf.</p>`) +
		w("text", `<p>Anwohner müssen die Gehwege vor ihrem Haus werktags bis 7 Uhr räumen und streuen.</p>`) +
		w("text", `<p>Streusand gibt es kostenlos am Bauhof.</p>`)
	for _, c := range []struct{ name, chrome string }{
		{"sign-up box", `<div class="newsletter"><h3>Newsletter</h3><p>Die wichtigsten Nachrichten aus dem Ort jeden Freitag in Ihrem Postfach.</p><form><input type="email" name="email"><button>Anmelden</button></form></div>`},
		{"sign-up box without a class", `<div><h3>Newsletter</h3><p>Die wichtigsten Nachrichten aus dem Ort jeden Freitag in Ihrem Postfach.</p><form><input type="email" name="email"><button>Anmelden</button></form></div>`},
		{"related list", `<section class="related"><h2>Das könnte Sie auch interessieren</h2><ul><li><a href="/1">Gemeinderat beschließt neuen Haushalt nach langer Debatte</a></li><li><a href="/2">Sturm legt Schulbetrieb in der Region lahm</a></li></ul></section>`},
	} {
		page := `<html><body><header><a href="/">Ortsblatt</a><nav><a href="/a">Aktuelles</a> <a href="/b">Vereine</a></nav></header><div class="bx-page"><h1>Winterdienst beginnt am Montag</h1>` +
			story + c.chrome + `</div><footer>© 2026 Ortsblatt</footer></body></html>`
		a, err := HTML([]byte(page), Input{URL: "https://ortsblatt.test/aktuelles/winterdienst/"})
		if err != nil {
			t.Fatal(err)
		}
		text := strings.Join(a.GetParagraphs(), "\n\n")
		checkHas(t, c.name, text, []string{"Der Bauhof beginnt am Montag", "Anwohner müssen die Gehwege", "Streusand gibt es kostenlos am Bauhof."}, []string{"Newsletter", "Postfach", "Haushalt"})
		if a.GetPageType() != newsv1.PageType_PAGE_TYPE_ARTICLE {
			t.Errorf("%s: page type %s, want article", c.name, a.GetPageType())
		}
	}
}
