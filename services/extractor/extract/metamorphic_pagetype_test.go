package extract

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// The metamorphic test of page types: every tune article page, with its
// site's chrome (header, nav, footer, sidebar, <title>, OpenGraph and
// JSON-LD metadata that declare an article and carry its description) left
// as it is, has its story replaced by what a site serves instead of one:
//
//   - a consent dialog (heading, two sentences on cookies and partners,
//     "Accept all", "Reject all" and "Settings") → non-article, consent wall;
//   - a sign-in form (a one-line prompt, e-mail and password fields, a
//     "Sign in" button, a "forgot password" link) → login wall;
//   - the story cut after its first paragraph, or its first two, with a
//     subscription box of two plans with prices and a sign-in link for
//     subscribers → by the contract of pageKind: an article flagged
//     paywalled whose text is the visible paragraphs (F1 ≥ minMetaF1)
//     when they hold minPaywallLeadWords words or more, otherwise a
//     non-article, paywall (or, when other text of the page lifts the
//     extractor's count over the bound, a paywalled article that keeps
//     the visible paragraphs);
//   - a "page not found" heading, a sentence, a search form and a list of
//     popular stories (an error page served with status 200) → error page;
//   - an "open in the app" box with store badges and a "continue in
//     browser" link → app interstitial;
//   - an emptied container (<div id="root"></div> and a <noscript> line
//     asking for JavaScript) → no text.
//
// For the five walls (all but the paywall stub) a second property is
// checked on the same record, the one the tagger relies on: the record
// holds no text, title, description or listing entries, and the page's
// metadata description reaches none of the fields the classifier reads as
// text (title and paragraphs of an article, the entries of a listing;
// classify.Article). A page without a description gets one (its story's
// first sentence) before anything else, so that every page can leak one.
//
// A last transformation keeps the story and lays a consent dialog over it
// (a fixed-position <div> with role=dialog at the start of <body>): the
// page stays an article whose text keeps a shingle F1 ≥ minMetaF1.
//
// Each transformation comes with class names (as most sites name their
// walls) and plain (no class, id or role), the chrome in the page's
// chrome language (chromeLangFor). Known failures are in
// testdata/metamorphic/allow_pagetype.txt (shrink-only, rewritten by
// -update-metamorphic).

// wallLang is the text of the walls in one language, keyed by that
// language's share label (chromeLang.share); short neutral sentences
// written for this test.
type wallLang struct {
	consentHead, consentText1, consentText2, acceptAll, rejectAll, settings string
	signInPrompt, email, password, signIn, forgot                           string
	payHead, payText, plan1, plan2, price1, price2, choose, already         string
	notFound, notFoundText, search                                          string
	appHead, openApp, inBrowser, appStore, playStore                        string
	noScript                                                                string
}

