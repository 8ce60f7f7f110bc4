# The seventeenth batch, written after main at 24fd8cc (extractor 1.24.0
# with the second opinion) and before any extractor was run on these pages:
# page kinds no earlier batch had, of the kinds a peer's public suite of
# blogs, magazines, company and association pages holds: a podcast
# episode page with chapters and a transcript, a council's minutes, an
# association's annual report page with key figures and a finance table,
# a help-centre article with steps and screenshots, a timeline story, a
# Ghost post with an embedded tweet card, a fact-check with a verdict box,
# a numbered listicle (tune); a fact-check, an obituary, a product
# announcement with a spec list, a listicle, an interview transcript with
# speaker labels, a podcast page with a timestamped transcript, a council's
# minutes, an obituary, a timeline, a product announcement with a spec
# table, an annual report page and a photo essay on a Hugo blog (held
# out). German 10, then English 2, French 2, Spanish 2, Russian, Italian,
# Polish and Dutch one each; one layout per page, none of an earlier batch
# (Podlove on WordPress, a council information system, Contao, a Zendesk-
# like help centre, Neos, Ghost, Drupal 10, WordPress Newspaper theme,
# Webflow, Squarespace, Sitecore-like, Wix-like, Hugo, TYPO3, AMP).
#
# Parts are assigned here, when the pages are written, before any run:
# 8 tune, 12 held out (part T or H on each page()).
#
# Judgment calls, written before any run and following ../tune/truth.py
# and batches 1-16:
# - a podcast episode page's text is its show notes (summary, the chapter
#   list with its times, which tell what is said when) and its transcript
#   with the speakers' labels; the player (play, speed, time counter,
#   download), the "subscribe on" badges, the episode list and the
#   "Links zur Folge" box of the hosting plugin are not;
# - a council's minutes are text with their agenda headings, the vote
#   results ("Abstimmungsergebnis: 14 Ja, 2 Nein, 1 Enthaltung"), the
#   decisions and the attendance lines; the session's navigation (previous
#   / next item, "Sitzungskalender"), document links and the print tools
#   are not;
# - an annual report page's key figures (tiles of a number and its label,
#   as batch 12's "Brenner in Zahlen") and its finance table are text; the
#   "Jahresbericht als PDF" download card is not;
# - a help article's steps, notes ("Hinweis:") and prerequisites are text,
#   the screenshots' captions are not (captions, the project's contract);
#   "Was this article helpful?", "Articles in this section", the
#   breadcrumbs and the "Submit a request" link are not;
# - a timeline story's dates are text with their entries (batch 14's
#   timeline box), the intro and the close too;
# - an embedded tweet is not text, its sentence nor its "— Name (@handle)
#   date" line (the first truth kept the sentence; changed after the first
#   look, before any rule change, to the project's older contract:
#   social embeds go, rules_test.go's tweet.html); a Ghost post's
#   bookmark card and member sign-up are not (batch 15);
# - a fact-check's claim, its verdict box with its heading and sentence
#   ("Unser Fazit", "Notre verdict") and its sources list are text; the
#   rating badge of one word ("FALSCH", "FAUX") above the headline, the
#   "So prüfen wir" methodology teaser and the share row are not;
# - a listicle's numbered headings ("1. Burg Eltz") are text; the images'
#   credits, the ad slot between items and "Mehr Ausflugstipps" are not;
# - an obituary's text is its body with the life dates line only when it
#   is written in the body; the condolence book box, "Traueranzeigen" and
#   candle counter are not;
# - an interview transcript keeps its speakers' labels ("Müller:") with
#   their words; a product announcement keeps its spec list or table and
#   its price and availability lines, not the "Jetzt vorbestellen" call
#   nor the newsletter box;
# - a photo essay's text is its essay paragraphs; its photos' captions are
#   not (the project's contract drops captions on a story page).
import zlib

from kit import E, page, render

T, H_ = "tune", "heldout"

COOKIE_DE = ('<div class="cookie-consent" id="cc" role="dialog"><p>Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. '
             '<a href="/datenschutz/">Mehr erfahren</a></p><button class="cc-allow">Alle akzeptieren</button> <button class="cc-deny">Ablehnen</button> <button class="cc-settings">Einstellungen</button></div>')

# --- 1 de-podcast-folge (tune): a podcast episode on WordPress with a
# Podlove-like publisher: the player, "Abonnieren" badges, the show notes
# (a summary, chapters as a list of times and titles), the transcript as
# speaker-labelled paragraphs (<p><strong>Name:</strong> ...), the
# plugin's "Links zur Folge" box and the episode list.
B = [
    ("p", "In dieser Folge sprechen wir mit der Hydrologin Dr. Katrin Wessel darüber, warum Dürre und Hochwasser zwei Seiten derselben Entwicklung sind und was Städte tun können, um Regen länger zu halten."),
    ("h3", "Kapitel"),
    ("ul", ["00:00 Begrüßung", "02:14 Was ist eine Schwammstadt?", "11:40 Beispiele aus Kopenhagen und Leipzig", "24:05 Was jeder im eigenen Garten tun kann", "38:30 Ausblick"]),
    ("h3", "Transkript"),
    ("x", "Jonas: Herzlich willkommen zu einer neuen Folge von Wasserstand. Heute ist Katrin Wessel bei mir. Katrin, schön, dass du da bist.",
     "<p><strong>Jonas:</strong> Herzlich willkommen zu einer neuen Folge von Wasserstand. Heute ist Katrin Wessel bei mir. Katrin, schön, dass du da bist.</p>"),
    ("x", "Katrin: Danke für die Einladung.", "<p><strong>Katrin:</strong> Danke für die Einladung.</p>"),
    ("x", "Jonas: Fangen wir mit dem Begriff an, der gerade überall auftaucht. Was ist eine Schwammstadt?",
     "<p><strong>Jonas:</strong> Fangen wir mit dem Begriff an, der gerade überall auftaucht. Was ist eine Schwammstadt?</p>"),
    ("x", "Katrin: Eine Stadt, die Regenwasser nicht so schnell wie möglich in die Kanalisation leitet, sondern dort aufnimmt, wo es fällt. In Mulden, in Baumrigolen, auf Gründächern. Das Wasser verdunstet dann langsam und kühlt, oder es versickert und füllt das Grundwasser auf.",
     "<p><strong>Katrin:</strong> Eine Stadt, die Regenwasser nicht so schnell wie möglich in die Kanalisation leitet, sondern dort aufnimmt, wo es fällt. In Mulden, in Baumrigolen, auf Gründächern. Das Wasser verdunstet dann langsam und kühlt, oder es versickert und füllt das Grundwasser auf.</p>"),
    ("x", "Jonas: Und das hilft auch bei Starkregen?", "<p><strong>Jonas:</strong> Und das hilft auch bei Starkregen?</p>"),
    ("x", "Katrin: Bis zu einem gewissen Punkt, ja. Bei einem Jahrhundertregen läuft jede Mulde über. Aber die vielen kleinen Ereignisse, die heute schon Keller fluten, kann man damit gut abfangen.",
     "<p><strong>Katrin:</strong> Bis zu einem gewissen Punkt, ja. Bei einem Jahrhundertregen läuft jede Mulde über. Aber die vielen kleinen Ereignisse, die heute schon Keller fluten, kann man damit gut abfangen.</p>"),
    ("x", "Jonas: Danke, Katrin. Und euch danke fürs Zuhören, bis zur nächsten Folge.", "<p><strong>Jonas:</strong> Danke, Katrin. Und euch danke fürs Zuhören, bis zur nächsten Folge.</p>"),
]
H = """<!DOCTYPE html>
<html lang="de-DE"><head><meta charset="UTF-8"><title>WS042 Schwammstadt: Wohin mit dem Regen? &#8211; Wasserstand – der Podcast über Wasser</title>
<meta property="og:type" content="article"></head>
<body class="post-template-default single single-podcast postid-1042">
{COOKIE}
<div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">Wasserstand</a></p><p class="site-description">Der Podcast über Wasser, Klima und Stadt</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/">Alle Folgen</a></li><li><a href="/ueber/">Über den Podcast</a></li><li><a href="/unterstuetzen/">Unterstützen</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-1042" class="post-1042 podcast type-podcast status-publish hentry">
<header class="entry-header"><h1 class="entry-title">WS042 Schwammstadt: Wohin mit dem Regen?</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2026-12-03T06:00:00+01:00">3. Dezember 2026</time></span> · <span class="duration">42:17</span></div></header>
<div class="entry-content">
<div class="podlove-web-player" data-episode="1042"><div class="pwp-player"><button class="pwp-play" aria-label="Abspielen">Abspielen</button><span class="pwp-time">00:00 / 42:17</span><button class="pwp-speed">1x</button><a class="pwp-download" href="/podlove/file/1042/ws042.mp3">Download (MP3, 38,7 MB)</a></div></div>
<div class="podlove-subscribe-button-wrapper"><span>Abonnieren:</span> <a href="https://podcasts.apple.test/wasserstand">Apple Podcasts</a> <a href="https://open.spotify.test/show/wasserstand">Spotify</a> <a href="/feed/mp3/">RSS-Feed</a></div>
{BODY}
<div class="podlove-episode-contributors"><h3>Mitwirkende</h3><ul><li><a href="/team/jonas">Jonas Albrecht</a> (Moderation)</li><li>Katrin Wessel (Gast)</li></ul></div>
<div class="podlove-episode-links"><h3>Links zur Folge</h3><ul><li><a href="https://www.bbsr.test/schwammstadt">BBSR: Leitfaden Schwammstadt</a></li><li><a href="https://www.leipzig.test/wasser">Leipzig: Wassersensible Stadtentwicklung</a></li></ul></div>
</div>
<footer class="entry-footer"><span class="cat-links">Veröffentlicht in <a href="/thema/stadt/">Stadt</a></span></footer>
</article>
<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="/ws041-grundwasser/">WS041 Grundwasser in Not</a></div><div class="nav-next"><a href="/ws043-flussbaeder/">WS043 Baden im Fluss</a></div></div></nav>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_podlove_episode_list"><h2 class="widget-title">Neueste Folgen</h2><ul><li><a href="/ws041-grundwasser/">WS041 Grundwasser in Not</a></li><li><a href="/ws040-gletscher/">WS040 Wenn Gletscher gehen</a></li><li><a href="/ws039-trinkwasser/">WS039 Woher kommt unser Trinkwasser?</a></li></ul></section>
<section class="widget widget_text"><h2 class="widget-title">Unterstützen</h2><div class="textwidget"><p>Wasserstand ist werbefrei. Wenn dir der Podcast gefällt, unterstütze uns auf Steady.</p></div></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="/impressum/">Impressum</a> | <a href="/datenschutz/">Datenschutz</a> | Stolz präsentiert von WordPress und Podlove</div></footer></div>
</body></html>
"""
page(T, "de-podcast-folge", "https://wasserstand-podcast.test/ws042-schwammstadt/", B,
     H.replace("{COOKIE}", COOKIE_DE).replace("{BODY}", render(B, ul=lambda items, li: '<ul class="chapters">\n%s\n</ul>' % "\n".join(li(i) for i in items))),
     ["Download (MP3, 38,7 MB)", "Apple Podcasts", "Links zur Folge", "BBSR: Leitfaden Schwammstadt", "Neueste Folgen", "WS040 Wenn Gletscher gehen", "Wasserstand ist werbefrei", "Alle akzeptieren", "Mitwirkende"],
     must=("00:00 Begrüßung", "02:14 Was ist eine Schwammstadt?", "Katrin: Danke für die Einladung.", "Jonas: Danke, Katrin. Und euch danke fürs Zuhören, bis zur nächsten Folge."))

