package extract

import (
	"testing"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// TestBylineUnderDeclaredAuthor covers a byline printed as the declared
// author's name and a stamp no byline rule reads ("04·08·26"), chosen
// with the story when the story is short (a paywall stub, a brief):
// it goes. Guards: a sentence that opens with the author's name, and a
// line of another person's name, stay.
func TestBylineUnderDeclaredAuthor(t *testing.T) {
	const article = newsv1.PageType_PAGE_TYPE_ARTICLE
	offerES := stubOffer("Sigue leyendo", "Digital", "5,99 € al mes", "Premium", "9,99 € al mes", "Elegir", "¿Ya eres suscriptor?", "Inicia sesión")
	ld := func(author string) string {
		return `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Los embalses bajan al 18%","author":[{"@type":"Person","name":"` + author + `"}]}</script>`
	}
	page := func(lang, head, box string) string {
		return wallPage(lang, head, `<header><a href="/">Diario</a><nav><a href="/murcia">Murcia</a><a href="/deportes">Deportes</a></nav></header><div class="noticia">`+box+`</div><footer>© Diario</footer>`)
	}
	tests := []kindCase{{
		name: "Spanish paywall stub under a byline with a dotted date",
		page: page("es", `<title>Los embalses bajan al 18% | Diario</title>`+ogArticle+ld("Marina Soler"),
			`<h1>Los embalses bajan al 18%</h1><h2>Los regantes tendrán un 40% menos de agua del trasvase hasta final de año</h2><div class="autor">Marina Soler<br>Murcia | 04·08·26 | 10:30</div>`+
				`<div class="cuerpo"><p>La Confederación Hidrográfica ha declarado este lunes la emergencia por sequía en toda la cuenca. Los embalses almacenan 205 hectómetros cúbicos, el nivel más bajo desde 1995.</p>`+offerES+`</div>`),
		typ: article, paywalled: true,
		want: []string{"La Confederación Hidrográfica ha declarado"},
		not:  []string{"04·08·26", "Marina Soler"},
	}, {
		name: "English brief under a byline with a place and a time",
		page: page("en", `<title>Ferry returns | Coast Post</title>`+ogArticle+ld("Tom Baker"),
			`<h1>Ferry returns</h1><div class="by">Tom Baker, Harbourside · 4.8. · 10.30</div>`+
				`<p>The harbour ferry will sail again from March, the council said on Tuesday, after two winters in which repairs kept it tied up at the quay.</p>`+
				`<p>Tickets will cost the same as before, and the first crossing of each day leaves the north quay at seven in the morning.</p>`),
		typ:  article,
		want: []string{"The harbour ferry will sail again", "Tickets will cost the same"},
		not:  []string{"Harbourside"},
	}, {
		name: "guard: a sentence that opens with the author's name stays",
		page: page("en", `<title>Ferry returns | Coast Post</title>`+ogArticle+ld("Tom Baker"),
			`<h1>Ferry returns</h1><p>Tom Baker took the first crossing.</p>`+
				`<p>The harbour ferry will sail again from March, the council said on Tuesday, after two winters in which repairs kept it tied up at the quay.</p>`+
				`<p>Tickets will cost the same as before, and the first crossing of each day leaves the north quay at seven in the morning.</p>`),
		typ:  article,
		want: []string{"Tom Baker took the first crossing.", "The harbour ferry will sail again"},
	}, {
		name: "guard: a line that opens with a longer name stays",
		page: page("en", `<title>Ferry returns | Coast Post</title>`+ogArticle+ld("Tom Baker"),
			`<h1>Ferry returns</h1>`+
				`<p>The harbour ferry will sail again from March, the council said on Tuesday, after two winters in which repairs kept it tied up at the quay.</p>`+
				`<p>Tom Bakerfield and the crew on the first crossing</p>`+
				`<p>Tickets will cost the same as before, and the first crossing of each day leaves the north quay at seven in the morning.</p>`),
		typ:  article,
		want: []string{"Tom Bakerfield and the crew on the first crossing", "Tickets will cost the same"},
	}}
	runKindCases(t, tests)
}
