# The fourth batch, written after extractor 1.8.1 and before it was run on
# these pages: the kinds the third batch's held-out pages lost, on other
# pages. Stories split across sibling content elements or CMS content
# blocks (a header, a table or a heading in an element of its own between
# the prose), results tables of times, scores and dates, recipe cards whose
# heading repeats the title, press releases with contact blocks in several
# languages, and ordinary news pages as controls. Parts were assigned when
# the pages were written.
from kit import E, page, render


def table(rows, head=True, font=False):
    out = []
    for i, row in enumerate(rows):
        cells = []
        for c in row:
            t = E(c)
            if font:
                t = '<font face="Arial" size="2">%s</font>' % t
            cells.append(("<th>%s</th>" if head and i == 0 else "<td>%s</td>") % t)
        out.append("<tr>%s</tr>" % "".join(cells))
    return "<table>\n%s\n</table>" % "\n".join(out)


def elements(groups, wrap):
    # A story cut into content elements, each rendered on its own and
    # wrapped by wrap(i, html).
    return "\n".join(wrap(i, render(g, table=table)) for i, g in enumerate(groups))


# --- de-kultur-elemente (tune): a town's culture office on a CMS whose
# page is a column of content elements: text, a heading element, a table
# element, more text, each in its own frame with an id.
G = [
    [("p", "Das Kulturamt der Stadt Weilheim lädt auch in diesem Winter zur Reihe „Musik im Stadtsaal“ ein. Fünf Konzerte zwischen Januar und März bringen Kammermusik, Jazz und Chorgesang in die Innenstadt."),
     ("p", "Die Reihe gibt es seit 1998. Im vergangenen Jahr kamen mehr als 2.400 Besucherinnen und Besucher, so viele wie nie zuvor.")],
    [("h", "Die Termine")],
    [("table", [["Datum", "Ensemble", "Beginn"],
                ["Fr., 15.01.2027", "Streichquartett Ammersee", "19:30"],
                ["Sa., 06.02.2027", "Trio Loisach (Jazz)", "20:00"],
                ["Fr., 26.02.2027", "Kammerchor Weilheim", "19:30"],
                ["So., 14.03.2027", "Bläserquintett München", "17:00"]])],
    [("p", "Karten kosten im Vorverkauf 18 Euro, ermäßigt 12 Euro, an der Abendkasse jeweils zwei Euro mehr. Schülerinnen und Schüler haben freien Eintritt."),
     ("p", "Der Vorverkauf beginnt am 14. Dezember in der Tourist-Information am Marienplatz.")],
    [("h3", "Barrierefreiheit"),
     ("p", "Der Stadtsaal ist über den Aufzug im Rathaus stufenlos erreichbar. Für Rollstuhlfahrer sind in jeder Reihe zwei Plätze reserviert.")],
]
B = [b for g in G for b in g]
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Musik im Stadtsaal 2027: das Programm - Stadt Weilheim</title></head>
<body>
<div class="page">
<header class="page-header"><a class="logo" href="/">Stadt Weilheim</a><nav class="mainnav"><ul><li><a href="/rathaus/">Rathaus &amp; Bürgerservice</a></li><li><a href="/kultur/">Kultur &amp; Freizeit</a></li><li><a href="/wirtschaft/">Wirtschaft</a></li><li><a href="/aktuelles/">Aktuelles</a></li></ul></nav></header>
<div class="breadcrumb"><a href="/">Startseite</a> &gt; <a href="/kultur/">Kultur &amp; Freizeit</a> &gt; Musik im Stadtsaal</div>
<div class="main-row">
<nav class="subnav"><ul><li><a href="/kultur/museum/">Stadtmuseum</a></li><li><a href="/kultur/buecherei/">Stadtbücherei</a></li><li class="act"><a href="/kultur/stadtsaal/">Musik im Stadtsaal</a></li><li><a href="/kultur/vhs/">Volkshochschule</a></li></ul></nav>
<main class="content-main">
<div id="c1201" class="frame frame-default frame-type-header"><header><h1 class="ce-headline-left">Musik im Stadtsaal 2027</h1><p class="ce-subheadline">Veröffentlicht am 03.12.2026</p></header></div>
{BODY}
<div id="c1207" class="frame frame-default frame-type-uploads"><ul class="ce-uploads"><li><a href="/fileadmin/kultur/programm-2027.pdf">Programmheft (PDF, 1,2 MB)</a></li></ul></div>
</main>
<aside class="content-right"><div class="frame frame-type-text"><h4>Kontakt Kulturamt</h4><p>Admiral-Hipper-Str. 20<br>Telefon 0881 682-0<br><a href="mailto:kultur@weilheim.test">kultur@weilheim.test</a></p></div></aside>
</div>
<footer class="page-footer"><a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a> <a href="/barrierefreiheit/">Erklärung zur Barrierefreiheit</a></footer>
</div>
</body></html>
"""
body = elements(G, lambda i, h: '<div id="c%d" class="frame frame-default frame-type-%s frame-space-after-small">%s</div>' % (1202 + i, "table" if "<table" in h else "text", h))
page("tune", "de-kultur-elemente", "https://www.weilheim.test/kultur/stadtsaal/", B, H.replace("{BODY}", body),
     ["Veröffentlicht am 03.12.2026", "Programmheft (PDF", "Kontakt Kulturamt", "kultur@weilheim.test", "Volkshochschule", "Erklärung zur Barrierefreiheit"])

# --- fr-paragraphes-blocs (tune): a regional agency's news on a CMS of
# paragraph entities: text, a figure, a key-figures table, a quote and
# more text, each a block of its own in a field of blocks.
G = [
    [("p", "La Région a retenu 14 projets de méthanisation agricole dans le cadre de son appel à projets 2026. Ils produiront ensemble l’équivalent de la consommation de gaz de 9 000 foyers."),
     ("p", "Les installations seront portées par 61 exploitations, le plus souvent regroupées en sociétés, et traiteront surtout des effluents d’élevage et des résidus de cultures.")],
    [("h", "Les projets par département")],
    [("table", [["Département", "Projets", "Aide régionale"],
                ["Côtes-d’Armor", "5", "2,1 M€"],
                ["Finistère", "4", "1,6 M€"],
                ["Ille-et-Vilaine", "3", "1,4 M€"],
                ["Morbihan", "2", "0,9 M€"]])],
    [("quote", "Ces projets restent à taille humaine : aucun ne dépasse 25 000 tonnes de matières par an.", "Anne Le Guen, vice-présidente chargée de l’énergie")],
    [("p", "Un nouvel appel à projets ouvrira en mars 2027. Les exploitations intéressées peuvent déjà se faire accompagner par les conseillers énergie des chambres d’agriculture."),
     ("p", "Le dossier de candidature sera publié sur le site de la Région.")],
]
B = [b for g in G for b in g]
H = """<!DOCTYPE html>
<html lang="fr" dir="ltr">
<head><meta charset="utf-8"><title>Méthanisation : 14 projets retenus en 2026 | Région</title></head>
<body class="path-node page-node-type-actualite">
<a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>
<div class="dialog-off-canvas-main-canvas">
<header role="banner" class="header"><div class="region region-header"><a href="/" class="site-logo">Région Bretagne Ouest</a></div><nav class="region region-primary-menu"><ul class="menu"><li><a href="/aides/">Aides et services</a></li><li><a href="/actualites/">Actualités</a></li><li><a href="/agenda/">Agenda</a></li><li><a href="/institution/">Institution</a></li></ul></nav></header>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="region region-content">
<article role="article" class="node node--type-actualite node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">Méthanisation : 14 projets retenus en 2026</span></h1>
<div class="node__meta">Publié le <time datetime="2026-12-02T10:00:00Z">2 décembre 2026</time> · <a href="/thematique/energie">Énergie</a></div>
<div class="field field--name-field-chapo"><p>La Région soutient 14 nouvelles unités de méthanisation portées par des agriculteurs.</p></div>
<div class="field field--name-field-paragraphes field--type-entity-reference-revisions field--items">
{BODY}
</div>
<div class="node__share"><span>Partager :</span> <a href="https://www.facebook.com/sharer.php">Facebook</a> <a href="https://twitter.com/share">X</a> <a href="mailto:?subject=">E-mail</a></div>
</article>
<section class="related"><h2>À lire aussi</h2><ul><li><a href="/actualites/hydrogene-vert/">Hydrogène vert : deux stations à Brest</a></li><li><a href="/actualites/bois-energie/">Bois-énergie : le bilan 2025</a></li></ul></section>
</div></main>
<footer class="footer"><ul class="menu"><li><a href="/mentions-legales/">Mentions légales</a></li><li><a href="/accessibilite/">Accessibilité : partiellement conforme</a></li><li><a href="/cookies/">Gestion des cookies</a></li></ul></footer>
</div>
</body></html>
"""
B = [("sf", "La Région soutient 14 nouvelles unités de méthanisation portées par des agriculteurs.")] + B
kinds = ["texte", "titre", "tableau", "citation", "texte"]
body = elements(G, lambda i, h: '<div class="field__item"><div class="paragraph paragraph--type--%s paragraph--view-mode--default"><div class="clearfix text-formatted field field--name-field-texte field__item">%s</div></div></div>' % (kinds[i], h))
page("tune", "fr-paragraphes-blocs", "https://www.region-bretagne-ouest.test/actualites/methanisation-14-projets-2026", B, H.replace("{BODY}", body),
     ["Aller au contenu principal", "Publié le", "Partager :", "À lire aussi", "Hydrogène vert", "Mentions légales", "partiellement conforme"])

# --- es-bloques-columnas (tune): a cultural blog on a block theme: the
# story in groups and a two-column block (prose in each column), a heading
# and a table block between.
G = [
    [("p", "El Ayuntamiento de Teruel ha presentado el programa de la XXV Semana de Cine Aragonés, que se celebrará del 18 al 24 de enero en el Teatro Marín."),
     ("p", "Este año el festival dedica su sección principal al cine documental rodado en la provincia, con once títulos, cuatro de ellos estrenos.")],
    [("p", "La sesión inaugural proyectará «Tierra baja», de la directora turolense Marta Lahoz, sobre la despoblación en la comarca del Jiloca.")],
    [("p", "Cada proyección irá seguida de un coloquio con el equipo de la película. Las sesiones de tarde serán en versión original con subtítulos.")],
    [("h", "Precios"),
     ("table", [["Entrada", "Precio"], ["Sesión individual", "4 euros"], ["Abono semanal", "20 euros"], ["Menores de 14 años", "gratis"]])],
    [("p", "Las entradas pueden comprarse desde el 10 de enero en la taquilla del teatro y en la web municipal."),
     ("p", "El festival cuenta con el apoyo de la Diputación Provincial y de la Filmoteca de Aragón.")],
]
B = [b for g in G for b in g]
H = """<!DOCTYPE html>
<html lang="es">
<head><meta charset="UTF-8"><title>La Semana de Cine Aragonés llega a su 25.ª edición – Cultura en Teruel</title></head>
<body class="wp-singular post-template-default single single-post wp-theme-twentytwentyfour">
<div class="wp-site-blocks">
<header class="wp-block-template-part"><div class="wp-block-group is-layout-flex"><p class="wp-block-site-title"><a href="/">Cultura en Teruel</a></p><nav class="wp-block-navigation"><ul class="wp-block-navigation__container"><li class="wp-block-navigation-item"><a href="/cine/">Cine</a></li><li class="wp-block-navigation-item"><a href="/musica/">Música</a></li><li class="wp-block-navigation-item"><a href="/escena/">Escena</a></li></ul></nav></div></header>
<main class="wp-block-group is-layout-constrained">
<h1 class="wp-block-post-title">La Semana de Cine Aragonés llega a su 25.ª edición</h1>
<div class="wp-block-group is-layout-flex"><div class="wp-block-post-date"><time datetime="2026-12-04T09:00:00+01:00">4 de diciembre de 2026</time></div><div class="wp-block-post-author-name">Pilar Gimeno</div></div>
<div class="entry-content wp-block-post-content is-layout-constrained">
{BODY}
</div>
<div class="wp-block-post-terms taxonomy-post_tag"><a href="/tag/festivales/">festivales</a><span class="wp-block-post-terms__separator">, </span><a href="/tag/teatro-marin/">Teatro Marín</a></div>
<nav class="wp-block-query-pagination"><a href="/2026/12/03/jazz-alcaniz/">← Jazz en Alcañiz</a> <a href="/2026/12/05/teatro-calamocha/">Teatro en Calamocha →</a></nav>
</main>
<footer class="wp-block-template-part"><p class="has-small-font-size">Hecho con WordPress · <a href="/aviso-legal/">Aviso legal</a></p></footer>
</div>
</body></html>
"""


def es_wrap(i, h):
    if i == 1:
        return ""
    if i == 2:
        a = render(G[1])
        return '<div class="wp-block-columns is-layout-flex"><div class="wp-block-column is-layout-flow">%s</div><div class="wp-block-column is-layout-flow">%s</div></div>' % (a, h)
    return '<div class="wp-block-group is-layout-constrained">%s</div>' % h


body = elements(G, es_wrap)
page("tune", "es-bloques-columnas", "https://culturaenteruel.test/2026/12/04/semana-cine-aragones-25/", B, H.replace("{BODY}", body),
     ["Pilar Gimeno", "festivales", "Jazz en Alcañiz", "Hecho con WordPress", "Aviso legal"])

# --- en-results-times (tune): a county athletics association's results
# post: two results tables of finishing times (h:mm:ss and mm:ss) and a
# column of dates, on a classic theme.
T1 = [["Pos", "Name", "Club", "Time"],
      ["1", "Owen Pritchard", "Cardiff AAC", "2:24:51"],
      ["2", "Rhys Morgan", "Swansea Harriers", "2:26:08"],
      ["3", "Dafydd Lewis", "Les Croupiers", "2:29:40"]]
T2 = [["Pos", "Name", "Club", "Time"],
      ["1", "Cerys Evans", "Bridgend AC", "2:47:12"],
      ["2", "Megan Price", "Cardiff AAC", "2:51:39"],
      ["3", "Sian Howells", "Pontypridd Roadents", "2:55:03"]]
T3 = [["Date", "Race", "Venue"],
      ["10 Jan 2027", "Welsh Cross Country Relays", "Margam Park"],
      ["7 Feb 2027", "Welsh Masters Cross Country", "Brecon"],
      ["28 Feb 2027", "Newport Half Marathon", "Newport"]]
B = [
    ("p", "Owen Pritchard of Cardiff AAC won the Welsh Marathon Championship in Tenby on Sunday, pulling away from Rhys Morgan in the last five miles of a windy coastal course."),
    ("p", "In the women's race Cerys Evans ran a personal best to beat last year's champion, Megan Price, by more than four minutes."),
    ("h3", "Men"),
    ("table", T1),
    ("h3", "Women"),
    ("table", T2),
    ("p", "Cardiff AAC took the men's team title; Bridgend AC won the women's team race for the third year running."),
    ("h3", "Coming up"),
    ("table", T3),
    ("p", "Entries for the cross-country relays close on 2 January."),
]
H = """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="UTF-8"><title>Pritchard and Evans take Welsh marathon titles | West Wales Athletics</title></head>
<body class="post-template-default single single-post">
<div id="wrapper">
<header id="header"><h2 class="site-title"><a href="/">West Wales Athletics</a></h2><ul id="nav"><li><a href="/news/">News</a></li><li><a href="/results/">Results</a></li><li><a href="/fixtures/">Fixtures</a></li><li><a href="/clubs/">Clubs</a></li></ul></header>
<div id="container"><div id="content">
<div class="post hentry">
<h1 class="entry-title">Pritchard and Evans take Welsh marathon titles</h1>
<div class="entry-meta">Posted on <span class="published">6 December 2026</span> by <span class="author">Results Secretary</span> | Filed under <a href="/category/road/">Road</a></div>
<div class="entry-content">
{BODY}
<div class="sharedaddy"><h3 class="sd-title">Share this:</h3><ul><li><a href="?share=facebook">Facebook</a></li><li><a href="?share=twitter">Twitter</a></li></ul></div>
</div>
</div>
<div id="comments"><h3>Leave a Reply</h3><p class="comment-notes">Your email address will not be published.</p></div>
</div>
<div id="sidebar"><h3>Recent Posts</h3><ul><li><a href="/news/parc-run-record/">Parkrun record in Pembrey</a></li><li><a href="/news/agm-2027/">AGM date set</a></li></ul></div>
</div>
<div id="footer">© West Wales Athletics 2026</div>
</div>
</body></html>
"""
page("tune", "en-results-times", "https://westwalesathletics.test/news/welsh-marathon-2026/", B, H.replace("{BODY}", render(B, table=table)),
     ["Posted on", "Results Secretary", "Share this:", "Leave a Reply", "Recent Posts", "Parkrun record in Pembrey"])

# --- ru-hokkei-tablica (tune): a regional sports site's hockey round-up:
# a table of scores, start times and dates, and a standings table.
T1 = [["Дата", "Матч", "Счёт"],
      ["05.12", "«Торпедо» – «Сокол»", "3:2 ОТ"],
      ["05.12", "«Металлург» – «Буран»", "1:4"],
      ["06.12", "«Сокол» – «Металлург»", "2:2 Б"]]
T2 = [["Место", "Команда", "Игры", "Очки"],
      ["1", "«Буран»", "24", "49"],
      ["2", "«Торпедо»", "24", "45"],
      ["3", "«Сокол»", "23", "38"]]
B = [
    ("p", "«Торпедо» одержало третью победу подряд: в субботу команда в овертайме обыграла «Сокол» со счётом 3:2. Победную шайбу на 63-й минуте забросил Илья Голованов."),
    ("p", "Лидер первенства «Буран» уверенно победил в гостях «Металлург», а в воскресенье «Сокол» и «Металлург» определили победителя только в серии буллитов."),
    ("h3", "Результаты тура"),
    ("table", T1),
    ("h3", "Положение команд"),
    ("table", T2),
    ("p", "Следующий тур пройдёт 12 и 13 декабря. Матчи начинаются в 17:00 по местному времени."),
]
H = """<!DOCTYPE html>
<html lang="ru">
<head><meta charset="utf-8"><title>«Торпедо» одержало третью победу подряд — Спорт Поволжья</title></head>
<body>
<div class="layout">
<header class="header"><a href="/" class="header__logo">Спорт Поволжья</a><nav class="header__menu"><a href="/football/">Футбол</a><a href="/hockey/">Хоккей</a><a href="/basket/">Баскетбол</a><a href="/other/">Другие виды</a></nav></header>
<div class="layout__body">
<div class="news-detail">
<div class="news-detail__rubric"><a href="/hockey/">Хоккей</a></div>
<h1 class="news-detail__title">«Торпедо» одержало третью победу подряд</h1>
<div class="news-detail__info"><span class="news-detail__date">07.12.2026, 09:15</span> <span class="news-detail__views">👁 2 417</span></div>
<div class="news-detail__text">
{BODY}
</div>
<div class="news-detail__author">Текст: Андрей Кузнецов</div>
<div class="news-detail__tags"><a href="/tags/torpedo/">Торпедо</a> <a href="/tags/vhl/">первенство</a></div>
</div>
<div class="news-list news-list--side"><div class="news-list__title">Читайте также</div><a href="/football/1812/">«Волга» сыграла вничью в Ульяновске</a><a href="/basket/1809/">Баскетболисты проиграли в Казани</a></div>
</div>
<footer class="footer">© 2012–2026 «Спорт Поволжья». 16+</footer>
</div>
</body></html>
"""
page("tune", "ru-hokkei-tablica", "https://sport-povolzhya.test/hockey/1815/", B, H.replace("{BODY}", render(B, table=table)),
     ["07.12.2026, 09:15", "Текст: Андрей Кузнецов", "Читайте также", "сыграла вничью", "16+"])

# --- de-rezept-karte (tune): a German food blog, a recipe card of another
# plugin: the card's heading is the post title without its tail, a line of
# times, an advertising notice with a class of its own, portions, then the
# ingredients and steps.
ING = ["500 g Mehl (Type 550)", "1 Würfel frische Hefe", "250 ml lauwarmes Wasser", "2 EL Olivenöl", "1 TL Salz"]
STEPS = ["Hefe im Wasser auflösen und mit Mehl, Öl und Salz zu einem glatten Teig kneten.", "Den Teig abgedeckt eine Stunde gehen lassen, bis er sich verdoppelt hat.", "In vier Stücke teilen, dünn ausrollen und belegen.", "Bei 250 Grad auf dem heißen Blech acht bis zehn Minuten backen."]
B = [
    ("p", "Freitagabend ist bei uns Pizzaabend, und seit zwei Jahren backen wir sie nur noch mit diesem Teig. Er ist in zehn Minuten geknetet und wird auch im normalen Backofen knusprig."),
    ("p", "Wichtig ist, dass das Blech mit aufheizt. Wer einen Pizzastein hat, legt ihn eine halbe Stunde vorher in den Ofen."),
    ("h", "Welches Mehl?"),
    ("p", "Type 550 reicht völlig. Mit italienischem Tipo 00 wird der Rand etwas luftiger, nötig ist es nicht."),
    ("h3", "Zutaten"),
    ("ul", ING),
    ("h3", "Zubereitung"),
    ("ol", STEPS),
]
H = """<!DOCTYPE html>
<html lang="de-DE">
<head><meta charset="UTF-8"><title>Pizzateig wie vom Italiener – in 10 Minuten geknetet | Ofenliebe</title></head>
<body class="post-template-default single single-post">
<div class="site">
<header class="site-header"><a class="custom-logo-link" href="/">Ofenliebe</a><nav class="main-navigation"><ul><li><a href="/rezepte/">Rezepte</a></li><li><a href="/brot/">Brot</a></li><li><a href="/ueber-mich/">Über mich</a></li></ul></nav></header>
<main class="site-main">
<article class="post type-post">
<header class="entry-header"><h1 class="entry-title">Pizzateig wie vom Italiener – in 10 Minuten geknetet</h1><div class="entry-meta">30. November 2026 · Jana · <a href="#comments">41 Kommentare</a></div></header>
<div class="entry-content">
<p class="werbung-kennzeichnung"><small>*Dieser Beitrag enthält Werbelinks. Kaufst du darüber ein, erhalte ich eine kleine Provision.</small></p>
{STORY}
<div id="recipe-412" class="rezeptkarte">
<h2 class="rezeptkarte-titel">Pizzateig wie vom Italiener</h2>
<div class="rezeptkarte-bewertung">★★★★★ 4,9 von 112 Bewertungen</div>
<div class="rezeptkarte-zeiten"><span>Vorbereitung: 10 Min.</span> <span>Gehzeit: 1 Std.</span> <span>Backzeit: 10 Min.</span></div>
<div class="rezeptkarte-portionen">Portionen: 4 Pizzen</div>
{CARD}
<p class="rezeptkarte-cta">Hast du das Rezept ausprobiert? Markiere <a href="https://instagram.com/ofenliebe">@ofenliebe</a> auf Instagram!</p>
</div>
</div>
<div class="post-share">Teilen: <a href="https://pinterest.com/pin/create/">Pinterest</a> <a href="https://www.facebook.com/sharer.php">Facebook</a></div>
</article>
<div id="comments"><h2 class="comments-title">41 Kommentare</h2><ol class="comment-list"><li><p>Super Rezept, gelingt immer!</p></li></ol></div>
</main>
<footer class="site-footer">© 2026 Ofenliebe · <a href="/impressum/">Impressum</a></footer>
</div>
</body></html>
"""
page("tune", "de-rezept-karte", "https://ofenliebe.test/pizzateig-wie-vom-italiener/", B,
     H.replace("{STORY}", render(B[:4])).replace("{CARD}", render(B[4:])),
     ["Dieser Beitrag enthält Werbelinks", "Pizzateig wie vom Italiener", "4,9 von 112 Bewertungen", "Vorbereitung: 10 Min.", "Portionen: 4 Pizzen", "Hast du das Rezept ausprobiert", "Teilen:", "Super Rezept"])

# --- fr-communique-contacts (tune): a French company's press release on a
# corporate site: the text, the "À propos" boilerplate (part of a release),
# then two contact blocks (presse, investisseurs) as paragraphs.
B = [
    ("p", "Lyon, le 3 décembre 2026 – Valmont Énergies annonce la mise en service de sa centrale solaire flottante de Saint-Priest, la plus grande de la région avec 42 mégawatts-crête."),
    ("p", "Installée sur un ancien bassin de gravière de 38 hectares, la centrale produira chaque année l’équivalent de la consommation électrique de 21 000 habitants."),
    ("p", "Les flotteurs, fabriqués dans l’Ain, sont recyclables à 95 %. Un suivi de la faune aquatique est mené avec une association locale pendant cinq ans."),
    ("h3", "À propos de Valmont Énergies"),
    ("p", "Producteur indépendant d’électricité renouvelable, Valmont Énergies exploite 1,2 gigawatt de capacités solaires et éoliennes en France et en Espagne. L’entreprise emploie 340 personnes."),
]
H = """<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>Communiqué de presse – Mise en service de la centrale solaire flottante de Saint-Priest – Valmont Énergies</title></head>
<body class="page-communique">
<header class="site-header"><a href="/" class="logo">Valmont Énergies</a><nav><a href="/groupe/">Le groupe</a><a href="/projets/">Nos projets</a><a href="/presse/">Espace presse</a><a href="/carrieres/">Carrières</a></nav></header>
<main>
<div class="container">
<p class="surtitre">Communiqué de presse</p>
<h1>Mise en service de la centrale solaire flottante de Saint-Priest</h1>
<p class="date-publication">3 décembre 2026</p>
<div class="contenu-communique wysiwyg">
{BODY}
<p><strong>Contacts presse</strong></p>
<p>Agence Sémaphore – Claire Dubreuil<br>+33 4 72 00 11 22 – claire.dubreuil@semaphore-rp.test</p>
<p><strong>Relations investisseurs</strong></p>
<p>Marc Ferrand – +33 4 72 00 33 44 – investisseurs@valmont-energies.test</p>
</div>
<div class="telechargements"><a href="/presse/cp-saint-priest.pdf">Télécharger le communiqué (PDF)</a> <a href="/presse/photos-saint-priest.zip">Photos HD</a></div>
</div>
</main>
<footer class="site-footer"><a href="/mentions-legales/">Mentions légales</a> · <a href="/plan-du-site/">Plan du site</a> · © Valmont Énergies 2026</footer>
</body></html>
"""
page("tune", "fr-communique-contacts", "https://www.valmont-energies.test/presse/centrale-solaire-flottante-saint-priest/", B, H.replace("{BODY}", render(B)),
     ["Contacts presse", "Claire Dubreuil", "claire.dubreuil@semaphore-rp.test", "Relations investisseurs", "investisseurs@valmont-energies.test", "Télécharger le communiqué", "Plan du site"])

# --- en-local-news (tune, control): an ordinary local news story on a
# news theme with a related-links box in the story.
B = [
    ("p", "A footbridge over the River Nidd that was closed after storm damage two years ago will reopen before Christmas, the county council said on Friday."),
    ("p", "Engineers found that two of the bridge's timber supports had rotted through after floodwater lodged debris against them in February 2025."),
    ("p", "The repair, costing £640,000, replaced the supports with steel and raised the deck by 40 centimetres to keep it clear of future floods."),
    ("quote", "“People have had a two-mile detour to get to the station. We know how frustrating that has been, and we are grateful for their patience.”", "Councillor Ruth Bagshaw"),
    ("p", "The bridge will open to pedestrians and cyclists on 18 December."),
]
H = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Knaresborough footbridge to reopen before Christmas | Dales Courier</title></head>
<body class="article-page">
<header class="masthead"><a href="/" class="masthead__logo">Dales Courier</a><nav class="masthead__nav"><a href="/news/">News</a><a href="/sport/">Sport</a><a href="/whats-on/">What's On</a><a href="/announcements/">Announcements</a></nav></header>
<main class="article-layout">
<article class="article">
<h1 class="article__headline">Knaresborough footbridge to reopen before Christmas</h1>
<div class="article__byline">By <a href="/author/j-holt/">James Holt</a>, Local Democracy Reporter · <time>Saturday, 5 December 2026, 7:00 am</time></div>
<figure class="article__image"><img src="/img/footbridge.jpg" alt=""><figcaption>The footbridge has been fenced off since February 2025. Picture: Dales Courier</figcaption></figure>
<div class="article__body">
{BODY}
</div>
</article>
<aside class="most-read"><h2>Most read</h2><ol><li><a href="/news/a59-closure/">A59 to close for three weekends</a></li><li><a href="/news/market-hall/">Market hall plans approved</a></li></ol></aside>
</main>
<footer class="site-footer">© 2026 Dales Courier Ltd. All rights reserved.</footer>
</body></html>
"""
B[3] = ("quote", B[3][1], "— " + B[3][2])
body = render(B[:3]) + '\n<div class="article__related"><h3>Related</h3><ul><li><a href="/news/nidd-floods/">Nidd floods: a year on</a></li></ul></div>\n' + render(B[3:], quote=lambda t, c: "<blockquote><p>%s</p><footer>%s</footer></blockquote>" % (E(t), E(c)))
page("tune", "en-local-news", "https://dalescourier.test/news/knaresborough-footbridge-reopen/", B, H.replace("{BODY}", body),
     ["James Holt", "Local Democracy Reporter", "Picture: Dales Courier", "Nidd floods: a year on", "Most read", "A59 to close", "All rights reserved"])

