# The eighth batch, written after extractor 1.11.0 and before it was run on
# these pages: page types on layouts the page-type rules never met, in nine
# languages. Walls (an IAB TCF-style consent overlay with the story behind
# it in the DOM, a registration wall, a hard paywall stub, a metered
# paywall with a visible lede, an age gate, an app-install interstitial),
# error pages served with status 200 inside the site's full chrome and
# teaser rails ("Seite nicht gefunden", "Ошибка 404"), a maintenance page,
# a script-only empty shell, listings (a tag archive, an author page, search
# results), media pages (a gallery of captions, a video with a short
# description), a live ticker, and controls (an article with a cookie
# banner, a story of about 80 words).
#
# The contract for a consent overlay (README, "page_type"): a page is a
# non-article when it shows no editorial text; content that metadata
# describes but the page does not show is not text. A consent overlay whose
# story is served in the same document behind it is an article: the story
# is on the page the reader gets once the overlay is answered, and the
# overlay is chrome like any cookie banner. Only a consent page without the
# story in the DOM is a CONSENT_WALL. An age gate that serves no content is
# NO_TEXT (the enum's "a form"); a maintenance page is an ERROR_PAGE.
#
# Parts were assigned by a fixed rule before the extractor was run: in the
# order written, every third page (3rd, 6th, 9th, 12th, 15th, 18th) is held
# out.
from kit import E, page, render


def part(n):
    return "heldout" if n % 3 == 0 else "tune"


