package extract

import (
	"strings"
	"testing"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// briefOfferLang is one language's brief and subscription offer.
type briefOfferLang struct {
	lang, headline, date, sentence, offerHead, plan1, price1, plan2, price2, choose, already, signIn string
}

var briefOfferLangs = []briefOfferLang{
	{"en", "Bridge on Route 9 reopens", "December 3, 2026", "The bridge on Route 9 reopened to traffic on Thursday morning after three weeks of repairs, the county said.", "Subscribe to the Courier", "Digital", "$9.99 a month", "Digital + Print", "$19.99 a month", "Choose", "Already a subscriber?", "Sign in"},
	{"de", "Brücke an der B9 wieder offen", "3.12.2026", "Die Brücke an der B9 ist seit Donnerstagmorgen nach drei Wochen Bauarbeiten wieder für den Verkehr freigegeben.", "Jetzt Abo abschließen", "Digital", "9,99 € im Monat", "Digital + Print", "19,99 € im Monat", "Wählen", "Schon Abonnent?", "Anmelden"},
	{"fr", "Le pont de la D9 rouvert", "3 décembre 2026", "Le pont de la D9 a rouvert à la circulation jeudi matin après trois semaines de travaux, a indiqué le département.", "Abonnez-vous", "Numérique", "9,99 € par mois", "Numérique + papier", "19,99 € par mois", "Choisir", "Déjà abonné ?", "Se connecter"},
	{"es", "Reabre el puente de la N-9", "3 de diciembre de 2026", "El puente de la N-9 volvió a abrirse al tráfico el jueves por la mañana tras tres semanas de obras, informó la diputación.", "Suscríbete", "Digital", "9,99 € al mes", "Digital + papel", "19,99 € al mes", "Elegir", "¿Ya eres suscriptor?", "Inicia sesión"},
	{"it", "Riapre il ponte sulla statale 9", "3 dicembre 2026", "Il ponte sulla statale 9 è stato riaperto al traffico giovedì mattina dopo tre settimane di lavori, ha comunicato la provincia.", "Abbonati", "Digitale", "9,99 € al mese", "Digitale + carta", "19,99 € al mese", "Scegli", "Sei già abbonato?", "Accedi"},
}

// offer is l's subscription box in hashed classes: a heading, two plan
// cards and a sign-in line.
func (l briefOfferLang) offer() string {
	card := func(plan, price string) string {
		return `<div class="x7k2"><h3>` + plan + `</h3><p class="x7k3">` + price + `</p><a class="x7k4" href="/abo?p=` + plan + `">` + l.choose + `</a></div>`
	}
	return `<div class="c9f1"><h2>` + l.offerHead + `</h2><div class="x7k1">` + card(l.plan1, l.price1) + card(l.plan2, l.price2) + `</div><p>` + l.already + ` <a href="/login">` + l.signIn + `</a></p></div>`
}

// page wraps row in a page of l whose head carries ld (JSON-LD, or none).
func (l briefOfferLang) page(ld, row string) string {
	if ld != "" {
		ld = `<script type="application/ld+json">` + ld + `</script>`
	}
	return `<!doctype html><html lang="` + l.lang + `"><head><meta charset="utf-8"><title>` + l.headline + ` | Courier</title><meta property="og:type" content="article"><meta property="og:title" content="` + l.headline + `">` + ld + `</head><body>` +
		`<header><a href="/">Courier</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>` + row + `<footer><p>© 2026 Courier</p></footer></body></html>`
}

// TestBriefBesideOfferColumn checks that a dated one-sentence brief whose
// <h1>, date and sentence are siblings in an unnamed column, beside an
// unnamed column of subscription plans, keeps its sentence as an article
// (a PAYWALL non-article with no text on main). Guards, in the same
// markup: the stub that says it is not free, a head block with no date, a
// story container that holds a picture beside its head block, a line cut
// mid-sentence, and a hard paywall (a dated headline and no line) all
// stay paywalls.
func TestBriefBesideOfferColumn(t *testing.T) {
	const url = "https://courier.test/news/2026/12/03/bridge/"
	for _, l := range briefOfferLangs {
		head := `<h1>` + l.headline + `</h1><time datetime="2026-12-03T08:15:00+01:00">` + l.date + `</time>`
		brief := l.page("", `<div class="r3a9"><div class="c1b2">`+head+`<p>`+l.sentence+`</p></div>`+l.offer()+`</div>`)
		a, err := HTML([]byte(brief), Input{URL: url})
		if err != nil {
			t.Fatal(err)
		}
		if a.GetPageType() != newsv1.PageType_PAGE_TYPE_ARTICLE || a.GetPaywalled() {
			t.Errorf("%s brief: %s %s paywalled=%v, want an article", l.lang, a.GetPageType(), a.GetNonArticleReason(), a.GetPaywalled())
		}
		checkHas(t, l.lang+" brief", strings.Join(a.GetParagraphs(), "\n\n"), []string{l.sentence}, []string{l.offerHead, l.price1, l.already})

		cut := strings.TrimSuffix(strings.Fields(l.sentence)[0]+" "+strings.Join(strings.Fields(l.sentence)[1:9], " "), ".")
		for _, g := range []struct{ name, ld, row string }{
			{
				"stub not free", `{"@context":"https://schema.org","@type":"NewsArticle","headline":"` + l.headline + `","isAccessibleForFree":false}`,
				`<div class="r3a9"><div class="c1b2">` + head + `<p>` + l.sentence + `</p></div>` + l.offer() + `</div>`,
			},
			{"head block with no date", "", `<div class="r3a9"><div class="c1b2"><h1>` + l.headline + `</h1><p>` + l.sentence + `</p></div>` + l.offer() + `</div>`},
			{"story container with a picture", "", `<div class="r3a9"><figure><img src="/img/bridge.jpg" alt=""></figure><div class="c1b2">` + head + `<p>` + l.sentence + `</p></div>` + l.offer() + `</div>`},
			{"line cut mid-sentence", "", `<div class="r3a9"><div class="c1b2">` + head + `<p>` + cut + `</p></div>` + l.offer() + `</div>`},
			{"hard paywall", "", `<div class="r3a9"><div class="c1b2">` + head + `</div>` + l.offer() + `</div>`},
		} {
			a, err := HTML([]byte(l.page(g.ld, g.row)), Input{URL: url})
			if err != nil {
				t.Fatal(err)
			}
			if a.GetPageType() != newsv1.PageType_PAGE_TYPE_NON_ARTICLE || a.GetNonArticleReason() != newsv1.NonArticleReason_NON_ARTICLE_REASON_PAYWALL {
				t.Errorf("%s %s: %s %s, want a PAYWALL non-article", l.lang, g.name, a.GetPageType(), a.GetNonArticleReason())
			}
		}
	}
}