# ---------------------------------------------------------------- held out

# --- de-pressemitteilung-elemente (heldout): a utility's press release on a
# CMS of content elements: text, a text-with-image element, a heading
# element, a table element and a closing text element, then a press
# contact element.
G = [
    [("p", "Die Stadtwerke Rosenheim senken zum 1. Februar 2027 ihre Strompreise in der Grundversorgung. Ein Haushalt mit einem Jahresverbrauch von 2.500 Kilowattstunden spart damit rund 96 Euro im Jahr."),
     ("p", "Grund sind gesunkene Beschaffungskosten. Die Stadtwerke kaufen ihren Strom bis zu drei Jahre im Voraus ein und geben die niedrigeren Preise nun weiter.")],
    [("p", "Auch die Fernwärme wird günstiger: Der Arbeitspreis sinkt um 0,8 Cent je Kilowattstunde. Beim Gas bleiben die Preise unverändert.")],
    [("h", "Die neuen Preise im Überblick")],
    [("table", [["Tarif", "Arbeitspreis bisher", "Arbeitspreis neu"],
                ["Strom Grundversorgung", "38,9 ct/kWh", "35,1 ct/kWh"],
                ["Strom Rosenheim Öko", "36,2 ct/kWh", "32,9 ct/kWh"],
                ["Fernwärme", "14,6 ct/kWh", "13,8 ct/kWh"]])],
    [("p", "Kundinnen und Kunden müssen nichts tun. Sie erhalten in den nächsten Wochen ein Schreiben mit ihren neuen Preisen."),
     ("p", "Fragen beantwortet das Kundenzentrum am Ludwigsplatz.")],
]
B = [b for g in G for b in g]
H = """<!DOCTYPE html>
<html lang="de-DE">
<head><meta charset="utf-8"><title>Stadtwerke senken Strompreise zum 1. Februar - Stadtwerke Rosenheim</title></head>
<body id="p412" class="page-412 pagelevel-3 language-0 backendlayout-subnavigation_right layout-default">
<div class="body-bg">
<header class="navbar navbar-mainnavigation"><a class="navbar-brand" href="/">Stadtwerke Rosenheim</a><ul class="navbar-nav"><li class="nav-item"><a href="/privatkunden/">Privatkunden</a></li><li class="nav-item"><a href="/geschaeftskunden/">Geschäftskunden</a></li><li class="nav-item"><a href="/unternehmen/">Unternehmen</a></li><li class="nav-item active"><a href="/presse/">Presse</a></li></ul></header>
<nav class="breadcrumb-section"><ol class="breadcrumb"><li><a href="/">Start</a></li><li><a href="/presse/">Presse</a></li><li class="active">Pressemitteilungen</li></ol></nav>
<div id="page-content" class="container"><div class="row"><main class="col-md-8 maincontent-wrap" role="main">
<div id="c2301" class="frame frame-default frame-type-header frame-layout-0"><header class="frame-header"><h1 class="element-header"><span>Stadtwerke senken Strompreise zum 1. Februar</span></h1><p class="element-subheader"><span>Pressemitteilung vom 02.12.2026</span></p></header></div>
{BODY}
<div id="c2307" class="frame frame-default frame-type-text frame-layout-0 frame-background-light"><div class="frame-container"><div class="frame-inner"><h3 class="element-header">Pressekontakt</h3><p>Stadtwerke Rosenheim GmbH &amp; Co. KG<br>Unternehmenskommunikation, Thomas Reiter<br>Telefon: 08031 365-2100<br><a href="mailto:presse@swro.test">presse@swro.test</a></p></div></div></div>
</main>
<aside class="col-md-4 subnavigation"><ul class="subnav"><li><a href="/presse/pressemitteilungen/">Pressemitteilungen</a></li><li><a href="/presse/bilder/">Pressebilder</a></li><li><a href="/presse/kontakt/">Pressekontakt</a></li></ul></aside>
</div></div>
<footer class="section footer-section"><p>© 2026 Stadtwerke Rosenheim · <a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a> · <a href="/agb/">AGB</a></p></footer>
</div>
</body></html>
"""


