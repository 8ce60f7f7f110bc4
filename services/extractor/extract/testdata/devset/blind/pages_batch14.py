# The fourteenth batch, written after extractor 1.22.0 and before it was run
# on these pages: page kinds and story elements where a recall-first
# extractor keeps text a precision-first one drops, half German, the rest
# French, Spanish, Russian and English, one layout per page: a magazine
# long-read with a "Zur Person" box inside the text, a blog essay with
# footnotes, a news story ending in a "Korrektur:" paragraph, a long-read
# with an epilogue after a separator, a company's "Über uns" history with
# lists of services, an association's announcement with dates and its own
# contact paragraph, a Q&A interview with bold questions, a how-to with
# numbered steps and a tip box, a review with pros and cons and a verdict
# box, a local authority's notice with a table, a report with a timeline
# box, a feature with a background box, a product review, a blog essay
# with endnotes and an update, a how-to with a tip box. Chrome around and
# inside: menus, share rows, related lists, newsletter boxes, cookie
# banners, comments, author boxes. Three more: a French association's
# announcement with a programme table, a German product test with a
# "Fazit" box, an interview with bold questions and a "Zur Person" box.
#
# Judgment calls, written before any run and following ../tune/truth.py
# and batches 1-13: a box inside the story's run that tells the story's
# own facts ("Zur Person", "Hintergrund", a timeline, a tip, a verdict, a
# pros/cons list) is text with its heading; a blog essay's footnotes or
# endnotes are text (batch 12's call), their back links ("↩") and the
# note calls' numbers are not; an
# "Update:"/"Korrektur:" paragraph at the end and an epilogue after a
# separator are text; a company page's history and its lists of services
# are text; an association's announcement keeps its dates and the contact
# paragraph written as a paragraph of the announcement ("Anmeldung bis
# ... bei ..."), while a separate contact card or press box after it is
# not text (batches 10-11); an interview's bold questions are text; a
# review's rating widget, price box and "where to buy" links are not. No
# headline, byline, date, caption, share row, related list, newsletter
# box, cookie banner, author box or comment.
#
# Parts were assigned by a fixed rule before the extractor was run: in the
# order written, every third page (3rd, 6th, 9th, 12th, 15th, 18th) is
# held out.
from kit import E, page, render


def part(n):
    return "heldout" if n % 3 == 0 else "tune"


COOKIE_DE = ('<div id="cookie-consent" class="cc-banner" role="dialog"><p>Wir verwenden Cookies, um unsere Website für Sie optimal zu gestalten. '
             'Mit der Nutzung stimmen Sie dem zu. <a href="/datenschutz">Mehr erfahren</a></p><button>Alle akzeptieren</button><button>Nur notwendige</button></div>')

