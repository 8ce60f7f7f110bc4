# The fifth batch, written after extractor 1.9.0 and before it was run on
# these pages: the kinds the fourth batch's held-out pages lost, on other
# structures. Stories continuing across sibling content elements whose
# wrappers differ from the first (another depth, an image or quote element
# between, an element with an anchor of its own, a heading element), recipe,
# product and event cards (title head, nutrition and specification lines,
# calls to action, notices in plain boxes), short releases and notices whose
# contact lines follow a story of a few sentences, bylines and datelines in
# several languages' date formats, three ordinary pages as controls and two
# non-articles (a paywall stub, a consent wall). Parts were assigned by a
# fixed rule before the extractor was run: in the order written, every
# third page (3rd, 6th, 9th, 12th, 15th) is held out.
from kit import E, page, render


def part(n):
    return "heldout" if n % 3 == 0 else "tune"


# --- 1 de-elemente-zitat: a district office's news on a CMS of content
# elements; the first text element sits in a grid row, the rest in frames
# one level up, with an image element and a quote element between.
G = [
    [("p", "Der Landkreis Rosenheim baut sein Netz an Ladesäulen für Elektroautos weiter aus. Bis Ende 2027 sollen an 40 Standorten in 22 Gemeinden zusammen 160 neue Ladepunkte entstehen."),
     ("p", "Die Standorte haben die Gemeinden selbst vorgeschlagen, meist Parkplätze an Rathäusern, Bahnhöfen und Freibädern.")],
    [("quote", "Wer auf dem Land elektrisch fährt, braucht eine Säule in der Nähe und nicht erst an der Autobahn.", "Landrat Georg Huber")],
    [("p", "Gebaut und betrieben werden die Säulen von einem regionalen Energieversorger, der die Ausschreibung im Sommer gewonnen hat. Der Landkreis zahlt einen Zuschuss von 1,9 Millionen Euro."),
     ("p", "Geladen wird mit 22 Kilowatt, an sechs Standorten auch mit Schnellladern. Bezahlen kann man mit Karte, ohne Vertrag und ohne App.")],
    [("h", "Erste Säulen im Frühjahr"),
     ("p", "Die ersten zwölf Standorte gehen im April ans Netz, darunter Bad Aibling, Kolbermoor und Prien. Eine Karte aller geplanten Standorte liegt im Landratsamt aus.")],
]
B = [b for g in G for b in g]
IMG = '<div id="c8813" class="frame frame-default frame-type-image"><div class="ce-image ce-center ce-above"><figure class="image"><img src="/fileadmin/news/ladesaeule.jpg" alt="Ladesäule"><figcaption class="image-caption">Eine der neuen Ladesäulen am Rathaus Kolbermoor. Foto: Landratsamt</figcaption></figure></div></div>'
body = ('<div class="container"><div class="row"><div class="col-md-12"><div id="c8812" class="frame frame-default frame-type-text"><div class="ce-bodytext">%s</div></div></div></div></div>\n' % render(G[0])
        + IMG + "\n"
        + '<div id="c8814" class="frame frame-default frame-type-quote"><div class="ce-quote">%s</div></div>\n' % render(G[1])
        + '<div id="c8815" class="frame frame-default frame-type-text frame-space-before-medium"><div class="ce-bodytext">%s</div></div>\n' % render(G[2])
        + '<a id="c8816"></a><div class="frame frame-default frame-type-textpic"><div class="ce-textpic"><div class="ce-bodytext">%s</div></div></div>' % render(G[3]))
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>160 neue Ladepunkte im Landkreis - Landratsamt Rosenheim</title></head>
<body id="p412">
<header id="header"><div class="container"><a class="navbar-brand" href="/">Landratsamt Rosenheim</a><nav id="mainmenu"><ul class="nav"><li><a href="/buergerservice/">Bürgerservice</a></li><li><a href="/landkreis/">Landkreis</a></li><li><a href="/presse/">Presse</a></li><li><a href="/kontakt/">Kontakt</a></li></ul></nav></div></header>
<nav class="breadcrumb"><a href="/">Start</a> / <a href="/presse/">Presse</a> / <span>Ladesäulen</span></nav>
<main id="content">
<div class="news news-single"><div class="article">
<div class="header"><h1>160 neue Ladepunkte im Landkreis</h1></div>
<div class="news-list-date"><time datetime="2026-12-04">04.12.2026</time> · Pressestelle</div>
{BODY}
<div class="news-related news-related-files"><h4>Downloads</h4><ul><li><a href="/fileadmin/presse/standorte.pdf">Standortliste (PDF)</a></li></ul></div>
<div class="news-backlink-wrap"><a href="/presse/">Zurück zur Übersicht</a></div>
</div></div>
</main>
<footer id="footer"><div class="container"><p>Landratsamt Rosenheim · Wittelsbacherstraße 53 · 83022 Rosenheim</p><a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a></div></footer>
</body></html>
"""
page(part(1), "de-elemente-zitat", "https://www.landkreis-rosenheim.test/presse/ladesaeulen-2027/", B, H.replace("{BODY}", body),
     ["Eine der neuen Ladesäulen", "Standortliste (PDF)", "Zurück zur Übersicht", "Wittelsbacherstraße 53", "Pressestelle"])

# --- 2 fr-recette-fiche: a French cooking blog whose recipe card opens
# with the title's head, a line of nutrition values, a call to action and an
# affiliate notice in a plain box above the story.
ING = ["1 kg de potiron", "1 oignon", "2 pommes de terre", "1 litre de bouillon de légumes", "20 cl de crème fraîche", "Sel, poivre, muscade"]
STEPS = ["Éplucher le potiron, l’oignon et les pommes de terre, puis les couper en cubes.", "Faire revenir l’oignon dans un peu de beurre pendant cinq minutes.", "Ajouter les légumes et le bouillon, laisser cuire 25 minutes à feu doux.", "Mixer, ajouter la crème, saler, poivrer et râper un peu de muscade."]
B = [
    ("p", "Dès que les premiers potirons arrivent au marché, cette soupe revient chaque semaine sur notre table. Elle est douce, épaisse et les enfants la réclament."),
    ("p", "Le secret, c’est la pomme de terre : elle donne du corps à la soupe sans qu’on ait besoin de beaucoup de crème."),
    ("h", "Quel potiron choisir ?"),
    ("p", "Le potimarron se cuit avec sa peau et donne un goût de châtaigne. Le potiron classique est plus doux mais doit être épluché."),
    ("h3", "Ingrédients"),
    ("ul", ING),
    ("h3", "Préparation"),
    ("ol", STEPS),
]
H = """<!DOCTYPE html>
<html lang="fr-FR">
<head><meta charset="UTF-8"><title>Soupe de potiron onctueuse, la recette de maman – Les Casseroles de Lou</title></head>
<body class="post-template-default single single-post">
<div id="page" class="site">
<header id="masthead" class="site-header"><p class="site-title"><a href="/">Les Casseroles de Lou</a></p><nav id="site-navigation"><ul id="primary-menu"><li><a href="/recettes/">Recettes</a></li><li><a href="/soupes/">Soupes</a></li><li><a href="/desserts/">Desserts</a></li><li><a href="/a-propos/">À propos</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article class="post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">Soupe de potiron onctueuse, la recette de maman</h1><div class="entry-meta"><span class="posted-on">Publié le 2 décembre 2026</span> par <span class="author">Lou</span></div></header>
<div class="entry-content">
<div class="boite-info"><p>Cet article contient des liens affiliés : si vous achetez via ces liens, je touche une petite commission, sans surcoût pour vous.</p></div>
{STORY}
<div class="fiche-recette" id="fiche-88">
<div class="fiche-recette-entete"><h2>Soupe de potiron onctueuse</h2><div class="fiche-recette-note">★★★★☆ (57 votes)</div></div>
<div class="fiche-recette-infos"><span>Préparation : 15 min</span> <span>Cuisson : 30 min</span> <span>Pour 6 personnes</span></div>
{CARD}
<div class="fiche-recette-nutrition"><p>Calories : 180 kcal · Glucides : 19 g · Protéines : 4 g · Lipides : 9 g</p></div>
<p class="fiche-recette-partage">Vous avez testé cette recette ? Laissez une note et partagez votre photo sur <a href="https://www.instagram.com/lescasserolesdelou">Instagram</a> !</p>
</div>
</div>
<footer class="entry-footer"><span class="cat-links">Publié dans <a href="/soupes/">Soupes</a></span></footer>
</article>
<nav class="post-navigation"><a href="/gratin-dauphinois/">← Gratin dauphinois</a> <a href="/tarte-aux-pommes/">Tarte aux pommes →</a></nav>
</main></div>
<footer id="colophon" class="site-footer">© 2026 Les Casseroles de Lou · <a href="/mentions-legales/">Mentions légales</a></footer>
</div>
</body></html>
"""
page(part(2), "fr-recette-fiche", "https://lescasserolesdelou.test/soupe-de-potiron-onctueuse/", B,
     H.replace("{STORY}", render(B[:4])).replace("{CARD}", render(B[4:])),
     ["liens affiliés", "Soupe de potiron onctueuse", "57 votes", "Préparation : 15 min", "Calories : 180 kcal", "Vous avez testé cette recette", "Gratin dauphinois", "Publié le 2 décembre 2026"])

# --- 3 es-nota-breve-contacto: a provincial council's short press note
# (three sentences) followed by the press office's contact lines.
B = [
    ("p", "La Diputación de Huesca abre el plazo para solicitar las ayudas al transporte escolar en los núcleos sin colegio. Las familias podrán presentar la solicitud hasta el 15 de enero en la sede electrónica o en cualquier registro comarcal."),
    ("p", "La ayuda cubre hasta 90 euros al mes por alumno y este curso alcanzará a unas 400 familias de 120 localidades."),
]
H = """<!DOCTYPE html>
<html lang="es">
<head><meta charset="utf-8"><title>Abierto el plazo de las ayudas al transporte escolar - Diputación de Huesca</title></head>
<body class="sala-prensa">
<div id="cabecera"><a href="/" id="logo">Diputación Provincial de Huesca</a><ul id="menu"><li><a href="/servicios/">Servicios</a></li><li><a href="/prensa/">Sala de prensa</a></li><li><a href="/sede/">Sede electrónica</a></li></ul></div>
<div id="contenedor">
<div id="principal">
<div class="noticia">
<h1>Abierto el plazo de las ayudas al transporte escolar</h1>
<p class="fecha">Huesca, 4 de diciembre de 2026</p>
<div class="cuerpo">
{BODY}
<p><strong>Gabinete de Prensa</strong><br>Diputación Provincial de Huesca<br>Tel. 974 294 100 · <a href="mailto:prensa@dphuesca.test">prensa@dphuesca.test</a></p>
</div>
<div class="compartir">Compartir: <a href="https://twitter.com/intent/tweet">X</a> <a href="https://www.facebook.com/sharer.php">Facebook</a> <a href="https://wa.me/?text=">WhatsApp</a></div>
</div>
</div>
<div id="lateral"><h3>Últimas noticias</h3><ul><li><a href="/prensa/n/2291">La Diputación invierte 3 millones en carreteras</a></li><li><a href="/prensa/n/2290">Nueva convocatoria de becas de música</a></li></ul></div>
</div>
<div id="pie">Diputación Provincial de Huesca · Porches de Galicia, 4 · <a href="/aviso-legal/">Aviso legal</a></div>
</body></html>
"""
page(part(3), "es-nota-breve-contacto", "https://www.dphuesca.test/prensa/n/2292", B, H.replace("{BODY}", render(B)),
     ["Gabinete de Prensa", "974 294 100", "prensa@dphuesca.test", "Compartir:", "Últimas noticias", "Porches de Galicia"])

# --- 4 ru-novost-data: a regional news site: a byline with an abbreviated
# month and a time ("Автор: …, 7 дек. 2026, 18:05") under the headline and
# a dateline that opens the first paragraph's box.
B = [
    ("p", "В Ярославле с понедельника изменится расписание трёх трамвайных маршрутов. Из-за ремонта путей на проспекте Ленина трамваи № 5 и № 6 будут ходить по временной схеме до конца января."),
    ("p", "Интервал движения увеличится с восьми до двенадцати минут. Для пассажиров на время ремонта запустят компенсационный автобус № 56т."),
    ("p", "В мэрии напомнили, что проездные билеты действуют и в компенсационном автобусе."),
]
H = """<!DOCTYPE html>
<html lang="ru">
<head><meta charset="utf-8"><title>Трамваи в Ярославле пойдут по новой схеме — Северный край</title></head>
<body>
<div class="layout">
<header class="header"><a class="header__logo" href="/">Северный край</a><nav class="header__menu"><a href="/news/">Новости</a><a href="/city/">Город</a><a href="/transport/">Транспорт</a><a href="/sport/">Спорт</a></nav></header>
<main class="layout__main">
<article class="article">
<h1 class="article__title">Трамваи в Ярославле пойдут по новой схеме</h1>
<div class="article__meta"><span class="article__author">Автор: Ольга Смирнова</span>, <span class="article__date">7 дек. 2026, 18:05</span></div>
<div class="article__body">
{BODY}
</div>
<div class="article__source">Фото: пресс-служба мэрии Ярославля</div>
<div class="article__share"><span>Поделиться:</span> <a href="https://vk.com/share.php">ВКонтакте</a> <a href="https://t.me/share/url">Telegram</a></div>
</article>
<aside class="layout__aside"><div class="popular"><h3>Популярное</h3><a href="/news/4410/">В области выпал первый снег</a><a href="/news/4408/">Ледовую арену откроют в декабре</a></div></aside>
</main>
<footer class="footer">© «Северный край», 2026. 12+</footer>
</div>
</body></html>
"""
page(part(4), "ru-novost-data", "https://sevkray.test/news/4412/", B, H.replace("{BODY}", render(B)),
     ["Автор: Ольга Смирнова", "7 дек. 2026, 18:05", "Фото: пресс-служба", "Поделиться:", "Популярное", "12+"])

# --- 5 en-product-card: a gadget review ending in a product card: the
# product's name (the title's head), a star line, a line of specifications,
# a price and a call to action; an affiliate notice in a plain box on top.
B = [
    ("p", "Cheap robot vacuums used to bump around a room at random. The Vela S3 maps the flat with a laser on its first run and then cleans in neat rows, which is something we only saw on models twice the price a year ago."),
    ("p", "On hard floors it picked up almost everything we scattered, including rice and cat litter. On our thick rug it struggled, and it twice got stuck on a charging cable."),
    ("h", "The app"),
    ("p", "The app lets you draw no-go zones and name rooms, and it does not ask for an account before it works. Schedules and suction levels can be set per room."),
    ("h", "Should you buy it?"),
    ("p", "If your home is mostly hard floors, yes. For deep carpets, spend more on a model with a stronger brush."),
]
H = """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Vela S3 review: a budget robot vacuum that finally maps your home | GadgetDesk</title></head>
<body class="article-page">
<div class="site-wrap">
<header class="masthead"><a class="brand" href="/">GadgetDesk</a><nav class="primary"><a href="/reviews/">Reviews</a><a href="/deals/">Deals</a><a href="/how-to/">How to</a><a href="/news/">News</a></nav></header>
<main class="main">
<article class="review">
<h1 class="review__title">Vela S3 review: a budget robot vacuum that finally maps your home</h1>
<p class="review__byline">By Tom Ashworth · 5 Dec 2026</p>
<div class="notice"><p>When you buy through links on our site, we may earn an affiliate commission. Here's how it works.</p></div>
<div class="review__body">
{BODY}
</div>
<div class="product">
<div class="product__name">Vela S3</div>
<div class="product__stars">★★★★☆</div>
<ul class="product__specs"><li>Suction: 4000 Pa</li><li>Battery: 150 min</li><li>Bin: 0.4 l</li><li>Weight: 3.1 kg</li></ul>
<div class="product__price">£199.99</div>
<a class="product__button" href="https://shop.test/vela-s3?tag=gd-21">Check price at Shopwell</a>
</div>
<div class="review__tags"><a href="/tag/robot-vacuums/">Robot vacuums</a> <a href="/tag/smart-home/">Smart home</a></div>
</article>
<section class="more"><h2>More reviews</h2><a href="/reviews/lumo-kettle/">Lumo smart kettle review</a> <a href="/reviews/aero-fan/">Aero fan review</a></section>
</main>
<footer class="footer">GadgetDesk is part of Deskmedia Ltd. © 2026 <a href="/privacy/">Privacy</a></footer>
</div>
</body></html>
"""
page(part(5), "en-product-card", "https://gadgetdesk.test/reviews/vela-s3/", B, H.replace("{BODY}", render(B)),
     ["affiliate commission", "Suction: 4000 Pa", "Battery: 150 min", "£199.99", "Check price at Shopwell", "By Tom Ashworth", "More reviews", "Deskmedia Ltd"])

# --- 6 it-comunicato-elementi: a region's press release on a page builder:
# sections of their own (text, a heading module, text with an anchor id,
# a quote module), at different depths.
G = [
    [("p", "La Regione Umbria ha approvato il piano per la manutenzione dei sentieri dell’Appennino. Nei prossimi tre anni saranno sistemati 620 chilometri di percorsi, con una spesa di 4,2 milioni di euro."),
     ("p", "I lavori riguarderanno soprattutto la segnaletica, i ponticelli in legno e i tratti franati durante le piogge della primavera scorsa.")],
    [("h", "Chi farà i lavori")],
    [("p", "Gli interventi saranno affidati alle comunità montane e alle sezioni locali del Club alpino, che conoscono i sentieri e li percorrono ogni settimana."),
     ("p", "Una parte dei fondi servirà a formare quaranta giovani come operatori della manutenzione.")],
    [("quote", "I sentieri sono la prima porta d’ingresso dei turisti nelle nostre montagne.", "L’assessora al turismo Chiara Fabbri")],
    [("p", "Il primo lotto partirà in primavera sul Monte Cucco e nella Valnerina.")],
]
B = [b for g in G for b in g]
body = ('<div class="et_pb_section et_pb_section_1"><div class="et_pb_row"><div class="et_pb_column et_pb_column_4_4"><div class="et_pb_module et_pb_text"><div class="et_pb_text_inner">%s</div></div></div></div></div>\n' % render(G[0])
        + '<div class="et_pb_section et_pb_section_2"><div class="et_pb_row"><div class="et_pb_module et_pb_heading"><div class="et_pb_heading_container">%s</div></div></div></div>\n' % render(G[1])
        + '<div id="lavori" class="et_pb_section et_pb_section_3"><div class="et_pb_row"><div class="et_pb_column"><div class="et_pb_module et_pb_text"><div class="et_pb_text_inner">%s</div></div></div></div></div>\n' % render(G[2])
        + '<div class="et_pb_section et_pb_section_4"><div class="et_pb_module et_pb_blurb"><div class="et_pb_blurb_content">%s</div></div></div>\n' % render(G[3])
        + '<div class="et_pb_section et_pb_section_5"><div class="et_pb_row"><div class="et_pb_column"><div class="et_pb_module et_pb_text"><div class="et_pb_text_inner">%s</div></div></div></div></div>' % render(G[4]))
H = """<!DOCTYPE html>
<html lang="it-IT">
<head><meta charset="UTF-8"><title>Sentieri dell’Appennino, approvato il piano da 4,2 milioni | Regione Umbria Notizie</title></head>
<body class="post-template-default single single-post et_pb_pagebuilder_layout">
<div id="page-container">
<header id="main-header"><div class="container"><a href="/" id="logo">Regione Umbria Notizie</a><nav id="top-menu-nav"><ul id="top-menu"><li><a href="/notizie/">Notizie</a></li><li><a href="/comunicati/">Comunicati</a></li><li><a href="/contatti/">Contatti</a></li></ul></nav></div></header>
<div id="et-main-area"><div id="main-content">
<article class="et_pb_post">
<div class="et_post_meta_wrapper"><h1 class="entry-title">Sentieri dell’Appennino, approvato il piano da 4,2 milioni</h1><p class="post-meta">di Redazione | 3 Dic 2026 | <a href="/comunicati/">Comunicati</a></p></div>
<div class="entry-content">
{BODY}
</div>
<div class="et_post_meta_wrapper"><div class="et_pb_social_media_follow">Segui la Regione: <a href="https://www.facebook.com/">Facebook</a> <a href="https://www.instagram.com/">Instagram</a></div></div>
</article>
</div>
<footer id="main-footer"><div id="footer-bottom">Regione Umbria – Palazzo Donini, Perugia · <a href="/privacy/">Privacy</a> · <a href="/note-legali/">Note legali</a></div></footer>
</div></div>
</body></html>
"""
page(part(6), "it-comunicato-elementi", "https://notizie.regione-umbria.test/sentieri-appennino-piano/", B, H.replace("{BODY}", body),
     ["di Redazione", "3 Dic 2026", "Segui la Regione", "Palazzo Donini", "Note legali"])

# --- 7 nl-nieuws-gemeente (control): an ordinary Dutch local news story.
B = [
    ("p", "De gemeente Zwolle gaat de komende twee jaar 1.200 nieuwe bomen planten in wijken waar nu weinig groen is. Vooral Holtenbroek en Diezerpoort krijgen er veel bij."),
    ("p", "Bewoners mochten dit najaar zelf plekken voorstellen. Er kwamen ruim 800 suggesties binnen, van pleintjes tot smalle stoepen."),
    ("p", "Niet elke plek is geschikt, zegt wethouder Anouk de Vries. ‘Onder veel straten liggen kabels en leidingen. Daar kunnen we geen grote boom kwijt, maar soms wel een geveltuin.’"),
    ("p", "Het planten begint in februari. Het project kost 2,4 miljoen euro, waarvan de provincie een derde betaalt."),
]
H = """<!DOCTYPE html>
<html lang="nl">
<head><meta charset="utf-8"><title>Zwolle plant 1.200 bomen in ‘grijze’ wijken | Stadsnieuws Zwolle</title></head>
<body>
<div class="container">
<header class="site-header"><a href="/" class="logo">Stadsnieuws Zwolle</a><nav><a href="/nieuws/">Nieuws</a><a href="/sport/">Sport</a><a href="/uitgaan/">Uitgaan</a><a href="/tips/">Tips</a></nav></header>
<main>
<article class="article-detail">
<h1>Zwolle plant 1.200 bomen in ‘grijze’ wijken</h1>
<div class="meta">Door Pieter Bakker · vandaag, 14:32</div>
<div class="article-body">
{BODY}
</div>
<div class="share">Deel dit artikel: <a href="https://wa.me/?text=">WhatsApp</a> <a href="https://www.facebook.com/sharer.php">Facebook</a></div>
</article>
<section class="lees-ook"><h2>Lees ook</h2><ul><li><a href="/nieuws/ijsbaan-open/">IJsbaan op de Grote Markt open</a></li><li><a href="/nieuws/fietsenstalling/">Nieuwe fietsenstalling bij station</a></li></ul></section>
</main>
<footer>© 2026 Stadsnieuws Zwolle · <a href="/privacy/">Privacy</a> · <a href="/cookies/">Cookies</a></footer>
</div>
</body></html>
"""
page(part(7), "nl-nieuws-gemeente", "https://stadsnieuwszwolle.test/nieuws/1200-bomen/", B, H.replace("{BODY}", render(B)),
     ["Door Pieter Bakker", "Deel dit artikel", "Lees ook", "IJsbaan op de Grote Markt"])

# --- 8 de-kurzmeldung-kontakt: a university's short notice (two short
# paragraphs) ending in a contact person's lines.
B = [
    ("p", "Die Universitätsbibliothek ist vom 23. Dezember bis zum 1. Januar geschlossen. Ausgeliehene Medien werden automatisch bis zum 15. Januar verlängert."),
    ("p", "Die Lesesäle der Teilbibliothek Medizin bleiben in dieser Zeit für Studierende mit Campuskarte geöffnet."),
]
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Schließzeit der Universitätsbibliothek über Weihnachten – Universität Kassel</title></head>
<body>
<header class="uni-header"><a href="/" class="uni-logo">Universität Kassel</a><nav class="uni-nav"><a href="/studium/">Studium</a><a href="/forschung/">Forschung</a><a href="/bibliothek/">Bibliothek</a><a href="/aktuelles/">Aktuelles</a></nav></header>
<div class="uni-page">
<nav class="uni-sidebar"><ul><li><a href="/aktuelles/meldungen/">Meldungen</a></li><li><a href="/aktuelles/termine/">Termine</a></li><li><a href="/aktuelles/presse/">Presse</a></li></ul></nav>
<main class="uni-main">
<div class="meldung">
<h1>Schließzeit der Universitätsbibliothek über Weihnachten</h1>
<p class="meldung-datum">Meldung vom 02.12.2026</p>
<div class="meldung-text">
{BODY}
<p>Ansprechpartnerin: Dr. Katrin Wolf<br>Telefon: 0561 804-2117<br>E-Mail: <a href="mailto:ausleihe@ub.uni-kassel.test">ausleihe@ub.uni-kassel.test</a></p>
</div>
<p class="meldung-zurueck"><a href="/aktuelles/meldungen/">« Alle Meldungen</a></p>
</div>
</main>
</div>
<footer class="uni-footer"><a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a> · <a href="/barrierefreiheit/">Barrierefreiheit</a></footer>
</body></html>
"""
page(part(8), "de-kurzmeldung-kontakt", "https://www.uni-kassel.test/aktuelles/meldungen/ub-weihnachten-2026/", B, H.replace("{BODY}", render(B)),
     ["Meldung vom 02.12.2026", "Ansprechpartnerin", "0561 804-2117", "ausleihe@ub.uni-kassel.test", "Alle Meldungen", "Barrierefreiheit"])

