package extract

import (
	"testing"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// slotPage is a story's template in language lang: a header, a <main>
// whose <article> holds the headline, a byline and body in the story's
// place, then after (what follows the story in the article's container),
// and a footer; the metadata declares an article.
func slotPage(lang, headline, body, after string) string {
	return wallPage(lang, `<title>`+headline+` | The Test Courier</title>`+ogArticle,
		`<header><a href="/">The Test Courier</a><nav><a href="/a">News</a> <a href="/b">Sport</a></nav></header>`+
			`<main><article><h1>`+headline+`</h1><div class="byline">Jane Miller · 3 December 2026</div><div class="body">`+body+`</div>`+after+`</article></main>`+
			`<footer><a href="/about">About us</a> <a href="/privacy">Privacy policy</a></footer>`)
}

// TestWallsInTheStorysPlace covers walls set where the story's
// paragraphs would be, beside other text of the template that reaches an
// article's thirty words (pagetype_slot.go), the wall a page with two is
// named by, and the short stories beside a wall's look-alike that stay
// articles, in five languages.
func TestWallsInTheStorysPlace(t *testing.T) {
	const (
		article = newsv1.PageType_PAGE_TYPE_ARTICLE
		non     = newsv1.PageType_PAGE_TYPE_NON_ARTICLE
	)
	consentEN := `<div><h2>We value your privacy</h2><p>We and our partners use cookies to store and access information on your device.</p><button>Accept all</button><button>Reject all</button></div>`
	loginDE := `<div><p>Melden Sie sich an, um diesen Artikel zu lesen.</p><form action="/login" method="post"><input type="email" name="email"><input type="password" name="pw"><button>Anmelden</button></form></div>`
	shellFR := `<div id="root"></div><noscript>Veuillez activer JavaScript pour lire cette page.</noscript>`
	appES := `<div><h2>Esta noticia se lee mejor en nuestra app</h2><a href="https://apps.apple.com/app/id1234567890">App Store</a><a href="https://play.google.com/store/apps/details?id=com.example">Google Play</a></div>`
	replies := `<section><h2>3 comments</h2><div><h3>Re: Budget deal</h3><p>Thanks for writing this up, it matches what we saw in our town when the same plan came in last winter.</p></div>` +
		`<div><h3>Re: Budget deal</h3><p>The clinics were promised twice before; I will believe it when the first one opens its doors in our valley.</p></div></section>`
	contactFR := `<div><h2>Une question ?</h2><p>Le service de la voirie vous répond du lundi au vendredi, de 8 h 30 à 17 h, au téléphone ou par courriel.</p><p>Direction de la voirie, 1 place de la Mairie, 59000 Lille.</p></div>`
	nextES := `<div><div>Noticia siguiente</div><article><h2>El temporal cierra los colegios de la comarca durante dos días</h2><p>Las clases se suspenderán el jueves y el viernes en los doce municipios de la comarca por el riesgo de inundaciones.</p>` +
		`<p>La consejería de Educación revisará el lunes el estado de los edificios antes de reabrirlos.</p></article></div>`
	railRU := `<section><h2>Читайте также</h2><div><a href="/1">Мэрия утвердила бюджет на следующий год после долгих споров в думе</a><p>Депутаты спорили о расходах на школы и больницы почти три недели подряд.</p></div>` +
		`<div><a href="/2">Новый мост через реку откроют весной, сообщили в администрации района</a><p>Строители обещают закончить работы к середине апреля, если позволит погода.</p></div></section>`
	subscribeIT := `<div><h2>Continua a leggere con Corriere+</h2><div><div><h3>Mensile</h3><p>9,99 € al mese</p><a href="/abbonati/1">Abbonati</a></div><div><h3>Annuale</h3><p>79,99 € all'anno</p><a href="/abbonati/2">Abbonati</a></div></div><p>Sei già abbonato? <a href="/accedi">Accedi</a></p></div>`
	donation := `<div><h2>We are a nonprofit newsroom</h2><p>Our reporting is free for everyone because readers like you chip in every month.</p><div><a href="/give/5">$5 per month</a><a href="/give/10">$10 per month</a></div></div>`
	tests := []kindCase{{
		name: "consent dialog in the story's place above readers' replies under their own headings",
		page: slotPage("en", "Budget deal agreed", consentEN, replies),
		typ:  non, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_CONSENT_WALL,
	}, {
		name: "German sign-in form in the story's place above a teaser rail",
		page: slotPage("de", "Haushalt beschlossen", loginDE, `<section><h2>Meistgelesen</h2><div><a href="/1">Sturm schließt Schulen in der ganzen Region für zwei Tage</a><p>Der Unterricht fällt am Donnerstag und am Freitag in allen Gemeinden des Landkreises aus.</p></div></section>`),
		typ:  non, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_LOGIN_WALL,
	}, {
		name: "French empty script shell in the story's place above a contact box",
		page: slotPage("fr", "Fermeture de la rue Nationale", shellFR, contactFR),
		typ:  non, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_NO_TEXT,
	}, {
		name: "Spanish app interstitial in the story's place above the next story",
		page: slotPage("es", "Cáceres cierra seis calles al tráfico", appES, nextES),
		typ:  non, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_APP_INTERSTITIAL,
	}, {
		name: "Russian empty script shell in the story's place above a rail with summaries",
		page: slotPage("ru", "Бюджет города принят", `<div id="app"></div><noscript>Включите JavaScript, чтобы прочитать эту страницу.</noscript>`, railRU),
		typ:  non, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_NO_TEXT,
	}, {
		name: "second wall: a sign-in form in the story's place names a page whose template offers a subscription",
		page: slotPage("it", "Piemonte, 38 milioni per gli impianti", `<div><p>Accedi per leggere questo articolo.</p><form action="/login"><input type="email" name="e"><input type="password" name="p"><button>Accedi</button></form></div>`, subscribeIT),
		typ:  non, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_LOGIN_WALL,
	}, {
		name: "second wall: an empty shell in the story's place names a page with a donation appeal",
		page: slotPage("en", "District drops screening contractor", `<div id="root"></div><noscript>You need to enable JavaScript to read this page.</noscript>`, donation),
		typ:  non, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_NO_TEXT,
	}, {
		name: "empty script shell in a thread's first post above the replies, each signed by its author",
		page: wallPage("en", `<title>Coolant light after a service | Owners Forum</title>`+ogArticle,
			`<header><a href="/">Owners Forum</a></header><main><h1>Coolant light after a service</h1><ol class="posts">`+
				`<li class="post first"><a class="author" href="/u/1">greenhatch</a><div class="content"><div id="root"></div><noscript>You need to enable JavaScript to read this page.</noscript></div></li>`+
				`<li class="post"><a class="author" href="/u/2">Mechanic_Dave</a><div class="content">Very likely the coolant sensor. Read its value with a cheap reader before the first start, it should match the outside temperature.</div></li>`+
				`<li class="post"><a class="author" href="/u/3">Kat_R</a><div class="content">Get the garage to check the thermostat housing as well, it was a known weak spot on the earlier engine.</div></li></ol></main>`),
		typ: non, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_NO_TEXT,
	}, {
		name: "French empty script shell in the story's place above readers' comments under a counter line",
		page: slotPage("fr", "Le far breton de ma grand-mère", shellFR, `<section><div>Commentaires (2)</div>`+
			`<div><div>Yannick</div><div>Testé ce week-end, succès total auprès des enfants. J'ai mis des raisins secs à la place des pruneaux.</div></div>`+
			`<div><div>Claire</div><div>Merci pour cette recette, la mienne ressemble exactement à celle de ma grand-mère en Bretagne.</div></div></section>`),
		typ: non, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_NO_TEXT,
	}, {
		name: "German consent dialog in the first post of a thread whose page marks no story and titles it with an <h2>",
		page: wallPage("de", `<title>Fritzbox trennt jede Nacht - Router - Heimnetz-Forum</title>`+ogArticle,
			`<div id="wrap"><div class="headerbar"><a href="/">Heimnetz-Forum</a></div><div id="page-body"><h2 class="topic-title"><a href="/t/1">Fritzbox trennt jede Nacht</a></h2>`+
				`<div class="post"><p class="author">von <a href="/member/olli">olli</a></p><div class="content"><div><h2>Wir respektieren Ihre Privatsphäre</h2><p>Wir und unsere Partner verwenden Cookies, um Informationen auf Ihrem Gerät zu speichern.</p><button>Alle akzeptieren</button><button>Alle ablehnen</button></div></div></div>`+
				`<div class="post"><p class="author">von <a href="/member/kai">kabelsalat</a></p><div class="content">Das ist bei vielen Anbietern die nächtliche Wartung. Ruf mal die Hotline an und frag nach Arbeiten in deinem Anschlussbereich.</div></div>`+
				`<div class="post"><p class="author">von <a href="/member/olli">olli</a></p><div class="content">Danke, die Hotline hat das bestätigt. Die Wartung geht noch bis Ende Dezember, danach soll es ruhig sein.</div></div></div></div>`),
		typ: non, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_CONSENT_WALL,
	}, {
		name: "German consent dialog without classes in a thread's first post, its sentences kept, above the signed replies",
		page: wallPage("de", `<title>Wärmepumpe für den Altbau - Heizung - Haustechnik-Forum</title>`+ogArticle,
			`<header><a href="/">Haustechnik-Forum</a></header><main><h1>Wärmepumpe für den Altbau</h1><div class="thread">`+
				`<article class="message"><a class="user" href="/m/jan">Jan_K</a><div class="body"><div><h2>Wir respektieren Ihre Privatsphäre</h2><p>Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Informationen auf Ihrem Gerät zu speichern und abzurufen.</p>`+
				`<p>Mit Ihrer Einwilligung nutzen wir sie, um die Reichweite zu messen und Ihnen personalisierte Inhalte und Werbung zu zeigen.</p><div><button>Alle akzeptieren</button><button>Alle ablehnen</button><button>Einstellungen</button></div></div></div></article>`+
				`<article class="message"><a class="user" href="/m/tobias">Tobias_F</a><div class="body">Bei 9,2 kW Heizlast würde ich eher das kleinere Gerät nehmen, Takten ist schlimmer als knapp dimensioniert.</div></article>`+
				`<article class="message"><a class="user" href="/m/lena">Lena</a><div class="body">Unser Split-Gerät hört man nachts im Garten kaum, aber lass dir die Schallwerte schriftlich geben.</div></article></div></main>`),
		typ: non, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_CONSENT_WALL,
	}, {
		name: "consent dialog in the story's place above three teasers under linked headlines",
		page: slotPage("en", "Budget deal agreed", consentEN,
			`<div class="teaser"><h3><a href="/1">Storm closes schools across the region for two days</a></h3><p>Lessons are cancelled on Thursday and Friday in all the county's towns.</p></div>`+
				`<div class="teaser"><h3><a href="/2">New bridge over the river to open in spring</a></h3><p>The builders expect to finish by the middle of April if the weather allows.</p></div>`+
				`<div class="teaser"><h3><a href="/3">Library on Market Street to close in March</a></h3><p>The council voted to move the books to the new community centre.</p></div>`),
		typ: non, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_CONSENT_WALL,
	}, {
		// The opposite error: short stories beside a wall's look-alike.
		name: "German brief whose body opens with its date line, after a consent-gated video",
		page: slotPage("de", "Stadtfest verschoben", `<div class="video"><p>Um dieses Video zu sehen, stimmen Sie externen Inhalten zu.</p><button>Alle akzeptieren</button></div>`,
			`<div class="text"><p>3. Dezember 2026</p><p>Das Stadtfest wird vom Juni in den September verschoben, hat der Stadtrat am Donnerstag beschlossen, weil im Sommer der Marktplatz umgebaut wird.</p></div>`),
		typ: article, want: []string{"Das Stadtfest wird vom Juni in den September verschoben"},
	}, {
		name: "page builder's story: a consent-gated video widget, then text widgets of the same class",
		page: slotPage("en", "Harbour festival moves to June", `<div class="el el-video"><p>Accept cookies to watch this video.</p><button>Accept all</button></div>`+
			`<div class="el el-text"><p>The harbour festival will move from August to June next year, the organisers said on Friday, to avoid the busiest weeks of the tourist season.</p></div>`+
			`<div class="el el-text"><p>Tickets go on sale in March; the programme will be announced in April.</p></div>`, ""),
		typ: article, want: []string{"The harbour festival will move", "Tickets go on sale in March"},
	}, {
		name: "English 40-word brief with a consent-gated video before it",
		page: slotPage("en", "Ski courses return", `<div class="embed"><p>This video is blocked until you accept cookies.</p><button>Accept all</button></div>`+
			`<p>The ski club offers its courses on the hill again this winter. They start on 2 January and take place whatever the snow, with a bus from the station on Saturdays.</p><p>Sign up by 20 December at the club office or on its website.</p>`, replies),
		typ: article, want: []string{"The ski club offers its courses", "Sign up by 20 December"},
	}, {
		name: "German news item beside a long comment thread with a sign-in form to comment",
		page: slotPage("de", "Brücke gesperrt", `<p>Die Brücke über die Lahn bleibt bis Freitag gesperrt. Die Stadt lässt die Fahrbahn nach dem Unfall vom Wochenende prüfen, der Verkehr wird so lange über die Umgehung und die Bahnhofstraße geleitet, teilte das Ordnungsamt mit.</p>`,
			replies+`<div><p>Melden Sie sich an, um zu kommentieren.</p><form action="/login"><input type="email" name="e"><input type="password" name="p"><button>Anmelden</button></form></div>`),
		typ: article, want: []string{"Die Brücke über die Lahn bleibt bis Freitag gesperrt"},
	}, {
		name: "French photo story with captions and a script notice for its slideshow",
		page: slotPage("fr", "Le marché de Noël en images", `<p>Le marché de Noël a ouvert samedi sur la place du Général-de-Gaulle avec quatre-vingts chalets et une grande roue.</p>`+
			`<div class="slides"><div id="slider"></div><noscript>Veuillez activer JavaScript pour voir le diaporama.</noscript>`+
			`<figure><img src="/1.jpg" alt=""><figcaption>Les premiers visiteurs devant les chalets illuminés samedi soir.</figcaption></figure>`+
			`<figure><img src="/2.jpg" alt=""><figcaption>La grande roue installée pour la première fois près de l'opéra.</figcaption></figure></div>`, ""),
		typ: article, want: []string{"Le marché de Noël a ouvert samedi"},
	}, {
		name: "Spanish live-blog stub whose entries sit under their own headings, with an app link",
		page: slotPage("es", "Directo: temporal en la comarca", `<p>Seguimos en directo el temporal que afecta a la comarca desde primera hora de la mañana.</p>`+
			`<p><a href="https://apps.apple.com/app/id1234567890">Sigue el directo en nuestra app</a></p>`+
			`<section><h3>10:05</h3><p>Protección Civil pide no circular por la carretera de la costa hasta nuevo aviso.</p></section>`, ""),
		typ: article, want: []string{"Seguimos en directo el temporal", "Protección Civil pide no circular"},
	}, {
		name: "German live blog whose entries sit under their own headings, one of them a consent-gated embed",
		page: slotPage("de", "Sturmtief: der Liveblog", `<div class="feed"><article class="entry"><h2>Bahn stellt den Fernverkehr im Norden ein</h2><p>Die Bahn rechnet nicht damit, den Fernverkehr zwischen Hamburg und Bremen vor Montagmittag wieder aufzunehmen.</p></article>`+
			`<article class="entry"><h2>Feuerwehr mehr als 200 Mal im Einsatz</h2><p>Die Feuerwehr meldet seit dem Nachmittag mehr als 200 Einsätze, fast alle wegen umgestürzter Bäume.</p></article>`+
			`<article class="entry entry--embed"><div><p>Um diesen Inhalt zu sehen, müssen Sie externen Inhalten zustimmen.</p><button>Alle akzeptieren</button></div></article>`+
			`<article class="entry"><h2>Schulen bleiben am Montag geschlossen</h2><p>Drei Landkreise haben den Unterricht für Montag abgesagt, eine Notbetreuung wird angeboten.</p></article></div>`, ""),
		typ: article, want: []string{"Die Bahn rechnet nicht damit", "Drei Landkreise haben den Unterricht"},
	}, {
		name: "old layout: story under a kicker heading in the centre column, a poll with agree buttons and a script's teaser link in the right one",
		page: wallPage("en", `<title>Council votes to close the old library | The Test Courier</title>`+ogArticle,
			`<div id="wrap"><div id="centre"><h2>News</h2><h1>Council votes to close the old library</h1>`+
				`<p>The council voted on Tuesday to close the old library on Market Street at the end of March and to move its books to the new community centre.</p>`+
				`<p>Campaigners said they would ask for a review of the decision before the building is sold.</p></div>`+
				`<div id="right"><div class="poll"><p>Should the library stay open?</p><button>Agree</button><button>Disagree</button></div>`+
				`<div><script src="/teaser.js"></script><noscript><a href="/story/42">Does the town need a second swimming pool?</a></noscript></div></div></div>`),
		typ: article, want: []string{"The council voted on Tuesday", "Campaigners said they would ask"},
	}, {
		// Short lines make a story too: a run of three or more under one
		// parent is no date or label.
		name: "German results list of short lines after a consent-gated video",
		page: slotPage("de", "Ergebnisse der Kreisliga", `<div class="embed"><p>Um diesen Inhalt zu sehen, stimmen Sie externen Inhalten zu.</p><button>Akzeptieren</button></div>`+
			`<p>FC Nord – SV Süd 2:1</p><p>TSV Ost – SC West 0:0</p><p>VfL Mitte – FSV Berg 3:2</p><p>SpVgg Tal – TuS Au 1:4</p><p>Der nächste Spieltag ist am Sonntag.</p>`, ""),
		typ: article, want: []string{"FC Nord – SV Süd 2:1", "SpVgg Tal – TuS Au 1:4"},
	}, {
		name: "French brief of one-line items after a consent-gated map",
		page: slotPage("fr", "En bref", `<div class="embed"><p>Acceptez les cookies pour voir ce contenu.</p><button>Accepter</button></div>`+
			`<ul><li>Le pont rouvre lundi matin.</li><li>La piscine ferme pour travaux.</li><li>Le marché change de place.</li><li>Nouveaux horaires pour la mairie.</li><li>La fête du quartier est reportée.</li><li>Le bus 12 change d'itinéraire.</li></ul>`, ""),
		typ: article, want: []string{"Le pont rouvre lundi matin.", "Le bus 12 change d'itinéraire."},
	}, {
		name: "Spanish brief of short paragraphs under an open-in-app banner",
		page: slotPage("es", "Breves", `<div class="app-banner"><p>Lee más rápido</p><a href="https://play.google.com/store/apps/details?id=com.example">Abrir en la app</a></div>`+
			`<p>Cierra el puente del río.</p><p>Abre la nueva piscina municipal.</p><p>El mercado cambia de plaza.</p><p>Nuevo horario en el ayuntamiento.</p><p>La feria empieza el viernes.</p><p>Corte de agua en el centro.</p><p>Nueva parada de autobús.</p>`, ""),
		typ: article, want: []string{"Cierra el puente del río.", "Nueva parada de autobús."},
	}, {
		name: "Russian brief of short paragraphs after a comment form with a password field",
		page: slotPage("ru", "Коротко", `<div class="comment-form"><p>Оставить комментарий</p><form><input type="text" name="u"><input type="password" name="p"><button>Войти</button></form></div>`+
			`<p>Мост откроют в понедельник утром.</p><p>Бассейн закрыт на ремонт до марта.</p><p>Рынок переезжает на соседнюю площадь.</p><p>У мэрии новый график работы.</p><p>Ярмарка начнётся в пятницу вечером.</p><p>Автобус 12 меняет маршрут.</p>`, ""),
		typ: article, want: []string{"Мост откроют в понедельник утром.", "Автобус 12 меняет маршрут."},
	}, {
		// Sections of one text each open with a heading of their own,
		// as a rail does, but come three or more in a row under
		// headings that are no links.
		name: "English listicle whose points sit in sections under their own headings, after a consent-gated video",
		page: slotPage("en", "Winter driving tips", `<div class="embed"><p>Accept cookies to view this content.</p><button>Accept cookies</button></div>`+
			`<section><h2>1. Check your tyres</h2><p>Cold air lowers the pressure in your tyres; top them up before any long trip this winter.</p></section>`+
			`<section><h2>2. Carry a scraper</h2><p>Driving with ice on the windscreen is both a fine and a real danger on dark mornings.</p></section>`+
			`<section><h2>3. Keep the tank half full</h2><p>A jam on the motorway in snow can last for hours, and the engine keeps you warm.</p></section>`, ""),
		typ: article, want: []string{"Cold air lowers the pressure", "A jam on the motorway in snow"},
	}, {
		name: "German guide whose steps sit in blocks under their own headings, under an open-in-app banner",
		page: slotPage("de", "So beantragen Sie den neuen Ausweis", `<div class="app-banner"><a href="https://apps.apple.com/app/id1234567890">In der App öffnen</a></div>`+
			`<div class="step"><h3>Termin buchen</h3><p>Den Termin im Bürgerbüro buchen Sie online oder am Telefon, meist schon für die nächste Woche.</p></div>`+
			`<div class="step"><h3>Unterlagen mitbringen</h3><p>Bringen Sie den alten Ausweis, ein biometrisches Foto und bei Kindern die Geburtsurkunde mit.</p></div>`+
			`<div class="step"><h3>Ausweis abholen</h3><p>Nach etwa drei Wochen liegt der Ausweis bereit, abholen können Sie ihn ohne neuen Termin.</p></div>`, ""),
		typ: article, want: []string{"Den Termin im Bürgerbüro buchen Sie online", "Nach etwa drei Wochen liegt der Ausweis bereit"},
	}, {
		// A story's text may open with a subhead: beside an embed's
		// placeholder set among the story's blocks, a block under an
		// unlinked subhead that is mostly not links is the story's.
		name: "German story whose text block opens with a subhead, after a consent-gated video in the story's body",
		page: slotPage("de", "Bibliothek schließt", `<div class="embed"><p>Um diesen Inhalt zu sehen, stimmen Sie externen Inhalten zu.</p><button>Akzeptieren</button></div>`+
			`<div class="text"><h2>Das Wichtigste in Kürze</h2><p>Der Gemeinderat hat am Dienstag beschlossen, die alte Bibliothek in der Marktstraße Ende März zu schließen und die Bücher ins neue Bürgerhaus zu bringen.</p>`+
			`<p>Eine Bürgerinitiative will die Entscheidung überprüfen lassen, bevor das Gebäude verkauft wird, und sammelt seit Montag Unterschriften.</p></div>`, ""),
		typ: article, want: []string{"Der Gemeinderat hat am Dienstag beschlossen", "Eine Bürgerinitiative will die Entscheidung"},
	}, {
		name: "French commentary under its label heading after a consent-gated tweet in the story's body",
		page: slotPage("fr", "La bibliothèque ferme", `<div class="embed"><p>Acceptez les cookies pour voir ce contenu.</p><button>Accepter</button></div>`+
			`<div class="text"><h3>Éditorial</h3><p>Le conseil municipal a voté mardi la fermeture de l'ancienne bibliothèque de la rue du Marché à la fin du mois de mars.</p>`+
			`<p>Des habitants ont annoncé qu'ils demanderaient un réexamen de la décision avant la vente du bâtiment.</p></div>`, ""),
		typ: article, want: []string{"Le conseil municipal a voté mardi", "Des habitants ont annoncé"},
	}, {
		name: "German consent wall in the story's body beside a rail of linked teasers under its title",
		page: slotPage("de", "Bibliothek schließt", `<div class="embed"><p>Um diesen Inhalt zu sehen, stimmen Sie externen Inhalten zu.</p><button>Akzeptieren</button></div>`+
			`<div class="rail"><h3>Mehr zum Thema</h3><p><a href="/1">Die Stadtbibliothek verlängert ihre Öffnungszeiten am Samstag bis 18 Uhr</a></p><p><a href="/2">Neues Bürgerhaus soll im Herbst eröffnen, sagt der Bürgermeister</a></p></div>`, ""),
		typ: non, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_CONSENT_WALL,
	}, {
		name: "Russian story about cookies with a consent button of its own beside it",
		page: slotPage("ru", "Сайты обязали спрашивать согласие на куки", `<p>С первого марта сайты обязаны спрашивать согласие посетителей, прежде чем сохранять файлы куки на их устройствах.</p>`+
			`<p>За нарушение предусмотрен штраф до ста тысяч рублей для компаний и до десяти тысяч для владельцев личных страниц.</p>`,
			`<div class="embed"><p>Видео доступно после согласия на куки.</p><button>Принять все</button></div>`),
		typ: article, want: []string{"С первого марта сайты обязаны", "За нарушение предусмотрен штраф"},
	}, {
		name: "English story about a sign-in outage with the site's sign-in form below it",
		page: slotPage("en", "Council portal sign-in fails for a day", `<p>Residents could not sign in to the council's portal for most of Tuesday after a faulty update, the council said, and bills due that day will be accepted until Friday.</p>`,
			`<div><p>Sign in to comment.</p><form action="/login"><input type="email" name="e"><input type="password" name="p"><button>Sign in</button></form></div>`),
		typ: article, want: []string{"Residents could not sign in to the council's portal"},
	}}
	runKindCases(t, tests)
}
