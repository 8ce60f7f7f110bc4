package extract

import (
	"testing"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// TestShortStoryWithForm checks that a short story that opens or closes
// with a sign-up or sign-in form keeps its text and its type: the form's
// box ends where the story's sentences begin (its climb from the e-mail
// field stops at a container whose other text is a run of sentences), and
// a password field beside the story (not in its place) makes no login
// wall of it. The guards are a real sign-up box beside a long story, whose
// title and promise go with it, and real sign-in pages and walls.
func TestShortStoryWithForm(t *testing.T) {
	const (
		ogType  = `<meta property="og:type" content="article">`
		article = newsv1.PageType_PAGE_TYPE_ARTICLE
		non     = newsv1.PageType_PAGE_TYPE_NON_ARTICLE
	)
	tests := []kindCase{{
		name: "English brief that closes with a newsletter form",
		page: wallPage("en", `<title>Elm Street bridge closed until Friday</title>`+ogType,
			`<article><h1>Elm Street bridge closed until Friday</h1><div class="story-body">`+
				`<p>The Elm Street bridge will stay closed until Friday after a lorry hit its railing on Monday night, the council said.</p>`+
				`<p>Buses take the ring road meanwhile.</p>`+
				`<div class="nl"><form action="/subscribe"><input type="email" placeholder="Your e-mail"><button>Sign up</button></form></div></div></article>`),
		typ: article, want: []string{"The Elm Street bridge will stay closed", "Buses take the ring road"}, not: []string{"Sign up"},
	}, {
		name: "German brief that opens with an e-mail sign-in form",
		page: wallPage("de", `<title>Freibad öffnet früher</title>`+ogType,
			`<article><h1>Freibad öffnet früher</h1><div class="text">`+
				`<form action="/login"><label>E-Mail</label><input type="email" name="mail"><button>Einloggen</button></form>`+
				`<p>Das Freibad am Stadtpark öffnet wegen des warmen Wetters schon am Samstag, zwei Wochen früher als geplant, teilten die Stadtwerke mit.</p></div></article>`),
		typ: article, want: []string{"Das Freibad am Stadtpark öffnet"}, not: []string{"Einloggen"},
	}, {
		name: "French brief in a section that closes with a labelled newsletter form",
		page: wallPage("fr", `<title>La rue Nationale fermée lundi</title>`+ogType,
			`<main><h1>La rue Nationale fermée lundi</h1><section class="contenu">`+
				`<p>La rue Nationale sera fermée à la circulation lundi toute la journée pour des travaux sur le réseau de gaz, annonce la mairie.</p>`+
				`<form class="newsletter"><label>Recevez notre lettre</label><input type="email" name="courriel"><button>Valider</button></form></section></main>`),
		typ: article, want: []string{"La rue Nationale sera fermée"}, not: []string{"Valider"},
	}, {
		name: "Spanish brief that closes with a newsletter box",
		page: wallPage("es", `<title>Corte de agua en el centro</title>`+ogType,
			`<article><h1>Corte de agua en el centro</h1><div class="cuerpo">`+
				`<p>El suministro de agua se cortará el martes de nueve a doce en las calles del centro por obras en la red, informó la empresa municipal.</p>`+
				`<div class="boletin"><form action="/alta"><input type="email" name="correo" placeholder="Tu correo"><button>Suscribirme</button></form></div></div></article>`),
		typ: article, want: []string{"El suministro de agua se cortará"}, not: []string{"Suscribirme"},
	}, {
		name: "English question with a sign-in box in a column beside <main>",
		page: wallPage("en", `<title>Why does my sourdough collapse?</title>`,
			`<div class="page"><main><h1>Why does my sourdough collapse?</h1><div class="question">`+
				`<p>My sourdough rises well overnight but collapses in the oven every time, even with a colder proof and a hotter oven. I use a young starter and seventy percent water. What am I doing wrong?</p></div></main>`+
				`<div class="side"><form action="/login"><input type="text" name="user"><input type="password" name="pass"><button>Log in</button></form></div></div>`),
		typ: article, want: []string{"My sourdough rises well overnight"}, not: []string{"Log in"},
	}, {
		name: "Italian brief on a site with a login box in its top bar",
		page: wallPage("it", `<title>Chiusa la strada per Biella</title>`+ogType,
			`<div class="top-bar"><form action="/login"><input type="text" name="u"><input type="password" name="p"><button>Accedi</button></form></div>`+
				`<div class="main"><h1>Chiusa la strada per Biella</h1><div class="testo"><p>La strada provinciale per Biella resta chiusa fino a domenica per una frana caduta nella notte, comunica la Provincia.</p></div></div>`),
		typ: article, want: []string{"La strada provinciale per Biella resta chiusa"}, not: []string{"Accedi"},
	}, {
		// Guards: the walls and boxes these fixes must leave alone.
		name: "guard: sign-in wall with a teaser line",
		page: wallPage("en", `<title>Council budget</title>`,
			`<main><h1>Council budget</h1><div class="wall"><p>Sign in to keep reading.</p><form method="post" action="/login"><input type="email" name="email"><input type="password" name="password"><button type="submit">Sign in</button></form></div></main>`),
		typ: non, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_LOGIN_WALL,
	}, {
		name: "guard: registration wall under a teaser line in the story's place",
		page: wallPage("en", `<title>Council budget</title>`+ogType,
			`<article><h1>Council budget</h1><p>The council will vote on a budget with deep cuts to libraries next week.</p>`+
				`<div class="signin-box"><p>Register for free to read on.</p><form method="post" action="/register"><input type="email" name="email"><input type="password" name="password"><button type="submit">Register</button></form></div></article>`),
		typ: non, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_LOGIN_WALL,
	}, {
		name: "guard: sign-in wall after the <article> that holds a teaser line",
		page: wallPage("en", `<title>Council budget</title>`+ogType,
			`<main><article><h1>Council budget</h1><p>The council will vote on a budget with deep cuts next week.</p></article>`+
				`<div class="signin-box"><p>Sign in to read on.</p><form method="post" action="/login"><input type="email" name="email"><input type="password" name="password"><button type="submit">Sign in</button></form></div></main>`),
		typ: non, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_LOGIN_WALL,
	}, {
		name: "guard: German sign-in page",
		page: wallPage("de", `<title>Anmelden</title>`,
			`<main><h1>Anmelden</h1><form method="post" action="/login"><label>E-Mail</label><input type="email" name="mail"><label>Passwort</label><input type="password" name="pw"><button>Anmelden</button></form><p><a href="/reg">Konto erstellen</a></p></main>`),
		typ: non, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_LOGIN_WALL,
	}, {
		name: "guard: newsletter box with title and promise beside a long story",
		page: wallPage("en", `<title>Budget deal</title>`+ogArticle,
			`<article><h1>Budget deal</h1>`+storyEN+`<div class="nl-wrap"><h3>The morning briefing</h3><p>The news of the day, every morning in your inbox, chosen by our editors.</p>`+
				`<div><form action="/subscribe"><input type="email" name="email"><button>Subscribe</button></form></div></div></article>`),
		typ: article, want: []string{"Ministers agreed on Monday", "Opposition leaders"}, not: []string{"The morning briefing", "every morning in your inbox", "Subscribe"},
	}, {
		name: "guard: newsletter box with a promise of two lines beside a long story",
		page: wallPage("en", `<title>Budget deal</title>`+ogArticle,
			`<article><h1>Budget deal</h1>`+storyEN+`<h3>The morning briefing</h3><div class="nl"><p>The news of the day, every morning in your inbox, chosen by our editors.</p>`+
				`<p>Free of charge, and you can unsubscribe at any time with one click.</p><form action="/subscribe"><input type="email" name="email"><button>Subscribe</button></form></div></article>`),
		typ: article, want: []string{"Ministers agreed on Monday", "Opposition leaders"}, not: []string{"every morning in your inbox", "unsubscribe at any time", "Subscribe"},
	}, {
		name: "guard: newsletter box with one long promise beside a long story",
		page: wallPage("en", `<title>Budget deal</title>`+ogArticle,
			`<article><h1>Budget deal</h1>`+storyEN+`<div class="nl"><p>Sign up for our free weekly newsletter and get the best stories from our reporters, podcasts and events delivered straight to your inbox every Friday.</p>`+
				`<form action="/subscribe"><input type="email" name="email"><button>Subscribe</button></form></div></article>`),
		typ: article, want: []string{"Ministers agreed on Monday", "Opposition leaders"}, not: []string{"weekly newsletter", "Subscribe"},
	}}
	runKindCases(t, tests)
}