def de_wrap(i, h):
    typ = {1: "textpic", 2: "header", 3: "table"}.get(i, "text")
    if i == 1:
        h = '<div class="textpic"><div class="gallery-row"><figure class="image"><img src="/fileadmin/presse/fernwaerme.jpg" alt=""><figcaption class="image-caption">Fernwärmeleitung am Innspitz. Foto: SWRO</figcaption></figure></div><div class="textpic-item textpic-text">%s</div></div>' % h
    return '<div id="c%d" class="frame frame-default frame-type-%s frame-layout-0"><div class="frame-container"><div class="frame-inner">%s</div></div></div>' % (2302 + i, typ, h)


page("heldout", "de-pressemitteilung-elemente", "https://www.swro.test/presse/pressemitteilungen/strompreise-februar-2027/", B, H.replace("{BODY}", elements(G, de_wrap)),
     ["Pressemitteilung vom 02.12.2026", "Foto: SWRO", "Thomas Reiter", "08031 365-2100", "presse@swro.test", "Pressebilder", "AGB"])

# --- es-resultados-carrera (heldout): a town sports site's report of a
# popular race: a results table of times and a table of categories.
T1 = [["Puesto", "Atleta", "Club", "Tiempo"],
      ["1", "Javier Ortega", "CA Zamora", "31:12"],
      ["2", "Luis Fernández", "Independiente", "31:47"],
      ["3", "Ana Belén Rubio", "CD Benavente", "35:20"],
      ["4", "Marta Cid", "CA Zamora", "36:05"]]