var wallLangs = map[string]wallLang{
	"Share": {
		consentHead:  "We value your privacy",
		consentText1: "We and our partners use cookies and similar technologies to store and access information on your device.",
		consentText2: "With your consent we use them to measure our audience and to show you personalised content and advertising.",
		acceptAll:    "Accept all", rejectAll: "Reject all", settings: "Settings",
		signInPrompt: "Sign in to read this article.", email: "Email address", password: "Password", signIn: "Sign in", forgot: "Forgot your password?",
		payHead: "Subscribe to keep reading", payText: "Get unlimited access to all our stories.",
		plan1: "Digital", plan2: "Digital and print", price1: "$7.99 per month", price2: "$19.99 per month", choose: "Choose", already: "Already a subscriber?",
		notFound: "Page not found", notFoundText: "The page you are looking for may have been moved or deleted.", search: "Search",
		appHead: "This story reads best in our app", openApp: "Open in the app", inBrowser: "Continue in browser",
		appStore: "Download on the App Store", playStore: "Get it on Google Play",
		noScript: "You need to enable JavaScript to read this page.",
	},
	"Teilen": {
		consentHead:  "Wir respektieren Ihre Privatsphäre",
		consentText1: "Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Informationen auf Ihrem Gerät zu speichern und abzurufen.",
		consentText2: "Mit Ihrer Einwilligung nutzen wir sie, um die Reichweite zu messen und Ihnen personalisierte Inhalte und Werbung zu zeigen.",
		acceptAll:    "Alle akzeptieren", rejectAll: "Alle ablehnen", settings: "Einstellungen",
		signInPrompt: "Melden Sie sich an, um diesen Artikel zu lesen.", email: "E-Mail-Adresse", password: "Passwort", signIn: "Anmelden", forgot: "Passwort vergessen?",
		payHead: "Jetzt abonnieren und weiterlesen", payText: "Unbegrenzter Zugang zu allen unseren Artikeln.",
		plan1: "Digital", plan2: "Digital und Zeitung", price1: "7,99 € im Monat", price2: "19,99 € im Monat", choose: "Auswählen", already: "Sie sind bereits Abonnent?",
		notFound: "Seite nicht gefunden", notFoundText: "Die gesuchte Seite wurde möglicherweise verschoben oder gelöscht.", search: "Suchen",
		appHead: "Diesen Artikel lesen Sie am besten in unserer App", openApp: "In der App öffnen", inBrowser: "Im Browser weiterlesen",
		appStore: "Laden im App Store", playStore: "Jetzt bei Google Play",
		noScript: "Bitte aktivieren Sie JavaScript, um diese Seite zu lesen.",
	},
	"Partager": {
		consentHead:  "Nous respectons votre vie privée",
		consentText1: "Nos partenaires et nous utilisons des cookies et des technologies similaires pour stocker et consulter des informations sur votre appareil.",
		consentText2: "Avec votre consentement, nous les utilisons pour mesurer l'audience et vous proposer des contenus et des publicités personnalisés.",
		acceptAll:    "Tout accepter", rejectAll: "Tout refuser", settings: "Paramètres",
		signInPrompt: "Connectez-vous pour lire cet article.", email: "Adresse e-mail", password: "Mot de passe", signIn: "Se connecter", forgot: "Mot de passe oublié ?",
		payHead: "Abonnez-vous pour lire la suite", payText: "Un accès illimité à tous nos articles.",
		plan1: "Numérique", plan2: "Numérique et papier", price1: "7,99 € par mois", price2: "19,99 € par mois", choose: "Choisir", already: "Déjà abonné ?",
		notFound: "Page introuvable", notFoundText: "La page que vous cherchez a peut-être été déplacée ou supprimée.", search: "Rechercher",
		appHead: "Cet article se lit mieux dans notre application", openApp: "Ouvrir dans l'application", inBrowser: "Continuer dans le navigateur",
		appStore: "Télécharger dans l'App Store", playStore: "Disponible sur Google Play",
		noScript: "Veuillez activer JavaScript pour lire cette page.",
	},
	"Compartir": {
		consentHead:  "Valoramos tu privacidad",
		consentText1: "Nosotros y nuestros socios usamos cookies y tecnologías similares para almacenar y consultar información en tu dispositivo.",
		consentText2: "Con tu consentimiento las usamos para medir la audiencia y mostrarte contenido y publicidad personalizados.",
		acceptAll:    "Aceptar todo", rejectAll: "Rechazar todo", settings: "Configuración",
		signInPrompt: "Inicia sesión para leer este artículo.", email: "Correo electrónico", password: "Contraseña", signIn: "Iniciar sesión", forgot: "¿Has olvidado tu contraseña?",
		payHead: "Suscríbete para seguir leyendo", payText: "Acceso ilimitado a todas nuestras noticias.",
		plan1: "Digital", plan2: "Digital y papel", price1: "7,99 € al mes", price2: "19,99 € al mes", choose: "Elegir", already: "¿Ya eres suscriptor?",
		notFound: "Página no encontrada", notFoundText: "Es posible que la página que buscas se haya movido o eliminado.", search: "Buscar",
		appHead: "Esta noticia se lee mejor en nuestra app", openApp: "Abrir en la app", inBrowser: "Continuar en el navegador",
		appStore: "Descárgalo en el App Store", playStore: "Disponible en Google Play",
		noScript: "Activa JavaScript para leer esta página.",
	},
	"Поделиться": {
		consentHead:  "Мы ценим вашу конфиденциальность",
		consentText1: "Мы и наши партнёры используем файлы cookie и похожие технологии, чтобы сохранять и читать информацию на вашем устройстве.",
		consentText2: "С вашего согласия мы используем их, чтобы измерять аудиторию и показывать вам персональные материалы и рекламу.",
		acceptAll:    "Принять все", rejectAll: "Отклонить все", settings: "Настройки",
		signInPrompt: "Войдите, чтобы прочитать эту статью.", email: "Электронная почта", password: "Пароль", signIn: "Войти", forgot: "Забыли пароль?",
		payHead: "Оформите подписку, чтобы читать дальше", payText: "Неограниченный доступ ко всем нашим материалам.",
		plan1: "Цифровая", plan2: "Цифровая и печатная", price1: "299 ₽ в месяц", price2: "699 ₽ в месяц", choose: "Выбрать", already: "Уже подписаны?",
		notFound: "Страница не найдена", notFoundText: "Возможно, страница, которую вы ищете, была перемещена или удалена.", search: "Найти",
		appHead: "Эту статью удобнее читать в нашем приложении", openApp: "Открыть в приложении", inBrowser: "Продолжить в браузере",
		appStore: "Загрузите в App Store", playStore: "Доступно в Google Play",
		noScript: "Включите JavaScript, чтобы прочитать эту страницу.",
	},
}