# --- 1 de-consent-overlay-artikel (article): a regional paper's story with
# a full-page TCF consent overlay in front of it (purposes, 214 partners,
# accept / settings / pay-or-consent); the story is in the DOM behind it.
B = [
    ("p", "Die Stadt Würzburg will ab dem kommenden Herbst alle Grundschulen mit Trinkwasserspendern ausstatten. Der Stadtrat hat am Donnerstagabend einstimmig 480.000 Euro dafür bewilligt."),
    ("p", "Pro Schule sind zwei Spender vorgesehen, einer im Eingangsbereich und einer in der Nähe der Sporthalle. Die Geräte werden direkt an die Wasserleitung angeschlossen und filtern das Wasser vor der Ausgabe."),
    ("p", "Anlass war eine Elterninitiative, die im Frühjahr mehr als 3.000 Unterschriften gesammelt hatte. Viele Kinder brächten gesüßte Getränke mit in die Schule, weil es dort kein frisches Wasser gebe, hieß es in dem Antrag."),
    ("quote", "Wasser aus der Leitung ist das gesündeste und günstigste Getränk, das wir haben. Es muss nur da sein, wo die Kinder sind.", "Schulreferentin Judith Roth"),
    ("p", "Die ersten zehn Schulen sollen bis zu den Herbstferien ausgestattet sein, die übrigen bis Ende 2027. Die Wartung übernimmt die Würzburger Versorgungs- und Verkehrs-GmbH."),
]
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Trinkwasserspender für alle Grundschulen | Mainfranken-Kurier</title>
<meta property="og:type" content="article"><meta property="og:description" content="Der Stadtrat bewilligt 480.000 Euro für Trinkwasserspender an Würzburger Grundschulen.">
<script>window.__tcfapi=function(){};</script></head>
<body class="cmp-open">
<div id="cmp-root" class="cmp-layer cmp-layer--fullscreen" role="dialog" aria-modal="true" aria-labelledby="cmp-title">
<div class="cmp-box">
<div class="cmp-logo"><img src="/static/logo.svg" alt="Mainfranken-Kurier"></div>
<h2 id="cmp-title">Wir brauchen Ihre Zustimmung</h2>
<p class="cmp-text">Wir und unsere 214 Partner speichern und/oder greifen auf Informationen auf einem Gerät zu, zum Beispiel Cookies, und verarbeiten personenbezogene Daten wie eindeutige Kennungen und Standarddaten, die von einem Gerät übermittelt werden, für personalisierte Werbung und Inhalte, Werbe- und Inhaltsmessungen, Erkenntnisse über Zielgruppen und Produktentwicklungen.</p>
<p class="cmp-text">Mit Ihrer Zustimmung können wir und unsere Partner genaue Standortdaten und Kenndaten durch Gerätescans verwenden. Sie können Ihre Einwilligung jederzeit über den Link „Datenschutz-Einstellungen“ am Ende jeder Seite widerrufen.</p>
<ul class="cmp-purposes"><li>Informationen auf einem Gerät speichern und/oder abrufen</li><li>Personalisierte Werbung und Inhalte, Messung von Werbeleistung und der Performance von Inhalten</li><li>Entwicklung und Verbesserung von Angeboten</li></ul>
<div class="cmp-buttons"><button class="cmp-btn cmp-btn--accept">Alle akzeptieren</button><button class="cmp-btn cmp-btn--settings">Einstellungen</button><a class="cmp-btn cmp-btn--pur" href="/abo/pur/">Ohne Werbetracking lesen – PUR-Abo für 2,99 €</a></div>
<p class="cmp-links"><a href="/datenschutz/">Datenschutzerklärung</a> · <a href="/impressum/">Impressum</a></p>
</div>
</div>
<div class="page-wrap" aria-hidden="true">
<header class="site-header"><a class="brand" href="/">Mainfranken-Kurier</a><nav class="main-nav"><a href="/wuerzburg/">Würzburg</a><a href="/region/">Region</a><a href="/sport/">Sport</a><a href="/kultur/">Kultur</a><a href="/abo/">Abo</a></nav></header>
<main class="content">
<article class="article">
<div class="article-kicker">Würzburg</div>
<h1 class="article-title">Trinkwasserspender für alle Grundschulen</h1>
<div class="article-meta"><span class="author">Von Sabine Kettler</span> · <time datetime="2026-12-04T18:30:00+01:00">04.12.2026, 18:30 Uhr</time></div>
<div class="article-body">
{BODY}
</div>
<div class="article-tags">Themen: <a href="/thema/schule/">Schule</a> <a href="/thema/stadtrat/">Stadtrat</a></div>
</article>
<aside class="most-read"><h3>Meistgelesen</h3><ol><li><a href="/region/b19-sperrung/">B19 bei Giebelstadt ab Montag gesperrt</a></li><li><a href="/wuerzburg/weihnachtsmarkt-bilanz/">Weihnachtsmarkt zieht erste Bilanz</a></li></ol></aside>
</main>
<footer class="site-footer">© 2026 Mainfranken-Kurier GmbH · <a href="/datenschutz/">Datenschutz</a></footer>
</div>
</body></html>
"""
page(part(1), "de-consent-overlay-artikel", "https://www.mainfranken-kurier.test/wuerzburg/trinkwasserspender-grundschulen/", B,
     H.replace("{BODY}", render(B)),
     ["Wir brauchen Ihre Zustimmung", "214 Partner", "Alle akzeptieren", "PUR-Abo", "Meistgelesen", "B19 bei Giebelstadt", "Von Sabine Kettler"],
     must=("Die ersten zehn Schulen sollen bis zu den Herbstferien ausgestattet sein",))

# --- 2 fr-mur-inscription (non-article, LOGIN_WALL): a national paper's
# registration wall: headline and chapô, then a box asking to create a
# free account or sign in (e-mail and password fields, a Google button);
# full chrome with a "most read" rail.
H = """<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>Retraites : ce que change la réforme pour les carrières longues - L'Écho national</title>
<meta property="og:type" content="article"><meta property="og:description" content="Départ anticipé, durée de cotisation, trimestres validés : les nouvelles règles expliquées."></head>
<body class="article-page">
<header class="header"><div class="header__top"><a class="header__logo" href="/">L'Écho national</a><a class="header__login" href="/connexion/">Se connecter</a><a class="header__abo" href="/abonnement/">S'abonner</a></div>
<nav class="header__nav"><a href="/politique/">Politique</a><a href="/economie/">Économie</a><a href="/societe/">Société</a><a href="/international/">International</a><a href="/sport/">Sport</a></nav></header>
<main class="main">
<article class="article article--registration">
<p class="article__kicker">Économie</p>
<h1 class="article__title">Retraites : ce que change la réforme pour les carrières longues</h1>
<p class="article__chapo">Départ anticipé, durée de cotisation, trimestres validés : les nouvelles règles expliquées.</p>
<div class="article__meta">Par Claire Dumoulin · Le 5 décembre 2026 à 07h00</div>
<div class="registration-wall">
<h2 class="registration-wall__title">Pour lire la suite, créez votre compte gratuit</h2>
<p>L'inscription est gratuite et ne prend que quelques secondes.</p>
<form class="registration-wall__form" method="post" action="/compte/inscription/">
<label for="rw-email">Adresse e-mail</label><input id="rw-email" type="email" name="email" autocomplete="email">
<label for="rw-pass">Mot de passe</label><input id="rw-pass" type="password" name="password" autocomplete="new-password">
<button type="submit" class="btn btn--primary">Créer mon compte</button>
</form>
<button class="btn btn--google">Continuer avec Google</button>
<p class="registration-wall__login">Déjà inscrit ? <a href="/connexion/">Se connecter</a></p>
</div>
</article>
<aside class="most-read"><h3>Les plus lus</h3><ol>
<li><a href="/societe/greve-sncf-noel/">Grève SNCF : le trafic prévu pour les vacances de Noël</a></li>
<li><a href="/economie/prix-carburants-decembre/">Prix des carburants : nouvelle baisse à la pompe</a></li>
<li><a href="/politique/budget-49-3/">Budget : le gouvernement engage sa responsabilité</a></li>
</ol></aside>
</main>
<footer class="footer"><a href="/mentions-legales/">Mentions légales</a> <a href="/cgu/">CGU</a> <a href="/cookies/">Gestion des cookies</a> © L'Écho national</footer>
</body></html>
"""
page(part(2), "fr-mur-inscription", "https://www.echo-national.test/economie/retraites-carrieres-longues/", [], H,
     ["créez votre compte gratuit", "Créer mon compte", "Les plus lus", "Grève SNCF"], page_type="non_article", reason="LOGIN_WALL")

# --- 3 es-muro-pago (non-article, PAYWALL; held out): a business daily's
# hard paywall: headline, subtitle and a subscription offer with prices;
# schema.org says the story is not free.
H = """<!DOCTYPE html>
<html lang="es">
<head><meta charset="utf-8"><title>Las navieras suben los fletes a Canarias un 18% | Diario Mercantil</title>
<meta property="og:type" content="article"><meta property="og:description" content="Las tres grandes navieras aplicarán la subida a partir de enero.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Las navieras suben los fletes a Canarias un 18%","isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".contenido-premium"}}</script></head>
<body>
<header class="cabecera"><a class="logo" href="/">Diario Mercantil</a><nav><a href="/empresas/">Empresas</a><a href="/mercados/">Mercados</a><a href="/economia/">Economía</a><a href="/opinion/">Opinión</a></nav><a class="acceso" href="/acceso/">Iniciar sesión</a></header>
<main>
<article class="noticia noticia--premium">
<span class="antetitulo">Transporte marítimo</span>
<h1>Las navieras suben los fletes a Canarias un 18%</h1>
<h2 class="subtitulo">Las tres grandes navieras aplicarán la subida a partir de enero y los importadores temen un encarecimiento de la cesta de la compra en las islas.</h2>
<div class="firma">Pablo Ortega · Madrid · 06 dic. 2026</div>
<div class="contenido-premium">
<div class="muro">
<p class="muro__titulo">Este contenido es exclusivo para suscriptores</p>
<ul class="muro__ventajas"><li>Acceso ilimitado a todas las noticias</li><li>Newsletter exclusiva cada mañana</li><li>Hemeroteca desde 1998</li></ul>
<div class="muro__planes"><div class="plan"><span class="plan__nombre">Digital</span><span class="plan__precio">1 € el primer mes</span><a class="btn" href="/suscripcion/digital/">Suscríbete</a></div>
<div class="plan"><span class="plan__nombre">Digital + Papel</span><span class="plan__precio">29,99 €/mes</span><a class="btn" href="/suscripcion/papel/">Suscríbete</a></div></div>
<p class="muro__acceso">¿Ya eres suscriptor? <a href="/acceso/">Inicia sesión</a></p>
</div>
</div>
</article>
<aside class="lo-mas"><h3>Lo más leído</h3><a href="/mercados/ibex-cierre/">El Ibex cierra la semana en máximos</a><a href="/empresas/renfe-ave/">Renfe adjudica el mantenimiento de sus AVE</a></aside>
</main>
<footer>© Diario Mercantil S.A. · <a href="/aviso-legal/">Aviso legal</a></footer>
</body></html>
"""
page(part(3), "es-muro-pago", "https://www.diariomercantil.test/empresas/navieras-fletes-canarias/", [], H,
     ["exclusivo para suscriptores", "1 € el primer mes", "Lo más leído", "El Ibex cierra"], page_type="non_article", reason="PAYWALL")

# --- 4 it-paywall-metered (article, paywalled): a regional paper's story
# with a visible lede of three paragraphs, then a fade and a box offering a
# subscription; schema.org marks the rest as not free.
B = [
    ("p", "La Regione Emilia-Romagna ha approvato il piano per la manutenzione degli argini del Reno e dei suoi affluenti: 62 milioni di euro in tre anni, la cifra più alta mai stanziata per la difesa idraulica del bacino."),
    ("p", "I lavori partiranno in primavera dai tratti tra Casalecchio e Sasso Marconi, dove le piene dell'ottobre scorso avevano eroso le sponde in più punti. Sono previsti il rinforzo di 40 chilometri di argini e la pulizia degli alvei."),
    ("p", "Secondo l'assessora all'ambiente, metà della somma arriva da fondi nazionali per la ricostruzione, il resto dal bilancio regionale e dai consorzi di bonifica."),
]
H = """<!DOCTYPE html>
<html lang="it">
<head><meta charset="utf-8"><title>Argini del Reno, 62 milioni in tre anni - Gazzetta Emiliana</title>
<meta property="og:type" content="article"><meta property="og:description" content="Approvato il piano di manutenzione degli argini.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Argini del Reno, 62 milioni in tre anni","datePublished":"2026-12-05T09:10:00+01:00","isAccessibleForFree":"False","hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".article-locked"}}</script></head>
<body>
<header class="masthead"><a class="masthead__logo" href="/">Gazzetta Emiliana</a><nav><a href="/bologna/">Bologna</a><a href="/modena/">Modena</a><a href="/cronaca/">Cronaca</a><a href="/sport/">Sport</a></nav><a class="masthead__abbonati" href="/abbonamenti/">Abbonati</a></header>
<main class="main-content">
<article class="article">
<h1 class="article__headline">Argini del Reno, 62 milioni in tre anni</h1>
<div class="article__byline">di Marco Ferri · 5 dicembre 2026</div>
<div class="article__body">
{BODY}
<div class="article-locked" aria-hidden="true"></div>
</div>
<div class="paywall-box">
<p class="paywall-box__title">Continua a leggere questo articolo</p>
<p>Hai letto tutti gli articoli gratuiti di questo mese. Abbonati a Gazzetta Emiliana Digitale: il primo mese a 0,99 euro, poi 6,99 euro al mese. Disdici quando vuoi.</p>
<a class="btn btn-primary" href="/abbonamenti/digitale/">Abbonati ora</a>
<p class="paywall-box__login">Sei già abbonato? <a href="/login/">Accedi</a></p>
</div>
</article>
<aside class="sidebar"><h3>Più letti</h3><ul><li><a href="/bologna/tram-linea-rossa/">Tram, la linea rossa apre a marzo</a></li><li><a href="/modena/fiera-natale/">Modena, la fiera di Natale fa il pieno</a></li></ul></aside>
</main>
<footer class="footer">Gazzetta Emiliana · P.IVA 01234560378 · <a href="/privacy/">Privacy</a></footer>
</body></html>
"""
page(part(4), "it-paywall-metered", "https://www.gazzettaemiliana.test/bologna/argini-reno-62-milioni/", B, H.replace("{BODY}", render(B)),
     ["Continua a leggere", "Abbonati ora", "0,99 euro", "Più letti", "Tram, la linea rossa"], paywalled=True,
     must=("Secondo l'assessora all'ambiente",))

# --- 5 de-seite-nicht-gefunden (non-article, ERROR_PAGE): a news site's
# "page not found" served with status 200 in the full site chrome: search
# box, and a rail of six teasers with excerpts below the notice.
TEASERS_DE = [
    ("/politik/landtag-haushalt-2027/", "Landtag beschließt Doppelhaushalt", "Nach drei Tagen Debatte hat der Landtag den Haushalt für 2027 und 2028 verabschiedet. Die Opposition kritisiert die neuen Schulden."),
    ("/wirtschaft/werk-schliessung-hof/", "Zulieferer schließt Werk in Hof", "Rund 420 Beschäftigte sind betroffen. Die IG Metall kündigt Widerstand an und fordert einen Sozialplan."),
    ("/kultur/theater-spielzeit/", "Stadttheater stellt neue Spielzeit vor", "Drei Uraufführungen und ein Festival für junges Publikum: Das Haus setzt auf neue Stoffe."),
    ("/sport/eishockey-derby/", "Derby-Sieg in der Verlängerung", "Die Eisbären gewinnen das Oberfranken-Derby mit 4:3 nach Verlängerung vor ausverkauftem Haus."),
    ("/region/bahnhof-umbau/", "Bahnhof wird barrierefrei", "Ab Februar bekommen alle Bahnsteige Aufzüge. Während der Bauzeit fallen einzelne Züge aus."),
    ("/panorama/schnee-wochenende/", "Erster Schnee zum Wochenende", "Der Wetterdienst erwartet bis zu zehn Zentimeter Neuschnee in den Hochlagen des Fichtelgebirges."),
]
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Seite nicht gefunden | Frankenpost Online</title><meta name="robots" content="noindex"></head>
<body class="error-page">
<header class="hdr"><div class="hdr__inner"><a class="hdr__logo" href="/">Frankenpost Online</a>
<nav class="hdr__nav"><ul><li><a href="/politik/">Politik</a></li><li><a href="/wirtschaft/">Wirtschaft</a></li><li><a href="/region/">Region</a></li><li><a href="/sport/">Sport</a></li><li><a href="/kultur/">Kultur</a></li><li><a href="/panorama/">Panorama</a></li></ul></nav>
<a class="hdr__abo" href="/abo/">Abo</a></div></header>
<main class="main">
<section class="notfound">
<h1 class="notfound__title">Seite nicht gefunden</h1>
<p>Die von Ihnen aufgerufene Seite ist leider nicht (mehr) verfügbar. Möglicherweise wurde der Artikel verschoben oder archiviert, oder die Adresse enthält einen Tippfehler.</p>
<form class="notfound__search" action="/suche/"><input type="search" name="q" placeholder="Suchbegriff eingeben"><button type="submit">Suchen</button></form>
<p><a href="/">Zur Startseite</a></p>
</section>
<section class="teaser-rail"><h2 class="teaser-rail__title">Das könnte Sie auch interessieren</h2>
{TEASERS}
</section>
</main>
<footer class="ftr"><nav><a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a> <a href="/kontakt/">Kontakt</a></nav><p>© 2026 Frankenpost Online</p></footer>
</body></html>
"""
t = "\n".join('<article class="teaser"><a class="teaser__link" href="%s"><img src="/img/t%d.jpg" alt=""><h3 class="teaser__title">%s</h3></a><p class="teaser__text">%s</p></article>' % (u, i, E(h), E(x))
              for i, (u, h, x) in enumerate(TEASERS_DE))