# --- 1 de-magazin-zurperson: a monthly magazine's long-read on a block
# theme; a share row under the headline, a "Zur Person" box (an <aside>
# with its own <h3>) between the story's paragraphs, a newsletter box and
# "Das könnte Sie auch interessieren" after the story.
B = [
    ("sf", "Seit zwanzig Jahren restauriert Hanna Vogt Orgeln in ganz Europa. Ein Besuch in ihrer Werkstatt im Allgäu, wo eine Barockorgel aus Tirol wieder spielen lernt."),
    ("p", "Es riecht nach Leim und altem Holz, als Hanna Vogt die Tür zur Werkhalle aufschiebt. Auf drei Böcken liegt die Windlade einer Orgel, die 1742 für eine Dorfkirche im Tiroler Lechtal gebaut wurde. Vierhundert Pfeifen lehnen in Kisten an der Wand, jede mit einem Zettel beschriftet."),
    ("p", "Seit dem Frühjahr arbeiten Vogt und ihre vier Mitarbeiter an dem Instrument. Das Gehäuse war vom Holzwurm befallen, die Bälge undicht, mehrere Register hatte ein Orgelbauer in den sechziger Jahren ausgetauscht, um die Orgel moderner klingen zu lassen."),
    ("p", "„Wir bauen zurück, was wir belegen können, und nicht mehr“, sagt Vogt. Was die Werkstatt nicht aus Rechnungen, Fotos oder Spuren am Holz erschließen kann, bleibt, wie es ist."),
    ("h3", "Zur Person"),
    ("p", "Hanna Vogt, 52, lernte Orgelbau in Ludwigsburg und arbeitete zehn Jahre in Werkstätten in Haarlem und Straßburg. 2004 machte sie sich in Kempten selbstständig. Sie hat seither 38 historische Orgeln restauriert, die älteste von 1611."),
    ("p", "Die Arbeit an der Lechtaler Orgel ist vor allem Geduld. Jede Pfeife wird gereinigt, vermessen und, wo nötig, an der Lötnaht repariert. Für die Bälge gerbt ein Betrieb in Franken Schafleder nach altem Verfahren."),
    ("p", "Im Mai soll die Orgel zurück nach Tirol. Die Gemeinde hat für die Restaurierung fünf Jahre lang gesammelt, ein Drittel der Kosten trägt das Land."),
    ("p", "Und was, wenn sie am Ende anders klingt als erwartet? Vogt lacht. „Dann klingt sie wie 1742. Das ist ja der Sinn.“"),
]
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Orgelbau: Die Frau, die Orgeln wieder spielen lehrt – Alpenland Magazin</title></head>
<body class="single wp-embed-responsive">
{COOKIE}
<header class="wp-block-template-part site-header"><a class="site-logo" href="/">Alpenland Magazin</a>
<nav class="wp-block-navigation"><ul><li><a href="/reportage/">Reportage</a></li><li><a href="/kultur/">Kultur</a></li><li><a href="/natur/">Natur</a></li><li><a href="/abo/">Abo</a></li></ul></nav></header>
<main class="wp-block-group">
<div class="entry-header"><p class="kicker">Reportage</p><h1 class="wp-block-post-title">Die Frau, die Orgeln wieder spielen lehrt</h1>
<div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">{SF}</p></div>
<div class="post-meta">Text: Markus Lindner · Fotos: Eva Brandl · 14. November 2026 · 8 Min. Lesezeit</div>
<div class="share-row"><span>Teilen:</span> <a href="https://www.facebook.com/sharer.php?u=x">Facebook</a> <a href="https://wa.me/?text=x">WhatsApp</a> <a href="mailto:?subject=x">E-Mail</a></div></div>
<figure class="wp-block-image"><img src="/img/orgel.jpg" alt=""><figcaption>Hanna Vogt prüft eine Pfeife der Lechtaler Orgel.</figcaption></figure>
<div class="entry-content wp-block-post-content">
{P1}
<aside class="wp-block-group infobox has-background">
{BOX}
</aside>
{P2}
</div>
<div class="newsletter-box"><h3>Der Alpenland-Newsletter</h3><p>Jeden Freitag die besten Geschichten aus den Bergen in Ihrem Postfach.</p><form><input type="email" placeholder="Ihre E-Mail-Adresse"><button>Abonnieren</button></form></div>
<section class="related"><h2>Das könnte Sie auch interessieren</h2><ul>
<li><a href="/reportage/glockengiesser/">Der letzte Glockengießer im Ostallgäu</a></li>
<li><a href="/kultur/zither/">Warum die Zither wieder gefragt ist</a></li>
<li><a href="/reportage/geigenbau/">Geigenbau in Mittenwald: Ein Handwerk im Wandel</a></li></ul></section>
</main>
<footer class="site-footer"><a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a> · © 2026 Alpenland Verlag</footer>
</body></html>
"""
page(part(1), "de-magazin-zurperson", "https://alpenland-magazin.test/reportage/orgelbau-hanna-vogt/", B,
     H.replace("{COOKIE}", COOKIE_DE).replace("{SF}", E(B[0][1])).replace("{P1}", render(B[1:4])).replace("{BOX}", render(B[4:6])).replace("{P2}", render(B[6:])),
     ["Alle akzeptieren", "8 Min. Lesezeit", "WhatsApp", "Hanna Vogt prüft eine Pfeife", "Der Alpenland-Newsletter", "Das könnte Sie auch interessieren", "Der letzte Glockengießer", "Impressum"],
     must=("Zur Person", "Hanna Vogt, 52, lernte Orgelbau in Ludwigsburg und arbeitete zehn Jahre in Werkstätten in Haarlem und Straßburg. 2004 machte sie sich in Kempten selbstständig. Sie hat seither 38 historische Orgeln restauriert, die älteste von 1611."))

# --- 2 fr-blog-essai-notes: a personal essay on a Hugo blog; note calls
# in <sup>, a "Notes" section of an <ol> with "↩" back links after an
# <hr>, a share row, "Billets similaires" and comments via a widget.
B = [
    ("p", "On parle beaucoup de la lenteur comme d'une vertu retrouvée. J'aimerais ici défendre une idée plus modeste : la lenteur n'est pas une vertu, c'est une condition de travail que l'on obtient rarement."),
    ("p", "Quand j'ai commencé à traduire, en 2009, un éditeur m'accordait six mois pour un roman de trois cents pages. Aujourd'hui, on me propose le plus souvent trois mois, parfois moins, pour le même volume."),
    ("p", "Ce n'est pas une plainte. Les éditeurs eux-mêmes travaillent sous la pression des calendriers de parution, et la traduction n'est qu'un maillon d'une chaîne qui s'est accélérée partout."),
    ("p", "Mais il faut mesurer ce que cela change. Une traduction relue trois fois n'est pas la même qu'une traduction relue une fois ; la différence ne se voit pas à la première page, elle se sent à la centième."),
    ("h", "Notes"),
    ("ol", ["Les chiffres de l'Association des traducteurs littéraires de France vont dans le même sens : la durée moyenne des contrats a baissé d'un quart en quinze ans.",
            "Je pense en particulier aux romans à plusieurs voix, où chaque personnage a sa langue et où une relecture rapide efface les différences."]),
]
BODY = """<p>On parle beaucoup de la lenteur comme d'une vertu retrouvée. J'aimerais ici défendre une idée plus modeste : la lenteur n'est pas une vertu, c'est une condition de travail que l'on obtient rarement.</p>
<p>Quand j'ai commencé à traduire, en 2009, un éditeur m'accordait six mois pour un roman de trois cents pages. Aujourd'hui, on me propose le plus souvent trois mois, parfois moins, pour le même volume.</p>
<p>Ce n'est pas une plainte. Les éditeurs eux-mêmes travaillent sous la pression des calendriers de parution, et la traduction n'est qu'un maillon d'une chaîne qui s'est accélérée partout.</p>
<p>Mais il faut mesurer ce que cela change. Une traduction relue trois fois n'est pas la même qu'une traduction relue une fois ; la différence ne se voit pas à la première page, elle se sent à la centième.</p>
<hr class="footnotes-sep">
<section class="footnotes" role="doc-endnotes">
<h2>Notes</h2>
<ol>
<li id="fn:1"><p>Les chiffres de l'Association des traducteurs littéraires de France vont dans le même sens : la durée moyenne des contrats a baissé d'un quart en quinze ans. <a href="#fnref:1" class="footnote-backref" role="doc-backlink">↩︎</a></p></li>
<li id="fn:2"><p>Je pense en particulier aux romans à plusieurs voix, où chaque personnage a sa langue et où une relecture rapide efface les différences. <a href="#fnref:2" class="footnote-backref" role="doc-backlink">↩︎</a></p></li>
</ol>
</section>"""
H = """<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>Éloge modeste de la lenteur | Carnet de traduction</title></head>
<body>
<header class="site-header"><a href="/" class="site-title">Carnet de traduction</a>
<nav><a href="/posts/">Billets</a> <a href="/a-propos/">À propos</a> <a href="/index.xml">RSS</a></nav></header>
<main>
<article class="post">
<header class="post-header"><h1 class="post-title">Éloge modeste de la lenteur</h1>
<div class="post-meta"><time datetime="2026-11-02">2 novembre 2026</time> · 4 min de lecture · Claire Morel</div></header>
<div class="post-content">
{BODY}
</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="/tags/traduction/">traduction</a></li><li><a href="/tags/edition/">édition</a></li></ul>
<div class="share-buttons"><a href="https://twitter.com/intent/tweet?text=x">Partager sur X</a> <a href="https://www.linkedin.com/shareArticle?url=x">Partager sur LinkedIn</a> <a href="https://mastodon.social/share?text=x">Partager sur Mastodon</a></div>
<nav class="paginav"><a class="prev" href="/posts/glossaires/">« Précédent<br>Tenir un glossaire sans s'y perdre</a> <a class="next" href="/posts/relire/">Suivant »<br>Relire à voix haute</a></nav></footer>
</article>
<section class="related"><h3>Billets similaires</h3><ul><li><a href="/posts/tarifs/">Parler de ses tarifs</a></li><li><a href="/posts/contrats/">Lire un contrat d'édition</a></li></ul></section>
<section id="comments"><h3>Commentaires</h3><div class="comment"><p class="comment-author">Julien R.</p><p>Merci pour ce billet, c'est exactement ce que je vis avec les délais des éditeurs jeunesse.</p></div></section>
</main>
<footer class="footer">© 2026 Carnet de traduction · Propulsé par Hugo</footer>
</body></html>
"""
B2 = BODY.replace("une condition de travail que l'on obtient rarement.</p>", "une condition de travail que l'on obtient rarement.<sup id=\"fnref:1\"><a href=\"#fn:1\" class=\"footnote-ref\" role=\"doc-noteref\">1</a></sup></p>").replace(
    "elle se sent à la centième.</p>", "elle se sent à la centième.<sup id=\"fnref:2\"><a href=\"#fn:2\" class=\"footnote-ref\" role=\"doc-noteref\">2</a></sup></p>")
page(part(2), "fr-blog-essai-notes", "https://carnet-traduction.test/posts/eloge-lenteur/", B,
     H.replace("{BODY}", B2),
     ["4 min de lecture", "Partager sur LinkedIn", "Tenir un glossaire sans s'y perdre", "Billets similaires", "Lire un contrat d'édition", "Merci pour ce billet", "Propulsé par Hugo"],
     must=("Les chiffres de l'Association des traducteurs littéraires de France vont dans le même sens : la durée moyenne des contrats a baissé d'un quart en quinze ans.",
           "Je pense en particulier aux romans à plusieurs voix, où chaque personnage a sa langue et où une relecture rapide efface les différences."))

# --- 3 de-korrektur-nachtrag (held out): a regional paper's story on a
# Drupal-like CMS; the story ends in a "Korrektur:" paragraph in <em>, a
# line of tags, "Mehr zum Thema" with dates, a comment count.
B = [
    ("p", "Göttingen. Der Kreistag hat am Mittwochabend den Bau eines neuen Rettungswachen-Standorts in Dransfeld beschlossen. Die Wache soll 2028 in Betrieb gehen und die Hilfsfristen im Westen des Landkreises verkürzen."),
    ("p", "Bisher erreichen Rettungswagen Orte wie Jühnde oder Scheden in mehr als einem Viertel der Einsätze nicht innerhalb der vorgeschriebenen 15 Minuten. Mit der neuen Wache sollen es weniger als fünf Prozent sein."),
    ("p", "Der Neubau kostet nach Schätzung der Verwaltung rund 4,2 Millionen Euro. Die Krankenkassen tragen die laufenden Kosten, der Landkreis das Gebäude."),
    ("p", "Die Grünen stimmten zu, forderten aber, die Wache als Passivhaus zu bauen. Die AfD enthielt sich. Der Beschluss fiel mit 49 Ja-Stimmen bei vier Enthaltungen."),
    ("p", "Als Standort ist ein Grundstück an der Bundesstraße 3 am Ortsausgang vorgesehen, das der Flecken Dransfeld dem Landkreis verkauft."),
    ("x", "Korrektur: In einer früheren Fassung dieses Artikels hieß es, die Wache solle 2027 in Betrieb gehen. Richtig ist 2028. Wir haben den Fehler korrigiert.",
     "<p><em><strong>Korrektur:</strong> In einer früheren Fassung dieses Artikels hieß es, die Wache solle 2027 in Betrieb gehen. Richtig ist 2028. Wir haben den Fehler korrigiert.</em></p>"),
]
H = """<!DOCTYPE html>
<html lang="de" dir="ltr">
<head><meta charset="utf-8"><title>Kreistag beschließt neue Rettungswache in Dransfeld | Leinetal Kurier</title></head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable">Direkt zum Inhalt</a>
<div class="dialog-off-canvas-main-canvas">
<header role="banner"><div class="region region-header"><a href="/" rel="home" class="site-logo">Leinetal Kurier</a></div>
<nav role="navigation" class="menu--main"><ul class="menu"><li><a href="/lokales">Lokales</a></li><li><a href="/region">Region</a></li><li><a href="/sport">Sport</a></li><li><a href="/kultur">Kultur</a></li><li><a href="/epaper">E-Paper</a></li></ul></nav></header>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="region region-content">
<article role="article" class="node node--type-article node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">Kreistag beschließt neue Rettungswache in Dransfeld</span></h1>
<div class="node__meta"><span class="field--name-uid">Von Jens Albrecht</span> | <span class="field--name-created">03.12.2026, 18:40 Uhr</span></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
{BODY}
</div>
<div class="field field--name-field-tags"><div class="field__label">Schlagworte</div><div class="field__items"><a href="/tags/rettungsdienst">Rettungsdienst</a> <a href="/tags/kreistag">Kreistag</a> <a href="/tags/dransfeld">Dransfeld</a></div></div>
<div class="node__links"><a href="/node/48812#comments">12 Kommentare</a> | <a href="/print/48812">Drucken</a></div>
</article>
<div class="block-views-related"><h2>Mehr zum Thema</h2><div class="view-content">
<div class="views-row"><a href="/lokales/rettungsdienst-hilfsfristen">Rettungsdienst: Hilfsfristen im Westkreis oft überschritten</a> <span>12.09.2026</span></div>
<div class="views-row"><a href="/lokales/kreistag-haushalt">Kreistag verabschiedet Haushalt mit Rekordinvestitionen</a> <span>28.11.2026</span></div></div></div>
</div></main>
<footer role="contentinfo"><ul class="menu"><li><a href="/impressum">Impressum</a></li><li><a href="/agb">AGB</a></li><li><a href="/kontakt">Kontakt</a></li></ul></footer>
</div>
</body></html>
"""
page(part(3), "de-korrektur-nachtrag", "https://leinetal-kurier.test/lokales/kreistag-rettungswache-dransfeld", B,
     H.replace("{BODY}", render(B)),
     ["Direkt zum Inhalt", "Von Jens Albrecht", "Schlagworte", "12 Kommentare", "Mehr zum Thema", "Hilfsfristen im Westkreis oft überschritten", "E-Paper"],
     must=("Korrektur: In einer früheren Fassung dieses Artikels hieß es, die Wache solle 2027 in Betrieb gehen. Richtig ist 2028. Wir haben den Fehler korrigiert.",))

# --- 4 es-cronica-epilogo: a long-read on a Ghost-like theme; the story's
# last part is an epilogue after an <hr> with an "Epílogo" heading, then a
# subscription call, tags and "Sigue leyendo" cards.
B = [
    ("p", "El último tren de la línea salió de la estación de Canfranc un martes de marzo de 1970. Nadie lo sabía entonces: un puente se había hundido del lado francés y la reparación nunca llegó."),
    ("p", "Durante medio siglo la estación, con sus 241 metros de fachada, fue un edificio demasiado grande para un pueblo de quinientos habitantes. Los vecinos la usaron como almacén, como decorado de películas, como lugar de paseo."),
    ("p", "Mercedes Lacasta trabajó en la cantina de la estación desde los dieciséis años. Recuerda los trenes de mercancías cargados de naranjas que cruzaban hacia Francia y los que volvían con maquinaria."),
    ("p", "«Aquí había aduana, policía, hotel, tres bares. Cuando se fue el tren se fue todo eso», dice sentada en la misma plaza donde aguardaban los viajeros."),
    ("p", "La rehabilitación empezó en 2020. Hoy el edificio es un hotel y el Gobierno de Aragón y la región de Nueva Aquitania estudian reabrir la línea hasta Pau antes de 2030."),
    ("h", "Epílogo"),
    ("p", "Mercedes volvió a entrar en la estación el día de la inauguración del hotel. Pidió ver la cantina. Ahora es una sala de desayunos."),
    ("p", "Se quedó un rato mirando por la ventana hacia las vías, donde todavía crece la hierba. Luego pidió un café, como antes."),
]
H = """<!DOCTYPE html>
<html lang="es">
<head><meta charset="utf-8"><title>Canfranc, la estación que esperó medio siglo</title></head>
<body class="post-template">
<div class="site">
<header id="gh-head" class="gh-head"><a class="gh-head-logo" href="/">Crónica Lenta</a>
<nav class="gh-head-menu"><ul class="nav"><li class="nav-cronicas"><a href="/cronicas/">Crónicas</a></li><li class="nav-entrevistas"><a href="/entrevistas/">Entrevistas</a></li><li class="nav-archivo"><a href="/archivo/">Archivo</a></li></ul></nav>
<a class="gh-head-button" href="#/portal/signup">Suscríbete</a></header>
<main id="site-main" class="site-main">
<article class="article post">
<header class="article-header gh-canvas"><section class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/cronicas/">Crónicas</a></span></section>
<h1 class="article-title">Canfranc, la estación que esperó medio siglo</h1>
<div class="article-byline"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/lucia/">Lucía Serrano</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-10-18">18 oct 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 9 min de lectura</span></div></div></div>
<figure class="article-image"><img src="/content/images/canfranc.jpg" alt=""><figcaption>La fachada de la estación internacional de Canfranc, en 2025.</figcaption></figure></header>
<section class="gh-content gh-canvas">
{P1}
<hr>
{P2}
</section>
<section class="article-comments gh-canvas"></section>
</article>
<div class="footer-cta"><h2 class="footer-cta-title">Suscríbete a Crónica Lenta</h2><p>Una crónica larga cada domingo, sin prisa.</p><a class="footer-cta-button" href="#/portal">Tu correo electrónico <span>Suscribirme</span></a></div>
<aside class="read-more-wrap"><div class="read-more inner"><h3>Sigue leyendo</h3>
<article class="post-card"><a class="post-card-content-link" href="/cronicas/faro/"><h2 class="post-card-title">El farero que no quiso irse</h2><div class="post-card-excerpt">Treinta años solo en una isla del Cantábrico.</div></a></article>
<article class="post-card"><a class="post-card-content-link" href="/cronicas/lavadero/"><h2 class="post-card-title">Los lavaderos de la Ribagorza</h2><div class="post-card-excerpt">Un pueblo recupera sus lavaderos públicos.</div></a></article></div></aside>
</main>
<footer class="gh-foot"><div class="gh-foot-inner">Crónica Lenta © 2026 · <a href="https://ghost.org/">Publicado con Ghost</a></div></footer>
</div>
</body></html>
"""
page(part(4), "es-cronica-epilogo", "https://cronicalenta.test/cronicas/canfranc/", B,
     H.replace("{P1}", render(B[:5])).replace("{P2}", render(B[5:])),
     ["Suscríbete a Crónica Lenta", "9 min de lectura", "La fachada de la estación internacional", "Sigue leyendo", "El farero que no quiso irse", "Publicado con Ghost"],
     must=("Se quedó un rato mirando por la ventana hacia las vías, donde todavía crece la hierba. Luego pidió un café, como antes.", "Epílogo"))

# --- 5 de-firma-ueber-uns: a family firm's "Über uns" page on a
# site builder (Jimdo-like): cookie banner, a header menu, the history in
# text modules, a list of services, a list of certificates, a team teaser
# of links and a footer of contact, hours and legal links.
B = [
    ("p", "Die Schreinerei Bauer wurde 1957 von Josef Bauer in Landshut gegründet. Was als Ein-Mann-Betrieb in einer Garage begann, ist heute ein Handwerksbetrieb mit 23 Mitarbeiterinnen und Mitarbeitern in dritter Generation."),
    ("p", "1984 übernahm Sohn Georg den Betrieb und baute die Werkstatt im Gewerbegebiet Münchnerau. Seit 2015 führt Enkelin Theresa Bauer, Schreinermeisterin und Innenarchitektin, das Unternehmen."),
    ("h", "Was wir machen"),
    ("p", "Wir planen und fertigen Möbel und Innenausbauten für private Kunden, Praxen und Gewerbe, vom einzelnen Regal bis zur kompletten Ladeneinrichtung:"),
    ("ul", ["Einbauschränke und begehbare Kleiderschränke nach Maß", "Küchen aus Massivholz und Furnier", "Innentüren, Treppen und Wandverkleidungen", "Praxis- und Ladeneinrichtungen", "Reparatur und Restaurierung alter Möbel"]),
    ("h", "Wie wir arbeiten"),
    ("p", "Jedes Stück wird in unserer eigenen Werkstatt gefertigt. Wir verwenden Holz aus Wäldern in Niederbayern und dem Bayerischen Wald, verleimen mit lösungsmittelfreien Klebern und ölen die Oberflächen, statt sie zu lackieren."),
    ("p", "Wir bilden jedes Jahr zwei Lehrlinge aus. Drei unserer heutigen Meister haben bei uns gelernt."),
]
H = """<!DOCTYPE html>
<html lang="de-DE">
<head><meta charset="utf-8"><title>Über uns - Schreinerei Bauer Landshut</title></head>
<body class="jtpl-main cc-page-about">
<div class="cc-cookie-banner" id="cc-cookie"><div class="cc-cookie-text">Diese Website verwendet Cookies. Weitere Informationen finden Sie in unserer <a href="/datenschutz/">Datenschutzerklärung</a>.</div><a class="cc-cookie-accept" href="#">Verstanden</a></div>
<div class="jtpl-header"><a href="/" class="jtpl-logo"><img src="/logo.png" alt="Schreinerei Bauer"></a>
<nav class="jtpl-navigation"><ul class="j-nav-level-0"><li><a href="/">Start</a></li><li class="cc-nav-current"><a href="/ueber-uns/">Über uns</a></li><li><a href="/leistungen/">Leistungen</a></li><li><a href="/referenzen/">Referenzen</a></li><li><a href="/kontakt/">Kontakt</a></li></ul></nav></div>
<div class="jtpl-content"><div id="content_area">
<div class="j-module n j-header"><h1>Über uns</h1></div>
<div class="j-module n j-text">{T1}</div>
<div class="j-module n j-imageSubtitle"><img src="/werkstatt.jpg" alt=""><span class="cc-imagewrapper-caption">Die Werkstatt in der Münchnerau, 1986</span></div>
<div class="j-module n j-header">{H1}</div>
<div class="j-module n j-text">{T2}</div>
<div class="j-module n j-header">{H2}</div>
<div class="j-module n j-text">{T3}</div>
<div class="j-module n j-hr"><hr></div>
<div class="j-module n j-text"><p><a href="/team/">Lernen Sie unser Team kennen</a> · <a href="/karriere/">Jobs &amp; Ausbildung</a> · <a href="/referenzen/">Unsere Referenzen</a></p></div>
</div></div>
<div class="jtpl-footer"><div class="j-footer-col"><p><strong>Schreinerei Bauer GmbH</strong><br>Siemensstraße 14<br>84030 Landshut<br>Tel. 0871 555 40-0</p></div>
<div class="j-footer-col"><p>Öffnungszeiten Ausstellung:<br>Mo–Fr 8–17 Uhr, Sa 9–12 Uhr</p></div>
<div class="j-footer-col"><a href="/impressum/">Impressum</a> | <a href="/datenschutz/">Datenschutz</a> | <a href="/sitemap/">Sitemap</a></div></div>
</body></html>
"""
page(part(5), "de-firma-ueber-uns", "https://schreinerei-bauer.test/ueber-uns/", B,
     H.replace("{T1}", render(B[:2])).replace("{H1}", render(B[2:3])).replace("{T2}", render(B[3:5])).replace("{H2}", render(B[5:6])).replace("{T3}", render(B[6:])),
     ["Diese Website verwendet Cookies", "Verstanden", "Die Werkstatt in der Münchnerau, 1986", "Lernen Sie unser Team kennen", "Siemensstraße 14", "Öffnungszeiten Ausstellung", "Sitemap"],
     must=("Reparatur und Restaurierung alter Möbel", "Wir bilden jedes Jahr zwei Lehrlinge aus. Drei unserer heutigen Meister haben bei uns gelernt."))

# --- 6 de-verein-termine (held out): a sports club's announcement on a
# Joomla 4 site; dates as a list, a contact paragraph of the story's own,
# a "Downloads" box with a PDF link, a "Nächste Termine" sidebar module,
# and a sponsors' strip.
B = [
    ("p", "Der TSV Eichenau lädt alle Mitglieder zur ordentlichen Jahreshauptversammlung ein. Neben den Berichten der Abteilungen stehen in diesem Jahr die Neuwahl des Vorstands und eine Änderung der Beitragsordnung auf der Tagesordnung."),
    ("p", "Die wichtigsten Termine im Überblick:"),
    ("ul", ["Freitag, 16. Januar 2027: Frist für Anträge an die Versammlung", "Freitag, 30. Januar 2027, 19:30 Uhr: Jahreshauptversammlung im Sportheim, Budriostraße 7", "Samstag, 31. Januar 2027, 10 Uhr: Helferfrühstück für alle Ehrenamtlichen"]),
    ("p", "Der Vorstand schlägt vor, den Jahresbeitrag für Erwachsene von 96 auf 108 Euro anzuheben. Für Kinder, Jugendliche und Familien bleibt der Beitrag unverändert. Die Begründung und die Zahlen des Kassenberichts liegen ab dem 9. Januar in der Geschäftsstelle aus."),
    ("p", "Anträge und Fragen zur Versammlung bitte schriftlich an Geschäftsführerin Sabine Kretz, Budriostraße 7, 82223 Eichenau, oder per E-Mail an vorstand@tsv-eichenau.test. Sie ist dienstags und donnerstags von 17 bis 19 Uhr auch telefonisch unter 08141 555 210 erreichbar."),
    ("p", "Wir freuen uns auf eine rege Beteiligung!"),
]
H = """<!DOCTYPE html>
<html lang="de-de" dir="ltr">
<head><meta charset="utf-8"><title>Einladung zur Jahreshauptversammlung 2027 - TSV Eichenau e.V.</title></head>
<body class="site com_content view-article layout-blog itemid-112">
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/">TSV Eichenau e.V.</a></div></div>
<div class="grid-child container-nav"><ul class="mod-menu mod-list nav"><li class="nav-item"><a href="/">Home</a></li><li class="nav-item current active"><a href="/aktuelles">Aktuelles</a></li><li class="nav-item"><a href="/abteilungen">Abteilungen</a></li><li class="nav-item"><a href="/mitgliedschaft">Mitgliedschaft</a></li><li class="nav-item"><a href="/kontakt">Kontakt</a></li></ul></div></header>
<div class="site-grid">
<div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper"><ol class="mod-breadcrumbs breadcrumb"><li><a href="/">Startseite</a></li><li><a href="/aktuelles">Aktuelles</a></li><li>Einladung zur Jahreshauptversammlung 2027</li></ol></nav>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h1 itemprop="headline">Einladung zur Jahreshauptversammlung 2027</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt><dd class="createdby">Geschrieben von: Vorstand</dd><dd class="published"><time datetime="2026-12-01">01. Dezember 2026</time></dd><dd class="hits">Zugriffe: 214</dd></dl>
<div itemprop="articleBody" class="com-content-article__body">
{BODY}
</div>
<div class="attachments"><h4>Downloads</h4><ul><li><a href="/images/jhv/tagesordnung-2027.pdf">Tagesordnung 2027 (PDF, 84 KB)</a></li><li><a href="/images/jhv/beitragsordnung-entwurf.pdf">Entwurf Beitragsordnung (PDF, 120 KB)</a></li></ul></div>
<nav class="pagenavigation"><ul class="pagination"><li class="previous"><a href="/aktuelles/weihnachtsfeier" rel="prev">Zurück</a></li><li class="next"><a href="/aktuelles/hallenzeiten" rel="next">Weiter</a></li></ul></nav>
</div></div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card"><h3 class="card-header">Nächste Termine</h3><div class="card-body"><ul class="mod-articlescategory"><li><a href="/termine/weihnachtsfeier">13.12. Weihnachtsfeier der Jugend</a></li><li><a href="/termine/silvesterlauf">31.12. Silvesterlauf</a></li><li><a href="/termine/jhv">30.01. Jahreshauptversammlung</a></li></ul></div></div>
<div class="sidebar-right card"><h3 class="card-header">Unsere Sponsoren</h3><div class="card-body"><p><a href="https://sparkasse.test/">Sparkasse Fürstenfeldbruck</a> · <a href="https://autohaus.test/">Autohaus Huber</a></p></div></div></div>
</div>
<footer class="container-footer footer full-width"><div class="grid-child"><p>© 2026 TSV Eichenau e.V. · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></p></div></footer>
</body></html>
"""
page(part(6), "de-verein-termine", "https://tsv-eichenau.test/aktuelles/jahreshauptversammlung-2027", B,
     H.replace("{BODY}", render(B)),
     ["Geschrieben von: Vorstand", "Zugriffe: 214", "Tagesordnung 2027 (PDF, 84 KB)", "Nächste Termine", "Silvesterlauf", "Unsere Sponsoren", "Autohaus Huber"],
     must=("Anträge und Fragen zur Versammlung bitte schriftlich an Geschäftsführerin Sabine Kretz, Budriostraße 7, 82223 Eichenau, oder per E-Mail an vorstand@tsv-eichenau.test. Sie ist dienstags und donnerstags von 17 bis 19 Uhr auch telefonisch unter 08141 555 210 erreichbar.",
           "Freitag, 30. Januar 2027, 19:30 Uhr: Jahreshauptversammlung im Sportheim, Budriostraße 7", "Wir freuen uns auf eine rege Beteiligung!"))

# --- 7 ru-interview-vopros: an interview on a Russian city portal (a
# Bitrix-like news.detail template); each question a bold paragraph
# opening with a dash, answers in plain paragraphs, a share row of
# Russian networks, "Читайте также" and a comments block.
B = [
    ("p", "В декабре в Казани откроется первая в городе библиотека, работающая круглосуточно. Мы поговорили с её директором Алсу Гариповой о том, кто будет приходить туда ночью и зачем."),
    ("lead", "— Зачем библиотеке работать ночью?"),
    ("p", "— Мы два года смотрели на статистику читального зала. Пик посещений у нас в девять вечера, когда мы закрываемся. Студенты, медсёстры после смены, таксисты — им просто некуда прийти вечером, где тихо и тепло."),
    ("lead", "— Не опасно ли это?"),
    ("p", "— В здании будет охрана и дежурный библиотекарь. Вход ночью — по читательскому билету. Мы консультировались с библиотеками в Хельсинки и Таллине, где такой режим работает давно."),
    ("lead", "— Сколько это стоит городу?"),
    ("p", "— Дополнительно около девяти миллионов рублей в год, в основном зарплата ночной смены. Часть денег даёт университет, студентам которого это нужнее всего."),
    ("lead", "— Что будет, если ночью никто не придёт?"),
    ("p", "— Тогда через полгода мы честно это признаем и вернёмся к обычному графику. Но я уверена, что придут."),
]
H = """<!DOCTYPE html>
<html lang="ru">
<head><meta charset="UTF-8"><title>«Пик посещений — когда мы закрываемся»: директор библиотеки о ночном режиме — Казань Сегодня</title></head>
<body>
<div class="header"><div class="logo"><a href="/">Казань Сегодня</a></div>
<ul class="top-menu"><li><a href="/news/">Новости</a></li><li><a href="/interview/">Интервью</a></li><li><a href="/afisha/">Афиша</a></li><li><a href="/transport/">Транспорт</a></li></ul></div>
<div class="workarea">
<div class="news-detail">
<div class="news-date-time">05.12.2026 10:15</div>
<h1>«Пик посещений — когда мы закрываемся»: директор библиотеки о ночном режиме</h1>
<div class="news-author">Беседовала Дина Хасанова</div>
<img class="detail_picture" src="/upload/iblock/a1/lib.jpg" alt=""><div class="photo-source">Фото: пресс-служба библиотеки</div>
<div class="news-detail-text">
{BODY}
</div>
<div class="share-block"><span>Поделиться:</span> <a href="https://vk.com/share.php?url=x">ВКонтакте</a> <a href="https://connect.ok.ru/offer?url=x">Одноклассники</a> <a href="https://t.me/share/url?url=x">Telegram</a></div>
<div class="news-tags">Теги: <a href="/tags/biblioteki/">библиотеки</a>, <a href="/tags/kultura/">культура</a></div>
</div>
<div class="read-also"><div class="title">Читайте также</div>
<div class="item"><a href="/news/12345/">В Казани продлят работу музеев до 22:00</a></div>
<div class="item"><a href="/news/12346/">Студенческий проездной подорожает с января</a></div></div>
<div class="comments-block"><div class="title">Комментарии (7)</div>
<div class="comment"><b>Ильдар</b><p>Отличная идея, давно пора.</p></div>
<div class="comment"><b>Марина К.</b><p>А парковка там ночью будет открыта?</p></div></div>
</div>
<div class="footer">© 2026 «Казань Сегодня». 16+. При использовании материалов ссылка обязательна.</div>
</body></html>
"""
page(part(7), "ru-interview-vopros", "https://kazan-segodnya.test/interview/12377/", B,
     H.replace("{BODY}", render(B)),
     ["Беседовала Дина Хасанова", "Фото: пресс-служба библиотеки", "Поделиться:", "Одноклассники", "Читайте также", "В Казани продлят работу музеев", "Комментарии (7)", "Отличная идея, давно пора", "При использовании материалов ссылка обязательна"],
     must=("— Что будет, если ночью никто не придёт?", "— Тогда через полгода мы честно это признаем и вернёмся к обычному графику. Но я уверена, что придут."))

# --- 8 en-howto-steps: a home-improvement how-to on a WordPress theme
# with a plugin's "how-to" block: an intro, a "You will need" list,
# numbered steps as an <ol> of <li> with a heading and a paragraph each, a
# "Tip" box between the steps and a closing line; a jump-to-steps button,
# an ad slot, a newsletter form, "Related guides" and comments.
B = [
    ("p", "A dripping tap wastes more water than most people think: one drip a second adds up to around 5,000 litres a year. On most older taps the cause is a worn washer, and replacing it takes about half an hour."),
    ("h", "You will need"),
    ("ul", ["An adjustable spanner", "A flat-head screwdriver", "A replacement washer of the right size", "A cloth and some silicone grease"]),
    ("h", "Step by step"),
    ("ol", ["Turn off the water supply to the tap at the isolation valve under the sink, then open the tap to drain what is left in the pipe.",
            "Prise off the decorative cap on the handle with the screwdriver and undo the screw underneath to remove the handle.",
             "Unscrew the headgear nut with the spanner, holding the tap body with your other hand so the pipe does not twist.",
             "Remove the old washer from the bottom of the headgear and fit the new one, with a thin film of silicone grease on the thread.",
             "Reassemble the tap, turn the water back on slowly and check for drips."]),
    ("h3", "Tip"),
    ("p", "Put the plug in the sink before you start. Small screws and washers have a habit of ending up down the plughole."),
    ("p", "If the tap still drips after a new washer, the valve seat may be worn. A plumber can regrind it, or you can replace the tap."),
]
H = """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="UTF-8"><title>How to fix a dripping tap (in 30 minutes) - The Practical House</title></head>
<body class="post-template-default single single-post">
<div id="page" class="site">
<header id="masthead" class="site-header"><p class="site-title"><a href="/">The Practical House</a></p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/plumbing/">Plumbing</a></li><li><a href="/electrics/">Electrics</a></li><li><a href="/garden/">Garden</a></li><li><a href="/tools/">Tools</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article class="post type-post status-publish hentry">
<header class="entry-header"><h1 class="entry-title">How to fix a dripping tap</h1>
<div class="entry-meta"><span class="byline">by <a href="/author/tom/">Tom Hadfield</a></span> <span class="posted-on">Updated <time>28 November 2026</time></span></div>
<a class="jump-to-howto" href="#howto">Jump to steps</a></header>
<div class="entry-content">
{INTRO}
<div class="ad-slot"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-1"></div></div>
<div class="wp-block-howto" id="howto">
{NEED}
{STEPS}
<div class="howto-tip"><span class="dashicons dashicons-lightbulb"></span>{TIP}</div>
</div>
{END}
</div>
<div class="newsletter-signup"><h4>Get our weekly DIY tips</h4><form><input type="email" placeholder="Your email"><button type="submit">Sign me up</button></form><p class="small">No spam. Unsubscribe any time.</p></div>
<div class="related-guides"><h3>Related guides</h3><ul><li><a href="/plumbing/toilet-cistern/">How to fix a running toilet cistern</a></li><li><a href="/plumbing/bleed-radiator/">How to bleed a radiator</a></li></ul></div>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on &ldquo;How to fix a dripping tap&rdquo;</h2><ol class="comment-list"><li class="comment"><div class="comment-body"><p>Worked first time, thanks. The plug tip saved me.</p></div></li><li class="comment"><div class="comment-body"><p>What about mixer taps with ceramic discs?</p></div></li></ol></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_search"><form><input type="search"></form></section><section class="widget"><h2 class="widget-title">Popular</h2><ul><li><a href="/garden/lawn/">Reseeding a patchy lawn</a></li></ul></section></aside></div>
<footer class="site-footer">&copy; 2026 The Practical House. As an Amazon Associate we earn from qualifying purchases.</footer>
</div>
</body></html>
"""
page(part(8), "en-howto-steps", "https://practicalhouse.test/plumbing/fix-dripping-tap/", B,
     H.replace("{INTRO}", render(B[:1])).replace("{NEED}", render(B[1:3])).replace("{STEPS}", render(B[3:5])).replace("{TIP}", render(B[5:7], h3=lambda t: "<strong class=\"howto-tip-title\">%s</strong>" % E(t))).replace("{END}", render(B[7:])),
     ["Jump to steps", "Advertisement", "Get our weekly DIY tips", "Related guides", "How to bleed a radiator", "Worked first time", "As an Amazon Associate"],
     must=("Put the plug in the sink before you start. Small screws and washers have a habit of ending up down the plughole.", "A replacement washer of the right size",
           "Reassemble the tap, turn the water back on slowly and check for drips."))

# --- 9 fr-test-avis (held out): a tech site's review; a score widget
# after the headline, the review in paragraphs with headings, a "Les
# plus" / "Les moins" pair of lists in two columns, a "Verdict" box with
# its paragraph, a price widget of shop links and an author box.
B = [
    ("p", "Avec la Ondine 2, la marque lyonnaise Sonarel veut prouver qu'une enceinte portable fabriquée en France peut rivaliser avec les références du marché. Nous l'avons utilisée pendant trois semaines."),
    ("h", "Conception"),
    ("p", "L'enceinte pèse 820 grammes et tient dans une main. La coque en aluminium recyclé est solide, et la certification IP67 lui permet de survivre à une chute dans une piscine, ce que nous avons vérifié."),
    ("h", "Son et autonomie"),
    ("p", "Le son est équilibré, avec des basses présentes sans être envahissantes. À volume élevé, les aigus deviennent un peu durs. L'autonomie annoncée de 16 heures est tenue : nous avons mesuré 15 h 40 à mi-volume."),
    ("h3", "Les plus"),
    ("ul", ["Son équilibré à volume modéré", "Construction robuste et étanche", "Batterie remplaçable"]),
    ("h3", "Les moins"),
    ("ul", ["Aigus durs à fort volume", "Pas de prise jack", "Prix élevé"]),
    ("h3", "Verdict"),
    ("p", "La Ondine 2 est une bonne enceinte, solide et réparable, qui se paie un peu cher. Si la batterie remplaçable compte pour vous, elle n'a presque pas de concurrente à ce prix."),
]
H = """<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>Test Sonarel Ondine 2 : l'enceinte portable made in France tient-elle ses promesses ? - Numériscope</title></head>
<body class="page-test">
<div class="cookie-notice" id="tarteaucitronRoot"><p>Numériscope et ses partenaires utilisent des cookies pour mesurer l'audience et personnaliser les publicités.</p><button>Tout accepter</button><button>Personnaliser</button></div>
<header class="top"><a class="logo" href="/">Numériscope</a><nav><a href="/tests/">Tests</a> <a href="/actus/">Actus</a> <a href="/guides/">Guides d'achat</a> <a href="/bons-plans/">Bons plans</a></nav></header>
<div class="container"><article class="review">
<div class="review-head"><h1>Test Sonarel Ondine 2 : l'enceinte portable made in France tient-elle ses promesses ?</h1>
<p class="signature">Par Antoine Duval, le 30 novembre 2026 à 9h00</p>
<div class="score-badge"><span class="score">8/10</span><span class="score-label">Très bien</span></div></div>
<div class="review-body">
{P1}
<div class="pros-cons row"><div class="col pros">{PROS}</div><div class="col cons">{CONS}</div></div>
<div class="verdict-box">{VERDICT}</div>
</div>
<div class="price-widget"><h4>Où l'acheter au meilleur prix ?</h4><ul><li><a href="https://shop1.test/ondine2" rel="sponsored">Boulanger — 249,99 €</a></li><li><a href="https://shop2.test/ondine2" rel="sponsored">Fnac — 259,00 €</a></li></ul><p class="disclaimer">Les liens ci-dessus peuvent nous rapporter une commission.</p></div>
<div class="author-box"><img src="/a/duval.jpg" alt=""><p><strong>Antoine Duval</strong> teste les produits audio pour Numériscope depuis 2019.</p></div>
</article>
<section class="more"><h2>À lire aussi</h2><ul><li><a href="/tests/casque-x">Test du casque Vela X : le silence a un prix</a></li><li><a href="/guides/enceintes">Les meilleures enceintes Bluetooth en 2026</a></li></ul></section></div>
<footer class="bottom">© Numériscope 2026 — Mentions légales — Contact</footer>
</body></html>
"""
page(part(9), "fr-test-avis", "https://numeriscope.test/tests/sonarel-ondine-2", B,
     H.replace("{P1}", render(B[:5])).replace("{PROS}", render(B[5:7])).replace("{CONS}", render(B[7:9])).replace("{VERDICT}", render(B[9:])),
     ["Tout accepter", "Par Antoine Duval", "Très bien", "Où l'acheter au meilleur prix", "Boulanger — 249,99 €", "peuvent nous rapporter une commission", "teste les produits audio pour Numériscope", "À lire aussi"],
     must=("Batterie remplaçable", "Pas de prise jack", "La Ondine 2 est une bonne enceinte, solide et réparable, qui se paie un peu cher. Si la batterie remplaçable compte pour vous, elle n'a presque pas de concurrente à ce prix."))

# --- 10 de-amt-bekanntmachung: a town's public notice on a municipal CMS
# (a TYPO3-like "Bürgerservice" site); a notice of road closures with a
# table of streets, dates and diversions, a paragraph after it, a
# "Seite drucken / vorlesen" tool row, a responsible-office box with
# opening hours and a cookie banner.
B = [
    ("p", "Wegen der Erneuerung der Wasserleitungen durch die Stadtwerke kommt es ab dem 11. Januar 2027 in der Innenstadt zu Straßensperrungen. Die Arbeiten erfolgen in drei Abschnitten."),
    ("table", [["Abschnitt", "Zeitraum", "Umleitung"],
               ["Bahnhofstraße zwischen Marktplatz und Lindenallee", "11.01. bis 05.02.2027", "über Ringstraße und Schillerstraße"],
               ["Lindenallee zwischen Bahnhofstraße und Kirchgasse", "08.02. bis 12.03.2027", "über Gartenweg"],
               ["Kirchgasse", "15.03. bis 02.04.2027", "keine, Zufahrt für Anlieger frei"]]),
    ("p", "Fußgänger können die Baustellen jederzeit passieren. Die Zufahrt zu den Geschäften ist gewährleistet. Die Bushaltestelle Marktplatz wird während des ersten Abschnitts in die Ringstraße verlegt."),
    ("p", "Die Stadt bittet die Anwohnerinnen und Anwohner sowie die Gewerbetreibenden um Verständnis für die Einschränkungen."),
]
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Straßensperrungen in der Innenstadt ab 11. Januar: Stadt Hohenfels</title></head>
<body id="p418" class="page-418 bekanntmachung">
<div class="cookie-hint" id="cookie-hint"><p>Wir setzen nur technisch notwendige Cookies ein. Statistik-Cookies setzen wir nur mit Ihrer Einwilligung.</p><a href="#" class="btn">Einverstanden</a> <a href="/datenschutz/">Datenschutzhinweise</a></div>
<div id="skiplinks"><a href="#content">Zum Inhalt springen</a> <a href="#nav">Zur Navigation springen</a></div>
<header><a href="/" class="logo">Stadt Hohenfels</a>
<ul id="nav" class="mainnav"><li><a href="/rathaus/">Rathaus &amp; Service</a></li><li><a href="/leben/">Leben in Hohenfels</a></li><li><a href="/wirtschaft/">Wirtschaft</a></li><li><a href="/tourismus/">Tourismus</a></li></ul></header>
<div class="breadcrumb">Sie sind hier: <a href="/">Startseite</a> › <a href="/rathaus/">Rathaus &amp; Service</a> › <a href="/rathaus/bekanntmachungen/">Bekanntmachungen</a> › Straßensperrungen Innenstadt</div>
<div id="content" class="main">
<div class="tools"><a href="javascript:window.print()">Seite drucken</a> | <a href="#" class="readspeaker">Vorlesen</a> | <a href="/leichte-sprache/">Leichte Sprache</a></div>
<div id="c2211" class="frame frame-default frame-type-header"><h1>Straßensperrungen in der Innenstadt ab 11. Januar</h1><p class="date">Bekanntmachung vom 02.12.2026</p></div>
<div id="c2212" class="frame frame-default frame-type-text"><div class="ce-bodytext">{T1}</div></div>
<div id="c2213" class="frame frame-default frame-type-table"><div class="table-responsive">{TAB}</div></div>
<div id="c2214" class="frame frame-default frame-type-text"><div class="ce-bodytext">{T2}</div></div>
<div class="zustaendig"><h3>Zuständige Stelle</h3><p>Tiefbauamt<br>Marktplatz 1, Zimmer 204<br>Telefon 09472 555-310<br>tiefbau@hohenfels.test</p><h4>Öffnungszeiten</h4><p>Mo–Fr 8:00–12:00 Uhr, Do 14:00–18:00 Uhr</p></div>
<p class="back"><a href="/rathaus/bekanntmachungen/">Zurück zur Übersicht</a></p>
</div>
<footer><a href="/impressum/">Impressum</a> | <a href="/barrierefreiheit/">Erklärung zur Barrierefreiheit</a> | <a href="/kontakt/">Kontakt</a></footer>
</body></html>
"""
page(part(10), "de-amt-bekanntmachung", "https://hohenfels.test/rathaus/bekanntmachungen/strassensperrungen-innenstadt/", B,
     H.replace("{T1}", render(B[:1])).replace("{TAB}", render(B[1:2])).replace("{T2}", render(B[2:])),
     ["Einverstanden", "Zum Inhalt springen", "Sie sind hier:", "Seite drucken", "Bekanntmachung vom 02.12.2026", "Zuständige Stelle", "Telefon 09472 555-310", "Zurück zur Übersicht", "Erklärung zur Barrierefreiheit"],
     must=("Kirchgasse", "15.03. bis 02.04.2027", "keine, Zufahrt für Anlieger frei", "Die Stadt bittet die Anwohnerinnen und Anwohner sowie die Gewerbetreibenden um Verständnis für die Einschränkungen."))

