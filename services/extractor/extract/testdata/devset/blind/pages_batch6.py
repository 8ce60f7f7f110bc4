# The sixth batch, written after extractor 1.10.0 and before it was run on
# these pages: the page kinds of a multilingual evaluation suite besides
# news (tech and personal blogs on static generators, WordPress and
# Blogger, a Substack-like newsletter, magazine features with pull quotes,
# an interview of bold questions and a fact box of the story, a company's
# press-room item and career page, a club's event report, an NGO's
# campaign page with statutes-like lists, municipal notices with tables of
# opening hours and fees, an FAQ, a forum question with a single answer, a
# documentation page), where text goes missing: lists, tables, quotes and
# the first and last paragraphs (a bold one-line lede, a dateline-only
# line, a one-sentence close, a sign-off). must= marks what a reader needs
# kept. Parts were assigned by a fixed rule before the extractor was run:
# in the order written, every third page (3rd, 6th, 9th, 12th, 15th) is
# held out.
from kit import E, page, render


def part(n):
    return "heldout" if n % 3 == 0 else "tune"


# --- 1 de-techblog-statisch: a developer's blog on a static site generator:
# numbered steps, code blocks, a bullet list, an inline quote; the last
# paragraph is a one-line sign-off.
B = [
    ("p", "Seit ein paar Wochen läuft mein kleiner Heimserver nicht mehr mit Docker, sondern mit Podman. Der Umstieg war einfacher als gedacht, aber ein paar Stolperfallen gab es doch."),
    ("h", "Warum überhaupt?"),
    ("x", "Podman braucht keinen Daemon, der als root läuft. Die Projektseite sagt dazu knapp: „Containers should be run as a regular user.“ Das war für mich der Hauptgrund.",
     "<p>Podman braucht keinen Daemon, der als <code>root</code> läuft. Die Projektseite sagt dazu knapp: <q>Containers should be run as a regular user.</q> Das war für mich der Hauptgrund.</p>"),
    ("h", "Installation in drei Schritten"),
    ("ol", ["Podman aus den Paketquellen installieren.", "Die Compose-Datei unverändert übernehmen.", "Den Dienst für den Benutzer aktivieren, damit er nach einem Neustart wieder startet."]),
    ("code", "sudo apt install podman podman-compose\nsystemctl --user enable --now podman.socket"),
    ("p", "Danach liefen Nextcloud und Gitea ohne Änderungen. Nur zwei Dinge musste ich anpassen:"),
    ("ul", ["Ports unter 1024 darf ein normaler Benutzer nicht öffnen.", "Volumes brauchen die Option :Z, wenn SELinux aktiv ist."]),
    ("code", "podman run -d -p 8080:80 -v ./data:/var/www:Z nginx"),
    ("p", "Viel Spaß beim Ausprobieren!"),
]
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Von Docker zu Podman auf dem Heimserver · bitwerk.blog</title></head>
<body>
<nav class="nav"><a href="/" class="brand">bitwerk.blog</a><a href="/posts/">Posts</a><a href="/tags/">Tags</a><a href="/about/">Über mich</a><a href="/index.xml">RSS</a></nav>
<main class="content">
<article class="post">
<header class="post-header"><h1 class="post-title">Von Docker zu Podman auf dem Heimserver</h1><div class="post-meta"><time datetime="2026-11-29">29. November 2026</time> · 3 Minuten Lesezeit</div></header>
<div class="post-content">
{BODY}
</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="/tags/linux/">linux</a></li><li><a href="/tags/container/">container</a></li></ul>
<nav class="paginav"><a class="prev" href="/posts/raspberry-backup/">« Backups mit restic</a> <a class="next" href="/posts/wireguard/">WireGuard im Heimnetz »</a></nav></footer>
</article>
</main>
<footer class="footer"><span>© 2026 bitwerk.blog</span> · <span>Powered by Hugo</span> · <a href="/impressum/">Impressum</a></footer>
</body></html>
"""
page(part(1), "de-techblog-statisch", "https://bitwerk.blog.test/posts/docker-zu-podman/", B, H.replace("{BODY}", render(B)),
     ["3 Minuten Lesezeit", "Backups mit restic", "WireGuard im Heimnetz", "Powered by Hugo"],
     must=["Viel Spaß beim Ausprobieren!", "Ports unter 1024 darf ein normaler Benutzer nicht öffnen.", "Podman aus den Paketquellen installieren.", "Containers should be run as a regular user."])

# --- 2 de-interview-magazin: a magazine interview: a bold one-line lede,
# bold questions, a pull quote, a fact box about the interviewee that
# belongs to the story, a one-sentence last answer.
QA = [
    ("Frau Albers, Sie haben 30 Jahre lang Bienen gehalten. Wie geht es den Bienen heute?", "Den Honigbienen geht es gar nicht so schlecht, weil sie von Imkern versorgt werden. Sorgen machen mir die Wildbienen: Mehr als die Hälfte der Arten steht auf der Roten Liste."),
    ("Was kann jeder Einzelne tun?", "Weniger aufräumen. Ein Haufen Totholz, ein paar offene Stellen im Rasen und Stängel, die über den Winter stehen bleiben, helfen mehr als jedes gekaufte Insektenhotel."),
    ("Und die Städte?", "Die Städte sind oft besser als ihr Ruf. Auf Friedhöfen und Bahndämmen finden wir mehr Arten als auf manchem Acker."),
    ("Bleiben Sie optimistisch?", "Ja."),
]
B = [("lead", "Die Biologin Hanna Albers über Wildbienen, ordentliche Gärten und das Insektenhotel.")]
for q, a in QA[:2]:
    B += [("lead", q), ("p", a)]
B += [("pull", "„Ein Haufen Totholz hilft mehr als jedes Insektenhotel.“")]
for q, a in QA[2:]:
    B += [("lead", q), ("p", a)]
BOX = [("h3", "Zur Person"), ("p", "Hanna Albers, 61, leitete bis 2024 die Arbeitsgruppe Bestäuberökologie an der Universität Hohenheim. Sie imkert seit 1996."), ("ul", ["Buch: Summende Nachbarn (2023)", "Mitglied im Beirat des Naturschutzbundes"])]
body = render(B[:5]) + "\n" + render([B[5]], pull=lambda t: '<blockquote class="pullquote pullquote--right"><p>%s</p></blockquote>' % E(t)) + "\n" + render(B[6:]) + "\n" + '<div class="infobox infobox--person">%s</div>' % render(BOX)
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>„Weniger aufräumen“ – Interview mit Hanna Albers | natur&amp;leben</title></head>
<body class="article-detail">
<div class="cookie-hint" id="cookie-hint">Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. <a href="/datenschutz/">Mehr erfahren</a> <button>OK</button></div>
<header class="page-header"><a class="logo" href="/">natur&amp;leben</a><nav class="main-nav"><a href="/garten/">Garten</a><a href="/tiere/">Tiere</a><a href="/reisen/">Reisen</a><a href="/abo/">Abo</a></nav></header>
<main class="page-main">
<article class="article">
<div class="article-kicker">Interview</div>
<h1 class="article-title">„Weniger aufräumen“</h1>
<div class="article-byline">Interview: Jonas Reuter · Ausgabe 12/2026</div>
<div class="article-body">
{BODY}
</div>
<div class="article-share"><span>Artikel teilen</span> <a href="https://www.facebook.com/sharer.php">Facebook</a> <a href="https://pinterest.com/pin/create/">Pinterest</a> <a href="mailto:?subject=">E-Mail</a></div>
</article>
<aside class="related"><h2>Das könnte Sie auch interessieren</h2><a href="/garten/wildblumenwiese/">So legen Sie eine Wildblumenwiese an</a> <a href="/tiere/igel-winter/">Igel im Winter helfen</a></aside>
</main>
<footer class="page-footer">natur&amp;leben erscheint monatlich · <a href="/impressum/">Impressum</a> · <a href="/agb/">AGB</a></footer>
</body></html>
"""
page(part(2), "de-interview-magazin", "https://naturundleben.test/interview/hanna-albers-wildbienen/", B + BOX, H.replace("{BODY}", body),
     ["Wir verwenden Cookies", "Interview: Jonas Reuter", "Artikel teilen", "Das könnte Sie auch interessieren", "Wildblumenwiese"],
     must=["Die Biologin Hanna Albers über Wildbienen, ordentliche Gärten und das Insektenhotel.", "Bleiben Sie optimistisch?", "Ein Haufen Totholz hilft mehr als jedes Insektenhotel.", "Zur Person", "Buch: Summende Nachbarn (2023)"])

