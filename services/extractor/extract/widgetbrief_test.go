package extract

import (
	"strings"
	"testing"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// elementorPage builds a page-builder post: a header, one section whose
// column holds the given widgets, an optional second column, a footer.
func elementorPage(lang, title, widgets, second string) string {
	col := func(inner string) string {
		return `<div class="elementor-column elementor-col-50"><div class="elementor-widget-wrap elementor-element-populated">` + inner + `</div></div>`
	}
	cols := col(widgets)
	if second != "" {
		cols += col(second)
	}
	return `<!doctype html><html lang="` + lang + `"><head><meta charset="utf-8"><title>` + title + ` – Blatt</title><meta property="og:type" content="article"><meta property="og:title" content="` + title + `"></head><body class="elementor-page">` +
		`<header class="elementor-location-header"><div class="elementor-container"><a href="/">Blatt</a><nav><ul><li><a href="/a">News</a></li><li><a href="/b">Sport</a></li><li><a href="/c">Kultur</a></li></ul></nav></div></header>` +
		`<div data-elementor-type="single-post" class="elementor elementor-42"><section class="elementor-section elementor-top-section"><div class="elementor-container elementor-column-gap-default">` +
		cols + `</div></section></div><footer class="elementor-location-footer"><p>© 2026 Blatt</p></footer></body></html>`
}

// elementorWidget is one widget of kind around inner.
func elementorWidget(kind, inner string) string {
	return `<div class="elementor-element elementor-widget elementor-widget-` + kind + `"><div class="elementor-widget-container">` + inner + `</div></div>`
}

// TestWidgetBrief checks that a brief of one sentence built of page-builder
// widgets (a heading widget, a post-info widget, a text widget) keeps its
// sentence: its widgets hold fewer running words than a short story built
// of widgets, and were cut as a sidebar's (a no_text non-article on main).
// Guards: a column of widgets beside a headline in another column (an
// author's "about" box) stays cut, and a whole story of many widgets reads
// as before.
func TestWidgetBrief(t *testing.T) {
	brief := func(title, date, sentence string) string {
		return elementorWidget("theme-post-title elementor-page-title elementor-widget-heading", `<h1 class="elementor-heading-title">`+title+`</h1>`) +
			elementorWidget("post-info", `<ul class="elementor-post-info"><li><time>`+date+`</time></li></ul>`) +
			elementorWidget("theme-post-content", `<p>`+sentence+`</p>`) +
			elementorWidget("share-buttons", `<a href="https://facebook.test/share">Facebook</a> <a href="mailto:?">E-Mail</a>`)
	}
	for _, c := range []struct {
		name, lang, title, date, sentence string
	}{
		{"en", "en", "Pool closed until Friday", "December 3, 2026", "The municipal pool on Mill Street will stay closed until Friday after a heating fault, the council said."},
		{"de", "de", "Hallenbad bleibt bis Freitag geschlossen", "3. Dezember 2026", "Wegen eines Defekts an der Heizung bleibt das Hallenbad in Oberdorf bis einschließlich Freitag geschlossen."},
		{"fr", "fr", "La piscine fermée jusqu'à vendredi", "3 décembre 2026", "En raison d'une panne de chauffage, la piscine municipale restera fermée jusqu'à vendredi inclus."},
		{"es", "es", "La piscina cerrada hasta el viernes", "3 de diciembre de 2026", "Por una avería en la calefacción, la piscina municipal permanecerá cerrada hasta el viernes, informó el ayuntamiento."},
		{"it", "it", "Piscina chiusa fino a venerdì", "3 dicembre 2026", "A causa di un guasto all'impianto di riscaldamento, la piscina comunale resterà chiusa fino a venerdì compreso."},
	} {
		page := elementorPage(c.lang, c.title, brief(c.title, c.date, c.sentence), "")
		a, err := HTML([]byte(page), Input{URL: "https://blatt.test/2026/12/03/brief/"})
		if err != nil {
			t.Fatal(err)
		}
		if a.GetPageType() != newsv1.PageType_PAGE_TYPE_ARTICLE {
			t.Errorf("%s: page type %s (%s), want article", c.name, a.GetPageType(), a.GetNonArticleReason())
		}
		checkHas(t, c.name, strings.Join(a.GetParagraphs(), "\n\n"), []string{c.sentence}, []string{"Facebook", "© 2026"})
	}

	// Guard: the headline stands in one column, a text widget about the
	// author in the other; the widget is a sidebar's.
	about := elementorPage("en", "Garden notes", elementorWidget("heading", `<h1>Garden notes</h1>`)+elementorWidget("text-editor", `<ul><li><a href="/2026/11/">November 2026</a></li></ul>`),
		elementorWidget("text-editor", `<p>I am Anna, and I write about gardens and the people who tend them.</p>`))
	a, err := HTML([]byte(about), Input{URL: "https://blatt.test/garden-notes/"})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(a.GetParagraphs(), "\n"); strings.Contains(got, "I am Anna") {
		t.Errorf("about box beside the headline's column: text %q, want it cut", got)
	}

	// Guard: a whole story of many widgets reads as before.
	story := elementorWidget("heading", `<h1>Gemeinderat beschließt Haushalt</h1>`) +
		elementorWidget("text-editor", `<p>Der Gemeinderat hat am Dienstagabend den Haushalt für das kommende Jahr beschlossen. Die Debatte dauerte mehr als drei Stunden.</p>`) +
		elementorWidget("text-editor", `<p>Größter Posten ist die Sanierung der Grundschule, für die 2,4 Millionen Euro eingeplant sind. Auch die Feuerwehr erhält ein neues Fahrzeug.</p>`) +
		elementorWidget("text-editor", `<p>Die Opposition kritisierte die neuen Schulden, stimmte aber dem Schulbau zu. Der Haushalt tritt im Januar in Kraft.</p>`) +
		elementorWidget("share-buttons", `<a href="https://facebook.test/share">Facebook</a>`)
	a, err = HTML([]byte(elementorPage("de", "Gemeinderat beschließt Haushalt", story, "")), Input{URL: "https://blatt.test/2026/12/03/haushalt/"})
	if err != nil {
		t.Fatal(err)
	}
	checkHas(t, "whole story", strings.Join(a.GetParagraphs(), "\n\n"), []string{"Der Gemeinderat hat am Dienstagabend", "Größter Posten", "Der Haushalt tritt im Januar in Kraft."}, []string{"Facebook"})
}