# --- 11 de-reportage-zeitleiste: a weekly's long-read on a custom
# newsroom CMS of <section>s; a timeline box ("Chronologie", a <div> of
# year/event rows as <dl>) between two parts of the story, an inline
# "Lesen Sie auch" teaser in the text, a paywall-free "Artikel verschenken"
# tool and an author box after the story.
B = [
    ("p", "Als der Stausee im Sommer 2026 so tief stand wie nie, tauchte das Dorf wieder auf. Erst die Kirchturmspitze, dann die Mauern des Gasthauses, schließlich die Brücke über den alten Bachlauf."),
    ("p", "Hunderte kamen, um durch die Straßen zu gehen, die 1961 geflutet worden waren. Unter ihnen Walter Reischl, 88, der in dem Dorf geboren wurde und mit sieben Jahren mit seinen Eltern wegziehen musste."),
    ("p", "„Ich habe unser Haus an der Treppe erkannt“, sagt Reischl. „Drei Stufen, die mittlere war schief. Die ist immer noch schief.“"),
    ("h3", "Chronologie"),
    ("dl", [("1954", "Der Landtag beschließt den Bau einer Talsperre zur Trinkwasserversorgung."),
            ("1958", "Die 214 Einwohner von Altenried werden umgesiedelt, die meisten nach Neuried."),
            ("1961", "Der Stausee wird geflutet. Die Kirche wird vorher gesprengt, der Turm bleibt stehen."),
            ("2026", "Nach einem trockenen Frühjahr sinkt der Pegel um elf Meter, das Dorf wird sichtbar.")]),
    ("p", "Für den Wasserverband war der niedrige Pegel vor allem ein Problem. Die Versorgung von 300.000 Menschen war zeitweise nur mit Wasser aus Nachbarverbänden zu sichern."),
    ("p", "Inzwischen ist der See wieder fast voll. Die Kirchturmspitze ragt noch ein paar Meter heraus, wie in jedem Herbst. Walter Reischl will im nächsten Sommer wiederkommen, falls der Pegel es erlaubt."),
]
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Altenried: Das Dorf, das aus dem Stausee auftauchte | Die Woche</title></head>
<body data-page-type="article">
<div class="cmp-container" id="cmp"><div class="cmp-box"><h2>Ihre Privatsphäre</h2><p>Wir und unsere 143 Partner speichern und verarbeiten Daten auf Ihrem Gerät.</p><button>Akzeptieren und weiter</button><button>Ablehnen</button></div></div>
<header class="nav-header"><a class="nav-logo" href="/">Die Woche</a><nav class="nav-sections"><a href="/politik">Politik</a> <a href="/gesellschaft">Gesellschaft</a> <a href="/wissen">Wissen</a> <a href="/kultur">Kultur</a></nav><a class="nav-login" href="/login">Anmelden</a></header>
<main class="article-page">
<article class="article" data-article-id="88120">
<header class="article-header"><span class="article-kicker">Stausee Altenried</span><h1 class="article-heading">Das Dorf, das aus dem Stausee auftauchte</h1>
<p class="article-summary">{SF}</p>
<div class="article-meta"><span class="meta-author">Eine Reportage von Jakob Wendt</span><time class="meta-date">6. Dezember 2026, 7:00 Uhr</time><button class="gift-button">Artikel verschenken</button></div></header>
<section class="article-body">
<div class="paragraph">{P1}</div>
<aside class="teaser-inline"><span class="teaser-inline-label">Lesen Sie auch</span><a href="/wissen/duerre-talsperren">Dürre: Warum Talsperren nicht mehr reichen</a></aside>
<div class="paragraph">{P2}</div>
<div class="box box--timeline">{BOX}</div>
<div class="paragraph">{P3}</div>
</section>
<section class="article-author"><h4>Jakob Wendt</h4><p>Redakteur im Ressort Gesellschaft. Er schreibt über ländliche Räume und Wasser.</p><a href="/autoren/jakob-wendt">Alle Artikel</a></section>
</article>
<section class="recommendations"><h2>Mehr aus Gesellschaft</h2><ul><li><a href="/gesellschaft/letzte-faehre">Die letzte Fähre über die Weser</a></li><li><a href="/gesellschaft/dorfladen">Wie ein Dorfladen ein Dorf rettet</a></li></ul></section>
</main>
<footer class="page-footer">© Die Woche 2026 · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · <a href="/cmp">Privatsphäre-Einstellungen</a></footer>
</body></html>
"""
SF = "Im Sommer tauchte ein Dorf aus dem Stausee auf, das 1961 geflutet worden war. Ein früherer Bewohner ging durch die Straßen seiner Kindheit."
B.insert(0, ("sf", SF))
page(part(11), "de-reportage-zeitleiste", "https://diewoche.test/gesellschaft/altenried-stausee-dorf", B,
     H.replace("{SF}", E(SF)).replace("{P1}", render(B[1:3])).replace("{P2}", render(B[3:4])).replace("{BOX}", render(B[4:6], dl=lambda pairs: '<dl class="timeline">%s</dl>' % "".join('<div class="timeline-row"><dt>%s</dt><dd>%s</dd></div>' % (E(a), E(b)) for a, b in pairs))).replace("{P3}", render(B[6:])),
     ["Akzeptieren und weiter", "Anmelden", "Eine Reportage von Jakob Wendt", "Artikel verschenken", "Lesen Sie auch", "Dürre: Warum Talsperren nicht mehr reichen", "Redakteur im Ressort Gesellschaft", "Mehr aus Gesellschaft", "Privatsphäre-Einstellungen"],
     must=("Chronologie", "Die 214 Einwohner von Altenried werden umgesiedelt, die meisten nach Neuried.", "Der Stausee wird geflutet. Die Kirche wird vorher gesprengt, der Turm bleibt stehen."))

# --- 12 es-reportaje-contexto (held out): a Spanish daily's feature on a
# React-rendered site (class names hashed); a "Contexto" box of a heading
# and two paragraphs in the story's middle, a "Más información" list of
# links inside the text, a share bar and a newsletter box.
B = [
    ("p", "En Almería, los invernaderos ocupan más de 32.000 hectáreas. Desde el aire parecen un mar. Desde dentro, con 45 grados en agosto, son el lugar de trabajo de unas 100.000 personas."),
    ("p", "Youssef llegó de Marruecos hace once años. Trabaja en la recolección de pimientos de seis de la mañana a dos de la tarde, y luego en un almacén de envasado hasta las ocho."),
    ("p", "«El calor no es lo peor. Lo peor es que nadie sabe cuántas horas echas», dice. Su contrato dice 39 horas semanales. Su cuaderno, donde apunta cada jornada, dice 61."),
    ("h3", "Contexto"),
    ("p", "El convenio del campo de Almería fija un salario de 8,62 euros por hora. La Inspección de Trabajo abrió en 2025 más de 1.400 expedientes en la provincia, la mayoría por horas no declaradas."),
    ("p", "Las organizaciones agrarias sostienen que los incumplimientos son minoritarios y que el sector depende de márgenes cada vez más estrechos frente a la competencia de Marruecos y Turquía."),
    ("p", "Los sindicatos piden un registro horario digital que el trabajador pueda consultar desde el móvil. La patronal dice que ya existe en la mayoría de las fincas."),
    ("p", "Youssef no lo ha visto nunca. Sigue apuntando sus horas en el cuaderno."),
]
H = """<!DOCTYPE html>
<html lang="es">
<head><meta charset="utf-8"><title>El mar de plástico por dentro: jornadas de 61 horas en los invernaderos de Almería | Diario del Sur</title></head>
<body>
<div id="root"><div class="a7Xk2"><header class="h3Lq9"><a class="l0Gz1" href="/">Diario del Sur</a><nav class="n4Tt8"><a href="/andalucia/">Andalucía</a><a href="/economia/">Economía</a><a href="/sociedad/">Sociedad</a><a href="/opinion/">Opinión</a></nav><a class="s9Pp3" href="/suscripcion/">Suscríbete por 1 €</a></header>
<main class="m1Rr5"><article class="c8Jd0">
<div class="k2Vv7"><span class="t6Ss1">Reportaje</span><h1 class="h9Aa2">El mar de plástico por dentro: jornadas de 61 horas en los invernaderos de Almería</h1>
<div class="b5Qq4"><span class="a3Ww6">Rocío Martín</span><span class="d2Ee8">Almería - 04 dic 2026 - 06:00 CET</span></div>
<div class="s7Nn2"><button aria-label="Compartir en Facebook">Facebook</button><button aria-label="Compartir en X">X</button><button aria-label="Copiar enlace">Copiar enlace</button></div></div>
<div class="r4Ff9">
{P1}
<div class="i3Bb5"><p class="i8Cc1">Más información</p><ul><li><a href="/economia/precio-pimiento">El precio del pimiento se hunde en origen</a></li><li><a href="/andalucia/inspeccion-trabajo">Trabajo refuerza las inspecciones en el campo</a></li></ul></div>
{P2}
<div class="x6Dd3">{BOX}</div>
{P3}
</div>
<div class="w1Gg7"><p class="w2Hh8">Newsletter</p><p>Recibe cada mañana las claves de la actualidad andaluza.</p><a href="/newsletters/">Apúntate</a></div>
</article></main>
<footer class="f5Jj0">© Diario del Sur. Todos los derechos reservados. <a href="/aviso-legal/">Aviso legal</a></footer></div></div>
</body></html>
"""
page(part(12), "es-reportaje-contexto", "https://diariodelsur.test/andalucia/2026-12-04/invernaderos-almeria-jornadas.html", B,
     H.replace("{P1}", render(B[:2])).replace("{P2}", render(B[2:3])).replace("{BOX}", render(B[3:6])).replace("{P3}", render(B[6:])),
     ["Suscríbete por 1 €", "Copiar enlace", "Más información", "El precio del pimiento se hunde en origen", "Recibe cada mañana las claves", "Todos los derechos reservados"],
     must=("Contexto", "El convenio del campo de Almería fija un salario de 8,62 euros por hora. La Inspección de Trabajo abrió en 2025 más de 1.400 expedientes en la provincia, la mayoría por horas no declaradas.", "Youssef no lo ha visto nunca. Sigue apuntando sus horas en el cuaderno."))

# --- 13 en-review-verdict: a gadget review on a Next.js-like site with
# BEM classes; a star rating and "At a glance" spec table (text: the
# review's own data), "Pros" and "Cons" lists in a two-column card, a
# "Verdict" box at the end, a "Buy it now" deals widget and comments.
B = [
    ("p", "The Kestrel 3 is the cheapest e-reader with a colour screen we have tested, and for once the compromise is not where you would expect."),
    ("h", "Design and screen"),
    ("p", "At 182 grams it is lighter than most paperbacks. The 7-inch colour screen is muted, as all colour e-ink is, but black text is as sharp as on monochrome readers costing twice as much."),
    ("h", "Battery and software"),
    ("p", "We got just over four weeks of reading at half an hour a day with the front light at a third. The software is plain but quick, and it reads EPUB files without conversion."),
    ("h3", "Pros"),
    ("ul", ["Sharp black text", "Reads EPUB natively", "Four weeks of battery"]),
    ("h3", "Cons"),
    ("ul", ["Colours look washed out", "No physical page buttons"]),
    ("h3", "Verdict"),
    ("p", "If you mostly read novels and want colour for the occasional comic or cookbook, the Kestrel 3 is the one to buy. Serious comic readers should pay more for a brighter screen."),
]
H = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Kestrel 3 review: a colour e-reader that gets the basics right | Gadget Bench</title></head>
<body><div id="__next">
<header class="site-header"><a class="site-header__logo" href="/">Gadget Bench</a><nav class="site-header__nav"><a href="/reviews">Reviews</a><a href="/best">Best lists</a><a href="/deals">Deals</a><a href="/news">News</a></nav></header>
<main class="page page--review">
<article class="review">
<div class="review__header"><p class="review__kicker">Review</p><h1 class="review__title">Kestrel 3 review: a colour e-reader that gets the basics right</h1>
<div class="review__byline">By <a href="/authors/priya">Priya Natarajan</a> · Published 1 December 2026</div>
<div class="review__rating" aria-label="Rated 4 out of 5"><span class="star">★★★★☆</span> <span class="rating__text">4/5</span></div></div>
<div class="review__body">
{P1}
<div class="review__proscons card"><div class="card__col card__col--pros">{PROS}</div><div class="card__col card__col--cons">{CONS}</div></div>
<div class="review__verdict card card--highlight">{VERDICT}</div>
</div>
<aside class="deals-widget"><h4 class="deals-widget__title">Buy it now</h4><ul><li><a href="https://go.test/aff/1">£119 at Amazon</a></li><li><a href="https://go.test/aff/2">£129 at Currys</a></li></ul><p class="deals-widget__note">We may earn a commission when you buy through links on our site.</p></aside>
<section class="comments"><h3>Comments (3)</h3><div class="comment"><p>Does it support library loans?</p></div><div class="comment"><p>Bought one last week, battery is as good as they say.</p></div></section>
</article>
<section class="more-reviews"><h2>More reviews</h2><ul><li><a href="/reviews/lumen-7">Lumen 7 review: big screen, small battery</a></li></ul></section>
</main>
<footer class="site-footer">Gadget Bench is part of Bench Media Ltd. © 2026</footer>
</div></body></html>
"""
page(part(13), "en-review-verdict", "https://gadgetbench.test/reviews/kestrel-3", B,
     H.replace("{P1}", render(B[:5])).replace("{PROS}", render(B[5:7])).replace("{CONS}", render(B[7:9])).replace("{VERDICT}", render(B[9:])),
     ["Published 1 December 2026", "Rated 4 out of 5", "Buy it now", "£119 at Amazon", "We may earn a commission", "Comments (3)", "Does it support library loans?", "More reviews"],
     must=("Reads EPUB natively", "No physical page buttons", "Verdict", "If you mostly read novels and want colour for the occasional comic or cookbook, the Kestrel 3 is the one to buy. Serious comic readers should pay more for a brighter screen."))

