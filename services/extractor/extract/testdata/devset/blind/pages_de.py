from kit import E, page, render

# --- de-wp-verein: a swimming club's news on a classic WordPress theme;
# one-line first paragraph, a results list, a short last paragraph after a
# list, a comment thread and widget sidebar.
B = [
    ("p", "Was für ein Wochenende!"),
    ("p", "Mit 23 Schwimmerinnen und Schwimmern sind wir zu den Bezirksmeisterschaften nach Gießen gefahren und mit 31 Medaillen zurückgekommen. So erfolgreich war der Verein seit über zehn Jahren nicht mehr."),
    ("p", "Besonders stark waren unsere Jüngsten: Die Jahrgänge 2014 und 2015 haben allein 14 Medaillen geholt, obwohl viele von ihnen zum ersten Mal auf einem Bezirkswettkampf am Start waren."),
    ("h", "Die Titel im Überblick"),
    ("ul", [
        "Lena Hofmann (Jg. 2012): 100 m Brust und 200 m Lagen",
        "Jonas Petri (Jg. 2010): 50 m Freistil in neuer Vereinsrekordzeit von 25,41 Sekunden",
        "Mia Scholz (Jg. 2014): 50 m Rücken",
        "die 4 × 50 m Freistilstaffel der Mädchen mit Lena, Mia, Ida und Paula",
    ]),
    ("p", "Dazu kamen zwölf zweite und vierzehn dritte Plätze. Die vollständigen Ergebnisse stehen im Ergebnisportal des Bezirks."),
    ("p", "Ein großes Dankeschön geht an unsere Trainerinnen Sabine und Katrin, die das ganze Wochenende am Beckenrand standen, und an alle Eltern, die gefahren sind, Kuchen gebacken und Zeiten genommen haben. Ohne euch wäre so ein Wochenende nicht möglich."),
    ("p", "Als Nächstes stehen die Hessischen Jahrgangsmeisterschaften im März an. Für acht unserer Aktiven hat es mit der Qualifikation geklappt:"),
    ("ul", ["Lena Hofmann", "Jonas Petri", "Mia Scholz", "Ida Becker", "Paula Wendt", "Tim Kaya", "Noah Fuchs", "Emil Brandt"]),
    ("p", "Wir drücken die Daumen!"),
]
H = """<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="UTF-8">
<title>31 Medaillen bei den Bezirksmeisterschaften &#8211; SV Lahnwelle 1921 e.V.</title>
<meta property="og:title" content="31 Medaillen bei den Bezirksmeisterschaften">
<link rel="stylesheet" href="https://sv-lahnwelle.test/wp-content/themes/twentyseventeen/style.css?ver=3.6">
</head>
<body class="post-template-default single single-post postid-1284 single-format-standard has-sidebar">
<div id="BorlabsCookieBox" class="BorlabsCookie" role="dialog"><div class="cookie-box"><div class="container"><h3>Datenschutzeinstellungen</h3><p>Wir nutzen Cookies auf unserer Website. Einige von ihnen sind essenziell, während andere uns helfen, diese Website und Ihre Erfahrung zu verbessern.</p><p><a class="_brlbs-btn-accept-all" href="#">Alle akzeptieren</a> <a href="#">Nur essenzielle Cookies akzeptieren</a> <a href="#">Individuelle Datenschutzeinstellungen</a></p></div></div></div>
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Zum Inhalt springen</a>
<header id="masthead" class="site-header" role="banner">
<div class="site-branding"><p class="site-title"><a href="https://sv-lahnwelle.test/" rel="home">SV Lahnwelle 1921 e.V.</a></p><p class="site-description">Schwimmen in Wetzlar seit über 100 Jahren</p></div>
<nav id="site-navigation" class="main-navigation" aria-label="Oberes Menü"><ul id="top-menu" class="menu">
<li class="menu-item"><a href="/">Start</a></li><li class="menu-item current-menu-parent"><a href="/aktuelles/">Aktuelles</a></li><li class="menu-item"><a href="/training/">Trainingszeiten</a></li><li class="menu-item"><a href="/abteilungen/">Abteilungen</a></li><li class="menu-item"><a href="/mitglied-werden/">Mitglied werden</a></li><li class="menu-item"><a href="/kontakt/">Kontakt</a></li></ul></nav>
</header>
<div class="site-content-contain"><div id="content" class="site-content"><div class="wrap"><div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<article id="post-1284" class="post-1284 post type-post status-publish format-standard hentry category-wettkampf tag-bezirk">
<header class="entry-header">
<div class="entry-meta"><span class="posted-on"><span class="screen-reader-text">Veröffentlicht am</span> <a href="#" rel="bookmark"><time class="entry-date published" datetime="2026-11-17T19:02:11+01:00">17. November 2026</time></a></span><span class="byline"> von <span class="author vcard"><a class="url fn n" href="/author/pressewart/">Pressewart Daniel</a></span></span></div>
<h1 class="entry-title">31 Medaillen bei den Bezirksmeisterschaften</h1>
</header>
<div class="single-featured-image-header"><img src="/wp-content/uploads/2026/11/bezirk-staffel.jpg" alt="Staffel am Startblock"></div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer"><span class="cat-tags-links"><span class="cat-links">Kategorien: <a href="/category/wettkampf/" rel="category tag">Wettkampf</a></span><span class="tags-links">Schlagwörter: <a href="/tag/bezirk/" rel="tag">Bezirk</a>, <a href="/tag/jugend/" rel="tag">Jugend</a></span></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Beiträge"><h2 class="screen-reader-text">Beitragsnavigation</h2><div class="nav-links"><div class="nav-previous"><a href="/2026/11/03/neue-bahnbelegung/" rel="prev"><span class="nav-subtitle">Vorheriger Beitrag</span> <span class="nav-title">Neue Bahnbelegung im Hallenbad ab November</span></a></div><div class="nav-next"><a href="/2026/11/24/weihnachtsschwimmen/" rel="next"><span class="nav-subtitle">Nächster Beitrag</span> <span class="nav-title">Einladung zum Weihnachtsschwimmen</span></a></div></div></nav>
<div id="comments" class="comments-area">
<h2 class="comments-title">3 Antworten auf &#8222;31 Medaillen bei den Bezirksmeisterschaften&#8220;</h2>
<ol class="comment-list">
<li id="comment-311" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Andrea K.</b> <span class="says">sagt:</span></div><div class="comment-metadata"><a href="#comment-311"><time datetime="2026-11-17T20:15:00+01:00">17. November 2026 um 20:15 Uhr</time></a></div></footer><div class="comment-content"><p>Herzlichen Glückwunsch an alle! Unsere Tochter war zum ersten Mal dabei und ist immer noch ganz aufgeregt. Danke an das Trainerteam für die tolle Betreuung.</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#">Antworten</a></div></article></li>
<li id="comment-312" class="comment odd alt thread-odd depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Werner Petri</b> <span class="says">sagt:</span></div><div class="comment-metadata"><time>18. November 2026 um 8:03 Uhr</time></div></footer><div class="comment-content"><p>Super Leistung, der Vereinsrekord hat ja lange gehalten. Weiter so!</p></div><div class="reply"><a class="comment-reply-link" href="#">Antworten</a></div></article></li>
<li id="comment-313" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Familie Brandt</b> <span class="says">sagt:</span></div></footer><div class="comment-content"><p>Wann gibt es die Fotos vom Wochenende? Wir würden gern ein paar für die Großeltern bestellen.</p></div></article></li>
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Schreibe einen Kommentar</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Deine E-Mail-Adresse wird nicht veröffentlicht.</span> Erforderliche Felder sind mit * markiert</p><p class="comment-form-comment"><label for="comment">Kommentar *</label><textarea id="comment" name="comment"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Kommentar abschicken"></p></form></div>
</div>
</main></div>
<aside id="secondary" class="widget-area" role="complementary" aria-label="Blog-Seitenleiste">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Suche nach:</span><input type="search" class="search-field" placeholder="Suche&#8201;&hellip;" name="s"></label><button type="submit" class="search-submit">Suche</button></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Neueste Beiträge</h2><ul><li><a href="/2026/11/24/weihnachtsschwimmen/">Einladung zum Weihnachtsschwimmen</a></li><li><a href="/2026/11/03/neue-bahnbelegung/">Neue Bahnbelegung im Hallenbad ab November</a></li><li><a href="/2026/10/20/seepferdchen-kurse/">Seepferdchen-Kurse 2027: Anmeldung offen</a></li><li><a href="/2026/10/02/jahreshauptversammlung/">Jahreshauptversammlung am 14. November</a></li></ul></section>
<section id="text-3" class="widget widget_text"><h2 class="widget-title">Trainingszeiten</h2><div class="textwidget"><p>Dienstag 17:00–19:00 Uhr<br>Donnerstag 17:30–20:00 Uhr<br>Samstag 9:00–11:00 Uhr<br>Hallenbad Europabad, Wetzlar</p></div></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archiv</h2><ul><li><a href="/2026/11/">November 2026</a></li><li><a href="/2026/10/">Oktober 2026</a></li><li><a href="/2026/09/">September 2026</a></li></ul></section>
</aside>
</div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="wrap"><nav class="social-navigation"><ul><li><a href="https://facebook.test/svlahnwelle">Facebook</a></li><li><a href="https://instagram.test/svlahnwelle">Instagram</a></li></ul></nav><div class="site-info"><a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutzerklärung</a> · <a href="https://de.wordpress.test/" class="imprint">Stolz präsentiert von WordPress</a></div></div></footer>
</div></div>
</body>
</html>
"""
page("tune", "de-wp-verein", "https://sv-lahnwelle.test/2026/11/17/31-medaillen-bezirksmeisterschaften/", B, H.replace("{BODY}", render(B)),
     ["31 Medaillen bei den Bezirksmeisterschaften", "Datenschutzeinstellungen", "Alle akzeptieren", "Pressewart Daniel", "Schlagwörter", "Neue Bahnbelegung", "Herzlichen Glückwunsch an alle", "Wann gibt es die Fotos", "Schreibe einen Kommentar", "Neueste Beiträge", "Seepferdchen-Kurse", "Hallenbad Europabad", "Stolz präsentiert von WordPress", "Schwimmen in Wetzlar"])

