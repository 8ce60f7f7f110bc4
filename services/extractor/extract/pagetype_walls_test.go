package extract

import (
	"testing"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// articleTemplate is an article's template (a consent banner, a header
// with its nav, a sidebar of links, a footer) with slot where the story
// goes, below the headline and byline; head is added to the <head>.
func articleTemplate(lang, head, slot string) string {
	return templateAround(lang, head, `<article><h1>Budget deal</h1><div class="byline">By Jane Miller</div><div class="article-body">`+slot+`</div></article>`)
}

// templateAround is the template with main in place of the article.
func templateAround(lang, head, main string) string {
	return wallPage(lang, `<title>Budget deal | The Daily Test</title>`+head,
		`<div class="cookie-notice"><p>We use cookies to improve your experience.</p><button>Accept</button></div>`+
			`<header><a href="/">The Daily Test</a><nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>`+
			`<main>`+main+`<aside><h2>Most read</h2><ul><li><a href="/a">Storm closes schools across the region</a></li><li><a href="/b">Local team wins the regional final</a></li></ul></aside></main>`+
			`<footer><a href="/about">About us</a> <a href="/privacy">Privacy policy</a></footer>`)
}

// TestWallsInArticleTemplate covers walls served in an article's own
// template, metadata included (see pagetype_walls.go), and the articles
// that carry their look-alikes.
func TestWallsInArticleTemplate(t *testing.T) {
	const (
		article = newsv1.PageType_PAGE_TYPE_ARTICLE
		non     = newsv1.PageType_PAGE_TYPE_NON_ARTICLE
	)
	storyTwo := `<p>Ministers agreed on Monday to raise spending on schools and hospitals, ending weeks of talks that had threatened to bring down the coalition government.</p>` +
		`<p>The deal, reached after an overnight session, sets aside funds for rural clinics and for the repair of school buildings damaged in last winter's floods.</p>`
	plans := `<div><div><h3>Digital</h3><p>$7.99 per month</p><a href="/subscribe/1">Choose</a></div><div><h3>Digital and print</h3><p>$19.99 per month</p><a href="/subscribe/2">Choose</a></div></div>`
	tests := []kindCase{{
		name: "not found notice in an article's template",
		page: articleTemplate("en", ogArticle, `<h1>Page not found</h1><p>The page you are looking for may have been moved or deleted.</p>`+
			`<form action="/search"><input type="search" name="q"><button>Search</button></form>`),
		typ: non, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_ERROR_PAGE,
	}, {
		name: "German not found notice in an article's template",
		page: articleTemplate("de", ogArticle, `<h2>Seite nicht gefunden</h2><p>Die gesuchte Seite wurde möglicherweise verschoben oder gelöscht.</p>`),
		typ:  non, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_ERROR_PAGE,
	}, {
		name: "Spanish not found page with a list of popular stories in an article's template",
		page: templateAround("es", ogArticle, `<div class="post"><h1>Página no encontrada</h1><p>Es posible que la página que buscas se haya movido o eliminado.</p>`+
			`<form action="/buscar"><input type="search" name="q"><button>Buscar</button></form><h2>Lo más leído</h2><ul><li><a href="/x/1">El pleno aprueba el nuevo presupuesto tras un largo debate</a></li>`+
			`<li><a href="/x/2">El temporal cierra los colegios de la comarca</a></li><li><a href="/x/3">El equipo local gana la final regional</a></li></ul></div>`),
		typ: non, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_ERROR_PAGE,
	}, {
		name: "subscription box set in the byline row in place of the story",
		page: wallPage("en", `<title>Budget deal | The Daily Test</title>`+ogArticle, `<header><a href="/">The Daily Test</a></header><main><article><h1>Budget deal</h1>`+
			`<div class="elementor-widget elementor-widget-post-info"><div class="elementor-widget-container"><ul class="elementor-post-info"><li>Jane Miller</li><li>3 December 2026</li></ul>`+
			`<div class="paywall"><h2>Subscribe to keep reading</h2>`+plans+`<p>Already a subscriber? <a href="/login">Sign in</a></p></div></div></div></article></main>`),
		typ: non, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_PAYWALL,
	}, {
		name: "story whose headline is a status line, about a site that was down",
		page: wallPage("en", `<title>City website down for six hours | The Daily Test</title>`+ogArticle, `<header><a href="/">The Daily Test</a></header><main><article><h1>404 Not Found</h1>`+
			`<p>The city's website showed nothing but an error page for six hours on Monday, leaving residents unable to pay bills or book appointments.</p>`+storyTwo+`</article></main>`),
		typ: article, want: []string{"showed nothing but an error page", "Ministers agreed on Monday"},
	}, {
		name: "story that opens with a line about something not found",
		page: articleTemplate("en", ogArticle, `<p>Missing hiker not found after two-day search</p>`+storyTwo),
		typ:  article, want: []string{"Missing hiker not found", "Ministers agreed on Monday"},
	}, {
		name: "empty script shell in a template with a cookie banner",
		page: articleTemplate("en", ogArticle, `<div></div><noscript>You need to enable JavaScript to read this page.</noscript>`),
		typ:  non, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_NO_TEXT,
	}, {
		name: "consent dialog without classes in an article's template",
		page: articleTemplate("fr", ogArticle, `<div><h2>Nous respectons votre vie privée</h2>`+
			`<p>Nos partenaires et nous utilisons des cookies et des technologies similaires pour stocker et consulter des informations sur votre appareil.</p>`+
			`<p>Avec votre consentement, nous les utilisons pour mesurer l'audience et vous proposer des contenus et des publicités personnalisés.</p>`+
			`<div><button>Tout accepter</button><button>Tout refuser</button><button>Paramètres</button></div></div>`),
		typ: non, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_CONSENT_WALL,
	}, {
		name: "story cut before an offer without classes that subscribers sign in past",
		page: articleTemplate("en", ogArticle, storyTwo+`<div><h2>Subscribe to keep reading</h2><p>Get unlimited access to all our stories.</p>`+plans+
			`<p>Already a subscriber? <a href="/login">Sign in</a></p></div>`),
		typ: article, paywalled: true, want: []string{"Ministers agreed on Monday", "school buildings damaged"},
	}, {
		name: "story cut before such an offer on a page that declares no article",
		page: articleTemplate("en", "", storyTwo+`<div><h2>Subscribe to keep reading</h2><p>Get unlimited access to all our stories.</p>`+plans+
			`<p>Already a subscriber? <a href="/login">Sign in</a></p></div>`),
		typ: article, paywalled: true, want: []string{"Ministers agreed on Monday", "school buildings damaged"},
	}, {
		name: "story in builder blocks cut before an offer set in its last block",
		page: articleTemplate("en", ogArticle, `<div class="wp-block-group"><div class="wp-block-group__inner-container"><p>Ministers agreed on Monday to raise spending on schools and hospitals, ending weeks of talks that had threatened to bring down the coalition.</p></div></div>`+
			`<div class="wp-block-group"><div class="wp-block-group__inner-container"><p>The deal sets aside funds for rural clinics and for the repair of school buildings damaged in last winter's floods.</p>`+
			`<div><h2>Subscribe to keep reading</h2>`+plans+`<p>Already a subscriber? <a href="/login">Sign in</a></p></div></div></div>`),
		typ: article, paywalled: true, want: []string{"Ministers agreed on Monday", "school buildings damaged"},
	}, {
		name: "short story under a consent layer fixed by its style, without classes",
		page: templateAround("en", ogArticle, `<div style="position: fixed; top: 0; left: 0; right: 0; bottom: 0; z-index: 1000"><div><h2>We value your privacy</h2>`+
			`<p>We and our partners use cookies and similar technologies to store and access information on your device, and to measure our audience.</p>`+
			`<p>With your consent we also use them to show you personalised content and advertising, and to develop and improve our services.</p>`+
			`<button>Accept all</button><button>Reject all</button><button>Settings</button></div></div><article><h1>Ski courses</h1>`+
			`<p>The ski club offers its courses on the hill again this winter. They start on 2 January and take place whatever the snow.</p><p>Sign up by 20 December at the club office.</p></article>`),
		typ: article, want: []string{"The ski club offers its courses", "Sign up by 20 December"},
	}, {
		name: "free story before a membership appeal with amounts",
		page: articleTemplate("en", ogArticle, storyTwo+`<div><h2>We are a nonprofit newsroom</h2><p>Our reporting is free for everyone because readers chip in.</p>`+
			`<div><div><p>$5 per month</p><a href="/give/5">Give</a></div><div><p>$10 per month</p><a href="/give/10">Give</a></div></div></div>`),
		typ: article, want: []string{"Ministers agreed on Monday", "school buildings damaged"},
	}}
	runKindCases(t, tests, "Subscribe", "per month", "Most read", "cookies")
}
