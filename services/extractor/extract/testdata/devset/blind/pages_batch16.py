# The sixteenth batch, written after extractor 1.23.0 with the fifteenth
# batch's rules (main after review10) and before any extractor was run on
# these pages: fresh layouts of the kinds a peer's public suite holds
# (blogs, magazines, company and association pages, news), half German,
# the rest French, Spanish, Russian, English, one Italian and one Dutch
# page; one real layout per page, none of an earlier batch: a parish
# newsletter page, a municipal press release with a "Kontakt" box, a
# trade union's page, a university news page, a sports club's match
# report, a local paper's story with an inline "Info" box and a photo
# gallery, a personal blog with comments and a tag cloud, a party's
# position page with a numbered list, a SaaS company blog with a CTA box,
# a think tank's report page with a summary box and a PDF link, a French
# regional story with inline "À lire aussi" lines, a French science
# magazine long-read with footnotes, a Spanish opinion column with an
# author bio, a Russian agency wire with a "Подписывайтесь" box, an
# Italian travel blog with a route table and a Dutch association's news.
#
# THE WHOLE BATCH IS HELD OUT: it is the test of extract45's "second
# opinion" for recall and of any later rule; no rule may come from it,
# and nobody reads its per-page texts while tuning.
#
# Judgment calls, written before any run and following ../tune/truth.py
# and batches 1-15: a newsletter's or parish letter's greeting and
# sign-off are text (batch 15), a table of service times inside it is
# text (a data table, batch 3); a press release's body, quotes and lists
# are text, its number line ("Pressemitteilung Nr. ..."), "Kontakt" box,
# print/read-aloud tools and list of other releases are not (batch 12); a
# university news page's teaser under the headline is text (the
# standfirst, ../tune/truth.py), its "Originalpublikation" section is
# text (the release's own section, like a press release's "about"
# paragraph), its researcher contact box is not; a match report's scorer
# line and line-up are text, a "Nächstes Spiel" widget and sponsor row
# are not; a box inside the story's run that tells the story's own facts
# ("Info", "Auf einen Blick", a summary or key-takeaways box) is text with
# its heading (batches 12 and 14), a photo gallery's captions and counter
# are not; a blog post's text is the post, its comments, tag cloud and
# share row are not; a position page's numbered list is text, its
# "Mitglied werden"/"Spenden" boxes and download links are not; a
# company blog's call-to-action box, author bio and newsletter form are
# not text; a report page's "Download the full report (PDF)" link and
# author list are not; inline "À lire aussi"/"Lesen Sie auch" link lines
# are not (batch 15); footnotes of a long-read are text, the note calls'
# numbers and back links are not (batch 14); an opinion column's author
# bio and disclaimer are not text; a wire's dateline opening the first
# paragraph is text (batch 13), a "Подписывайтесь" box is not; a travel
# blog's route table is text, an affiliate notice and booking box are
# not. No headline, byline, date, caption, share row, related list,
# newsletter box, cookie banner or comment.
from kit import E, page, render


def part(n):
    return "heldout"


COOKIE_DE = ('<div id="cookiebanner" class="cookie-box" role="dialog" aria-modal="true"><div class="cookie-box__text">Diese Website verwendet Cookies. '
             'Einige sind technisch notwendig, andere helfen uns, das Angebot zu verbessern. <a href="/datenschutz/">Datenschutz</a></div>'
             '<div class="cookie-box__buttons"><button>Alle zulassen</button><button>Nur notwendige Cookies</button></div></div>')

# --- 1 de-pfarrbrief-advent: a Catholic parish's site (a church-portal
# theme on Joomla 4 / Cassiopeia): the Advent parish letter as a page: the
# pastor's greeting, a service-times table, a short list, the sign-off;
# sidebar with "Gottesdienste diese Woche" and a PDF link.
B = [
    ("p", "Liebe Schwestern und Brüder in unserer Pfarreiengemeinschaft,"),
    ("p", "wieder beginnt ein neues Kirchenjahr, und wieder stehen wir vor der Frage, wie wir diese Wochen gestalten wollen. Der Advent ist eine Zeit des Wartens, aber kein leeres Warten: Wir bereiten uns auf jemanden vor, der schon unterwegs ist."),
    ("p", "In diesem Jahr haben wir in allen drei Kirchorten etwas Neues versucht. Die Roratemessen am frühen Morgen finden nur bei Kerzenlicht statt, und im Anschluss laden Ehrenamtliche zu einem einfachen Frühstück ins Pfarrheim ein. Wer einmal um sechs Uhr in der dunklen Kirche gesessen hat, weiß, warum diese Form so viele Menschen anspricht."),
    ("h3", "Gottesdienste im Advent"),
    ("table", [["Tag", "Uhrzeit", "Ort", "Gottesdienst"],
               ["Dienstag", "6:00 Uhr", "St. Martin", "Roratemesse mit Frühstück"],
               ["Donnerstag", "6:00 Uhr", "St. Georg", "Roratemesse mit Frühstück"],
               ["Samstag", "18:00 Uhr", "Maria Hilf", "Vorabendmesse"],
               ["Sonntag", "10:00 Uhr", "St. Martin", "Familiengottesdienst"]]),
    ("p", "Darüber hinaus gibt es in diesem Advent:"),
    ("ul", ["einen Bußgottesdienst am 16. Dezember um 19 Uhr in St. Georg,", "die Aktion „Sternsinger“ mit dem Vorbereitungstreffen am 20. Dezember,", "den lebendigen Adventskalender: jeden Abend um 18 Uhr öffnet sich ein anderes Fenster in unseren Dörfern."]),
    ("p", "Ich danke allen, die in diesen Wochen mithelfen, ob beim Schmücken der Kirchen, beim Frühstück oder in den Chören. Ohne Sie wäre vieles nicht möglich."),
    ("p", "Eine gesegnete Adventszeit wünscht Ihnen"),
    ("p", "Ihr Pfarrer Matthias Lindner"),
]
H = """<!DOCTYPE html>
<html lang="de-de" dir="ltr"><head><meta charset="utf-8"><title>Pfarrbrief Advent 2026 – Pfarreiengemeinschaft Am Hahnenkamm</title></head>
<body class="site com_content view-article layout-blog itemid-112">
{COOKIE}
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img src="/images/logo-pg.png" alt="Pfarreiengemeinschaft Am Hahnenkamm"></a><div class="site-description">St. Martin · St. Georg · Maria Hilf</div></div></div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-lg"><ul class="mod-menu mod-list nav">
<li class="nav-item"><a href="/">Startseite</a></li><li class="nav-item"><a href="/gottesdienste">Gottesdienste</a></li><li class="nav-item active"><a href="/pfarrbrief">Pfarrbrief</a></li><li class="nav-item"><a href="/sakramente">Taufe, Trauung, Beerdigung</a></li><li class="nav-item"><a href="/kontakt">Pfarrbüro</a></li></ul></nav></div></header>
<div class="site-grid">
<div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb"><li><a href="/">Startseite</a></li><li><a href="/pfarrbrief">Pfarrbrief</a></li><li class="active">Advent 2026</li></ol></nav>
<main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h1 itemprop="headline">Pfarrbrief zum Advent 2026</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt><dd class="category-name">Kategorie: <a href="/pfarrbrief">Pfarrbrief</a></dd><dd class="published"><time datetime="2026-11-27">27. November 2026</time></dd><dd class="hits">Zugriffe: 214</dd></dl>
<div itemprop="articleBody" class="com-content-article__body">
<figure class="left item-image"><img src="/images/advent-kranz.jpg" alt=""><figcaption class="caption">Der Adventskranz in St. Martin, gebunden vom Frauenbund</figcaption></figure>
{BODY}
</div>
<ul class="pager pagenav"><li class="previous"><a href="/pfarrbrief/erntedank-2026">Zurück: Pfarrbrief Erntedank</a></li></ul>
</div>
</main>
</div>
<div class="grid-child container-sidebar-right">
<div class="sidebar-right card"><h3 class="card-header">Gottesdienste diese Woche</h3><div class="card-body"><ul><li>Di 6:00 St. Martin</li><li>Sa 18:00 Maria Hilf</li><li>So 10:00 St. Martin</li></ul><p><a href="/gottesdienste">Alle Termine</a></p></div></div>
<div class="sidebar-right card"><h3 class="card-header">Download</h3><div class="card-body"><p><a href="/images/pfarrbrief/advent-2026.pdf">Pfarrbrief Advent 2026 als PDF (2,4 MB)</a></p></div></div>
<div class="sidebar-right card"><h3 class="card-header">Pfarrbüro</h3><div class="card-body"><p>Kirchplatz 3, 91785 Pleinfeld<br>Di und Do 9–12 Uhr<br>Tel. 09144 1234</p></div></div>
</div>
</div>
<footer class="container-footer footer full-width"><div class="grid-child"><p>© 2026 Pfarreiengemeinschaft Am Hahnenkamm · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></p></div></footer>
</body></html>
"""
page(part(1), "de-pfarrbrief-advent", "https://www.pg-am-hahnenkamm.test/pfarrbrief/advent-2026", B,
     H.replace("{COOKIE}", COOKIE_DE).replace("{BODY}", render(B, table=lambda rows: '<table class="table table-striped">\n<thead><tr>%s</tr></thead>\n<tbody>\n%s\n</tbody>\n</table>' % (
         "".join("<th>%s</th>" % E(c) for c in rows[0]), "\n".join("<tr>%s</tr>" % "".join("<td>%s</td>" % E(c) for c in r) for r in rows[1:])))),
     ["Zugriffe: 214", "Der Adventskranz in St. Martin", "Zurück: Pfarrbrief Erntedank", "Gottesdienste diese Woche", "Alle Termine", "Pfarrbrief Advent 2026 als PDF", "Di und Do 9–12 Uhr", "Impressum", "Nur notwendige Cookies"],
     must=("Liebe Schwestern und Brüder in unserer Pfarreiengemeinschaft,", "Roratemesse mit Frühstück", "Ihr Pfarrer Matthias Lindner"))

