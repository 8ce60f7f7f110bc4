package extract

import (
	"testing"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// TestChaptersInAnotherWrapper checks a long-read whose first <article>
// sits under the title and whose next chapter, an <article> under an <h1>
// of its own, sits in a wrapper of its own: all of it is the page's (fails
// without appendedStory in de/es/en: the chapter was cut as a next story).
// So is such a chapter under a label in its wrapper that numbers it ("Teil
// 2", "Parte II", "Chapter 2": fails before partLabel in de/es/en).
// Guards (pass before and after): two such chapters in one wrapper (a run
// of parts alike) stay; the same chapter under a "next story" label, or
// with a date line of its own, is still cut.
func TestChaptersInAnotherWrapper(t *testing.T) {
	const article = newsv1.PageType_PAGE_TYPE_ARTICLE
	type lang struct {
		code, site, title, lead1, lead2, ch2, ch2a, ch2b, ch3, ch3a, ch3b, label string
	}
	langs := []lang{
		{
			"de", "Kurier", "Die lange Reise der Fähre",
			"Vierzig Jahre lang fuhr die Fähre zwischen den beiden Ufern des Sees hin und her, bei jedem Wetter und zu jeder Jahreszeit.",
			"Dann kam der Winter, in dem der Motor versagte und die Gemeinde kein Geld für einen neuen hatte, und die Fähre blieb am Steg liegen.",
			"Kapitel 2: Der Winter am Steg",
			"Zwei Jahre lang lag das Schiff still, die Pendler fuhren über die Brücke im Norden, einen Umweg von zwanzig Kilometern jeden Tag.",
			"Ein Verein sammelte Spenden, der Kapitän a. D. reparierte den Rumpf, und im Rathaus wurde über einen Verkauf gestritten.",
			"Kapitel 3: Die erste Überfahrt",
			"Am ersten Märzmorgen legte die Fähre um sieben Uhr wieder ab, mit dreißig Fahrgästen an Bord und dem Bürgermeister am Ruder.",
			"Die Fahrkarten kosten so viel wie vorher, und der Verein will die Fähre in den kommenden Jahren selbst betreiben.",
			"Nächster Artikel",
		},
		{
			"es", "Diario", "El último ferri del lago",
			"Durante cuarenta años el ferri cruzó el lago de una orilla a otra, con cualquier tiempo y en cualquier estación del año.",
			"Luego llegó el invierno en que el motor falló y el ayuntamiento no tenía dinero para uno nuevo, y el barco se quedó amarrado.",
			"Capítulo 2: el invierno en el muelle",
			"Durante dos años el barco no se movió, y los vecinos cruzaban por el puente del norte, un rodeo de veinte kilómetros cada día.",
			"Una asociación reunió donaciones, un capitán jubilado reparó el casco y en el pleno se discutió si venderlo o no.",
			"Capítulo 3: la primera travesía",
			"La primera mañana de marzo el ferri zarpó a las siete, con treinta pasajeros a bordo y el alcalde al timón.",
			"Los billetes cuestan lo mismo que antes, y la asociación quiere gestionar el ferri por su cuenta en los próximos años.",
			"Siguiente artículo",
		},
		{
			"en", "Lake Post", "The last ferry on the lake",
			"For forty years the ferry crossed the lake from one shore to the other, in any weather and in every season of the year.",
			"Then came the winter in which the engine failed and the council had no money for a new one, and the boat stayed tied up.",
			"Chapter 2: the winter at the pier",
			"For two years the boat did not move, and commuters drove round by the northern bridge, a detour of twenty kilometres a day.",
			"A club collected donations, a retired captain repaired the hull, and the council argued over whether to sell it.",
			"Chapter 3: the first crossing",
			"On the first morning of March the ferry left at seven, with thirty passengers on board and the mayor at the wheel.",
			"Tickets cost the same as before, and the club wants to run the ferry itself in the years to come.",
			"Next story",
		},
	}
	// A part's label in the chapter's wrapper numbers it (partLabel).
	parts := map[string]string{"de": "Teil 2", "es": "Parte II", "en": "Chapter 2"}
	var tests []kindCase
	for _, l := range langs {
		head := `<title>` + l.title + ` | ` + l.site + `</title><meta property="og:title" content="` + l.title + `">` + ogArticle
		ch := func(h, a, b, extra string) string {
			return `<article><h1>` + h + `</h1>` + extra + `<p>` + a + `</p><p>` + b + `</p></article>`
		}
		lead := `<article class="lead"><h1>` + l.title + `</h1><p>` + l.lead1 + `</p><p>` + l.lead2 + `</p></article>`
		tests = append(tests, kindCase{
			name: l.code + " chapters in a wrapper of their own",
			page: wallPage(l.code, head, `<header><a href="/">`+l.site+`</a></header><main>`+lead+
				`<div class="chapters">`+ch(l.ch2, l.ch2a, l.ch2b, "")+ch(l.ch3, l.ch3a, l.ch3b, "")+`</div></main>`),
			typ:  article,
			want: []string{l.lead1, l.ch2a, l.ch3b},
		}, kindCase{
			name: l.code + " one chapter in a wrapper of its own",
			page: wallPage(l.code, head, `<header><a href="/">`+l.site+`</a></header><main>`+lead+
				`<section class="more">`+ch(l.ch2, l.ch2a, l.ch2b, "")+`</section></main>`),
			typ:  article,
			want: []string{l.lead1, l.ch2a, l.ch2b},
		}, kindCase{
			// Cut as a next story before partLabel.
			name: l.code + " one chapter under a part's label in a wrapper of its own",
			page: wallPage(l.code, head, `<header><a href="/">`+l.site+`</a></header><main>`+lead+
				`<div class="chapters"><div class="chapter-number">`+parts[l.code]+`</div>`+ch(l.ch2, l.ch2a, l.ch2b, "")+`</div></main>`),
			typ:  article,
			want: []string{l.lead1, l.ch2a, l.ch2b},
		}, kindCase{
			name: l.code + " guard: a labelled next story",
			page: wallPage(l.code, head, `<header><a href="/">`+l.site+`</a></header><main>`+lead+
				`<div class="chapters"><div class="label">`+l.label+`</div>`+ch(l.ch2, l.ch2a, l.ch2b, "")+`</div></main>`),
			typ:  article,
			want: []string{l.lead1},
			not:  []string{l.ch2a},
		}, kindCase{
			name: l.code + " guard: a next story with its own date line",
			page: wallPage(l.code, head, `<header><a href="/">`+l.site+`</a></header><main>`+lead+
				`<div class="chapters">`+ch(l.ch2, l.ch2a, l.ch2b, `<time datetime="2026-03-02">2.3.2026</time>`)+`</div></main>`),
			typ:  article,
			want: []string{l.lead1},
			not:  []string{l.ch2a},
		})
	}
	runKindCases(t, tests)
}

// TestPartLabel checks what wrapperLine takes for a part's label.
func TestPartLabel(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Teil 2", true},
		{"Parte II", true},
		{"Chapter 2:", true},
		{"Глава 3", true},
		{"Next story", false},
		{"Nächster Artikel", false},
		{"5 Min. Lesezeit", false},
		{"Lesezeit 5 Min.", false},
		{"2026", false},
		{"Seite 2 von 3", false},
	} {
		if got := partLabel(tc.s); got != tc.want {
			t.Errorf("partLabel(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