# --- 2 de-ratsprotokoll (tune): minutes of a municipal council's public
# session in a council information system (SessionNet-like: tables for
# the session's head, "TOP" headings, <div class="smc-..."> blocks), vote
# results on lines of their own, an attendance line, navigation between
# agenda items and a documents box.
B = [
    ("p", "Bürgermeister Thomas Reindl eröffnet die Sitzung um 19:00 Uhr und stellt die ordnungsgemäße Ladung sowie die Beschlussfähigkeit fest."),
    ("p", "Anwesend: 17 von 20 Mitgliedern des Gemeinderats. Entschuldigt: GR Huber, GR Schmid, GR Wagner."),
    ("h", "TOP 1 Genehmigung der Niederschrift vom 5. November 2026"),
    ("p", "Einwände gegen die Niederschrift werden nicht erhoben."),
    ("p", "Abstimmungsergebnis: 17 Ja, 0 Nein"),
    ("h", "TOP 2 Bebauungsplan „Am Mühlbach“ – Satzungsbeschluss"),
    ("p", "Die Verwaltung erläutert die im zweiten Auslegungsverfahren eingegangenen Stellungnahmen. Das Wasserwirtschaftsamt hatte eine größere Rückhaltefläche gefordert; der Plan wurde entsprechend geändert. Einwendungen von Anwohnern betrafen vor allem die Höhe der geplanten Mehrfamilienhäuser."),
    ("p", "GR Lechner (Grüne) beantragt, die Zahl der Vollgeschosse auf drei zu begrenzen. Der Antrag wird mit 6 Ja zu 11 Nein abgelehnt."),
    ("p", "Beschluss: Der Gemeinderat beschließt den Bebauungsplan „Am Mühlbach“ in der Fassung vom 20. November 2026 als Satzung."),
    ("p", "Abstimmungsergebnis: 14 Ja, 2 Nein, 1 Enthaltung"),
    ("h", "TOP 3 Anschaffung eines Löschgruppenfahrzeugs für die Feuerwehr Oberau"),
    ("p", "Kommandant Stefan Maier stellt den Bedarf dar. Das bisherige Fahrzeug ist 31 Jahre alt, Ersatzteile sind kaum noch zu bekommen. Die Kosten liegen bei rund 420.000 Euro, der Freistaat fördert das Fahrzeug mit 98.000 Euro."),
    ("p", "Beschluss: Die Verwaltung wird beauftragt, die Beschaffung auszuschreiben."),
    ("p", "Abstimmungsergebnis: einstimmig"),
    ("h", "TOP 4 Anfragen und Bekanntgaben"),
    ("p", "Der Bürgermeister gibt bekannt, dass der Weihnachtsmarkt am 12. und 13. Dezember auf dem Rathausplatz stattfindet. Ende der öffentlichen Sitzung: 20:47 Uhr."),
]
H = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Niederschrift öffentliche Sitzung Gemeinderat 03.12.2026 - Ratsinformationssystem Gemeinde Oberau</title></head>
<body class="smc-body">
<div id="smc_page_header"><a href="/bi/"><img src="/bi/images/logo-oberau.png" alt="Gemeinde Oberau"></a><span class="smc-title">Bürgerinformationssystem</span></div>
<div id="smc_nav"><ul><li><a href="/bi/si0040.php">Sitzungskalender</a></li><li><a href="/bi/gr0040.php">Gremien</a></li><li><a href="/bi/vo0040.php">Vorlagen</a></li><li><a href="/bi/yw0040.php">Recherche</a></li></ul></div>
<div id="smc_page_si0057_contenttable1" class="smc-content">
<h1 class="smc_h1">Niederschrift über die öffentliche Sitzung des Gemeinderats</h1>
<table class="smc_table smc_table_head"><tr><th>Sitzung</th><td>Gemeinderat, 23. Sitzung</td></tr><tr><th>Datum</th><td>Donnerstag, 03.12.2026</td></tr><tr><th>Zeit</th><td>19:00 – 20:47 Uhr</td></tr><tr><th>Ort</th><td>Sitzungssaal, Rathaus Oberau</td></tr></table>
<div class="smc-toolbar"><a href="javascript:print()">Drucken</a> | <a href="/bi/si0057.php?__ksinr=233&amp;pdf=1">Als PDF</a></div>
<div class="smc-text">
{BODY}
</div>
<div class="smc-dokumente"><h3>Dokumente</h3><ul><li><a href="/bi/getfile.php?id=8812">Niederschrift (öffentlich) – PDF, 212 KB</a></li><li><a href="/bi/getfile.php?id=8790">Einladung – PDF, 88 KB</a></li></ul></div>
<div class="smc-pagenav"><a href="/bi/si0057.php?__ksinr=232">« Vorherige Sitzung</a> | <a href="/bi/si0040.php">Zur Sitzungsübersicht</a> | <a href="/bi/si0057.php?__ksinr=234">Nächste Sitzung »</a></div>
</div>
<div id="smc_footer">Gemeinde Oberau · Rathausplatz 1 · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · SessionNet</div>
</body></html>
"""
page(T, "de-ratsprotokoll", "https://www.oberau.test/bi/si0057.php?__ksinr=233", B,
     H.replace("{BODY}", render(B, p=lambda t: '<div class="smc-p">%s</div>' % E(t), h=lambda t: '<h2 class="smc_top">%s</h2>' % E(t))),
     ["Sitzungskalender", "Bürgerinformationssystem", "Niederschrift (öffentlich) – PDF", "Vorherige Sitzung", "Zur Sitzungsübersicht", "Als PDF"],
     must=("Abstimmungsergebnis: 17 Ja, 0 Nein", "Abstimmungsergebnis: 14 Ja, 2 Nein, 1 Enthaltung", "Abstimmungsergebnis: einstimmig",
           "Einwände gegen die Niederschrift werden nicht erhoben.", "Anwesend: 17 von 20 Mitgliedern des Gemeinderats. Entschuldigt: GR Huber, GR Schmid, GR Wagner."))

# --- 3 de-jahresbericht-verein (tune): an association's annual report page
# on Contao (mod_article, ce_text, ce_headline, ce_table, a "rs-columns"
# row of key-figure tiles as ce_text elements), a download card for the
# PDF, a "Spenden" teaser after it.
INTRO = [("p", "2025 war für die Tafel Rheinhessen ein Jahr der Rekorde, im Guten wie im Schlechten: Nie haben wir so viele Lebensmittel gerettet, und nie standen so viele Menschen vor unseren Ausgabestellen."),
         ("p", "Der Vorstand dankt allen Ehrenamtlichen, Spenderinnen und Spendern und den Märkten, ohne die diese Arbeit nicht möglich wäre.")]
TILES = [("412", "Ehrenamtliche"), ("1.870 t", "gerettete Lebensmittel"), ("3.240", "Haushalte mit Berechtigungsschein"), ("9", "Ausgabestellen")]
FIG = [("h", "Das Jahr in Zahlen")] + [("div", "%s %s" % t) for t in TILES]
REST = [
    ("h", "Was uns bewegt hat"),
    ("p", "Die Zahl der Haushalte, die bei uns einkaufen, ist im Vergleich zum Vorjahr um 18 Prozent gestiegen. Besonders viele Rentnerinnen und Rentner sind neu dazugekommen. In Alzey mussten wir im Frühjahr für drei Monate einen Aufnahmestopp verhängen."),
    ("p", "Gleichzeitig ist es gelungen, zwei neue Kühlfahrzeuge anzuschaffen und die Ausgabestelle in Wörrstadt in größere Räume zu verlegen."),
    ("h", "Finanzen"),
    ("table", [["Posten", "2024", "2025"], ["Spenden und Zuwendungen", "318.400 €", "362.950 €"], ["Mitgliedsbeiträge", "21.300 €", "22.150 €"], ["Fahrzeuge und Betrieb", "241.800 €", "289.600 €"], ["Miete und Energie", "64.200 €", "71.900 €"]]),
    ("p", "Der vollständige Kassenbericht wurde von der Mitgliederversammlung am 14. März 2026 angenommen, der Vorstand einstimmig entlastet."),
    ("p", "Danke!"),
]
B = INTRO + FIG + REST
tiles = "".join('<div class="rs-column -large-col-4-1"><div class="ce_text kennzahl block"><p><strong>%s</strong><br>%s</p></div></div>' % (E(a), E(b)) for a, b in TILES)
CE = lambda bl: "\n".join('<div class="ce_text block">%s</div>' % render([b]) if b[0] in ("p",) else
                          '<h2 class="ce_headline">%s</h2>' % E(b[1]) if b[0] == "h" else
                          '<div class="ce_table block">%s</div>' % render([b]) for b in bl)
body = (CE(INTRO) + '\n<h2 class="ce_headline">Das Jahr in Zahlen</h2>\n<div class="rs-columns ce_rs_columns_start">' + tiles + '</div>\n' + CE(REST))
H = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Jahresbericht 2025 - Tafel Rheinhessen e.V.</title></head>
<body id="top" class="mac chrome blink">
<div id="wrapper"><header id="header"><div class="inside"><a href="/" class="logo"><img src="/files/tafel/logo.svg" alt="Tafel Rheinhessen e.V."></a>
<nav class="mod_navigation block"><ul class="level_1"><li><a href="/ueber-uns.html">Über uns</a></li><li><a href="/ausgabestellen.html">Ausgabestellen</a></li><li class="active"><a href="/jahresberichte.html">Jahresberichte</a></li><li><a href="/mitmachen.html">Mitmachen</a></li><li><a href="/spenden.html">Spenden</a></li></ul></nav></div></header>
<div id="container"><main id="main"><div class="inside">
<div class="mod_article first last block" id="article-88">
<h1 class="ce_headline first">Jahresbericht 2025</h1>
{BODY}
<div class="ce_download block download-card"><p class="enclosure"><a href="/files/tafel/jahresbericht-2025.pdf" title="Jahresbericht 2025 herunterladen">Jahresbericht 2025 als PDF <span class="size">(4,1 MB)</span></a></p></div>
</div>
<div class="mod_article block spenden-teaser" id="article-91"><div class="ce_text block"><h3>Helfen Sie mit</h3><p>Schon 10 Euro im Monat ermöglichen den Einkauf von Kühlakkus für eine Ausgabestelle.</p><p><a href="/spenden.html" class="btn">Jetzt spenden</a></p></div></div>
</div></main></div>
<footer id="footer"><div class="inside"><p>Tafel Rheinhessen e.V. · Amtsgericht Mainz VR 4112 · <a href="/impressum.html">Impressum</a> · <a href="/datenschutz.html">Datenschutz</a></p></div></footer></div>
</body></html>
"""
page(T, "de-jahresbericht-verein", "https://www.tafel-rheinhessen.test/jahresberichte/2025.html", B, H.replace("{BODY}", body),
     ["Jahresbericht 2025 als PDF", "Helfen Sie mit", "Schon 10 Euro im Monat", "Jetzt spenden", "Amtsgericht Mainz VR 4112"],
     must=("412 Ehrenamtliche", "1.870 t gerettete Lebensmittel", "Spenden und Zuwendungen", "Danke!",
           "2025 war für die Tafel Rheinhessen ein Jahr der Rekorde, im Guten wie im Schlechten: Nie haben wir so viele Lebensmittel gerettet, und nie standen so viele Menschen vor unseren Ausgabestellen."))