# --- de-typo3-gemeinde: a municipal notice on TYPO3 (content elements,
# frame classes); a definition list of dates, a numbered list, a table of
# collection days, address lines split by <br>, a one-line closing line.
B = [
    ("p", "Die Gemeinde Obersulm stellt zum 1. Januar 2027 die Abfuhr der Biotonne auf einen neuen Rhythmus um. Hintergrund ist der neue Entsorgungsvertrag des Landkreises, der im Sommer vergeben wurde."),
    ("p", "Für die meisten Haushalte ändert sich nur der Wochentag. In den Ortsteilen Willsbach und Affaltrach wird die Biotonne künftig im Sommer wöchentlich geleert, im Winter alle zwei Wochen."),
    ("h3", "Die wichtigsten Termine"),
    ("dl", [
        ("Ab 1. Januar 2027", "Neuer Abfuhrkalender gilt für alle Ortsteile."),
        ("Bis 15. Dezember 2026", "Der gedruckte Abfuhrkalender wird an alle Haushalte verteilt."),
        ("1. April bis 30. September", "Wöchentliche Leerung der Biotonne in Willsbach und Affaltrach."),
    ]),
    ("h3", "Abfuhrtage nach Ortsteil"),
    ("table", [
        ["Ortsteil", "Restmüll", "Biotonne", "Papier"],
        ["Affaltrach", "Montag", "Dienstag", "Freitag"],
        ["Eichelberg", "Montag", "Mittwoch", "Freitag"],
        ["Eschenau", "Dienstag", "Mittwoch", "Donnerstag"],
        ["Willsbach", "Dienstag", "Dienstag", "Donnerstag"],
    ]),
    ("h3", "So stellen Sie die Tonnen richtig bereit"),
    ("ol", [
        "Stellen Sie die Tonne am Abfuhrtag bis 6 Uhr morgens an den Straßenrand.",
        "Der Deckel muss geschlossen sein; überfüllte Tonnen werden nicht geleert.",
        "Die Griffe zeigen zur Straße.",
    ]),
    ("p", "Wer seine Tonne abbestellen oder eine größere bestellen möchte, wendet sich an das Abfallwirtschaftsamt des Landkreises:"),
    ("brl", ["Abfallwirtschaftsamt Landkreis Heilbronn", "Lerchenstraße 40, 74072 Heilbronn", "Telefon 07131 994-777"]),
    ("p", "Der Bürgermeister bittet um Beachtung."),
]
H = """<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
-->
<title>Gemeinde Obersulm: Neuer Abfuhrrhythmus für die Biotonne ab 2027</title>
<meta name="generator" content="TYPO3 CMS">
</head>
<body id="p412" class="page-412 pagelevel-3 language-0 backendlayout-subnavigation_left layout-default">
<div class="cookie-consent" id="cookie-consent"><div class="cookie-consent-inner"><p>Diese Website verwendet ausschließlich technisch notwendige Cookies. Mehr dazu in unserer Datenschutzerklärung.</p><button class="cookie-consent-button">Verstanden</button></div></div>
<div id="top"></div>
<div class="body-bg">
<header class="navbar navbar-mainnavigation navbar-default navbar-has-image navbar-top">
<div class="container"><a class="navbar-brand navbar-brand-image" href="/" title="Gemeinde Obersulm"><img src="/fileadmin/logo.svg" alt="Gemeinde Obersulm" height="52" width="200"></a>
<nav id="mainnavigation" class="navbar-collapse"><ul class="navbar-nav">
<li class="nav-item"><a href="/rathaus-service/" class="nav-link">Rathaus &amp; Service</a></li><li class="nav-item active"><a href="/aktuelles/" class="nav-link">Aktuelles</a></li><li class="nav-item"><a href="/leben/" class="nav-link">Leben in Obersulm</a></li><li class="nav-item"><a href="/wirtschaft/" class="nav-link">Wirtschaft</a></li><li class="nav-item"><a href="/tourismus/" class="nav-link">Freizeit &amp; Tourismus</a></li></ul></nav></div>
</header>
<nav class="breadcrumb-section" aria-label="Breadcrumb"><div class="container"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Startseite</a></li><li class="breadcrumb-item"><a href="/aktuelles/">Aktuelles</a></li><li class="breadcrumb-item"><a href="/aktuelles/amtliche-bekanntmachungen/">Amtliche Bekanntmachungen</a></li><li class="breadcrumb-item active">Neuer Abfuhrrhythmus</li></ol></div></nav>
<div id="page-content" class="bp-page-content main-section">
<div class="section section-default"><div class="container"><div class="section-row">
<div class="section-column subnav-wrap"><nav id="subnavigation" class="subnav"><ul class="subnav-nav"><li class="subnav-item"><a href="/aktuelles/meldungen/" class="subnav-link">Meldungen</a></li><li class="subnav-item active"><a href="/aktuelles/amtliche-bekanntmachungen/" class="subnav-link">Amtliche Bekanntmachungen</a></li><li class="subnav-item"><a href="/aktuelles/veranstaltungen/" class="subnav-link">Veranstaltungen</a></li><li class="subnav-item"><a href="/aktuelles/baustellen/" class="subnav-link">Baustellen</a></li><li class="subnav-item"><a href="/aktuelles/mitteilungsblatt/" class="subnav-link">Mitteilungsblatt</a></li></ul></nav></div>
<main class="section-column maincontent-wrap" role="main">
<!--TYPO3SEARCH_begin-->
<div id="c2231" class="frame frame-default frame-type-header frame-layout-0"><header class="frame-header"><h1 class="element-header"><span>Neuer Abfuhrrhythmus für die Biotonne ab 2027</span></h1><p class="element-subheader">Amtliche Bekanntmachung vom 28.11.2026</p></header></div>
<div id="c2232" class="frame frame-default frame-type-text frame-layout-0"><div class="frame-container"><div class="frame-inner">
{BODY1}
</div></div></div>
<div id="c2233" class="frame frame-default frame-type-text frame-layout-0"><div class="frame-container"><div class="frame-inner">
{BODY2}
</div></div></div>
<div id="c2234" class="frame frame-default frame-type-uploads frame-layout-0"><div class="frame-container"><div class="frame-inner"><ul class="uploads uploads-description"><li><a href="/fileadmin/abfall/abfuhrkalender-2027.pdf" title="Abfuhrkalender 2027"><span class="uploads-fileicon"><img src="/typo3/icons/pdf.svg" alt=""></span> <span class="uploads-filename">Abfuhrkalender 2027 (PDF, 412 KB)</span></a></li></ul></div></div></div>
<!--TYPO3SEARCH_end-->
<div class="page-share"><span>Seite teilen:</span> <a href="#">Facebook</a> <a href="#">E-Mail</a> <a href="javascript:window.print()">Drucken</a></div>
</main>
</div></div></div>
<div class="section section-light"><div class="container"><div class="row"><div class="col-md-6"><h3>Öffnungszeiten Rathaus</h3><p>Mo–Fr 8:00–12:00 Uhr<br>Do 14:00–18:30 Uhr</p></div><div class="col-md-6"><h3>Schnellzugriff</h3><ul><li><a href="/formulare/">Formulare &amp; Anträge</a></li><li><a href="/muellabfuhr/">Müllabfuhr</a></li><li><a href="/fundbuero/">Fundbüro</a></li></ul></div></div></div></div>
</div>
<footer class="section footer-section"><div class="container"><p>Gemeinde Obersulm · Bernhardstraße 1 · 74182 Obersulm · Telefon 07130 28-0</p><ul class="footer-links"><li><a href="/impressum/">Impressum</a></li><li><a href="/datenschutz/">Datenschutz</a></li><li><a href="/barrierefreiheit/">Barrierefreiheit</a></li></ul></div></footer>
</div>
</body>
</html>
"""
ty = dict(
    h3=lambda t: '<h3 class="">%s</h3>' % E(t),
    table=lambda rows: '<table class="contenttable contenttable-striped"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>' % (
        "".join('<th scope="col">%s</th>' % E(c) for c in rows[0]),
        "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % E(c) for c in r) for r in rows[1:])),
)
H = H.replace("{BODY1}", render(B[:6], **ty)).replace("{BODY2}", render(B[6:], **ty))
page("tune", "de-typo3-gemeinde", "https://obersulm.test/aktuelles/amtliche-bekanntmachungen/neuer-abfuhrrhythmus-biotonne", B, H,
     ["Neuer Abfuhrrhythmus für die Biotonne ab 2027", "Amtliche Bekanntmachung vom", "technisch notwendige Cookies", "Rathaus & Service", "Mitteilungsblatt", "Abfuhrkalender 2027 (PDF", "Seite teilen", "Öffnungszeiten Rathaus", "Fundbüro", "Bernhardstraße 1", "Barrierefreiheit"])

# --- de-joomla-firma: a Mittelstand company's news on Joomla (item-page,
# itemprop=articleBody); a table of technical data, h3 headings, a bulleted
# list and a customer's blockquote, a contact box after the story.
B = [
    ("p", "Mit der neuen Baureihe KX 400 bringt die Kessler Fördertechnik GmbH aus Bielefeld ihre bisher kompakteste Hängebahn auf den Markt. Das System ist für Hallen mit niedrigen Decken gedacht, in denen bislang nur Bodenförderer in Frage kamen."),
    ("p", "Entwickelt wurde die Bahn gemeinsam mit zwei Kunden aus der Möbelindustrie. Dort müssen Bauteile über Entfernungen von bis zu 300 Metern zwischen Zuschnitt, Kantenbearbeitung und Montage bewegt werden, ohne dass Gabelstapler die Wege blockieren."),
    ("h3", "Technische Daten"),
    ("table", [
        ["Merkmal", "KX 300", "KX 400"],
        ["Bauhöhe", "410 mm", "290 mm"],
        ["Traglast je Gehänge", "80 kg", "120 kg"],
        ["Geschwindigkeit", "bis 0,6 m/s", "bis 1,0 m/s"],
        ["Energieverbrauch je 100 m", "1,4 kW", "0,9 kW"],
    ]),
    ("h3", "Was die neue Baureihe auszeichnet"),
    ("ul", [
        "Schienen aus recyceltem Aluminium, die sich ohne Schweißarbeiten montieren lassen",
        "Antriebe mit Energierückgewinnung beim Bremsen",
        "eine Steuerung, die sich per OPC UA an bestehende Leitsysteme anbinden lässt",
    ]),
    ("p", "Erste Anlagen laufen seit dem Frühjahr im Pilotbetrieb. Die Erfahrungen fallen nach Angaben des Unternehmens durchweg positiv aus."),
    ("quote", "Wir haben die Durchlaufzeit in der Kantenbearbeitung um fast ein Fünftel verkürzt, und die Halle ist zum ersten Mal seit Jahren wieder frei von Staplerverkehr.", "Thomas Reuter, Werkleiter der Lindholz Möbelwerke"),
    ("p", "Die Serienfertigung beginnt im Januar. Kessler stellt die KX 400 auf der LogiMAT in Stuttgart vor, Halle 3, Stand B21."),
]
H = """<!DOCTYPE html>
<html lang="de-de" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>Neue Hängebahn KX 400: kompakt für niedrige Hallen - Kessler Fördertechnik</title>
</head>
<body class="site com_content wrapper-static view-article layout-blog no-layout no-task itemid-118 has-sidebar-right">
<header class="header container-header full-width position-sticky">
<div class="container-topbar"><div class="mod-custom custom banner-overlay" id="mod-custom120"><p>Tel. +49 521 55 06-0 · info@kessler-foerdertechnik.test · <a href="/de/kontakt">Anfahrt</a> · <a href="/en/">EN</a></p></div></div>
<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img src="/images/logo-kessler.svg" alt="Kessler Fördertechnik GmbH"></a></div></div>
<div class="grid-child container-nav"><ul class="mod-menu mod-list nav">
<li class="nav-item item-101 default"><a href="/">Startseite</a></li><li class="nav-item item-102 deeper parent"><a href="/produkte">Produkte</a><ul class="mod-menu__sub list-unstyled small"><li class="nav-item item-130"><a href="/produkte/haengebahnen">Hängebahnen</a></li><li class="nav-item item-131"><a href="/produkte/rollenbahnen">Rollenbahnen</a></li><li class="nav-item item-132"><a href="/produkte/steuerungen">Steuerungen</a></li></ul></li><li class="nav-item item-103"><a href="/service">Service</a></li><li class="nav-item item-118 current active"><a href="/aktuelles" aria-current="page">Aktuelles</a></li><li class="nav-item item-104"><a href="/karriere">Karriere</a></li><li class="nav-item item-105"><a href="/unternehmen">Unternehmen</a></li></ul></div>
</header>
<div class="site-grid">
<div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">Aktuelle Seite: &#160;</li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway">Startseite</a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/aktuelles" class="pathway">Aktuelles</a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span>Neue Hängebahn KX 400</span></li></ol></nav>
<main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="de-DE">
<div class="page-header"><h1 itemprop="headline">Neue Hängebahn KX 400: kompakt für niedrige Hallen</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt><dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Kategorie: <a href="/aktuelles" itemprop="genre">Pressemitteilungen</a></dd><dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2026-11-05T09:00:00+01:00" itemprop="datePublished">Veröffentlicht: 05. November 2026</time></dd><dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:412">Zugriffe: 412</dd></dl>
<figure class="left item-image"><img src="/images/news/kx400.jpg" itemprop="image" alt="KX 400"><figcaption class="caption">Die KX 400 im Testfeld in Bielefeld-Sennestadt.</figcaption></figure>
<div itemprop="articleBody" class="com-content-article__body">
{BODY}
</div>
<ul class="tags list-inline"><li class="list-inline-item tag-5 tag-list0"><a href="/component/tags/tag/intralogistik" class="btn-sm btn-info">Intralogistik</a></li><li class="list-inline-item tag-7 tag-list1"><a href="/component/tags/tag/messe" class="btn-sm btn-info">Messe</a></li></ul>
<nav class="pagenavigation" aria-label="Seitennavigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/aktuelles/jubilaeum-75-jahre" rel="prev">Zurück</a><a class="btn btn-sm btn-secondary next" href="/aktuelles/neues-logistikzentrum" rel="next">Weiter</a></span></nav>
</div>
</main>
</div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card"><h3 class="card-header">Ihr Ansprechpartner</h3><div class="card-body"><div class="mod-custom custom"><p><img src="/images/team/mertens.jpg" alt=""></p><p><strong>Julia Mertens</strong><br>Presse &amp; Kommunikation<br>Telefon +49 521 55 06-214<br>presse@kessler-foerdertechnik.test</p></div></div></div>
<div class="sidebar-right card"><h3 class="card-header">Weitere Meldungen</h3><div class="card-body"><ul class="mod-articleslatest latestnews mod-list"><li><a href="/aktuelles/neues-logistikzentrum"><span>Neues Logistikzentrum in Gütersloh eröffnet</span></a></li><li><a href="/aktuelles/jubilaeum-75-jahre"><span>75 Jahre Kessler: Ein Rückblick</span></a></li><li><a href="/aktuelles/ausbildung-2027"><span>Ausbildung 2027: Jetzt bewerben</span></a></li></ul></div></div></div>
</div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-custom custom"><p>Kessler Fördertechnik GmbH · Senner Straße 118 · 33659 Bielefeld</p><p><a href="/impressum">Impressum</a> | <a href="/datenschutz">Datenschutz</a> | <a href="/agb">AGB</a></p></div></div></footer>
</body>
</html>
"""
jo = dict(
    quote=lambda t, c: '<blockquote><p>„%s“</p><p><em>%s</em></p></blockquote>' % (E(t), E(c)),
    table=lambda rows: '<table class="table table-bordered" style="width: 100%%;"><tbody>%s</tbody></table>' % "".join(
        "<tr>%s</tr>" % "".join(("<td><strong>%s</strong></td>" if i == 0 else "<td>%s</td>") % E(c) for c in r) for i, r in enumerate(rows)),
)
page("tune", "de-joomla-firma", "https://kessler-foerdertechnik.test/aktuelles/neue-haengebahn-kx-400", B, H.replace("{BODY}", render(B, **jo)),
     ["Neue Hängebahn KX 400: kompakt für niedrige Hallen", "info@kessler-foerdertechnik.test", "Rollenbahnen", "Aktuelle Seite", "Pressemitteilungen", "Zugriffe", "im Testfeld in Bielefeld", "Intralogistik", "Ihr Ansprechpartner", "Julia Mertens", "Weitere Meldungen", "Ausbildung 2027", "Senner Straße 118", "AGB"])

# --- de-drupal-verband (held out): an association's press release on
# Drupal (field--name-body); a one-line standfirst, a numbered list of
# demands, a table, a press contact box after the story.
B = [
    ("p", "Der Landesverband der Musikschulen warnt vor Wartelisten von mehr als einem Jahr."),
    ("p", "Rund 14.000 Kinder und Jugendliche in Niedersachsen warten derzeit auf einen Platz an einer öffentlichen Musikschule. Das geht aus einer Umfrage des Landesverbands unter seinen 72 Mitgliedsschulen hervor, deren Ergebnisse am Montag in Hannover vorgestellt wurden."),
    ("p", "Besonders lang sind die Wartelisten für Klavier, Gitarre und Schlagzeug. In ländlichen Regionen fehlen vor allem Lehrkräfte für Streichinstrumente."),
    ("table", [
        ["Instrument", "Wartende", "Mittlere Wartezeit"],
        ["Klavier", "4.100", "14 Monate"],
        ["Gitarre", "2.900", "11 Monate"],
        ["Schlagzeug", "1.700", "13 Monate"],
        ["Violine und Viola", "1.200", "9 Monate"],
    ]),
    ("p", "Hauptursache ist nach Angaben des Verbands der Mangel an Lehrkräften. Viele Musikschulen könnten offene Stellen nicht besetzen, weil sie nur befristete Honorarverträge anbieten dürften."),
    ("p", "Der Verband fordert von der Landesregierung:"),
    ("ol", [
        "die Landesförderung bis 2028 auf 20 Millionen Euro jährlich zu verdoppeln,",
        "feste Stellen statt Honorarverträge für mindestens zwei Drittel der Lehrkräfte zu ermöglichen,",
        "ein Programm für Musikschulräume an Ganztagsschulen aufzulegen.",
    ]),
    ("p", "Die Forderungen sollen im Januar im Kulturausschuss des Landtags beraten werden."),
]
H = """<!DOCTYPE html>
<html lang="de" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>14.000 Kinder warten auf einen Musikschulplatz | Landesverband niedersächsischer Musikschulen</title>
</head>
<body class="path-node page-node-type-pressemitteilung">
<a href="#main-content" class="visually-hidden focusable skip-link">Direkt zum Inhalt</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="sliding-popup" class="sliding-popup-bottom eu-cookie-compliance-banner"><div class="eu-cookie-compliance-content"><div class="eu-cookie-compliance-message"><h2>Wir verwenden Cookies</h2><p>Mit einem Klick auf „Einverstanden“ erlauben Sie uns, die Nutzung der Website anonym auszuwerten.</p></div><div class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">Einverstanden</button><button type="button" class="decline-button">Ablehnen</button></div></div></div>
<div class="layout-container">
<header role="banner" class="site-header"><div class="region region-header"><div id="block-sitebranding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/lvdm/logo.svg" alt="Startseite"></a><div class="site-name"><a href="/" rel="home">Landesverband niedersächsischer Musikschulen</a></div></div></div>
<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-hauptnavigation-menu" id="block-hauptnavigation" class="block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-hauptnavigation-menu">Hauptnavigation</h2><ul class="menu menu--level-1"><li class="menu-item"><a href="/verband">Verband</a></li><li class="menu-item"><a href="/musikschulen">Musikschulen finden</a></li><li class="menu-item menu-item--active-trail"><a href="/presse">Presse</a></li><li class="menu-item"><a href="/fortbildung">Fortbildung</a></li><li class="menu-item"><a href="/wettbewerbe">Jugend musiziert</a></li><li class="menu-item"><a href="/kontakt">Kontakt</a></li></ul></nav></div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Pfad</h2><ol><li><a href="/">Startseite</a></li><li><a href="/presse">Presse</a></li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content"><div class="region region-content">
<div id="block-lvdm-content" class="block block-system block-system-main-block">
<article data-history-node-id="883" role="article" class="node node--type-pressemitteilung node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">14.000 Kinder warten auf einen Musikschulplatz</span></h1>
<div class="node__meta"><span class="field field--name-field-datum field--type-datetime">Pressemitteilung Nr. 31/2026 · 30.11.2026</span></div>
<div class="node__content">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{BODY}</div>
<div class="field field--name-field-downloads field--type-file field--label-above"><div class="field__label">Downloads</div><div class="field__items"><div class="field__item"><span class="file file--mime-application-pdf file--application-pdf"><a href="/sites/default/files/2026-11/umfrage-wartelisten.pdf" type="application/pdf">Umfrageergebnisse Wartelisten 2026.pdf</a></span> <span>(380.2 KB)</span></div></div></div>
<div class="field field--name-field-pressekontakt field--type-entity-reference field--label-above"><div class="field__label">Pressekontakt</div><div class="field__item"><div class="paragraph paragraph--type--kontakt"><p>Dr. Henrike Vosswinkel<br>Geschäftsführerin<br>Telefon 0511 123 456-12<br>presse@lvdm-nds.test</p></div></div></div>
</div>
</article>
</div>
<div class="views-element-container block block-views" id="block-views-block-presse-weitere"><h2>Weitere Pressemitteilungen</h2><div class="view view-presse view-id-presse"><div class="view-content"><div class="views-row"><span class="views-field views-field-created">14.11.2026</span> <a href="/presse/jugend-musiziert-2027">Jugend musiziert 2027: Anmeldung startet</a></div><div class="views-row"><span class="views-field views-field-created">02.10.2026</span> <a href="/presse/neue-vorsitzende">Neue Vorsitzende gewählt</a></div><div class="views-row"><span class="views-field views-field-created">18.09.2026</span> <a href="/presse/tag-der-musikschulen">Tag der Musikschulen: 40.000 Besucher</a></div></div></div></div>
</div></div>
</main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><nav class="menu--footer"><ul class="menu"><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li><li><a href="/barrierefreiheit">Erklärung zur Barrierefreiheit</a></li></ul></nav><p>© 2026 Landesverband niedersächsischer Musikschulen e.V. · Arnswaldtstraße 28 · 30159 Hannover</p></div></footer>
</div></div>
</body>
</html>
"""
dr = dict(table=lambda rows: '<figure class="table"><table><thead><tr>%s</tr></thead><tbody>%s</tbody></table></figure>' % (
    "".join("<th>%s</th>" % E(c) for c in rows[0]), "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % E(c) for c in r) for r in rows[1:])))
page("heldout", "de-drupal-verband", "https://lvdm-nds.test/presse/14000-kinder-warten-auf-musikschulplatz", B, H.replace("{BODY}", render(B, **dr)),
     ["14.000 Kinder warten auf einen Musikschulplatz", "Wir verwenden Cookies", "Einverstanden", "Jugend musiziert", "Pressemitteilung Nr. 31/2026", "Umfrageergebnisse Wartelisten", "Pressekontakt", "Henrike Vosswinkel", "Weitere Pressemitteilungen", "Neue Vorsitzende gewählt", "Arnswaldtstraße 28"])

# --- de-divi-ratgeber (held out): a Mittelstand company's guide on a page
# builder (et_pb modules, text in <div>s and <br>-separated paragraphs),
# a numbered list, a definition list, a short last paragraph after a list.
B = [
    ("div", "Eine Wärmepumpe lohnt sich auch im Altbau, wenn man ein paar Dinge vorher prüft."),
    ("div", "Wir planen seit 2011 Heizungsanlagen im Raum Osnabrück, und die häufigste Frage unserer Kundinnen und Kunden lautet: Geht das überhaupt in meinem Haus? Die ehrliche Antwort ist: in den meisten Fällen ja. Entscheidend ist nicht das Baujahr, sondern die Vorlauftemperatur, die Ihre Heizkörper an kalten Tagen brauchen."),
    ("h", "In vier Schritten zur Entscheidung"),
    ("ol", [
        "Drehen Sie an einem kalten Tag die Vorlauftemperatur Ihrer Heizung schrittweise auf 55 Grad herunter und prüfen Sie, ob alle Räume warm werden.",
        "Notieren Sie, welche Räume kalt bleiben. Oft genügt es, dort einzelne Heizkörper zu tauschen.",
        "Lassen Sie eine Heizlastberechnung machen. Sie ist Voraussetzung für die Förderung.",
        "Holen Sie mindestens zwei Angebote ein, die die Jahresarbeitszahl ausweisen.",
    ]),
    ("h", "Begriffe, die Sie kennen sollten"),
    ("dl", [
        ("Vorlauftemperatur", "Die Temperatur des Heizwassers, das in die Heizkörper fließt. Je niedriger, desto effizienter arbeitet die Wärmepumpe."),
        ("Jahresarbeitszahl (JAZ)", "Das Verhältnis von erzeugter Wärme zu eingesetztem Strom über ein Jahr. Ab 3,0 gilt eine Anlage als wirtschaftlich."),
        ("Heizlast", "Die Wärmeleistung, die ein Gebäude am kältesten Tag des Jahres braucht, angegeben in Kilowatt."),
    ]),
    ("brp", [
        "Bei den meisten Häusern aus den Sechziger- und Siebzigerjahren, die wir in den letzten Jahren umgerüstet haben, lag die Jahresarbeitszahl zwischen 3,1 und 3,6.",
        "Wo zusätzlich das Dach gedämmt oder die Fenster getauscht wurden, haben wir auch Werte über 4 gemessen.",
    ]),
    ("p", "Sie sind unsicher? Wir kommen vorbei und messen nach."),
]
H = """<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="UTF-8">
<title>Wärmepumpe im Altbau: So prüfen Sie, ob es passt | Haustechnik Brüggemann</title>
<meta name="generator" content="WordPress 6.7; Divi v.4.27">
</head>
<body class="post-template-default single single-post et_pb_button_helper_class et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade et_pb_pagebuilder_layout et_full_width_page et_divi_theme">
<div id="page-container">
<div id="top-header"><div class="container clearfix"><div id="et-info"><span id="et-info-phone">0541 77 88 90</span><a href="mailto:info@brueggemann-haustechnik.test"><span id="et-info-email">info@brueggemann-haustechnik.test</span></a></div></div></div>
<header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container"><div class="logo_container"><a href="/"><img src="/wp-content/uploads/logo-brueggemann.png" alt="Haustechnik Brüggemann" id="logo"></a></div><div id="et-top-navigation"><nav id="top-menu-nav"><ul id="top-menu" class="nav"><li class="menu-item"><a href="/heizung/">Heizung</a></li><li class="menu-item"><a href="/waermepumpen/">Wärmepumpen</a></li><li class="menu-item"><a href="/sanitaer/">Bad &amp; Sanitär</a></li><li class="menu-item current-menu-item"><a href="/ratgeber/">Ratgeber</a></li><li class="menu-item"><a href="/ueber-uns/">Über uns</a></li><li class="menu-item"><a href="/termin/">Termin vereinbaren</a></li></ul></nav></div></div></header>
<div id="et-main-area"><div id="main-content"><article id="post-2212" class="et_pb_post post-2212 post type-post status-publish format-standard category-ratgeber">
<div class="entry-content"><div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">
<div class="et_pb_section et_pb_section_0 et_pb_with_background et_section_regular"><div class="et_pb_row et_pb_row_0"><div class="et_pb_column et_pb_column_4_4 et_pb_column_0 et_pb_css_mix_blend_mode_passthrough et-last-child">
<div class="et_pb_module et_pb_text et_pb_text_0 et_pb_text_align_left et_pb_bg_layout_dark"><div class="et_pb_text_inner"><h1>Wärmepumpe im Altbau: So prüfen Sie, ob es passt</h1><div class="et_pb_meta">Ratgeber · 12. Oktober 2026 · 6 Min. Lesezeit</div></div></div>
</div></div></div>
<div class="et_pb_section et_pb_section_1 et_section_regular"><div class="et_pb_row et_pb_row_1"><div class="et_pb_column et_pb_column_2_3 et_pb_column_1">
<div class="et_pb_module et_pb_text et_pb_text_1 et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner">{BODY1}</div></div>
<div class="et_pb_module et_pb_cta et_pb_cta_0 et_pb_promo et_pb_bg_layout_dark et_pb_text_align_center"><div class="et_pb_promo_description"><h2 class="et_pb_module_header">Kostenloser Wärmepumpen-Check</h2><div>Wir prüfen Ihr Haus vor Ort, unverbindlich und in einer Stunde.</div></div><div class="et_pb_button_wrapper"><a class="et_pb_button et_pb_promo_button" href="/termin/">Jetzt Termin sichern</a></div></div>
<div class="et_pb_module et_pb_text et_pb_text_2 et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner">{BODY2}</div></div>
<div class="et_pb_module et_pb_social_media_follow"><span>Teilen:</span> <a href="#" class="icon et_pb_with_border" title="Auf Facebook teilen"><span class="et_pb_social_media_follow_network_name">Facebook</span></a> <a href="#" class="icon" title="Auf LinkedIn teilen"><span class="et_pb_social_media_follow_network_name">LinkedIn</span></a> <a href="#" class="icon" title="Per WhatsApp teilen"><span class="et_pb_social_media_follow_network_name">WhatsApp</span></a></div>
</div><div class="et_pb_column et_pb_column_1_3 et_pb_column_2 et-last-child">
<div class="et_pb_module et_pb_text et_pb_text_3 et_pb_bg_layout_light"><div class="et_pb_text_inner"><h4>Weitere Ratgeber</h4><div><a href="/ratgeber/foerderung-2027/">Förderung 2027: Was sich ändert</a></div><div><a href="/ratgeber/hydraulischer-abgleich/">Hydraulischer Abgleich: Pflicht oder Kür?</a></div><div><a href="/ratgeber/pv-und-waermepumpe/">Photovoltaik und Wärmepumpe kombinieren</a></div></div></div>
<div class="et_pb_module et_pb_text et_pb_text_4 et_pb_bg_layout_light"><div class="et_pb_text_inner"><h4>Notdienst</h4><div>Heizung ausgefallen? Wir sind rund um die Uhr erreichbar: 0541 77 88 99</div></div></div>
</div></div></div>
</div></div></div></article></div>
<footer id="main-footer"><div class="container"><div id="footer-widgets" class="clearfix"><div class="footer-widget"><div class="et_pb_widget widget_text"><h4 class="title">Haustechnik Brüggemann GmbH</h4><div class="textwidget">Pagenstecherstraße 44<br>49090 Osnabrück</div></div></div></div></div><div id="footer-bottom"><div class="container clearfix"><div id="footer-info"><a href="/impressum/">Impressum</a> | <a href="/datenschutz/">Datenschutz</a> | Meisterbetrieb seit 1987</div></div></div></footer>
</div></div>
</body>
</html>
"""
dv = dict(
    div=lambda t: "<div>%s</div>" % E(t),
    h=lambda t: "<h3>%s</h3>" % E(t),
    li=lambda t: "<li><span>%s</span></li>" % E(t),
    dl=lambda pairs: "".join("<div><strong>%s</strong><br>%s</div>" % (E(a), E(b)) for a, b in pairs),
    brp=lambda paras: "<div>%s</div>" % "<br><br>".join(E(p) for p in paras),
    p=lambda t: "<div><strong>%s</strong></div>" % E(t),
)
H = H.replace("{BODY1}", render(B[:4], **dv)).replace("{BODY2}", render(B[4:], **dv))
page("heldout", "de-divi-ratgeber", "https://brueggemann-haustechnik.test/ratgeber/waermepumpe-altbau/", B, H,
     ["Wärmepumpe im Altbau: So prüfen Sie, ob es passt", "info@brueggemann-haustechnik.test", "Termin vereinbaren", "6 Min. Lesezeit", "Kostenloser Wärmepumpen-Check", "Jetzt Termin sichern", "Auf Facebook teilen", "Weitere Ratgeber", "Hydraulischer Abgleich", "Notdienst", "Pagenstecherstraße 44", "Meisterbetrieb seit 1987"])