func (w wallLang) consentDialog() string {
	return `<div class="consent-dialog" role="dialog" aria-modal="true"><h2>` + w.consentHead + `</h2><p>` + html.EscapeString(w.consentText1) + `</p><p>` + html.EscapeString(w.consentText2) +
		`</p><div class="consent-buttons"><button type="button">` + w.acceptAll + `</button><button type="button">` + w.rejectAll + `</button><button type="button">` + w.settings + `</button></div></div>`
}

// consentOverlay is the dialog laid over the page, as consent platforms
// inject it.
func (w wallLang) consentOverlay() string {
	return `<div class="cmp-overlay" role="dialog" aria-modal="true" style="position:fixed;top:0;left:0;right:0;bottom:0;z-index:2147483647">` + w.consentDialog() + `</div>`
}

func (w wallLang) loginForm() string {
	return `<div class="login-wall"><p>` + html.EscapeString(w.signInPrompt) + `</p><form action="/login" method="post"><label for="u">` + w.email +
		`</label><input id="u" type="email" name="email"><label for="pw">` + w.password + `</label><input id="pw" type="password" name="password"><button type="submit">` +
		w.signIn + `</button></form><a href="/account/reset">` + html.EscapeString(w.forgot) + `</a></div>`
}

func (w wallLang) paywallBox() string {
	card := func(plan, price string) string {
		return `<div class="plan"><h3>` + plan + `</h3><p class="price">` + price + `</p><a class="btn" href="/subscribe?plan=` + fmt.Sprint(len(plan)) + `">` + w.choose + `</a></div>`
	}
	return `<div class="paywall"><h2>` + w.payHead + `</h2><p>` + w.payText + `</p><div class="plans">` + card(w.plan1, w.price1) + card(w.plan2, w.price2) +
		`</div><p>` + html.EscapeString(w.already) + ` <a href="/login">` + w.signIn + `</a></p></div>`
}

func (w wallLang) errorPage(c chromeLang) string {
	return `<div class="error-page"><h1>` + w.notFound + `</h1><p>` + html.EscapeString(w.notFoundText) + `</p><form class="search" action="/search" role="search"><input type="search" name="q"><button type="submit">` +
		w.search + `</button></form><h2>` + c.mostRead + `</h2>` + links("popular", c.headlines) + `</div>`
}