# --- 2 de-pm-stadt-kontakt: a town's press release on a municipal CMS
# (a "Bürgerservice" portal, tables for layout in the header only): the
# number line, the body with a quote and a list, a "Kontakt" box of the
# press office, print and read-aloud tools, "Weitere Pressemitteilungen".
B = [
    ("p", "Die Stadt Wendlingen erweitert ihr Angebot an öffentlichen Ladesäulen für Elektroautos deutlich. Bis Ende 2027 sollen an zwölf Standorten im Stadtgebiet 48 neue Ladepunkte entstehen, davon acht Schnellladepunkte."),
    ("p", "Der Gemeinderat hat dem Konzept in seiner Sitzung am Dienstag mit großer Mehrheit zugestimmt. Gebaut und betrieben werden die Säulen von den Stadtwerken, die Stadt stellt die Flächen zur Verfügung."),
    ("quote", "Wer in der Innenstadt wohnt und keine eigene Garage hat, braucht eine Lademöglichkeit in der Nähe. Genau da setzen wir an.", "Oberbürgermeisterin Karin Eißler"),
    ("p", "Die ersten Standorte sind bereits festgelegt:"),
    ("ul", ["Parkplatz am Bahnhof (sechs Ladepunkte, davon zwei Schnelllader)", "Marktplatz, Tiefgarage (acht Ladepunkte)", "Sportzentrum Im Wert (vier Ladepunkte)", "Wohngebiet Unterboihingen, Kirchstraße (vier Ladepunkte)"]),
    ("p", "Über die weiteren Standorte entscheidet der Technische Ausschuss im Frühjahr. Bürgerinnen und Bürger können bis zum 31. Januar Vorschläge über das Beteiligungsportal der Stadt einreichen."),
]
H = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Stadt Wendlingen - Pressemitteilungen - 48 neue Ladepunkte bis 2027</title></head>
<body id="bsPage" class="bs-design-2">
{COOKIE}
<div id="bsHeader"><table class="bsHeaderTable" role="presentation"><tr><td><a href="/"><img src="/layout/wappen.png" alt="Stadt Wendlingen am Neckar"></a></td><td class="bsService"><a href="/leichte-sprache">Leichte Sprache</a> | <a href="/gebaerdensprache">Gebärdensprache</a> | <a href="/suche">Suche</a></td></tr></table></div>
<div id="bsNavigation"><ul><li><a href="/rathaus">Rathaus &amp; Service</a></li><li><a href="/leben">Leben in Wendlingen</a></li><li><a href="/wirtschaft">Wirtschaft</a></li><li class="active"><a href="/aktuelles">Aktuelles</a></li></ul></div>
<div id="bsContent">
<div class="bsBreadcrumb">Sie sind hier: <a href="/">Startseite</a> &gt; <a href="/aktuelles">Aktuelles</a> &gt; <a href="/aktuelles/pressemitteilungen">Pressemitteilungen</a></div>
<div class="bsToolbar"><a href="javascript:window.print()" class="bsPrint">Seite drucken</a> <a href="#" class="rs_skip rsbtn">Vorlesen</a></div>
<div class="mod_news_detail">
<div class="news_meta"><span class="news_date">03.12.2026</span> <span class="news_number">Pressemitteilung Nr. 412/2026</span></div>
<h1 class="news_title">48 neue Ladepunkte bis 2027: Gemeinderat beschließt Ladekonzept</h1>
<div class="news_text">
{BODY}
</div>
<div class="news_contact box"><h2>Kontakt</h2><p><strong>Pressestelle der Stadt Wendlingen</strong><br>Sabrina Kohler<br>Am Marktplatz 2, 73240 Wendlingen<br>Telefon: 07024 943-215<br>E-Mail: <a href="mailto:presse@wendlingen.test">presse@wendlingen.test</a></p></div>
<p class="news_back"><a href="/aktuelles/pressemitteilungen">« zurück zur Übersicht</a></p>
</div>
<div class="news_list_more"><h2>Weitere Pressemitteilungen</h2><ul><li><a href="/pm/411">Weihnachtsmarkt öffnet am Freitag</a></li><li><a href="/pm/410">Sperrung der Neckarbrücke verlängert</a></li><li><a href="/pm/409">Neue Öffnungszeiten im Bürgerbüro</a></li></ul></div>
</div>
<div id="bsFooter"><a href="/impressum">Impressum</a> | <a href="/datenschutz">Datenschutz</a> | <a href="/barrierefreiheit">Erklärung zur Barrierefreiheit</a></div>
</body></html>
"""
page(part(2), "de-pm-stadt-kontakt", "https://www.wendlingen.test/aktuelles/pressemitteilungen/ladekonzept", B,
     H.replace("{COOKIE}", COOKIE_DE).replace("{BODY}", render(B, quote=lambda t, c: '<blockquote class="zitat"><p>„%s“</p><p class="quelle">%s</p></blockquote>' % (E(t), E(c)))),
     ["Pressemitteilung Nr. 412/2026", "Seite drucken", "Vorlesen", "Pressestelle der Stadt Wendlingen", "Telefon: 07024 943-215", "zurück zur Übersicht", "Weitere Pressemitteilungen", "Weihnachtsmarkt öffnet am Freitag", "Leichte Sprache"],
     must=("Parkplatz am Bahnhof (sechs Ladepunkte, davon zwei Schnelllader)", "Über die weiteren Standorte entscheidet der Technische Ausschuss im Frühjahr. Bürgerinnen und Bürger können bis zum 31. Januar Vorschläge über das Beteiligungsportal der Stadt einreichen."))

# --- 3 de-gewerkschaft-warnstreik: a trade union's national site (a
# Drupal 10 theme with "field--name-body"): a bold teaser, the demands
# as a list, a "Mitglied werden" box between paragraphs, share row,
# "Das könnte dich auch interessieren" cards.
B = [
    ("sf", "Beschäftigte im Einzel- und Versandhandel legen am Samstag in zwölf Städten die Arbeit nieder. Die Arbeitgeber haben auch in der dritten Verhandlungsrunde kein Angebot vorgelegt."),
    ("p", "Zum Warnstreik aufgerufen sind die Beschäftigten großer Filialketten und zweier Versandzentren. Die Streiks beginnen mit der Frühschicht und enden mit Ladenschluss; in den Versandzentren wird bis Sonntagmorgen gestreikt."),
    ("p", "Die Tarifkommission hatte ihre Forderungen bereits im September beschlossen:"),
    ("ul", ["eine Erhöhung der Löhne und Gehälter um 2,50 Euro pro Stunde,", "eine Anhebung der Ausbildungsvergütungen um 250 Euro im Monat,", "eine Laufzeit von zwölf Monaten,", "die Allgemeinverbindlichkeit des Tarifvertrags."]),
    ("p", "„Die Beschäftigten haben in den letzten Jahren enorme Preissteigerungen geschultert. Wer jetzt kein Angebot vorlegt, nimmt Streiks im Weihnachtsgeschäft in Kauf“, sagte Verhandlungsführerin Anja Reuter."),
    ("h", "Wie geht es weiter?"),
    ("p", "Die vierte Verhandlungsrunde ist für den 15. Dezember angesetzt. Bis dahin sind in weiteren Bezirken Aktionen geplant. Wer Fragen zum Streikgeld hat, wendet sich an seinen Bezirk."),
]
H = """<!DOCTYPE html>
<html lang="de" dir="ltr"><head><meta charset="utf-8"><title>Warnstreiks im Handel am Samstag | Gewerkschaft Handel &amp; Dienste</title></head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Direkt zum Inhalt</a>
{COOKIE}
<div class="dialog-off-canvas-main-canvas">
<header class="site-header"><div class="region region-header"><a href="/" class="site-logo">ghd</a>
<nav class="menu--main"><ul class="menu"><li><a href="/branchen">Branchen</a></li><li><a href="/tarif">Tarif</a></li><li><a href="/service">Service</a></li><li><a href="/bezirke">Bezirke</a></li></ul></nav>
<a href="/mitglied-werden" class="button button--primary">Mitglied werden</a></div></header>
<main id="main-content" role="main"><div class="region region-content">
<article class="node node--type-article node--view-mode-full">
<div class="node__header"><div class="field field--name-field-dachzeile">Tarifrunde Handel</div><h1 class="page-title"><span class="field field--name-title">Warnstreiks im Handel am Samstag</span></h1>
<div class="node__meta">05.12.2026</div>
<div class="field field--name-field-teaser"><p><strong>{SF}</strong></p></div></div>
<div class="share-bar"><span>Teilen:</span> <a href="https://www.facebook.com/sharer">Facebook</a> <a href="https://bsky.app/intent">Bluesky</a> <a href="mailto:?subject=Warnstreik">E-Mail</a></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
{B1}
<div class="paragraph paragraph--type--cta-box"><div class="cta-box"><h3>Gemeinsam sind wir stärker</h3><p>Nur Mitglieder haben Anspruch auf Streikgeld und Rechtsschutz.</p><a class="button" href="/mitglied-werden">Jetzt Mitglied werden</a></div></div>
{B2}
</div>
<div class="field field--name-field-tags"><span class="field__label">Schlagworte</span> <a href="/tags/einzelhandel">Einzelhandel</a> <a href="/tags/warnstreik">Warnstreik</a></div>
</article>
<section class="related-teasers"><h2>Das könnte dich auch interessieren</h2>
<div class="teaser-card"><a href="/tarif/versandhandel-ergebnis"><h3>Versandhandel: Ergebnis in Hessen</h3><p>Nach fünf Runden steht ein Abschluss.</p></a></div>
<div class="teaser-card"><a href="/service/streikgeld"><h3>Streikgeld: So funktioniert es</h3><p>Alles, was Mitglieder wissen müssen.</p></a></div></section>
</div></main>
<footer class="site-footer"><nav><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a> <a href="/presse">Presse</a></nav><p>© Gewerkschaft Handel &amp; Dienste</p></footer>
</div>
</body></html>
"""
page(part(3), "de-gewerkschaft-warnstreik", "https://www.ghd.test/tarif/handel/warnstreiks-samstag", B,
     H.replace("{COOKIE}", COOKIE_DE).replace("{SF}", E(B[0][1])).replace("{B1}", render(B[1:5])).replace("{B2}", render(B[5:])),
     ["Tarifrunde Handel", "Gemeinsam sind wir stärker", "Jetzt Mitglied werden", "Anspruch auf Streikgeld und Rechtsschutz", "Schlagworte", "Das könnte dich auch interessieren", "Versandhandel: Ergebnis in Hessen", "Direkt zum Inhalt"],
     must=("eine Anhebung der Ausbildungsvergütungen um 250 Euro im Monat,", "Die vierte Verhandlungsrunde ist für den 15. Dezember angesetzt. Bis dahin sind in weiteren Bezirken Aktionen geplant. Wer Fragen zum Streikgeld hat, wendet sich an seinen Bezirk."))

# --- 4 de-uni-forschung: a university's news page on TYPO3 with the
# news extension (teaser in "news-text-wrap lead", body in "news-text-wrap"
# as TYPO3 content elements), "Originalpublikation" section, a researcher
# contact box, "Zurück", a "Das könnte Sie auch interessieren" list.
B = [
    ("sf", "Ein Forschungsteam der Universität hat herausgefunden, dass Stadtbäume an heißen Tagen vor allem nachts kühlen. Entscheidend ist, wie dicht die Kronen stehen."),
    ("p", "Für die Studie haben die Forscherinnen und Forscher zwei Sommer lang an 64 Messpunkten in der Innenstadt Temperatur und Luftfeuchte gemessen, jeweils unter Bäumen und auf offenen Flächen daneben. Zusätzlich werteten sie Wärmebilder aus, die bei Befliegungen entstanden sind."),
    ("p", "Tagsüber war es unter den Bäumen im Mittel 2,8 Grad kühler als auf den offenen Plätzen. Nachts aber, wenn sich versiegelte Flächen nur langsam abkühlen, lag der Unterschied in dicht bepflanzten Straßen bei bis zu 4,1 Grad."),
    ("h", "Kronen statt einzelner Bäume"),
    ("p", "„Ein einzelner Baum auf einem großen Platz bringt nachts fast nichts“, sagt Prof. Dr. Miriam Haack vom Institut für Geographie, die das Projekt leitet. „Erst wenn die Kronen ein geschlossenes Dach bilden, bleibt die kühle Luft in der Straße.“"),
    ("p", "Die Ergebnisse sollen in die Planung der Stadt einfließen, die bis 2030 rund 3.000 neue Bäume pflanzen will. Das Team empfiehlt, sie in Reihen entlang enger Wohnstraßen zu setzen statt verteilt auf Plätze."),
    ("h", "Originalpublikation"),
    ("p", "Haack, M., Lenz, J., Ortmann, F. (2026): Night-time cooling by street trees depends on canopy closure. Urban Climate 58, 102214."),
]
H = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Stadtbäume kühlen vor allem nachts - Universität Oberrhein</title></head>
<body id="p2214" class="layout-news">
<header id="header"><div class="container"><a class="logo" href="/"><img src="/_assets/logo-uni.svg" alt="Universität Oberrhein"></a>
<nav class="metanav"><a href="/en/">English</a> <a href="/intranet/">Intranet</a> <a href="/suche/">Suche</a></nav>
<nav class="mainnav"><ul><li><a href="/studium/">Studium</a></li><li><a href="/forschung/">Forschung</a></li><li><a href="/universitaet/">Universität</a></li><li class="act"><a href="/aktuelles/">Aktuelles</a></li></ul></nav></div></header>
<div id="content" class="container">
<div id="c8812" class="frame frame-default frame-type-news_newsdetail"><div class="news news-single"><div class="article" itemscope itemtype="http://schema.org/Article">
<div class="header"><h1 itemprop="headline">Stadtbäume kühlen vor allem nachts</h1></div>
<div class="news-list-date"><time datetime="2026-12-02">02.12.2026</time> <span class="news-list-category">Forschung</span></div>
<div class="news-img-wrap"><div class="outer"><div class="mediaelement mediaelement-image"><img src="/fileadmin/news/baeume.jpg" alt=""></div><p class="news-img-caption">Dichte Kronen in der Goethestraße. Foto: Universität Oberrhein / T. Rösch</p></div></div>
<div class="lead" itemprop="description"><p>{SF}</p></div>
<div class="news-text-wrap" itemprop="articleBody">
{BODY}
</div>
<div class="news-contact"><div class="ce-bodytext"><p><strong>Kontakt</strong><br>Prof. Dr. Miriam Haack<br>Institut für Geographie<br>Tel.: 0761 203-9412<br><a href="mailto:haack@geo.uni.test">haack@geo.uni.test</a></p></div></div>
<div class="news-backlink-wrap"><a href="/aktuelles/">Zurück</a></div>
<div class="news-related news-related-news"><h4>Das könnte Sie auch interessieren</h4><ul><li><a href="/aktuelles/hitzeaktionsplan">Hitzeaktionsplan: Uni berät die Stadt</a></li><li><a href="/aktuelles/gruendach">Gründächer auf dem Campus</a></li></ul></div>
</div></div></div>
</div>
<footer id="footer"><div class="container"><p>Universität Oberrhein · Fahnenbergplatz · <a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a> · <a href="/barrierefreiheit/">Barrierefreiheit</a></p></div></footer>
</body></html>
"""
TEXTPIC = lambda t: '<div class="ce-textpic ce-center ce-above"><div class="ce-bodytext"><p>%s</p></div></div>' % E(t)
page(part(4), "de-uni-forschung", "https://www.uni-oberrhein.test/aktuelles/stadtbaeume-kuehlen-nachts", B,
     H.replace("{SF}", E(B[0][1])).replace("{BODY}", render(B, p=TEXTPIC, h=lambda t: '<div class="ce-header"><h2>%s</h2></div>' % E(t))),
     ["Dichte Kronen in der Goethestraße", "Tel.: 0761 203-9412", "Zurück", "Das könnte Sie auch interessieren", "Hitzeaktionsplan: Uni berät die Stadt", "Intranet", "Barrierefreiheit"],
     must=("Originalpublikation", "Haack, M., Lenz, J., Ortmann, F. (2026): Night-time cooling by street trees depends on canopy closure. Urban Climate 58, 102214.",
           "Ein Forschungsteam der Universität hat herausgefunden, dass Stadtbäume an heißen Tagen vor allem nachts kühlen. Entscheidend ist, wie dicht die Kronen stehen."))

