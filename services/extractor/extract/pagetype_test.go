package extract

import (
	"slices"
	"testing"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// wallPage is a page whose body is the given markup, with head metadata.
func wallPage(lang, head, body string) string {
	return `<!doctype html><html lang="` + lang + `"><head><meta charset="utf-8">` + head + `</head><body>` + body + `</body></html>`
}

const (
	ogArticle = `<meta property="og:type" content="article"><meta property="og:description" content="Ministers agreed a budget deal on Monday after weeks of talks.">`
	storyEN   = `<p>Ministers agreed on Monday to raise spending on schools and hospitals, ending weeks of talks that had threatened to bring down the coalition government.</p>` +
		`<p>The deal, reached after an overnight session, sets aside funds for rural clinics and for the repair of school buildings damaged in last winter's floods.</p>` +
		`<p>Opposition leaders said the plan did too little for pensioners and promised to table amendments when parliament returns next week.</p>`
)

// TestPageKinds covers the pages that are no article, built after the
// layouts such walls use (a consent page with a form of buttons, a sign-in
// form, a subscription offer, an error page served with status 200, an
// install-the-app page, an empty script shell), in several languages, and
// the articles that carry the same widgets beside their story.
func TestPageKinds(t *testing.T) {
	const (
		article = newsv1.PageType_PAGE_TYPE_ARTICLE
		non     = newsv1.PageType_PAGE_TYPE_NON_ARTICLE
	)
	tests := []kindCase{{
		name: "consent page with a form of buttons",
		page: wallPage("en", `<title>Before you continue</title>`, `<div class="box"><h1>Before you continue</h1>`+
			`<p>We use cookies and data to deliver and maintain our services, track outages and protect against spam, fraud and abuse, and to measure audience engagement and site statistics.</p>`+
			`<p>If you choose to accept all, we will also use cookies and data to develop and improve new services, deliver and measure the effectiveness of ads, and show personalised content depending on your settings.</p>`+
			`<p>Non-personalised content is influenced by things like the content that you're currently viewing and your location. Select More options to see additional information, including details about managing your privacy settings.</p>`+
			`<form action="/save"><button>Reject all</button><button>Accept all</button></form><a href="/options">More options</a></div>`),
		typ: non, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_CONSENT_WALL,
	}, {
		name: "German consent dialog over an article's metadata",
		page: wallPage("de", `<title>Neue Regierung einigt sich auf Haushalt</title>`+ogArticle, `<div role="dialog" aria-modal="true">`+
			`<p>Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Informationen auf Ihrem Gerät zu speichern und personenbezogene Daten zu verarbeiten.</p>`+
			`<p>Mit Ihrer Zustimmung werden Ihre Daten auch für personalisierte Werbung genutzt. Sie können Ihre Einwilligung jederzeit in den Datenschutzeinstellungen widerrufen.</p>`+
			`<button>Alle akzeptieren</button><button>Einstellungen</button></div><div id="app"></div>`),
		typ: non, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_CONSENT_WALL,
	}, {
		name: "article with a consent banner",
		page: wallPage("en", `<title>Budget deal</title>`+ogArticle, `<div id="onetrust-banner-sdk"><p>We use cookies to improve your experience and for personalised advertising.</p><button>Accept all cookies</button></div>`+
			`<article><h1>Budget deal</h1>`+storyEN+`</article>`),
		typ: article, want: []string{"Ministers agreed on Monday"}, not: []string{"We use cookies", "Accept all"},
	}, {
		// The contract (blind batch 8): a consent overlay whose story is
		// served in the same document behind it is an article; only a
		// consent page without the story is a consent wall.
		name: "full-page consent overlay in front of the story",
		page: wallPage("de", `<title>Haushalt beschlossen</title>`+ogArticle, `<div class="cmp-layer" role="dialog" aria-modal="true"><h2>Wir brauchen Ihre Zustimmung</h2>`+
			`<p>Wir und unsere 214 Partner speichern und/oder greifen auf Informationen auf einem Gerät zu, zum Beispiel Cookies, und verarbeiten personenbezogene Daten wie eindeutige Kennungen für personalisierte Werbung und Inhalte.</p>`+
			`<p>Sie können Ihre Einwilligung jederzeit über die Datenschutz-Einstellungen widerrufen.</p><button>Alle akzeptieren</button><button>Einstellungen</button></div>`+
			`<div class="page" aria-hidden="true"><article><h1>Haushalt beschlossen</h1>`+storyEN+`</article></div>`),
		typ: article, want: []string{"Ministers agreed on Monday", "Opposition leaders"}, not: []string{"214 Partner", "Alle akzeptieren"},
	}, {
		name: "Spanish article about cookies with a banner",
		page: wallPage("es", `<title>Multa récord</title>`+ogArticle, `<div class="cookie-notice">Usamos cookies. <button>Aceptar</button></div><article><h1>Multa récord</h1>`+
			`<p>La autoridad de protección de datos impuso el martes una multa récord a una empresa de publicidad por instalar cookies sin el consentimiento de los usuarios.</p>`+
			`<p>Según la resolución, la empresa registró la actividad de millones de personas durante dos años y vendió los perfiles a anunciantes de varios países europeos.</p>`+
			`<p>La compañía anunció que recurrirá la sanción ante los tribunales y negó haber incumplido la normativa vigente en materia de privacidad.</p>`+
			`<p>Las asociaciones de consumidores celebraron la decisión, que consideran un aviso para todo el sector de la publicidad en línea.</p></article>`),
		typ: article, want: []string{"La autoridad de protección de datos", "Las asociaciones de consumidores"}, not: []string{"Usamos cookies", "Aceptar"},
	}, {
		name: "short story about privacy on a page with a consent banner",
		page: wallPage("en", `<title>Regulator fines app maker</title>`, `<div class="cookie-banner"><p>We use cookies.</p><button>Accept</button></div><div class="story"><h1>Regulator fines app maker</h1>`+
			`<p>The data protection regulator fined a fitness app maker on Tuesday for sharing the location data of its users with advertisers without their consent.</p>`+
			`<p>The company said it had changed its privacy settings last year and would appeal against the decision in court.</p>`+
			`<p>The fine is the largest the regulator has imposed on a company based outside the country since it was set up in 2018.</p>`+
			`<p>Consumer groups welcomed the decision and urged other regulators across the region to look at similar apps.</p></div>`),
		typ: article, want: []string{"The data protection regulator", "Consumer groups welcomed"}, not: []string{"We use cookies"},
	}, {
		name: "sign-in wall",
		page: wallPage("en", `<title>Sign in</title>`, `<main><h1>Sign in to keep reading</h1><form method="post" action="/login">`+
			`<label>Email</label><input type="email" name="email"><label>Password</label><input type="password" name="password">`+
			`<button type="submit">Sign in</button></form><p>New here? <a href="/register">Create an account</a></p></main>`),
		typ: non, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_LOGIN_WALL,
	}, {
		name: "subscription stub",
		page: wallPage("fr", `<title>Le budget adopté</title>`+ogArticle, `<article><h1>Le budget adopté</h1><div class="paywall">`+
			`<p>Cet article est réservé aux abonnés.</p><p>Abonnez-vous pour lire la suite.</p><a class="btn" href="/abo">Je m'abonne</a></div></article>`),
		typ: non, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_PAYWALL,
	}, {
		name: "paywalled article keeps its lead",
		page: wallPage("en", `<title>Budget deal</title>`+ogArticle+`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Budget deal","isAccessibleForFree":"False"}</script>`,
			`<article><h1>Budget deal</h1>`+storyEN+`<div class="article-paywall"><p>Subscribe to continue reading.</p></div></article>`),
		typ: article, paywalled: true, want: []string{"Ministers agreed on Monday", "Opposition leaders"}, not: []string{"Subscribe"},
	}, {
		name: "not found served with 200",
		page: wallPage("en", `<title>Page not found | Example Times</title>`, `<nav><a href="/">Home</a></nav><main><h1>Sorry, we couldn't find that page</h1>`+
			`<p>The page you are looking for may have been moved or deleted.</p><p><a href="/">Go to the homepage</a></p></main>`),
		typ: non, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_ERROR_PAGE,
	}, {
		name: "Russian not found",
		page: wallPage("ru", `<title>Страница не найдена</title>`, `<main><h1>Ошибка 404</h1><p>Запрашиваемая страница не существует или была удалена.</p></main>`),
		typ:  non, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_ERROR_PAGE,
	}, {
		name: "install-the-app interstitial",
		page: wallPage("en", `<title>Budget deal</title>`+ogArticle, `<div class="interstitial"><h2>Read this story in our app</h2><p>Get breaking news alerts and more.</p>`+
			`<a href="https://apps.apple.com/app/id123">App Store</a> <a href="https://play.google.com/store/apps/details?id=x.y">Google Play</a>`+
			`<a href="?noapp=1">Continue to the website</a></div>`),
		typ: non, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_APP_INTERSTITIAL,
	}, {
		name: "empty script shell",
		page: wallPage("en", `<title>Budget deal</title>`+ogArticle, `<div id="root"></div><script src="/app.js"></script>`),
		typ:  non, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_NO_TEXT,
	}, {
		name: "French consent wall",
		page: wallPage("fr", `<title>Le Quotidien</title>`, `<div id="didomi-host"><div class="didomi-popup"><h2>Vos choix concernant l'utilisation de cookies</h2>`+
			`<p>Nous et nos partenaires utilisons des cookies et des traceurs pour stocker et accéder à des informations sur votre appareil, afin de mesurer l'audience et personnaliser les publicités.</p>`+
			`<p>Vous pouvez accepter ou refuser ces traitements, ou modifier vos choix à tout moment depuis la page de gestion des données personnelles.</p>`+
			`<button>Tout accepter</button><button>Continuer sans accepter</button></div></div>`),
		typ: non, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_CONSENT_WALL,
	}, {
		name: "Spanish error page",
		page: wallPage("es", `<title>Error 404 - Diario</title>`, `<main><h1>Página no encontrada</h1><p>Lo sentimos, la página que busca no existe o ha sido trasladada.</p><a href="/">Volver a la portada</a></main>`),
		typ:  non, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_ERROR_PAGE,
	}, {
		name: "Russian sign-in wall",
		page: wallPage("ru", `<title>Вход</title>`, `<main><h1>Войдите, чтобы читать дальше</h1><form method="post"><input type="text" name="login"><input type="password" name="pass">`+
			`<button>Войти</button></form><p><a href="/reg">Регистрация</a></p></main>`),
		typ: non, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_LOGIN_WALL,
	}, {
		name: "German paywall stub with a teaser",
		page: wallPage("de", `<title>Neue Regeln für Mieter</title>`+ogArticle+`<script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":false}</script>`,
			`<article><h1>Neue Regeln für Mieter</h1><p>Ab Januar gelten neue Regeln für Mieter in der ganzen Stadt.</p>`+
				`<div class="paywall"><p>Lesen Sie jetzt weiter mit unserem Abo für nur 1 Euro im ersten Monat.</p><a class="button" href="/abo">Jetzt abonnieren</a></div></article>`),
		typ: non, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_PAYWALL,
	}, {
		name: "free article with an empty paywall placeholder",
		page: wallPage("en", `<title>Budget deal</title>`+ogArticle, `<article><h1>Budget deal</h1>`+storyEN+`<div class="paywall-container"></div><div class="regwall" hidden><p>Register to keep reading our journalism.</p></div></article>`),
		typ:  article, want: []string{"Ministers agreed on Monday", "Opposition leaders"}, not: []string{"Register"},
	}, {
		name: "article with a sign-in box in the sidebar",
		page: wallPage("en", `<title>Budget deal</title>`+ogArticle, `<article><h1>Budget deal</h1>`+storyEN+`</article>`+
			`<aside><form><input type="text" name="u"><input type="password" name="p"><button>Log in</button></form></aside>`),
		typ: article, want: []string{"Ministers agreed on Monday"}, not: []string{"Log in"},
	}}
	runKindCases(t, tests)
}

// kindCase is a page with the page type, reason and paywall flag it must
// get, and the strings its text must and must not hold.
type kindCase struct {
	name      string
	page      string
	typ       newsv1.PageType
	reason    newsv1.NonArticleReason
	paywalled bool
	want, not []string
}

// runKindCases extracts each case's page and checks its kind, then, for an
// article, its text; no case's text may hold any of alsoNot either. The
// tagger reads title, text and description, so wantKind also checks that
// none of a wall's words reach it.
func runKindCases(t *testing.T, tests []kindCase, alsoNot ...string) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.typ != newsv1.PageType_PAGE_TYPE_NON_ARTICLE && tt.reason != newsv1.NonArticleReason_NON_ARTICLE_REASON_UNSPECIFIED {
				t.Fatal("bad test: an article with a reason")
			}
			a := mustExtract(t, []byte(tt.page), Input{URL: "https://news.test/story"})
			if wantKind(t, a, tt.typ, tt.reason, tt.paywalled) {
				return
			}
			checkText(t, a.GetParagraphs(), tt.want, append(slices.Clip(tt.not), alsoNot...))
		})
	}
}