# --- 4 de-hilfe-artikel (tune): a help-centre article (Zendesk Guide-like
# "Copenhagen" theme): breadcrumbs, "Artikel in diesem Abschnitt" sidebar,
# a prerequisite line, numbered steps each with a screenshot and caption,
# a note callout, "War dieser Beitrag hilfreich?" votes, "Ähnliche
# Beiträge", a "Anfrage einreichen" link.
B = [
    ("p", "Mit der Zwei-Faktor-Authentifizierung schützen Sie Ihr Kundenkonto zusätzlich: Neben dem Passwort brauchen Sie beim Anmelden einen Code aus einer Authenticator-App."),
    ("p", "Voraussetzung: Sie haben eine Authenticator-App wie FreeOTP, Aegis oder Google Authenticator auf Ihrem Smartphone installiert."),
    ("h", "So aktivieren Sie die Zwei-Faktor-Authentifizierung"),
    ("x", "Melden Sie sich im Kundenportal an und öffnen Sie oben rechts Mein Konto > Sicherheit.",
     '<li><p>Melden Sie sich im Kundenportal an und öffnen Sie oben rechts <strong>Mein Konto &gt; Sicherheit</strong>.</p><figure class="image"><img src="/hc/article_attachments/36001/konto-sicherheit.png" alt="Kontoeinstellungen"><figcaption>Abbildung 1: Der Bereich Sicherheit im Kundenportal</figcaption></figure></li>'),
    ("x", "Klicken Sie bei Zwei-Faktor-Authentifizierung auf Einrichten.",
     '<li><p>Klicken Sie bei <em>Zwei-Faktor-Authentifizierung</em> auf <strong>Einrichten</strong>.</p></li>'),
    ("x", "Scannen Sie den angezeigten QR-Code mit Ihrer Authenticator-App.",
     '<li><p>Scannen Sie den angezeigten QR-Code mit Ihrer Authenticator-App.</p><figure class="image"><img src="/hc/article_attachments/36002/qr-code.png" alt="QR-Code"><figcaption>Abbildung 2: QR-Code und Eingabefeld</figcaption></figure></li>'),
    ("x", "Geben Sie den sechsstelligen Code aus der App ein und bestätigen Sie mit Aktivieren.",
     '<li><p>Geben Sie den sechsstelligen Code aus der App ein und bestätigen Sie mit <strong>Aktivieren</strong>.</p></li>'),
    ("x", "Speichern Sie die Wiederherstellungscodes.",
     '<li><p>Speichern Sie die Wiederherstellungscodes.</p></li>'),
    ("x", "Hinweis: Bewahren Sie die Wiederherstellungscodes getrennt vom Smartphone auf. Wenn Sie das Gerät verlieren, kommen Sie nur mit einem dieser Codes wieder in Ihr Konto.",
     '<div class="callout callout--note"><p><strong>Hinweis:</strong> Bewahren Sie die Wiederherstellungscodes getrennt vom Smartphone auf. Wenn Sie das Gerät verlieren, kommen Sie nur mit einem dieser Codes wieder in Ihr Konto.</p></div>'),
    ("h", "Zwei-Faktor-Authentifizierung deaktivieren"),
    ("p", "Unter Mein Konto > Sicherheit können Sie die Funktion jederzeit wieder ausschalten. Dazu brauchen Sie einen aktuellen Code aus der App."),
]
body = (render(B[:3]) + '\n<ol>\n' + "\n".join(b[2] for b in B[3:8]) + '\n</ol>\n' + B[8][2] + "\n" + render(B[9:]))
H = """<!DOCTYPE html>
<html dir="ltr" lang="de"><head><meta charset="utf-8"><title>Zwei-Faktor-Authentifizierung einrichten – Hilfe-Center Stadtwerke Nordheide</title></head>
<body class="">
<a class="skip-navigation" tabindex="1" href="#main-content">Zum Hauptinhalt gehen</a>
<header class="header"><div class="logo"><a title="Startseite" href="/hc/de"><img src="/hc/theming_assets/logo.png" alt="Logo des Hilfe-Centers Stadtwerke Nordheide"></a></div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav"><ul class="user-nav-list"><li><a class="submit-a-request" href="/hc/de/requests/new">Anfrage einreichen</a></li><li><a class="sign-in" href="/hc/de/signin">Anmelden</a></li></ul></nav></div></header>
<main role="main">
<div class="container-divider"></div>
<div class="container" id="article-container">
<div class="sub-nav"><ol class="breadcrumbs"><li title="Hilfe-Center"><a href="/hc/de">Hilfe-Center</a></li><li title="Kundenportal"><a href="/hc/de/categories/360">Kundenportal</a></li><li title="Konto und Sicherheit"><a href="/hc/de/sections/3601">Konto und Sicherheit</a></li></ol>
<div class="search-container"><form role="search" class="search" action="/hc/de/search"><input type="search" name="query" placeholder="Suche" aria-label="Suche"></form></div></div>
<div class="article-container" id="article-container">
<section class="article-sidebar" aria-labelledby="section-articles-title"><div class="collapsible-sidebar"><h3 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Artikel in diesem Abschnitt</h3>
<ul><li><a href="/hc/de/articles/36000" class="sidenav-item">Passwort vergessen</a></li><li><a href="/hc/de/articles/36001" class="sidenav-item current-article">Zwei-Faktor-Authentifizierung einrichten</a></li><li><a href="/hc/de/articles/36003" class="sidenav-item">E-Mail-Adresse ändern</a></li></ul></div></section>
<article id="main-content" class="article">
<header class="article-header"><h1 title="Zwei-Faktor-Authentifizierung einrichten" class="article-title">Zwei-Faktor-Authentifizierung einrichten</h1>
<div class="article-author"><div class="article-meta"><span>Kundenservice</span><ul class="meta-group"><li class="meta-data"><time datetime="2026-11-18T09:12:00Z">18. November 2026 09:12</time></li><li class="meta-data">Aktualisiert</li></ul></div></div>
<a class="article-subscribe button-secondary" role="button" href="/hc/de/articles/36001/subscription.html">Folgen</a></header>
<section class="article-info"><div class="article-content"><div class="article-body">
{BODY}
</div></div></section>
<footer><div class="article-footer"><div class="article-share"><span>Teilen</span> <a href="https://www.facebook.com/share.php" class="share-facebook">Facebook</a> <a href="https://www.linkedin.com/shareArticle" class="share-linkedin">LinkedIn</a></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">War dieser Beitrag hilfreich?</h2><div class="article-votes-controls" role="group"><button type="button" class="button article-vote article-vote-up">Ja</button><button type="button" class="button article-vote article-vote-down">Nein</button></div><small class="article-votes-count"><span class="article-vote-label">12 von 14 fanden dies hilfreich</span></small></div>
<div class="article-more-questions">Haben Sie noch Fragen? <a href="/hc/de/requests/new">Anfrage einreichen</a></div></footer>
<section class="article-relatives"><div class="related-articles"><h2 class="related-articles-title">Ähnliche Beiträge</h2><ul><li><a href="/hc/de/related/click?id=36000">Passwort vergessen</a></li><li><a href="/hc/de/related/click?id=36011">Abschlag online ändern</a></li></ul></div></section>
</article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Startseite" href="https://www.stadtwerke-nordheide.test">Stadtwerke Nordheide</a> · <a href="/impressum">Impressum</a></div></footer>
</body></html>
"""
page(T, "de-hilfe-artikel", "https://hilfe.stadtwerke-nordheide.test/hc/de/articles/36001-Zwei-Faktor-Authentifizierung-einrichten", B, H.replace("{BODY}", body),
     ["Artikel in diesem Abschnitt", "Abbildung 1: Der Bereich Sicherheit", "War dieser Beitrag hilfreich?", "12 von 14 fanden dies hilfreich", "Ähnliche Beiträge", "Abschlag online ändern", "Zum Hauptinhalt gehen", "Haben Sie noch Fragen?"],
     must=("Speichern Sie die Wiederherstellungscodes.", "Klicken Sie bei Zwei-Faktor-Authentifizierung auf Einrichten.",
           "Voraussetzung: Sie haben eine Authenticator-App wie FreeOTP, Aegis oder Google Authenticator auf Ihrem Smartphone installiert.",
           "Unter Mein Konto > Sicherheit können Sie die Funktion jederzeit wieder ausschalten. Dazu brauchen Sie einen aktuellen Code aus der App."))

# --- 5 de-chronik-zeitleiste (tune): a timeline story on Neos (a content
# collection of "timeline" node types: <div class="timeline__item"> with
# the date in a <div class="timeline__date"> and the entry in a
# <div class="timeline__text"><p>), an intro and a closing paragraph.
TL = [("14. März 2024", "Der Kreistag beschließt, das Kreiskrankenhaus Waldau als Standort zu erhalten, aber die Geburtsstation zu schließen."),
      ("2. Mai 2024", "Rund 4.000 Menschen demonstrieren auf dem Marktplatz gegen die Schließung. Eine Bürgerinitiative sammelt in sechs Wochen 21.000 Unterschriften."),
      ("30. September 2024", "Die letzte Geburt in Waldau: ein Mädchen, 3.340 Gramm."),
      ("Januar 2025", "Das Land kündigt eine Krankenhausreform an, nach der kleine Häuser zu Gesundheitszentren werden sollen."),
      ("11. Juni 2026", "Der Kreistag stimmt dem Umbau zum regionalen Gesundheitszentrum zu. Die Notaufnahme bleibt, nachts aber nur noch mit einem Arzt besetzt."),
      ("1. Dezember 2026", "Das Gesundheitszentrum nimmt den Betrieb auf.")]
B = [("p", "Kaum ein Thema hat den Landkreis in den vergangenen drei Jahren so beschäftigt wie die Zukunft des Krankenhauses in Waldau. Wir zeichnen nach, wie es zum Gesundheitszentrum kam, das am Montag eröffnet hat.")]
for d, t in TL:
    B += [("x", d, '<div class="timeline__item"><div class="timeline__date">%s</div>' % E(d)), ("x", t, '<div class="timeline__text"><p>%s</p></div></div>' % E(t))]
B += [("p", "Wie es weitergeht, entscheidet sich im kommenden Jahr: Dann soll ein Gutachten zeigen, ob die nächtliche Notfallversorgung ausreicht."),
      ("p", "Die Bürgerinitiative will bis dahin weiter jeden ersten Montag im Monat vor dem Landratsamt stehen.")]
body = render(B[:1]) + '\n<div class="neos-contentcollection timeline">\n' + "\n".join(b[2] for b in B[1:-2]) + '\n</div>\n' + render(B[-2:])
H = """<!DOCTYPE html>
<html lang="de"><head><meta charset="UTF-8"><title>Chronik: Vom Kreiskrankenhaus zum Gesundheitszentrum | Waldauer Anzeiger</title>
<meta property="og:type" content="article"></head>
<body class="page-article">
{COOKIE}
<header class="header"><div class="header__inner"><a class="header__logo" href="/">Waldauer Anzeiger</a><nav class="header__nav"><a href="/waldau">Waldau</a><a href="/landkreis">Landkreis</a><a href="/sport">Sport</a><a href="/kultur">Kultur</a></nav><a class="header__abo" href="/abo">Jetzt abonnieren</a></div></header>
<main class="main">
<div class="neos-contentcollection article">
<div class="article__head"><span class="article__topic">Gesundheit</span><h1 class="article__title">Vom Kreiskrankenhaus zum Gesundheitszentrum: eine Chronik</h1><div class="article__meta">Von Sabine Roth · 07.12.2026</div></div>
<div class="article__body">
{BODY}
</div>
<div class="article__related"><h2>Zum Thema</h2><ul><li><a href="/landkreis/gesundheitszentrum-eroeffnet">Gesundheitszentrum Waldau eröffnet</a></li><li><a href="/landkreis/notaufnahme-nachts">Notaufnahme nachts: Was Patienten wissen müssen</a></li></ul></div>
</div>
</main>
<footer class="footer"><p>© 2026 Waldauer Anzeiger · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · <a href="/agb">AGB</a></p></footer>
</body></html>
"""
page(T, "de-chronik-zeitleiste", "https://www.waldauer-anzeiger.test/landkreis/chronik-krankenhaus-waldau", B, H.replace("{COOKIE}", COOKIE_DE).replace("{BODY}", body),
     ["Zum Thema", "Gesundheitszentrum Waldau eröffnet", "Jetzt abonnieren", "Von Sabine Roth", "Alle akzeptieren"],
     must=("14. März 2024", "Januar 2025", "1. Dezember 2026", "Das Gesundheitszentrum nimmt den Betrieb auf.",
           "Die Bürgerinitiative will bis dahin weiter jeden ersten Montag im Monat vor dem Landratsamt stehen."))