# --- 14 de-blog-anmerkungen-update: a German blog essay on a classic
# WordPress theme (Twenty Sixteen-like); endnotes as an <ol> under an
# <h3>Anmerkungen</h3> in the entry content, an "Update" paragraph after
# them with its own date, then the theme's tags, a share plugin row, an
# author bio, "Ähnliche Beiträge" and comments with a form.
B = [
    ("p", "Seit einem Jahr schreibe ich jeden Text zuerst mit der Hand. Nicht aus Nostalgie, sondern weil ich gemerkt habe, dass ich am Bildschirm schneller schreibe, als ich denke."),
    ("p", "Das klingt nach einem Vorteil. In der Praxis hieß es: Ich habe Sätze produziert, die ich danach eine Stunde lang umgestellt habe. Mit dem Füller überlege ich vorher, weil Durchstreichen hässlich ist."),
    ("p", "Die Forschung dazu ist weniger eindeutig, als Ratgeber behaupten. Es gibt Studien, nach denen Studierende sich handschriftliche Notizen besser merken, und solche, die keinen Unterschied finden."),
    ("p", "Für mich bleibt es bei einer einfachen Beobachtung: Der erste Entwurf auf Papier ist kürzer, und ich streiche danach weniger. Ob das für andere gilt, weiß ich nicht."),
    ("h3", "Anmerkungen"),
    ("ol", ["Gemeint ist der erste Entwurf. Überarbeitet wird weiterhin am Rechner.",
            "Die bekannteste ist die von Mueller und Oppenheimer aus dem Jahr 2014, deren Ergebnis eine Wiederholung 2019 nur teilweise bestätigt hat."]),
    ("x", "Update, 3. Dezember: Mehrere Leserinnen haben nach dem Füller gefragt. Es ist ein gebrauchter Schulfüller mit mittlerer Feder, nichts Besonderes. Das Papier ist wichtiger als der Stift.",
     "<p><strong>Update, 3. Dezember:</strong> Mehrere Leserinnen haben nach dem Füller gefragt. Es ist ein gebrauchter Schulfüller mit mittlerer Feder, nichts Besonderes. Das Papier ist wichtiger als der Stift.</p>"),
]
H = """<!DOCTYPE html>
<html lang="de-DE" class="no-js">
<head><meta charset="UTF-8"><title>Warum ich wieder mit der Hand schreibe &#8211; Notizen aus dem Arbeitszimmer</title></head>
<body class="post-template-default single single-post postid-2214 single-format-standard">
<div id="page" class="site"><div class="site-inner">
<a class="skip-link screen-reader-text" href="#content">Zum Inhalt springen</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Notizen aus dem Arbeitszimmer</a></p><p class="site-description">Über Schreiben, Lesen und Werkzeuge</p></div>
<nav id="site-navigation" class="main-navigation"><div class="menu-hauptmenue-container"><ul id="menu-hauptmenue" class="primary-menu"><li><a href="/">Start</a></li><li><a href="/archiv/">Archiv</a></li><li><a href="/ueber/">Über mich</a></li></ul></div></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-2214" class="post-2214 post type-post status-publish format-standard hentry category-schreiben">
<header class="entry-header"><h1 class="entry-title">Warum ich wieder mit der Hand schreibe</h1></header>
<div class="entry-content">
{BODY}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Teilen mit:</h3><div class="sd-content"><ul><li class="share-mastodon"><a href="?share=mastodon">Mastodon</a></li><li class="share-email"><a href="?share=email">E-Mail</a></li><li class="share-print"><a href="#print">Drucken</a></li></ul></div></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Ähnliche Beiträge</em></h3><div class="jp-relatedposts-items"><p><a href="/2026/09/notizbuecher/">Welche Notizbücher ich benutze</a></p><p><a href="/2026/05/diktieren/">Diktieren statt tippen?</a></p></div></div>
</div>
<footer class="entry-footer"><span class="byline"><span class="author vcard"><a class="url fn n" href="/author/katrin/">Katrin Sommer</a></span></span><span class="posted-on"><time class="entry-date published" datetime="2026-11-29">29. November 2026</time></span><span class="cat-links"><a href="/kategorie/schreiben/">Schreiben</a></span><span class="tags-links"><a href="/tag/handschrift/">Handschrift</a>, <a href="/tag/werkzeuge/">Werkzeuge</a></span></footer>
</article>
<div class="author-info"><div class="author-description"><h2 class="author-title">Katrin Sommer</h2><p class="author-bio">Lektorin und Autorin in Leipzig. Schreibt hier seit 2012 über das Handwerk des Schreibens.</p></div></div>
<div id="comments" class="comments-area"><h2 class="comments-title">4 Gedanken zu &bdquo;Warum ich wieder mit der Hand schreibe&ldquo;</h2>
<ol class="comment-list"><li class="comment"><article class="comment-body"><div class="comment-content"><p>Welchen Füller benutzt du denn?</p></div></article></li><li class="comment"><article class="comment-body"><div class="comment-content"><p>Geht mir genauso, vor allem bei Briefen.</p></div></article></li></ol>
<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">Schreibe einen Kommentar</h2><form><textarea name="comment"></textarea><input type="submit" value="Kommentar abschicken"></form></div></div>
</main></div></div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="/impressum/">Impressum</a> · <a href="https://wordpress.org/">Stolz präsentiert von WordPress</a></div></footer>
</div></div>
</body></html>
"""
page(part(14), "de-blog-anmerkungen-update", "https://arbeitszimmer-notizen.test/2026/11/mit-der-hand-schreiben/", B,
     H.replace("{BODY}", render(B)),
     ["Zum Inhalt springen", "Teilen mit:", "Ähnliche Beiträge", "Welche Notizbücher ich benutze", "Lektorin und Autorin in Leipzig", "Welchen Füller benutzt du denn?", "Schreibe einen Kommentar", "Stolz präsentiert von WordPress"],
     must=("Die bekannteste ist die von Mueller und Oppenheimer aus dem Jahr 2014, deren Ergebnis eine Wiederholung 2019 nur teilweise bestätigt hat.",
           "Update, 3. Dezember: Mehrere Leserinnen haben nach dem Füller gefragt. Es ist ein gebrauchter Schulfüller mit mittlerer Feder, nichts Besonderes. Das Papier ist wichtiger als der Stift."))