func (w wallLang) appInterstitial() string {
	return `<div class="app-interstitial"><h2>` + w.appHead + `</h2><a class="btn" href="https://apps.apple.com/app/id1234567890">` + `<img src="/img/app-store.svg" alt="` + w.appStore +
		`"></a><a class="btn" href="https://play.google.com/store/apps/details?id=com.example.news"><img src="/img/google-play.svg" alt="` + w.playStore +
		`"></a><a class="btn-primary" href="https://apps.apple.com/app/id1234567890">` + html.EscapeString(w.openApp) + `</a><a href="?browser=1">` + w.inBrowser + `</a></div>`
}

func (w wallLang) jsShell() string {
	return `<div id="root"></div><noscript>` + w.noScript + `</noscript>`
}

// replaceStory empties story and puts the fragment s in its place, inside
// the story's own element (a site renders a wall in the article's slot).
func replaceStory(story *html.Node, s string, plain bool) {
	for story.FirstChild != nil {
		story.RemoveChild(story.FirstChild)
	}
	for _, n := range frag(s, plain) {
		story.AppendChild(n)
	}
}

// cutStoryAfter removes everything of story after the block of paragraph
// p and puts the fragment s there; it reports false when p has no element
// of its own.
func cutStoryAfter(story *html.Node, p, s string, plain bool) bool {
	ref := insertionRef(story, p)
	if ref == nil {
		return false
	}
	for n := ref; n != story && n != nil; n = n.Parent {
		for n.NextSibling != nil {
			n.Parent.RemoveChild(n.NextSibling)
		}
	}
	insertAfter(ref, frag(s, plain))
	return true
}

// wallCase is a transformation whose result is a non-article.
type wallCase struct {
	name   string
	reason newsv1.NonArticleReason
	frag   func(w wallLang, c chromeLang) string
}

var wallCases = []wallCase{
	{"consent wall", newsv1.NonArticleReason_NON_ARTICLE_REASON_CONSENT_WALL, func(w wallLang, _ chromeLang) string { return w.consentDialog() }},
	{"login wall", newsv1.NonArticleReason_NON_ARTICLE_REASON_LOGIN_WALL, func(w wallLang, _ chromeLang) string { return w.loginForm() }},
	{"error page", newsv1.NonArticleReason_NON_ARTICLE_REASON_ERROR_PAGE, wallLang.errorPage},
	{"app interstitial", newsv1.NonArticleReason_NON_ARTICLE_REASON_APP_INTERSTITIAL, func(w wallLang, _ chromeLang) string { return w.appInterstitial() }},
	{"empty JS shell", newsv1.NonArticleReason_NON_ARTICLE_REASON_NO_TEXT, func(w wallLang, _ chromeLang) string { return w.jsShell() }},
}

// withDescription gives a page that has no metadata description one, the
// first sentence of its story, as a site's template would.
func withDescription(doc *html.Node, paras []string) {
	var head *html.Node
	walk(doc, func(n *html.Node) bool {
		if head == nil && n.DataAtom == atom.Head {
			head = n
		}
		return head == nil
	})
	if head == nil || len(paras) == 0 {
		return
	}
	s := paras[0]
	if i := strings.Index(s, ". "); i > 0 {
		s = s[:i+1]
	}
	head.AppendChild(&html.Node{Type: html.ElementNode, Data: "meta", DataAtom: atom.Meta, Attr: []html.Attribute{{Key: "property", Val: "og:description"}, {Key: "content", Val: s}}})
}

// holdsText reports whether got holds most of want: all of a text of a
// few words, or half of a longer one's 4-gram shingles.
func holdsText(want, got string) bool {
	if got == "" || want == "" {
		return false
	}
	if len(tokens4(want)) < 8 {
		return strings.Contains(strings.Join(tokens4(got), " "), strings.Join(tokens4(want), " "))
	}
	return shingleRecall(want, got) >= 0.5
}

