# The second batch, written after the first batch's tune pages were fixed
# and before the extractor was run on these: more shapes in which story
# text hides (an interview's bold questions, accordions, release notes that
# are all lists, a programme of times, lists with bold lead-ins, a Russian
# lead and its closing "earlier" line).
from kit import E, page, render

# --- de-interview (tune): an interview on a magazine site; the questions
# are bold paragraphs, the intro a lead <div>, a "more on the topic" box in
# the middle, author box and paywall teaser for other stories after it.
B = [
    ("lead", "Seit 25 Jahren repariert Ute Brandes Uhren in ihrer Werkstatt in Lüneburg. Ein Gespräch über Geduld, Ersatzteile und Kunden, die mit Omas Wecker kommen."),
    ("p", "Frau Brandes, wie viele Uhren liegen gerade auf Ihrer Werkbank?"),
    ("p", "Ungefähr vierzig. Die meisten sind Armbanduhren, dazu sechs Standuhren, die ich nicht hierher holen kann. Zu denen fahre ich."),
    ("p", "Wie lange dauert eine Reparatur?"),
    ("p", "Eine Revision, also zerlegen, reinigen, ölen und einstellen, dauert bei einer einfachen Armbanduhr drei bis vier Stunden. Bei einem Chronographen kann es ein ganzer Tag werden. Die Wartezeit ist leider länger: Im Moment sind es gut drei Monate."),
    ("p", "Woran liegt das?"),
    ("p", "Es gibt kaum noch Uhrmacher. Als ich gelernt habe, hatte jede Kleinstadt zwei oder drei Werkstätten. Heute bin ich im Umkreis von fünfzig Kilometern die letzte, die noch mechanische Uhren repariert."),
    ("p", "Was ist die schönste Reparatur, an die Sie sich erinnern?"),
    ("p", "Ein Mann hat mir einmal eine Taschenuhr gebracht, die sein Großvater aus der Kriegsgefangenschaft mitgebracht hatte. Sie lag seit sechzig Jahren in einer Schublade. Als sie wieder tickte, hat er geweint. Ich auch, ehrlich gesagt."),
    ("p", "Und was raten Sie jungen Leuten, die den Beruf lernen wollen?"),
    ("p", "Machen! Die Arbeit geht uns nicht aus."),
]
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>„Die Arbeit geht uns nicht aus“ – Interview mit Uhrmacherin Ute Brandes | Heide &amp; Hanse Magazin</title></head>
<body class="single single-interview">
<div class="consent-layer" id="consent-layer"><div class="consent-layer__box"><strong>Wir respektieren Ihre Privatsphäre</strong><p>Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Zugriffe zu analysieren.</p><button class="consent-layer__accept">Alle akzeptieren</button><button class="consent-layer__settings">Einstellungen</button></div></div>
<header class="site-header"><a class="site-header__logo" href="/">Heide &amp; Hanse</a><nav class="site-header__nav"><a href="/menschen/">Menschen</a><a href="/handwerk/">Handwerk</a><a href="/ausflug/">Ausflüge</a><a href="/essen/">Essen &amp; Trinken</a><a href="/abo/">Abo</a></nav></header>
<div class="page"><div class="page__main">
<div class="article-head"><span class="article-head__kicker">Handwerk</span><h1 class="article-head__title">„Die Arbeit geht uns nicht aus“</h1><div class="article-head__meta">Interview: Jonas Wiebe · Fotos: Merle Ahrens · 02.12.2026</div></div>
<figure class="article-figure"><img src="/img/brandes.jpg" alt=""><figcaption>Ute Brandes an ihrer Werkbank in der Lüneburger Altstadt.</figcaption></figure>
<div class="article-text">
{BODY1}
<div class="inline-teaser"><span class="inline-teaser__label">Mehr zum Thema</span><a href="/handwerk/letzte-ihres-fachs/">Die Letzten ihres Fachs: Fünf Handwerke, die verschwinden</a></div>
{BODY2}
</div>
<div class="author-box"><img src="/img/wiebe.jpg" alt=""><p><strong>Jonas Wiebe</strong> schreibt für Heide &amp; Hanse über Menschen und ihre Berufe.</p></div>
<div class="more-stories"><h2>Das könnte Sie auch interessieren</h2><article class="teaser"><a href="/essen/hofladen-bardowick/"><h3>Der Hofladen, der nie schließt</h3><p>In Bardowick verkauft ein Bauer Eier und Kartoffeln rund um die Uhr …</p></a></article><article class="teaser"><a href="/ausflug/heideblüte/"><h3>Wo die Heide im August am schönsten blüht</h3></a></article></div>
</div></div>
<footer class="site-footer"><p>Heide &amp; Hanse Magazin · erscheint sechsmal im Jahr</p><a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a></footer>
</body></html>
"""
iv = dict(lead=lambda t: '<div class="article-text__lead">%s</div>' % E(t))
qs = {1, 3, 5, 7, 9}
def iv_render(blocks, start):
    out = []
    for i, b in enumerate(blocks, start):
        if i in qs:
            out.append("<p><strong>%s</strong></p>" % E(b[1]))
        else:
            out.append(render([b], **iv))
    return "\n".join(out)
H = H.replace("{BODY1}", iv_render(B[:5], 0)).replace("{BODY2}", iv_render(B[5:], 5))
page("tune", "de-interview", "https://heide-hanse.test/handwerk/interview-uhrmacherin-ute-brandes/", B, H,
     ["Wir respektieren Ihre Privatsphäre", "Einstellungen", "Essen & Trinken", "Interview: Jonas Wiebe", "an ihrer Werkbank in der Lüneburger", "Mehr zum Thema", "Die Letzten ihres Fachs", "schreibt für Heide", "Das könnte Sie auch interessieren", "Der Hofladen", "erscheint sechsmal im Jahr"])

# --- de-verein-faq (tune): an association's FAQ page on a block theme;
# every answer sits in a <details> element under its <summary> question.
QA = [
    ("Wer kann Mitglied werden?", "Jede Person ab 16 Jahren, die in Freiburg oder im Umland wohnt. Jüngere können mit Zustimmung der Eltern in der Jugendgruppe mitmachen."),
    ("Was kostet die Mitgliedschaft?", "Der Jahresbeitrag beträgt 36 Euro, ermäßigt 18 Euro für Schülerinnen, Studierende und Menschen mit geringem Einkommen. Niemand wird wegen des Beitrags abgewiesen."),
    ("Muss ich regelmäßig mitarbeiten?", "Nein. Viele Mitglieder kommen nur zu den Pflanzaktionen im Frühjahr und Herbst. Wer mehr machen möchte, kann eine Baumpatenschaft übernehmen."),
    ("Wie übernehme ich eine Baumpatenschaft?", "Sie suchen sich einen der Obstbäume auf unseren Streuobstwiesen aus, gießen ihn im ersten Sommer und helfen beim Schnitt. Dafür gehört Ihnen ein Teil der Ernte."),
]
B = [("p", "Hier beantworten wir die Fragen, die uns am häufigsten gestellt werden. Ihre Frage ist nicht dabei? Schreiben Sie uns einfach.")]
for q, a in QA:
    B += [("h3", q), ("p", a)]
B += [("p", "Wir freuen uns auf Sie!")]
H = """<!DOCTYPE html>
<html lang="de-DE">
<head><meta charset="UTF-8"><title>Häufige Fragen – Streuobst Freiburg e.V.</title></head>
<body class="page-template-default page page-id-88 wp-embed-responsive">
<div class="wp-site-blocks">
<header class="wp-block-template-part"><div class="wp-block-group"><p class="wp-block-site-title"><a href="/">Streuobst Freiburg e.V.</a></p><nav class="wp-block-navigation"><ul class="wp-block-navigation__container"><li class="wp-block-navigation-item"><a href="/verein/">Verein</a></li><li class="wp-block-navigation-item"><a href="/wiesen/">Unsere Wiesen</a></li><li class="wp-block-navigation-item"><a href="/termine/">Termine</a></li><li class="wp-block-navigation-item"><a href="/faq/">Häufige Fragen</a></li><li class="wp-block-navigation-item"><a href="/spenden/">Spenden</a></li></ul></nav></div></header>
<main class="wp-block-group">
<h1 class="wp-block-post-title">Häufige Fragen</h1>
<div class="entry-content wp-block-post-content is-layout-constrained">
{BODY}
</div>
<div class="wp-block-group has-background spenden-box"><h2 class="wp-block-heading">Unterstützen Sie uns</h2><p>Mit 25 Euro pflanzen wir einen neuen Hochstamm.</p><div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/spenden/">Jetzt spenden</a></div></div></div>
</main>
<footer class="wp-block-template-part"><div class="wp-block-group"><p>Streuobst Freiburg e.V. · Wiesenweg 3 · 79100 Freiburg · Vereinsregister VR 7012</p><p><a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a></p></div></footer>
</div>
</body></html>
"""
parts = [render(B[:1])]
for i in range(len(QA)):
    q, a = B[1 + 2 * i][1], B[2 + 2 * i][1]
    parts.append('<details class="wp-block-details is-layout-flow"><summary>%s</summary><p>%s</p></details>' % (E(q), E(a)))
parts.append(render(B[-1:]))
page("tune", "de-verein-faq", "https://streuobst-freiburg.test/faq/", B, H.replace("{BODY}", "\n".join(parts)),
     ["Unsere Wiesen", "Unterstützen Sie uns", "Jetzt spenden", "Mit 25 Euro pflanzen", "Wiesenweg 3", "Vereinsregister"])

# --- fr-notes-version (tune): release notes of a French open-source tool
# on a documentation site; mostly headings and lists, little prose.
B = [
    ("p", "La version 4.2 de Cartolibre est disponible. Elle apporte l’export vers le format GeoPackage, une interface plus rapide sur les grandes cartes et corrige une trentaine de bogues."),
    ("h", "Nouveautés"),
    ("ul", [
        "Export des couches au format GeoPackage, y compris les styles.",
        "Recherche d’adresses hors ligne à partir d’une base BAN téléchargée.",
        "Nouveau thème sombre, activable dans les préférences.",
    ]),
    ("h", "Améliorations"),
    ("ul", [
        "Le rendu des cartes de plus de 100 000 objets est jusqu’à trois fois plus rapide.",
        "L’import CSV détecte seul le séparateur et l’encodage.",
    ]),
    ("h", "Corrections"),
    ("ul", [
        "La mesure des surfaces était fausse près des pôles.",
        "Les étiquettes disparaissaient au zoom 18 sur certaines cartes.",
        "L’application se fermait à l’ouverture d’un projet sans couche.",
    ]),
    ("h", "Mise à jour"),
    ("p", "Les projets créés avec les versions 3.x s’ouvrent sans conversion. Sous Linux, la mise à jour se fait avec votre gestionnaire de paquets ; sous Windows et macOS, l’application vous la proposera au prochain démarrage."),
    ("p", "Merci aux 41 contributrices et contributeurs de cette version !"),
]
H = """<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>Cartolibre 4.2 : export GeoPackage et thème sombre — Blog Cartolibre</title></head>
<body>
<div class="md-container">
<header class="md-header"><nav class="md-header__inner md-grid"><a href="/" class="md-header__button md-logo">Cartolibre</a><div class="md-header__title">Blog</div><div class="md-search"><input class="md-search__input" placeholder="Rechercher"></div><div class="md-header__source"><a href="https://forge.test/cartolibre">forge.test/cartolibre · ★ 2,1k</a></div></nav></header>
<nav class="md-tabs"><ul class="md-tabs__list"><li class="md-tabs__item"><a href="/docs/">Documentation</a></li><li class="md-tabs__item"><a href="/tutoriels/">Tutoriels</a></li><li class="md-tabs__item md-tabs__item--active"><a href="/blog/">Blog</a></li><li class="md-tabs__item"><a href="/communaute/">Communauté</a></li></ul></nav>
<main class="md-main"><div class="md-main__inner md-grid">
<div class="md-sidebar md-sidebar--primary"><nav class="md-nav"><label class="md-nav__title">Archives</label><ul class="md-nav__list"><li><a href="/blog/2026/">2026</a></li><li><a href="/blog/2025/">2025</a></li></ul><label class="md-nav__title">Catégories</label><ul class="md-nav__list"><li><a href="/blog/category/versions/">Versions</a></li><li><a href="/blog/category/communaute/">Communauté</a></li></ul></nav></div>
<div class="md-content" data-md-component="content"><article class="md-content__inner md-typeset">
<div class="md-post__meta"><time datetime="2026-11-26">26 novembre 2026</time> · <span>Par l’équipe Cartolibre</span> · <span>Lecture : 2 min</span></div>
<h1 id="cartolibre-42">Cartolibre 4.2 : export GeoPackage et thème sombre</h1>
{BODY}
<aside class="md-source-file"><span class="md-source-file__fact">Dernière mise à jour : 27 novembre 2026</span></aside>
</article></div>
<div class="md-sidebar md-sidebar--secondary"><nav class="md-nav md-nav--secondary"><label class="md-nav__title">Sur cette page</label><ul class="md-nav__list"><li><a href="#nouveautes">Nouveautés</a></li><li><a href="#ameliorations">Améliorations</a></li><li><a href="#corrections">Corrections</a></li></ul></nav></div>
</div></main>
<footer class="md-footer"><div class="md-footer-meta md-typeset"><div class="md-copyright">Copyright © 2026 Association Cartolibre — Contenu sous licence CC BY-SA</div><div class="md-copyright__highlight">Fait avec Material for MkDocs</div></div></footer>
</div>
</body></html>
"""
mk = dict(h=lambda t: '<h2 id="%s">%s<a class="headerlink" href="#%s" title="Lien permanent">¶</a></h2>' % (t.lower()[:8], E(t), t.lower()[:8]))
page("tune", "fr-notes-version", "https://cartolibre.test/blog/2026/11/26/cartolibre-42/", B, H.replace("{BODY}", render(B, **mk)),
     ["Cartolibre 4.2 : export GeoPackage et thème sombre", "Rechercher", "★ 2,1k", "Tutoriels", "Archives", "Par l’équipe Cartolibre", "Lecture : 2 min", "Dernière mise à jour", "Sur cette page", "Contenu sous licence", "Material for MkDocs"])

# --- fr-programme (tune): a town's event announcement on a regional news
# site; the programme is a list of times, a practical box of labelled
# lines follows the story, a newsletter box and a most-read list close it.
B = [
    ("p", "La Fête de la coquille Saint-Jacques revient sur le port d’Erquy les 13 et 14 décembre, avec une quarantaine d’exposants et, pour la première fois, une criée ouverte au public."),
    ("p", "L’an dernier, la fête avait attiré près de 25 000 visiteurs malgré une météo difficile. Les organisateurs ont ajouté cette année un second chapiteau pour les dégustations."),
    ("p", "Le programme du samedi :"),
    ("ul", [
        "9 h 30 : ouverture du marché des producteurs",
        "11 h : démonstration d’ouverture des coquilles par les marins-pêcheurs",
        "14 h 30 : criée commentée dans la halle à marée",
        "18 h : concert du bagad d’Erquy sur le quai",
    ]),
    ("p", "Dimanche, les animations reprennent à 10 heures, avec un concours de cuisine réservé aux amateurs."),
    ("p", "Pratique"),
    ("brl", ["Entrée libre.", "Parkings gratuits à l’entrée de la ville, navettes toutes les dix minutes.", "Renseignements à l’office de tourisme au 02 96 00 00 00."]),
]
H = """<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>Erquy : la Fête de la coquille Saint-Jacques ouvre sa criée au public - Le Télégramme d'Armor</title></head>
<body>
<div id="cmp-banner" class="cmp-banner"><p>Nous utilisons des cookies pour mesurer l’audience et vous proposer des publicités adaptées.</p><button>Tout accepter</button><button>Tout refuser</button></div>
<header class="header"><div class="header__brand"><a href="/">Le Télégramme d'Armor</a></div><nav class="header__nav"><a href="/cotes-d-armor/">Côtes-d’Armor</a><a href="/finistere/">Finistère</a><a href="/morbihan/">Morbihan</a><a href="/sports/">Sports</a><a href="/loisirs/">Loisirs</a></nav><a class="header__abo" href="/abonnement/">Je m’abonne</a></header>
<main class="main"><div class="layout"><div class="layout__content">
<article class="article">
<div class="article__header"><p class="article__location">Erquy</p><h1 class="article__title">La Fête de la coquille Saint-Jacques ouvre sa criée au public</h1><p class="article__date">Publié le 3 décembre 2026 à 17h05</p></div>
<div class="article__body">
{BODY}
</div>
<div class="article__newsletter"><p class="newsletter__title">Recevez l’essentiel des Côtes-d’Armor chaque matin</p><form><input type="email" placeholder="Votre adresse e-mail"><button>Je m’inscris</button></form></div>
</article>
</div>
<aside class="layout__aside"><section class="most-read"><h2>Les plus lus</h2><ol><li><a href="/cotes-d-armor/saint-brieuc-tempete">Tempête : 3 000 foyers privés d’électricité</a></li><li><a href="/cotes-d-armor/lamballe-foire">Lamballe : la foire aux chevaux fait le plein</a></li><li><a href="/cotes-d-armor/dinan-pont">Dinan : le viaduc fermé une nuit</a></li></ol></section></aside>
</div></main>
<footer class="footer"><a href="/mentions-legales">Mentions légales</a> · <a href="/contact">Contact</a> · © Le Télégramme d'Armor</footer>
</body></html>
"""
pr = dict(brl=lambda lines: '<p>%s</p>' % "<br>".join(E(l) for l in lines))
body = render(B[:5]) + '\n<div class="encadre"><h3 class="encadre__title">%s</h3>%s</div>' % (E(B[5][1]), render(B[6:], **pr))
page("tune", "fr-programme", "https://telegramme-armor.test/cotes-d-armor/erquy/fete-coquille-saint-jacques-criee", B, H.replace("{BODY}", body),
     ["Nous utilisons des cookies", "Tout refuser", "Je m’abonne", "Publié le 3 décembre 2026", "Recevez l’essentiel", "Je m’inscris", "Les plus lus", "3 000 foyers", "Mentions légales"])

# --- es-blog-comparativa (tune): a Spanish consumer blog; a price table
# with links in the cells, a list whose items open with a bold label, a
# quote, an affiliate notice and related posts.
B = [
    ("p", "Llevo tres meses probando las tres tarifas de fibra más baratas de Valencia, y estas son mis conclusiones."),
    ("p", "Las tres ofrecen 600 megas simétricos y ninguna tiene permanencia, pero hay diferencias importantes en la instalación, el router y la atención al cliente."),
    ("table", [
        ["Operador", "Precio al mes", "Instalación", "Router"],
        ["Fibrasol", "24,90 €", "Gratis", "Wifi 6"],
        ["Conecta+", "22,00 €", "50 €", "Wifi 5"],
        ["Malla Net", "26,50 €", "Gratis", "Wifi 6 y repetidor"],
    ]),
    ("p", "Lo que más me importaba era la estabilidad, así que medí la velocidad cuatro veces al día durante todo el periodo."),
    ("ul", [
        "Fibrasol: la más estable, nunca bajó de 540 megas.",
        "Conecta+: la más barata, pero con cortes de varios minutos casi todas las semanas.",
        "Malla Net: algo más cara, aunque el repetidor incluido resuelve los problemas de cobertura en pisos grandes.",
    ]),
    ("quote", "El servicio técnico tardó once días en venir a revisar la línea, y al final el problema era de la centralita del edificio.", ""),
    ("p", "Eso me pasó con Conecta+, y es lo que me hizo descartarla."),
    ("p", "Mi elección: Fibrasol."),
]
H = """<!DOCTYPE html>
<html lang="es">
<head><meta charset="utf-8"><title>Fibra barata en Valencia: comparativa de tres tarifas tras tres meses | Ahorra en Casa</title></head>
<body class="single-post">
<div id="moove_gdpr_cookie_info_bar" class="moove-gdpr-info-bar-container"><div class="moove-gdpr-info-bar-content"><p>Utilizamos cookies para ofrecerte la mejor experiencia en nuestra web.</p><button class="mgbutton moove-gdpr-infobar-allow-all">Aceptar</button><button class="mgbutton moove-gdpr-infobar-settings-btn">Configurar</button></div></div>
<header id="masthead" class="site-header"><div class="site-branding"><a href="/" class="custom-logo-link">Ahorra en Casa</a></div><nav class="main-navigation"><ul><li><a href="/luz/">Luz</a></li><li><a href="/internet/">Internet y móvil</a></li><li><a href="/seguros/">Seguros</a></li><li><a href="/bancos/">Bancos</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article class="post type-post hentry">
<header class="entry-header"><h1 class="entry-title">Fibra barata en Valencia: comparativa de tres tarifas tras tres meses</h1><div class="entry-meta"><span class="posted-on">Actualizado el 20/11/2026</span> <span class="byline">por <a href="/autor/pablo/">Pablo Ferrer</a></span></div></header>
<div class="entry-content">
<div class="aviso-afiliados"><p><em>Este artículo contiene enlaces de afiliado. Si contratas a través de ellos, recibimos una pequeña comisión.</em></p></div>
{BODY}
<div class="lwptoc"><div class="lwptoc_header">Contenido relacionado</div><ul><li><a href="/internet/router-wifi-6/">¿Merece la pena un router wifi 6?</a></li><li><a href="/internet/portabilidad/">Portabilidad sin cortes: guía paso a paso</a></li></ul></div>
</div>
<footer class="entry-footer"><span class="cat-links">Publicado en <a href="/internet/">Internet y móvil</a></span></footer>
</article>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Lo más leído</h2><ul><li><a href="/luz/tarifa-regulada/">Tarifa regulada o libre: cuál elegir en 2027</a></li><li><a href="/seguros/hogar/">Seguro de hogar: lo que casi nadie revisa</a></li></ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">© 2026 Ahorra en Casa · <a href="/aviso-legal/">Aviso legal</a> · <a href="/cookies/">Cookies</a></div></footer>
</body></html>
"""
def cell(i, j, row, c):
    if i == 0:
        return "<td><strong>%s</strong></td>" % E(c)
    if j == 0:
        return '<td><a href="/ir/%s" rel="sponsored nofollow">%s</a></td>' % (row[0].lower().replace("+", "mas").replace(" ", "-"), E(c))
    return "<td>%s</td>" % E(c)


cp = dict(
    li=lambda t: "<li><strong>%s</strong>%s</li>" % (E(t.split(":")[0] + ":"), E(t[len(t.split(":")[0]) + 1:])),
    table=lambda rows: '<figure class="wp-block-table"><table><tbody>%s</tbody></table></figure>' % "".join(
        "<tr>%s</tr>" % "".join(cell(i, j, r, c) for j, c in enumerate(r)) for i, r in enumerate(rows)),
)
page("tune", "es-blog-comparativa", "https://ahorraencasa.test/internet/fibra-barata-valencia-comparativa/", B, H.replace("{BODY}", render(B, **cp)),
     ["Fibra barata en Valencia: comparativa", "Utilizamos cookies", "Configurar", "Internet y móvil", "Actualizado el 20/11/2026", "Pablo Ferrer", "enlaces de afiliado", "Contenido relacionado", "router wifi 6?", "Lo más leído", "Tarifa regulada", "Aviso legal"])

# --- ru-news-lead (tune): a Russian federal news site; a lead in its own
# block, an inline "read also" box, a list, the usual closing "earlier"
# paragraph, tags and a feed.
B = [
    ("lead", "Российские железные дороги с 10 декабря запускают дополнительные поезда между Москвой и Петербургом на новогодние праздники."),
    ("p", "Всего в график добавят 28 рейсов «Сапсан» и 14 ночных поездов. Билеты на них уже поступили в продажу, сообщили в пресс-службе компании."),
    ("p", "Дополнительные поезда пойдут в дни наибольшего спроса:"),
    ("ul", ["с 26 по 31 декабря — из Москвы;", "с 2 по 4 января — в обе стороны;", "с 7 по 11 января — из Петербурга."]),
    ("p", "«Пассажиропоток в праздники в прошлом году вырос на 12 %, и мы ожидаем, что рост продолжится», — сказал представитель перевозчика."),
    ("p", "Ранее сообщалось, что с марта цены на билеты в плацкартные вагоны вырастут на 8 %."),
]
H = """<!DOCTYPE html>
<html lang="ru">
<head><meta charset="utf-8"><title>РЖД добавит 42 поезда между Москвой и Петербургом на Новый год — Вести Дня</title></head>
<body>
<div class="cookies-alert"><p>Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим.</p><button>Хорошо</button></div>
<header class="header"><a class="header__logo" href="/">Вести Дня</a><nav class="header__menu"><a href="/politics/">Политика</a><a href="/economy/">Экономика</a><a href="/society/">Общество</a><a href="/incidents/">Происшествия</a><a href="/sport/">Спорт</a></nav></header>
<main class="layout"><div class="layout__main">
<div class="article" itemscope itemtype="http://schema.org/NewsArticle">
<div class="article__meta"><a class="article__rubric" href="/society/">Общество</a> <time class="article__date" datetime="2026-12-02T11:20">2 декабря 2026, 11:20</time></div>
<h1 class="article__title" itemprop="headline">РЖД добавит 42 поезда между Москвой и Петербургом на Новый год</h1>
<div class="article__body" itemprop="articleBody">
{BODY1}
<div class="article__inject"><div class="inject-read"><div class="inject-read__title">Читайте также</div><a class="inject-read__link" href="/society/2026/11/30/sapsan-wifi">В «Сапсанах» появится бесплатный интернет</a></div></div>
{BODY2}
</div>
<div class="article__tags"><a href="/tag/rzhd/">РЖД</a> <a href="/tag/sapsan/">Сапсан</a> <a href="/tag/novyj-god/">Новый год</a></div>
<div class="article__share"><span>Поделиться:</span> <a href="#">ВКонтакте</a> <a href="#">Telegram</a> <a href="#">Одноклассники</a></div>
<div class="article__subscribe">Подписывайтесь на «Вести Дня» в Telegram</div>
</div>
</div>
<aside class="layout__side"><div class="feed"><div class="feed__title">Лента новостей</div><div class="feed__item"><time>11:05</time><a href="/economy/1">ЦБ сохранил ключевую ставку</a></div><div class="feed__item"><time>10:48</time><a href="/sport/2">«Зенит» объявил о новом тренере</a></div></div></aside>
</main>
<footer class="footer">© 2026 Вести Дня. Все права защищены. 18+</footer>
</body></html>
"""
ld = dict(lead=lambda t: '<div class="article__lead" itemprop="description"><p>%s</p></div>' % E(t))
H = H.replace("{BODY1}", render(B[:3], **ld)).replace("{BODY2}", render(B[3:], **ld))
page("tune", "ru-news-lead", "https://vestidnya.test/society/2026/12/02/rzhd-dopolnitelnye-poezda", B, H,
     ["РЖД добавит 42 поезда", "Мы используем файлы cookie", "Хорошо", "Происшествия", "2 декабря 2026, 11:20", "Читайте также", "бесплатный интернет", "Поделиться", "Подписывайтесь", "Лента новостей", "ключевую ставку", "Все права защищены"])

# --- de-stellenanzeige-news (held out): a local news site's article about
# a bakery closing, with a numbered timeline, a short info box after it,
# and reader comments.
B = [
    ("p", "Nach 112 Jahren schließt die Bäckerei Höfling in der Bamberger Innenstadt."),
    ("p", "Am 23. Dezember verkauft Inhaber Markus Höfling zum letzten Mal Brötchen und Christstollen. Einen Nachfolger hat er trotz zweijähriger Suche nicht gefunden."),
    ("p", "Die Geschichte des Hauses in Stichworten:"),
    ("ol", [
        "1914 eröffnet Georg Höfling die Backstube in der Austraße.",
        "1962 übernimmt sein Sohn und baut das erste Café an.",
        "1998 kommt Markus Höfling als Bäckermeister in den Betrieb.",
        "2026 findet sich kein Nachfolger.",
    ]),
    ("p", "„Ich habe mit Handwerkskammer, Zeitungsanzeigen und sogar über Instagram gesucht“, sagt Höfling. „Die jungen Leute wollen nicht um zwei Uhr nachts aufstehen, und ich kann es verstehen.“"),
    ("p", "Die sieben Beschäftigten haben bereits neue Stellen gefunden, die meisten bei anderen Bäckereien in der Stadt."),
    ("p", "Was aus dem Laden wird, ist noch offen."),
    ("h3", "Zur Sache"),
    ("p", "In Oberfranken haben seit 2015 mehr als 180 Bäckereien geschlossen. Die Handwerkskammer sieht den Fachkräftemangel als Hauptgrund."),
]
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Nach 112 Jahren: Bäckerei Höfling schließt | Fränkisches Tagblatt</title></head>
<body>
<div id="sp_message_container" class="sp-message"><div class="message-component"><p>Wir und unsere Partner nutzen Cookies, um Ihnen personalisierte Werbung zu zeigen.</p><button title="Zustimmen">Zustimmen</button><button title="Ablehnen">Ablehnen</button></div></div>
<header class="ft-header"><a href="/" class="ft-logo">Fränkisches Tagblatt</a><nav><a href="/bamberg/">Bamberg</a><a href="/forchheim/">Forchheim</a><a href="/sport/">Sport</a><a href="/kultur/">Kultur</a><a href="/epaper/">E-Paper</a></nav></header>
<div class="ft-page"><article class="ft-article">
<header class="ft-article__head"><span class="ft-article__kicker">Bamberg</span><h1>Nach 112 Jahren: Bäckerei Höfling schließt</h1><div class="ft-article__byline">Von Carina Lutz · 04.12.2026, 16:30 Uhr</div></header>
<figure class="ft-article__image"><img src="/img/hoefling.jpg" alt=""><figcaption>Markus Höfling in seiner Backstube. Foto: Carina Lutz</figcaption></figure>
<div class="ft-article__content">
{BODY}
</div>
<div class="ft-infobox">{BOX}</div>
<div class="ft-article__share"><a href="#">Teilen</a> <a href="#">Drucken</a> <a href="#">Merken</a></div>
<section class="ft-comments"><h2>Kommentare (7)</h2><div class="ft-comment"><strong>Hans W.</strong><p>Sehr schade, der beste Stollen in ganz Bamberg. Alles Gute, Herr Höfling!</p></div><div class="ft-comment"><strong>anna_bbg</strong><p>Da geht ein Stück Innenstadt verloren.</p></div></section>
</article>
<aside class="ft-rail"><h3>Meistgelesen</h3><ol><li><a href="/bamberg/kettenbruecke">Kettenbrücke: Sperrung verlängert</a></li><li><a href="/bamberg/weihnachtsmarkt">Weihnachtsmarkt: So voll wie nie</a></li></ol></aside>
</div>
<footer class="ft-footer"><a href="/impressum/">Impressum</a> · <a href="/agb/">AGB</a> · © Fränkisches Tagblatt</footer>
</body></html>
"""
page("heldout", "de-baeckerei-news", "https://fraenkisches-tagblatt.test/bamberg/baeckerei-hoefling-schliesst-art-99123", B, H.replace("{BODY}", render(B[:-2])).replace("{BOX}", render(B[-2:])),
     ["Nach 112 Jahren: Bäckerei Höfling schließt", "personalisierte Werbung", "Zustimmen", "E-Paper", "Von Carina Lutz", "in seiner Backstube", "Teilen", "Kommentare (7)", "der beste Stollen", "Meistgelesen", "Kettenbrücke"])