# --- 3 fr-blog-perso: a personal WordPress blog: a numbered list, a block
# quote, a one-sentence last paragraph; comments and a widget sidebar.
B = [
    ("p", "Cela fait maintenant un an que nous vivons sans voiture, à quatre, dans un village de la Drôme. On me demande souvent comment on fait. Voici ce qui a vraiment changé."),
    ("ol", ["Le vélo cargo électrique a remplacé 80 % de nos trajets.", "Nous faisons les grosses courses une fois par mois, en autopartage.", "Les enfants prennent le car scolaire, ce qu’ils faisaient déjà avant.", "Pour les vacances, nous prenons le train de nuit."]),
    ("p", "Tout n’est pas rose. L’hiver, les trajets sous la pluie sont pénibles, et il faut tout anticiper. Ma voisine me l’a dit dès le début :"),
    ("quote", "Ici, sans voiture, tu es coincée dès qu’il neige.", ""),
    ("p", "Elle avait à moitié raison : nous avons été coincés deux jours en janvier. Mais nous avons économisé près de 4 000 euros sur l’année."),
    ("p", "Je referais le même choix demain."),
]
H = """<!DOCTYPE html>
<html lang="fr-FR">
<head><meta charset="UTF-8"><title>Un an sans voiture à la campagne : notre bilan – Le Petit Carnet</title></head>
<body class="post-template-default single single-post">
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">Le Petit Carnet</a></p><p class="site-description">Vie simple et bricolages</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu"><li><a href="/">Accueil</a></li><li><a href="/categorie/mobilite/">Mobilité</a></li><li><a href="/categorie/maison/">Maison</a></li><li><a href="/contact/">Contact</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-512" class="post-512 post type-post status-publish format-standard hentry category-mobilite">
<header class="entry-header"><h1 class="entry-title">Un an sans voiture à la campagne : notre bilan</h1><div class="entry-meta"><span class="posted-on">Publié le <time>28 novembre 2026</time></span><span class="byline"> par <span class="author vcard">Claire</span></span></div></header>
<div class="entry-content">
{BODY}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Partager :</h3><ul><li><a href="?share=facebook">Facebook</a></li><li><a href="?share=email">E-mail</a></li></ul></div>
</div>
<footer class="entry-footer"><span class="cat-links">Publié dans <a href="/categorie/mobilite/">Mobilité</a></span></footer>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">3 réflexions sur « Un an sans voiture à la campagne : notre bilan »</h2>
<ol class="comment-list"><li class="comment"><div class="comment-author">Marc</div><div class="comment-content"><p>Bravo ! Nous hésitons encore à franchir le pas, surtout à cause de l’hiver.</p></div></li>
<li class="comment"><div class="comment-author">Sophie</div><div class="comment-content"><p>Quel modèle de vélo cargo avez-vous choisi ?</p></div></li></ol>
<div id="respond" class="comment-respond"><h3>Laisser un commentaire</h3><form><p>Votre adresse e-mail ne sera pas publiée.</p></form></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">À propos</h2><p>Je m’appelle Claire, je vis dans la Drôme avec ma famille et j’écris ici sur la vie simple.</p></section>
<section class="widget"><h2 class="widget-title">Articles récents</h2><ul><li><a href="/poele-a-bois/">Notre poêle à bois, deux hivers après</a></li><li><a href="/potager-sur-buttes/">Potager sur buttes : le bilan</a></li></ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">Fièrement propulsé par WordPress</div></footer>
</div>
</body></html>
"""
page(part(3), "fr-blog-perso", "https://lepetitcarnet.test/un-an-sans-voiture/", B, H.replace("{BODY}", render(B)),
     ["Publié le", "Partager :", "Nous hésitons encore", "Laisser un commentaire", "Je m’appelle Claire", "Notre poêle à bois", "propulsé par WordPress"],
     must=["Je referais le même choix demain.", "Ici, sans voiture, tu es coincée dès qu’il neige.", "Pour les vacances, nous prenons le train de nuit."])

# --- 4 de-verein-bericht: a sports club's event report on a club CMS: the
# first line is a dateline only, a results table, a quote, the last line
# a sign-off of the board.
B = [
    ("p", "Lindau, 30. November."),
    ("p", "Mit 214 Starterinnen und Startern hat der 12. Lindauer Nikolauslauf einen neuen Teilnehmerrekord aufgestellt. Bei trockenem, kaltem Wetter liefen die meisten die 5-Kilometer-Runde am Seeufer, 61 wagten sich auf die 10 Kilometer."),
    ("h", "Die Sieger"),
    ("table", [["Strecke", "Frauen", "Männer"], ["5 km", "Lea Brenner (19:42)", "Tobias Kern (17:05)"], ["10 km", "Sabine Maurer (41:18)", "Felix Haas (34:51)"], ["Bambini", "Mia Roth", "Jonas Vogt"]]),
    ("p", "Der Erlös aus den Startgeldern von 2.140 Euro geht in diesem Jahr an die Kinderkrebshilfe Bodensee."),
    ("quote", "So viele Kinder am Start hatten wir noch nie, das freut uns besonders.", "Abteilungsleiter Martin Sauter"),
    ("p", "Ein großer Dank gilt den 40 Helferinnen und Helfern und der Bäckerei Hiller für den Glühwein."),
    ("p", "Sportliche Grüße, Eure Laufabteilung"),
]
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Rekord beim Nikolauslauf - TSV Lindau 1850 e.V.</title></head>
<body>
<div id="wrapper">
<div id="header"><a href="/"><img src="/img/tsv-logo.png" alt="TSV Lindau 1850 e.V."></a>
<ul id="topmenu"><li><a href="/verein/">Verein</a></li><li><a href="/abteilungen/">Abteilungen</a></li><li><a href="/news/">News</a></li><li><a href="/mitglied-werden/">Mitglied werden</a></li></ul></div>
<div id="left"><div class="box"><h3>Abteilungen</h3><ul><li><a href="/fussball/">Fußball</a></li><li><a href="/laufen/">Laufen</a></li><li><a href="/turnen/">Turnen</a></li></ul></div>
<div class="box"><h3>Nächste Termine</h3><p>12.12. Weihnachtsfeier<br>06.01. Dreikönigslauf</p></div></div>
<div id="content">
<div class="newsitem">
<h2 class="newstitle">Rekord beim Nikolauslauf</h2>
<div class="newsinfo">Eingestellt von Martin Sauter am 01.12.2026 | Abteilung Laufen</div>
<div class="newstext">
{BODY}
</div>
<div class="newsfooter"><a href="/news/">zurück</a> | <a href="javascript:window.print()">drucken</a> | Aufrufe: 318</div>
</div>
</div>
<div id="footer">TSV Lindau 1850 e.V. · Am Sportplatz 4 · 88131 Lindau · <a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a></div>
</div>
</body></html>
"""
page(part(4), "de-verein-bericht", "https://www.tsv-lindau.test/news/nikolauslauf-2026/", B, H.replace("{BODY}", render(B)),
     ["Eingestellt von Martin Sauter", "Aufrufe: 318", "Weihnachtsfeier", "Mitglied werden", "Am Sportplatz 4"],
     must=["Lindau, 30. November.", "Sportliche Grüße, Eure Laufabteilung", "Sabine Maurer (41:18)", "So viele Kinder am Start hatten wir noch nie, das freut uns besonders."])

# --- 5 de-gemeinde-oeffnungszeiten: a municipality's notice on a public
# authority CMS: a table of opening hours, a table of fees, a bullet list
# of documents, a one-sentence closing line.
B = [
    ("p", "Ab dem 4. Januar 2027 gelten im Bürgerbüro neue Öffnungszeiten. Zugleich wird die Terminvergabe ausgeweitet: Personalausweise und Reisepässe werden nur noch mit Termin bearbeitet."),
    ("h", "Öffnungszeiten"),
    ("table", [["Tag", "Vormittag", "Nachmittag"], ["Montag", "8:00 – 12:00 Uhr", "geschlossen"], ["Dienstag", "8:00 – 12:00 Uhr", "14:00 – 18:00 Uhr"], ["Mittwoch", "geschlossen", "geschlossen"], ["Donnerstag", "7:00 – 12:00 Uhr", "14:00 – 18:00 Uhr"], ["Freitag", "8:00 – 12:00 Uhr", "geschlossen"]]),
    ("h", "Gebühren"),
    ("table", [["Leistung", "Gebühr"], ["Personalausweis (ab 24 Jahre)", "37,00 Euro"], ["Reisepass (ab 24 Jahre)", "70,00 Euro"], ["Meldebescheinigung", "10,00 Euro"]]),
    ("h", "Bitte mitbringen"),
    ("ul", ["das alte Ausweisdokument", "ein aktuelles biometrisches Passfoto", "bei Minderjährigen die Zustimmung beider Sorgeberechtigten"]),
    ("p", "Termine können online oder telefonisch vereinbart werden."),
]
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Neue Öffnungszeiten im Bürgerbüro ab Januar | Gemeinde Ottobrunn</title></head>
<body class="sp-page">
<div id="cookie-banner" class="cookie-banner" role="dialog"><p>Diese Website verwendet nur technisch notwendige Cookies.</p><button>Verstanden</button></div>
<a href="#inhalt" class="sr-only">Zum Inhalt springen</a>
<header class="sp-header"><a href="/" class="sp-logo">Gemeinde Ottobrunn</a><ul class="sp-service"><li><a href="/leichte-sprache/">Leichte Sprache</a></li><li><a href="/gebaerdensprache/">Gebärdensprache</a></li></ul>
<nav class="sp-nav"><ul><li><a href="/rathaus/">Rathaus &amp; Service</a></li><li><a href="/leben/">Leben in Ottobrunn</a></li><li><a href="/wirtschaft/">Wirtschaft</a></li><li><a href="/aktuelles/">Aktuelles</a></li></ul></nav></header>
<div class="sp-breadcrumb">Sie sind hier: <a href="/">Startseite</a> › <a href="/aktuelles/">Aktuelles</a> › Bürgerbüro</div>
<main id="inhalt" class="sp-main">
<div class="sp-article">
<h1>Neue Öffnungszeiten im Bürgerbüro ab Januar</h1>
<p class="sp-date">Veröffentlicht am 03.12.2026</p>
<div class="sp-text">
{BODY}
</div>
<div class="sp-contact-box"><h2>Kontakt</h2><p>Bürgerbüro<br>Rathausplatz 1<br>85521 Ottobrunn<br>Telefon 089 60808-300</p></div>
</div>
<aside class="sp-aside"><h2>Online-Dienste</h2><ul><li><a href="/termin/">Termin vereinbaren</a></li><li><a href="/formulare/">Formulare</a></li><li><a href="/maengelmelder/">Mängelmelder</a></li></ul></aside>
</main>
<footer class="sp-footer"><a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a> · <a href="/barrierefreiheit/">Erklärung zur Barrierefreiheit</a></footer>
</body></html>
"""
page(part(5), "de-gemeinde-oeffnungszeiten", "https://www.ottobrunn.test/aktuelles/buergerbuero-oeffnungszeiten/", B, H.replace("{BODY}", render(B)),
     ["technisch notwendige Cookies", "Leichte Sprache", "Veröffentlicht am 03.12.2026", "Telefon 089 60808-300", "Mängelmelder", "Erklärung zur Barrierefreiheit"],
     must=["Termine können online oder telefonisch vereinbart werden.", "Reisepass (ab 24 Jahre)", "14:00 – 18:00 Uhr", "ein aktuelles biometrisches Passfoto"])