# --- 6 de-faktencheck-urteil (held out): a fact-check on a Drupal 10
# newsroom: a rating badge "FALSCH" above the headline, a claim box, the
# check's sections, a verdict box ("Unser Fazit") after the text, a
# sources list, a "So prüfen wir" teaser, share row, related checks.
B = [
    ("x", "Behauptung: Ab Januar 2027 dürfen Gasheizungen nicht mehr repariert werden.",
     '<div class="claim-box"><p><span class="claim-box__label">Behauptung:</span> Ab Januar 2027 dürfen Gasheizungen nicht mehr repariert werden.</p></div>'),
    ("p", "Seit Ende November verbreitet sich in sozialen Netzwerken ein Beitrag, nach dem Heizungsbauer ab dem kommenden Jahr keine Gasheizungen mehr reparieren dürften. Der Beitrag wurde allein auf Facebook mehr als 12.000 Mal geteilt."),
    ("h", "Was das Gesetz tatsächlich regelt"),
    ("p", "Das Gebäudeenergiegesetz schreibt vor, dass neu eingebaute Heizungen zu mindestens 65 Prozent mit erneuerbaren Energien betrieben werden müssen. Für bestehende Heizungen gilt das nicht. Eine funktionierende Gasheizung darf weiter betrieben und auch repariert werden."),
    ("p", "Auch ein Austausch einzelner Teile wie Brenner oder Pumpe ist ausdrücklich erlaubt. Erst wenn eine Heizung vollständig ersetzt wird, greifen die neuen Vorgaben, und auch dann mit Übergangsfristen."),
    ("h", "Woher die Behauptung stammt"),
    ("p", "Der Beitrag verweist auf eine Meldung über das Ende der Förderung für Gas-Brennwertkessel. Förderung und Verbot sind aber zweierlei: Dass der Staat den Einbau nicht mehr bezuschusst, heißt nicht, dass Reparaturen verboten wären."),
    ("h3", "Unser Fazit"),
    ("p", "Die Behauptung ist falsch. Bestehende Gasheizungen dürfen weiter betrieben und repariert werden."),
    ("h3", "Quellen"),
    ("ul", ["Gebäudeenergiegesetz, § 71 und § 72, Fassung vom 1. Januar 2024", "Auskunft des Bundesministeriums für Wirtschaft vom 2. Dezember 2026", "Zentralverband Sanitär Heizung Klima, Stellungnahme vom 28. November 2026"]),
]
H = """<!DOCTYPE html>
<html lang="de" dir="ltr"><head><meta charset="utf-8"><title>Faktencheck: Dürfen Gasheizungen ab 2027 nicht mehr repariert werden? | Prüfstelle</title>
<meta property="og:type" content="article"></head>
<body class="path-node page-node-type-factcheck">
<a href="#main-content" class="visually-hidden focusable">Direkt zum Inhalt</a>
{COOKIE}
<header role="banner" class="site-header"><a href="/" rel="home" class="site-logo">Prüfstelle</a><nav class="menu--main"><ul><li><a href="/faktenchecks">Faktenchecks</a></li><li><a href="/hintergrund">Hintergrund</a></li><li><a href="/ueber-uns">Über uns</a></li><li><a href="/hinweis-geben">Hinweis geben</a></li></ul></nav></header>
<main role="main" id="main-content"><div class="layout-content">
<article class="node node--type-factcheck node--view-mode-full">
<div class="factcheck-rating factcheck-rating--false"><span class="factcheck-rating__label">FALSCH</span></div>
<h1 class="node__title">Nein, Gasheizungen dürfen auch ab 2027 repariert werden</h1>
<div class="node__meta">von Lena Brandt · 04.12.2026</div>
<div class="share"><a href="https://www.facebook.com/sharer">Teilen</a> <a href="https://bsky.app/intent">Bluesky</a> <a href="https://wa.me/?text=">WhatsApp</a></div>
<div class="field field--name-body field--type-text-with-summary">
{B1}
</div>
<div class="paragraph paragraph--type--verdict"><div class="verdict-box">{VERDICT}</div></div>
<div class="field field--name-field-sources">{SOURCES}</div>
<div class="methodology-teaser"><h4>So prüfen wir</h4><p>Wie wir Behauptungen auswählen und bewerten, erklären wir in unseren Standards.</p><a href="/standards">Mehr erfahren</a></div>
</article>
<section class="related"><h2>Weitere Faktenchecks</h2><ul><li><a href="/faktencheck/waermepumpe-winter">Funktionieren Wärmepumpen im Winter nicht?</a></li><li><a href="/faktencheck/co2-preis">Steigt der CO₂-Preis 2027 auf 200 Euro?</a></li></ul></section>
</div></main>
<footer class="site-footer"><p>Prüfstelle ist Unterzeichner des IFCN-Kodex. · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></p></footer>
</body></html>
"""
page(H_, "de-faktencheck-urteil", "https://www.pruefstelle.test/faktencheck/gasheizung-reparatur-2027", B,
     H.replace("{COOKIE}", COOKIE_DE).replace("{B1}", render(B[:7])).replace("{VERDICT}", render(B[7:9])).replace("{SOURCES}", render(B[9:])),
     ["So prüfen wir", "Weitere Faktenchecks", "Funktionieren Wärmepumpen im Winter nicht?", "Direkt zum Inhalt", "IFCN-Kodex", "Hinweis geben"],
     must=("Behauptung: Ab Januar 2027 dürfen Gasheizungen nicht mehr repariert werden.", "Unser Fazit",
           "Die Behauptung ist falsch. Bestehende Gasheizungen dürfen weiter betrieben und repariert werden.",
           "Zentralverband Sanitär Heizung Klima, Stellungnahme vom 28. November 2026"))

# --- 7 de-nachruf (held out): an obituary on a regional paper's site
# (TYPO3 with the news extension), the life dates in the body's first
# line, a closing one-line paragraph, a condolence box with a candle
# counter, "Traueranzeigen" teasers.
B = [
    ("p", "* 4. Februar 1938 in Kaufbeuren · † 29. November 2026 in Kempten"),
    ("p", "Wer in den vergangenen fünfzig Jahren in Kempten ein Klavier gekauft, gestimmt oder reparieren lassen hat, kam an Hermann Zeller kaum vorbei. In seiner Werkstatt in der Bäckerstraße standen zeitweise mehr als dreißig Instrumente, vom Stutzflügel bis zum Harmonium aus einer aufgelösten Dorfkirche."),
    ("p", "Zeller lernte den Beruf des Klavierbauers in Stuttgart und machte sich 1969 selbstständig. Er stimmte die Flügel der Stadthalle, begleitete Festivals und bildete mehr als zwanzig Lehrlinge aus. Viele von ihnen führen heute eigene Werkstätten zwischen Lindau und Augsburg."),
    ("p", "Daneben spielte er dreißig Jahre lang die Orgel in St. Lorenz. „Ein Instrument ist erst fertig, wenn jemand darauf spielt“, hat er einmal gesagt. Seinen Betrieb übergab er 2008 an seine Tochter Monika, kam aber fast täglich in die Werkstatt, bis ihn im Frühjahr eine Krankheit daran hinderte."),
    ("p", "Hermann Zeller hinterlässt seine Frau Gertrud, drei Kinder und sieben Enkel."),
    ("p", "Die Trauerfeier findet am Freitag, 11. Dezember, um 14 Uhr in St. Lorenz statt."),
]
H = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Nachruf: Kemptener Klavierbauer Hermann Zeller gestorben - Allgäuer Rundschau</title></head>
<body class="news-detail">
<header id="header"><a href="/" class="logo">Allgäuer Rundschau</a><nav><ul><li><a href="/kempten/">Kempten</a></li><li><a href="/oberallgaeu/">Oberallgäu</a></li><li><a href="/ostallgaeu/">Ostallgäu</a></li><li><a href="/traueranzeigen/">Traueranzeigen</a></li></ul></nav></header>
<div id="content"><div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
<div class="header"><span class="news-kicker">Nachruf</span><h1 itemprop="headline">Der Mann, der Kempten stimmte</h1></div>
<div class="footer"><p><span class="news-list-author">Von Peter Hörmann</span> <time itemprop="datePublished" datetime="2026-12-05">05.12.2026</time></p></div>
<div class="news-img-wrap"><img src="/fileadmin/nachruf/zeller.jpg" alt="Hermann Zeller"><p class="news-img-caption">Hermann Zeller in seiner Werkstatt, 2018. Foto: Archiv/Ralf Lienert</p></div>
<div class="news-text-wrap" itemprop="articleBody">
{BODY}
</div>
<div class="kondolenz-box"><h3>Kondolenzbuch</h3><p>Hinterlassen Sie eine Kerze oder einen Eintrag im Gedenkportal.</p><span class="kerzen-count">86 Kerzen entzündet</span> <a href="https://gedenken.allgaeuer-rundschau.test/zeller-hermann" class="btn">Kerze anzünden</a></div>
<div class="news-related"><h4>Aktuelle Traueranzeigen</h4><ul><li><a href="/traueranzeigen/4412">Anna Berchtold</a></li><li><a href="/traueranzeigen/4410">Josef Kögel</a></li></ul></div>
</div></div></div>
<footer id="footer"><p>© Allgäuer Rundschau GmbH · <a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a></p></footer>
</body></html>
"""
page(H_, "de-nachruf", "https://www.allgaeuer-rundschau.test/kempten/nachruf-hermann-zeller", B, H.replace("{BODY}", render(B)),
     ["Kondolenzbuch", "86 Kerzen entzündet", "Kerze anzünden", "Aktuelle Traueranzeigen", "Foto: Archiv/Ralf Lienert"],
     must=("* 4. Februar 1938 in Kaufbeuren · † 29. November 2026 in Kempten", "Hermann Zeller hinterlässt seine Frau Gertrud, drei Kinder und sieben Enkel.",
           "Die Trauerfeier findet am Freitag, 11. Dezember, um 14 Uhr in St. Lorenz statt."))

# --- 8 de-produkt-neuheit (held out): a company's product announcement on
# Webflow (w-richtext, utility classes), a spec list under "Technische
# Daten", price and availability lines, a "Jetzt vorbestellen" button,
# a newsletter form, a footer of many links.
B = [
    ("p", "Mit dem Lastenrad Kolibri Cargo 2 bringen wir unser erstes Modell mit Mittelmotor und stufenloser Nabenschaltung auf den Markt. Das Rad ist für zwei Kinder oder bis zu 80 Kilogramm Ladung ausgelegt und passt trotzdem in jeden Fahrradkeller mit Normtür."),
    ("p", "Gegenüber dem Vorgänger ist der Rahmen 14 Zentimeter kürzer und vier Kilogramm leichter. Die Transportbox lässt sich ohne Werkzeug abnehmen und durch eine Ladefläche mit Spanngurten ersetzen."),
    ("h", "Technische Daten"),
    ("ul", ["Motor: Mittelmotor, 85 Nm", "Akku: 725 Wh, herausnehmbar", "Reichweite: bis 110 km", "Schaltung: stufenlose Nabenschaltung", "Zuladung: 80 kg in der Box, Gesamtgewicht 220 kg", "Gewicht: 36 kg ohne Akku"]),
    ("p", "Preis: 5.490 Euro (unverbindliche Preisempfehlung)"),
    ("p", "Verfügbar ab März 2027 bei unseren 120 Partnerhändlern in Deutschland, Österreich und der Schweiz."),
]
H = """<!DOCTYPE html>
<html data-wf-page="65a1f0c2" data-wf-site="65a1f0b9" lang="de"><head><meta charset="utf-8"><title>Neu: Kolibri Cargo 2 | Kolibri Bikes</title></head>
<body class="body">
<div data-collapse="medium" data-animation="default" class="navbar w-nav"><div class="container w-container"><a href="/" class="brand w-nav-brand"><img src="https://assets.kolibri.test/logo.svg" alt="Kolibri Bikes"></a>
<nav role="navigation" class="nav-menu w-nav-menu"><a href="/modelle" class="nav-link w-nav-link">Modelle</a><a href="/haendler" class="nav-link w-nav-link">Händler</a><a href="/news" class="nav-link w-nav-link w--current">News</a><a href="/probefahrt" class="nav-button w-button">Probefahrt</a></nav></div></div>
<div class="section-hero"><div class="container w-container"><div class="tag">Produktneuheit</div><h1 class="heading-xl">Kolibri Cargo 2: kürzer, leichter, stufenlos</h1><div class="text-date">02. Dezember 2026</div></div></div>
<div class="section"><div class="container-narrow w-container">
<div class="rich-text w-richtext">
{BODY}
</div>
<a href="/vorbestellen/cargo-2" class="button-primary w-button">Jetzt vorbestellen</a>
</div></div>
<div class="section-newsletter"><div class="container w-container"><h2 class="heading-m">Nichts mehr verpassen</h2><div class="w-form"><form id="email-form" name="email-form"><input type="email" class="text-field w-input" placeholder="Deine E-Mail-Adresse"><input type="submit" value="Anmelden" class="submit-button w-button"></form></div></div></div>
<div class="footer"><div class="container w-container"><div class="footer-grid"><div><div class="footer-heading">Produkte</div><a href="/modelle/cargo" class="footer-link">Cargo</a><a href="/modelle/city" class="footer-link">City</a></div><div><div class="footer-heading">Unternehmen</div><a href="/ueber-uns" class="footer-link">Über uns</a><a href="/jobs" class="footer-link">Jobs</a><a href="/presse" class="footer-link">Presse</a></div></div><div class="footer-legal">© 2026 Kolibri Bikes GmbH · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></div></div></div>
</body></html>
"""
page(H_, "de-produkt-neuheit", "https://www.kolibri-bikes.test/news/kolibri-cargo-2", B, H.replace("{BODY}", render(B)),
     ["Jetzt vorbestellen", "Nichts mehr verpassen", "Probefahrt", "Produktneuheit", "Kolibri Bikes GmbH"],
     must=("Motor: Mittelmotor, 85 Nm", "Gewicht: 36 kg ohne Akku", "Preis: 5.490 Euro (unverbindliche Preisempfehlung)",
           "Verfügbar ab März 2027 bei unseren 120 Partnerhändlern in Deutschland, Österreich und der Schweiz."))

# --- 9 de-liste-ausflugsziele (held out): a listicle on a travel
# magazine (WordPress with a magazine theme): numbered <h2>s, a figure
# with a credit per item, an ad slot between items 3 and 4, a one-line
# outro, "Mehr Ausflugstipps" teasers.
ITEMS = [("1. Burg Eltz", "Die Burg im Wald zwischen Mosel und Maifeld ist seit über 850 Jahren im Besitz derselben Familie. Im Winter ist sie geschlossen, der Weg durch das Elzbachtal lohnt sich trotzdem."),
         ("2. Geierlay", "Die Hängeseilbrücke bei Mörsdorf spannt sich 360 Meter über ein Tal des Hunsrücks. Der Eintritt ist frei, am Wochenende wird es voll."),
         ("3. Rheinsteig bei Kaub", "Ein Abschnitt mit Blick auf die Burg Pfalzgrafenstein mitten im Rhein. Trittsicherheit ist nötig, belohnt wird man mit einer der schönsten Aussichten am Fluss."),
         ("4. Vulkaneifel", "Die Maare rund um Daun sind mit Wasser gefüllte Vulkankrater. Der Maare-Pfad verbindet drei von ihnen auf zwölf Kilometern."),
         ("5. Bad Münstereifel", "Fachwerk, Stadtmauer und ein Outlet-Center in den alten Häusern: Die Kleinstadt an der Erft ist nach dem Hochwasser von 2021 weitgehend wieder aufgebaut.")]
B = [("p", "Kurze Tage, kalte Luft, und trotzdem raus? Diese fünf Ziele in Rheinland-Pfalz und der Eifel sind auch im Dezember einen Ausflug wert.")]
for h, t in ITEMS:
    B += [("h", h), ("p", t)]
B += [("p", "Gute Fahrt!")]
FIG = '<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/12/%d.jpg" alt=""><figcaption class="wp-element-caption">Foto: %s</figcaption></figure>'
parts = [render(B[:1])]
for i, (h, t) in enumerate(ITEMS):
    parts.append(render([("h", h)]) + "\n" + FIG % (i + 1, ["Imago/Gerhard Launer", "dpa/Thomas Frey", "Getty Images/Westend61", "Shutterstock", "Imago/Rainer Unkel"][i]) + "\n" + render([("p", t)]))
    if i == 2:
        parts.append('<div class="ad-slot ad-slot--content" data-ad="content_1"><span class="ad-label">Anzeige</span><div id="div-gpt-ad-content_1"></div></div>')
parts.append(render(B[-1:]))
H = """<!DOCTYPE html>
<html lang="de-DE"><head><meta charset="UTF-8"><title>5 Ausflugsziele, die auch im Winter lohnen | Wegweiser Magazin</title>
<meta property="og:type" content="article"></head>
<body class="post-template-default single single-post single-format-standard td-standard-pack">
{COOKIE}
<div class="td-header-wrap"><div class="td-header-menu-wrap"><a class="td-main-logo" href="/">Wegweiser</a><ul class="sf-menu"><li><a href="/deutschland/">Deutschland</a></li><li><a href="/europa/">Europa</a></li><li><a href="/wandern/">Wandern</a></li><li><a href="/staedtetrips/">Städtetrips</a></li></ul></div></div>
<div class="td-main-content-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span8 td-main-content">
<article class="post type-post status-publish format-standard has-post-thumbnail">
<div class="td-post-header"><ul class="td-category"><li><a class="td-post-category" href="/deutschland/">Deutschland</a></li></ul><header class="td-post-title"><h1 class="entry-title">5 Ausflugsziele, die auch im Winter lohnen</h1><div class="td-module-meta-info"><div class="td-post-author-name">Von <a href="/autor/jana/">Jana Keller</a></div><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2026-12-04T08:00:00+00:00">4. Dezember 2026</time></span></div></header></div>
<div class="td-post-sharing-top"><a class="td-social-sharing-button td-social-facebook" href="https://www.facebook.com/sharer.php">Facebook</a><a class="td-social-sharing-button td-social-pinterest" href="https://pinterest.com/pin/create/button/">Pinterest</a></div>
<div class="td-post-content tagdiv-type">
{BODY}
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags"><li><span>TAGS</span></li><li><a href="/tag/eifel/">Eifel</a></li><li><a href="/tag/winter/">Winter</a></li></ul></div></footer>
</article>
<div class="td_block_related_posts"><h4 class="td-related-title">Mehr Ausflugstipps</h4><div class="td-related-row"><div class="td_module_related_posts"><h3 class="entry-title td-module-title"><a href="/wandern/traumschleifen/">Die schönsten Traumschleifen im Hunsrück</a></h3></div><div class="td_module_related_posts"><h3 class="entry-title td-module-title"><a href="/deutschland/weihnachtsmaerkte-mosel/">Weihnachtsmärkte an der Mosel</a></h3></div></div></div>
</div><div class="td-pb-span4 td-main-sidebar"><aside class="widget"><h4 class="block-title">Newsletter</h4><p>Jeden Freitag die besten Reisetipps.</p></aside></div></div></div></div>
<div class="td-footer-wrap"><p>© Wegweiser Magazin · <a href="/impressum/">Impressum</a></p></div>
</body></html>
"""
page(H_, "de-liste-ausflugsziele", "https://www.wegweiser-magazin.test/deutschland/ausflugsziele-winter/", B, H.replace("{COOKIE}", COOKIE_DE).replace("{BODY}", "\n".join(parts)),
     ["Anzeige", "Foto: Imago/Gerhard Launer", "Mehr Ausflugstipps", "Die schönsten Traumschleifen im Hunsrück", "Jeden Freitag die besten Reisetipps."],
     must=("1. Burg Eltz", "5. Bad Münstereifel", "Gute Fahrt!",
           "Die Maare rund um Daun sind mit Wasser gefüllte Vulkankrater. Der Maare-Pfad verbindet drei von ihnen auf zwölf Kilometern."))

# --- 10 de-interview-sprecher (held out): an interview transcript on a
# broadcaster's site (a Sitecore-like page of "rte" blocks), the speakers'
# labels in <strong> at the head of each paragraph, an intro in <em>, a
# "Zur Sendung" box after it and an audio teaser.
QA = [("Deutschlandradio", "Frau Becker, Sie beraten seit zwanzig Jahren Menschen mit Schulden. Was hat sich verändert?"),
      ("Becker", "Die Menschen kommen später. Früher kamen viele, wenn der erste Mahnbescheid da war. Heute sind es oft zwölf, fünfzehn Gläubiger, bevor jemand den Weg zu uns findet."),
      ("Deutschlandradio", "Woran liegt das?"),
      ("Becker", "Scham spielt eine große Rolle. Und Ratenkäufe sind so einfach geworden, dass viele gar nicht mehr überblicken, wie viele Verträge sie laufen haben."),
      ("Deutschlandradio", "Was raten Sie jemandem, der merkt, dass es eng wird?"),
      ("Becker", "Als Erstes: Post öffnen. Das klingt banal, aber die meisten, die zu uns kommen, bringen Kartons mit ungeöffneten Briefen mit. Und dann so früh wie möglich zu einer anerkannten Beratungsstelle gehen. Das kostet nichts."),
      ("Deutschlandradio", "Frau Becker, vielen Dank."),
      ("Becker", "Gern.")]
B = [("x", "Immer mehr Menschen in Deutschland sind überschuldet, Beratungsstellen haben Wartezeiten von mehreren Monaten. Ein Gespräch mit der Schuldnerberaterin Ulrike Becker.",
      '<div class="rte intro"><p><em>Immer mehr Menschen in Deutschland sind überschuldet, Beratungsstellen haben Wartezeiten von mehreren Monaten. Ein Gespräch mit der Schuldnerberaterin Ulrike Becker.</em></p></div>')]
for s, t in QA:
    B.append(("x", "%s: %s" % (s, t), '<div class="rte"><p><strong>%s:</strong> %s</p></div>' % (E(s), E(t))))
H = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Schuldnerberatung: „Als Erstes: Post öffnen“ | Deutschlandradio Kultur</title></head>
<body class="b-page b-page--article">
<div class="b-header"><a class="b-header__logo" href="/">Deutschlandradio</a><ul class="b-header__nav"><li><a href="/programm">Programm</a></li><li><a href="/podcasts">Podcasts</a></li><li><a href="/live">Live hören</a></li></ul></div>
<main class="b-main"><article class="b-article">
<header class="b-article__header"><span class="b-article__kicker">Überschuldung</span><h1 class="b-article__title">„Als Erstes: Post öffnen“</h1><p class="b-article__meta">Ulrike Becker im Gespräch mit Tim Wiese · 06.12.2026</p></header>
<div class="b-audio-teaser"><button class="b-audio-teaser__play">Audio abspielen</button><span class="b-audio-teaser__duration">7:48 Minuten</span></div>
<div class="b-article__body">
{BODY}
</div>
<aside class="b-box b-box--program"><h3>Zur Sendung</h3><p>Studio 9 · Montag bis Freitag, 6:00 bis 9:00 Uhr</p><a href="/sendungen/studio-9">Alle Beiträge der Sendung</a></aside>
</article></main>
<footer class="b-footer"><p>© Deutschlandradio · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></p></footer>
</body></html>
"""
page(H_, "de-interview-sprecher", "https://www.dlr-kultur.test/schuldnerberatung-post-oeffnen-100.html", B, H.replace("{BODY}", "\n".join(b[2] for b in B)),
     ["Audio abspielen", "7:48 Minuten", "Zur Sendung", "Alle Beiträge der Sendung", "Live hören"],
     must=("Deutschlandradio: Woran liegt das?", "Becker: Gern.", "Deutschlandradio: Frau Becker, vielen Dank."))