# --- 5 de-verein-handball: a sports club's site on a club-website builder
# (a "Vereinsheim"-like hosted service with "vh-" classes and <div>s for
# paragraphs): a handball match report, scorer line and line-up as text,
# "Nächstes Spiel" widget, sponsor row, Facebook box.
B = [
    ("p", "Mit einem 31:27-Heimsieg gegen die HSG Rednitzgrund hat sich unsere erste Herrenmannschaft auf Platz drei der Bezirksoberliga vorgeschoben. Vor gut 300 Zuschauern in der Sporthalle am Schulzentrum brauchte das Team von Trainer Sven Mahler allerdings eine Halbzeit, um ins Spiel zu finden."),
    ("p", "Die Gäste führten nach 20 Minuten mit 11:7, weil unser Angriff zu oft im Mittelblock hängen blieb. Erst eine Auszeit und die Umstellung auf eine offensive 3:2:1-Deckung brachten die Wende; zur Pause stand es 14:14."),
    ("p", "Nach dem Wechsel war es vor allem Torhüter Jonas Pfister, der mit zwölf Paraden den Unterschied machte. Über 22:18 und 27:22 ließ die Mannschaft nichts mehr anbrennen."),
    ("p", "„Die erste Halbzeit war nicht gut, aber die Jungs haben Moral gezeigt“, sagte Mahler nach dem Spiel."),
    ("div", "TSV: Pfister, Kraus (Tor); Lang 8/3, Weiß 6, Öztürk 5, Brenner 4, Hofmann 3, Seitz 3, Dorn 2, Maier, Grieß"),
    ("div", "Am kommenden Samstag geht es zum Tabellenführer nach Schwabach. Ein Fanbus fährt um 17 Uhr am Vereinsheim ab, Anmeldung bei Abteilungsleiter Frank Weiß."),
]
H = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Herren 1 gewinnen Spitzenspiel gegen Rednitzgrund | TSV Georgensgmünd Handball</title></head>
<body class="vh-page vh-theme-sport">
<div class="vh-topbar"><a href="/login">Mitglieder-Login</a> <a href="/kontakt">Kontakt</a></div>
<div class="vh-header"><div class="vh-logo"><img src="/media/tsv-wappen.png" alt="TSV 1903 Georgensgmünd"><span>TSV 1903 Georgensgmünd · Abteilung Handball</span></div>
<div class="vh-nav"><a href="/">Home</a><a href="/mannschaften">Mannschaften</a><a href="/spielplan">Spielplan</a><a href="/berichte" class="vh-active">Spielberichte</a><a href="/verein">Verein</a></div></div>
<div class="vh-main">
<div class="vh-col-8">
<div class="vh-news-detail">
<div class="vh-news-category">Herren 1 · Bezirksoberliga</div>
<div class="vh-news-headline">Herren 1 gewinnen Spitzenspiel gegen Rednitzgrund</div>
<div class="vh-news-date">So., 06.12.2026 · von Frank Weiß</div>
<div class="vh-news-image"><img src="/media/spiel-rednitz.jpg" alt=""><div class="vh-news-image-text">Jubel nach dem Schlusspfiff (Foto: M. Brenner)</div></div>
<div class="vh-news-text">
{BODY}
</div>
<div class="vh-news-share"><a href="https://www.facebook.com/sharer">Auf Facebook teilen</a> <a href="whatsapp://send">WhatsApp</a></div>
<div class="vh-news-back"><a href="/berichte">Alle Spielberichte</a></div>
</div>
</div>
<div class="vh-col-4">
<div class="vh-widget vh-widget-nextgame"><div class="vh-widget-title">Nächstes Spiel</div><div class="vh-widget-body">Sa., 12.12., 19:30 Uhr<br>TV Schwabach – TSV Georgensgmünd</div></div>
<div class="vh-widget vh-widget-table"><div class="vh-widget-title">Tabelle</div><div class="vh-widget-body"><div>1. TV Schwabach 22:4</div><div>2. TSV Roth 20:6</div><div>3. TSV Georgensgmünd 19:7</div></div></div>
</div>
</div>
<div class="vh-sponsors"><div class="vh-sponsors-title">Unsere Sponsoren</div><a href="https://www.raiba.test"><img src="/media/raiba.png" alt="Raiffeisenbank Roth-Schwabach"></a><a href="https://www.autohaus.test"><img src="/media/ah.png" alt="Autohaus Kern"></a></div>
<div class="vh-footer">© TSV 1903 Georgensgmünd e.V. · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · Erstellt mit Vereinsheim</div>
</body></html>
"""
page(part(5), "de-verein-handball", "https://handball.tsv-georgensgmuend.test/berichte/herren1-rednitzgrund", B,
     H.replace("{BODY}", render(B, p=lambda t: '<div class="vh-p">%s</div>' % E(t), div=lambda t: '<div class="vh-p">%s</div>' % E(t))),
     ["Herren 1 · Bezirksoberliga", "Jubel nach dem Schlusspfiff", "Auf Facebook teilen", "Alle Spielberichte", "Nächstes Spiel", "TV Schwabach – TSV Georgensgmünd", "Unsere Sponsoren", "Mitglieder-Login", "Erstellt mit Vereinsheim"],
     must=("TSV: Pfister, Kraus (Tor); Lang 8/3, Weiß 6, Öztürk 5, Brenner 4, Hofmann 3, Seitz 3, Dorn 2, Maier, Grieß",
           "„Die erste Halbzeit war nicht gut, aber die Jungs haben Moral gezeigt“, sagte Mahler nach dem Spiel.",
           "Am kommenden Samstag geht es zum Tabellenführer nach Schwabach. Ein Fanbus fährt um 17 Uhr am Vereinsheim ab, Anmeldung bei Abteilungsleiter Frank Weiß."))

# --- 6 de-lokal-info-galerie: a local paper's story on a newspaper CMS
# ("article-body" of <p class="article-paragraph">), an inline "Info" box
# (an <aside> with a heading and a list) between paragraphs, a photo
# gallery (slides with captions and a counter) in the middle, "Mehr zum
# Thema" and reader comments after it.
B = [
    ("p", "Lange war unklar, ob es den Lichterumzug in Altenmarkt in diesem Jahr überhaupt geben würde. Nach dem Rückzug des bisherigen Veranstalters sprang im Sommer der Förderverein der Grundschule ein, und am Sonntagabend zogen rund 1.500 Menschen mit Laternen und Fackeln durch den Ort."),
    ("p", "Angeführt von der Blaskapelle ging es vom Rathausplatz über die Brückenstraße bis zum Festplatz an der Alz. Dort warteten Glühwein, Kinderpunsch und ein Feuer, das die Freiwillige Feuerwehr bewacht hatte."),
    ("h3", "Info"),
    ("ul", ["Der Erlös aus dem Verkauf von Getränken und Laternen geht an den Förderverein.", "Nächstes Jahr soll der Umzug am zweiten Adventssonntag stattfinden.", "Helferinnen und Helfer können sich beim Förderverein melden."]),
    ("p", "„Wir hatten mit vielleicht 500 Leuten gerechnet“, sagte die Vorsitzende des Fördervereins, Daniela Huber. Bis zum Schluss seien Eltern und Großeltern eingesprungen, um Laternen zu basteln und Bänke aufzubauen."),
    ("p", "Für die Kinder der Grundschule war der Abend auch ein Auftritt: Die dritten Klassen sangen am Festplatz drei Lieder, die sie seit den Herbstferien geprobt hatten."),
    ("p", "Ob der Förderverein den Umzug auf Dauer stemmen kann, ist offen. Die Gemeinde hat zugesagt, sich an den Kosten für Absperrungen und Ordner zu beteiligen."),
]
H = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Altenmarkt: 1500 Menschen beim Lichterumzug | Chiemgau-Bote</title></head>
<body class="template-article">
{COOKIE}
<header class="site-head"><div class="site-head__top"><a href="/" class="brand">Chiemgau-Bote</a><a href="/epaper" class="site-head__epaper">E-Paper</a><a href="/abo" class="site-head__abo">Abo</a></div>
<nav class="site-nav"><a href="/lokales/traunstein">Traunstein</a><a href="/lokales/trostberg">Trostberg</a><a href="/lokales/chiemsee">Chiemsee</a><a href="/bayern">Bayern</a><a href="/sport">Sport</a></nav></header>
<main class="main">
<article class="article" data-id="92144871">
<div class="article-header"><div class="article-kicker">Altenmarkt</div><h1 class="article-title">1500 Menschen beim Lichterumzug: Förderverein rettet Tradition</h1>
<div class="article-author">Von Martina Gruber</div><div class="article-date">07.12.2026, 06:00 Uhr</div></div>
<div class="article-share"><a href="#" data-share="whatsapp">WhatsApp</a><a href="#" data-share="facebook">Facebook</a><a href="#" data-share="mail">Mail</a></div>
<div class="article-body">
{B1}
<aside class="article-infobox"><div class="article-infobox__title">{INFO}</div><ul class="article-infobox__list">{LI}</ul></aside>
{B2}
<div class="article-gallery" data-gallery="4431"><div class="article-gallery__head">Bildergalerie: Lichterumzug in Altenmarkt</div>
<div class="article-gallery__slide"><img src="/bilder/umzug1.jpg" alt=""><p class="article-gallery__caption">Die Blaskapelle führte den Zug an.</p></div>
<div class="article-gallery__slide"><img src="/bilder/umzug2.jpg" alt=""><p class="article-gallery__caption">Viele Kinder hatten ihre Laternen selbst gebastelt.</p></div>
<div class="article-gallery__slide"><img src="/bilder/umzug3.jpg" alt=""><p class="article-gallery__caption">Am Festplatz an der Alz brannte ein Feuer.</p></div>
<div class="article-gallery__nav"><button>‹</button> <span>1 / 14</span> <button>›</button></div></div>
{B3}
</div>
<div class="article-topics"><span>Mehr zum Thema:</span> <a href="/thema/altenmarkt">Altenmarkt</a> <a href="/thema/advent">Advent</a></div>
</article>
<section class="article-comments"><h2>Kommentare (3)</h2>
<div class="comment"><div class="comment__user">alzler62</div><p class="comment__text">Schön, dass es weitergeht! Danke an alle Helfer.</p></div>
<div class="comment"><div class="comment__user">Sepp K.</div><p class="comment__text">Parkplätze waren leider wieder Mangelware.</p></div>
<a href="/login?comment" class="comment-login">Zum Kommentieren anmelden</a></section>
<section class="teaser-list"><h2>Weitere Artikel aus Trostberg</h2><a href="/lokales/trostberg/christkindlmarkt">Christkindlmarkt mit neuer Bühne</a> <a href="/lokales/trostberg/bruecke">Brücke ab Montag gesperrt</a></section>
</main>
<footer class="site-foot"><a href="/impressum">Impressum</a> <a href="/agb">AGB</a> <a href="/datenschutz">Datenschutz</a></footer>
</body></html>
"""
AP = lambda t: '<p class="article-paragraph">%s</p>' % E(t)
page(part(6), "de-lokal-info-galerie", "https://www.chiemgau-bote.test/lokales/trostberg/altenmarkt-lichterumzug-92144871.html", B,
     H.replace("{COOKIE}", COOKIE_DE).replace("{B1}", render(B[0:2], p=AP)).replace("{INFO}", E(B[2][1])).replace("{LI}", "".join("<li>%s</li>" % E(i) for i in B[3][1]))
     .replace("{B2}", render(B[4:5], p=AP)).replace("{B3}", render(B[5:], p=AP)),
     ["Bildergalerie: Lichterumzug in Altenmarkt", "Die Blaskapelle führte den Zug an.", "1 / 14", "Mehr zum Thema:", "Danke an alle Helfer", "Zum Kommentieren anmelden", "Weitere Artikel aus Trostberg", "E-Paper"],
     must=("Nächstes Jahr soll der Umzug am zweiten Adventssonntag stattfinden.", "Ob der Förderverein den Umzug auf Dauer stemmen kann, ist offen. Die Gemeinde hat zugesagt, sich an den Kosten für Absperrungen und Ordner zu beteiligen."))

