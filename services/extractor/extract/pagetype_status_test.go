package extract

import (
	"strings"
	"testing"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// teaserRail is a rail of story teasers of the kind sites show below their
// "not found" notice: linked titles with an excerpt each.
func teaserRail(heading string, n int) string {
	var b strings.Builder
	b.WriteString(`<section class="rail"><h2>` + heading + `</h2>`)
	titles := []string{"Il consiglio comunale approva il bilancio", "Nuova pista ciclabile lungo il fiume", "La squadra vince il derby in rimonta", "Chiude lo storico cinema del centro", "Treni regionali, cambia l'orario", "Neve in arrivo sulle colline", "Il museo apre di sera", "Mercato contadino in piazza"}
	for i := range n {
		b.WriteString(`<article class="card"><a href="/notizie/` + string(rune('a'+i)) + `/"><h3>` + titles[i%len(titles)] + `</h3></a>` +
			`<p>Una breve sintesi della notizia, con i fatti principali e i nomi dei protagonisti, per invogliare alla lettura dell'articolo completo.</p></article>`)
	}
	b.WriteString(`</section>`)
	return b.String()
}

// TestStatusPages covers error and maintenance pages that sites serve with
// status 200 in their full chrome: a "not found" notice above a rail of
// teasers (read as a listing by 1.11.0), a maintenance notice of two
// paragraphs (read as a story), in several languages; and the pages whose
// headings only touch on the words (a story of a hiker not found, a
// listing of a series named "Nicht gefunden: …"), which stay what they
// are.
func TestStatusPages(t *testing.T) {
	const (
		article = newsv1.PageType_PAGE_TYPE_ARTICLE
		listing = newsv1.PageType_PAGE_TYPE_LISTING
		non     = newsv1.PageType_PAGE_TYPE_NON_ARTICLE
		errPage = newsv1.NonArticleReason_NON_ARTICLE_REASON_ERROR_PAGE
	)
	chrome := `<header><a href="/">Il Corriere di Valle</a><nav><a href="/cronaca/">Cronaca</a><a href="/sport/">Sport</a><a href="/cultura/">Cultura</a></nav></header>`
	tests := []struct {
		name   string
		page   string
		typ    newsv1.PageType
		reason newsv1.NonArticleReason
	}{{
		name: "Italian not found above a rail of teasers",
		page: wallPage("it", `<title>Pagina non trovata - Il Corriere di Valle</title>`, chrome+`<main><section class="error"><h1>Pagina non trovata</h1>`+
			`<p>La pagina che cercavi non esiste più o è stata spostata. Prova a cercare nel sito o torna alla home.</p><form action="/cerca"><input type="search" name="q"><button>Cerca</button></form></section>`+
			teaserRail("Potrebbe interessarti", 8)+`</main><footer>Il Corriere di Valle</footer>`),
		typ: non, reason: errPage,
	}, {
		name: "status code and word as the heading, site name as the title",
		page: wallPage("ru", `<title>Вечерний город</title>`, `<header><a href="/">Вечерний город</a></header><main><h1>Ошибка 404</h1>`+
			`<p>Запрошенный адрес не найден на сервере.</p>`+teaserRail("Главное", 6)+`</main>`),
		typ: non, reason: errPage,
	}, {
		name: "maintenance page of two paragraphs",
		page: wallPage("en", `<title>We’ll be back soon | Riverside Chronicle</title>`, `<div class="wrap"><img src="/logo.svg" alt="Riverside Chronicle"><h1>We’ll be back soon</h1>`+
			`<p>Our website is down for a short while as we carry out planned upgrades to our systems. We expect everything to be working again later this morning, and we apologise for any inconvenience.</p>`+
			`<p>Our reporters are still covering the news: you can follow the latest updates on our social media channels and in our apps until the site is back.</p></div>`),
		typ: non, reason: errPage,
	}, {
		name: "Polish maintenance notice",
		page: wallPage("pl", `<title>Przerwa techniczna</title>`, `<div class="maintenance"><h1>Przerwa techniczna</h1>`+
			`<p>Trwają prace techniczne nad naszym serwisem. Wszystkie artykuły będą znów dostępne po zakończeniu prac, prawdopodobnie jeszcze dziś wieczorem. Przepraszamy za utrudnienia i dziękujemy za cierpliwość.</p></div>`),
		typ: non, reason: errPage,
	}, {
		name: "story whose headline says something was not found",
		page: wallPage("en", `<title>Missing hiker not found after two-day search</title>`, `<main><h1>Missing hiker not found after two-day search</h1>`+
			`<p>Rescue teams called off the search for a missing hiker in the hills above the town on Sunday evening after two days without any sign of him.</p>`+
			`<p>The 54-year-old man set out on Friday morning to walk a ridge route and was reported missing by his family when he failed to return that night.</p>`+
			`<p>Police said the search would resume at first light if the weather allowed, and asked walkers who were in the area to get in touch.</p></main>`),
		typ: article,
	}, {
		name: "listing of a series named like a status line",
		page: wallPage("de", `<title>Nicht gefunden: Vergessene Orte der Stadt | Stadtblatt</title>`, `<header><a href="/">Stadtblatt</a></header><main><h1>Nicht gefunden: Vergessene Orte der Stadt</h1>`+
			teaserRail("Alle Folgen", 8)+`</main>`),
		typ: listing,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustExtract(t, []byte(tt.page), Input{URL: "https://news.test/x"})
			wantKind(t, a, tt.typ, tt.reason, false)
		})
	}
}

// TestStatusLine covers the headings read as status lines, in the
// languages newsflow reads, and the headlines that only hold their words.
func TestStatusLine(t *testing.T) {
	for _, tt := range []struct {
		h    string
		want bool
	}{
		{"Seite nicht gefunden", true},
		{"404 - Page not found", true},
		{"Oops! That page can’t be found.", true},
		{"Ошибка 404", true},
		{"Страница не найдена", true},
		{"Error", true},
		{"404", true},
		{"Not Found", true},
		{"Página no encontrada", true},
		{"Erreur 404 : page introuvable", true},
		{"Pagina niet gevonden", true},
		{"Strona nie istnieje", true},
		{"Página não encontrada", true},
		{"Estamos en mantenimiento", true},
		{"We'll be right back", true},
		{"Wartungsarbeiten", true},
		{"Fehler im System", false},
		{"Missing hiker not found", false},
		{"Dow drops 500 points", false},
		{"El virus no existe, dice el ministro", false},
		{"Onderhoud aan de A2 begint maandag", false},
		{"Nicht gefunden: Vergessene Orte der Stadt", false},
		{"", false},
	} {
		if got := statusLine(tt.h); got != tt.want {
			t.Errorf("statusLine(%q) = %v, want %v", tt.h, got, tt.want)
		}
	}
}
