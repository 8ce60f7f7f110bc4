package extract

import (
	"strings"
	"testing"
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