# --- 7 de-blog-garten-kommentare: a personal gardening blog on an old
# WordPress theme (Twenty Twelve-like): the post with a subhead and a
# list, tags, a sidebar with a tag cloud, "Neueste Beiträge" and an
# archive drop-down, then five comments with replies and a form.
B = [
    ("p", "Im Oktober habe ich zum ersten Mal Knoblauch gesteckt, und wie ihr auf den Fotos seht, schauen die ersten Spitzen schon aus der Erde. Ich war skeptisch, ob das so früh gut geht, aber meine Nachbarin schwört darauf."),
    ("p", "Gesteckt habe ich zwei Sorten: einen Winterknoblauch aus dem Gartencenter und Zehen von einer Knolle vom Markt, die mir die Verkäuferin als „robust“ empfohlen hat. Mal sehen, welche sich besser schlägt."),
    ("h3", "Was ich gemacht habe"),
    ("ul", ["Beet im September mit Kompost vorbereitet", "Zehen etwa fünf Zentimeter tief gesteckt, Spitze nach oben", "Abstand 15 Zentimeter, Reihen 25 Zentimeter", "mit Laub abgedeckt"]),
    ("p", "Jetzt heißt es warten. Geerntet wird, wenn im Juli das Laub gelb wird. Ich berichte!"),
]
H = """<!DOCTYPE html>
<html lang="de-DE"><head><meta charset="UTF-8"><title>Knoblauch im Herbst stecken – mein erster Versuch | Gartenglück am Stadtrand</title></head>
<body class="post-template-default single single-post custom-background single-author">
<div id="page" class="hfeed site">
<header id="masthead" class="site-header" role="banner"><hgroup><h1 class="site-title"><a href="/">Gartenglück am Stadtrand</a></h1><h2 class="site-description">Gemüse, Blumen und viel Geduld</h2></hgroup>
<nav id="site-navigation" class="main-navigation" role="navigation"><div class="menu-hauptmenue-container"><ul id="menu-hauptmenue" class="nav-menu"><li><a href="/">Start</a></li><li><a href="/gemuese/">Gemüse</a></li><li><a href="/blumen/">Blumen</a></li><li><a href="/ueber-mich/">Über mich</a></li></ul></div></nav></header>
<div id="main" class="wrapper">
<div id="primary" class="site-content"><div id="content" role="main">
<article id="post-733" class="post-733 post type-post status-publish format-standard hentry category-gemuese tag-knoblauch tag-herbst">
<header class="entry-header"><h1 class="entry-title">Knoblauch im Herbst stecken – mein erster Versuch</h1>
<div class="comments-link"><a href="#comments">5 Antworten</a></div></header>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-meta">Dieser Beitrag wurde am <a href="/2026/11/29/"><time class="entry-date">29. November 2026</time></a> in <a href="/gemuese/">Gemüse</a> veröffentlicht. Schlagworte: <a href="/tag/knoblauch/">Knoblauch</a>, <a href="/tag/herbst/">Herbst</a>. Setze ein Lesezeichen auf den <a href="/knoblauch-herbst/">Permalink</a>.</footer>
</article>
<nav class="nav-single"><span class="nav-previous"><a href="/gruenduengung/">← Gründüngung im Hochbeet</a></span></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">5 Gedanken zu „Knoblauch im Herbst stecken – mein erster Versuch“</h2>
<ol class="commentlist">
<li class="comment"><article class="comment"><header class="comment-meta"><cite>Hildegard</cite> <time>30. November 2026 um 8:14</time></header><section class="comment-content"><p>Ich stecke seit Jahren im Oktober und hatte nie Probleme. Wichtig ist, dass der Boden nicht zu nass ist, sonst faulen die Zehen.</p></section><div class="reply"><a class="comment-reply-link" href="#">Antworten</a></div>
<ol class="children"><li class="comment"><article class="comment"><header class="comment-meta"><cite>Gartenglück</cite> <span>Beitragsautor</span></header><section class="comment-content"><p>Danke, Hildegard! Das Beet ist zum Glück gut drainiert.</p></section></article></li></ol></article></li>
<li class="comment"><article class="comment"><header class="comment-meta"><cite>Jens aus Kassel</cite></header><section class="comment-content"><p>Markt-Knoblauch ist oft behandelt und treibt schlecht aus. Bin gespannt, ob er bei dir kommt!</p></section></article></li>
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Schreibe einen Kommentar</h3><form><p class="comment-notes">Deine E-Mail-Adresse wird nicht veröffentlicht.</p><textarea name="comment"></textarea><input type="submit" value="Kommentar abschicken"></form></div>
</div>
</div></div>
<div id="secondary" class="widget-area" role="complementary">
<aside id="search-2" class="widget widget_search"><form role="search"><input type="text" name="s"><input type="submit" value="Suche"></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h3 class="widget-title">Neueste Beiträge</h3><ul><li><a href="/knoblauch-herbst/">Knoblauch im Herbst stecken – mein erster Versuch</a></li><li><a href="/gruenduengung/">Gründüngung im Hochbeet</a></li><li><a href="/dahlien-einlagern/">Dahlien richtig einlagern</a></li></ul></aside>
<aside id="tag_cloud-2" class="widget widget_tag_cloud"><h3 class="widget-title">Schlagwörter</h3><div class="tagcloud"><a href="/tag/dahlien/" style="font-size: 12pt;">Dahlien</a> <a href="/tag/herbst/" style="font-size: 18pt;">Herbst</a> <a href="/tag/hochbeet/" style="font-size: 22pt;">Hochbeet</a> <a href="/tag/knoblauch/" style="font-size: 8pt;">Knoblauch</a> <a href="/tag/kompost/" style="font-size: 16pt;">Kompost</a> <a href="/tag/tomaten/" style="font-size: 20pt;">Tomaten</a> <a href="/tag/zwiebeln/" style="font-size: 10pt;">Zwiebeln</a></div></aside>
<aside id="archives-2" class="widget widget_archive"><h3 class="widget-title">Archiv</h3><select name="archive-dropdown"><option>Monat auswählen</option><option>November 2026</option><option>Oktober 2026</option></select></aside>
</div>
</div>
<footer id="colophon" role="contentinfo"><div class="site-info"><a href="https://wordpress.org/">Stolz präsentiert von WordPress</a></div></footer>
</div>
</body></html>
"""
page(part(7), "de-blog-garten-kommentare", "https://gartenglueck-stadtrand.test/knoblauch-herbst/", B,
     H.replace("{BODY}", render(B[:2]) + '\n<div class="wp-caption aligncenter"><img src="/wp-content/uploads/knoblauch.jpg" alt=""><p class="wp-caption-text">Die ersten Spitzen Mitte November</p></div>\n' + render(B[2:])),
     ["5 Antworten", "Die ersten Spitzen Mitte November", "Gründüngung im Hochbeet", "sonst faulen die Zehen", "Markt-Knoblauch ist oft behandelt", "Schreibe einen Kommentar", "Neueste Beiträge", "Dahlien richtig einlagern", "Hochbeet", "Tomaten", "Monat auswählen", "Stolz präsentiert von WordPress"],
     must=("Jetzt heißt es warten. Geerntet wird, wenn im Juli das Laub gelb wird. Ich berichte!", "mit Laub abgedeckt"))