# --- 6 de-faq-stadtwerke: a utility's FAQ page: questions as headings,
# answers with lists and a short answer of one sentence; a contact teaser
# and a rating widget around.
B = [
    ("p", "Hier beantworten wir die häufigsten Fragen zum Wechsel auf den neuen Fernwärmetarif."),
    ("h3", "Muss ich selbst etwas tun?"),
    ("p", "Nein. Wir stellen Ihren Vertrag zum 1. Januar automatisch um."),
    ("h3", "Was ändert sich am Preis?"),
    ("p", "Der Arbeitspreis sinkt von 14,9 auf 12,4 Cent je Kilowattstunde. Der Grundpreis steigt dagegen um 4 Euro im Monat. Für einen typischen Haushalt bedeutet das:"),
    ("ul", ["Wohnung mit 60 m²: etwa 35 Euro weniger im Jahr", "Einfamilienhaus mit 140 m²: etwa 120 Euro weniger im Jahr"]),
    ("h3", "Kann ich kündigen?"),
    ("p", "Ja, mit einer Frist von einem Monat zum Monatsende."),
    ("h3", "Wann kommt die nächste Abrechnung?"),
    ("p", "Im März."),
]
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Häufige Fragen zum neuen Fernwärmetarif – Stadtwerke Fulda</title></head>
<body class="page-faq">
<header class="header"><a href="/" class="header__logo">Stadtwerke Fulda</a><nav class="header__nav"><a href="/privatkunden/">Privatkunden</a><a href="/geschaeftskunden/">Geschäftskunden</a><a href="/unternehmen/">Unternehmen</a><a href="/kundenportal/">Kundenportal</a></nav></header>
<main class="main">
<section class="stage"><h1>Häufige Fragen zum neuen Fernwärmetarif</h1></section>
<section class="faq">
{BODY}
</section>
<section class="teaser-contact"><h2>Ihre Frage war nicht dabei?</h2><p>Unser Kundenservice ist Mo–Fr von 8 bis 18 Uhr für Sie da.</p><a class="btn" href="/kontakt/">Kontakt aufnehmen</a></section>
<section class="rating">War diese Seite hilfreich? <button>Ja</button> <button>Nein</button></section>
</main>
<footer class="footer"><p>© Stadtwerke Fulda GmbH</p><a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a> <a href="/agb/">AGB</a></footer>
</body></html>
"""
page(part(6), "de-faq-stadtwerke", "https://www.stadtwerke-fulda.test/fernwaerme/faq/", B, H.replace("{BODY}", render(B)),
     ["Ihre Frage war nicht dabei", "Mo–Fr von 8 bis 18 Uhr", "War diese Seite hilfreich", "Stadtwerke Fulda GmbH"],
     must=["Im März.", "Nein. Wir stellen Ihren Vertrag zum 1. Januar automatisch um.", "Wohnung mit 60 m²: etwa 35 Euro weniger im Jahr"])

# --- 7 es-blogger-viaje: a Blogger personal blog: <br>-separated
# paragraphs in a post body div, a bullet list, an inline quote, a one-line
# close; the Blogger sidebar, labels and comments around.
LINES = [
    "Llegamos a Cudillero un martes de noviembre, con niebla y sin turistas. El pueblo baja en cuesta hasta el puerto y las casas están pintadas de todos los colores.",
    "Comimos en una sidrería del muelle. La camarera nos recomendó el pixín, que resultó ser rape, y una botella de sidra que escanció ella misma.",
    "Al día siguiente hicimos la senda costera hasta la playa del Silencio. Son unos doce kilómetros de ida, sin grandes subidas.",
]
B = [("brp", LINES), ("p", "Lo que llevaría la próxima vez:"), ("ul", ["Un chubasquero de verdad", "Botas que no importe mojar", "Efectivo, porque en muchas sidrerías no aceptan tarjeta"]),
     ("x", "Como dice mi abuela, «en Asturias, el paraguas se lleva también con sol».", "<div>Como dice mi abuela, <i>«en Asturias, el paraguas se lleva también con sol»</i>.</div>"),
     ("div", "¡Volveremos!")]
body = '<div class="post-body entry-content" id="post-body-77123">%s<br>\n<br>\n%s<br>\n%s\n%s\n<div><br></div>%s</div>' % (
    "<br>\n<br>\n".join(E(l) for l in LINES), E(B[1][1]), render([B[2]]), B[3][2], render([B[4]]))
H = """<!DOCTYPE html>
<html lang="es">
<head><meta charset="UTF-8"><title>El Rincón de Marta: Tres días en Cudillero</title></head>
<body class="variant-simple">
<div class="navbar section" id="navbar"><div class="widget Navbar"><a href="https://www.blogger.com/">Crear un blog</a> <a href="https://www.blogger.com/start">Iniciar sesión</a></div></div>
<div class="content-outer"><header><div class="header-inner"><h1 class="title"><a href="/">El Rincón de Marta</a></h1><p class="description">Viajes cortos y comida rica</p></div></header>
<div class="main-inner"><div class="columns"><div class="column-center-inner"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>jueves, 3 de diciembre de 2026</span></h2>
<div class="post-outer"><div class="post hentry">
<h3 class="post-title entry-title">Tres días en Cudillero</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
{BODY}
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Publicado por Marta</span> <span class="post-timestamp">a las 19:20</span> <span class="post-comment-link"><a href="#comments">2 comentarios</a></span></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Etiquetas: <a href="/search/label/Asturias">Asturias</a>, <a href="/search/label/escapadas">escapadas</a></span></div>
<div class="post-share-buttons"><a href="https://www.blogger.com/share-post.g">Enviar por correo electrónico</a> <a href="https://www.blogger.com/share-post.g">Escribe un blog</a> <a href="https://www.blogger.com/share-post.g">Compartir en X</a></div></div>
</div>
<div class="comments" id="comments"><h4>2 comentarios:</h4><dl id="comments-block"><dt class="comment-author">Anónimo dijo...</dt><dd class="comment-body"><p>¡Qué envidia! Nosotros fuimos en agosto y no había sitio ni para aparcar.</p></dd></dl></div>
</div></div>
</div>
<div class="blog-pager" id="blog-pager"><a class="blog-pager-newer-link" href="/2026/12/oviedo.html">Entrada más reciente</a> <a class="home-link" href="/">Página Principal</a> <a class="blog-pager-older-link" href="/2026/11/llanes.html">Entrada antigua</a></div>
</div></div></div></div>
<div class="column-right-inner"><div class="sidebar section" id="sidebar-right-1"><div class="widget Profile"><h2>Datos personales</h2><p>Marta. Profesora de inglés en Valladolid y viajera de fin de semana.</p></div>
<div class="widget BlogArchive"><h2>Archivo del blog</h2><ul><li><a href="/2026/">2026 (14)</a></li><li><a href="/2025/">2025 (22)</a></li></ul></div></div></div>
</div></div>
<footer class="footer-outer">Tema Sencillo. Con la tecnología de <a href="https://www.blogger.com">Blogger</a>.</footer>
</div>
</body></html>
"""
page(part(7), "es-blogger-viaje", "https://elrincondemarta.test/2026/12/tres-dias-en-cudillero.html", B, H.replace("{BODY}", body),
     ["Publicado por Marta", "Etiquetas:", "Enviar por correo", "Qué envidia", "Entrada más reciente", "Profesora de inglés", "Archivo del blog", "Con la tecnología de"],
     must=["¡Volveremos!", "Efectivo, porque en muchas sidrerías no aceptan tarjeta", "en Asturias, el paraguas se lleva también con sol", "Llegamos a Cudillero un martes de noviembre"])

# --- 8 de-karriere-stelle: a company's career page for one job: an intro,
# tasks, profile and benefits as lists under headings, a one-line close; an
# apply button, a contact person box and job teasers around.
B = [
    ("p", "Wir sind ein mittelständischer Hersteller von Messtechnik für die Lebensmittelindustrie mit 180 Beschäftigten in Bielefeld. Für unser Team Softwareentwicklung suchen wir ab sofort Verstärkung."),
    ("h", "Ihre Aufgaben"),
    ("ul", ["Sie entwickeln die Firmware unserer Sensoren in C und Rust weiter.", "Sie schreiben Tests und pflegen unsere Build-Pipeline.", "Sie arbeiten eng mit Hardware-Entwicklung und Service zusammen."]),
    ("h", "Ihr Profil"),
    ("ul", ["abgeschlossenes Studium der Informatik, Elektrotechnik oder eine vergleichbare Ausbildung", "Erfahrung mit Mikrocontrollern", "gute Deutsch- und Englischkenntnisse"]),
    ("h", "Wir bieten"),
    ("ul", ["30 Tage Urlaub und flexible Arbeitszeiten", "bis zu drei Tage Homeoffice pro Woche", "ein Jobrad und eine betriebliche Altersvorsorge"]),
    ("p", "Wir freuen uns auf Ihre Bewerbung!"),
]
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Embedded-Softwareentwickler (m/w/d) – Karriere bei Kessler Messtechnik</title></head>
<body class="job-detail">
<div class="cc-window" role="dialog">Wir nutzen Cookies und ähnliche Technologien, um unsere Website zu verbessern. <a class="cc-btn cc-allow">Alle akzeptieren</a> <a class="cc-btn cc-deny">Nur notwendige</a></div>
<header class="site-header"><a href="/" class="logo">Kessler Messtechnik</a><nav><a href="/produkte/">Produkte</a><a href="/service/">Service</a><a href="/unternehmen/">Unternehmen</a><a href="/karriere/">Karriere</a></nav></header>
<main>
<section class="job-hero"><h1>Embedded-Softwareentwickler (m/w/d)</h1><ul class="job-facts"><li>Bielefeld</li><li>Vollzeit</li><li>unbefristet</li></ul><a class="btn btn-primary" href="/karriere/bewerben/?job=117">Jetzt bewerben</a></section>
<section class="job-text">
{BODY}
</section>
<section class="job-contact"><h2>Ihre Ansprechpartnerin</h2><p>Julia Brandt, Personalreferentin<br>Tel. 0521 55 78-240<br><a href="mailto:karriere@kessler.test">karriere@kessler.test</a></p><a class="btn" href="/karriere/bewerben/?job=117">Jetzt bewerben</a></section>
<section class="job-more"><h2>Weitere Stellenangebote</h2><ul><li><a href="/karriere/jobs/118/">Servicetechniker (m/w/d)</a></li><li><a href="/karriere/jobs/119/">Ausbildung Mechatroniker (m/w/d)</a></li></ul></section>
</main>
<footer class="site-footer">Kessler Messtechnik GmbH · Ravensberger Str. 12 · 33602 Bielefeld · <a href="/impressum/">Impressum</a></footer>
</body></html>
"""
page(part(8), "de-karriere-stelle", "https://www.kessler-messtechnik.test/karriere/jobs/117/", B, H.replace("{BODY}", render(B)),
     ["Alle akzeptieren", "Jetzt bewerben", "Ihre Ansprechpartnerin", "0521 55 78-240", "Weitere Stellenangebote", "Ravensberger Str. 12"],
     must=["Wir freuen uns auf Ihre Bewerbung!", "30 Tage Urlaub und flexible Arbeitszeiten", "Erfahrung mit Mikrocontrollern"])