# --- es-receta (held out): a Spanish recipe page whose ingredients and
# steps are grids of <div>s, with a one-line opening and a tip at the end.
ING = ["400 g de arroz bomba", "1 litro de caldo de pescado", "300 g de sepia troceada", "2 dientes de ajo", "1 tomate rallado", "1 cucharadita de pimentón dulce", "2 sobres de tinta de calamar", "aceite de oliva virgen extra"]
STEPS = [
    "Sofríe la sepia en una paellera con un buen chorro de aceite hasta que se dore.",
    "Añade el ajo picado y el tomate, y deja que se reduzca durante cinco minutos.",
    "Incorpora el pimentón, el arroz y la tinta disueltos en el caldo caliente.",
    "Cuece a fuego fuerte diez minutos y otros ocho a fuego suave, sin remover.",
]
B = [
    ("p", "El arroz negro es el plato de los domingos en casa de mis padres, en Dénia."),
    ("p", "Se hace en una paellera, igual que la paella, pero el caldo se tiñe con la tinta de la sepia o del calamar. Se sirve con alioli, y el socarrat del fondo es lo mejor."),
    ("h3", "Ingredientes (4 personas)"),
    ("ul", ING),
    ("h3", "Elaboración"),
    ("ol", STEPS),
    ("p", "Consejo: deja reposar el arroz cinco minutos tapado con un paño antes de servirlo."),
]
H = """<!DOCTYPE html>
<html lang="es">
<head><meta charset="utf-8"><title>Arroz negro con sepia, receta tradicional de Dénia | La Cuchara de Mamen</title></head>
<body>
<div class="cookie-notice" id="cookie-notice"><span>Usamos cookies propias y de terceros.</span><a class="cn-accept" href="#">Acepto</a></div>
<header class="cabecera"><a href="/" class="logo">La Cuchara de Mamen</a><nav class="menu-principal"><a href="/arroces/">Arroces</a><a href="/guisos/">Guisos</a><a href="/postres/">Postres</a><a href="/sobre-mi/">Sobre mí</a></nav></header>
<div class="contenedor"><main class="principal">
<div class="receta-cabecera"><h1>Arroz negro con sepia</h1><div class="receta-datos"><span>⏱ 45 min</span> <span>👥 4 personas</span> <span>Dificultad: media</span></div></div>
<div class="receta-cuerpo">
{BODY}
</div>
<div class="valoracion">¿Te ha gustado? <span class="estrellas">★★★★★</span> (86 votos)</div>
<div class="compartir"><a href="#">Pinterest</a> <a href="#">WhatsApp</a> <a href="#">Facebook</a></div>
<div class="relacionadas"><h4>Otras recetas de arroz</h4><a href="/arroces/arroz-a-banda/">Arroz a banda</a> <a href="/arroces/paella-valenciana/">Paella valenciana</a></div>
</main></div>
<footer class="pie">© 2026 La Cuchara de Mamen · <a href="/aviso-legal/">Aviso legal</a></footer>
</body></html>
"""
rc = dict(
    ul=lambda items, li: '<div class="ingredientes">%s</div>' % "".join('<div class="ingrediente"><span class="check"></span><span class="texto">%s</span></div>' % E(i) for i in items),
    ol=lambda items, li: '<div class="pasos">%s</div>' % "".join('<div class="paso"><div class="paso-num">%d</div><div class="paso-texto">%s</div></div>' % (k + 1, E(i)) for k, i in enumerate(items)),
)
page("heldout", "es-receta", "https://lacucharademamen.test/arroces/arroz-negro-sepia/", B, H.replace("{BODY}", render(B, **rc)),
     ["Usamos cookies propias", "Sobre mí", "45 min", "Dificultad: media", "¿Te ha gustado?", "86 votos", "Pinterest", "Otras recetas de arroz", "Arroz a banda", "Aviso legal"])