# --- 8 de-partei-wohnen: a party's position page (a district association's
# site on a party's WordPress theme with Gutenberg groups): intro, a
# numbered list of demands, each an <li> with a bold head and text; a
# "Mitglied werden" and a "Spenden" box, downloads.
B = [
    ("p", "Wohnen ist in unserer Stadt für viele Menschen zur Existenzfrage geworden. Die Angebotsmieten sind seit 2016 um über 40 Prozent gestiegen, und wer heute eine Wohnung sucht, konkurriert mit Dutzenden anderen."),
    ("p", "Wir wollen, dass sich auch Pflegekräfte, Studierende und Rentnerinnen das Leben in der Stadt leisten können. Deshalb setzen wir uns im Stadtrat für Folgendes ein:"),
    ("x", "Eine städtische Wohnungsbaugesellschaft, die jedes Jahr mindestens 500 neue Wohnungen baut.\nEine Quote von 40 Prozent gefördertem Wohnraum in allen neuen Baugebieten.\nEin Leerstandskataster und konsequente Bußgelder gegen spekulativen Leerstand.\nVorkaufsrechte in Milieuschutzgebieten nutzen, statt sie verstreichen zu lassen.\nMehr Wohnheimplätze für Studierende und Auszubildende in Zusammenarbeit mit dem Studierendenwerk.",
     "<ol class=\"wp-block-list\">\n<li><strong>Eine städtische Wohnungsbaugesellschaft</strong>, die jedes Jahr mindestens 500 neue Wohnungen baut.</li>\n<li><strong>Eine Quote von 40 Prozent</strong> gefördertem Wohnraum in allen neuen Baugebieten.</li>\n<li><strong>Ein Leerstandskataster</strong> und konsequente Bußgelder gegen spekulativen Leerstand.</li>\n<li><strong>Vorkaufsrechte</strong> in Milieuschutzgebieten nutzen, statt sie verstreichen zu lassen.</li>\n<li><strong>Mehr Wohnheimplätze</strong> für Studierende und Auszubildende in Zusammenarbeit mit dem Studierendenwerk.</li>\n</ol>"),
    ("p", "Diese Forderungen hat unsere Mitgliederversammlung im Oktober beschlossen. Sie sind die Grundlage unserer Arbeit im Stadtrat bis zur Kommunalwahl."),
]
H = """<!DOCTYPE html>
<html lang="de-DE"><head><meta charset="UTF-8"><title>Bezahlbares Wohnen – Unsere Position | Kreisverband Neustadt</title></head>
<body class="page-template-default page page-id-88 wp-embed-responsive">
{COOKIE}
<div class="wp-site-blocks">
<header class="wp-block-template-part"><div class="wp-block-group header-bar"><p class="wp-block-site-title"><a href="/">Kreisverband Neustadt</a></p>
<nav class="wp-block-navigation"><ul class="wp-block-navigation__container"><li><a href="/aktuelles/">Aktuelles</a></li><li><a href="/positionen/">Positionen</a></li><li><a href="/stadtrat/">Im Stadtrat</a></li><li><a href="/termine/">Termine</a></li></ul></nav>
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/mitmachen/">Mitmachen</a></div></div></div></header>
<main class="wp-block-group">
<h1 class="wp-block-post-title">Bezahlbares Wohnen</h1>
<div class="entry-content wp-block-post-content">
<div class="wp-block-group is-style-section-1"><div class="wp-block-group__inner-container">
{B1}
</div></div>
<div class="wp-block-columns"><div class="wp-block-column">
<div class="wp-block-group has-background member-box"><h3 class="wp-block-heading">Werde Mitglied</h3><p>Politik fängt vor Ort an. Mach mit und gestalte Neustadt!</p><div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/mitglied-werden/">Jetzt Mitglied werden</a></div></div></div>
</div><div class="wp-block-column">
<div class="wp-block-group has-background donate-box"><h3 class="wp-block-heading">Unterstütze uns</h3><p>Wahlkampf kostet Geld. Jede Spende hilft.</p><div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/spenden/">Spenden</a></div></div></div>
</div></div>
<div class="wp-block-file"><a href="/wp-content/uploads/positionspapier-wohnen.pdf">Positionspapier Wohnen (PDF)</a> <a href="/wp-content/uploads/positionspapier-wohnen.pdf" class="wp-block-file__button" download>Herunterladen</a></div>
</div>
</main>
<footer class="wp-block-template-part"><div class="wp-block-group footer"><p>Kreisverband Neustadt · <a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a></p><div class="wp-block-social-links"><a href="https://instagram.test/kv">Instagram</a> <a href="https://mastodon.test/@kv">Mastodon</a></div></div></footer>
</div>
</body></html>
"""
page(part(8), "de-partei-wohnen", "https://kv-neustadt.partei.test/positionen/bezahlbares-wohnen/", B,
     H.replace("{COOKIE}", COOKIE_DE).replace("{B1}", render(B)),
     ["Werde Mitglied", "Politik fängt vor Ort an", "Jetzt Mitglied werden", "Unterstütze uns", "Jede Spende hilft", "Positionspapier Wohnen (PDF)", "Herunterladen", "Mitmachen"],
     must=("Eine Quote von 40 Prozent gefördertem Wohnraum in allen neuen Baugebieten.", "Diese Forderungen hat unsere Mitgliederversammlung im Oktober beschlossen. Sie sind die Grundlage unserer Arbeit im Stadtrat bis zur Kommunalwahl."))

# --- 9 en-saas-blog-cta: a SaaS company's blog on a HubSpot-like CMS
# ("hs_cos_wrapper" rich text): a "Key takeaways" box at the top (text),
# subheads, a list, a CTA box in the middle (not), an author bio and a
# newsletter form after it, "Related posts".
B = [
    ("h3", "Key takeaways"),
    ("ul", ["Most churn in the first 90 days comes from customers who never finish setup.", "A single onboarding checklist inside the product beat three e-mail sequences in our test.", "Measure time to first value, not logins."]),
    ("p", "Every subscription business knows the number that keeps its founders awake: how many customers leave in the first three months. For us at Flowdesk it was 14 percent at the start of the year, and most of them never got past the first week."),
    ("p", "We spent the spring finding out why. The answer was less exciting than we hoped: people signed up, connected their inbox, and then stopped, because nothing told them what to do next."),
    ("h", "What we changed"),
    ("p", "We replaced our welcome e-mails with one checklist inside the app. It has five steps, each of which takes less than two minutes:"),
    ("ol", ["Connect a shared inbox.", "Invite one teammate.", "Create a first rule that assigns incoming mail.", "Reply to a real customer from Flowdesk.", "Set up the weekly report."]),
    ("p", "Half of the new accounts got the checklist, the other half the old e-mails. After eight weeks, 61 percent of the checklist group had finished setup, against 34 percent of the e-mail group."),
    ("h", "Time to first value"),
    ("p", "The most useful thing we learned was to stop counting logins. A customer who logs in every day but has never answered a ticket from Flowdesk is not getting value. We now track the days from signup to the first reply sent, and our churn in the first 90 days has fallen to 9 percent."),
]
H = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>How one checklist cut our early churn by a third | Flowdesk Blog</title></head>
<body class="blog-post">
<div id="hs-eu-cookie-confirmation"><div id="hs-eu-cookie-confirmation-inner"><p>We use cookies to improve your experience and to analyze traffic. <a href="/privacy">Privacy policy</a></p><div id="hs-eu-policy-wording"></div><a id="hs-eu-confirmation-button" href="#">Accept</a> <a id="hs-eu-decline-button" href="#">Decline</a></div></div>
<div class="header-wrapper"><header class="header"><a href="/" class="header__logo">Flowdesk</a>
<nav class="header__menu"><a href="/product">Product</a><a href="/pricing">Pricing</a><a href="/customers">Customers</a><a href="/blog" class="active">Blog</a></nav>
<a href="/signup" class="button button--primary">Start free trial</a></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post">
<div class="blog-post__meta"><a href="/blog/tag/growth" class="blog-post__tag">Growth</a> <span class="blog-post__read-time">6 min read</span></div>
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text">How one checklist cut our early churn by a third</span></h1>
<div class="blog-post__author"><img src="/hubfs/avatars/priya.jpg" alt=""><span>Priya Raman</span> · <time>Dec 3, 2026</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text">
<div class="takeaways" style="background:#f4f6fb;padding:24px;border-radius:8px">{KT}</div>
{B1}
<div class="hs-cta-embed hs-cta-simple-placeholder"><div class="cta-box"><p class="cta-box__title">See your own time to first value</p><p>Flowdesk's onboarding analytics show where new customers get stuck. Try it free for 14 days, no credit card needed.</p><a class="cta_button" href="/signup?utm_source=blog">Start your free trial</a></div></div>
{B2}
</span></div>
<div class="blog-post__share"><span>Share this article</span> <a href="https://www.linkedin.com/shareArticle">LinkedIn</a> <a href="https://x.com/intent/post">X</a> <a href="#" class="copy-link">Copy link</a></div>
</article>
<div class="blog-author-bio"><img src="/hubfs/avatars/priya.jpg" alt=""><div><h4>Priya Raman</h4><p>Priya leads growth at Flowdesk. Before that she ran lifecycle marketing at two B2B startups in Berlin and London.</p></div></div>
<div class="blog-subscribe"><h3>Get the Flowdesk newsletter</h3><p>One e-mail a month with what we learn about support and growth.</p><form class="hs-form"><input type="email" placeholder="Work e-mail"><input type="submit" value="Subscribe"></form></div>
<div class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__post"><a href="/blog/pricing-page-test"><h3>We tested four pricing pages. Here is what won.</h3></a></div><div class="blog-related-posts__post"><a href="/blog/support-metrics"><h3>The five support metrics that matter</h3></a></div></div>
</div></div></main>
<footer class="footer"><p>© 2026 Flowdesk GmbH · <a href="/imprint">Imprint</a> · <a href="/privacy">Privacy</a> · <a href="/security">Security</a></p></footer>
</body></html>
"""
page(part(9), "en-saas-blog-cta", "https://www.flowdesk.test/blog/onboarding-checklist-churn", B,
     H.replace("{KT}", render(B[0:2], h3=lambda t: "<h3>%s</h3>" % E(t))).replace("{B1}", render(B[2:7])).replace("{B2}", render(B[7:])),
     ["6 min read", "See your own time to first value", "Start your free trial", "no credit card needed", "Share this article", "Priya leads growth at Flowdesk", "Get the Flowdesk newsletter", "Related posts", "We tested four pricing pages", "Start free trial"],
     must=("Key takeaways", "Measure time to first value, not logins.", "Set up the weekly report."))

# --- 10 en-thinktank-report: a think tank's report landing page (a
# Drupal-like "publication" node): a summary box, a "Key
# recommendations" numbered list, body, a download card with the PDF
# link and page count, an authors list, "Related research".
B = [
    ("h3", "Summary"),
    ("p", "Regional bus networks outside Britain's big cities have lost a quarter of their services since 2015. This report looks at twelve areas that reversed the decline and asks what others can learn from them."),
    ("p", "Bus use in England outside London fell by 28 percent between 2015 and 2025. Funding cuts, driver shortages and the pandemic all played a part, but the decline was not uniform: in twelve of the 79 local transport authorities, passenger numbers grew."),
    ("p", "Our analysis of those twelve areas finds three things in common. All of them set fares and timetables for the whole network rather than route by route; all guaranteed a minimum frequency on their main corridors; and all had a single body accountable for the network's performance."),
    ("h", "Key recommendations"),
    ("ol", ["Give every combined authority the power to franchise its buses, without a separate approval from the Department for Transport.", "Replace the patchwork of grants with one multi-year settlement per area.", "Set a national minimum standard of an hourly service to every town of more than 5,000 people.", "Publish network-level punctuality and reliability data every month."]),
    ("p", "None of these measures needs new primary legislation. Together they would cost around £600 million a year, less than a tenth of what the government spends on road maintenance."),
]
H = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Back on the bus: what twelve areas got right | Centre for Regional Policy</title></head>
<body class="node-type-publication">
<div class="cookie-compliance" id="sliding-popup"><div class="eu-cookie-compliance-message"><p>We use cookies on this site to enhance your user experience.</p></div><button class="agree-button">OK, I agree</button><button class="decline-button">No, thanks</button></div>
<header role="banner" class="site-header"><a href="/" class="logo">Centre for Regional Policy</a>
<nav class="main-menu"><a href="/research">Research</a><a href="/events">Events</a><a href="/people">People</a><a href="/about">About us</a><a href="/support" class="donate">Support our work</a></nav></header>
<main role="main">
<div class="publication-header"><div class="publication-type">Report</div><h1>Back on the bus: what twelve areas got right</h1><div class="publication-date">4 December 2026</div></div>
<div class="layout-publication">
<div class="publication-main">
<div class="summary-box"><div class="field-summary">{SUM}</div></div>
<div class="field field-body">
{BODY}
</div>
</div>
<aside class="publication-sidebar">
<div class="download-card"><h4>Download</h4><a href="/sites/default/files/2026-12/back-on-the-bus.pdf" class="file-pdf">Download the full report (PDF, 48 pages, 2.1 MB)</a><a href="/sites/default/files/2026-12/back-on-the-bus-data.xlsx">Data tables (XLSX)</a></div>
<div class="authors"><h4>Authors</h4><ul><li><a href="/people/eleanor-shaw">Eleanor Shaw</a>, Senior Researcher</li><li><a href="/people/tom-okafor">Tom Okafor</a>, Research Assistant</li></ul></div>
<div class="topics"><h4>Topics</h4><a href="/topics/transport">Transport</a> <a href="/topics/devolution">Devolution</a></div>
</aside>
</div>
<section class="related-research"><h2>Related research</h2><ul><li><a href="/research/rail-devolution">Who runs the railways? Devolution after 2024</a></li><li><a href="/research/rural-transport">Stranded: transport in rural England</a></li></ul></section>
<section class="newsletter-signup"><h2>Stay informed</h2><p>Sign up for our fortnightly briefing.</p><form><input type="email"><button>Sign up</button></form></section>
</main>
<footer class="site-footer"><p>Centre for Regional Policy is a registered charity, no. 1190432. <a href="/privacy">Privacy</a></p></footer>
</body></html>
"""
page(part(10), "en-thinktank-report", "https://www.regionalpolicy.test/research/back-on-the-bus", B,
     H.replace("{SUM}", render(B[0:2])).replace("{BODY}", render(B[2:])),
     ["Download the full report (PDF, 48 pages, 2.1 MB)", "Data tables (XLSX)", "Senior Researcher", "Related research", "Who runs the railways?", "Stay informed", "registered charity", "Support our work"],
     must=("Regional bus networks outside Britain's big cities have lost a quarter of their services since 2015. This report looks at twelve areas that reversed the decline and asks what others can learn from them.",
           "Publish network-level punctuality and reliability data every month.",
           "None of these measures needs new primary legislation. Together they would cost around £600 million a year, less than a tenth of what the government spends on road maintenance."))