# --- 9 ru-forum-otvet: a Q&A forum thread: the question and its single
# answer (both the thread's text), code in both; user cards, votes,
# tags, related questions and the answer form around.
B = [
    ("p", "Пишу бота на Python, который раз в минуту опрашивает API. Через пару часов скрипт падает с ошибкой «Too many open files». Сессию requests создаю внутри цикла:"),
    ("code", "while True:\n    s = requests.Session()\n    r = s.get(URL, timeout=10)\n    time.sleep(60)"),
    ("p", "Что я делаю не так?"),
    ("p", "Каждая новая сессия держит свой пул соединений, и вы их не закрываете. Создайте сессию один раз до цикла или используйте контекстный менеджер:"),
    ("code", "with requests.Session() as s:\n    while True:\n        r = s.get(URL, timeout=10)\n        time.sleep(60)"),
    ("p", "Тогда соединение будет переиспользоваться, а при выходе из блока закроется."),
]
H = """<!DOCTYPE html>
<html lang="ru">
<head><meta charset="utf-8"><title>Ошибка Too many open files в цикле с requests — Вопросы и ответы</title></head>
<body>
<header class="topbar"><a href="/" class="topbar__logo">Вопросы и ответы</a><nav><a href="/questions/">Вопросы</a><a href="/tags/">Метки</a><a href="/users/">Участники</a></nav><a href="/login/">Войти</a></header>
<div class="container">
<main class="question-page">
<h1 class="question-title">Ошибка Too many open files в цикле с requests</h1>
<div class="question-stats">Задан 2 дня назад · Просмотрен 184 раза</div>
<div class="post question">
<div class="votes"><button>▲</button><span>3</span><button>▼</button></div>
<div class="post-text">{Q}</div>
<div class="post-tags"><a href="/tags/python/">python</a> <a href="/tags/requests/">requests</a></div>
<div class="user-card">задан 5 дек в 10:14 <a href="/users/8812/">dmitry_k</a> 41</div>
<div class="comments"><div class="comment">Покажите полный traceback. – <a href="/users/17/">alex</a> 5 дек в 10:20</div></div>
</div>
<h2 class="answers-header">1 ответ</h2>
<div class="post answer accepted">
<div class="votes"><button>▲</button><span>7</span><button>▼</button><span class="accepted-mark">✓</span></div>
<div class="post-text">{A}</div>
<div class="user-card">ответ дан 5 дек в 10:31 <a href="/users/3301/">pyguru</a> 12 340</div>
</div>
<div class="your-answer"><h2>Ваш ответ</h2><p>Нажимая «Отправить ответ», вы соглашаетесь с правилами сайта.</p><button>Отправить ответ</button></div>
</main>
<aside class="sidebar"><h3>Похожие вопросы</h3><ul><li><a href="/q/5521/">Как закрыть соединение requests?</a></li><li><a href="/q/4410/">aiohttp: Unclosed client session</a></li></ul></aside>
</div>
<footer class="footer">© 2026 Вопросы и ответы · <a href="/rules/">Правила</a> · <a href="/help/">Помощь</a></footer>
</body></html>
"""
page(part(9), "ru-forum-otvet", "https://otvety.test/q/8820/", B, H.replace("{Q}", render(B[:3])).replace("{A}", render(B[3:])),
     ["Просмотрен 184 раза", "dmitry_k", "Покажите полный traceback", "1 ответ", "Отправить ответ", "Похожие вопросы"],
     must=["Что я делаю не так?", "Тогда соединение будет переиспользоваться, а при выходе из блока закроется."])