# --- 15 ru-howto-sovet (held out): a Russian how-to on a Tilda-like page
# builder (t-records of absolute-positioned text blocks); numbered steps
# as <div> records with a number and a text each, a "Совет" box, a
# subscription form and a footer menu.
B = [
    ("p", "Зимой подоконник остывает, и рассада перца и томатов, посеянная в феврале, растёт медленно и вытягивается. Вот как подготовить подоконник за один вечер."),
    ("ol", ["Вымойте окно и подоконник: грязное стекло пропускает до трети меньше света.",
            "Проверьте, не дует ли из щелей рамы, и заклейте их малярным скотчем или уплотнителем.",
            "Положите на подоконник лист пенопласта или вспененного полиэтилена толщиной 2–3 сантиметра, чтобы корни не мёрзли.",
            "Поставьте за ящики с рассадой экран из фольги: он отразит свет обратно на растения.",
            "Если окно выходит на север, повесьте над рассадой фитолампу на высоте 20–30 сантиметров и включайте её на 12 часов в день."]),
    ("h3", "Совет"),
    ("p", "Поворачивайте ящики на пол-оборота раз в два дня. Так растения не будут тянуться к стеклу и вырастут ровными."),
    ("p", "Через неделю сравните рассаду с той, что стоит на неподготовленном окне: разница обычно видна сразу."),
]
STEPS = "".join('<div class="t-record t490"><div class="t490__item"><div class="t490__number t-name">%d</div><div class="t490__descr t-descr">%s</div></div></div>\n' % (i + 1, E(s)) for i, s in enumerate(B[1][1]))
H = """<!DOCTYPE html>
<html lang="ru">
<head><meta charset="utf-8"><title>Как подготовить подоконник для рассады — Дачный дневник</title></head>
<body class="t-body">
<div id="allrecords" class="t-records">
<div class="t-record t228"><div class="t228__maincontainer"><a href="/" class="t228__logo">Дачный дневник</a><ul class="t228__list"><li><a href="/rassada">Рассада</a></li><li><a href="/sad">Сад</a></li><li><a href="/ogorod">Огород</a></li><li><a href="/kontakty">Контакты</a></li></ul></div></div>
<div class="t-record t017"><div class="t017__title t-title">Как подготовить подоконник для рассады</div><div class="t017__date t-uptitle">12 января 2026 · 5 минут</div></div>
<div class="t-record t004"><div class="t-text">{INTRO}</div></div>
{STEPS}
<div class="t-record t-box t232"><div class="t232__wrapper" style="background:#fff7d6">{TIP}</div></div>
<div class="t-record t004"><div class="t-text">{END}</div></div>
<div class="t-record t-subscribe t698"><div class="t698__title">Подпишитесь на рассылку</div><div class="t698__descr">Раз в неделю — советы по саду и огороду.</div><form><input type="email" placeholder="E-mail"><button>Подписаться</button></form></div>
<div class="t-record t431"><div class="t431__title">Ещё статьи</div><a href="/rassada/pikirovka">Как пикировать рассаду томатов</a> <a href="/rassada/podsvetka">Фитолампы: какую выбрать</a></div>
<div class="t-record t457"><ul><li><a href="/o-nas">О нас</a></li><li><a href="/reklama">Реклама</a></li></ul><p>© 2026 Дачный дневник. Сделано на Тильде</p></div>
</div>
</body></html>
"""
page(part(15), "ru-howto-sovet", "https://dachny-dnevnik.test/rassada/podokonnik", B,
     H.replace("{INTRO}", E(B[0][1])).replace("{STEPS}", STEPS).replace("{TIP}", '<div class="t232__title t-name">%s</div><div class="t232__descr t-descr">%s</div>' % (E(B[2][1]), E(B[3][1]))).replace("{END}", E(B[4][1])),
     ["12 января 2026 · 5 минут", "Подпишитесь на рассылку", "Ещё статьи", "Как пикировать рассаду томатов", "Сделано на Тильде"],
     must=("Поворачивайте ящики на пол-оборота раз в два дня. Так растения не будут тянуться к стеклу и вырастут ровными.", "Вымойте окно и подоконник: грязное стекло пропускает до трети меньше света."))