# --- 11 fr-regional-alire: a French regional daily's story (a
# "article-body" of <p> with inline "À lire aussi" lines between
# paragraphs, a bold chapô, intertitres, a "Abonnez-vous" block and
# outbrain-like "Recommandé pour vous").
B = [
    ("sf", "Le conseil municipal de Quimperlé a voté lundi soir la fermeture de la piscine Kerbertrand pour deux ans de travaux. Les clubs devront s'entraîner à Lorient et à Concarneau."),
    ("p", "La décision était attendue, mais elle a tout de même suscité de longs débats. Construite en 1974, la piscine ne répond plus aux normes d'accessibilité et sa toiture laisse passer l'eau depuis plusieurs hivers."),
    ("p", "Le chantier, estimé à 9,2 millions d'euros, prévoit un bassin nordique de 25 mètres, un bassin d'apprentissage et une pataugeoire. La région et le département financeront près de la moitié des travaux."),
    ("h", "Des créneaux à Lorient et Concarneau"),
    ("p", "Pendant la fermeture, les 450 licenciés du club de natation et les écoles seront accueillis dans les piscines de Lorient Agglomération et de Concarneau. Des navettes en car seront mises en place le mercredi et le samedi."),
    ("p", "« Ce sera une période compliquée, mais on ne pouvait plus attendre », a reconnu le maire, Michaël Quernez. L'opposition a voté contre, regrettant l'absence d'un bassin extérieur dans le projet."),
    ("p", "La réouverture est prévue pour la rentrée 2029."),
]
H = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Quimperlé. La piscine Kerbertrand fermée deux ans pour travaux | Le Courrier de l'Ouest breton</title></head>
<body class="page-article">
<div id="didomi-host"><div class="didomi-popup-container"><p>Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires.</p><button id="didomi-notice-agree-button">Accepter &amp; Fermer</button><button>Continuer sans accepter →</button></div></div>
<header class="header"><a class="logo" href="/">Le Courrier de l'Ouest breton</a><nav class="nav-sections"><a href="/bretagne/">Bretagne</a><a href="/finistere/">Finistère</a><a href="/morbihan/">Morbihan</a><a href="/sport/">Sport</a></nav><a class="btn-abo" href="/abonnement/">Je m'abonne</a></header>
<main>
<article class="article" itemscope itemtype="https://schema.org/NewsArticle">
<nav class="breadcrumb"><a href="/">Accueil</a> › <a href="/finistere/">Finistère</a> › <a href="/finistere/quimperle/">Quimperlé</a></nav>
<h1 class="article-title" itemprop="headline">Quimperlé. La piscine Kerbertrand fermée deux ans pour travaux</h1>
<p class="article-chapo" itemprop="description"><strong>{SF}</strong></p>
<div class="article-meta"><span class="author">Ouest breton</span> Publié le <time>07/12/2026 à 07h12</time></div>
<div class="article-share"><a href="#">Partager</a> <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#" class="save">Enregistrer</a></div>
<figure><img src="/photos/piscine.jpg" alt=""><figcaption>La piscine Kerbertrand a été construite en 1974. | ARCHIVES OUEST BRETON</figcaption></figure>
<div class="article-body" itemprop="articleBody">
{P1}
<p class="lire-aussi"><strong>À lire aussi :</strong> <a href="/finistere/quimperle/piscine-la-toiture-fuit">Quimperlé : la toiture de la piscine fuit à nouveau</a></p>
{P2}
<div class="pub-inread" data-pub="inread"><span>Publicité</span></div>
{P3}
<p class="lire-aussi"><strong>À lire aussi :</strong> <a href="/morbihan/lorient/piscine-moustoir">Lorient : le centre aquatique du Moustoir sature</a></p>
{P4}
</div>
<div class="premium-cta"><p>Vous aimez nos articles ? Abonnez-vous pour soutenir l'information locale.</p><a href="/abonnement/">Découvrir nos offres</a></div>
</article>
<section class="reco"><h2>Recommandé pour vous</h2><a href="/a/1">Concarneau : un nouveau ponton pour la Ville close</a> <a href="/a/2">Pont-Aven : la galerie Gauguin rouvre</a></section>
</main>
<footer class="footer"><a href="/mentions-legales">Mentions légales</a> · <a href="/cgv">CGV</a> · <a href="/cookies">Gestion des cookies</a></footer>
</body></html>
"""
page(part(11), "fr-regional-alire", "https://www.courrier-ouest-breton.test/finistere/quimperle/piscine-kerbertrand-fermee-deux-ans", B,
     H.replace("{SF}", E(B[0][1])).replace("{P1}", render(B[1:2])).replace("{P2}", render(B[2:3])).replace("{P3}", render(B[3:5])).replace("{P4}", render(B[5:])),
     ["À lire aussi", "la toiture de la piscine fuit à nouveau", "Lorient : le centre aquatique du Moustoir sature", "Publicité", "Abonnez-vous pour soutenir", "Recommandé pour vous", "construite en 1974. | ARCHIVES", "Continuer sans accepter"],
     must=("La réouverture est prévue pour la rentrée 2029.", "Le conseil municipal de Quimperlé a voté lundi soir la fermeture de la piscine Kerbertrand pour deux ans de travaux. Les clubs devront s'entraîner à Lorient et à Concarneau."))

# --- 12 fr-science-notes: a French science magazine's long-read (a
# "longform" template: sections with <h2>, note calls as
# <sup><a class="appel">, a "Notes" section of <p class="note"> each
# opening with the number linked back), an "Auteur" box, "Sur le même
# sujet".
B = [
    ("p", "Dans les carottes de glace du Groenland, les chercheurs lisent le climat du passé comme dans un livre. Chaque couche correspond à une année de neige, et les bulles d'air piégées gardent la composition de l'atmosphère au moment où elles se sont refermées."),
    ("p", "Mais le livre a des pages collées. Sous la pression, les couches les plus profondes s'amincissent jusqu'à ne plus mesurer que quelques millimètres, et les glaciologues doivent alors compter les années à partir d'indices chimiques plutôt qu'à l'œil nu."),
    ("h", "Des volcans comme repères"),
    ("p", "Les grandes éruptions volcaniques laissent dans la glace une signature de sulfates qui se retrouve aux deux pôles. En les alignant, l'équipe de Grenoble a pu dater à cinquante ans près une couche vieille de 110 000 ans."),
    ("p", "Cette méthode a déjà permis de corriger la chronologie d'un réchauffement brutal survenu il y a 14 700 ans, dont la durée avait été surestimée de plusieurs siècles."),
    ("h", "Une course contre la fonte"),
    ("p", "Les glaciers des Alpes, qui conservent eux aussi des archives, fondent si vite que certains forages n'ont plus de sens. Le projet Ice Memory stocke depuis 2023 des carottes de secours dans une cave de glace en Antarctique."),
    ("h3", "Notes"),
    ("p", "Une carotte de 3 000 mètres couvre environ 120 000 ans au Groenland, et jusqu'à 800 000 ans en Antarctique, où il neige moins."),
    ("p", "Svensson A. et al., « Bipolar volcanic synchronization of abrupt climate change », Climate of the Past, 2020."),
]
H = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Climat : ce que cachent les couches de glace les plus profondes – Horizons Sciences</title></head>
<body class="longform">
<div class="cmp-container" id="sd-cmp"><p>Nous respectons votre vie privée. Nous utilisons des cookies pour mesurer l'audience.</p><button>J'accepte</button><button>Paramétrer</button></div>
<header class="hs-header"><a class="hs-logo" href="/">Horizons Sciences</a><nav><a href="/terre/">Terre</a><a href="/vivant/">Vivant</a><a href="/espace/">Espace</a><a href="/kiosque/">Kiosque</a></nav><a class="hs-sub" href="/abonnement/">S'abonner</a></header>
<main class="longform__main">
<div class="longform__hero"><span class="longform__rubrique">Climat</span><h1>Ce que cachent les couches de glace les plus profondes</h1><p class="longform__signature">Par Claire Moreau · 5 décembre 2026 · 12 min</p></div>
<div class="longform__body">
<section class="longform__section">
<p>Dans les carottes de glace du Groenland, les chercheurs lisent le climat du passé comme dans un livre.<sup><a class="appel" id="r1" href="#n1">1</a></sup> Chaque couche correspond à une année de neige, et les bulles d'air piégées gardent la composition de l'atmosphère au moment où elles se sont refermées.</p>
{S1}
</section>
<section class="longform__section">
{S2a}
<p>Les grandes éruptions volcaniques laissent dans la glace une signature de sulfates qui se retrouve aux deux pôles. En les alignant, l'équipe de Grenoble a pu dater à cinquante ans près une couche vieille de 110 000 ans.<sup><a class="appel" id="r2" href="#n2">2</a></sup></p>
{S2b}
</section>
<div class="longform__encart-abo"><p>Cet article est issu de notre numéro de décembre.</p><a href="/kiosque/">Acheter le numéro</a></div>
<section class="longform__section">
{S3}
</section>
<section class="longform__notes">
<h3>Notes</h3>
<p class="note" id="n1"><a href="#r1">1.</a> {N1}</p>
<p class="note" id="n2"><a href="#r2">2.</a> {N2}</p>
</section>
</div>
<div class="longform__auteur"><img src="/auteurs/moreau.jpg" alt=""><p><strong>Claire Moreau</strong> est journaliste scientifique, spécialiste du climat et des pôles.</p></div>
<div class="longform__tags"><a href="/tag/glaciologie/">glaciologie</a> <a href="/tag/paleoclimat/">paléoclimat</a></div>
</main>
<section class="same-topic"><h2>Sur le même sujet</h2><a href="/terre/permafrost">Le permafrost, bombe à retardement ?</a> <a href="/terre/antarctique-forage">Forage record en Antarctique</a></section>
<footer class="hs-footer"><p>© Horizons Sciences 2026 · <a href="/cgu/">CGU</a> · <a href="/contact/">Contact</a></p></footer>
</body></html>
"""
page(part(12), "fr-science-notes", "https://www.horizons-sciences.test/terre/couches-glace-profondes", B,
     H.replace("{S1}", render(B[1:2])).replace("{S2a}", render(B[2:3])).replace("{S2b}", render(B[4:5])).replace("{S3}", render(B[5:7])).replace("{N1}", E(B[8][1])).replace("{N2}", E(B[9][1])),
     ["Par Claire Moreau", "Cet article est issu de notre numéro de décembre.", "Acheter le numéro", "est journaliste scientifique", "Sur le même sujet", "Le permafrost, bombe à retardement ?", "Paramétrer"],
     must=("Svensson A. et al., « Bipolar volcanic synchronization of abrupt climate change », Climate of the Past, 2020.", "Cette méthode a déjà permis de corriger la chronologie d'un réchauffement brutal survenu il y a 14 700 ans, dont la durée avait été surestimée de plusieurs siècles."))