# --- 10 de-presse-produkt: a company press-room item: a dateline-only
# first paragraph, a bold lede, a feature list, a quote of the managing
# director, the "about" boilerplate (part of a release) and a press
# contact, downloads and a newsroom sidebar around.
B = [
    ("p", "Stuttgart, 2. Dezember 2026"),
    ("lead", "Die Heizwerk GmbH bringt mit der WP 9 eine Wärmepumpe auf den Markt, die ohne Außengerät auskommt und in eine Nische unter dem Fenster passt."),
    ("p", "Die WP 9 ist für Wohnungen in Mehrfamilienhäusern gedacht, in denen kein Platz für ein Außengerät ist. Sie saugt die Außenluft durch zwei Kernbohrungen in der Wand an."),
    ("ul", ["Heizleistung bis 4,5 Kilowatt", "Kältemittel Propan (R290)", "Schallleistung innen 39 dB(A)", "Einbau an einem Tag"]),
    ("quote", "Gerade in Altbauten mit Gasetagenheizungen gab es bisher kaum eine Lösung. Die WP 9 schließt diese Lücke.", "Geschäftsführerin Anja Lorenz"),
    ("p", "Die WP 9 ist ab Februar über den Fachhandel erhältlich."),
    ("h3", "Über die Heizwerk GmbH"),
    ("p", "Die Heizwerk GmbH entwickelt und fertigt seit 1987 Heizungs- und Lüftungstechnik in Stuttgart. Das Unternehmen beschäftigt 420 Menschen."),
]
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Heizwerk stellt Wärmepumpe ohne Außengerät vor | Newsroom Heizwerk</title></head>
<body class="newsroom">
<header class="nr-header"><a href="/" class="nr-logo">Heizwerk</a><nav><a href="/produkte/">Produkte</a><a href="/fachpartner/">Fachpartner</a><a href="/newsroom/">Newsroom</a><a href="/karriere/">Karriere</a></nav></header>
<div class="nr-grid">
<main class="nr-main">
<div class="nr-label">Pressemitteilung</div>
<h1>Heizwerk stellt Wärmepumpe ohne Außengerät vor</h1>
<div class="nr-release">
{BODY}
</div>
<div class="nr-contact"><h3>Pressekontakt</h3><p>Tobias Engel<br>Unternehmenskommunikation<br>Telefon +49 711 9080-155<br><a href="mailto:presse@heizwerk.test">presse@heizwerk.test</a></p></div>
<div class="nr-downloads"><h3>Downloads</h3><ul><li><a href="/media/wp9-foto.jpg">Produktfoto WP 9 (JPG, 4 MB)</a></li><li><a href="/media/pm-wp9.pdf">Pressemitteilung (PDF)</a></li></ul></div>
</main>
<aside class="nr-aside"><h3>Weitere Meldungen</h3><ul><li><a href="/newsroom/messe-2026/">Heizwerk auf der Messe SHK 2026</a></li><li><a href="/newsroom/ausbildung/">24 neue Auszubildende</a></li></ul></aside>
</div>
<footer class="nr-footer">© Heizwerk GmbH 2026 · <a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a></footer>
</body></html>
"""
page(part(10), "de-presse-produkt", "https://www.heizwerk.test/newsroom/wp9-vorgestellt/", B, H.replace("{BODY}", render(B)),
     ["Pressekontakt", "+49 711 9080-155", "presse@heizwerk.test", "Produktfoto WP 9", "Weitere Meldungen", "24 neue Auszubildende"],
     must=["Stuttgart, 2. Dezember 2026", "Einbau an einem Tag", "Die WP 9 ist ab Februar über den Fachhandel erhältlich.", "Über die Heizwerk GmbH"])

# --- 11 it-guida-doc: a documentation how-to page: numbered steps, code,
# a table of parameters, a note box that belongs to the text, a short last
# line; a docs sidebar, a table of contents, edit link and page nav around.
B = [
    ("p", "Questa guida spiega come configurare il backup automatico dei dati sul NAS in meno di dieci minuti."),
    ("h", "Prima di iniziare"),
    ("p", "Serve un utente con diritti di amministratore e almeno 20 GB liberi sul disco di destinazione."),
    ("h", "Procedura"),
    ("ol", ["Aprire il pannello di controllo e scegliere Backup.", "Cliccare su Nuova attività e selezionare le cartelle da salvare.", "Impostare la pianificazione e confermare con Salva."]),
    ("p", "Chi preferisce la riga di comando può creare la stessa attività così:"),
    ("code", "nasctl backup create --src /volume1/foto --dst usb1 --every 24h"),
    ("h", "Parametri"),
    ("table", [["Parametro", "Significato", "Predefinito"], ["--every", "Intervallo tra due backup", "24h"], ["--keep", "Numero di copie conservate", "7"], ["--dst", "Disco o cartella di destinazione", "nessuno"]]),
    ("x", "Nota: il primo backup può durare diverse ore, quelli successivi copiano solo i file modificati.", '<div class="admonition note"><p class="admonition-title">Nota</p><p>il primo backup può durare diverse ore, quelli successivi copiano solo i file modificati.</p></div>'),
    ("p", "Fatto."),
]
H = """<!DOCTYPE html>
<html lang="it">
<head><meta charset="utf-8"><title>Configurare il backup automatico — Documentazione NasBox 5.2</title></head>
<body class="wy-body-for-nav">
<div class="wy-grid-for-nav">
<nav class="wy-nav-side"><div class="wy-side-scroll"><a href="/" class="icon icon-home">NasBox</a><div class="version">5.2</div><input type="text" placeholder="Cerca nella documentazione">
<ul class="current"><li class="toctree-l1"><a href="/installazione/">Installazione</a></li><li class="toctree-l1 current"><a href="/backup/">Backup</a></li><li class="toctree-l1"><a href="/rete/">Rete</a></li><li class="toctree-l1"><a href="/faq/">Domande frequenti</a></li></ul></div></nav>
<section class="wy-nav-content-wrap"><div class="wy-nav-content"><div class="rst-content">
<div role="navigation" class="breadcrumbs"><a href="/">Docs</a> » Configurare il backup automatico <a class="edit" href="https://git.nasbox.test/docs/edit/main/backup.rst">Modifica su Git</a></div>
<div role="main" class="document"><div class="section" id="configurare-il-backup-automatico">
<h1>Configurare il backup automatico</h1>
{BODY}
</div></div>
<footer><div class="rst-footer-buttons"><a href="/installazione/" class="btn btn-neutral float-left">Precedente</a> <a href="/rete/" class="btn btn-neutral float-right">Successivo</a></div><p>© Copyright 2026, NasBox Team. Creato con Sphinx.</p></footer>
</div></div></section>
</div>
</body></html>
"""
page(part(11), "it-guida-doc", "https://docs.nasbox.test/it/5.2/backup/", B, H.replace("{BODY}", render(B)),
     ["Cerca nella documentazione", "Domande frequenti", "Modifica su Git", "Precedente", "Creato con Sphinx"],
     must=["Fatto.", "Numero di copie conservate", "Impostare la pianificazione e confermare con Salva.", "il primo backup può durare diverse ore"])

# --- 12 de-ngo-aktion: an environmental association's campaign page: a
# one-line lede, a numbered list of demands, statutes-like items, a quote,
# a donation box and a newsletter form around.
B = [
    ("p", "Unsere Moore sind Klimaschützer – wenn sie nass sind."),
    ("p", "Trockengelegte Moore setzen in Deutschland jedes Jahr rund 53 Millionen Tonnen CO₂ frei. Das ist mehr als der gesamte innerdeutsche Flugverkehr. Wir fordern deshalb von der Landesregierung:"),
    ("ol", ["bis 2030 mindestens 50.000 Hektar Moorfläche wiederzuvernässen,", "Landwirten, die auf nassen Flächen wirtschaften, einen festen Ausgleich zu zahlen,", "keinen Torfabbau mehr zu genehmigen."]),
    ("quote", "Jeder Hektar, den wir wieder nass machen, ist gelebter Klimaschutz.", "Landesvorsitzende Petra Kühn"),
    ("h", "Was wir selbst tun"),
    ("p", "Unsere Ortsgruppen betreuen schon heute 14 Moore in Niedersachsen. Nach unserer Satzung (§ 2) verfolgen wir dabei drei Zwecke:"),
    ("ul", ["a) den Schutz und die Pflege von Lebensräumen,", "b) die Umweltbildung von Kindern und Erwachsenen,", "c) die Beteiligung an Planungsverfahren."]),
    ("p", "Machen Sie mit."),
]
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Moore retten: Unsere Forderungen | Naturbund Niedersachsen e.V.</title></head>
<body class="campaign">
<div class="cookie-consent"><p>Mit „Alle akzeptieren“ erlauben Sie uns, Inhalte von Drittanbietern zu laden.</p><button>Alle akzeptieren</button><button>Ablehnen</button></div>
<header class="header"><a href="/" class="logo">Naturbund Niedersachsen</a><nav><a href="/themen/">Themen</a><a href="/mitmachen/">Mitmachen</a><a href="/ortsgruppen/">Ortsgruppen</a><a href="/spenden/" class="btn-spenden">Jetzt spenden</a></nav></header>
<main>
<div class="campaign-header"><h1>Moore retten</h1></div>
<div class="campaign-grid">
<div class="campaign-text">
{BODY}
</div>
<aside class="campaign-side"><div class="donate-box"><h3>Ihre Spende wirkt</h3><p>Mit 50 Euro renaturieren wir 20 Quadratmeter Moor.</p><a class="btn" href="/spenden/?k=moor">Jetzt spenden</a></div>
<div class="newsletter"><h3>Newsletter</h3><form><input type="email" placeholder="Ihre E-Mail-Adresse"><button>Abonnieren</button></form></div></aside>
</div>
<div class="share-bar">Teilen: <a href="https://www.facebook.com/sharer.php">Facebook</a> <a href="https://bsky.app/intent/compose">Bluesky</a> <a href="https://wa.me/?text=">WhatsApp</a></div>
</main>
<footer class="footer"><p>Naturbund Niedersachsen e.V. · Goebenstraße 3a · 30161 Hannover · Spendenkonto IBAN DE12 2505 0000 0001 2345 67</p><a href="/impressum/">Impressum</a> <a href="/transparenz/">Transparenz</a></footer>
</body></html>
"""
page(part(12), "de-ngo-aktion", "https://www.naturbund-nds.test/themen/moore-retten/", B, H.replace("{BODY}", render(B)),
     ["Inhalte von Drittanbietern", "Ihre Spende wirkt", "Mit 50 Euro", "Abonnieren", "Teilen:", "Goebenstraße 3a", "Spendenkonto"],
     must=["Unsere Moore sind Klimaschützer – wenn sie nass sind.", "Machen Sie mit.", "keinen Torfabbau mehr zu genehmigen.", "c) die Beteiligung an Planungsverfahren."])

