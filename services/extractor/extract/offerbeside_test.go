package extract

import (
	"testing"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// offersByLang are the subscription boxes of the tests below, one per
// language: a pitch, two plan cards with prices and a sign-in line.
func offersByLang() map[string]string {
	return map[string]string{
		"en": stubOffer("Subscribe to keep reading", "Digital", "$7.99 per month", "Digital and print", "$19.99 per month", "Choose", "Already a subscriber?", "Sign in"),
		"de": stubOffer("Jetzt weiterlesen mit dem Digital-Abo", "Digital", "7,99 € im Monat", "Digital und Zeitung", "24,90 € im Monat", "Auswählen", "Schon Abonnent?", "Anmelden"),
		"fr": stubOffer("Abonnez-vous pour lire la suite", "Numérique", "6,99 € par mois", "Intégral", "17,99 € par mois", "Choisir", "Déjà abonné ?", "Se connecter"),
		"es": stubOffer("Suscríbete para seguir leyendo", "Digital", "4,99 € al mes", "Digital y papel", "14,99 € al mes", "Elegir", "¿Ya eres suscriptor?", "Inicia sesión"),
		"pl": stubOffer("Czytaj dalej z prenumeratą", "Cyfrowa", "19,99 zł miesięcznie", "Cyfrowa i papierowa", "39,99 zł miesięcznie", "Wybierz", "Masz już prenumeratę?", "Zaloguj się"),
		"it": stubOffer("Abbonati per continuare a leggere", "Digitale", "5,99 € al mese", "Digitale e carta", "15,99 € al mese", "Scegli", "Sei già abbonato?", "Accedi"),
	}
}

// TestOfferBesideBrief covers a one-sentence news brief beside a sidebar
// that holds a subscription box with plan prices (offerbeside.go): the
// offer is site chrome beside a complete story, so the brief is an
// article with its sentence, not a paywall with no text. All four failed
// before offerBeside (NON_ARTICLE / PAYWALL, empty text).
func TestOfferBesideBrief(t *testing.T) {
	o := offersByLang()
	tests := []kindCase{{
		name: "WordPress widget area after the content area",
		page: wallPage("en", `<title>Bridge closed for repairs | Valley Times</title>`+ogArticle,
			`<header id="masthead" class="site-header"><a href="/">Valley Times</a><nav><a href="/news">News</a></nav></header><div id="content" class="site-content">`+
				`<div id="primary" class="content-area"><main id="main" class="site-main"><article class="post type-post"><header class="entry-header"><h1 class="entry-title">Bridge closed for repairs</h1></header>`+
				`<div class="entry-content"><p>The Mill Street bridge will be closed to all traffic from Monday for three weeks while crews replace its worn deck, the county said.</p></div></article></main></div>`+
				`<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Support local news</h2>`+o["en"]+`</section></aside></div>`+
				`<footer id="colophon" class="site-footer">© 2026 Valley Times</footer>`),
		typ:  newsv1.PageType_PAGE_TYPE_ARTICLE,
		want: []string{"The Mill Street bridge will be closed"},
		not:  []string{"per month", "Support local news"},
	}, {
		name: "German second column without telling classes",
		page: wallPage("de", `<title>Freibad öffnet früher | Tagesbote</title>`+ogArticle,
			`<div class="x1f9a"><a href="/">Tagesbote</a></div><div class="k3m7q"><div class="p0a2c"><h1 class="t7z1">Freibad öffnet früher</h1>`+
				`<div class="b8n4"><p>Das Freibad am Stadtpark öffnet in diesem Jahr schon am ersten Mai, zwei Wochen früher als sonst, teilten die Stadtwerke mit.</p></div></div>`+
				`<div class="r5d6w">`+o["de"]+`</div></div><div class="f2g8"><a href="/impressum">Impressum</a></div>`),
		typ:  newsv1.PageType_PAGE_TYPE_ARTICLE,
		want: []string{"Das Freibad am Stadtpark öffnet"},
		not:  []string{"im Monat"},
	}, {
		name: "French complementary region beside the story",
		page: wallPage("fr", `<title>Le marché couvert rouvre | L'Écho</title>`+ogArticle,
			`<header role="banner"><a href="/">L'Écho</a></header><div class="layout"><main role="main"><article><h1>Le marché couvert rouvre</h1>`+
				`<p>Le marché couvert de la place Carnot rouvrira samedi matin après huit mois de travaux de toiture, a annoncé la mairie.</p></article></main>`+
				`<div role="complementary" class="col">`+o["fr"]+`</div></div><footer role="contentinfo"><a href="/contact">Contact</a></footer>`),
		typ:  newsv1.PageType_PAGE_TYPE_ARTICLE,
		want: []string{"Le marché couvert de la place Carnot"},
		not:  []string{"par mois"},
	}, {
		name: "Spanish news CMS's rail after the article in source order",
		page: wallPage("es", `<title>Nueva línea de autobús al hospital | Diario del Sur</title>`+ogArticle,
			`<header class="site-header"><a href="/">Diario del Sur</a></header><main id="content"><article class="node node--type-article"><h1 class="page-title">Nueva línea de autobús al hospital</h1>`+
				`<div class="field--name-body"><p>El ayuntamiento pondrá en marcha el lunes una nueva línea de autobús que unirá la estación con el hospital cada veinte minutos.</p></div></article>`+
				`<section class="region">`+o["es"]+`</section></main><footer class="site-footer"><p>© 2026 Diario del Sur</p></footer>`),
		typ:  newsv1.PageType_PAGE_TYPE_ARTICLE,
		want: []string{"El ayuntamiento pondrá en marcha"},
		not:  []string{"al mes"},
	}}
	runKindCases(t, tests)
}

// TestOfferBesideFullStory covers a whole story with a subscription box
// in a sidebar (offerbeside.go): the story is free to read, so it is not
// flagged paywalled. All three were flagged before offerBeside.
func TestOfferBesideFullStory(t *testing.T) {
	o := offersByLang()
	storyDE := `<p>Der Stadtrat hat am Dienstagabend den Haushalt für das kommende Jahr beschlossen, nach einer Debatte, die bis kurz vor Mitternacht dauerte.</p>` +
		`<p>Mehr Geld gibt es vor allem für die Sanierung der Schulen und für neue Radwege, während die Zuschüsse für Vereine auf dem Stand des Vorjahres bleiben.</p>` +
		`<p>Die Opposition stimmte geschlossen dagegen und kritisierte, dass die Gebühren für Kitas zum dritten Mal in Folge steigen sollen.</p>`
	storyIT := `<p>Il consiglio comunale ha approvato ieri sera il nuovo piano del traffico, che dalla prossima estate chiuderà alle auto il centro storico nei fine settimana.</p>` +
		`<p>I residenti potranno entrare con un permesso gratuito, mentre i negozianti avranno due fasce orarie al mattino per ricevere le consegne.</p>` +
		`<p>L'opposizione ha annunciato un ricorso al tribunale amministrativo, sostenendo che il piano penalizzi i commercianti della zona.</p>`
	tests := []kindCase{{
		name: "English aside after the story",
		page: wallPage("en", `<title>Budget deal | Coast Post</title>`+ogArticle,
			`<header><a href="/">Coast Post</a></header><div class="wrap"><main><article><h1>Ministers agree budget deal</h1>`+storyEN+`</article></main>`+
				`<aside>`+o["en"]+`</aside></div><footer>© 2026 Coast Post</footer>`),
		typ:  newsv1.PageType_PAGE_TYPE_ARTICLE,
		want: []string{"Ministers agreed on Monday", "Opposition leaders said"},
		not:  []string{"per month"},
	}, {
		name: "German second column without telling classes",
		page: wallPage("de", `<title>Haushalt beschlossen | Tagesbote</title>`+ogArticle,
			`<div class="x1f9a"><a href="/">Tagesbote</a></div><div class="k3m7q"><div class="p0a2c"><h1 class="t7z1">Stadtrat beschließt Haushalt</h1><div class="b8n4">`+storyDE+`</div></div>`+
				`<div class="r5d6w">`+o["de"]+`</div></div>`),
		typ:  newsv1.PageType_PAGE_TYPE_ARTICLE,
		want: []string{"Der Stadtrat hat am Dienstagabend", "Die Opposition stimmte"},
		not:  []string{"im Monat"},
	}, {
		name: "Italian complementary region before the story in source order",
		page: wallPage("it", `<title>Piano del traffico | La Voce</title>`+ogArticle,
			`<header><a href="/">La Voce</a></header><div class="grid"><div role="complementary">`+o["it"]+`</div>`+
				`<main><article><h1>Approvato il piano del traffico</h1>`+storyIT+`</article></main></div>`),
		typ:  newsv1.PageType_PAGE_TYPE_ARTICLE,
		want: []string{"Il consiglio comunale ha approvato", "L'opposizione ha annunciato"},
		not:  []string{"al mese"},
	}}
	runKindCases(t, tests)
}

// TestOfferInStorysPlaceGuards guards the other side of offerBeside: an
// offer box right after a stub's visible paragraphs in the story's column
// is a paywall, with or without a sidebar beside the column, and an offer
// under a headline with no story is a hard paywall.
func TestOfferInStorysPlaceGuards(t *testing.T) {
	o := offersByLang()
	rail := `<aside id="secondary" class="widget-area"><section class="widget"><h2>Most read</h2><ul><li><a href="/a">Storm warning for the coast</a></li><li><a href="/b">School run changes</a></li></ul></section></aside>`
	tests := []kindCase{{
		name: "English stub in a WordPress column beside a widget area",
		page: wallPage("en", `<title>Harbour ferry returns | Coast Post</title>`+ogArticle,
			`<header class="site-header"><a href="/">Coast Post</a></header><div id="content"><div id="primary" class="content-area"><main id="main"><article class="post"><h1 class="entry-title">Harbour ferry returns after two winters</h1>`+
				`<div class="entry-content"><p>The harbour ferry will sail again from March, the council said on Tuesday, after two winters in which repairs kept it tied up.</p>`+
				`<p>Tickets will cost the same as before, and the first crossing of each day leaves the north quay at seven in the morning, with the last one back at nine.</p>`+o["en"]+`</div></article></main></div>`+rail+`</div>`),
		typ: newsv1.PageType_PAGE_TYPE_ARTICLE, paywalled: true,
		want: []string{"The harbour ferry will sail again", "Tickets will cost the same"},
		not:  []string{"per month", "Most read"},
	}, {
		name: "German stub, the offer after the body block, a second column beside",
		page: wallPage("de", `<title>Busse fahren öfter | Stadtanzeiger</title>`+ogArticle,
			`<div class="x1f9a"><a href="/">Stadtanzeiger</a></div><div class="k3m7q"><div class="p0a2c"><article><header><h1>Busse fahren ab Januar öfter</h1></header>`+
				`<div class="body"><p>Die Stadtbusse fahren ab dem 1. Januar auf den drei wichtigsten Linien alle zehn Minuten, teilten die Verkehrsbetriebe am Montag mit.</p>`+
				`<p>Dafür stellt das Unternehmen zwölf neue Fahrerinnen und Fahrer ein und kauft vier weitere Elektrobusse, die im Betriebshof an der Hafenstraße geladen werden sollen.</p></div>`+o["de"]+`</article></div>`+
				`<div class="r5d6w"><h3>Meistgelesen</h3><a href="/a">Sturm über der Stadt</a><a href="/b">Neue Kita eröffnet</a></div></div>`),
		typ: newsv1.PageType_PAGE_TYPE_ARTICLE, paywalled: true,
		want: []string{"Die Stadtbusse fahren ab dem 1. Januar", "zwölf neue Fahrerinnen"},
		not:  []string{"im Monat", "Meistgelesen"},
	}, {
		name: "French stub of one paragraph without a sidebar",
		page: wallPage("fr", `<title>La médiathèque s'agrandit | Ouest Culture</title>`+ogArticle,
			`<header role="banner"><a href="/">Ouest Culture</a></header><main role="main"><article><h1>La médiathèque s'agrandit</h1>`+
				`<p>La médiathèque de Quimper ouvrira une nouvelle aile consacrée à la bande dessinée au printemps, après un an de travaux, avec un atelier de dessin pour les enfants le mercredi et une salle de lecture ouverte jusqu'à vingt et une heures.</p>`+
				o["fr"]+`</article></main>`),
		typ: newsv1.PageType_PAGE_TYPE_ARTICLE, paywalled: true,
		want: []string{"La médiathèque de Quimper ouvrira"},
		not:  []string{"par mois"},
	}, {
		name: "English hard paywall beside a widget area",
		page: wallPage("en", `<title>Harbour ferry returns | Coast Post</title>`+ogArticle,
			`<header class="site-header"><a href="/">Coast Post</a></header><div id="content"><div id="primary" class="content-area"><main id="main"><article class="post"><h1 class="entry-title">Harbour ferry returns after two winters</h1>`+
				`<div class="entry-content">`+o["en"]+`</div></article></main></div>`+rail+`</div>`),
		typ: newsv1.PageType_PAGE_TYPE_NON_ARTICLE, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_PAYWALL,
	}, {
		name: "Spanish hard paywall in a column beside a rail",
		page: wallPage("es", `<title>Nueva línea de autobús | Diario del Sur</title>`+ogArticle,
			`<header><a href="/">Diario del Sur</a></header><div class="row"><div class="col"><h1>Nueva línea de autobús al hospital</h1>`+o["es"]+`</div>`+
				`<div class="col"><h3>Lo más leído</h3><a href="/a">El tiempo del fin de semana</a><a href="/b">Obras en la avenida</a></div></div>`),
		typ: newsv1.PageType_PAGE_TYPE_NON_ARTICLE, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_PAYWALL,
	}}
	runKindCases(t, tests)
}

// TestOfferBoxStopsAtArticle covers an offer box in a column beside a
// brief under a full-width headline: the brief's one sentence is shorter
// than the paragraph that stops an offer box's growth, so the box grew
// over the row that holds both columns and took the brief with it
// (NON_ARTICLE / PAYWALL, empty text). An <article> with a line of running
// text stops it (articleBeside); the case fails without that.
func TestOfferBoxStopsAtArticle(t *testing.T) {
	o := offersByLang()
	tests := []kindCase{{
		name: "Polish news CMS with a full-width header over two columns",
		page: wallPage("pl", `<title>Remont dworca | Kurier Miejski</title>`+ogArticle,
			`<header><a href="/">Kurier Miejski</a></header><main><div class="article-head"><h1>Remont dworca potrwa do jesieni</h1></div><div class="row">`+
				`<div class="col"><article><div class="article-body"><p>Remont dworca głównego potrwa do jesieni, a pociągi będą odjeżdżać z tymczasowego peronu przy ulicy Kolejowej.</p></div></article></div>`+
				`<div class="col">`+o["pl"]+`</div></div></main><footer><a href="/kontakt">Kontakt</a></footer>`),
		typ:  newsv1.PageType_PAGE_TYPE_ARTICLE,
		want: []string{"Remont dworca głównego potrwa"},
		not:  []string{"miesięcznie"},
	}}
	runKindCases(t, tests)
}