page(part(5), "de-seite-nicht-gefunden", "https://www.frankenpost-online.test/region/alte-meldung-12345/", [], H.replace("{TEASERS}", t),
     ["Seite nicht gefunden", "Das könnte Sie auch interessieren", "Landtag beschließt Doppelhaushalt", "Zulieferer schließt Werk"], page_type="non_article", reason="ERROR_PAGE")

# --- 6 ru-oshibka-404 (non-article, ERROR_PAGE; held out): a city news
# site's 404 served with 200: "Ошибка 404", a line of apology, and a block
# of eight latest news with short leads, in the full chrome.
NEWS_RU = [
    ("Мэрия объявила конкурс на ремонт набережной", "Работы должны начаться весной и завершиться к осени 2027 года."),
    ("В Заречном районе откроют новую поликлинику", "Здание рассчитано на 600 посещений в смену, приём начнётся в январе."),
    ("Трамвай № 5 изменит маршрут на время ремонта путей", "Изменения вступят в силу с понедельника и продлятся две недели."),
    ("Хоккейный клуб обыграл лидера чемпионата", "Решающую шайбу забросили за две минуты до конца матча."),
    ("В городе выпал первый снег", "Коммунальные службы вывели на улицы 140 единиц техники."),
    ("Библиотека имени Белинского продлила часы работы", "Читальные залы будут открыты до 22:00 по будням."),
    ("Аэропорт запустил прямой рейс в Калининград", "Самолёты будут летать два раза в неделю."),
    ("На ярмарке выходного дня ждут 200 фермеров", "Ярмарка пройдёт на площади Труда в субботу и воскресенье."),
]
H = """<!DOCTYPE html>
<html lang="ru">
<head><meta charset="utf-8"><title>Страница не найдена — Уральские ведомости</title></head>
<body>
<div class="wrapper">
<header class="header"><a class="header__logo" href="/">Уральские ведомости</a><div class="header__weather">−7°</div>
<ul class="menu"><li><a href="/news/">Новости</a></li><li><a href="/society/">Общество</a></li><li><a href="/economy/">Экономика</a></li><li><a href="/sport/">Спорт</a></li><li><a href="/culture/">Культура</a></li></ul></header>
<div class="content">
<div class="page-404">
<div class="page-404__code">404</div>
<h1>Ошибка 404</h1>
<p>К сожалению, запрашиваемая страница не найдена. Возможно, она была удалена или вы ошиблись при вводе адреса.</p>
<p><a href="/">Вернуться на главную</a></p>
</div>
<div class="news-block"><div class="news-block__title">Последние новости</div>
{NEWS}
</div>
</div>
<footer class="footer"><p>© 2001–2026 «Уральские ведомости». Все права защищены.</p><p>18+</p></footer>
</div>
</body></html>
"""
t = "\n".join('<div class="news-item"><span class="news-item__time">%d:%02d</span><a class="news-item__title" href="/news/%d/">%s</a><div class="news-item__lead">%s</div></div>' % (17 - i // 3, (i * 7) % 60, 58120 - i, E(h), E(x))
              for i, (h, x) in enumerate(NEWS_RU))
page(part(6), "ru-oshibka-404", "https://uralved.test/news/57000/", [], H.replace("{NEWS}", t),
     ["Ошибка 404", "Последние новости", "Мэрия объявила конкурс"], page_type="non_article", reason="ERROR_PAGE")

# --- 7 en-maintenance (non-article, ERROR_PAGE): a local paper's
# scheduled-maintenance page ("We'll be right back") with its logo and
# links to its social accounts, served with 200.
H = """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>We’ll be right back – The Harbour Gazette</title><meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:Georgia,serif;text-align:center;padding:4rem}</style></head>
<body class="maintenance">
<div class="maintenance-wrap">
<img class="logo" src="/assets/harbour-gazette.svg" alt="The Harbour Gazette">
<h1>We’ll be right back</h1>
<p>The Harbour Gazette website is currently undergoing scheduled maintenance while we make some improvements behind the scenes. We expect to be back online by 6am on Sunday. Thank you for your patience.</p>
<p>In the meantime you can follow our latest coverage on <a href="https://www.facebook.com/harbourgazette">Facebook</a> and <a href="https://x.com/harbourgazette">X</a>, or read today’s edition in our <a href="/eedition/">digital replica</a>.</p>
<p class="small">Need to reach the newsroom? Email <a href="mailto:news@harbourgazette.test">news@harbourgazette.test</a></p>
</div>
</body></html>
"""
page(part(7), "en-maintenance", "https://www.harbourgazette.test/news/lifeboat-station-appeal/", [], H,
     ["We’ll be right back", "scheduled maintenance", "news@harbourgazette.test"], page_type="non_article", reason="ERROR_PAGE")

# --- 8 nl-app-interstitial (non-article, APP_INTERSTITIAL): a news site's
# mobile interstitial asking to read the story in its app: store badges,
# an open-in-app button and a "continue in the browser" link.
H = """<!DOCTYPE html>
<html lang="nl">
<head><meta charset="utf-8"><title>Gemeente bouwt 900 huurwoningen in Leidsche Rijn | Utrechts Nieuwsblad</title>
<meta property="og:type" content="article"><meta property="og:description" content="De gemeente en drie corporaties tekenen voor 900 sociale huurwoningen.">
<meta name="apple-itunes-app" content="app-id=1234567890"></head>
<body class="app-promo">
<div class="app-promo__sheet">
<img class="app-promo__icon" src="/static/app-icon.png" alt="">
<h2 class="app-promo__title">Lees dit artikel in de app</h2>
<p class="app-promo__text">Sneller laden, pushberichten bij groot nieuws en de krant van morgen al vanavond.</p>
<a class="button button--primary" href="unieuws://artikel/8812734">Openen in de app</a>
<div class="app-promo__stores"><a href="https://apps.apple.com/nl/app/utrechts-nieuwsblad/id1234567890"><img src="/static/appstore.svg" alt="Download in de App Store"></a>
<a href="https://play.google.com/store/apps/details?id=nl.unieuws.app"><img src="/static/googleplay.svg" alt="Ontdek het op Google Play"></a></div>
<a class="app-promo__skip" href="?noapp=1">Verder in de browser</a>
</div>
</body></html>
"""
page(part(8), "nl-app-interstitial", "https://www.utrechtsnieuwsblad.test/utrecht/gemeente-bouwt-900-huurwoningen/", [], H,
     ["Lees dit artikel in de app", "Openen in de app", "Verder in de browser"], page_type="non_article", reason="APP_INTERSTITIAL")

# --- 9 pl-bramka-wieku (non-article, NO_TEXT; held out): a craft
# brewery's blog served behind an age gate: the page holds the gate's
# question, its buttons and the footer; the post is not in the document.
H = """<!DOCTYPE html>
<html lang="pl">
<head><meta charset="utf-8"><title>Nowe piwo zimowe: porter bałtycki z wiśnią | Browar Kormoran Blog</title>
<meta property="og:type" content="article"><meta property="og:description" content="Nasz zimowy porter bałtycki leżakował cztery miesiące na wiśniach z Sandomierza."></head>
<body class="age-gate-active">
<div class="age-gate" role="dialog" aria-modal="true">
<img class="age-gate__logo" src="/wp-content/uploads/logo.png" alt="Browar Kormoran">
<h2 class="age-gate__heading">Czy masz ukończone 18 lat?</h2>
<p class="age-gate__text">Treści na tej stronie dotyczą napojów alkoholowych i są przeznaczone wyłącznie dla osób pełnoletnich.</p>
<form class="age-gate__form" method="post" action="/age-gate/"><button type="submit" name="age" value="yes" class="age-gate__button age-gate__button--yes">Tak, mam 18 lat</button><button type="submit" name="age" value="no" class="age-gate__button age-gate__button--no">Nie</button>
<label class="age-gate__remember"><input type="checkbox" name="remember"> Zapamiętaj mnie na 30 dni</label></form>
<p class="age-gate__legal">Nadmierne spożywanie alkoholu szkodzi zdrowiu.</p>
</div>
<footer class="site-footer"><p>© 2026 Browar Kormoran Sp. z o.o.</p><a href="/polityka-prywatnosci/">Polityka prywatności</a></footer>
</body></html>
"""
page(part(9), "pl-bramka-wieku", "https://browarkormoran.test/blog/porter-baltycki-wisnia/", [], H,
     ["Czy masz ukończone 18 lat?", "Tak, mam 18 lat", "Nadmierne spożywanie alkoholu"], page_type="non_article", reason="NO_TEXT")

# --- 10 de-js-shell (non-article, NO_TEXT): a single-page app's empty
# shell: a root div, bundles, a <noscript> line, article metadata in the
# head (og:description, JSON-LD NewsArticle) that the page does not show.
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Neue Radwege für die Innenstadt – Rheinpfalz Digital</title>
<meta property="og:type" content="article"><meta property="og:title" content="Neue Radwege für die Innenstadt">
<meta property="og:description" content="Der Bauausschuss gibt grünes Licht für acht Kilometer neue Radwege zwischen Hauptbahnhof und Rheinufer.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Neue Radwege für die Innenstadt","description":"Der Bauausschuss gibt grünes Licht für acht Kilometer neue Radwege zwischen Hauptbahnhof und Rheinufer.","datePublished":"2026-12-06T06:00:00+01:00","author":{"@type":"Person","name":"Jonas Weber"}}</script>
<link rel="preload" href="/_app/immutable/entry/start.3f9a1c.js" as="script">
<link rel="stylesheet" href="/_app/immutable/assets/app.8b2e4d.css"></head>
<body>
<div id="svelte" data-sveltekit-preload-data="hover"></div>
<noscript><div class="noscript">Bitte aktivieren Sie JavaScript, um Rheinpfalz Digital in vollem Umfang nutzen zu können.</div></noscript>
<script type="module">import { start } from "/_app/immutable/entry/start.3f9a1c.js"; start({ target: document.getElementById("svelte"), paths: {"base":"","assets":""}, session: {}, route: true, spa: true, trailing_slash: "never", hydrate: null });</script>
<script id="__STATE__" type="application/json">{"article":{"id":771203,"title":"Neue Radwege für die Innenstadt","teaser":"Der Bauausschuss gibt grünes Licht für acht Kilometer neue Radwege zwischen Hauptbahnhof und Rheinufer.","body":[{"type":"p","text":"Mit den Stimmen von Grünen, SPD und FDP hat der Bauausschuss am Donnerstag den Radwegeplan beschlossen."}]}}</script>
</body></html>
"""
page(part(10), "de-js-shell", "https://www.rheinpfalz-digital.test/ludwigshafen/neue-radwege-innenstadt/", [], H,
     ["Bitte aktivieren Sie JavaScript"], page_type="non_article", reason="NO_TEXT")

# --- 11 es-etiqueta-listado (listing): a WordPress block theme's tag
# archive ("Etiqueta: vivienda"): eight post cards with category, title,
# date and excerpt, a description of the tag and pagination.
CARDS_ES = [
    ("alquiler-tope-barcelona", "El tope al alquiler rebaja los precios un 4% en Barcelona", "2026-12-04", "El índice de referencia se aplica desde marzo en 140 municipios catalanes. Los propietarios denuncian una caída de la oferta…"),
    ("vivienda-publica-madrid", "Madrid licita 2.000 viviendas públicas en alquiler asequible", "2026-12-02", "Las promociones se levantarán en suelos municipales de Vallecas, Villaverde y Carabanchel…"),
    ("hipotecas-noviembre", "Las hipotecas sobre viviendas crecen un 12% en noviembre", "2026-11-29", "El tipo de interés medio baja por quinto mes consecutivo y se sitúa en el 2,9%…"),
    ("okupacion-ley", "El Congreso tramita la reforma de la ley de desalojos", "2026-11-27", "La norma acorta los plazos judiciales en caso de ocupación ilegal de viviendas…"),
    ("pisos-turisticos-valencia", "Valencia congela las licencias de pisos turísticos", "2026-11-25", "La moratoria afecta a todo el centro histórico durante al menos un año…"),
    ("bono-alquiler-joven", "El bono alquiler joven amplía su plazo de solicitud", "2026-11-22", "Los menores de 35 años podrán pedir la ayuda de 250 euros mensuales hasta el 31 de enero…"),
    ("construccion-costes", "Los costes de construcción se moderan tras dos años al alza", "2026-11-20", "El precio de los materiales cae un 3% interanual, según la patronal del sector…"),
    ("cooperativas-cesion-uso", "Las cooperativas en cesión de uso ganan terreno", "2026-11-18", "Una veintena de proyectos están en marcha en Cataluña, Baleares y el País Vasco…"),
]
H = """<!DOCTYPE html>
<html lang="es">
<head><meta charset="utf-8"><title>vivienda archivos - El Periódico del Sur</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"CollectionPage","@id":"https://periodicodelsur.test/etiqueta/vivienda/","name":"vivienda archivos - El Periódico del Sur"}]}</script></head>
<body class="archive tag tag-vivienda wp-site-blocks">
<header class="wp-block-template-part"><div class="wp-block-group site-header"><p class="wp-block-site-title"><a href="/">El Periódico del Sur</a></p>
<nav class="wp-block-navigation"><ul><li><a href="/politica/">Política</a></li><li><a href="/economia/">Economía</a></li><li><a href="/sociedad/">Sociedad</a></li><li><a href="/cultura/">Cultura</a></li></ul></nav></div></header>
<main class="wp-block-group">
<h1 class="wp-block-query-title">Etiqueta: <span>vivienda</span></h1>
<div class="wp-block-term-description"><p>Noticias sobre el mercado de la vivienda, alquiler, hipotecas y políticas públicas de vivienda.</p></div>
<ul class="wp-block-post-template is-layout-grid">
{CARDS}
</ul>
<nav class="wp-block-query-pagination"><span class="page-numbers current">1</span><a class="page-numbers" href="/etiqueta/vivienda/page/2/">2</a><a class="page-numbers" href="/etiqueta/vivienda/page/3/">3</a><a class="wp-block-query-pagination-next" href="/etiqueta/vivienda/page/2/">Página siguiente</a></nav>
</main>
<footer class="wp-block-template-part"><p>© 2026 El Periódico del Sur · <a href="/aviso-legal/">Aviso legal</a> · <a href="/politica-de-cookies/">Cookies</a></p></footer>
</body></html>
"""
t = "\n".join('<li class="wp-block-post post-%d"><div class="wp-block-post-terms"><a href="/economia/">Economía</a></div><h2 class="wp-block-post-title"><a href="/economia/%s/">%s</a></h2><div class="wp-block-post-date"><time datetime="%s">%s</time></div><div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">%s</p><p class="wp-block-post-excerpt__more-text"><a href="/economia/%s/">Leer más</a></p></div></li>'
              % (9100 + i, s, E(h), d, d, E(x), s) for i, (s, h, d, x) in enumerate(CARDS_ES))
page(part(11), "es-etiqueta-listado", "https://periodicodelsur.test/etiqueta/vivienda/", [], H.replace("{CARDS}", t),
     ["Etiqueta:", "Página siguiente", "Leer más"], page_type="listing")

# --- 12 fr-page-auteur (listing; held out): a magazine's author page: a
# portrait, a bio of a few sentences and a list of her latest articles.
ARTS_FR = [
    ("Dans les Cévennes, la châtaigne retrouve ses vergers", "Abandonnées depuis les années 1960, les châtaigneraies renaissent grâce à une poignée de jeunes agriculteurs."),
    ("Loups : les bergers du Vercors entre colère et résignation", "Les attaques ont doublé en deux ans. Reportage auprès de ceux qui gardent les troupeaux la nuit."),
    ("Le retour du train de nuit Paris-Nice", "Six mois après sa relance, la ligne affiche complet le week-end. Mais le confort reste spartiate."),
    ("Ces villages qui rachètent leur dernier café", "Sous forme de coopérative ou de régie municipale, des communes sauvent le lieu de vie du bourg."),
    ("La Loire à vélo, vingt ans après", "L'itinéraire a attiré plus d'un million de cyclistes l'an dernier. Bilan d'un succès qui a changé les rives."),
    ("Sécheresse : les stations de ski misent sur l'été", "Tyroliennes, VTT et randonnée : la montagne tente de se réinventer sans la neige."),
]
H = """<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>Lucie Martinot, auteur sur Territoires Magazine</title>
<meta property="og:type" content="profile">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ProfilePage","mainEntity":{"@type":"Person","name":"Lucie Martinot","jobTitle":"Grand reporter"}}</script></head>
<body class="author author-lucie-martinot">
<header id="masthead" class="site-header"><a class="site-title" href="/">Territoires Magazine</a><nav id="site-navigation" class="main-navigation"><ul><li><a href="/reportages/">Reportages</a></li><li><a href="/enquetes/">Enquêtes</a></li><li><a href="/portraits/">Portraits</a></li><li><a href="/abonnement/">S'abonner</a></li></ul></nav></header>
<div id="content" class="site-content">
<section class="author-header">
<img class="avatar" src="/wp-content/uploads/lucie-martinot.jpg" alt="Lucie Martinot">
<h1 class="page-title">Lucie Martinot</h1>
<p class="author-role">Grand reporter</p>
<div class="author-bio"><p>Lucie Martinot couvre la ruralité, l'agriculture et l'environnement pour Territoires Magazine depuis 2014. Elle a auparavant travaillé pour la presse quotidienne régionale à Lyon et à Grenoble. Son livre « Les Derniers Bergers » a reçu le prix Albert-Londres du livre en 2022.</p></div>
<p class="author-social"><a href="https://x.com/luciemartinot">X</a> · <a href="mailto:l.martinot@territoires.test">Écrire à l'auteur</a></p>
</section>
<h2 class="section-title">Ses derniers articles</h2>
<div class="archive-list">
{ARTS}
</div>
<div class="nav-links"><a class="next page-numbers" href="/auteur/lucie-martinot/page/2/">Articles plus anciens</a></div>
</div>
<footer class="site-footer">Territoires Magazine · <a href="/mentions-legales/">Mentions légales</a></footer>
</body></html>
"""
t = "\n".join('<article class="post type-post"><header class="entry-header"><span class="cat-links"><a href="/reportages/">Reportages</a></span><h3 class="entry-title"><a href="/reportages/%d/">%s</a></h3><span class="posted-on"><time datetime="2026-%02d-10">%d %s 2026</time></span></header><div class="entry-summary"><p>%s</p></div></article>'
              % (3300 - i, E(h), 11 - i, 10, ["novembre", "octobre", "septembre", "août", "juillet", "juin"][i], E(x)) for i, (h, x) in enumerate(ARTS_FR))
page(part(12), "fr-page-auteur", "https://www.territoires-magazine.test/auteur/lucie-martinot/", [], H.replace("{ARTS}", t),
     ["Ses derniers articles", "Articles plus anciens", "Écrire à l'auteur"], page_type="listing")

# --- 13 en-search-results (listing): a public broadcaster's search page:
# "Search results for flood defences", result count, ten results with
# section, title, date and a snippet with highlighted terms, filters.
RES = [
    ("Council approves £12m flood defences for Tewkesbury", "The scheme includes raised walls along the Avon and new pumps at the Mythe.", "4 December 2026"),
    ("Why the Somerset Levels still flood", "A decade after dredging began, farmers say the flood defences are not enough.", "28 November 2026"),
    ("River Severn: flood barriers go up in Shrewsbury", "Temporary flood defences were installed on Frankwell quay on Tuesday morning.", "24 November 2026"),
    ("Environment Agency warns of funding gap", "More than 4,000 flood defences in England are in poor condition, a report finds.", "19 November 2026"),
    ("Residents lose fight over riverside wall", "The planning inspector backed the flood defences despite objections over views.", "12 November 2026"),
    ("How natural flood management works", "Leaky dams and new woodland can slow the flow before water reaches towns.", "5 November 2026"),
    ("Hull tidal barrier gets £40m upgrade", "The barrier protects 113,000 properties from tidal surges on the Humber.", "30 October 2026"),
    ("York's Foss barrier tested ahead of winter", "Engineers ran the eight new pumps at full power for the first time.", "22 October 2026"),
    ("Insurers urge faster work on flood defences", "Claims from last winter's storms reached £600m, the industry body says.", "15 October 2026"),
    ("Village raises £80,000 for its own flood gate", "Volunteers in Great Ayton organised quiz nights and a sponsored swim.", "8 October 2026"),
]
H = """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Search results for flood defences - Western Counties News</title><meta name="robots" content="noindex, follow"></head>
<body>
<header class="wcn-header"><a href="/" class="wcn-header__brand">Western Counties News</a><nav class="wcn-nav"><a href="/news/">News</a><a href="/sport/">Sport</a><a href="/weather/">Weather</a><a href="/travel/">Travel</a></nav></header>
<main id="main-content" class="search-page">
<form class="search-form" role="search" action="/search"><label for="q" class="visually-hidden">Search</label><input id="q" type="search" name="q" value="flood defences"><button type="submit">Search</button></form>
<h1 class="search-title">Search results for <q>flood defences</q></h1>
<p class="search-count">Showing 1 - 10 of 248 results</p>
<div class="search-filters"><span>Filter by:</span> <a href="/search?q=flood+defences&amp;d=news">News</a> <a href="/search?q=flood+defences&amp;d=video">Video</a> <a href="/search?q=flood+defences&amp;sort=date">Most recent</a></div>
<ol class="search-results">
{RES}
</ol>
<nav class="pagination"><a href="/search?q=flood+defences&amp;page=2">Next page</a></nav>
</main>
<footer class="wcn-footer"><a href="/terms/">Terms of Use</a> <a href="/privacy/">Privacy Policy</a> <a href="/cookies/">Cookies</a></footer>
</body></html>
"""
t = "\n".join('<li class="search-result"><div class="search-result__section">News</div><a class="search-result__title" href="/news/uk-%d"><span>%s</span></a><p class="search-result__snippet">%s</p><span class="search-result__date">%s</span></li>'
              % (68210000 - 37 * i, E(h).replace("flood defences", "<mark>flood defences</mark>"), E(x).replace("flood defences", "<mark>flood defences</mark>"), d) for i, (h, x, d) in enumerate(RES))
page(part(13), "en-search-results", "https://www.westerncounties.test/search?q=flood+defences", [], H.replace("{RES}", t),
     ["Search results for", "Showing 1 - 10 of 248 results", "Filter by", "Next page"], page_type="listing")

# --- 14 it-galleria-didascalie (article): a local paper's photo gallery:
# a headline, a counter per slide and a caption under every photo; no
# story text besides the captions, which are the page's text.
CAPS = [
    "Il corteo dei figuranti attraversa il borgo di Custonaci al tramonto: oltre 160 abitanti partecipano al presepe vivente.",
    "La bottega del fabbro, ricostruita nella grotta Mangiapane con attrezzi originali dell'Ottocento.",
    "Le donne del paese preparano il pane nel forno a legna, come si faceva un secolo fa.",
    "Un pastore con il suo gregge lungo il sentiero che porta alla grotta della Natività.",
    "La scena della Natività, interpretata quest'anno da una giovane coppia del paese con il loro bambino di tre mesi.",
    "Visitatori in coda all'ingresso: l'anno scorso il presepe ha accolto più di 25.000 persone.",
]
B = [("p", c) for c in CAPS]
H = """<!DOCTYPE html>
<html lang="it">
<head><meta charset="utf-8"><title>Il presepe vivente di Custonaci, le foto - Trapani Oggi</title>
<meta property="og:type" content="article"><meta property="og:description" content="Le immagini del presepe vivente nella grotta Mangiapane.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ImageGallery","name":"Il presepe vivente di Custonaci, le foto","datePublished":"2026-12-06T12:00:00+01:00"}</script></head>
<body class="gallery-page">
<header class="testata"><a href="/" class="testata__logo">Trapani Oggi</a><nav class="menu"><a href="/cronaca/">Cronaca</a><a href="/politica/">Politica</a><a href="/sport/">Sport</a><a href="/foto/">Foto</a><a href="/video/">Video</a></nav></header>
<main class="gallery">
<div class="gallery__header"><span class="gallery__label">Fotogallery</span><h1>Il presepe vivente di Custonaci, le foto</h1><div class="gallery__meta">6 dicembre 2026 · Foto di Salvo Grimaudo</div></div>
<div class="gallery__slides">
{SLIDES}
</div>
<div class="gallery__share"><a href="https://www.facebook.com/sharer/sharer.php">Condividi su Facebook</a> <a href="https://wa.me/?text=">WhatsApp</a></div>
<section class="altre-gallery"><h2>Altre gallery</h2><a href="/foto/mercatini-erice/">I mercatini di Natale a Erice</a><a href="/foto/mareggiata-marsala/">La mareggiata a Marsala</a></section>
</main>
<footer class="footer">Trapani Oggi · Testata registrata presso il Tribunale di Trapani · <a href="/privacy/">Privacy</a></footer>
</body></html>
"""
t = "\n".join('<figure class="gallery__slide"><div class="gallery__counter">%d / %d</div><img src="/foto/presepe-custonaci-%d.jpg" alt=""><figcaption class="gallery__caption">%s</figcaption></figure>' % (i + 1, len(CAPS), i + 1, E(c))
              for i, c in enumerate(CAPS))
page(part(14), "it-galleria-didascalie", "https://www.trapanioggi.test/foto/presepe-vivente-custonaci-2026/", B, H.replace("{SLIDES}", t),
     ["Fotogallery", "Foto di Salvo Grimaudo", "Condividi su Facebook", "Altre gallery", "I mercatini di Natale"])

# --- 15 pt-video-descricao (article; held out): a broadcaster's video
# page: an embedded player, the title and a description of two sentences
# below it, a VideoObject, and a rail of related videos.
B = [
    ("p", "A Câmara do Porto apresentou esta sexta-feira o projeto para transformar o antigo matadouro de Campanhã num centro cultural e empresarial, com abertura prevista para 2028."),
    ("p", "A reportagem acompanha a visita às obras e ouve moradores do bairro, que esperam que o novo espaço traga emprego e devolva vida à zona oriental da cidade."),
]
H = """<!DOCTYPE html>
<html lang="pt-PT">
<head><meta charset="utf-8"><title>Antigo matadouro de Campanhã vai ser centro cultural | Vídeo | Canal Norte</title>
<meta property="og:type" content="video.other"><meta property="og:description" content="O projeto para o antigo matadouro de Campanhã foi apresentado esta sexta-feira.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"VideoObject","name":"Antigo matadouro de Campanhã vai ser centro cultural","uploadDate":"2026-12-04T20:15:00+00:00","duration":"PT2M48S","thumbnailUrl":"https://canalnorte.test/thumbs/88213.jpg"}</script></head>
<body class="video-page">
<header class="topo"><a class="topo__logo" href="/">Canal Norte</a><nav><a href="/noticias/">Notícias</a><a href="/desporto/">Desporto</a><a href="/videos/">Vídeos</a><a href="/direto/">Direto</a></nav></header>
<main class="video-main">
<div class="player-wrap"><div class="player" data-video-id="88213"><video controls preload="none" poster="/thumbs/88213.jpg"><source src="/media/88213.mp4" type="video/mp4"></video></div><div class="player__duration">02:48</div></div>
<div class="video-info">
<span class="video-info__section">País</span>
<h1 class="video-info__title">Antigo matadouro de Campanhã vai ser centro cultural</h1>
<div class="video-info__date">04 dez 2026 · 20:15</div>
<div class="video-info__description">
{BODY}
</div>
<div class="video-info__share">Partilhar: <a href="https://www.facebook.com/sharer.php">Facebook</a> <a href="https://x.com/intent/post">X</a> <a href="#" class="copy-link">Copiar ligação</a></div>
</div>
<section class="related-videos"><h2>Vídeos relacionados</h2>
<div class="card"><a href="/videos/88190/"><img src="/thumbs/88190.jpg" alt=""><span class="card__title">Metro do Porto: nova linha rosa em testes</span><span class="card__duration">01:52</span></a></div>
<div class="card"><a href="/videos/88177/"><img src="/thumbs/88177.jpg" alt=""><span class="card__title">Mercado do Bolhão celebra um ano</span><span class="card__duration">03:10</span></a></div>
<div class="card"><a href="/videos/88160/"><img src="/thumbs/88160.jpg" alt=""><span class="card__title">Chuva forte provoca inundações em Gaia</span><span class="card__duration">02:05</span></a></div>
</section>
</main>
<footer class="rodape">© Canal Norte 2026 · <a href="/termos/">Termos de utilização</a></footer>
</body></html>
"""
page(part(15), "pt-video-descricao", "https://canalnorte.test/videos/88213/antigo-matadouro-campanha-centro-cultural/", B, H.replace("{BODY}", render(B)),
     ["Vídeos relacionados", "Metro do Porto", "Copiar ligação", "Partilhar"])

# --- 16 en-live-ticker (article): a regional site's live page on a storm:
# a summary list at the top, then timestamped posts (newest first), each
# with a bold heading line and a paragraph or two; "Load more" at the end.
POSTS = [
    ("16:42", "Trains resume between Carlisle and Penrith", ["Avanti West Coast says services are running again after a fallen tree was cleared from the line near Southwaite. Expect delays of up to an hour this evening."]),
    ("16:05", "More than 20,000 homes without power", ["Electricity North West says engineers have reconnected 31,000 customers since the morning, but 20,400 are still waiting.", "The company has opened welfare points in Keswick and Ambleside with hot drinks and phone charging."]),
    ("15:20", "Schools to reopen tomorrow", ["The county council says all but six schools will open as normal on Wednesday. Parents should check the council's website before setting off."]),
    ("14:38", "A591 closed at Thirlmere", ["Police have closed the road in both directions because of flooding. Diversions are in place via the A66."]),
]
# The summary box's heading is a subhead of the page's text (the first
# truth left it out; see README, eighth batch).
B = [("h", "Summary"), ("ul", ["Storm Bram brought gusts of up to 90mph to Cumbria overnight", "Thousands of homes are still without power", "Rail services are gradually returning"])]
for tm, head, paras in POSTS:
    B.append(("h3", head))
    B.extend(("p", x) for x in paras)
H = """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Storm Bram live: power cuts and travel disruption across Cumbria | Lakeland Today</title>
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Storm Bram live: power cuts and travel disruption across Cumbria","coverageStartTime":"2026-12-08T06:00:00+00:00"}</script></head>
<body class="live-page">
<header class="lt-header"><a href="/" class="lt-logo">Lakeland Today</a><nav><a href="/news/">News</a><a href="/sport/">Sport</a><a href="/whats-on/">What's On</a><a href="/weather/">Weather</a></nav></header>
<main class="lt-main">
<div class="live-header"><span class="live-badge">LIVE</span><h1>Storm Bram live: power cuts and travel disruption across Cumbria</h1><p class="live-updated">Last updated: 16:42</p></div>
<div class="live-summary">{SUMMARY}
</div>
<div class="live-feed">
{POSTS}
</div>
<button class="live-more">Load more updates</button>
<div class="newsletter-signup"><h3>Get the Lakeland Today briefing</h3><form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>
</main>
<footer class="lt-footer">© Lakeland Today · <a href="/contact/">Contact us</a></footer>
</body></html>
"""
posts = "\n".join('<article class="live-post" id="post-%d"><div class="live-post__time"><time datetime="2026-12-08T%s:00+00:00">%s</time></div><div class="live-post__body"><h3>%s</h3>%s</div><div class="live-post__share"><a href="#post-%d">Share this update</a></div></article>'
                  % (i, tm, tm, E(head), render([("p", x) for x in paras]), i) for i, (tm, head, paras) in enumerate(POSTS))
page(part(16), "en-live-ticker", "https://www.lakelandtoday.test/news/storm-bram-live-cumbria/", B,
     H.replace("{SUMMARY}", render(B[:2])).replace("{POSTS}", posts),
     ["Last updated", "Load more updates", "Share this update", "Get the Lakeland Today briefing"],
     must=("A591 closed at Thirlmere", "Rail services are gradually returning"))

# --- 17 de-artikel-cookiebanner (article, control): an ordinary local
# story with a consent banner at the bottom of the page (a paragraph on
# cookies, accept, reject and settings buttons).
B = [
    ("p", "Das Freibad im Ortsteil Haslach wird im kommenden Jahr nicht öffnen. Die Sanierung der Becken dauert länger als geplant, teilte die Stadtverwaltung am Montag mit."),
    ("p", "Bei den Bauarbeiten hatten Gutachter Risse im Beton des Schwimmerbeckens gefunden, die erst aufwendig untersucht werden mussten. Die Kosten steigen dadurch von 3,2 auf 4,1 Millionen Euro."),
    ("p", "Für Schulen und Vereine will die Stadt zusätzliche Zeiten im Hallenbad am Stadtgarten anbieten. Inhaber einer Saisonkarte für 2026 können diese im nächsten Sommer im Strandbad einlösen."),
    ("p", "Die Wiedereröffnung ist nun für Mai 2028 geplant."),
]
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Freibad Haslach bleibt 2027 geschlossen - Offenburger Stadtanzeiger</title>
<meta property="og:type" content="article"></head>
<body>
<header class="kopf"><a class="kopf__logo" href="/">Offenburger Stadtanzeiger</a><nav class="kopf__nav"><a href="/lokales/">Lokales</a><a href="/ortenau/">Ortenau</a><a href="/sport/">Sport</a><a href="/freizeit/">Freizeit</a></nav></header>
<main class="inhalt">
<article class="beitrag">
<h1>Freibad Haslach bleibt 2027 geschlossen</h1>
<p class="beitrag__datum">08.12.2026 · Lokales</p>
<div class="beitrag__text">
{BODY}
</div>
</article>
<aside class="weitere"><h3>Weitere Meldungen</h3><ul><li><a href="/lokales/weihnachtsmarkt-verlaengert/">Weihnachtsmarkt wird verlängert</a></li><li><a href="/lokales/busfahrplan-2027/">Neuer Busfahrplan ab Januar</a></li></ul></aside>
</main>
<footer class="fuss"><a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a></footer>
<div id="usercentrics-root" class="uc-banner uc-banner--bottom">
<div class="uc-banner__content"><p class="uc-banner__title">Datenschutzeinstellungen</p>
<p class="uc-banner__text">Wir nutzen Cookies und ähnliche Technologien auf unserer Website. Einige von ihnen sind essenziell, während andere uns helfen, diese Website und Ihre Erfahrung zu verbessern. Personenbezogene Daten können verarbeitet werden (z. B. IP-Adressen), z. B. für personalisierte Anzeigen und Inhalte oder Anzeigen- und Inhaltsmessung.</p></div>
<div class="uc-banner__buttons"><button class="uc-btn uc-btn--deny">Ablehnen</button><button class="uc-btn uc-btn--more">Einstellungen</button><button class="uc-btn uc-btn--accept">Alle akzeptieren</button></div>
</div>
</body></html>
"""
page(part(17), "de-artikel-cookiebanner", "https://www.offenburger-stadtanzeiger.test/lokales/freibad-haslach-2027/", B, H.replace("{BODY}", render(B)),
     ["Datenschutzeinstellungen", "Wir nutzen Cookies", "Alle akzeptieren", "Weitere Meldungen", "08.12.2026"],
     must=("Die Wiedereröffnung ist nun für Mai 2028 geplant.",))