# --- 13 nl-gemeente-tarieven: a Dutch municipality's notice: a fee table
# whose first column is text, a list, a one-sentence last line.
B = [
    ("p", "Vanaf 1 januari 2027 betaalt u in de gemeente Deventer per keer dat u de container met restafval aan de straat zet. De vaste afvalstoffenheffing wordt daarvoor lager."),
    ("h", "Wat gaat u betalen?"),
    ("table", [["Onderdeel", "Tarief 2027"], ["Vastrecht per huishouden", "€ 212,40 per jaar"], ["Container restafval 140 liter", "€ 6,50 per lediging"], ["Container restafval 240 liter", "€ 11,20 per lediging"], ["Grof afval op afspraak", "€ 35,00 per keer"]]),
    ("p", "GFT, papier en plastic blijft u gratis aanbieden. Gemiddeld betaalt een huishouden dat goed scheidt volgend jaar zo’n 60 euro minder."),
    ("h", "Tips om te besparen"),
    ("ul", ["Zet de container pas buiten als hij vol is.", "Breng oud textiel naar de textielbak.", "Gooi etensresten bij het GFT."]),
    ("p", "Heeft u vragen? Bel dan 14 0570."),
]
H = """<!DOCTYPE html>
<html lang="nl">
<head><meta charset="utf-8"><title>Nieuwe afvaltarieven vanaf 2027 | Gemeente Deventer</title></head>
<body>
<div class="cookiebar"><p>Wij gebruiken alleen functionele en analytische cookies.</p><a href="/cookies/">Meer informatie</a> <button>Sluiten</button></div>
<header class="header"><a class="logo" href="/">Gemeente Deventer</a><form class="search"><input type="search" placeholder="Waar bent u naar op zoek?"><button>Zoeken</button></form>
<nav class="menu"><a href="/wonen/">Wonen en leven</a><a href="/afval/">Afval</a><a href="/ondernemen/">Ondernemen</a><a href="/bestuur/">Bestuur</a></nav></header>
<main class="main">
<nav class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/afval/">Afval</a> &gt; Nieuwe tarieven</nav>
<h1>Nieuwe afvaltarieven vanaf 2027</h1>
<div class="content">
{BODY}
</div>
<div class="page-meta">Laatst gewijzigd: 4 december 2026</div>
<div class="related"><h2>Zie ook</h2><ul><li><a href="/afval/afvalkalender/">Afvalkalender</a></li><li><a href="/afval/milieustraat/">Milieustraat</a></li></ul></div>
</main>
<footer class="footer"><p>Gemeente Deventer · Grote Kerkhof 1 · Postbus 5000</p><a href="/privacy/">Privacy</a> <a href="/toegankelijkheid/">Toegankelijkheid</a></footer>
</body></html>
"""
page(part(13), "nl-gemeente-tarieven", "https://www.deventer.test/afval/nieuwe-tarieven-2027/", B, H.replace("{BODY}", render(B)),
     ["functionele en analytische cookies", "Waar bent u naar op zoek", "Laatst gewijzigd: 4 december 2026", "Afvalkalender", "Grote Kerkhof 1"],
     must=["Heeft u vragen? Bel dan 14 0570.", "Container restafval 240 liter", "Gooi etensresten bij het GFT."])