B = [
    ("p", "Más de 600 corredores tomaron la salida el domingo en la XX Carrera Popular de San Silvestre de Benavente, que este año estrenó un recorrido de diez kilómetros por el casco histórico."),
    ("p", "Javier Ortega se impuso con autoridad y Ana Belén Rubio, tercera en la general, fue la primera mujer en cruzar la meta."),
    ("table", T1),
    ("p", "La organización destinará la recaudación de las inscripciones, 4.800 euros, al banco de alimentos de la comarca."),
    ("p", "La próxima edición se celebrará el 31 de diciembre de 2027."),
]
H = """<!DOCTYPE html>
<html lang="es">
<head><meta charset="utf-8"><title>Ortega y Rubio ganan la San Silvestre de Benavente - Deportes Benavente</title></head>
<body>
<div id="wrap">
<div id="cabecera"><a href="/"><img src="/img/logo.png" alt="Deportes Benavente"></a><ul class="menu"><li><a href="/futbol/">Fútbol</a></li><li><a href="/atletismo/">Atletismo</a></li><li><a href="/baloncesto/">Baloncesto</a></li><li><a href="/agenda/">Agenda</a></li></ul></div>
<div id="cuerpo">
<div class="noticia">
<h1>Ortega y Rubio ganan la San Silvestre de Benavente</h1>
<p class="fecha">Benavente, 29/12/2026 · Redacción</p>
<div class="foto"><img src="/fotos/sansilvestre.jpg" alt=""><p class="pie">La salida, en la plaza Mayor. Foto: J. Prieto</p></div>
<div class="texto">
{BODY}
</div>
<p class="visitas">Esta noticia ha sido leída 1.104 veces</p>
</div>
<div class="otras"><h3>Otras noticias</h3><ul><li><a href="/futbol/cd-benavente-empate/">El CD Benavente empata en Astorga</a></li><li><a href="/baloncesto/copa/">El Benavente Basket, a la Copa</a></li></ul></div>
</div>
<div id="pie">Deportes Benavente · <a href="/contacto/">Contacto</a> · <a href="/aviso-legal/">Aviso legal</a></div>
</div>
</body></html>
"""
page("heldout", "es-resultados-carrera", "https://deportesbenavente.test/atletismo/san-silvestre-2026/", B, H.replace("{BODY}", render(B, table=lambda r: '<table border="1" cellpadding="3">' + table(r, font=True)[7:])),
     ["Benavente, 29/12/2026", "Foto: J. Prieto", "leída 1.104 veces", "Otras noticias", "empata en Astorga"])