# --- 11 en-ghost-tweet-card (tune): a personal essay on a Ghost theme
# (gh-content, kg-cards): an embedded tweet card (blockquote.twitter-tweet
# with its sentence and its "— Name (@handle) date" line), a bookmark card,
# a member sign-up box, "You might also like" and comments.
B = [
    ("p", "Last winter I stopped using the recommendation feed on every app I own. Not out of principle, at first; I simply noticed that I could no longer remember anything I had read the week before."),
    ("p", "The experiment was simple. For three months, I only read what I had gone looking for: newsletters I subscribed to, blogs in a feed reader, and books."),
    ("p", "A friend put it better than I could when I told her about it:"),
    ("raw", '<figure class="kg-card kg-embed-card"><blockquote class="twitter-tweet"><p lang="en" dir="ltr">The feed is not a library. It is a slot machine that happens to dispense paragraphs.</p>&mdash; Maya Lindqvist (@mayalind) <a href="https://twitter.com/mayalind/status/1744">January 12, 2026</a></blockquote></figure>'),
    ("h", "What changed"),
    ("p", "The first two weeks were uncomfortable. I kept reaching for my phone in queues and finding nothing to scroll. By the second month, I was reading longer pieces to the end, and I could tell my partner what they had said."),
    ("p", "I also read less news, and I am not sure that is a good thing. The feed reader gives me what I chose yesterday; it does not surprise me."),
    ("h", "What I kept"),
    ("ul", ["A feed reader with 40 sources, checked twice a day", "Three newsletters, read on Sunday mornings", "One social app, without its algorithmic timeline"]),
    ("p", "I do not think everyone should do this. But if you cannot remember last week's reading either, try it for a month."),
]
H = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Three months without a feed</title>
<meta property="og:type" content="article"></head>
<body class="post-template tag-essays">
<div class="gh-site">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://slowreads.test/">Slow Reads</a></div>
<nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="https://slowreads.test/">Home</a></li><li class="nav-essays"><a href="https://slowreads.test/tag/essays/">Essays</a></li><li class="nav-about"><a href="https://slowreads.test/about/">About</a></li></ul></nav>
<div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<main id="site-main" class="site-main">
<article class="article post tag-essays">
<header class="article-header gh-canvas"><section class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/essays/">Essays</a></span></section>
<h1 class="article-title">Three months without a feed</h1>
<div class="article-byline"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/ben/">Ben Hartley</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-12-01">Dec 1, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span></div></div></div></header>
<section class="gh-content gh-canvas">
{BODY}
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://slowreads.test/feed-reader-setup/"><div class="kg-bookmark-content"><div class="kg-bookmark-title">How I set up my feed reader</div><div class="kg-bookmark-description">Forty sources, two folders, no unread counts.</div><div class="kg-bookmark-metadata"><span class="kg-bookmark-author">Slow Reads</span></div></div></a></figure>
<aside class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content"><h2>Enjoyed this?</h2><p>Get new essays by email, about twice a month.</p><a class="gh-btn" data-portal="signup" href="#/portal/signup">Subscribe now</a></div></aside>
</section>
</article>
<section class="article-comments gh-canvas"><div id="ghost-comments-root"><h2>Comments (3)</h2><p>Sign in or become a member to join the conversation.</p></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">You might also like</h3><article class="post-card"><a class="post-card-content-link" href="/notebooks/"><h2 class="post-card-title">In praise of paper notebooks</h2></a></article><article class="post-card"><a class="post-card-content-link" href="/quiet-phone/"><h2 class="post-card-title">The quiet phone</h2></a></article></div></aside>
</main>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://slowreads.test">Slow Reads</a> &copy; 2026</section><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
</body></html>
"""
page(T, "en-ghost-tweet-card", "https://slowreads.test/three-months-without-a-feed/", B, H.replace("{BODY}", render(B)),
     ["Maya Lindqvist (@mayalind)", "How I set up my feed reader", "Enjoyed this?", "Subscribe now", "You might also like", "In praise of paper notebooks", "Sign in or become a member", "Powered by Ghost"],
     must=("A friend put it better than I could when I told her about it:",
           "One social app, without its algorithmic timeline"))

# --- 12 fr-verification-verdict (tune): a French fact-check on a
# newsroom's WordPress (a "fact-check" template): a one-word rating badge
# "FAUX" above the headline, "Ce qui est affirmé" box, the check, a
# "Notre verdict" box in a Gutenberg group after the text, "Nos sources"
# list, a "Comment nous travaillons" teaser, share row.
B = [
    ("x", "Ce qui est affirmé : la France serait le seul pays d'Europe à taxer l'eau du robinet.",
     '<div class="wp-block-group fc-claim"><div class="wp-block-group__inner-container"><p class="fc-claim__text"><strong>Ce qui est affirmé :</strong> la France serait le seul pays d\'Europe à taxer l\'eau du robinet.</p></div></div>'),
    ("p", "Une image partagée plusieurs milliers de fois sur Facebook et X depuis le 25 novembre affirme que « la France est le seul pays d'Europe où l'on paie une taxe sur l'eau du robinet ». Elle s'appuie sur la hausse de la redevance pour pollution annoncée pour 2027."),
    ("p", "Les factures d'eau comportent bien des redevances, perçues par les agences de l'eau pour financer la protection des ressources. Mais la France est loin d'être un cas isolé."),
    ("h", "Des redevances dans la plupart des pays voisins"),
    ("p", "En Allemagne, la plupart des Länder prélèvent un « Wasserentnahmeentgelt » sur chaque mètre cube capté. La Belgique, les Pays-Bas et l'Espagne appliquent aussi des taxes ou redevances sur l'eau, et la TVA s'ajoute presque partout."),
    ("p", "Contactée, l'agence de l'eau Seine-Normandie rappelle que ces redevances représentent en moyenne 15 % d'une facture."),
    ("h3", "Notre verdict"),
    ("p", "C'est faux. La plupart des pays européens taxent l'eau du robinet, sous une forme ou une autre."),
    ("h3", "Nos sources"),
    ("ul", ["Centre d'information sur l'eau, prix et composition de la facture, 2026", "Agence de l'eau Seine-Normandie, échange par courriel le 2 décembre 2026", "Eurostat, taxes environnementales par pays, 2025"]),
]
H = """<!DOCTYPE html>
<html lang="fr-FR"><head><meta charset="UTF-8"><title>Non, la France n'est pas le seul pays à taxer l'eau du robinet – Les Vérificateurs</title>
<meta property="og:type" content="article"></head>
<body class="post-template-single-factcheck single single-post">
<div id="tarteaucitronRoot"><div id="tarteaucitronAlertBig"><span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies pour mesurer l'audience.</span><button id="tarteaucitronPersonalize2">Tout accepter</button><button id="tarteaucitronAllDenied2">Tout refuser</button></div></div>
<header class="site-header"><a class="site-logo" href="/">Les Vérificateurs</a><nav class="primary-nav"><ul><li><a href="/verifications/">Vérifications</a></li><li><a href="/explications/">Explications</a></li><li><a href="/signaler/">Signaler une info</a></li></ul></nav></header>
<main class="site-main"><article class="post type-post format-standard category-verifications">
<div class="fc-rating fc-rating--faux"><span>FAUX</span></div>
<header class="entry-header"><h1 class="entry-title">Non, la France n'est pas le seul pays à taxer l'eau du robinet</h1><div class="entry-meta">Par <a href="/auteur/claire-dumas/">Claire Dumas</a>, le 3 décembre 2026</div></header>
<div class="entry-share"><a href="https://www.facebook.com/sharer/sharer.php">Partager</a> <a href="https://twitter.com/intent/tweet">Tweeter</a> <a href="mailto:?subject=">E-mail</a></div>
<div class="entry-content">
{B1}
<div class="wp-block-group fc-verdict has-background"><div class="wp-block-group__inner-container">{VERDICT}</div></div>
{SOURCES}
</div>
<div class="fc-methodo"><h4>Comment nous travaillons</h4><p>Vous avez un doute sur une information ? Signalez-la-nous.</p><a href="/methodologie/">Notre méthodologie</a></div>
</article>
<section class="related-posts"><h2>À lire aussi</h2><ul><li><a href="/verifications/compteurs-linky/">Les compteurs Linky augmentent-ils la facture ?</a></li><li><a href="/verifications/prix-gaz/">Le prix du gaz va-t-il doubler ?</a></li></ul></section>
</main>
<footer class="site-footer"><p>Les Vérificateurs · <a href="/mentions-legales/">Mentions légales</a> · <a href="/contact/">Contact</a></p></footer>
</body></html>
"""
page(T, "fr-verification-verdict", "https://www.lesverificateurs.test/verifications/taxe-eau-robinet/", B,
     H.replace("{B1}", render(B[:6])).replace("{VERDICT}", render(B[6:8])).replace("{SOURCES}", render(B[8:])),
     ["Comment nous travaillons", "Notre méthodologie", "Les compteurs Linky augmentent-ils la facture ?", "Tout refuser", "Signaler une info"],
     must=("Ce qui est affirmé : la France serait le seul pays d'Europe à taxer l'eau du robinet.", "Notre verdict",
           "C'est faux. La plupart des pays européens taxent l'eau du robinet, sous une forme ou une autre.", "Eurostat, taxes environnementales par pays, 2025"))

# --- 13 es-lista-numerada (tune): a Spanish listicle on a lifestyle site
# built with Webflow-like CMS collections: numbered <h2>s in their own
# "list-item" wrappers with an image and a credit, an ad between items,
# an intro and a one-line close, "Te puede interesar" cards.
ITEMS = [("1. Elige la app adecuada", "No todas las aplicaciones de presupuesto sirven para lo mismo. Si cobras en varias cuentas, busca una que las sincronice; si solo quieres controlar gastos, basta una hoja de cálculo."),
         ("2. Aparta el ahorro el día de cobro", "Programa una transferencia automática a otra cuenta el mismo día que cobras la nómina. Lo que no ves en la cuenta corriente, no lo gastas."),
         ("3. Revisa las suscripciones", "Plataformas de vídeo, gimnasio, almacenamiento en la nube: la media de los hogares españoles paga 38 euros al mes en suscripciones, y una de cada tres no se usa."),
         ("4. Usa la regla de las 48 horas", "Antes de una compra que no sea imprescindible, espera dos días. Si después sigues queriéndola, adelante."),
         ("5. Ten un fondo para imprevistos", "Los expertos recomiendan reunir entre tres y seis meses de gastos. Empieza con una meta pequeña, por ejemplo 500 euros.")]
B = [("p", "Enero es el mes en que más gente se propone ahorrar, y febrero el mes en que más gente lo deja. Estos cinco hábitos ayudan a que el propósito dure.")]
for h, t in ITEMS:
    B += [("h", h), ("p", t)]
B += [("p", "¿Con cuál empiezas tú?")]
parts = ['<div class="intro-text w-richtext">%s</div>' % render(B[:1])]
for i, (h, t) in enumerate(ITEMS):
    parts.append('<div role="listitem" class="list-item w-dyn-item"><h2 class="list-item-title">%s</h2><div class="list-item-image"><img src="https://cdn.ahorro.test/%d.webp" alt=""><div class="image-credit">Foto: Unsplash</div></div><div class="list-item-text w-richtext"><p>%s</p></div></div>' % (E(h), i, E(t)))
    if i == 1:
        parts.append('<div class="ad-wrapper"><div class="ad-label">Publicidad</div><div class="ad-unit" id="ad-mid-1"></div></div>')
parts.append('<div class="outro-text w-richtext">%s</div>' % render(B[-1:]))
H = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>5 hábitos para ahorrar que sí funcionan | Bolsillo Claro</title>
<meta property="og:type" content="article"></head>
<body class="body-article">
<div class="cookie-bar" id="cookie-bar"><p>Utilizamos cookies propias y de terceros para mejorar tu experiencia.</p><a href="#" class="cookie-accept">Aceptar</a><a href="/politica-de-cookies" class="cookie-more">Configurar</a></div>
<div class="navbar w-nav"><a href="/" class="brand w-nav-brand">Bolsillo Claro</a><nav class="nav-menu w-nav-menu"><a href="/ahorro" class="nav-link w-nav-link">Ahorro</a><a href="/vivienda" class="nav-link w-nav-link">Vivienda</a><a href="/inversion" class="nav-link w-nav-link">Inversión</a></nav></div>
<div class="article-section"><div class="article-container">
<div class="article-category">Ahorro</div>
<h1 class="article-heading">5 hábitos para ahorrar que sí funcionan</h1>
<div class="article-meta"><div class="author-name">Marta Ibáñez</div><div class="article-date">5 de diciembre de 2026</div></div>
<div class="article-list w-dyn-list"><div role="list" class="w-dyn-items">
{BODY}
</div></div>
<div class="share-row"><span>Comparte:</span> <a href="https://wa.me/?text=">WhatsApp</a> <a href="https://twitter.com/intent/tweet">X</a></div>
</div></div>
<div class="related-section"><h3 class="related-heading">Te puede interesar</h3><div class="related-grid"><a href="/ahorro/regla-50-30-20" class="related-card"><div class="related-card-title">La regla 50/30/20, explicada</div></a><a href="/vivienda/hipoteca-fija-variable" class="related-card"><div class="related-card-title">¿Hipoteca fija o variable en 2027?</div></a></div></div>
<div class="footer"><div>© 2026 Bolsillo Claro</div><a href="/aviso-legal" class="footer-link">Aviso legal</a></div>
</body></html>
"""
page(T, "es-lista-numerada", "https://www.bolsilloclaro.test/ahorro/habitos-ahorrar", B, H.replace("{BODY}", "\n".join(parts)),
     ["Publicidad", "Foto: Unsplash", "Te puede interesar", "La regla 50/30/20, explicada", "Comparte:", "Utilizamos cookies propias"],
     must=("1. Elige la app adecuada", "4. Usa la regla de las 48 horas", "¿Con cuál empiezas tú?",
           "Enero es el mes en que más gente se propone ahorrar, y febrero el mes en que más gente lo deja. Estos cinco hábitos ayudan a que el propósito dure."))