# --- 9 fr-agenda-evenement: a town's event page: the story, then an event
# card with the title's head, a line of labelled practical details and a
# booking button.
B = [
    ("p", "Le festival Jazz en Vercors revient pour sa dixième édition du 12 au 14 février. Trois soirées de concerts sont prévues à la salle des fêtes de Villard-de-Lans, avec des formations venues de Lyon, de Genève et de Turin."),
    ("p", "Le samedi après-midi, un atelier d’initiation à l’improvisation est proposé aux élèves de l’école de musique. Il est ouvert aux adultes dans la limite des places disponibles."),
    ("p", "Une navette gratuite reliera la salle aux hameaux de Corrençon et de Méaudre après chaque concert."),
]
H = """<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>Jazz en Vercors : la dixième édition en février - Villard-de-Lans</title></head>
<body class="page-agenda">
<header class="entete"><a href="/" class="logo">Villard-de-Lans</a><nav class="menu-principal"><a href="/mairie/">Mairie</a><a href="/agenda/">Agenda</a><a href="/tourisme/">Tourisme</a><a href="/vie-pratique/">Vie pratique</a></nav></header>
<main class="contenu">
<div class="evenement">
<h1>Jazz en Vercors : la dixième édition en février</h1>
<div class="evenement-texte">
{BODY}
</div>
<div class="evenement-carte">
<h3 class="evenement-carte-titre">Jazz en Vercors</h3>
<p class="evenement-carte-infos">Dates : du 12 au 14 février 2027 · Lieu : salle des fêtes · Tarif : 15 € par soirée, pass 3 soirs 38 €</p>
<a class="bouton" href="https://billetterie.test/jazz-vercors">Réserver mes places</a>
<a class="bouton-secondaire" href="/agenda/jazz-en-vercors.ics">Ajouter à mon agenda</a>
</div>
</div>
<div class="autres-evenements"><h2>Autres événements</h2><a href="/agenda/marche-noel/">Marché de Noël</a> <a href="/agenda/ski-nocturne/">Ski nocturne</a></div>
</main>
<footer class="pied">Mairie de Villard-de-Lans · 04 76 94 50 00 · <a href="/mentions-legales/">Mentions légales</a></footer>
</body></html>
"""
page(part(9), "fr-agenda-evenement", "https://www.villard-de-lans.test/agenda/jazz-en-vercors-2027/", B, H.replace("{BODY}", render(B)),
     ["Dates : du 12 au 14 février", "Tarif : 15 €", "Réserver mes places", "Ajouter à mon agenda", "Autres événements", "04 76 94 50 00"])