# --- en-recipe-card (heldout): a food blog with a recipe card whose title
# is the post's title without its tail, a times line, a nutrition line and
# a "this post may contain affiliate links" notice under an odd class.
ING = ["1 lb ground beef", "1 onion, diced", "2 cloves garlic", "1 can (15 oz) kidney beans", "1 can (28 oz) crushed tomatoes", "2 tbsp chili powder"]
STEPS = ["Brown the beef with the onion in a large pot over medium heat.", "Add the garlic and chili powder and cook for one minute.", "Stir in the beans and tomatoes, cover and simmer for 30 minutes."]
B = [
    ("p", "When the first cold snap hits, this is the chili that goes on the stove. It comes together in one pot and tastes even better the next day."),
    ("p", "I keep it mild for the kids and put hot sauce on the table for everyone else."),
    ("h", "What to serve with chili"),
    ("ul", ["Cornbread or tortilla chips", "Sour cream and grated cheddar", "A green salad with lime dressing"]),
    ("h3", "Ingredients"),
    ("ul", ING),
    ("h3", "Instructions"),
    ("ol", STEPS),
]
H = """<!DOCTYPE html>
<html lang="en-US">
<head><meta charset="UTF-8"><title>Easy Weeknight Chili (One Pot, 45 Minutes) - Sunny Side Kitchen</title></head>
<body class="single single-post">
<div class="site">
<header class="header"><a href="/" class="logo">Sunny Side Kitchen</a><nav><a href="/recipes/">Recipes</a><a href="/dinner/">Dinner</a><a href="/about/">About</a></nav></header>
<main class="main">
<article class="post">
<h1 class="post-title">Easy Weeknight Chili (One Pot, 45 Minutes)</h1>
<p class="post-meta">By Amy Cole · Updated December 1, 2026</p>
<div class="post-content">
<div class="fine-print-box"><p>This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases.</p></div>
{STORY}
<div class="recipe-block" id="recipe">
<h2 class="recipe-block__name">Easy Weeknight Chili</h2>
<div class="recipe-block__meta"><span>Prep Time: 10 minutes</span> <span>Cook Time: 35 minutes</span> <span>Total Time: 45 minutes</span></div>
<div class="recipe-block__nutrition">Calories: 412 kcal · Protein: 29 g</div>
{CARD}
<p class="recipe-block__footer">Did you make this recipe? Leave a comment and a rating below!</p>
</div>
</div>
</article>
<section class="comments"><h2>Comments</h2><p>Made this last night, perfect!</p></section>
</main>
<footer class="footer">© 2026 Sunny Side Kitchen · <a href="/privacy/">Privacy Policy</a></footer>
</div>
</body></html>
"""
page("heldout", "en-recipe-card", "https://sunnysidekitchen.test/easy-weeknight-chili/", B,
     H.replace("{STORY}", render(B[:4])).replace("{CARD}", render(B[4:])),
     ["This post may contain affiliate links", "Easy Weeknight Chili", "Prep Time: 10 minutes", "Calories: 412 kcal", "Did you make this recipe", "Amy Cole", "Made this last night"])