# --- 18 ru-korotkaya-novost (article, control; held out): a story of
# about 80 words on a regional news site, with a tags line, a "read also"
# block and the comments counter.
B = [
    ("p", "В Вологде с 10 декабря закроют на ремонт Октябрьский мост. Движение транспорта будет полностью перекрыто до конца марта, сообщили в мэрии."),
    ("p", "Автобусы маршрутов № 2, 7 и 19 пустят в объезд по Окружному шоссе. Для пешеходов рядом с мостом установят временный понтонный переход."),
    ("p", "Ремонт обойдётся городу в 96 миллионов рублей. Подрядчик обязан заменить опоры и покрытие, а также восстановить освещение."),
]
H = """<!DOCTYPE html>
<html lang="ru">
<head><meta charset="utf-8"><title>Октябрьский мост в Вологде закроют на ремонт | Вологда-Инфо</title>
<meta property="og:type" content="article"></head>
<body>
<div class="page">
<header class="site-header"><a class="logo" href="/">Вологда-Инфо</a><nav class="nav"><a href="/news/">Новости</a><a href="/incidents/">Происшествия</a><a href="/city/">Город</a><a href="/afisha/">Афиша</a></nav></header>
<main class="main">
<div class="article">
<h1 class="article__title">Октябрьский мост в Вологде закроют на ремонт</h1>
<div class="article__info"><span class="date">7 декабря 2026, 11:20</span> <span class="views">1 204</span></div>
<div class="article__text">
{BODY}
</div>
<div class="article__tags">Теги: <a href="/tags/remont/">ремонт</a>, <a href="/tags/transport/">транспорт</a></div>
<div class="article__comments"><a href="#comments">Комментарии (3)</a></div>
</div>
<div class="read-also"><div class="read-also__title">Читайте также</div><a href="/news/44120/">На Советском проспекте открыли новую велодорожку</a><a href="/news/44101/">Цены на проезд вырастут с 1 января</a></div>
</main>
<footer class="footer">© Вологда-Инфо, 2026. При использовании материалов ссылка обязательна.</footer>
</div>
</body></html>
"""
page(part(18), "ru-korotkaya-novost", "https://vologda-info.test/news/44135/", B, H.replace("{BODY}", render(B)),
     ["Читайте также", "Комментарии (3)", "Теги:", "При использовании материалов"],
     must=("Ремонт обойдётся городу в 96 миллионов рублей.",))