# --- 10 en-paywall-stub (non-article): a business paper's story behind a
# hard paywall: headline, standfirst and an offer box, no story text.
H = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Port operators brace for a year of lower volumes | The Northern Ledger</title>
<meta property="og:type" content="article"><meta property="og:description" content="Freight volumes at the region's three ports fell for a fourth quarter in a row."></head>
<body>
<header class="top"><a href="/" class="logo">The Northern Ledger</a><nav><a href="/business/">Business</a><a href="/markets/">Markets</a><a href="/opinion/">Opinion</a></nav><a class="signin" href="/login/">Sign in</a></header>
<main>
<article class="story story--locked">
<h1>Port operators brace for a year of lower volumes</h1>
<p class="story__standfirst">Freight volumes at the region's three ports fell for a fourth quarter in a row.</p>
<div class="story__meta">Harriet Cole · 6 December 2026</div>
<div class="offer" id="offer">
<h2>This article is for subscribers</h2>
<p>Get unlimited access to The Northern Ledger for £1 for your first month.</p>
<a class="offer__cta" href="/subscribe/?src=story">Subscribe now</a>
<p class="offer__login">Already a subscriber? <a href="/login/">Sign in</a></p>
</div>
</article>
<aside class="trending"><h3>Trending</h3><a href="/business/steelworks-jobs/">Steelworks to cut 300 jobs</a><a href="/markets/ftse-week/">FTSE ends week higher</a></aside>
</main>
<footer>© 2026 The Northern Ledger Ltd</footer>
</body></html>
"""
page(part(10), "en-paywall-stub", "https://northernledger.test/business/ports-lower-volumes/", [], H,
     ["This article is for subscribers", "Subscribe now", "Steelworks to cut 300 jobs"], page_type="non_article")

# --- 11 es-blog-viaje (control): an ordinary travel blog post.
B = [
    ("p", "Llegamos a Albarracín un martes de noviembre, con niebla y sin turistas. Es la mejor época: el pueblo se recorre en silencio y las calles de piedra rojiza parecen recién lavadas."),
    ("p", "Dejamos el coche en el aparcamiento de la entrada y subimos a pie hasta la catedral. Desde allí sale el camino de la muralla, que en media hora te deja en la torre del Andador."),
    ("h", "Dónde comer"),
    ("p", "Comimos en una casa de comidas junto a la plaza: sopa castellana, ternasco y un flan casero. Menú del día por 16 euros, sin reserva entre semana."),
    ("h", "Qué ver cerca"),
    ("p", "A diez minutos en coche están los pinares de Rodeno, con pinturas rupestres y senderos cortos señalizados. Si os queda tiempo, merece la pena."),
]
H = """<!DOCTYPE html>
<html lang="es-ES">
<head><meta charset="UTF-8"><title>Albarracín en otoño: qué ver en un día – Mochila y Mapa</title></head>
<body class="single-post">
<div class="wrap">
<header class="header"><a class="logo" href="/">Mochila y Mapa</a><ul class="menu"><li><a href="/espana/">España</a></li><li><a href="/europa/">Europa</a></li><li><a href="/consejos/">Consejos</a></li></ul></header>
<div class="main">
<article class="post">
<h1 class="post-title">Albarracín en otoño: qué ver en un día</h1>
<div class="post-meta">Por Lucía · 28 noviembre, 2026 · <a href="#comentarios">12 comentarios</a></div>
<div class="post-content">
{BODY}
</div>
</article>
<div id="comentarios"><h3>12 comentarios</h3><div class="comment"><p>¡Qué ganas de ir! Gracias por los consejos.</p></div></div>
</div>
<aside class="sidebar"><div class="widget"><h4>Sobre mí</h4><p>Viajo despacio y escribo sobre pueblos pequeños.</p></div></aside>
<footer class="footer">© 2026 Mochila y Mapa</footer>
</div>
</body></html>
"""
page(part(11), "es-blog-viaje", "https://mochilaymapa.test/albarracin-otono/", B, H.replace("{BODY}", render(B)),
     ["Por Lucía", "12 comentarios", "Qué ganas de ir", "Viajo despacio"])

# --- 12 pl-wiadomosci-data: a Polish city portal: a byline with an
# abbreviated month and time ("7 gru 2026, 18:05") and a dateline line.
B = [
    ("p", "Od poniedziałku w Lublinie obowiązuje nowy rozkład jazdy autobusów nocnych. Linie N1 i N2 będą kursować co 30 minut, a nie co godzinę jak dotąd."),
    ("p", "Zmiana to odpowiedź na prośby studentów i pracowników zmianowych. W ankiecie przeprowadzonej jesienią wzięło udział ponad 3 tysiące osób."),
    ("p", "Nowy rozkład jest dostępny na przystankach i w aplikacji miejskiej."),
]
H = """<!DOCTYPE html>
<html lang="pl">
<head><meta charset="utf-8"><title>Autobusy nocne będą jeździć częściej - Lublin Dziś</title></head>
<body>
<div id="wrapper">
<header id="top"><a href="/" class="logo">Lublin Dziś</a><nav class="menu"><a href="/wiadomosci/">Wiadomości</a><a href="/sport/">Sport</a><a href="/kultura/">Kultura</a><a href="/ogloszenia/">Ogłoszenia</a></nav></header>
<div id="main">
<div class="article">
<h1>Autobusy nocne będą jeździć częściej</h1>
<div class="article-info"><span class="author">Marta Nowak</span> <span class="date">7 gru 2026, 18:05</span> <span class="comments">Komentarze (14)</span></div>
<div class="article-text">
{BODY}
</div>
<div class="article-tags">Tagi: <a href="/tag/mpk/">MPK</a> <a href="/tag/komunikacja/">komunikacja</a></div>
</div>
<div class="box-polecane"><h3>Polecamy</h3><a href="/wiadomosci/lodowisko/">Lodowisko na placu Litewskim otwarte</a></div>
</div>
<footer id="stopka">© 2026 Lublin Dziś · <a href="/regulamin/">Regulamin</a> · <a href="/polityka-prywatnosci/">Polityka prywatności</a></footer>
</div>
</body></html>
"""
page(part(12), "pl-wiadomosci-data", "https://lublindzis.test/wiadomosci/autobusy-nocne/", B, H.replace("{BODY}", render(B)),
     ["Marta Nowak", "7 gru 2026, 18:05", "Komentarze (14)", "Tagi:", "Polecamy", "Regulamin"])

# --- 13 ru-elementy-sekcii: a ministry's news on a block CMS: the story
# as sibling blocks, a heading block of its own, a text block one level
# deeper, an image block between.
G = [
    [("p", "В Пермском крае в 2027 году капитально отремонтируют 58 школ. На эти цели из регионального и федерального бюджетов выделено 3,6 млрд рублей."),
     ("p", "В школах заменят кровли, окна и инженерные сети, обновят спортзалы и столовые.")],
    [("h", "Где начнут раньше")],
    [("p", "Первыми работы начнутся в Кунгуре, Чайковском и Лысьве, где здания построены больше шестидесяти лет назад. Ремонт пройдёт летом, чтобы занятия не прерывались."),
     ("p", "В шести школах, где ремонт займёт больше трёх месяцев, учеников временно переведут в соседние здания.")],
    [("p", "Список всех школ опубликован на сайте министерства образования.")],
]
B = [b for g in G for b in g]
body = ('<div class="block block-text"><div class="block__inner">%s</div></div>\n' % render(G[0])
        + '<div class="block block-heading">%s</div>\n' % render(G[1])
        + '<div class="block block-image"><img src="/upload/school.jpg" alt=""><div class="block-image__caption">Школа № 3 в Кунгуре. Фото: Минобр Пермского края</div></div>\n'
        + '<div class="block block-text"><div class="block__inner"><div class="text-content">%s</div></div></div>\n' % render(G[2])
        + '<div class="block block-text block-text--small">%s</div>' % render(G[3]))
H = """<!DOCTYPE html>
<html lang="ru">
<head><meta charset="utf-8"><title>В 2027 году отремонтируют 58 школ — Министерство образования Пермского края</title></head>
<body>
<div class="page">
<header class="page-header"><a href="/" class="logo">Министерство образования Пермского края</a><nav class="main-menu"><a href="/ministry/">О министерстве</a><a href="/news/">Новости</a><a href="/docs/">Документы</a><a href="/contacts/">Контакты</a></nav></header>
<main class="page-main">
<div class="news-item">
<h1 class="news-item__title">В 2027 году отремонтируют 58 школ</h1>
<div class="news-item__date">5 декабря 2026, 11:20</div>
<div class="news-item__content">
{BODY}
</div>
<div class="news-item__footer"><a href="/news/">← Все новости</a> <span class="news-item__views">Просмотров: 1 204</span></div>
</div>
</main>
<footer class="page-footer">© Министерство образования и науки Пермского края, 2026</footer>
</div>
</body></html>
"""
page(part(13), "ru-elementy-sekcii", "https://minobr.permkrai.test/news/2381/", B, H.replace("{BODY}", body),
     ["5 декабря 2026, 11:20", "Школа № 3 в Кунгуре", "Все новости", "Просмотров: 1 204"])

# --- 14 pt-receita-cartao: a Portuguese recipe blog: the story, then a
# recipe card with the title's head, times and yield, ingredients and steps,
# a nutrition line and a call to action.
ING = ["500 g de bacalhau demolhado", "800 g de batata palha", "6 ovos", "2 cebolas", "Azeitonas pretas e salsa q.b."]
STEPS = ["Cozer ligeiramente o bacalhau e desfiá-lo, retirando peles e espinhas.", "Alourar a cebola às rodelas finas em azeite.", "Juntar o bacalhau e a batata palha e envolver bem.", "Fora do lume, juntar os ovos batidos e mexer até ficarem cremosos.", "Servir com azeitonas e salsa picada."]
B = [
    ("p", "Bacalhau à Brás é daqueles pratos que toda a gente diz saber fazer, mas que raramente sai como no restaurante. O truque está nos ovos: entram no fim, com o lume desligado."),
    ("p", "Eu uso batata palha de pacote quando tenho pressa. Fica muito bem, desde que seja fina e pouco salgada."),
    ("h3", "Ingredientes"),
    ("ul", ING),
    ("h3", "Preparação"),
    ("ol", STEPS),
]
H = """<!DOCTYPE html>
<html lang="pt-PT">
<head><meta charset="UTF-8"><title>Bacalhau à Brás cremoso, como no restaurante | Tacho da Avó</title></head>
<body class="single single-post">
<div class="site-container">
<header class="site-header"><a class="title-area" href="/">Tacho da Avó</a><nav class="nav-primary"><ul><li><a href="/receitas/">Receitas</a></li><li><a href="/peixe/">Peixe</a></li><li><a href="/doces/">Doces</a></li></ul></nav></header>
<div class="content-sidebar-wrap"><main class="content">
<article class="entry">
<header class="entry-header"><h1 class="entry-title">Bacalhau à Brás cremoso, como no restaurante</h1><p class="entry-meta">1 de dezembro de 2026 por Helena</p></header>
<div class="entry-content">
{STORY}
<div class="cartao-receita">
<h2 class="cartao-receita__titulo">Bacalhau à Brás cremoso</h2>
<div class="cartao-receita__meta"><span>Preparação: 20 min</span> <span>Confeção: 15 min</span> <span>Doses: 4</span></div>
{CARD}
<p class="cartao-receita__nutricao">Por dose: 520 kcal · Proteína: 38 g · Hidratos: 30 g · Gordura: 27 g</p>
<p class="cartao-receita__cta">Fez esta receita? Deixe um comentário e diga-me como ficou!</p>
</div>
</div>
</article>
</main>
<aside class="sidebar"><section class="widget"><h3>Mais populares</h3><a href="/arroz-de-pato/">Arroz de pato</a> <a href="/pasteis-de-nata/">Pastéis de nata</a></section></aside></div>
<footer class="site-footer">© 2026 Tacho da Avó</footer>
</div>
</body></html>
"""
page(part(14), "pt-receita-cartao", "https://tachodaavo.test/bacalhau-a-bras-cremoso/", B,
     H.replace("{STORY}", render(B[:2])).replace("{CARD}", render(B[2:])),
     ["Bacalhau à Brás cremoso", "Preparação: 20 min", "Doses: 4", "520 kcal", "Fez esta receita", "Mais populares", "por Helena"])

# --- 15 en-consent-wall (non-article): a magazine's full-page consent
# interstitial in front of a story (text about partners and purposes,
# accept and manage buttons, a short pay-or-consent line).
H = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>The best winter walks in the Peak District | Outdoor Life Magazine</title>
<meta property="og:type" content="article"><meta property="og:description" content="Ten routes from an easy valley stroll to a long ridge day."></head>
<body class="consent-page">
<div class="cmp-fullpage" role="dialog" aria-modal="true">
<div class="cmp-logo">Outdoor Life Magazine</div>
<h2>We value your privacy</h2>
<p>We and our 142 partners store and access information on your device, such as cookies, and process personal data, such as unique identifiers and browsing data, for personalised advertising and content, advertising and content measurement, audience research and services development.</p>
<p>With your permission we and our partners may use precise geolocation data and identification through device scanning. You may click to consent to our and our partners' processing as described above, or access more detailed information and change your preferences before consenting.</p>
<p>You can change your choices at any time by returning to this site and clicking Privacy settings at the foot of the page.</p>
<div class="cmp-buttons"><button class="cmp-accept">Accept all</button> <button class="cmp-manage">Manage options</button></div>
<p class="cmp-alt">Or <a href="/subscribe/ad-free/">subscribe for an ad-free experience</a> from £2.99 a month.</p>
</div>
</body></html>
"""
page(part(15), "en-consent-wall", "https://outdoorlifemag.test/walks/peak-district-winter/", [], H,
     ["We value your privacy", "142 partners", "Accept all"], page_type="non_article")