# --- 14 en-podcast-transcript (held out): a podcast episode on
# Squarespace (sqs-block html-block), an audio block with its player
# controls, "Listen on" links, show notes with a "In this episode" list,
# the transcript with timestamps and speaker labels, a newsletter block.
B = [
    ("p", "Why do some small towns keep their bookshops while others lose them? Host Priya Nair talks to bookseller Tom Ellery, who has run an independent shop in Hexham for 22 years."),
    ("h3", "In this episode"),
    ("ul", ["How a shop survives a chain store opening next door", "Why events matter more than stock", "What readers can do besides buying books"]),
    ("h3", "Transcript"),
    ("x", "[00:00:12] Priya: Tom, you opened the shop in 2004. What did the high street look like then?", "<p>[00:00:12] <strong>Priya:</strong> Tom, you opened the shop in 2004. What did the high street look like then?</p>"),
    ("x", "[00:00:20] Tom: Busier, honestly. There were two banks, a butcher and a record shop. Now there is one bank and it opens three days a week.", "<p>[00:00:20] <strong>Tom:</strong> Busier, honestly. There were two banks, a butcher and a record shop. Now there is one bank and it opens three days a week.</p>"),
    ("x", "[00:01:05] Priya: And yet you are still here.", "<p>[00:01:05] <strong>Priya:</strong> And yet you are still here.</p>"),
    ("x", "[00:01:09] Tom: We are, because we stopped trying to be a warehouse. We hold about four thousand titles, and every one of them is on the shelf because someone here chose it. People come for that, and they come for the readings on Thursday nights.", "<p>[00:01:09] <strong>Tom:</strong> We are, because we stopped trying to be a warehouse. We hold about four thousand titles, and every one of them is on the shelf because someone here chose it. People come for that, and they come for the readings on Thursday nights.</p>"),
    ("x", "[00:02:31] Priya: Tom Ellery, thank you.", "<p>[00:02:31] <strong>Priya:</strong> Tom Ellery, thank you.</p>"),
]
H = """<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Episode 31: The last bookshop on the high street — Small Town Talk</title>
<meta property="og:type" content="article"></head>
<body id="item-6571" class="collection-type-blog view-item">
<header class="header"><div class="header-title"><a href="/">Small Town Talk</a></div><nav class="header-nav"><a href="/episodes">Episodes</a><a href="/about">About</a><a href="/support">Support the show</a></nav></header>
<main id="page" role="main"><article class="blog-item hentry">
<div class="blog-item-top-wrapper"><h1 class="entry-title">Episode 31: The last bookshop on the high street</h1><div class="blog-meta-item blog-meta-item--date">December 2, 2026</div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12">
<div class="sqs-block audio-block sqs-block-audio"><div class="sqs-block-content"><div class="sqs-audio-player"><button class="play-button">Play</button><span class="time">0:00 / 38:41</span><a class="download" href="https://static.squarespace.test/ep31.mp3">Download</a></div></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><p class="listen-on">Listen on <a href="https://podcasts.apple.test/stt">Apple Podcasts</a> · <a href="https://open.spotify.test/stt">Spotify</a> · <a href="https://pca.test/stt">Pocket Casts</a></p></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">
{BODY}
</div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content"><h2>Get new episodes by email</h2><form><input type="email" placeholder="Email Address"><button>Sign Up</button></form><p>We respect your privacy.</p></div></div>
</div></div></div>
<div class="blog-item-pagination"><a href="/episodes/ep30" class="item-pagination-link--prev">Episode 30: Saving the village pub</a><a href="/episodes/ep32" class="item-pagination-link--next">Episode 32: Buses on demand</a></div>
</article></main>
<footer class="footer"><p>© 2026 Small Town Talk · Made with Squarespace</p></footer>
</body></html>
"""
page(H_, "en-podcast-transcript", "https://www.smalltowntalk.test/episodes/ep31-last-bookshop", B, H.replace("{BODY}", render(B)),
     ["0:00 / 38:41", "Listen on", "Get new episodes by email", "We respect your privacy.", "Episode 30: Saving the village pub", "Support the show"],
     must=("How a shop survives a chain store opening next door", "[00:01:05] Priya: And yet you are still here.", "[00:02:31] Priya: Tom Ellery, thank you."))