// taggerLeak says what of a wall's record reaches the tagger ("" when
// nothing does): the metadata description in a field the classifier reads
// as text (by page type, as classify.Article reads it), or any text,
// title, description or entry at all.
func taggerLeak(a *newsv1.Article, desc string) string {
	read := map[string]string{}
	switch a.GetPageType() {
	case newsv1.PageType_PAGE_TYPE_NON_ARTICLE:
	case newsv1.PageType_PAGE_TYPE_LISTING:
		var b strings.Builder
		for _, e := range a.GetEntries() {
			b.WriteString(e.GetTitle() + "\n" + e.GetText() + "\n")
		}
		read["entries"] = b.String()
	default:
		read["title"] = a.GetTitle()
		read["paragraphs"] = strings.Join(a.GetParagraphs(), "\n\n")
	}
	for _, f := range []string{"paragraphs", "entries", "title"} {
		if holdsText(desc, read[f]) {
			return "the description reaches the tagger in " + f
		}
	}
	switch {
	case len(a.GetParagraphs()) > 0:
		return fmt.Sprintf("text of %d words", a.GetWordCount())
	case len(a.GetEntries()) > 0:
		return fmt.Sprintf("%d listing entries", len(a.GetEntries()))
	case a.GetTitle() != "":
		return "title set"
	case a.GetDescription() != "":
		return "description set"
	}
	return ""
}

func kindOf(a *newsv1.Article) string {
	s := strings.TrimPrefix(a.GetPageType().String(), "PAGE_TYPE_")
	if r := a.GetNonArticleReason(); r != newsv1.NonArticleReason_NON_ARTICLE_REASON_UNSPECIFIED {
		s += " " + strings.TrimPrefix(r.String(), "NON_ARTICLE_REASON_")
	}
	if a.GetPaywalled() {
		s += " paywalled"
	}
	return s
}

// passScore is the figure the table's worst column keeps for a type
// check: 1 when it holds, 0 when not.
func passScore(why string) float64 {
	if why == "" {
		return 1
	}
	return 0
}

const allowPagetypeFile = "testdata/metamorphic/allow_pagetype.txt"

// TestMetamorphicPageType applies every page-type transformation to every
// tune article page and checks its property (see the top of this file).
func TestMetamorphicPageType(t *testing.T) {
	run := newMetaRun(t, allowPagetypeFile, "# Known failures of TestMetamorphicPageType: page | transformation.\n# The list only shrinks; see metamorphic_pagetype_test.go.\n")
	run.finish(pageTypeCases(t, loadMetaCases(t), run))
	if !*metaUnseen {
		return
	}
	// The held-out pages: counts per transformation only, never which
	// page fails, so that the rules can be checked on pages they were
	// not written from without reading them.
	unseen := &metaRun{t: t, tallies: map[string]*metaTally{}, quiet: true}
	pages := pageTypeCases(t, loadUnseenCases(t), unseen)
	names := make([]string, 0, len(unseen.tallies))
	for n := range unseen.tallies {
		names = append(names, n)
	}
	sort.Strings(names)
	total := 0
	for _, n := range names {
		tl := unseen.tallies[n]
		total += tl.failed
		t.Logf("unseen: %-40s %3d pages, %3d fail", n, tl.tried, tl.failed)
	}
	t.Logf("unseen: %d pages, %d transformed pages, %d failures", pages, unseen.applied, total)
}