# --- 16 fr-asso-annonce: an association's announcement on a WordPress
# site with Elementor-like widgets: dates as a list, a programme table, a
# registration and contact paragraph of the announcement's own, then a
# separate contact card widget, a social row and a partners' logo strip.
B = [
    ("p", "L'association Les Jardins du Canal organise sa troisième fête des semences le samedi 14 mars 2027 à la salle des fêtes de Moissac. Entrée libre."),
    ("p", "Au programme :"),
    ("table", [["Horaire", "Activité"], ["10 h", "Ouverture de la grainothèque et troc de graines"], ["11 h", "Atelier : réussir ses semis de tomates"], ["14 h 30", "Conférence « Les variétés anciennes du Tarn-et-Garonne »"], ["16 h", "Visite des jardins partagés"]]),
    ("p", "Apportez vos graines dans des sachets étiquetés (variété, année de récolte). Les graines hybrides F1 ne sont pas acceptées au troc."),
    ("p", "Les ateliers sont limités à quinze personnes. Inscription avant le 7 mars auprès de Nadia Ferrand au 06 55 41 22 08 ou à fete@jardinsducanal.test. Les bénévoles qui souhaitent aider à l'installation sont attendus dès 8 h 30."),
]
H = """<!DOCTYPE html>
<html lang="fr-FR">
<head><meta charset="UTF-8"><title>Fête des semences 2027 &#8211; Les Jardins du Canal</title></head>
<body class="post-template-default single single-post elementor-default elementor-kit-5 elementor-page">
<div data-elementor-type="header" class="elementor elementor-location-header"><div class="elementor-widget-theme-site-logo"><a href="/">Les Jardins du Canal</a></div><nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu"><li><a href="/association/">L'association</a></li><li><a href="/jardins/">Nos jardins</a></li><li><a href="/actualites/">Actualités</a></li><li><a href="/adherer/">Adhérer</a></li></ul></nav></div>
<div data-elementor-type="single-post" class="elementor elementor-location-single">
<section class="elementor-section"><div class="elementor-widget-theme-post-title"><h1 class="elementor-heading-title">Fête des semences 2027</h1></div>
<div class="elementor-widget-post-info"><ul class="elementor-post-info"><li>Publié le 1 décembre 2026</li><li>Catégorie : <a href="/categorie/evenements/">Événements</a></li></ul></div></section>
<section class="elementor-section"><div class="elementor-widget elementor-widget-theme-post-content"><div class="elementor-widget-container">
{BODY}
</div></div></section>
<section class="elementor-section contact-card"><div class="elementor-widget-icon-box"><h3 class="elementor-icon-box-title">Nous contacter</h3><p class="elementor-icon-box-description">Les Jardins du Canal<br>12 chemin de halage, 82200 Moissac<br>contact@jardinsducanal.test</p></div></section>
<section class="elementor-section"><div class="elementor-widget-share-buttons"><a href="#">Partager sur Facebook</a> <a href="#">Partager par e-mail</a></div></section>
<section class="elementor-section partners"><h3>Nos partenaires</h3><p>Mairie de Moissac · Département de Tarn-et-Garonne · Biocoop Moissac</p></section>
</div>
<div data-elementor-type="footer" class="elementor elementor-location-footer"><p>© 2026 Les Jardins du Canal · <a href="/mentions-legales/">Mentions légales</a></p></div>
</body></html>
"""
page(part(16), "fr-asso-annonce", "https://jardinsducanal.test/fete-des-semences-2027/", B,
     H.replace("{BODY}", render(B)),
     ["Publié le 1 décembre 2026", "Nous contacter", "12 chemin de halage", "Partager sur Facebook", "Nos partenaires", "Biocoop Moissac", "Mentions légales"],
     must=("Les ateliers sont limités à quinze personnes. Inscription avant le 7 mars auprès de Nadia Ferrand au 06 55 41 22 08 ou à fete@jardinsducanal.test. Les bénévoles qui souhaitent aider à l'installation sont attendus dès 8 h 30.",
           "Conférence « Les variétés anciennes du Tarn-et-Garonne »"))