# --- en-howto-docs (held out): a how-to on a company's knowledge base;
# steps are <h3> headings each followed by a paragraph and sometimes a
# code block, a note box inside the story, a feedback widget after it.
B = [
    ("p", "You can move a project from one workspace to another without losing its history, comments or file attachments."),
    ("p", "Only workspace owners can move projects. The target workspace must be on the same plan or a higher one."),
    ("div", "Note"),
    ("p", "Moving a project cannot be undone from the target workspace."),
    ("h3", "1. Check the members"),
    ("p", "Members of the project who are not in the target workspace lose access when the project moves. Invite them to the target workspace first."),
    ("h3", "2. Export the automations"),
    ("p", "Automations do not move with the project. Export them from the command line so that you can import them afterwards:"),
    ("code", "tasklane automations export --project 4821 > automations.json"),
    ("h3", "3. Move the project"),
    ("p", "Open the project settings, choose Move project, pick the target workspace and confirm. Large projects can take a few minutes."),
    ("h3", "4. Import the automations"),
    ("code", "tasklane automations import --project 4821 < automations.json"),
    ("p", "That's it."),
]
H = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Move a project to another workspace – Tasklane Help Center</title></head>
<body>
<header class="hc-header"><a href="/" class="hc-logo">Tasklane Help Center</a><nav><a href="/guides">Guides</a><a href="/api">API</a><a href="/status">Status</a><a href="/contact" class="btn">Contact support</a></nav></header>
<div class="hc-layout">
<nav class="hc-toc" aria-label="Guides"><h4>Projects</h4><ul><li><a href="/guides/create-project">Create a project</a></li><li><a href="/guides/archive-project">Archive a project</a></li><li class="active"><a href="/guides/move-project">Move a project</a></li><li><a href="/guides/project-templates">Project templates</a></li></ul></nav>
<div class="hc-article"><h1>Move a project to another workspace</h1><p class="hc-updated">Updated 3 weeks ago · 2 min read</p>
<div class="hc-article-body">
{BODY}
</div>
<div class="hc-feedback"><span>Was this article helpful?</span><button>Yes</button><button>No</button></div>
<div class="hc-related"><h4>Related articles</h4><a href="/guides/workspace-plans">Workspace plans compared</a><a href="/guides/automations">Automations: the basics</a></div>
</div></div>
<footer class="hc-footer">© 2026 Tasklane Inc. · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></footer>
</body></html>
"""
note = '<div class="hc-callout hc-callout--note"><strong>%s</strong><p>%s</p></div>' % (E(B[2][1]), E(B[3][1]))
page("heldout", "en-howto-docs", "https://help.tasklane.test/guides/move-project", B, H.replace("{BODY}", render(B[:2]) + note + render(B[4:])),
     ["Tasklane Help Center", "Contact support", "Archive a project", "Project templates", "Updated 3 weeks ago", "Was this article helpful?", "Related articles", "Workspace plans compared"])