# --- 15 fr-conseil-municipal (held out): a town's minutes summary on
# Drupal 10 (paragraphs of type "texte", "titre"), the agenda items as
# <h3>, "Adopté à l'unanimité" lines, a "Documents à télécharger" list,
# the next session's date in a sidebar.
B = [
    ("p", "Le conseil municipal s'est réuni le lundi 30 novembre 2026 à 20 h, salle du conseil, sous la présidence de Mme Anne Vidal, maire."),
    ("p", "Présents : 24 conseillers. Pouvoirs : 3. Absents : 2."),
    ("h3", "1. Budget primitif 2027"),
    ("p", "Le budget s'équilibre à 14,2 millions d'euros en fonctionnement et 5,8 millions en investissement. Les taux d'imposition restent inchangés pour la quatrième année consécutive."),
    ("p", "Adopté par 22 voix pour et 5 contre."),
    ("h3", "2. Tarifs de la cantine scolaire"),
    ("p", "Le prix du repas passe de 3,40 à 3,55 euros. Le tarif social à 1 euro est maintenu pour les familles dont le quotient familial est inférieur à 700."),
    ("p", "Adopté à l'unanimité."),
    ("h3", "3. Convention avec le syndicat des eaux"),
    ("p", "La commune transfère au syndicat la gestion de l'assainissement collectif à compter du 1er janvier 2027."),
    ("p", "Adopté à l'unanimité."),
    ("p", "La séance est levée à 22 h 15."),
]
para = lambda t: '<div class="paragraph paragraph--type--texte"><div class="clearfix text-formatted field field--name-field-texte">%s</div></div>' % t
body = "\n".join(para(render([b])) for b in B)
H = """<!DOCTYPE html>
<html lang="fr" dir="ltr"><head><meta charset="utf-8"><title>Compte rendu du conseil municipal du 30 novembre 2026 | Ville de Saint-Aubin-sur-Loire</title></head>
<body class="path-node page-node-type-compte-rendu">
<a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>
<div id="tarteaucitronAlertBig"><span>Ce site utilise des cookies.</span><button>Accepter</button><button>Refuser</button></div>
<header class="header"><a href="/" class="logo">Saint-Aubin-sur-Loire</a><nav><ul class="menu"><li><a href="/mairie">Mairie</a></li><li><a href="/conseil-municipal">Conseil municipal</a></li><li><a href="/demarches">Démarches</a></li><li><a href="/agenda">Agenda</a></li></ul></nav></header>
<main id="main-content"><div class="layout-container"><div class="region-breadcrumb"><nav class="breadcrumb"><ol><li><a href="/">Accueil</a></li><li><a href="/conseil-municipal">Conseil municipal</a></li><li>Comptes rendus</li></ol></nav></div>
<div class="layout-content"><article class="node node--type-compte-rendu">
<h1 class="page-title">Compte rendu du conseil municipal du 30 novembre 2026</h1>
<div class="field field--name-field-paragraphs">
{BODY}
</div>
<div class="field field--name-field-documents"><h2>Documents à télécharger</h2><ul><li><a href="/sites/default/files/cr-cm-2026-11-30.pdf">Procès-verbal complet (PDF, 340 Ko)</a></li><li><a href="/sites/default/files/budget-2027.pdf">Budget primitif 2027 (PDF, 1,2 Mo)</a></li></ul></div>
</article></div>
<aside class="layout-sidebar"><div class="block block-prochain-conseil"><h2>Prochain conseil</h2><p>Lundi 25 janvier 2027 à 20 h, salle du conseil. Séance publique.</p></div></aside>
</div></main>
<footer class="footer"><p>Mairie de Saint-Aubin-sur-Loire · 1 place de la Mairie · <a href="/mentions-legales">Mentions légales</a></p></footer>
</body></html>
"""
page(H_, "fr-conseil-municipal", "https://www.saint-aubin-sur-loire.test/conseil-municipal/compte-rendu-30-novembre-2026", B, H.replace("{BODY}", body),
     ["Documents à télécharger", "Procès-verbal complet (PDF", "Prochain conseil", "Aller au contenu principal"],
     must=("Présents : 24 conseillers. Pouvoirs : 3. Absents : 2.", "Adopté par 22 voix pour et 5 contre.", "Adopté à l'unanimité.", "La séance est levée à 22 h 15."))

# --- 16 es-obituario (held out): an obituary on a Spanish regional
# paper (WordPress with the Newspaper theme, td-post-content), a one-line
# first paragraph and a one-line close, an "Esquelas" box and "Más
# noticias" teasers.
B = [
    ("p", "Ha muerto Carmen Ruiz Otero, la maestra de Villanueva."),
    ("p", "Carmen Ruiz Otero falleció el pasado martes en Ourense a los 91 años. Durante casi cuatro décadas dio clase en la escuela unitaria de Villanueva de Arriba, donde aprendieron a leer tres generaciones de vecinos del valle."),
    ("p", "Llegó al pueblo en 1956, con 21 años, destinada por un año. Se quedó hasta su jubilación en 1994. En los inviernos más duros, cuando la nieve cortaba la carretera, daba clase en su propia casa a los niños de las aldeas altas."),
    ("p", "En 2010 el ayuntamiento puso su nombre a la biblioteca municipal. «Yo solo hice mi trabajo», dijo entonces. Sus antiguos alumnos organizaron cada verano una comida en su honor hasta el año pasado."),
    ("p", "Descanse en paz."),
]
H = """<!DOCTYPE html>
<html lang="es"><head><meta charset="UTF-8"><title>Muere Carmen Ruiz, la maestra de Villanueva, a los 91 años - Diario del Sil</title>
<meta property="og:type" content="article"></head>
<body class="post-template-default single single-post td-standard-pack">
<div class="td-header-wrap"><a class="td-main-logo" href="/">Diario del Sil</a><ul class="sf-menu"><li><a href="/ourense/">Ourense</a></li><li><a href="/comarcas/">Comarcas</a></li><li><a href="/deportes/">Deportes</a></li><li><a href="/esquelas/">Esquelas</a></li></ul></div>
<div class="td-main-content-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span8 td-main-content">
<article class="post type-post status-publish">
<div class="td-post-header"><ul class="td-category"><li><a class="td-post-category" href="/comarcas/">Comarcas</a></li></ul><header class="td-post-title"><h1 class="entry-title">Muere Carmen Ruiz, la maestra de Villanueva, a los 91 años</h1><div class="td-module-meta-info"><div class="td-post-author-name">Por <a href="/autor/redaccion/">Redacción</a></div><span class="td-post-date"><time class="entry-date" datetime="2026-12-04T10:20:00+01:00">4 diciembre, 2026</time></span></div></header></div>
<div class="td-post-featured-image"><figure><img src="/wp-content/uploads/2026/12/carmen-ruiz.jpg" alt=""><figcaption class="wp-caption-text">Carmen Ruiz, en la biblioteca que lleva su nombre, en 2010. / D. S.</figcaption></figure></div>
<div class="td-post-content tagdiv-type">
{BODY}
</div>
</article>
<div class="esquelas-box"><h4>Esquelas de hoy</h4><ul><li><a href="/esquelas/8812">Manuel Pérez Lago</a></li><li><a href="/esquelas/8813">Rosa Fernández Rey</a></li></ul><a href="/esquelas/publicar">Publicar una esquela</a></div>
<div class="td_block_related_posts"><h4 class="td-related-title">Más noticias</h4><h3><a href="/comarcas/biblioteca-villanueva-reforma/">La biblioteca de Villanueva cierra por reforma</a></h3></div>
</div></div></div></div>
<div class="td-footer-wrap"><p>© Diario del Sil · <a href="/aviso-legal/">Aviso legal</a></p></div>
</body></html>
"""
page(H_, "es-obituario", "https://www.diariodelsil.test/comarcas/muere-carmen-ruiz-maestra-villanueva/", B, H.replace("{BODY}", render(B)),
     ["Esquelas de hoy", "Publicar una esquela", "Más noticias", "en la biblioteca que lleva su nombre, en 2010"],
     must=("Ha muerto Carmen Ruiz Otero, la maestra de Villanueva.", "Descanse en paz."))

# --- 17 ru-khronika-amp (held out): a timeline story on an AMP page of a
# Russian regional outlet: the dates as <b> lines of their own (<p><b>12
# марта 2025 года</b></p>) before each entry, <amp-img>, an <amp-ad>
# between entries, "Читайте также" and a subscribe line.
TL = [("12 марта 2025 года", "Мэрия объявляет о закрытии старого речного вокзала на реконструкцию. Обещают открыть его через полтора года."),
      ("Август 2025 года", "Подрядчик уходит с объекта. Работы останавливаются, на стенах вокзала появляется граффити."),
      ("3 февраля 2026 года", "Город находит нового подрядчика. Стоимость реконструкции выросла с 280 до 410 миллионов рублей."),
      ("27 ноября 2026 года", "Вокзал открыт. В здании разместились зал ожидания, кафе и музей речного флота.")]
B = [("p", "Реконструкция речного вокзала заняла почти два года вместо обещанных полутора. Вспоминаем, как это было.")]
for d, t in TL:
    B += [("x", d, "<p><b>%s</b></p>" % E(d)), ("p", t)]
B += [("p", "Первые рейсы из отремонтированного вокзала отправятся весной, с началом навигации.")]
parts = [render(B[:1])]
for i in range(len(TL)):
    parts.append(B[1 + 2 * i][2] + "\n" + render([B[2 + 2 * i]]))
    if i == 1:
        parts.append('<amp-ad width="300" height="250" type="yandex" data-block-id="R-A-1234-5"><div fallback>Реклама</div></amp-ad>')
parts.append(render(B[-1:]))
H = """<!doctype html>
<html ⚡ lang="ru"><head><meta charset="utf-8"><title>Хроника реконструкции речного вокзала: как это было — Волжские вести</title>
<link rel="canonical" href="https://volzhskie-vesti.test/gorod/khronika-vokzal"><meta name="viewport" content="width=device-width"></head>
<body>
<amp-consent id="consent" layout="nodisplay"><div class="consent-ui">Мы используем файлы cookie. <button on="tap:consent.accept">Принять</button></div></amp-consent>
<header class="amp-header"><a href="/" class="logo">Волжские вести</a><button on="tap:sidebar.toggle" class="menu-btn">Меню</button></header>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul><li><a href="/gorod">Город</a></li><li><a href="/oblast">Область</a></li><li><a href="/sport">Спорт</a></li></ul></amp-sidebar>
<main><article class="amp-article">
<div class="amp-article__rubric">Город</div>
<h1 class="amp-article__title">Хроника реконструкции речного вокзала: как это было</h1>
<div class="amp-article__date">7 декабря 2026, 09:15</div>
<amp-img src="/img/vokzal.jpg" width="800" height="450" layout="responsive" alt=""></amp-img><div class="amp-article__caption">Речной вокзал после реконструкции. Фото: Иван Петров</div>
<div class="amp-article__body">
{BODY}
</div>
<div class="amp-article__also"><div class="amp-article__also-title">Читайте также</div><a href="/gorod/naberezhnaya-2027">Набережную начнут ремонтировать в 2027 году</a></div>
<div class="amp-article__subscribe">Подписывайтесь на наш канал в Telegram</div>
</article></main>
<footer class="amp-footer">© «Волжские вести», 2026. 16+</footer>
</body></html>
"""
page(H_, "ru-khronika-amp", "https://volzhskie-vesti.test/amp/gorod/khronika-vokzal", B, H.replace("{BODY}", "\n".join(parts)),
     ["Реклама", "Читайте также", "Набережную начнут ремонтировать в 2027 году", "Подписывайтесь на наш канал в Telegram", "Фото: Иван Петров"],
     must=("12 марта 2025 года", "Август 2025 года", "27 ноября 2026 года", "Первые рейсы из отремонтированного вокзала отправятся весной, с началом навигации."))

