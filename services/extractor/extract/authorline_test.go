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
	}, {
		// Lines that open with the author's name and go on as the story's
		// (review10: each was dropped as a byline).
		name: "English subhead in the author's possessive",
		page: page("en", `<title>Ferry returns | Coast Post</title>`+ogArticle+ld("Tom Baker"),
			`<h1>Ferry returns</h1><p>The harbour ferry will sail again from March, the council said on Tuesday, after two winters in which repairs kept it tied up at the quay.</p>`+
				`<p>Tickets will cost the same as before, and the first crossing of each day leaves the north quay at seven in the morning.</p>`+
				`<h2>Tom Baker’s verdict</h2><p>It is the best news the harbour has had in years, and the town should make sure the ferry never stops again.</p>`),
		typ:  article,
		want: []string{"Tom Baker’s verdict", "It is the best news"},
	}, {
		name: "German interview whose interviewer is the author, a question without a question mark",
		page: page("de", `<title>„Die Fähre gehört zur Stadt“ | Kurier</title>`+ogArticle+ld("Anna Weber"),
			`<h1>„Die Fähre gehört zur Stadt“</h1><p>Der Kapitän Jens Holm hat die Fähre nach zwei Jahren wieder flottgemacht. Ein Gespräch über den Winter am Steg und die Zukunft des Schiffs.</p>`+
				`<p><b>Anna Weber:</b> Herr Holm, wie fühlt sich die erste Überfahrt an?</p><p><b>Jens Holm:</b> Wie ein Geburtstag. Ich habe zwei Jahre auf diesen Morgen gewartet, und jetzt sind alle wieder an Bord.</p>`+
				`<p><b>Anna Weber:</b> Und zum Schluss – Ihr Lieblingsort am See</p><p><b>Jens Holm:</b> Der Steg am Nordufer, morgens um sechs, wenn noch niemand da ist und der Nebel über dem Wasser liegt.</p>`),
		typ:  article,
		want: []string{"Herr Holm, wie fühlt", "Ihr Lieblingsort am See", "Der Steg am Nordufer"},
	}, {
		name: "French subhead naming the author, who is the story's subject",
		page: page("fr", `<title>Ma traversée | Le Courrier</title>`+ogArticle+ld("Claire Dubois"),
			`<h1>Ma traversée</h1><p>J’ai pris le premier bac du matin, avec trente passagers et le maire à la barre, pour la première traversée depuis deux hivers.</p>`+
				`<p>Le bac a quitté le quai nord à sept heures précises, sous un ciel gris, et la traversée a duré un peu moins de vingt minutes.</p>`+
				`<h2>Claire Dubois à la barre du bac</h2><p>Le capitaine m’a laissé le gouvernail pendant cinq minutes, le temps de traverser le chenal sous les applaudissements.</p>`),
		typ:  article,
		want: []string{"Claire Dubois à la barre du bac", "Le capitaine m’a laissé"},
	}, {
		// Guards: bylines still go, after a standfirst that ends a
		// sentence, and a name with a stamp of digits in the story.
		name: "guard: Spanish byline with a place after a standfirst that ends a sentence",
		page: page("es", `<title>Los embalses bajan al 18% | Diario</title>`+ogArticle+ld("Marina Soler"),
			`<h1>Los embalses bajan al 18%</h1><h2>Los regantes tendrán un 40% menos de agua del trasvase hasta final de año, según la Confederación.</h2><div class="autor">Marina Soler<br>Murcia | 04·08·26 | 10:30</div>`+
				`<div class="cuerpo"><p>La Confederación Hidrográfica ha declarado este lunes la emergencia por sequía en toda la cuenca. Los embalses almacenan 205 hectómetros cúbicos, el nivel más bajo desde 1995.</p>`+
				`<p>Los agricultores del campo de Cartagena piden ayudas para compensar las pérdidas, que cifran en más de cien millones de euros este año.</p></div>`),
		typ:  article,
		want: []string{"La Confederación Hidrográfica ha declarado", "Los agricultores del campo"},
		not:  []string{"04·08·26"},
	}, {
		name: "guard: a name and a stamp of digits between the story's paragraphs",
		page: page("en", `<title>Ferry returns | Coast Post</title>`+ogArticle+ld("Tom Baker"),
			`<h1>Ferry returns</h1><p>The harbour ferry will sail again from March, the council said on Tuesday, after two winters in which repairs kept it tied up at the quay.</p>`+
				`<p>Tickets will cost the same as before, and the first crossing of each day leaves the north quay at seven in the morning.</p>`+
				`<p>Tom Baker · 04·08·26 · 10:30</p><p>The operator said a second boat could join the route in summer if the number of passengers keeps rising.</p>`),
		typ:  article,
		want: []string{"Tickets will cost the same", "a second boat could join"},
		not:  []string{"04·08·26"},
	}}
	runKindCases(t, tests)
}