// pageTypeCases applies the page-type transformations to the article
// pages among cases, records each result in run and returns the number of
// pages transformed.
func pageTypeCases(t *testing.T, cases []metaCase, run *metaRun) int {
	t.Helper()
	pages := 0
	for _, mc := range cases {
		c := chromeLangFor(mc.id, mc.html)
		w := wallLangs[c.share]
		doc, err := html.Parse(bytes.NewReader(mc.html))
		if err != nil {
			t.Fatal(err)
		}
		base := metaExtract(t, mc.id, mc.url, renderDoc(t, doc))
		if base.GetPageType() != newsv1.PageType_PAGE_TYPE_ARTICLE || len(base.GetParagraphs()) == 0 {
			continue
		}
		if base.GetDescription() == "" {
			withDescription(doc, base.GetParagraphs())
		}
		orig := renderDoc(t, doc)
		base = metaExtract(t, mc.id, mc.url, orig)
		paras := base.GetParagraphs()
		baseText := strings.Join(paras, "\n\n")
		desc := base.GetDescription()
		if desc == "" || baseText == "" {
			t.Errorf("%s: no description or text after the description was added", mc.id)
			continue
		}
		pages++
		for _, plain := range []bool{false, true} {
			suffix := ""
			if plain {
				suffix = " (plain)"
			}
			for _, wc := range wallCases {
				d, story := metaStory(t, mc.id, orig, paras)
				replaceStory(story, wc.frag(w, c), plain)
				a := metaExtract(t, mc.id, mc.url, renderDoc(t, d))
				why := ""
				if a.GetPageType() != newsv1.PageType_PAGE_TYPE_NON_ARTICLE || a.GetNonArticleReason() != wc.reason {
					why = fmt.Sprintf("%s, want NON_ARTICLE %s", kindOf(a), strings.TrimPrefix(wc.reason.String(), "NON_ARTICLE_REASON_"))
				}
				detail := "now: " + kindOf(a) + "\n" + strings.Join(a.GetParagraphs(), "\n\n")
				run.record(mc.id, wc.name+suffix, why, passScore(why), detail)
				leak := taggerLeak(a, desc)
				run.record(mc.id, "metadata, "+wc.name+suffix, leak, passScore(leak), "description: "+desc+"\n"+detail)
			}
			for k := 1; k <= 2; k++ {
				if len(paras) <= k {
					continue
				}
				d, story := metaStory(t, mc.id, orig, paras)
				if !cutStoryAfter(story, paras[k-1], w.paywallBox(), plain) {
					continue
				}
				a := metaExtract(t, mc.id, mc.url, renderDoc(t, d))
				kept := strings.Join(paras[:k], "\n\n")
				text := strings.Join(a.GetParagraphs(), "\n\n")
				f1 := harmonic(shinglePR(kept, text))
				why, score := "", f1
				if wordsIn(paras[:k]) >= minPaywallLeadWords {
					switch {
					case a.GetPageType() != newsv1.PageType_PAGE_TYPE_ARTICLE || !a.GetPaywalled():
						why = kindOf(a) + ", want ARTICLE paywalled"
					case f1 < minMetaF1:
						why = fmt.Sprintf("F1 %.3f", f1)
					}
				} else if a.GetPageType() == newsv1.PageType_PAGE_TYPE_ARTICLE && a.GetPaywalled() && a.GetWordCount() >= minPaywallLeadWords {
					// The contract counts the text the extractor keeps: a
					// line of the template beside a short visible part
					// (a caption, a "posted by" line) may lift it over
					// the bound, and the visible part must then be kept.
					if score = shingleRecall(kept, text); score < minMetaF1 {
						why = fmt.Sprintf("paywalled, kept recall %.3f", score)
					}
				} else if a.GetPageType() != newsv1.PageType_PAGE_TYPE_NON_ARTICLE || a.GetNonArticleReason() != newsv1.NonArticleReason_NON_ARTICLE_REASON_PAYWALL {
					why, score = kindOf(a)+", want NON_ARTICLE PAYWALL", 0
				} else {
					score = 1
				}
				run.record(mc.id, fmt.Sprintf("paywall stub, %d paragraph%s%s", k, map[bool]string{true: "s"}[k > 1], suffix), why, score, "now: "+kindOf(a)+"\nwant:\n"+kept+"\nnow:\n"+text)
			}
			d, _ := metaStory(t, mc.id, orig, paras)
			b := findBodyOf(d)
			first := b.FirstChild
			for _, n := range frag(w.consentOverlay(), plain) {
				b.InsertBefore(n, first)
			}
			a := metaExtract(t, mc.id, mc.url, renderDoc(t, d))
			text := strings.Join(a.GetParagraphs(), "\n\n")
			f1 := harmonic(shinglePR(baseText, text))
			why := ""
			switch {
			case a.GetPageType() != base.GetPageType() || a.GetPaywalled() != base.GetPaywalled():
				why = kindOf(a) + ", was " + kindOf(base)
			case f1 < minMetaF1:
				why = fmt.Sprintf("F1 %.3f", f1)
			}
			run.record(mc.id, "consent overlay over the story"+suffix, why, f1, "want:\n"+baseText+"\nnow:\n"+text)
		}
	}
	return pages
}