# --- 18 it-prodotto-scheda (held out): a company's product announcement
# on a Sitecore-like corporate site (component renderings in
# "component rich-text" wrappers with field-* divs), a spec table under
# "Scheda tecnica", price and availability, a "Richiedi un preventivo" CTA
# and a press-kit download.
B = [
    ("p", "Termoidraulica Venturi presenta Aria 9, la nuova pompa di calore aria-acqua per le case unifamiliari. È pensata per sostituire le caldaie a gas senza cambiare i radiatori esistenti, grazie a una temperatura di mandata fino a 75 gradi."),
    ("p", "Il refrigerante naturale R290 ha un impatto sul clima quasi nullo. L'unità esterna è tra le più silenziose della sua classe."),
    ("h", "Scheda tecnica"),
    ("table", [["Caratteristica", "Valore"], ["Potenza termica", "9 kW"], ["Temperatura di mandata", "fino a 75 °C"], ["Refrigerante", "R290 (propano)"], ["Rumorosità unità esterna", "35 dB(A) a 3 m"], ["Classe energetica", "A+++"]]),
    ("p", "Prezzo di listino: 11.900 euro IVA esclusa, installazione esclusa."),
    ("p", "Aria 9 sarà disponibile da febbraio 2027 presso gli installatori autorizzati."),
]
comp = lambda inner: '<div class="component rich-text col-12"><div class="component-content"><div class="field-text">%s</div></div></div>' % inner
H = """<!DOCTYPE html>
<html lang="it-IT"><head><meta charset="utf-8"><title>Aria 9: la nuova pompa di calore | Termoidraulica Venturi</title></head>
<body class="default-device bodyclass">
<div id="wrapper"><header><div id="header" class="container"><div class="row"><div class="component image file-type-icon-media-link col-12 col-md-3"><div class="component-content"><a href="/it"><img src="/-/media/venturi/logo.svg" alt="Termoidraulica Venturi"></a></div></div>
<nav class="component navigation col-12 col-md-9"><div class="component-content"><ul><li><a href="/it/prodotti">Prodotti</a></li><li><a href="/it/installatori">Installatori</a></li><li class="active"><a href="/it/news">News</a></li><li><a href="/it/contatti">Contatti</a></li></ul></div></nav></div></div></header>
<main><div id="content" class="container"><div class="row">
<div class="component breadcrumb col-12"><div class="component-content"><ol><li><a href="/it">Home</a></li><li><a href="/it/news">News</a></li><li>Aria 9</li></ol></div></div>
<div class="component title col-12"><div class="component-content"><div class="field-date">01/12/2026</div><h1 class="field-title">Aria 9: la pompa di calore che sostituisce la caldaia</h1></div></div>
{BODY}
<div class="component link-list cta col-12"><div class="component-content"><a class="btn btn-primary" href="/it/preventivo">Richiedi un preventivo</a></div></div>
<div class="component file-list col-12"><div class="component-content"><h3>Press kit</h3><ul><li><a href="/-/media/venturi/press/aria9.zip">Cartella stampa Aria 9 (ZIP, 24 MB)</a></li></ul></div></div>
</div></div></main>
<footer><div class="component rich-text col-12"><div class="component-content"><p>© 2026 Termoidraulica Venturi S.p.A. · P. IVA 01234560987 · <a href="/it/privacy">Privacy</a></p></div></div></footer></div>
</body></html>
"""
page(H_, "it-prodotto-scheda", "https://www.venturi-termo.test/it/news/aria-9", B,
     H.replace("{BODY}", "\n".join([comp(render(B[:2])), comp(render(B[2:4])), comp(render(B[4:]))])),
     ["Richiedi un preventivo", "Press kit", "Cartella stampa Aria 9", "P. IVA 01234560987"],
     must=("Scheda tecnica", "Refrigerante", "35 dB(A) a 3 m", "Aria 9 sarà disponibile da febbraio 2027 presso gli installatori autorizzati."))

# --- 19 pl-raport-roczny (held out): a foundation's annual report page on
# a Wix-like site builder (hashed class names, rich-text boxes of
# <p class="font_8"> with <span>s, key figures as separate rich-text
# boxes of a number and a label, absolute-positioned sections).
INTRO = [("h", "Rok 2025 w skrócie"),
         ("p", "W 2025 roku Fundacja Zielone Podwórka pomogła mieszkańcom 38 wspólnot w Łodzi i okolicach zamienić betonowe podwórka w ogrody. To o dziewięć więcej niż rok wcześniej."),
         ("p", "Najwięcej projektów powstało na Bałutach i Widzewie, gdzie podwórka kamienic są najmniejsze i najbardziej zaniedbane.")]
FIGS = [("38", "podwórek"), ("1 240", "posadzonych roślin"), ("612", "wolontariuszy")]
REST = [("h", "Skąd mamy pieniądze"),
        ("ul", ["darowizny od osób prywatnych: 46%", "granty fundacji i programów miejskich: 38%", "1,5% podatku: 16%"]),
        ("p", "Dziękujemy wszystkim, którzy wsparli nas w tym roku. Pełne sprawozdanie finansowe publikujemy w bazie sprawozdań Narodowego Instytutu Wolności."),
        ("p", "Do zobaczenia na podwórkach!")]
B = INTRO + [("div", "%s %s" % f) for f in FIGS] + REST
rt = lambda bl: '<div id="comp-l%x" class="HcOXKn SxM0TO QxJLC3 comp-l%x wixui-rich-text" data-testid="richTextElement">%s</div>' % (zlib.crc32(str(bl).encode()) % 65536, zlib.crc32(str(bl).encode()) % 4096,
     "".join('<h2 class="font_2 wixui-rich-text__text"><span>%s</span></h2>' % E(b[1]) if b[0] == "h" else
             "".join('<p class="font_8 wixui-rich-text__text"><span>• %s</span></p>' % E(i) for i in b[1]) if b[0] == "ul" else
             '<p class="font_8 wixui-rich-text__text"><span>%s</span></p>' % E(b[1]) for b in bl))
fig = lambda n, l: '<div class="comp-figure"><div class="wixui-rich-text" data-testid="richTextElement"><p class="font_0"><span style="font-size:64px">%s</span></p></div><div class="wixui-rich-text" data-testid="richTextElement"><p class="font_9"><span>%s</span></p></div></div>' % (E(n), E(l))
body = (rt(INTRO) + '\n<section class="wixui-section figures">' + "".join(fig(*f) for f in FIGS) + '</section>\n' + rt(REST))
H = """<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>Raport roczny 2025 | Fundacja Zielone Podwórka</title></head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF"><div id="SITE_HEADER" class="wixui-header"><div class="wixui-rich-text"><p class="font_6"><span><a href="/">Zielone Podwórka</a></span></p></div>
<nav id="comp-menu" class="wixui-dropdown-menu"><ul><li><a href="/o-nas">O nas</a></li><li><a href="/projekty">Projekty</a></li><li><a href="/raporty">Raporty</a></li><li><a href="/wesprzyj">Wesprzyj nas</a></li></ul></nav></div>
<main id="PAGES_CONTAINER"><div id="SITE_PAGES"><section class="wixui-section">
<div class="wixui-rich-text" data-testid="richTextElement"><h1 class="font_0"><span>Raport roczny 2025</span></h1></div>
{BODY}
<div class="wixui-button StylableButton2545352419__root" data-testid="linkElement"><a href="https://www.zielonepodworka.test/_files/raport-2025.pdf"><span>Pobierz pełny raport (PDF)</span></a></div>
</section>
<section class="wixui-section donate"><div class="wixui-rich-text"><h3 class="font_4"><span>Wesprzyj nasze podwórka</span></h3><p class="font_8"><span>Przekaż 1,5% podatku: KRS 0000123456</span></p></div></section>
</div></main>
<footer id="SITE_FOOTER" class="wixui-footer"><div class="wixui-rich-text"><p class="font_9"><span>© 2026 Fundacja Zielone Podwórka · Stworzone z Wix.com</span></p></div></footer></div></div>
</body></html>
"""
page(H_, "pl-raport-roczny", "https://www.zielonepodworka.test/raport-2025", B, H.replace("{BODY}", body),
     ["Pobierz pełny raport (PDF)", "Wesprzyj nasze podwórka", "KRS 0000123456", "Stworzone z Wix.com"],
     must=("38 podwórek", "612 wolontariuszy", "1,5% podatku: 16%", "Do zobaczenia na podwórkach!"))

# --- 20 nl-hugo-fotoessay (held out): a photo essay on a personal Hugo
# blog (PaperMod-like theme: post-header, post-content, figure shortcodes
# with long captions), essay paragraphs between photos, tags, "Volgende /
# Vorige" navigation, a footer "Powered by Hugo".
B = [
    ("p", "Elke ochtend om half zeven vaart de pont van Schoonhoven naar Gelkenes. Ik heb er dit najaar vijf weken lang mee overgestoken, met een camera en zonder plan."),
    ("p", "De pont is geen toeristische attractie. Het is een verbinding: scholieren op de fiets, een bakker met een bestelbus, een dierenarts die aan de overkant een koe moet zien."),
    ("p", "Schipper Kees de Bruin vaart al negentien jaar op de Lek. Hij kent de meeste passagiers bij naam, en hun honden ook."),
    ("p", "In november werd het donkerder en stiller. Op sommige ochtenden was ik de enige voetganger aan boord."),
    ("p", "Ik ben niet klaar met de pont. In het voorjaar ga ik terug."),
]
FIG = '<figure class="essay-photo"><img loading="lazy" src="/fotos/pont/%d.jpg" alt=""><figcaption><p>%s</p></figcaption></figure>'
CAPS = ["De eerste overtocht van de dag, nog in het donker. Op het water hangt mist, de lichten van Schoonhoven liggen achter ons.",
        "Kees de Bruin in zijn stuurhut. Hij houdt een schrift bij waarin hij elke dag de waterstand noteert, al sinds 2007.",
        "Een scholier wacht met zijn fiets op de klep. Om tien voor acht is de pont het drukst."]
body = "\n".join([render(B[:2]), FIG % (1, E(CAPS[0])), render(B[2:3]), FIG % (2, E(CAPS[1])), render(B[3:4]), FIG % (3, E(CAPS[2])), render(B[4:])])
H = """<!DOCTYPE html>
<html lang="nl" dir="auto"><head><meta charset="utf-8"><title>De pont om half zeven | Lotte Verhoeven</title>
<meta name="generator" content="Hugo 0.139.0"><meta property="og:type" content="article"></head>
<body class="" id="top">
<header class="header"><nav class="nav"><div class="logo"><a href="https://lotteverhoeven.test/" accesskey="h" title="Lotte Verhoeven (Alt + H)">Lotte Verhoeven</a></div>
<ul id="menu"><li><a href="https://lotteverhoeven.test/fotos/" title="Foto's"><span>Foto's</span></a></li><li><a href="https://lotteverhoeven.test/archief/" title="Archief"><span>Archief</span></a></li><li><a href="https://lotteverhoeven.test/over/" title="Over"><span>Over</span></a></li></ul></nav></header>
<main class="main">
<article class="post-single">
<header class="post-header"><div class="breadcrumbs"><a href="https://lotteverhoeven.test/">Home</a>&nbsp;»&nbsp;<a href="https://lotteverhoeven.test/fotos/">Foto's</a></div>
<h1 class="post-title entry-hint-parent">De pont om half zeven</h1>
<div class="post-meta"><span title="2026-12-02 00:00:00 +0000 UTC">2 december 2026</span>&nbsp;·&nbsp;3 min&nbsp;·&nbsp;Lotte Verhoeven</div></header>
<div class="post-content">
{BODY}
</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="https://lotteverhoeven.test/tags/fotografie/">Fotografie</a></li><li><a href="https://lotteverhoeven.test/tags/lek/">Lek</a></li></ul>
<nav class="paginav"><a class="prev" href="https://lotteverhoeven.test/fotos/markt-gouda/"><span class="title">« Vorige</span><br><span>Zaterdagmarkt in Gouda</span></a><a class="next" href="https://lotteverhoeven.test/fotos/ijsselmeer/"><span class="title">Volgende »</span><br><span>Winter aan het IJsselmeer</span></a></nav></footer>
</article></main>
<footer class="footer"><span>&copy; 2026 <a href="https://lotteverhoeven.test/">Lotte Verhoeven</a></span> · <span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
</body></html>
"""
page(H_, "nl-hugo-fotoessay", "https://lotteverhoeven.test/fotos/pont-half-zeven/", B, H.replace("{BODY}", body),
     ["Zaterdagmarkt in Gouda", "Winter aan het IJsselmeer", "Powered by", "De eerste overtocht van de dag", "Een scholier wacht met zijn fiets op de klep"],
     must=("Ik ben niet klaar met de pont. In het voorjaar ga ik terug.", "In november werd het donkerder en stiller. Op sommige ochtenden was ik de enige voetganger aan boord."))