# --- ru-press-kontakty (heldout): a university's press release: the text,
# a quote, then the press service's contact lines.
B = [
    ("p", "Учёные Уральского технического университета разработали датчик, который по составу выдыхаемого воздуха за две минуты выявляет признаки диабета."),
    ("p", "Прибор размером с мобильный телефон улавливает ацетон в концентрации от 0,1 миллионной доли. Клинические испытания пройдут в 2027 году в трёх больницах Екатеринбурга."),
    ("quote", "«Наша цель — чтобы такой прибор стоял в кабинете каждого терапевта и стоил дешевле глюкометра»", "— руководитель лаборатории Сергей Волков"),
    ("p", "Работа выполнена при поддержке Российского научного фонда."),
]
H = """<!DOCTYPE html>
<html lang="ru">
<head><meta charset="utf-8"><title>Учёные УрТУ создали датчик диабета по дыханию | Новости университета</title></head>
<body class="news-page">
<header class="top"><a class="top__logo" href="/">Уральский технический университет</a><nav class="top__nav"><a href="/abiturient/">Абитуриентам</a><a href="/science/">Наука</a><a href="/news/">Новости</a><a href="/contacts/">Контакты</a></nav></header>
<div class="wrapper">
<div class="news-item">
<h1>Учёные УрТУ создали датчик диабета по дыханию</h1>
<div class="news-item__date">03 декабря 2026</div>
<div class="news-item__body">
{BODY}
<p><em>Пресс-служба УрТУ<br>Тел.: +7 (343) 375-00-00, e-mail: press@urtu.test</em></p>
</div>
<div class="news-item__share">Поделиться: <a href="https://vk.com/share.php">ВКонтакте</a> <a href="https://t.me/share">Telegram</a></div>
</div>
<div class="news-more"><h3>Другие новости</h3><a href="/news/1544/">Открыт приём заявок на олимпиаду</a><a href="/news/1541/">Студенты УрТУ победили в хакатоне</a></div>
</div>
<footer class="bottom">© 2026 УрТУ. Все права защищены.</footer>
</body></html>
"""
page("heldout", "ru-press-kontakty", "https://urtu.test/news/1546/", B, H.replace("{BODY}", render(B, quote=lambda t, c: "<blockquote><p>%s</p><p>%s</p></blockquote>" % (E(t), E(c)))),
     ["03 декабря 2026", "Пресс-служба УрТУ", "press@urtu.test", "Поделиться:", "Другие новости", "Все права защищены"])