// wantKind fails t at once unless a has the page type, reason and paywall
// flag given, and fails it when a non-article carries anything the tagger
// or a reader would take for text (paragraphs, entries, title,
// description, words). It reports whether a is a non-article.
func wantKind(t *testing.T, a *newsv1.Article, typ newsv1.PageType, reason newsv1.NonArticleReason, paywalled bool) bool {
	t.Helper()
	if a.GetPageType() != typ || a.GetNonArticleReason() != reason || a.GetPaywalled() != paywalled {
		t.Fatalf("got %v / %v / paywalled %v, want %v / %v / %v; text %.300q",
			a.GetPageType(), a.GetNonArticleReason(), a.GetPaywalled(), typ, reason, paywalled, a.GetParagraphs())
	}
	if typ != newsv1.PageType_PAGE_TYPE_NON_ARTICLE {
		return false
	}
	if len(a.GetParagraphs()) != 0 || len(a.GetEntries()) != 0 || a.GetTitle() != "" || a.GetDescription() != "" || a.GetWordCount() != 0 {
		t.Errorf("non-article carries text: title %q, description %q, %d paragraphs, %d entries, %d words",
			a.GetTitle(), a.GetDescription(), len(a.GetParagraphs()), len(a.GetEntries()), a.GetWordCount())
	}
	return true
}