# --- 14 pl-newsletter: a Substack-like newsletter post: a subtitle
# (standfirst), a one-line first paragraph, a block quote, a list, a sign-off;
# subscribe boxes in and after the post, likes, comments.
B = [
    ("sf", "O tym, dlaczego polskie miasta sadzą drzewa w donicach"),
    ("p", "Zacznę od wyznania: nie lubię donic."),
    ("p", "W ostatnim miesiącu odwiedziłam pięć miast i w każdym na rynku stały betonowe donice z młodymi drzewkami. Urzędnicy tłumaczą, że pod płytą rynku biegną rury i kable, więc drzew nie da się posadzić w gruncie."),
    ("quote", "Donica to kompromis, ale lepszy kompromis niż rozgrzany kamień.", "architektka krajobrazu Anna Wróbel"),
    ("p", "Tyle że drzewo w donicy żyje zwykle kilka lat. Korzenie nie mają miejsca, latem ziemia wysycha w ciągu jednego dnia. Są lepsze rozwiązania:"),
    ("ul", ["skrzynie korzeniowe pod chodnikiem, które rozkładają nacisk,", "przeniesienie części instalacji przy okazji remontu,", "pnącza na pergolach tam, gdzie drzewo naprawdę się nie zmieści."]),
    ("p", "Napiszcie mi, jak to wygląda w waszym mieście."),
    ("p", "Do przeczytania za tydzień,\nKasia"),
]
SUB = '<div class="subscription-widget-wrap"><div class="subscription-widget"><p>Dziękuję, że czytasz Miasto na nowo! Zapisz się za darmo, aby dostawać nowe wpisy.</p><form><input type="email" placeholder="Wpisz swój e-mail…"><button>Subskrybuj</button></form></div></div>'
body = render(B[1:4]) + "\n" + SUB + "\n" + render(B[4:7]) + "\n" + "<p>Do przeczytania za tydzień,<br>\nKasia</p>"
H = """<!DOCTYPE html>
<html lang="pl">
<head><meta charset="utf-8"><title>Drzewa w donicach - Miasto na nowo</title></head>
<body>
<div class="main-menu"><a href="/" class="navbar-title">Miasto na nowo</a><a class="button subscribe-btn" href="/subscribe">Subskrybuj</a><a href="/sign-in">Zaloguj się</a></div>
<div class="container"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title">Drzewa w donicach</h1><h3 class="subtitle">O tym, dlaczego polskie miasta sadzą drzewa w donicach</h3>
<div class="post-meta"><a href="/@kasia">Katarzyna Nowak</a> · 4 gru 2026</div>
<div class="post-ufi"><a class="like-button">♥ 48</a> <a class="comment-button" href="#comments">12</a> <a class="share-button">Udostępnij</a></div></div>
<div class="available-content"><div class="body markup" dir="auto">
{BODY}
</div></div>
<div class="post-footer">{SUB}<div class="post-ufi"><a class="like-button">♥ 48</a> <a class="comment-button" href="#comments">12 komentarzy</a> <a class="share-button">Udostępnij</a></div></div>
</article>
<div id="comments" class="comments-section"><h4>Komentarze</h4><div class="comment"><a href="/@tomek">Tomek</a><p>U nas w Kielcach donice stoją już trzeci rok i połowa drzew uschła.</p></div></div>
</div>
<footer class="footer">© 2026 Katarzyna Nowak · <a href="/privacy">Prywatność</a> · <a href="/tos">Warunki</a></footer>
</body></html>
"""
page(part(14), "pl-newsletter", "https://miastonanowo.test/p/drzewa-w-donicach", B, H.replace("{BODY}", body).replace("{SUB}", SUB),
     ["Dziękuję, że czytasz", "Subskrybuj", "Katarzyna Nowak", "12 komentarzy", "U nas w Kielcach"],
     must=["Zacznę od wyznania: nie lubię donic.", "Napiszcie mi, jak to wygląda w waszym mieście.", "Donica to kompromis, ale lepszy kompromis niż rozgrzany kamień."])

# --- 15 en-jekyll-til: a short "today I learned" post on a Jekyll blog: an
# opening one-liner, a code block, a bullet list, a table, a closing
# one-liner; the theme's author card, tags and pagination around.
B = [
    ("p", "TIL: git can tell you which commit introduced a line, even after it moved."),
    ("p", "I knew git blame, but blame stops at the last commit that touched a line. When a function moves to another file, blame only shows the move. The pickaxe finds the commit that added the string itself:"),
    ("code", "git log -S 'retry_budget' --oneline -- src/"),
    ("p", "A few variants I now use every week:"),
    ("ul", ["-G takes a regular expression instead of a fixed string.", "--pickaxe-all shows the whole commit, not only the matching file.", "git blame -C -C follows lines copied from other files."]),
    ("table", [["Option", "Finds"], ["-S text", "commits that change how often text occurs"], ["-G regex", "commits whose diff matches regex"]]),
    ("p", "That's it."),
]
H = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>TIL: finding the commit that added a line | Nadia's notes</title></head>
<body>
<div class="masthead"><div class="masthead__inner-wrap"><a class="site-title" href="/">Nadia's notes</a><nav id="site-nav" class="greedy-nav"><ul class="visible-links"><li><a href="/posts/">Posts</a></li><li><a href="/til/">TIL</a></li><li><a href="/about/">About</a></li></ul></nav></div></div>
<div id="main" role="main">
<div class="sidebar sticky"><div class="author__avatar"><img src="/assets/nadia.jpg" alt="Nadia Petrova"></div><div class="author__content"><h3 class="author__name">Nadia Petrova</h3><p class="author__bio">Backend engineer. Writes down what she would otherwise google twice.</p></div>
<ul class="author__urls"><li><a href="https://github.com/">GitHub</a></li><li><a href="https://mastodon.social/">Mastodon</a></li></ul></div>
<article class="page">
<div class="page__inner-wrap">
<header><h1 id="page-title" class="page__title">TIL: finding the commit that added a line</h1><p class="page__meta"><i class="far fa-clock"></i> 1 minute read</p></header>
<section class="page__content">
{BODY}
</section>
<footer class="page__meta"><p class="page__taxonomy"><strong>Tags: </strong><a href="/tags/#git">git</a></p><p class="page__date"><strong>Updated:</strong> <time>December 1, 2026</time></p></footer>
<section class="page__share"><h4 class="page__share-title">Share on</h4><a href="https://twitter.com/intent/tweet">Twitter</a> <a href="https://www.linkedin.com/shareArticle">LinkedIn</a></section>
<nav class="pagination"><a href="/til/sqlite-json/" class="pagination--pager">Previous</a> <a href="/til/bash-traps/" class="pagination--pager">Next</a></nav>
</div>
</article>
</div>
<div class="page__footer"><footer><div class="page__footer-copyright">© 2026 Nadia Petrova. Powered by Jekyll &amp; Minimal Mistakes.</div></footer></div>
</body></html>
"""
page(part(15), "en-jekyll-til", "https://nadia.test/til/git-pickaxe/", B, H.replace("{BODY}", render(B)),
     ["Writes down what she would", "1 minute read", "Tags:", "Updated:", "Share on", "Minimal Mistakes"],
     must=["TIL: git can tell you which commit introduced a line, even after it moved.", "That's it.", "--pickaxe-all shows the whole commit, not only the matching file.", "commits whose diff matches regex"])

# --- 16 de-magazin-faktenbox: a news magazine's feature: a bold one-line
# lede, a pull quote, a fact box of the story (heading and list) inside the
# body, an inline ad and a "more on the topic" box, a one-sentence close.
B = [
    ("lead", "Die Bahn will bis 2030 jeden zweiten Bahnhof barrierefrei machen. Ein Besuch in Wittenberge zeigt, wie weit der Weg ist."),
    ("p", "Der Aufzug am Gleis 3 ist seit April außer Betrieb. Wer mit Rollstuhl oder Kinderwagen nach Berlin will, muss in Wittenberge auf einen Mitarbeiter warten, der eine mobile Rampe bringt – wenn er vorher angerufen hat."),
    ("p", "Ingrid Paulsen, 78, ruft jedes Mal an. „Einmal kam niemand, da bin ich wieder nach Hause gefahren“, sagt sie."),
    # The pull quote repeats a sentence of the story: the project's text
    # contract drops it (README), so the truth does not hold it twice. The
    # first truth had it as ("pull", ...); see README, sixth batch.
    ("raw", '<figure class="quote-teaser"><blockquote>„Einmal kam niemand, da bin ich wieder nach Hause gefahren.“</blockquote></figure>'),
    ("p", "Nach Angaben der Bahn sind heute 58 Prozent der Bahnhöfe stufenfrei erreichbar. Auf dem Land ist der Anteil deutlich niedriger."),
    ("h3", "Barrierefreiheit in Zahlen"),
    ("ul", ["5.400 Bahnhöfe betreibt die Bahn in Deutschland.", "58 Prozent sind stufenfrei erreichbar.", "Rund 2.300 Aufzüge sind im Bestand, im Schnitt ist jeder 25. defekt."]),
    ("p", "Ein neuer Aufzug für Wittenberge ist bestellt. Er soll im Sommer kommen."),
    ("p", "Ingrid Paulsen glaubt es, wenn sie ihn sieht."),
]
AD = '<div class="ad-slot ad-slot--inarticle"><span class="ad-label">Anzeige</span><div id="div-gpt-ad-2"></div></div>'
MORE = '<div class="article-more"><h4>Mehr zum Thema</h4><ul><li><a href="/verkehr/deutschlandticket-preis/">Deutschlandticket wird teurer</a></li><li><a href="/verkehr/s-bahn-chaos/">S-Bahn-Chaos in Berlin</a></li></ul></div>'
body = (render(B[:4]) + "\n" + AD + "\n" + render([B[4]])
        + '\n<div class="article-box article-box--facts">%s</div>\n' % render(B[5:7]) + MORE + "\n" + render(B[7:]))
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Barrierefreie Bahnhöfe: Warten auf die Rampe - WOCHENBLICK</title></head>
<body class="article">
<div id="sp_message_container" class="sp-message"><p>Wir und unsere Partner verarbeiten personenbezogene Daten. Sie können Ihre Einwilligung jederzeit widerrufen.</p><button>Zustimmen</button><button>Einstellungen</button></div>
<header class="masthead"><a class="masthead__logo" href="/">WOCHENBLICK</a><nav class="masthead__nav"><a href="/politik/">Politik</a><a href="/wirtschaft/">Wirtschaft</a><a href="/verkehr/">Verkehr</a><a href="/kultur/">Kultur</a><a href="/plus/">W+</a></nav></header>
<main class="main">
<article class="article-main">
<header class="article-header"><span class="article-header__kicker">Bahnhöfe auf dem Land</span><h1 class="article-header__title">Warten auf die Rampe</h1><div class="article-header__meta">Von Lena Hoffmann, Wittenberge · 05.12.2026, 07:00 Uhr · 4 Min.</div></header>
<figure class="article-image"><img src="/img/wittenberge.jpg" alt=""><figcaption>Der Bahnhof Wittenberge im Dezember. Foto: Lena Hoffmann</figcaption></figure>
<div class="article-content">
{BODY}
</div>
<div class="article-footer"><div class="article-share"><a href="https://www.facebook.com/sharer.php">Teilen</a> <a href="https://twitter.com/intent/tweet">Posten</a> <a href="mailto:?subject=">Mailen</a></div>
<div class="article-topics">Themen: <a href="/thema/bahn/">Bahn</a> <a href="/thema/barrierefreiheit/">Barrierefreiheit</a></div></div>
</article>
<section class="teaser-row"><h2>Meistgelesen</h2><a href="/politik/haushalt/">Der Haushalt steht</a> <a href="/kultur/buchpreis/">Buchpreis für Debüt</a></section>
</main>
<footer class="footer">© WOCHENBLICK 2026 · <a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a> · <a href="/abo/kuendigen/">Abo kündigen</a></footer>
</body></html>
"""
page(part(16), "de-magazin-faktenbox", "https://wochenblick.test/verkehr/barrierefreie-bahnhoefe-wittenberge/", B, H.replace("{BODY}", body),
     ["Wir und unsere Partner", "Von Lena Hoffmann", "Der Bahnhof Wittenberge im Dezember", "Anzeige", "Mehr zum Thema", "Deutschlandticket", "Themen:", "Meistgelesen"],
     must=["Die Bahn will bis 2030 jeden zweiten Bahnhof barrierefrei machen. Ein Besuch in Wittenberge zeigt, wie weit der Weg ist.", "Ingrid Paulsen glaubt es, wenn sie ihn sieht.", "Barrierefreiheit in Zahlen", "58 Prozent sind stufenfrei erreichbar."])