# --- fr-actu-locale (heldout, control): an ordinary regional news story.
B = [
    ("p", "La piscine municipale de Villefranche rouvrira le 4 janvier après dix-huit mois de travaux de rénovation énergétique."),
    ("p", "Le bassin de 25 mètres a été entièrement refait et une pompe à chaleur remplace l’ancienne chaudière au fioul. La facture énergétique de l’équipement devrait baisser de moitié."),
    ("p", "Les créneaux réservés aux écoles reprendront dès la rentrée, et l’aquagym le mardi et le jeudi soir."),
    ("p", "Le coût des travaux atteint 4,2 millions d’euros, dont 1,5 million financé par l’État."),
]
H = """<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>Villefranche : la piscine rouvre le 4 janvier - Le Progrès du Beaujolais</title></head>
<body>
<div class="ad-top">Publicité</div>
<header class="header"><a href="/" class="header__logo">Le Progrès du Beaujolais</a><nav class="header__nav"><a href="/actualite/">Actualité</a><a href="/sport/">Sport</a><a href="/loisirs/">Loisirs</a><a href="/abonnement/">S’abonner</a></nav></header>
<main>
<article class="article">
<p class="article__kicker">Villefranche-sur-Saône</p>
<h1 class="article__title">Villefranche : la piscine rouvre le 4 janvier</h1>
<p class="article__meta">Par Julien Berthet - 06 déc. 2026 à 18:05</p>
<div class="article__content">
{BODY}
</div>
<div class="article__tags"><a href="/tag/villefranche/">Villefranche-sur-Saône</a> <a href="/tag/sport/">Natation</a></div>
</article>
<aside class="article__more"><h2>Les plus lus</h2><ol><li><a href="/a/1/">Accident sur l’A6 : deux blessés</a></li><li><a href="/a/2/">Beaujolais nouveau : bilan mitigé</a></li></ol></aside>
</main>
<footer class="footer">© Le Progrès du Beaujolais 2026 · <a href="/cgu/">CGU</a></footer>
</body></html>
"""
page("heldout", "fr-actu-locale", "https://progres-beaujolais.test/actualite/villefranche-piscine-rouvre/", B, H.replace("{BODY}", render(B)),
     ["Julien Berthet", "Les plus lus", "Accident sur l’A6", "Publicité", "CGU"])
