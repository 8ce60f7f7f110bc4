package extract

import (
	"testing"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// nextStoryEN is the story an endless page appends after its own, in an
// <article> with its own <h1>, as such templates render it.
const nextStoryEN = `<div class="infinite"><div class="label">Next story</div><article><h1>Library opens on Sundays from May</h1>` +
	`<p class="standfirst">The central library will open its doors on Sundays for the first time.</p>` +
	`<p>The central library will open from ten to four on Sundays from the first week of May, the council said, after a survey in which most readers asked for it.</p>` +
	`<p>Six new staff will be hired for the weekend shifts, paid for by savings on the building's heating, which was replaced last year at a cost of two million.</p>` +
	`<p>The reading rooms and the children's floor will be open, the archive will stay closed on Sundays, as will the café on the ground floor.</p></article></div>`

// TestNextStoryOfEndlessPage covers pages that append the next story, a
// whole one in an <article> with its own <h1>, after their own, whose
// story is cut short or replaced: the page's story is the first one.
func TestNextStoryOfEndlessPage(t *testing.T) {
	const (
		article = newsv1.PageType_PAGE_TYPE_ARTICLE
		non     = newsv1.PageType_PAGE_TYPE_NON_ARTICLE
	)
	offerEN := stubOffer("Subscribe to keep reading", "Digital", "$7.99 per month", "Digital and print", "$19.99 per month", "Choose", "Already a subscriber?", "Sign in")
	offerFR := stubOffer("Abonnez-vous pour lire la suite", "Numérique", "6,99 € par mois", "Intégral", "17,99 € par mois", "Choisir", "Déjà abonné ?", "Se connecter")
	headEN := `<title>Harbour ferry returns after two winters | Coast Post</title><meta property="og:title" content="Harbour ferry returns after two winters">` + ogArticle
	chromeEN := `<header><a href="/">Coast Post</a><nav><a href="/news">News</a><a href="/sport">Sport</a></nav></header>`
	nextFR := `<div class="suite"><div>Article suivant</div><article><h1>La piscine du quartier rouvre samedi</h1>` +
		`<h2>Le bassin de vingt-cinq mètres est de nouveau ouvert au public.</h2>` +
		`<p>Après deux ans de fermeture, la piscine du quartier rouvre ses portes samedi matin. Le bassin a été entièrement refait, tout comme les vestiaires et le chauffage.</p>` +
		`<p>La ville a investi onze millions d’euros dans le chantier, qui a pris huit mois de retard à cause de la découverte d’amiante dans les plafonds.</p></article></div>`
	tests := []kindCase{{
		name: "paywall stub of two paragraphs before the next story",
		page: wallPage("en", headEN, chromeEN+`<main><article><h1>Harbour ferry returns after two winters</h1>`+
			`<p>The harbour ferry will sail again from March, the council said on Tuesday, after two winters in which repairs kept it tied up.</p>`+
			`<p>Tickets will cost the same as before, and the first crossing of each day leaves the north quay at seven in the morning.</p>`+offerEN+`</article>`+
			nextStoryEN+`</main>`),
		typ: article, paywalled: true,
		want: []string{"The harbour ferry will sail again", "Tickets will cost the same"},
		not:  []string{"central library", "per month"},
	}, {
		name: "French paywall stub of a standfirst and a sentence before the next story",
		page: wallPage("fr", `<title>Voies cyclables : le quai enfin relié | Le Courrier</title><meta property="og:title" content="Voies cyclables : le quai enfin relié">`+ogArticle,
			`<main><article><h1>Voies cyclables : le quai enfin relié</h1><h2>Le nouveau tronçon ouvre lundi entre le pont et la gare.</h2>`+
				`<div class="body"><p>C’était le maillon manquant du réseau cyclable.</p>`+offerFR+`</div></article>`+nextFR+`</main>`),
		typ: non, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_PAYWALL,
	}, {
		name: "error notice in the story's article before the next story",
		page: wallPage("de", `<title>Neue Brücke über den Main | Kurier</title><meta property="og:title" content="Neue Brücke über den Main">`+ogArticle,
			`<header><a href="/">Kurier</a></header><main><article><div class="error"><h1>Seite nicht gefunden</h1>`+
				`<p>Die gesuchte Seite existiert leider nicht mehr oder wurde verschoben.</p><form role="search" action="/suche"><input type="search" name="q"><button>Suchen</button></form></div></article>`+
				`<div class="next"><article><h1>Stadtbücherei öffnet auch sonntags</h1>`+
				`<p>Die Stadtbücherei öffnet ab Mai auch sonntags von zehn bis sechzehn Uhr, teilte die Stadt am Dienstag nach einer Umfrage unter den Leserinnen und Lesern mit.</p>`+
				`<p>Für die Wochenenddienste werden sechs neue Stellen geschaffen, bezahlt aus den Einsparungen bei der Heizung, die im vergangenen Jahr erneuert wurde.</p>`+
				`<p>Geöffnet sind die Lesesäle und die Kinderetage; das Archiv und das Café im Erdgeschoss bleiben sonntags geschlossen.</p></article></div></main>`),
		typ: non, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_ERROR_PAGE,
	}, {
		// Guards: real articles of the same shape stay articles with their
		// own text.
		name: "whole story before the next story",
		page: wallPage("en", headEN, chromeEN+`<main><article><h1>Harbour ferry returns after two winters</h1>`+storyEN+`</article>`+nextStoryEN+`</main>`),
		typ:  article,
		want: []string{"Ministers agreed on Monday", "Opposition leaders said"},
		not:  []string{"central library"},
	}, {
		name: "short brief before the next story",
		page: wallPage("en", headEN, chromeEN+`<main><article><h1>Harbour ferry returns after two winters</h1>`+
			`<p>The harbour ferry will sail again from March, the council said on Tuesday, after two winters in which repairs kept it tied up at the north quay.</p>`+
			`<p>Tickets will cost the same as before.</p></article>`+nextStoryEN+`</main>`),
		typ:  article,
		want: []string{"The harbour ferry will sail again", "Tickets will cost the same"},
		not:  []string{"central library"},
	}, {
		name: "breaking-news box with an h1 above the story",
		page: wallPage("en", headEN, chromeEN+`<main><article class="breaking"><h1>Breaking: storm warning</h1><p>Gales expected tonight.</p></article>`+
			`<article><h1>Harbour ferry returns after two winters</h1>`+storyEN+`</article></main>`),
		typ:  article,
		want: []string{"Ministers agreed on Monday", "Opposition leaders said"},
	}, {
		name: "story told in articles with a heading each, none like the title",
		page: wallPage("en", headEN, chromeEN+`<main><article><h1>Harbour ferry: the first crossing</h1>`+storyEN+`</article>`+
			`<article><h1>Harbour ferry: the timetable</h1><p>The first crossing of each day leaves the north quay at seven in the morning, with the last one back at nine in the evening.</p>`+
			`<p>On Sundays the ferry sails every two hours, and in winter the last crossing leaves at six, the operator said in its new timetable for the year.</p></article>`+
			`<article><h1>Harbour ferry: the fares</h1><p>Tickets will cost the same as before, with a single crossing at three pounds and a return at five for adults.</p>`+
			`<p>Children under twelve travel free with an adult, and a season ticket for commuters will be sold at the harbour office from the first of March.</p></article>`+
			`</main>`),
		typ:  article,
		want: []string{"Ministers agreed on Monday", "Children under twelve travel free"},
	}, {
		// A story told in <article>s side by side, each under an <h1> of
		// its own, the first the title: all of it is the page's (review10;
		// these lost every <article> after the first).
		name: "German long-read in chapter articles, the first under the title",
		page: wallPage("de", `<title>Die lange Reise der Fähre | Kurier</title><meta property="og:title" content="Die lange Reise der Fähre">`+ogArticle,
			`<header><a href="/">Kurier</a></header><main>`+
				chapterDE("Die lange Reise der Fähre", "Vierzig Jahre lang fuhr die Fähre zwischen den beiden Ufern des Sees hin und her, bei jedem Wetter und zu jeder Jahreszeit.", "Dann kam der Winter, in dem der Motor versagte und die Gemeinde kein Geld für einen neuen hatte, und die Fähre blieb am Steg liegen.")+
				chapterDE("Kapitel 2: Der Winter am Steg", "Zwei Jahre lang lag das Schiff still, die Pendler fuhren über die Brücke im Norden, einen Umweg von zwanzig Kilometern jeden Tag.", "Ein Verein sammelte Spenden, der Kapitän a. D. reparierte den Rumpf, und im Rathaus wurde über einen Verkauf gestritten.")+
				chapterDE("Kapitel 3: Die erste Überfahrt", "Am ersten Märzmorgen legte die Fähre um sieben Uhr wieder ab, mit dreißig Fahrgästen an Bord und dem Bürgermeister am Ruder.", "Die Fahrkarten kosten so viel wie vorher, und der Verein will die Fähre in den kommenden Jahren selbst betreiben.")+
				`</main>`),
		typ:  article,
		want: []string{"Vierzig Jahre lang", "Zwei Jahre lang lag", "Am ersten Märzmorgen"},
	}, {
		name: "Spanish long-read in chapter wrappers alike, the first under the title",
		page: wallPage("es", `<title>El último ferri del lago | Diario</title><meta property="og:title" content="El último ferri del lago">`+ogArticle,
			`<main><div class="capitulo"><article><h1>El último ferri del lago</h1><p>Durante cuarenta años el ferri cruzó el lago de una orilla a otra, con cualquier tiempo y en cualquier estación del año.</p>`+
				`<p>Luego llegó el invierno en que el motor falló y el ayuntamiento no tenía dinero para uno nuevo, y el barco se quedó amarrado.</p></article></div>`+
				`<div class="capitulo"><article><h1>Capítulo 2: el invierno en el muelle</h1><p>Durante dos años el barco no se movió, y los vecinos cruzaban por el puente del norte, un rodeo de veinte kilómetros cada día.</p>`+
				`<p>Una asociación reunió donaciones, un capitán jubilado reparó el casco y en el pleno se discutió si venderlo o no.</p></article></div></main>`),
		typ:  article,
		want: []string{"Durante cuarenta años", "Durante dos años el barco"},
	}, {
		name: "English live blog whose entries are articles with an h1 each",
		page: wallPage("en", `<title>Storm Ellen live: gales hit the coast | Coast Post</title><meta property="og:title" content="Storm Ellen live: gales hit the coast">`+ogArticle,
			`<main><article><h1>Storm Ellen live: gales hit the coast</h1><p>Winds of up to ninety miles an hour have hit the west coast this morning, with ferries cancelled and trains halted across the region.</p></article>`+
				`<article class="entry"><h1>10:42 Harbour closed</h1><p>The harbour master has closed the port to all traffic until at least noon, after a wave damaged the outer pier wall overnight.</p></article>`+
				`<article class="entry"><h1>10:15 Schools shut</h1><p>All schools in the county will stay shut today, the council said in a statement, asking parents to keep children at home.</p></article>`+
				`</main>`),
		typ:  article,
		want: []string{"Winds of up to ninety", "The harbour master has closed", "All schools in the county"},
	}, {
		name: "Italian live blog whose entries are articles alike in a feed under the lead",
		page: wallPage("it", `<title>Maltempo, la diretta: mareggiate sulla costa | Il Corriere</title><meta property="og:title" content="Maltempo, la diretta: mareggiate sulla costa">`+ogArticle,
			`<main><article class="lead"><h1>Maltempo, la diretta: mareggiate sulla costa</h1><p>Venti fino a novanta chilometri orari hanno colpito la costa questa mattina, con traghetti cancellati e treni fermi in tutta la regione.</p></article>`+
				`<div class="diretta"><article class="post"><h1>10:42 Chiuso il porto</h1><p>La capitaneria ha chiuso il porto a tutto il traffico almeno fino a mezzogiorno, dopo che un'onda ha danneggiato il molo esterno.</p></article>`+
				`<article class="post"><h1>10:15 Scuole chiuse</h1><p>Tutte le scuole della provincia resteranno chiuse oggi, ha comunicato il comune, che chiede ai genitori di tenere i bambini a casa.</p></article></div>`+
				`</main>`),
		typ:  article,
		want: []string{"Venti fino a novanta", "La capitaneria ha chiuso", "Tutte le scuole della provincia"},
	}}
	runKindCases(t, tests)
}

// chapterDE is a chapter of a long-read in an <article> of its own.
func chapterDE(h, a, b string) string {
	return `<article class="kapitel"><h1>` + h + `</h1><p>` + a + `</p><p>` + b + `</p></article>`
}