# --- 17 de-wordpress-rezept-blog: a German WordPress garden blog with a
# block theme: a numbered how-to, a table of sowing times, a blockquote,
# the last paragraph a one-line question to readers; related posts and a
# comment form.
B = [
    ("p", "Tomaten aus eigenen Samen ziehen ist nicht schwer. Man muss nur wissen, wann man anfängt."),
    ("h", "Wann aussäen?"),
    ("table", [["Gemüse", "Aussaat drinnen", "Auspflanzen"], ["Tomaten", "Mitte März", "nach den Eisheiligen"], ["Paprika", "Ende Februar", "Ende Mai"], ["Gurken", "Ende April", "Anfang Juni"]]),
    ("h", "So gehe ich vor"),
    ("ol", ["Anzuchterde in kleine Töpfe füllen und gut anfeuchten.", "Zwei Samen pro Topf etwa einen halben Zentimeter tief stecken.", "Die Töpfe hell und warm stellen, bei 20 bis 24 Grad.", "Nach zwei Wochen den schwächeren Keimling entfernen."]),
    ("quote", "Lieber zu spät als zu früh säen – vergeilte Pflanzen holen nie auf.", "mein Großvater"),
    ("p", "Welche Sorten zieht ihr dieses Jahr?"),
]
H = """<!DOCTYPE html>
<html lang="de-DE">
<head><meta charset="UTF-8"><title>Tomaten selbst vorziehen: so klappt es – Gartenliebe</title></head>
<body class="wp-singular post-template-default single single-post wp-theme-twentytwentyfour">
<div class="wp-site-blocks">
<header class="wp-block-template-part"><div class="wp-block-group"><p class="wp-block-site-title"><a href="/">Gartenliebe</a></p><nav class="wp-block-navigation"><ul class="wp-block-navigation__container"><li><a href="/gemuese/">Gemüse</a></li><li><a href="/blumen/">Blumen</a></li><li><a href="/ueber-mich/">Über mich</a></li></ul></nav></div></header>
<main class="wp-block-group">
<div class="wp-block-group"><h1 class="wp-block-post-title">Tomaten selbst vorziehen: so klappt es</h1><div class="wp-block-post-date"><time>1. Dezember 2026</time></div><div class="wp-block-post-author-name">Sabine</div></div>
<div class="entry-content wp-block-post-content">
{BODY}
</div>
<div class="wp-block-post-terms">Kategorie: <a href="/gemuese/">Gemüse</a></div>
<div class="wp-block-comments"><h2>Eine Antwort hinterlassen</h2><form><p>Deine E-Mail-Adresse wird nicht veröffentlicht.</p><button>Kommentar abschicken</button></form></div>
<div class="wp-block-query"><h2>Das könnte dich auch interessieren</h2><ul class="wp-block-post-template"><li><a href="/hochbeet-anlegen/">Hochbeet anlegen</a></li><li><a href="/chili-ueberwintern/">Chili überwintern</a></li></ul></div>
</main>
<footer class="wp-block-template-part"><p>Gartenliebe · Mit WordPress gebaut</p></footer>
</div>
</body></html>
"""
table = lambda rows: '<figure class="wp-block-table"><table>\n<thead><tr>%s</tr></thead>\n<tbody>%s</tbody></table></figure>' % (
    "".join("<th>%s</th>" % E(c) for c in rows[0]), "\n".join("<tr>%s</tr>" % "".join("<td>%s</td>" % E(c) for c in r) for r in rows[1:]))
page(part(17), "de-garten-blog", "https://gartenliebe.test/tomaten-vorziehen/", B,
     H.replace("{BODY}", render(B, p=lambda t: '<p class="wp-block-paragraph">%s</p>' % E(t), h=lambda t: '<h2 class="wp-block-heading">%s</h2>' % E(t),
                                  table=table, quote=lambda t, c: '<blockquote class="wp-block-quote"><p>%s</p><cite>%s</cite></blockquote>' % (E(t), E(c)))),
     ["Eine Antwort hinterlassen", "Kommentar abschicken", "Das könnte dich auch interessieren", "Hochbeet anlegen", "Mit WordPress gebaut", "Kategorie:"],
     must=["Welche Sorten zieht ihr dieses Jahr?", "Nach zwei Wochen den schwächeren Keimling entfernen.", "nach den Eisheiligen", "Lieber zu spät als zu früh säen – vergeilte Pflanzen holen nie auf."])