# --- 16 en-council-news (control): a council's ordinary news story with a
# dateline in the first paragraph's line above it.
B = [
    ("p", "Residents in Kendal will be able to recycle food waste from their kerbside from March, after councillors approved a weekly collection for every household in the town."),
    ("p", "Each home will receive a small kitchen caddy and a larger outdoor bin in February, along with a roll of compostable liners."),
    ("p", "The council says food makes up almost a third of what is thrown into general waste bins, and that sending it to an anaerobic digester instead will save around £180,000 a year in landfill tax."),
    ("p", "Collections will follow the same day as general waste. Flats with shared bins will be added later in the year."),
]
H = """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Weekly food waste collections coming to Kendal | Westmorland Council</title></head>
<body class="page-news">
<a class="skip" href="#main">Skip to main content</a>
<header class="govuk-header"><a href="/" class="govuk-header__link">Westmorland Council</a><nav><a href="/bins/">Bins and recycling</a><a href="/council-tax/">Council tax</a><a href="/planning/">Planning</a><a href="/news/">News</a></nav></header>
<div class="govuk-width-container">
<main id="main" class="govuk-main-wrapper">
<span class="govuk-caption-l">News</span>
<h1 class="govuk-heading-xl">Weekly food waste collections coming to Kendal</h1>
<p class="govuk-body-s">Published: Thursday, 3rd December 2026</p>
<div class="govuk-body">
{BODY}
</div>
<div class="share-page">Share this page: <a href="https://www.facebook.com/sharer.php">Facebook</a> <a href="https://twitter.com/intent/tweet">X</a></div>
<div class="feedback">Was this page helpful? <a href="/feedback/?r=yes">Yes</a> <a href="/feedback/?r=no">No</a></div>
</main>
</div>
<footer class="govuk-footer"><a href="/accessibility/">Accessibility statement</a> <a href="/privacy/">Privacy notice</a> © Westmorland Council</footer>
</body></html>
"""
page(part(16), "en-council-news", "https://www.westmorland.test/news/food-waste-kendal/", B, H.replace("{BODY}", render(B)),
     ["Published: Thursday", "Share this page", "Was this page helpful", "Accessibility statement"])
