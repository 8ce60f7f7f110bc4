package extract

import (
	"strings"
	"testing"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// planCards is a row of n plan cards of the kind paywalls and subscription
// pages show: a plan's name, its price per period and a button.
func planCards(prices ...string) string {
	var b strings.Builder
	b.WriteString(`<div class="plans">`)
	for i, pr := range prices {
		b.WriteString(`<div class="plan"><h3>Plan ` + string(rune('A'+i)) + `</h3><p>` + pr + `</p><a class="btn" href="/sub/` + string(rune('a'+i)) + `/">Take it</a></div>`)
	}
	b.WriteString(`</div>`)
	return b.String()
}

// TestOffers covers subscription offers beside and instead of stories
// (blind batch 9): a hard paywall stub whose offer (plan cards, a
// check-mark list of benefits, an FAQ, a sign-in line) passed the words of
// a visible lede and was returned as a paywalled article's text by
// 1.12.0; a subscription page that declares no story (its FAQ was the
// text); a soft paywall whose plan cards followed the lede in the text
// (on the tune page; this smaller page was right on 1.12.0 too, and stays
// a guard).
// Controls: a story about subscription prices with a table and a list of
// prices, and a story with amounts to give under it, stay articles with
// their prices and without the flag.
func TestOffers(t *testing.T) {
	const (
		article = newsv1.PageType_PAGE_TYPE_ARTICLE
		non     = newsv1.PageType_PAGE_TYPE_NON_ARTICLE
		paywall = newsv1.NonArticleReason_NON_ARTICLE_REASON_PAYWALL
	)
	offerBox := `<section class="angebot"><h2>Weiterlesen mit Plus</h2><p>Alle Artikel auf der Website und in der App.</p>` +
		planCards("7,99 € / Monat", "12,99 € / Monat", "119 € / Jahr") +
		`<ul><li>✓ Unbegrenzter Zugang zu allen Artikeln</li><li>✓ Das E-Paper schon am Vorabend</li><li>✓ Jederzeit kündbar</li></ul>` +
		`<div class="faq"><h3>Häufige Fragen</h3><details><summary>Wie kann ich kündigen?</summary><p>Sie können Ihr Abo jederzeit zum Ende des Abrechnungszeitraums in Ihrem Kundenkonto kündigen.</p></details>` +
		`<details><summary>Welche Zahlungsarten gibt es?</summary><p>Sie zahlen per Lastschrift, Kreditkarte oder PayPal.</p></details></div>` +
		`<p>Sie sind bereits Abonnent? <a href="/login/">Hier anmelden</a></p></section>`
	lede := `<p>La Regione ha stanziato 38 milioni di euro per rinnovare gli impianti di risalita di undici piccole stazioni sciistiche delle valli. I fondi serviranno a sostituire seggiovie costruite negli anni Ottanta e a installare sistemi di innevamento che consumano meno acqua ed energia, ha spiegato l'assessore.</p>`
	tests := []kindCase{{
		name: "hard paywall stub: teaser and an offer of plan cards, benefits and FAQ",
		page: wallPage("de", `<title>Neue Buslinie zur Uniklinik</title><meta property="og:type" content="article">`,
			`<main><article><h1>Neue Buslinie zur Uniklinik</h1><p class="teaser">Ab März fährt die Linie 34 im Zehn-Minuten-Takt.</p>`+offerBox+`</article></main>`),
		typ: non, reason: paywall,
	}, {
		name: "subscription page without a story",
		page: wallPage("en", `<title>Subscribe - The Tribune</title><meta property="og:type" content="website">`,
			`<main><h1>Unlimited access to local news you can trust</h1><p>Choose the plan that works for you. Cancel anytime.</p>`+
				planCards("$1 for 6 months", "$2 per week", "$9.99/month")+
				`<section class="faq"><h2>Frequently asked questions</h2><h3>Can I cancel anytime?</h3><p>Yes. You can cancel online in your account settings at any time, and you will keep access until the end of your billing period.</p>`+
				`<h3>Do you offer student discounts?</h3><p>Students and teachers get half off any digital plan with a valid school e-mail address.</p></section></main>`),
		typ: non, reason: paywall,
	}, {
		name: "soft paywall: lede of one paragraph, then plan cards",
		page: wallPage("it", `<title>38 milioni per gli impianti</title><meta property="og:type" content="article"><script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":false}</script>`,
			`<main><article><h1>38 milioni per gli impianti</h1><div class="testo">`+lede+`</div><div class="box-abbonamento"><h2>Continua a leggere</h2>`+
				`<div class="piani"><div class="piano"><h3>Mensile</h3><p>1 € al mese per 3 mesi</p><p>poi 9,99 € al mese</p><a class="btn" href="/abbonati/m/">Abbonati ora</a></div>`+
				`<div class="piano"><h3>Annuale</h3><p>79,99 € all'anno</p><p>2 mesi gratis</p><a class="btn" href="/abbonati/a/">Abbonati ora</a></div></div>`+`<ul><li>✓ Tutti gli articoli senza limiti</li><li>✓ Disdici quando vuoi</li></ul><p>Sei già abbonato? <a href="/accedi/">Accedi</a></p></div></article></main>`),
		typ: article, paywalled: true,
		want: []string{"I fondi serviranno"}, not: []string{"al mese", "Tutti gli articoli", "già abbonato"},
	}, {
		name: "story about streaming prices: a table and a list of prices",
		page: wallPage("de", `<title>Streaming wird teurer</title><meta property="og:type" content="article">`,
			`<main><article><h1>Streaming wird teurer</h1><div class="text"><p>Wer Filme und Serien streamt, muss im neuen Jahr erneut mehr bezahlen. Drei der großen Anbieter haben für Januar Preiserhöhungen angekündigt.</p>`+
				`<table><tr><th>Abo</th><th>bisher</th><th>ab Januar</th></tr><tr><td>Standard mit Werbung</td><td>4,99 € / Monat</td><td>5,99 € / Monat</td></tr><tr><td>Premium</td><td>19,99 € / Monat</td><td>21,99 € / Monat</td></tr></table>`+
				`<ul><li>Basis: 7,99 € / Monat</li><li>Familie: 17,99 € / Monat</li></ul>`+
				`<p>Verbraucherschützer raten, die eigenen Abos zu überprüfen. Viele Haushalte zahlen für mehrere Dienste, nutzen aber nur einen davon regelmäßig.</p></div></article></main>`),
		typ: article, want: []string{"5,99 € / Monat", "Familie: 17,99 € / Monat"},
	}, {
		name: "full story with amounts to give under it",
		page: wallPage("en", `<title>Budget deal</title>`+ogArticle,
			`<main><article><h1>Budget deal</h1>`+storyEN+`<div class="appeal"><h2>We are a nonprofit newsroom</h2><p>Please consider a monthly gift.</p>`+
				`<div class="amounts"><a href="/donate/?a=5">$5/month</a><a href="/donate/?a=10">$10/month</a><a href="/donate/?a=25">$25/month</a></div></div></article></main>`),
		typ: article, want: []string{"Opposition leaders said"}, not: []string{"$10/month", "monthly gift"},
	}}
	runKindCases(t, tests)
}

// TestHasPrice covers prices with their currency and period in the
// languages newsflow reads, and amounts and periods that are no price of a
// subscription.
func TestHasPrice(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"7,99 € / Monat", true},
		{"$2 per week", true},
		{"$15.99/month", true},
		{"1 € le premier mois", true},
		{"299 ₽ в месяц", true},
		{"6,90 €/mês", true},
		{"€ 2,50 per week", true},
		{"49 zł miesięcznie", true},
		{"5.000,00EUR per year", true},
		{"$\t5 a week", true},
		{"leur heure: 5 fois par an", false},
		{"The fine was €2,000.", false},
		{"Prices rose 5% last month", false},
		{"12 months in jail", false},
		{"", false},
	} {
		if got := hasPrice(tt.s); got != tt.want {
			t.Errorf("hasPrice(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// hasPriceReference is hasPrice as it was before its digit check.
func hasPriceReference(s string) bool {
	for _, c := range currencyMarks {
		if strings.Contains(s, c) {
			return priceRe.MatchString(s)
		}
	}
	return false
}

// FuzzHasPrice checks hasPrice against the reference it replaced, on the
// text nodes of every testdata page as seeds and on fuzzed text.
func FuzzHasPrice(f *testing.F) {
	for _, s := range []string{"7,99 € / Monat", "leur heure", "€ per month", "EUR 5 a year", "5 руб в месяц", "$x per week 9", "９ € / Monat", "Ab 5ZŁ / rok zł", "150 РУБ в месяц руб", "5 Eur a month EUR"} {
		f.Add(s)
	}
	addTestdataTexts(f)
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasPrice(s), hasPriceReference(s); got != want {
			t.Fatalf("hasPrice(%q) = %v, reference %v", s, got, want)
		}
	})
}