# --- 17 de-test-fazit: a German product test on a portal's CMS; the test
# in paragraphs with headings, a "Technische Daten" table, "Pro" and
# "Contra" lists in a box, a "Fazit" box with a grade, a price comparison
# widget, a newsletter teaser and "Weitere Tests".
B = [
    ("p", "Der Akku-Rasenmäher Grünwerk R36 soll Gärten bis 400 Quadratmeter schaffen und kostet 329 Euro. Wir haben ihn einen Sommer lang auf einem Hanggrundstück eingesetzt."),
    ("h", "Handhabung"),
    ("p", "Der Mäher wiegt 17 Kilogramm und lässt sich zum Verstauen senkrecht hinstellen. Die Schnitthöhe wird zentral in sechs Stufen verstellt, was mit einer Hand gelingt."),
    ("h", "Akku und Schnittbild"),
    ("p", "Mit einer Ladung haben wir 310 Quadratmeter bei trockenem Gras geschafft, bei feuchtem Gras deutlich weniger. Das Schnittbild ist sauber, an Kanten bleibt ein Streifen von etwa vier Zentimetern stehen."),
    ("table", [["Technische Daten", ""], ["Schnittbreite", "37 cm"], ["Akku", "36 V, 4 Ah"], ["Fangkorb", "40 Liter"], ["Gewicht", "17 kg"]]),
    ("h3", "Pro"),
    ("ul", ["Leicht und platzsparend zu verstauen", "Sauberes Schnittbild", "Leise"]),
    ("h3", "Contra"),
    ("ul", ["Akku reicht nicht für 400 Quadratmeter", "Kein Mulchen möglich"]),
    ("h3", "Fazit"),
    ("p", "Für kleine bis mittlere Gärten ist der R36 eine gute Wahl. Wer tatsächlich 400 Quadratmeter mähen will, sollte einen zweiten Akku einplanen. Note: gut (2,2)."),
]
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Grünwerk R36 im Test: Leiser Akku-Mäher mit kleiner Schwäche - Haus &amp; Garten Ratgeber</title></head>
<body class="article-page test-page">
<div class="consent-layer"><p>Wir nutzen Cookies und ähnliche Technologien. Details in der Datenschutzerklärung.</p><button class="consent-accept">OK</button></div>
<header class="pageheader"><a class="pageheader__logo" href="/">Haus &amp; Garten Ratgeber</a><ul class="pageheader__nav"><li><a href="/garten/">Garten</a></li><li><a href="/wohnen/">Wohnen</a></li><li><a href="/tests/">Tests</a></li></ul></header>
<div class="pagecontent"><div class="maincol">
<div class="articlehead"><span class="articlehead__kicker">Test</span><h1>Grünwerk R36 im Test: Leiser Akku-Mäher mit kleiner Schwäche</h1><p class="articlehead__meta">Von Stefan Pohl | Aktualisiert am 20.11.2026</p></div>
<div class="articletext">
{P1}
<div class="specs">{SPECS}</div>
<div class="procon"><div class="procon__pro">{PRO}</div><div class="procon__contra">{CONTRA}</div></div>
<div class="fazitbox"><div class="fazitbox__grade">2,2</div>{FAZIT}</div>
</div>
<div class="pricecompare"><h4>Preisvergleich</h4><table><tr><td>Baumarkt24</td><td>299,00 €</td><td><a href="https://pv.test/1">Zum Shop</a></td></tr><tr><td>Gartenprofi</td><td>329,00 €</td><td><a href="https://pv.test/2">Zum Shop</a></td></tr></table><p class="pricecompare__note">Preise inkl. MwSt., Stand: 06.12.2026. *Affiliate-Links</p></div>
<div class="nlteaser"><strong>Garten-Newsletter:</strong> Die besten Tipps für Ihren Garten einmal im Monat. <a href="/newsletter/">Jetzt anmelden</a></div>
<div class="moretests"><h3>Weitere Tests</h3><ul><li><a href="/tests/vertikutierer/">Fünf Vertikutierer im Vergleich</a></li><li><a href="/tests/heckenschere/">Akku-Heckenscheren im Test</a></li></ul></div>
</div>
<div class="sidecol"><div class="adbox">Anzeige</div></div></div>
<footer class="pagefooter"><a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a></footer>
</body></html>
"""
page(part(17), "de-test-fazit", "https://hausundgarten-ratgeber.test/tests/gruenwerk-r36/", B,
     H.replace("{P1}", render(B[:5])).replace("{SPECS}", render(B[5:6])).replace("{PRO}", render(B[6:8])).replace("{CONTRA}", render(B[8:10])).replace("{FAZIT}", render(B[10:])),
     ["Von Stefan Pohl", "Aktualisiert am 20.11.2026", "Preisvergleich", "Baumarkt24", "Zum Shop", "Garten-Newsletter", "Weitere Tests", "Fünf Vertikutierer im Vergleich"],
     must=("Kein Mulchen möglich", "Akku reicht nicht für 400 Quadratmeter", "Fazit", "Für kleine bis mittlere Gärten ist der R36 eine gute Wahl. Wer tatsächlich 400 Quadratmeter mähen will, sollte einen zweiten Akku einplanen. Note: gut (2,2)."))

# --- 18 de-interview-fett (held out): an interview on a regional
# broadcaster's site; the questions as bold paragraphs (<p><b>), a
# "Zur Person" box after the interview's first answers, a share row, an
# audio player box, "Mehr zum Thema" and a cookie layer.
B = [
    ("p", "Der Winterdienst in Thüringen startet mit vollen Salzlagern. Wir haben mit Ralf Henning, Leiter der Straßenmeisterei Suhl, über Glätte, Personal und den Klimawandel gesprochen."),
    ("lead", "Herr Henning, wie viel Salz liegt in Ihren Hallen?"),
    ("p", "Rund 4.800 Tonnen, das reicht für einen normalen Winter. Im vergangenen Jahr haben wir 3.900 Tonnen gebraucht."),
    ("lead", "Finden Sie genug Fahrer?"),
    ("p", "Knapp. Wir haben 42 Leute für 18 Fahrzeuge, im Schichtdienst rund um die Uhr. Wenn zwei krank werden, wird es eng. Wir haben deshalb erstmals Landwirte mit eigenen Traktoren unter Vertrag genommen."),
    ("h3", "Zur Person"),
    ("p", "Ralf Henning, 58, ist gelernter Straßenbauer und leitet die Straßenmeisterei Suhl seit 2011. Er ist seit 36 Jahren im Winterdienst."),
    ("lead", "Werden die Winter milder?"),
    ("p", "Ja, aber nicht einfacher. Es gibt weniger Schnee, dafür öfter Eisregen und Temperaturen um null Grad. Das ist für uns schwieriger als zwanzig Zentimeter Neuschnee."),
]
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Winterdienst: „Eisregen ist schwieriger als Neuschnee“ | TRF Thüringen</title></head>
<body>
<div id="consentLayer" class="consent"><p>Wir verwenden Cookies und externe Dienste. Sie können Ihre Auswahl jederzeit ändern.</p><button>Alle zulassen</button><button>Einstellungen</button></div>
<div class="header"><a class="logo" href="/">TRF Thüringen</a><ul class="navi"><li><a href="/nachrichten/">Nachrichten</a></li><li><a href="/radio/">Radio</a></li><li><a href="/fernsehen/">Fernsehen</a></li><li><a href="/wetter/">Wetter</a></li></ul></div>
<div class="content"><div class="contentWrapper">
<div class="sectionArticle"><span class="dachzeile">Interview</span><h1 class="headline">„Eisregen ist schwieriger als Neuschnee“</h1>
<div class="metaData">Stand: 04. Dezember 2026, 06:12 Uhr</div>
<div class="audioBox"><span class="audioTitle">Audio: Das Interview zum Nachhören</span> <span class="duration">4 Min</span></div>
<div class="modText">
{P1}
<div class="infokasten"><div class="boxHead">{BOXH}</div><div class="boxText">{BOXP}</div></div>
{P2}
</div>
<div class="socialBookmarks"><span>Artikel teilen</span> <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">E-Mail</a></div>
<div class="modTeaserList"><h2>Mehr zum Thema</h2><ul><li><a href="/nachrichten/glaette-a71">Glätte: Mehrere Unfälle auf der A71</a></li><li><a href="/nachrichten/streusalz-preise">Streusalz wird teurer</a></li></ul></div>
<p class="quelle">Dieses Thema im Programm: TRF Thüringen | Thüringen Journal | 04. Dezember 2026 | 19:00 Uhr</p>
</div></div></div>
<div class="footer"><a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a></div>
</body></html>
"""
page(part(18), "de-interview-fett", "https://trf.test/nachrichten/winterdienst-interview-suhl-100.html", B,
     H.replace("{P1}", render(B[:5], lead=lambda t: "<p><b>%s</b></p>" % E(t))).replace("{BOXH}", E(B[5][1])).replace("{BOXP}", E(B[6][1])).replace("{P2}", render(B[7:], lead=lambda t: "<p><b>%s</b></p>" % E(t))),
     ["Alle zulassen", "Stand: 04. Dezember 2026", "Das Interview zum Nachhören", "Artikel teilen", "Mehr zum Thema", "Glätte: Mehrere Unfälle auf der A71", "Dieses Thema im Programm"],
     must=("Ralf Henning, 58, ist gelernter Straßenbauer und leitet die Straßenmeisterei Suhl seit 2011. Er ist seit 36 Jahren im Winterdienst.", "Werden die Winter milder?"))