# --- 13 es-columna-opinion: a Spanish national daily's opinion column
# (an Arc-like "a_c" layout: paragraphs as <p class="c-paragraph">), a
# kicker "Opinión", the columnist's photo and name, a pull quote, the
# author bio box and the disclaimer after the column, "Más columnas".
B = [
    ("p", "Hay una pregunta que se repite en cada pueblo que visito desde hace un año: ¿quién va a quedarse con la farmacia cuando se jubile Pilar? Cambia el nombre, a veces es Antonio o Mercedes, pero la preocupación es la misma."),
    ("p", "En España hay más de 2.000 municipios con una sola farmacia, y en muchos de ellos el titular supera los 60 años. La ley permite trasladar la licencia, pero no obliga a nadie a ocuparla, y los jóvenes farmacéuticos prefieren, con razón, las ciudades donde la facturación permite vivir."),
    ("pull", "Una farmacia rural no es un negocio más: es a menudo el único servicio sanitario abierto todo el día."),
    ("p", "Las comunidades autónomas han ensayado ayudas, casi siempre pequeñas y temporales. Castilla y León paga un complemento a las farmacias de viabilidad comprometida; Aragón ha rebajado los requisitos para abrir botiquines. Nada de eso ha frenado los cierres."),
    ("p", "Haría falta algo más ambicioso: un contrato de servicio público que pague a la farmacia rural por lo que de verdad hace, que es vigilar la medicación de personas mayores, tomar la tensión, avisar al médico. Costaría menos que el transporte sanitario que sustituye."),
    ("p", "Pilar, por cierto, ya ha dicho que aguantará otro año. Después, nadie lo sabe."),
]
H = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>¿Quién se queda con la farmacia? | Opinión | Diario del Duero</title></head>
<body class="opinion">
<div id="onetrust-banner-sdk"><div id="onetrust-policy-text">Utilizamos cookies propias y de terceros para fines analíticos y para mostrarte publicidad personalizada.</div><button id="onetrust-accept-btn-handler">Aceptar y continuar</button><button id="onetrust-pc-btn-handler">Configurar</button></div>
<header class="c-header"><a class="c-header__logo" href="/">Diario del Duero</a><nav class="c-header__nav"><a href="/espana/">España</a><a href="/economia/">Economía</a><a href="/opinion/" class="is-active">Opinión</a><a href="/cultura/">Cultura</a></nav><a class="c-header__sub" href="/suscripcion/">Suscríbete</a></header>
<main class="a_c">
<article class="a_e">
<div class="a_e_h"><a class="a_k" href="/opinion/">Opinión</a><h1 class="a_t">¿Quién se queda con la farmacia?</h1>
<div class="a_md"><div class="a_md_a"><img src="/autores/lucia-ferrero.jpg" alt=""><a href="/autor/lucia-ferrero/">Lucía Ferrero</a></div><time>06 dic 2026 - 05:30 CET</time></div></div>
<div class="a_sh"><button>Compartir en Whatsapp</button><button>Compartir en Facebook</button><button>Copiar enlace</button><a href="#comentarios">Comentarios</a></div>
<div class="a_c_b" data-dtm-region="articulo_cuerpo">
{BODY}
</div>
<div class="a_au"><img src="/autores/lucia-ferrero.jpg" alt=""><div><a class="a_au_n" href="/autor/lucia-ferrero/">Lucía Ferrero</a><p class="a_au_b">Periodista especializada en sanidad y despoblación. Ha trabajado en Radio Zamora y en la Agencia EFE. Es autora de «La España de los botiquines» (2024).</p></div></div>
<p class="a_dis">Los artículos de opinión reflejan exclusivamente el punto de vista de sus autores.</p>
<div class="a_tags"><a href="/noticias/farmacias/">Farmacias</a> <a href="/noticias/despoblacion/">Despoblación</a></div>
</article>
<section class="b_more"><h2>Más columnas de Lucía Ferrero</h2><a href="/opinion/ferrero-centros-salud">Los centros de salud que abren un día a la semana</a> <a href="/opinion/ferrero-tren">El tren que ya no para</a></section>
</main>
<footer class="c-footer"><p>© Ediciones del Duero S.L. · <a href="/aviso-legal/">Aviso legal</a> · <a href="/privacidad/">Privacidad</a></p></footer>
</body></html>
"""
page(part(13), "es-columna-opinion", "https://www.diariodelduero.test/opinion/2026-12-06/quien-se-queda-con-la-farmacia.html", B,
     H.replace("{BODY}", render(B, p=lambda t: '<p class="c-paragraph">%s</p>' % E(t), pull=lambda t: '<blockquote class="a_cq"><p>%s</p></blockquote>' % E(t))),
     ["Compartir en Whatsapp", "Periodista especializada en sanidad y despoblación", "reflejan exclusivamente el punto de vista", "Más columnas de Lucía Ferrero", "Los centros de salud que abren un día a la semana", "Aceptar y continuar", "Suscríbete"],
     must=("Pilar, por cierto, ya ha dicho que aguantará otro año. Después, nadie lo sabe.", "Una farmacia rural no es un negocio más: es a menudo el único servicio sanitario abierto todo el día."))

# --- 14 ru-agentstvo-podpiska: a Russian news agency's wire (a
# "article__block" per paragraph with data-type="text", the dateline
# opening the first block, a quote block, a "Подписывайтесь" box for the
# agency's channel between blocks, tags, "Лента новостей" sidebar).
B = [
    ("p", "ЕКАТЕРИНБУРГ, 7 дек — Уральское информагентство. Власти Екатеринбурга утвердили схему новой трамвайной линии в микрорайон Академический, сообщила пресс-служба мэрии в понедельник."),
    ("p", "Линия длиной 6,4 километра пройдёт от улицы Шаумяна до проспекта Сахарова, на ней построят девять остановок. Строительство планируется начать весной 2027 года и завершить к концу 2028-го."),
    ("quote", "Академический — самый быстрорастущий район города, и без трамвая он просто задохнётся в пробках.", "заместитель главы города по транспорту Олег Веретенников"),
    ("p", "Стоимость проекта оценивается в 11,8 миллиарда рублей. Около половины средств рассчитывают получить из федеральной программы обновления общественного транспорта."),
    ("p", "По данным мэрии, сейчас в Академическом живут более 60 тысяч человек, а к 2035 году население района может вырасти вдвое."),
]
H = """<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>В Екатеринбурге утвердили трамвайную линию в Академический - Уральское информагентство, 07.12.2026</title></head>
<body class="layout-article">
<div class="cookie-warning"><p>Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим.</p><button>Хорошо</button></div>
<header class="page__header"><a href="/" class="header__logo">Уральское информагентство</a>
<nav class="header__menu"><a href="/politics/">Политика</a><a href="/economy/">Экономика</a><a href="/society/">Общество</a><a href="/incidents/">Происшествия</a><a href="/sport/">Спорт</a></nav></header>
<div class="layout-article__main">
<div class="layout-article__main-over">
<div class="article" data-article-id="20261207-0911">
<div class="article__header"><div class="article__info"><div class="article__info-date"><a href="/20261207/">09:11 07.12.2026</a></div><div class="article__info-statistic"><span class="statistic__item m-views">1843</span></div></div>
<h1 class="article__title">В Екатеринбурге утвердили трамвайную линию в Академический</h1>
<div class="article__announce"><div class="media"><img src="/img/tram.jpg" alt=""><div class="media__copyright">© Фото: пресс-служба мэрии Екатеринбурга</div></div></div></div>
<div class="article__body js-mediator-article">
{B1}
<div class="article__block" data-type="banner"><div class="subscribe-box"><div class="subscribe-box__title">Подписывайтесь на Уральское информагентство</div><p>Главные новости региона — в нашем канале в MAX и Telegram</p><a href="https://t.me/uralinform">Подписаться</a></div></div>
{B2}
</div>
<div class="article__tags"><a href="/tag/ekaterinburg/" class="article__tags-item">Екатеринбург</a><a href="/tag/transport/" class="article__tags-item">Транспорт</a></div>
<div class="article__social"><span>Поделиться:</span><a href="https://vk.com/share.php">ВКонтакте</a><a href="https://connect.ok.ru/offer">Одноклассники</a></div>
</div>
</div>
<div class="layout-article__rt"><div class="lenta"><div class="lenta__title">Лента новостей</div>
<div class="lenta__item"><span class="lenta__item-date">09:02</span><a href="/20261207/sneg.html">Снегопад в Свердловской области продлится до среды</a></div>
<div class="lenta__item"><span class="lenta__item-date">08:47</span><a href="/20261207/most.html">В Нижнем Тагиле открыли мост через Тагил</a></div></div></div>
</div>
<footer class="footer"><p>© 2026 Уральское информагентство. Все права защищены. 18+</p></footer>
</body></html>
"""
BLK = lambda t: '<div class="article__block" data-type="text"><div class="article__text">%s</div></div>' % E(t)
QBLK = lambda t, c: '<div class="article__block" data-type="quote"><div class="article__quote"><div class="article__quote-text">«%s»</div><div class="article__quote-author">— %s</div></div></div>' % (E(t), E(c))
page(part(14), "ru-agentstvo-podpiska", "https://uralinform.test/20261207/tramvay-akademicheskiy.html", B,
     H.replace("{B1}", render(B[:2], p=BLK)).replace("{B2}", render(B[2:], p=BLK, quote=QBLK)),
     ["© Фото: пресс-служба мэрии", "Подписывайтесь на Уральское информагентство", "в нашем канале в MAX и Telegram", "Поделиться:", "Лента новостей", "Снегопад в Свердловской области", "Все права защищены"],
     must=("ЕКАТЕРИНБУРГ, 7 дек — Уральское информагентство. Власти Екатеринбурга утвердили схему новой трамвайной линии в микрорайон Академический, сообщила пресс-служба мэрии в понедельник.",
           "По данным мэрии, сейчас в Академическом живут более 60 тысяч человек, а к 2035 году население района может вырасти вдвое."))

# --- 15 it-blog-viaggio-tappe: an Italian travel blog on a WordPress
# theme (GeneratePress-like, "inside-article"): an affiliate notice, a
# route table of stages (text), subheads, a "Prenota il tuo alloggio"
# booking box, pin/share buttons, comments.
B = [
    ("p", "La Via degli Dei collega Bologna a Firenze attraverso l'Appennino, seguendo in parte un'antica strada romana. L'abbiamo percorsa a fine settembre in cinque giorni, dormendo in agriturismi e piccoli B&B lungo il percorso."),
    ("p", "Non serve essere escursionisti esperti, ma un minimo di allenamento aiuta: alcune tappe superano i 1.000 metri di dislivello in salita."),
    ("h", "Le tappe"),
    ("table", [["Tappa", "Percorso", "Km", "Dislivello"],
               ["1", "Bologna – Badolo", "23", "+950 m"],
               ["2", "Badolo – Madonna dei Fornelli", "27", "+1.100 m"],
               ["3", "Madonna dei Fornelli – Passo della Futa", "16", "+650 m"],
               ["4", "Passo della Futa – San Piero a Sieve", "19", "+400 m"],
               ["5", "San Piero a Sieve – Firenze", "35", "+900 m"]]),
    ("h", "Cosa portare"),
    ("p", "Lo zaino non dovrebbe superare i sette chili. Indispensabili scarpe da trekking già rodate, una giacca impermeabile e almeno due litri d'acqua: tra Badolo e Monzuno le fontane sono poche."),
    ("p", "La credenziale si ritira all'ufficio turistico di Bologna e dà diritto a sconti in molte strutture. Ne vale la pena anche solo per i timbri."),
]
H = """<!DOCTYPE html>
<html lang="it-IT"><head><meta charset="UTF-8"><title>Via degli Dei in 5 giorni: tappe, consigli e dove dormire - Zaino e Caffè</title></head>
<body class="post-template-default single single-post right-sidebar">
<div class="iubenda-cs-container"><div id="iubenda-cs-banner"><p>Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione.</p><button class="iubenda-cs-accept-btn">Accetta</button><button class="iubenda-cs-reject-btn">Rifiuta</button></div></div>
<header class="site-header" id="masthead"><div class="inside-header"><div class="site-branding"><p class="main-title"><a href="/">Zaino e Caffè</a></p></div>
<nav id="site-navigation" class="main-navigation"><ul class="menu"><li><a href="/italia/">Italia</a></li><li><a href="/cammini/">Cammini</a></li><li><a href="/europa/">Europa</a></li><li><a href="/chi-siamo/">Chi siamo</a></li></ul></nav></div></header>
<div class="site grid-container container" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article class="post type-post"><div class="inside-article">
<header class="entry-header"><h1 class="entry-title">Via degli Dei in 5 giorni: tappe, consigli e dove dormire</h1><div class="entry-meta"><span class="posted-on"><time>2 dicembre 2026</time></span> <span class="byline">di Giulia e Marco</span></div></header>
<div class="entry-content">
<p class="affiliate-notice"><em>Questo articolo contiene link di affiliazione: se prenoti tramite questi link riceviamo una piccola commissione, senza costi per te.</em></p>
{B1}
<div class="booking-box"><p class="booking-box__title">Prenota il tuo alloggio sulla Via degli Dei</p><p>Agriturismi e B&amp;B lungo il cammino, con cancellazione gratuita.</p><a class="booking-box__btn" href="https://www.booking.test/?aid=1234">Vedi le offerte</a></div>
{B2}
<div class="social-pin"><a href="https://pinterest.test/pin/create">Salva su Pinterest</a> <a href="https://www.facebook.com/sharer">Condividi</a></div>
</div>
<footer class="entry-meta"><span class="cat-links"><a href="/cammini/">Cammini</a></span> <span class="tags-links"><a href="/tag/appennino/">Appennino</a>, <a href="/tag/toscana/">Toscana</a></span></footer>
</div></article>
<div class="comments-area"><h3 class="comments-title">4 commenti su “Via degli Dei in 5 giorni”</h3><ol class="comment-list"><li class="comment"><div class="comment-author-info"><cite>Franca</cite></div><div class="comment-content"><p>Fatta l'anno scorso in sei giorni, la tappa per Firenze è lunghissima!</p></div></li></ol>
<div id="respond"><h3>Lascia un commento</h3><form><textarea></textarea><input type="submit" value="Pubblica il commento"></form></div></div>
</main></div>
<div class="widget-area sidebar" id="right-sidebar"><aside class="widget"><h2 class="widget-title">Ciao, siamo Giulia e Marco</h2><p>Camminiamo per l'Italia con lo zaino e troppa voglia di caffè.</p></aside></div>
</div></div>
<footer class="site-info"><div class="copyright-bar">© 2026 Zaino e Caffè · P.IVA 01234567890 · <a href="/privacy/">Privacy</a></div></footer>
</body></html>
"""
page(part(15), "it-blog-viaggio-tappe", "https://www.zainoecaffe.test/via-degli-dei-5-giorni/", B,
     H.replace("{B1}", render(B[:4], table=lambda rows: '<figure class="wp-block-table"><table>\n<thead><tr>%s</tr></thead>\n<tbody>\n%s\n</tbody>\n</table></figure>' % (
         "".join("<th>%s</th>" % E(c) for c in rows[0]), "\n".join("<tr>%s</tr>" % "".join("<td>%s</td>" % E(c) for c in r) for r in rows[1:])))).replace("{B2}", render(B[4:])),
     ["link di affiliazione", "Prenota il tuo alloggio sulla Via degli Dei", "Vedi le offerte", "Salva su Pinterest", "la tappa per Firenze è lunghissima", "Lascia un commento", "Ciao, siamo Giulia e Marco", "P.IVA"],
     must=("Madonna dei Fornelli – Passo della Futa", "San Piero a Sieve – Firenze", "La credenziale si ritira all'ufficio turistico di Bologna e dà diritto a sconti in molte strutture. Ne vale la pena anche solo per i timbri."))

# --- 16 nl-imkers-verslag: a Dutch beekeepers' association's news
# item on a hosted association-site builder (a "Sportlink"/"Clubee"-like
# kit with "cb-" classes and <br>-separated paragraphs in one <div>),
# the board's sign-off, "Lees ook" links, a sidebar agenda.
B = [
    ("brp", ["Beste leden,",
             "Op zaterdag 28 november hielden we onze jaarlijkse ledenvergadering in het verenigingsgebouw aan de Molenweg. Met 41 aanwezigen was de opkomst hoger dan in jaren.",
             "De penningmeester presenteerde een sluitende begroting. De contributie blijft in 2027 gelijk, maar de prijs voor het slingeren van honing in de verenigingsruimte gaat omhoog van 5 naar 7 euro per keer, omdat de slingermachine aan vervanging toe is.",
             "Na vijftien jaar nam Henk van Dijk afscheid als voorzitter. Hij werd met een staande ovatie bedankt en tot erelid benoemd. Als nieuwe voorzitter is Ineke Bos gekozen.",
             "Het cursusprogramma voor het voorjaar staat vast: de basiscursus bijenhouden begint op 14 februari en telt tien lessen. Aanmelden kan bij de secretaris.",
             "Met vriendelijke groet,",
             "het bestuur van Imkersvereniging De Heidebloem"]),
]
H = """<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Verslag ledenvergadering 2026 - Imkersvereniging De Heidebloem</title></head>
<body class="cb-site cb-page-news">
<div class="cb-cookiebar"><span>Wij gebruiken cookies om de website goed te laten werken.</span> <a href="#" class="cb-btn">Akkoord</a> <a href="/privacy">Meer info</a></div>
<div class="cb-header"><div class="cb-logo"><a href="/"><img src="/files/heidebloem.png" alt="Imkersvereniging De Heidebloem"></a></div>
<div class="cb-menu"><a href="/">Home</a><a href="/nieuws" class="cb-active">Nieuws</a><a href="/cursussen">Cursussen</a><a href="/bijenstal">Bijenstal</a><a href="/lid-worden">Lid worden</a></div></div>
<div class="cb-wrapper">
<div class="cb-content">
<div class="cb-block cb-block-newsitem">
<div class="cb-newsitem-title">Verslag ledenvergadering 2026</div>
<div class="cb-newsitem-date">30-11-2026 | Categorie: Vereniging</div>
<div class="cb-newsitem-text">{TXT}</div>
<div class="cb-newsitem-readalso"><div class="cb-readalso-title">Lees ook</div><a href="/nieuws/varroa-behandeling">Varroabehandeling: doe mee aan de telling</a><br><a href="/nieuws/open-dag">Terugblik open dag bijenstal</a></div>
<div class="cb-newsitem-back"><a href="/nieuws">&laquo; Terug naar het overzicht</a></div>
</div>
</div>
<div class="cb-sidebar">
<div class="cb-block cb-block-agenda"><div class="cb-block-title">Agenda</div><div class="cb-agenda-item">12 dec – Kerstborrel</div><div class="cb-agenda-item">14 feb – Start basiscursus</div></div>
<div class="cb-block cb-block-sponsor"><div class="cb-block-title">Met dank aan</div><img src="/files/sponsor.png" alt="Tuincentrum Heidezicht"></div>
</div>
</div>
<div class="cb-footer">Imkersvereniging De Heidebloem · KvK 40123456 · Website door Clubbouwer</div>
</body></html>
"""
page(part(16), "nl-imkers-verslag", "https://www.imkers-heidebloem.test/nieuws/verslag-ledenvergadering-2026", B,
     H.replace("{TXT}", "<br>\n<br>\n".join(E(p) for p in B[0][1])),
     ["Categorie: Vereniging", "Lees ook", "Varroabehandeling: doe mee aan de telling", "Terug naar het overzicht", "12 dec – Kerstborrel", "Met dank aan", "Website door Clubbouwer", "Lid worden"],
     must=("Beste leden,", "het bestuur van Imkersvereniging De Heidebloem", "Het cursusprogramma voor het voorjaar staat vast: de basiscursus bijenhouden begint op 14 februari en telt tien lessen. Aanmelden kan bij de secretaris."))
