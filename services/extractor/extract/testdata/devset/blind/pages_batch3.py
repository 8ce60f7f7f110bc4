# The third batch, written after extractor 1.7.0 and before it was run on
# these pages: the kinds of page the held-out pages of the first two batches
# lost text or let chrome through on. Data tables inside stories (results,
# timetables, price lists with cells that repeat and header cells that read
# like dates), recipe blogs with recipe cards (ingredients and steps are
# text; rating, times, "jump to recipe" and affiliate notices are not),
# press releases with a contact box, old table layouts (HTML 4 <td> layout
# and <font>), boxes of facts, view counters and photo credits.
from kit import E, page, render


def table(rows, cls="", head=True, font=False):
    # A data table as the CMS writes it: the first row is <th> when head,
    # cells optionally wrapped in <font> as old editors did.
    out = []
    for i, row in enumerate(rows):
        cells = []
        for c in row:
            t = E(c)
            if font:
                t = '<font face="Verdana" size="2">%s</font>' % t
            cells.append(("<th>%s</th>" if head and i == 0 else "<td>%s</td>") % t)
        out.append("<tr>%s</tr>" % "".join(cells))
    return '<table%s>\n%s\n</table>' % (' class="%s"' % cls if cls else "", "\n".join(out))


# --- de-sport-ergebnisse (tune): a regional paper's amateur-football round
# up on a WordPress news theme; a results table whose venue cells repeat,
# a fixtures table whose header cells are dates, a photo credit under the
# picture and a facts box inside the story.
RES = [
    ["Heim", "Gast", "Ergebnis", "Spielort"],
    ["TSV Leutkirch", "FC Isny", "2:1", "Sportpark Leutkirch, Kunstrasen"],
    ["SV Kißlegg", "TSG Wangen II", "0:0", "Sportpark Leutkirch, Kunstrasen"],
    ["FV Bad Waldsee", "SC Aichstetten", "3:3", "Waldstadion Bad Waldsee"],
]
FIX = [
    ["Sa., 12.12.2026", "So., 13.12.2026"],
    ["FC Isny – SV Kißlegg, 14 Uhr", "TSG Wangen II – FV Bad Waldsee, 14.30 Uhr"],
    ["SC Aichstetten – TSV Leutkirch, 14 Uhr", "spielfrei: SV Beuren"],
]
B = [
    ("p", "Der TSV Leutkirch bleibt in der Kreisliga A Tabellenführer. Gegen den FC Isny drehte die Mannschaft von Trainer Ralf Gerster ein 0:1 zur Pause noch in einen 2:1-Sieg."),
    ("p", "Weil der Rasenplatz in Kißlegg nach dem Regen der Woche gesperrt war, wich der SV Kißlegg für sein Heimspiel auf den Kunstrasen in Leutkirch aus. Gegen die Reserve aus Wangen blieb es torlos."),
    ("h3", "Die Ergebnisse des 16. Spieltags"),
    ("table", RES),
    ("p", "Das torreichste Spiel sahen die 180 Zuschauer in Bad Waldsee, wo Aichstetten dreimal eine Führung ausglich."),
    ("h3", "So geht es weiter"),
    ("table", FIX),
    ("h3", "Kreisliga A in Zahlen"),
    ("ul", ["47 Tore an den letzten drei Spieltagen", "3 Platzverweise in der Hinrunde", "Zuschauerschnitt: 164"]),
    ("p", "Danach ruht der Ball bis zum 28. Februar."),
]
H = """<!DOCTYPE html>
<html lang="de-DE">
<head><meta charset="UTF-8"><title>Kreisliga A: Leutkirch dreht Spiel gegen Isny – Allgäuer Rundschau</title></head>
<body class="post-template-default single single-post postid-48211 single-format-standard">
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><a href="/" rel="home">Allgäuer Rundschau</a></div><nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/lokales/">Lokales</a></li><li><a href="/sport/">Sport</a></li><li><a href="/kultur/">Kultur</a></li><li><a href="/anzeigen/">Anzeigen</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-48211" class="post-48211 post type-post status-publish category-fussball">
<header class="entry-header"><span class="cat-links"><a href="/sport/fussball/">Fußball</a></span><h1 class="entry-title">Kreisliga A: Leutkirch dreht Spiel gegen Isny</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2026-12-07T08:10:00+01:00">7. Dezember 2026</time></span> <span class="byline">von <a href="/author/mbuehler/">Martin Bühler</a></span></div></header>
<div class="post-thumbnail"><img src="/wp-content/uploads/2026/12/leutkirch-isny.jpg" alt=""><p class="wp-caption-text">Jubel in Leutkirch nach dem 2:1 in der 84. Minute. Foto: Armin Kessler</p></div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer"><span class="tags-links">Schlagwörter: <a href="/tag/kreisliga-a/">Kreisliga A</a>, <a href="/tag/tsv-leutkirch/">TSV Leutkirch</a></span></footer>
</article>
<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="/sport/handball-bezirksliga/">Handball: Wangen verliert Derby</a></div><div class="nav-next"><a href="/sport/eishockey-lindau/">Eishockey: Lindau gewinnt in Füssen</a></div></div></nav>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Neueste Beiträge</h2><ul><li><a href="/lokales/weihnachtsmarkt-isny/">Weihnachtsmarkt Isny öffnet</a></li><li><a href="/lokales/bauhof-leutkirch/">Neuer Bauhof für Leutkirch</a></li></ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">© 2026 Allgäuer Rundschau · <a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a></div></footer>
</div>
</body></html>
"""
sp = dict(table=lambda rows: table(rows))
page("tune", "de-sport-ergebnisse", "https://allgaeuer-rundschau.test/sport/fussball/kreisliga-a-leutkirch-isny/", B, H.replace("{BODY}", render(B, **sp)),
     ["Kreisliga A: Leutkirch dreht Spiel gegen Isny", "Martin Bühler", "Foto: Armin Kessler", "Jubel in Leutkirch", "Schlagwörter", "Handball: Wangen verliert Derby", "Neueste Beiträge", "Weihnachtsmarkt Isny"])

# --- fr-mairie-horaires (tune): a village site on Joomla 1.5 with its
# table layout: title, "Écrit par", dates and a hit counter around the
# story; a timetable whose cells repeat and whose header cells are dates.
HOR = [
    ["", "Du 21 au 24 décembre", "Du 28 au 31 décembre"],
    ["Mairie", "9h – 12h / 14h – 17h", "9h – 12h / 14h – 17h"],
    ["Agence postale", "9h – 12h", "Fermée"],
    ["Médiathèque", "Fermée", "Fermée"],
]
B = [
    ("p", "Pendant les fêtes de fin d’année, les services municipaux adaptent leurs horaires d’ouverture au public."),
    ("table", HOR),
    ("p", "La mairie sera fermée les samedis 26 décembre et 2 janvier. En cas d’urgence, l’élu d’astreinte est joignable au 06 12 34 56 78."),
    ("p", "La collecte des ordures ménagères du vendredi 25 décembre est reportée au samedi 26 décembre ; celle du 1er janvier au samedi 2 janvier."),
    ("p", "Le conseil municipal vous souhaite de bonnes fêtes."),
]
H = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr-fr" lang="fr-fr">
<head><meta http-equiv="content-type" content="text/html; charset=utf-8" /><title>Horaires des services pendant les fêtes - Commune de Saint-Romain-sur-Vienne</title></head>
<body id="page_bg">
<table width="950" border="0" cellpadding="0" cellspacing="0" align="center" id="main_table">
<tr><td colspan="3" id="header"><a href="/"><img src="/templates/commune/images/logo.jpg" alt="Commune de Saint-Romain-sur-Vienne" /></a></td></tr>
<tr><td colspan="3" id="topmenu"><ul class="menu"><li><a href="/index.php">Accueil</a></li><li><a href="/index.php?option=com_content&amp;view=section&amp;id=2">Vie municipale</a></li><li><a href="/index.php?option=com_content&amp;view=section&amp;id=3">Associations</a></li><li><a href="/index.php?option=com_contact">Contact</a></li></ul></td></tr>
<tr valign="top">
<td width="200" id="left"><div class="moduletable"><h3>Menu principal</h3><ul class="menu"><li><a href="/index.php?option=com_content&amp;view=article&amp;id=12">Conseil municipal</a></li><li><a href="/index.php?option=com_content&amp;view=article&amp;id=14">Comptes rendus</a></li><li><a href="/index.php?option=com_content&amp;view=article&amp;id=18">École</a></li><li><a href="/index.php?option=com_content&amp;view=article&amp;id=21">Déchets</a></li></ul></div><div class="moduletable"><h3>Qui est en ligne</h3>Nous avons 3 invités en ligne</div></td>
<td id="maincol">
<table class="contentpaneopen"><tr><td class="contentheading" width="100%">Horaires des services pendant les fêtes</td><td align="right" width="100%" class="buttonheading"><a href="/index.php?view=article&amp;id=96&amp;format=pdf" title="PDF"><img src="/images/M_images/pdf_button.png" alt="PDF" /></a></td></tr></table>
<table class="contentpaneopen">
<tr><td width="70%" align="left" valign="top" colspan="2"><span class="small">Écrit par Secrétariat de mairie</span>&nbsp;&nbsp;</td></tr>
<tr><td valign="top" colspan="2" class="createdate">Lundi, 30 Novembre 2026 10:12</td></tr>
<tr><td valign="top" colspan="2">
{BODY}
</td></tr>
<tr><td colspan="2" align="left" class="modifydate">Mis à jour ( Lundi, 30 Novembre 2026 10:15 )</td></tr>
</table>
<span class="article_separator">&nbsp;</span>
<div class="hits">Affichages : 312</div>
</td>
<td width="200" id="right"><div class="moduletable"><h3>Agenda</h3><p><a href="/index.php?option=com_jevents">Marché de Noël – 13 décembre</a></p><p><a href="/index.php?option=com_jevents">Vœux du maire – 9 janvier</a></p></div></td>
</tr>
<tr><td colspan="3" id="footer"><font size="1">Mairie de Saint-Romain-sur-Vienne – 2 place de l’Église – 86220 – Tél. 05 49 00 00 00</font></td></tr>
</table>
</body></html>
"""
page("tune", "fr-mairie-horaires", "https://saint-romain-sur-vienne.test/index.php?option=com_content&view=article&id=96", B, H.replace("{BODY}", render(B, table=table)),
     ["Écrit par Secrétariat de mairie", "Lundi, 30 Novembre 2026 10:12", "Mis à jour", "Affichages : 312", "Qui est en ligne", "Marché de Noël", "2 place de l’Église"])

# --- es-receta-tarjeta (tune): a Spanish recipe blog on WordPress with a
# recipe-card plugin: "Saltar a la receta", an affiliate notice, the story,
# then a card with rating, times, servings, ingredients, steps and notes.
ING = ["250 g de harina de trigo", "3 huevos", "500 ml de leche entera", "1 pizca de sal", "mantequilla para la sartén"]
STEPS = [
    "Bate los huevos con la leche y la sal en un cuenco grande.",
    "Añade la harina poco a poco, sin dejar de batir, hasta que no queden grumos.",
    "Deja reposar la masa media hora en la nevera.",
    "Engrasa una sartén caliente con mantequilla, vierte un cazo de masa y dale la vuelta cuando se despegue.",
]
B = [
    ("p", "Los crepes son la merienda de los sábados en casa. Con esta masa salen finos, no se rompen al darles la vuelta y aguantan igual de bien el relleno dulce que el salado."),
    ("p", "El truco está en el reposo: media hora en la nevera y la harina se hidrata del todo."),
    ("h", "¿Dulces o salados?"),
    ("p", "Para los salados, quita la pizca de azúcar que muchas recetas añaden y rellénalos de jamón, queso y un huevo."),
    ("h3", "Ingredientes"),
    ("ul", ING),
    ("h3", "Instrucciones"),
    ("ol", STEPS),
    ("h3", "Notas"),
    ("p", "La masa se conserva dos días en la nevera, bien tapada."),
]
H = """<!DOCTYPE html>
<html lang="es-ES">
<head><meta charset="UTF-8"><title>Crepes fáciles: la masa que nunca falla - Cocina con Lucía</title></head>
<body class="post-template-default single single-post">
<header class="site-header"><div class="title-area"><p class="site-title"><a href="/">Cocina con Lucía</a></p></div><nav class="nav-primary"><ul class="menu genesis-nav-menu"><li><a href="/recetas/">Recetas</a></li><li><a href="/postres/">Postres</a></li><li><a href="/sobre-mi/">Sobre mí</a></li></ul></nav></header>
<div class="site-inner"><div class="content-sidebar-wrap"><main class="content">
<article class="post type-post entry">
<header class="entry-header"><h1 class="entry-title">Crepes fáciles: la masa que nunca falla</h1><p class="entry-meta"><time class="entry-time">3 diciembre, 2026</time> por <span class="entry-author-name">Lucía Ferrer</span> · <a href="#comments">14 comentarios</a></p></header>
<div class="entry-content">
<div class="wprm-recipe-snippet"><a href="#recipe" class="wprm-recipe-jump wprm-recipe-link">Saltar a la receta</a> <a href="/wprm_print/crepes" class="wprm-recipe-print wprm-recipe-link">Imprimir receta</a></div>
<p class="disclosure"><em>Este post contiene enlaces de afiliados: si compras a través de ellos, recibo una pequeña comisión sin coste para ti.</em></p>
{BODY1}
<div class="wprm-recipe-container" id="recipe"><div class="wprm-recipe wprm-recipe-template-chic">
<h2 class="wprm-recipe-name">Crepes fáciles</h2>
<div class="wprm-recipe-rating"><span class="wprm-recipe-rating-details">4.8 de 5 (23 votos)</span></div>
<div class="wprm-recipe-times-container"><div class="wprm-recipe-time-container"><span class="wprm-recipe-time-label">Tiempo de preparación</span> <span class="wprm-recipe-time">10 minutos</span></div><div class="wprm-recipe-time-container"><span class="wprm-recipe-time-label">Tiempo de cocción</span> <span class="wprm-recipe-time">20 minutos</span></div><div class="wprm-recipe-servings-container"><span class="wprm-recipe-servings-label">Raciones</span> <span class="wprm-recipe-servings">12 crepes</span></div></div>
<div class="wprm-recipe-equipment-container"><h3 class="wprm-recipe-header">Utensilios</h3><ul><li><a href="https://tienda.test/sarten-crepes?tag=cocinalucia-21" rel="sponsored">Sartén para crepes de 24 cm</a></li></ul></div>
<div class="wprm-recipe-ingredients-container">{ING}</div>
<div class="wprm-recipe-instructions-container">{STEPS}</div>
<div class="wprm-recipe-notes-container">{NOTES}</div>
<div class="wprm-call-to-action"><span class="wprm-call-to-action-header">¿Has hecho esta receta?</span> Etiqueta @cocinaconlucia en Instagram.</div>
</div></div>
</div>
<footer class="entry-footer"><p class="entry-meta">Archivado en: <a href="/postres/">Postres</a></p></footer>
</article>
<div class="entry-comments" id="comments"><h3>14 comentarios</h3><ol class="comment-list"><li class="comment"><p class="comment-author">Marta</p><p>¡Me han salido perfectas a la primera!</p></li></ol></div>
</main>
<aside class="sidebar sidebar-primary widget-area"><section class="widget"><h4 class="widgettitle">¡Hola! Soy Lucía</h4><p>Cocino para mi familia desde hace veinte años y aquí comparto lo que mejor nos sale.</p></section></aside>
</div></div>
<footer class="site-footer"><p>Copyright © 2026 Cocina con Lucía · <a href="/privacidad/">Privacidad</a></p></footer>
</body></html>
"""
H = H.replace("{BODY1}", render(B[:4])).replace("{ING}", render(B[4:6])).replace("{STEPS}", render(B[6:8])).replace("{NOTES}", render(B[8:]))
page("tune", "es-receta-tarjeta", "https://cocinaconlucia.test/crepes-faciles/", B, H,
     ["Saltar a la receta", "Imprimir receta", "enlaces de afiliados", "4.8 de 5 (23 votos)", "Tiempo de preparación", "Tiempo de cocción", "Sartén para crepes", "¿Has hecho esta receta?", "Archivado en", "Me han salido perfectas", "Soy Lucía"])

# --- en-press-release (tune): a company newsroom's press release: dateline
# lead, quotes, a facts list, the "About" boilerplate (part of a release)
# and a media-contact box with name, phone and e-mail after it.
B = [
    ("p", "LEEDS, England, December 3, 2026 – Northgate Rail Systems today announced a £42 million contract to supply signalling for the Harrogate line upgrade, its largest order in the north of England."),
    ("p", "The contract covers 38 kilometres of track between Leeds and York, twelve level crossings and a new control centre in Harrogate. Installation begins in spring 2027 and is due to finish in 2029."),
    ("quote", "This line carries more passengers every year, and its signalling dates from the 1970s. We will give it the capacity it needs for the next forty.", "Helen Armitage, Chief Executive, Northgate Rail Systems"),
    ("h3", "Contract at a glance"),
    ("ul", ["Value: £42 million", "Length: 38 km of double track", "Level crossings: 12, all to be fully automated", "Jobs: 60 new engineering roles in Leeds"]),
    ("p", "The company will recruit 60 engineers and technicians at its Leeds site, including 15 apprentices."),
    ("h3", "About Northgate Rail Systems"),
    ("p", "Northgate Rail Systems designs and installs signalling and train control for rail operators in the UK and Ireland. Founded in 1994, it employs 1,100 people at four sites."),
]
H = """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Northgate wins £42m Harrogate line signalling contract | Newsroom | Northgate Rail Systems</title></head>
<body class="newsroom">
<div class="cookie-banner" role="dialog"><p>We use cookies to improve your experience on our site.</p><button>Accept cookies</button><button>Manage settings</button></div>
<header class="header"><a class="header__logo" href="/">Northgate Rail Systems</a><nav class="header__nav"><a href="/solutions/">Solutions</a><a href="/projects/">Projects</a><a href="/careers/">Careers</a><a href="/newsroom/">Newsroom</a><a href="/investors/">Investors</a></nav></header>
<main class="main">
<nav class="breadcrumb"><a href="/">Home</a> › <a href="/newsroom/">Newsroom</a> › Press releases</nav>
<article class="press-release">
<p class="press-release__type">Press release</p>
<h1 class="press-release__title">Northgate wins £42m Harrogate line signalling contract</h1>
<p class="press-release__date">3 December 2026</p>
<div class="press-release__body rich-text">
{BODY}
</div>
<div class="press-release__contact contact-box"><h4>Media contact</h4><p>Sarah Whitcombe<br>Head of Communications<br>Tel: +44 113 496 0321<br><a href="mailto:press@northgate-rail.test">press@northgate-rail.test</a></p></div>
<div class="press-release__downloads"><h4>Downloads</h4><ul><li><a href="/media/harrogate-signalling.pdf">Press release (PDF, 180 KB)</a></li><li><a href="/media/armitage.jpg">Helen Armitage, portrait (JPG, 2.4 MB)</a></li></ul></div>
</article>
<section class="related-news"><h2>More news</h2><ul><li><a href="/newsroom/apprentices-2026/">Record intake of apprentices in 2026</a></li><li><a href="/newsroom/dublin-dart/">Northgate completes DART resignalling</a></li></ul></section>
</main>
<footer class="footer"><p>© 2026 Northgate Rail Systems Ltd. Registered in England and Wales No. 02912345.</p><a href="/privacy/">Privacy</a> <a href="/modern-slavery/">Modern slavery statement</a></footer>
</body></html>
"""
B[2] = ("quote", "“" + B[2][1] + "”", "— " + B[2][2])
pr = dict(quote=lambda t, cite: "<blockquote><p>%s</p><p>%s</p></blockquote>" % (E(t), E(cite)))
page("tune", "en-press-release", "https://northgate-rail.test/newsroom/harrogate-signalling-contract/", B, H.replace("{BODY}", render(B, **pr)),
     ["We use cookies", "Manage settings", "Press releases", "Media contact", "Sarah Whitcombe", "Head of Communications", "+44 113 496 0321", "press@northgate-rail.test", "Downloads", "Press release (PDF", "More news", "Record intake of apprentices", "Registered in England"])

# --- ru-gorod-tablichnyi (tune): a district administration site in HTML 4
# tables with <font>: headline, date, story, a photo credit line, a view
# counter and a "print" link inside the story cell.
B = [
    ("p", "В Заречном районе завершился капитальный ремонт поликлиники на улице Гагарина. Здание принимает пациентов с 1 декабря."),
    ("p", "За девять месяцев строители заменили кровлю, окна и инженерные сети, оборудовали пандус и лифт. На ремонт из областного бюджета направлено 86 миллионов рублей."),
    ("p", "В поликлинике открылись кабинеты офтальмолога и невролога, которых раньше не было. Запись к врачам ведётся по телефону регистратуры и через портал госуслуг."),
    ("brl", ["Часы работы поликлиники:", "понедельник – пятница: с 8.00 до 20.00;", "суббота: с 9.00 до 14.00;", "воскресенье – выходной."]),
    ("p", "Следующим объектом программы станет детская поликлиника на улице Мира."),
]
H = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Администрация Заречного района - Новости - В Заречном районе открылась поликлиника после ремонта</title></head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td bgcolor="#003366" height="90"><font color="#FFFFFF" size="5" face="Arial"><b>Администрация Заречного района</b></font></td></tr>
<tr><td bgcolor="#336699"><font face="Arial" size="2" color="#FFFFFF"><a href="/"><font color="#FFFFFF">Главная</font></a> | <a href="/news/"><font color="#FFFFFF">Новости</font></a> | <a href="/docs/"><font color="#FFFFFF">Документы</font></a> | <a href="/priem/"><font color="#FFFFFF">Приём граждан</font></a></font></td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="8">
<tr valign="top">
<td width="180" bgcolor="#EEEEEE"><font face="Arial" size="2"><b>Разделы</b><br><a href="/news/">Новости района</a><br><a href="/econ/">Экономика</a><br><a href="/soc/">Социальная сфера</a><br><a href="/zhkh/">ЖКХ</a><br><br><b>Телефон доверия</b><br>8 (800) 100-20-30</font></td>
<td>
<font face="Arial" size="4"><b>В Заречном районе открылась поликлиника после ремонта</b></font><br>
<font face="Arial" size="1" color="#666666">04.12.2026</font><br><br>
<img src="/images/news/poliklinika.jpg" width="400" height="266"><br>
<font face="Arial" size="1" color="#666666">Фото: пресс-служба администрации района</font><br><br>
<font face="Arial" size="2">
{BODY}
</font>
<br><font face="Arial" size="1" color="#666666">Просмотров: 1532</font> &nbsp; <a href="?print=1"><font face="Arial" size="1">Версия для печати</font></a>
<br><br><font face="Arial" size="2"><b>Другие новости:</b><br><a href="/news/1201/">Объявлен конкурс «Лучший двор»</a><br><a href="/news/1199/">График приёма граждан на декабрь</a></font>
</td>
</tr>
</table>
<table width="100%" bgcolor="#003366"><tr><td align="center"><font face="Arial" size="1" color="#FFFFFF">© Администрация Заречного района, 2008–2026. При использовании материалов ссылка обязательна.</font></td></tr></table>
</body></html>
"""
ru = dict(p=lambda t: "<p>%s</p>" % E(t))
page("tune", "ru-gorod-tablichnyi", "https://zarechny-rayon.test/news/1203/", B, H.replace("{BODY}", render(B, **ru)),
     ["04.12.2026", "Фото: пресс-служба администрации района", "Просмотров: 1532", "Версия для печати", "Другие новости", "Объявлен конкурс", "Телефон доверия", "ссылка обязательна"])

# --- de-verein-preise (tune): a ski club's hand-written HTML 4 page with a
# price list whose cells repeat, <font> everywhere, a "last changed" line
# and a visitor counter.
PR = [
    ["Kurs", "Mitglieder", "Nichtmitglieder", "Leistungen"],
    ["Kinderskikurs (5 Tage)", "95 Euro", "120 Euro", "inkl. Liftpass und Mittagessen"],
    ["Jugendskikurs (5 Tage)", "95 Euro", "120 Euro", "inkl. Liftpass und Mittagessen"],
    ["Erwachsenenkurs (3 Tage)", "80 Euro", "110 Euro", "ohne Liftpass"],
]
B = [
    ("p", "Auch in diesem Winter bietet der Skiclub Oberwiesenthal seine Kurse am Fichtelberg an. Die Kurse beginnen am 2. Januar und finden bei jeder Schneelage statt: Bei Schneemangel weichen wir auf die beschneiten Hänge am Sonnenlift aus."),
    ("p", "Anmeldung bis 20. Dezember in der Geschäftsstelle oder per E-Mail."),
    ("table", PR),
    ("p", "Geschwisterkinder erhalten 10 Euro Nachlass. Leihski gibt es beim Sporthaus am Markt zum Vereinspreis."),
    ("p", "Treffpunkt ist jeden Morgen um 9.30 Uhr an der Talstation."),
]
H = """<html>
<head><title>Skiclub Oberwiesenthal e.V. - Skikurse Winter 2026/27</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body bgcolor="#FFFFFF" link="#003399" vlink="#003399">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2"><img src="bilder/kopf.gif" width="760" height="100" alt="Skiclub Oberwiesenthal"></td></tr>
<tr valign="top">
<td width="150" bgcolor="#DDE6F0"><font face="Verdana, Arial" size="2"><a href="index.html">Startseite</a><br><a href="verein.html">Verein</a><br><a href="skikurse.html"><b>Skikurse</b></a><br><a href="termine.html">Termine</a><br><a href="bilder.html">Bildergalerie</a><br><a href="gaestebuch.html">Gästebuch</a><br><a href="kontakt.html">Kontakt</a></font><br><br><font face="Verdana" size="1">Sie sind Besucher Nr.<br><img src="/cgi-bin/counter.gif" alt="">004711</font></td>
<td width="610"><font face="Verdana, Arial" size="4" color="#003399"><b>Skikurse im Winter 2026/27</b></font><br><br>
<font face="Verdana, Arial" size="2">
{BODY}
</font>
<br><hr size="1"><font face="Verdana" size="1">Letzte Änderung: 28.11.2026 &middot; <a href="impressum.html">Impressum</a> &middot; Webmaster: <a href="mailto:webmaster@skiclub-owt.test">webmaster@skiclub-owt.test</a></font></td>
</tr></table>
</body></html>
"""
pv = dict(p=lambda t: "<p>%s</p>" % E(t), table=lambda rows: '<table border="1" cellpadding="4" cellspacing="0">' + table(rows, head=True, font=True)[7:])
page("tune", "de-verein-preise", "http://www.skiclub-owt.test/skikurse.html", B, H.replace("{BODY}", render(B, **pv)),
     ["Bildergalerie", "Gästebuch", "Sie sind Besucher Nr.", "004711", "Letzte Änderung: 28.11.2026", "webmaster@skiclub-owt.test"])

# --- en-recipe-tasty (tune): an English food blog with a recipe card of
# another plugin: "Jump to Recipe", an Amazon associate notice, star
# rating, prep/cook/total times, ingredient groups under subheads.
B = [
    ("p", "This is the banana bread I bake every time a bunch goes brown on the counter. It is moist, not too sweet, and needs one bowl and no mixer."),
    ("p", "Use bananas that are more black than yellow: they are sweeter and mash in seconds."),
    ("h", "Can I make it ahead?"),
    ("p", "Yes. Wrapped tightly, it keeps three days on the counter or three months in the freezer."),
    ("h3", "Ingredients"),
    ("h3", "For the bread"),
    ("ul", ["3 very ripe bananas", "1/3 cup melted butter", "3/4 cup brown sugar", "1 egg, beaten", "1 teaspoon baking soda", "1 1/2 cups plain flour"]),
    ("h3", "For the topping"),
    ("ul", ["2 tablespoons demerara sugar", "1/2 teaspoon cinnamon"]),
    ("h3", "Instructions"),
    ("ol", ["Heat the oven to 350°F and butter a 9x5 inch loaf pan.", "Mash the bananas in a bowl, then stir in the butter, sugar and egg.", "Sprinkle in the baking soda and fold in the flour until just combined.", "Pour into the pan, scatter the topping over and bake for 55 to 60 minutes."]),
]
H = """<!DOCTYPE html>
<html lang="en-US">
<head><meta charset="UTF-8"><title>One-Bowl Banana Bread - The Little Oven Kitchen</title></head>
<body class="post-template-default single single-post">
<div class="site-container">
<header class="site-header"><p class="site-title"><a href="/">The Little Oven Kitchen</a></p><nav class="nav-primary"><ul class="menu"><li><a href="/recipes/">Recipes</a></li><li><a href="/baking/">Baking</a></li><li><a href="/about/">About</a></li><li><a href="/shop/">Shop</a></li></ul></nav></header>
<div class="site-inner"><main class="content">
<article class="post entry">
<header class="entry-header"><h1 class="entry-title">One-Bowl Banana Bread</h1><p class="entry-meta">Published: <time>November 29, 2026</time> · By Claire Dawson · <a href="#comments">86 Comments</a></p></header>
<div class="entry-content">
<p class="tasty-recipes-jump"><a class="tasty-recipes-jump-link" href="#tasty-recipes-7731-jump-target">Jump to Recipe</a> · <a class="tasty-recipes-print-link" href="/tasty-recipes/print/7731">Print Recipe</a></p>
<p class="affiliate-disclosure"><em>This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases.</em></p>
{BODY1}
<span id="tasty-recipes-7731-jump-target"></span>
<div class="tasty-recipes tasty-recipes-7731"><div class="tasty-recipes-entry-header">
<h2 class="tasty-recipes-title">One-Bowl Banana Bread</h2>
<div class="tasty-recipes-rating"><span class="tasty-recipes-rating-stars">★★★★★</span><span class="tasty-recipes-rating-label">4.9 from 112 reviews</span></div>
<div class="tasty-recipes-details"><ul><li class="prep-time"><span class="tasty-recipes-label">Prep Time:</span> 10 minutes</li><li class="cook-time"><span class="tasty-recipes-label">Cook Time:</span> 1 hour</li><li class="total-time"><span class="tasty-recipes-label">Total Time:</span> 1 hour 10 minutes</li><li class="yield"><span class="tasty-recipes-label">Yield:</span> 1 loaf</li></ul></div>
</div>
<div class="tasty-recipes-ingredients">{ING}</div>
<div class="tasty-recipes-instructions">{STEPS}</div>
<div class="tasty-recipes-buttons"><a class="button" href="/tasty-recipes/print/7731">Print</a> <a class="button" href="https://pinterest.test/pin/create">Pin</a></div>
<div class="tasty-recipes-entry-footer"><p>Did you make this recipe? Tag <a href="https://instagram.test/littleovenkitchen">@littleovenkitchen</a> on Instagram.</p></div>
</div>
</div>
</article>
<section id="comments"><h3>86 Comments</h3><div class="comment"><p class="comment-author">Denise</p><p>Made this twice this week, my kids loved it!</p></div></section>
</main>
<aside class="sidebar"><section class="widget"><h4>Hi, I'm Claire!</h4><p>Baker, mum of three and lover of all things cinnamon.</p></section><section class="widget"><h4>Popular</h4><ul><li><a href="/cinnamon-rolls/">Overnight Cinnamon Rolls</a></li><li><a href="/scones/">Easy Scones</a></li></ul></section></aside>
</div>
<footer class="site-footer"><p>© 2026 The Little Oven Kitchen · <a href="/privacy/">Privacy Policy</a> · <a href="/disclosure/">Disclosure</a></p></footer>
</div>
</body></html>
"""
ing = dict(h3=lambda t: "<h4>%s</h4>" % E(t))
H = H.replace("{BODY1}", render(B[:4])).replace("{ING}", "<h3>Ingredients</h3>" + render(B[5:9], **ing)).replace("{STEPS}", render(B[9:]))
page("tune", "en-recipe-tasty", "https://littleovenkitchen.test/one-bowl-banana-bread/", B, H,
     ["Jump to Recipe", "Print Recipe", "As an Amazon Associate", "4.9 from 112 reviews", "Prep Time:", "Cook Time:", "Total Time:", "Did you make this recipe?", "86 Comments", "my kids loved it", "Hi, I'm Claire!", "Overnight Cinnamon Rolls"])

# --- fr-communique (tune): a French regional council's press release on a
# Drupal site: a box of key figures inside the story (text), a "Contact
# presse" box, a photo credit and downloads after it.
B = [
    ("p", "La Région Centre-Val de Loire lance un appel à projets de 3 millions d’euros pour soutenir la création de tiers-lieux dans les communes de moins de 5 000 habitants."),
    ("p", "Espaces de travail partagés, ateliers de réparation, cafés associatifs ou épiceries coopératives : les projets retenus pourront recevoir jusqu’à 150 000 euros chacun."),
    ("h3", "Les chiffres clés"),
    ("ul", ["3 millions d’euros d’enveloppe", "150 000 euros maximum par projet", "62 tiers-lieux déjà soutenus depuis 2021"]),
    ("p", "Les dossiers sont à déposer sur la plateforme régionale des aides avant le 15 mars 2027."),
    ("quote", "Un tiers-lieu, c’est souvent ce qui fait revenir la vie dans un bourg.", "Claire Moreau, vice-présidente chargée de la ruralité"),
]
H = """<!DOCTYPE html>
<html lang="fr" dir="ltr">
<head><meta charset="utf-8"><title>Tiers-lieux ruraux : un appel à projets de 3 millions d’euros | Région Centre-Val de Loire</title></head>
<body class="path-node page-node-type-communique">
<div class="dialog-off-canvas-main-canvas">
<header role="banner" class="region-header"><a href="/" class="site-logo">Région Centre-Val de Loire</a><nav class="menu--main"><ul><li><a href="/aides">Aides et appels à projets</a></li><li><a href="/territoire">Territoire</a></li><li><a href="/presse">Espace presse</a></li></ul></nav></header>
<main role="main"><div class="layout-content">
<div class="block-system-breadcrumb-block"><ol class="breadcrumb"><li><a href="/">Accueil</a></li><li><a href="/presse">Espace presse</a></li><li>Communiqués</li></ol></div>
<article class="node node--type-communique node--view-mode-full">
<div class="field--name-field-type">Communiqué de presse</div>
<h1 class="page-title"><span class="field--name-title">Tiers-lieux ruraux : un appel à projets de 3 millions d’euros</span></h1>
<div class="field--name-field-date">Orléans, le 2 décembre 2026</div>
<div class="field--name-field-image"><img src="/sites/default/files/tiers-lieu.jpg" alt=""><div class="credit">© Région Centre-Val de Loire / F. Lemaire</div></div>
<div class="clearfix text-formatted field field--name-body field__item">
{BODY1}
<div class="encadre encadre--chiffres">{BOX}</div>
{BODY2}
</div>
<div class="field--name-field-contact contact-presse"><div class="field__label">Contact presse</div><div class="field__item"><p>Julien Marchand – 02 38 70 30 30 – <a href="mailto:presse@region.test">presse@region.test</a></p></div></div>
<div class="field--name-field-fichiers"><div class="field__label">Télécharger</div><a href="/sites/default/files/cp-tiers-lieux.pdf">Communiqué (PDF – 210 Ko)</a></div>
</article>
</div></main>
<footer role="contentinfo"><nav><a href="/mentions-legales">Mentions légales</a> · <a href="/accessibilite">Accessibilité : partiellement conforme</a></nav></footer>
</div>
</body></html>
"""
B[5] = ("quote", "« " + B[5][1] + " »", B[5][2])
cq = dict(quote=lambda t, cite: "<blockquote><p>%s</p><p>%s</p></blockquote>" % (E(t), E(cite)))
H = H.replace("{BODY1}", render(B[:2], **cq)).replace("{BOX}", render(B[2:4], **cq)).replace("{BODY2}", render(B[4:], **cq))
page("tune", "fr-communique", "https://www.region-cvl.test/presse/tiers-lieux-ruraux-appel-projets", B, H,
     ["Aides et appels à projets", "Communiqués", "Orléans, le 2 décembre 2026", "© Région Centre-Val de Loire / F. Lemaire", "Contact presse", "Julien Marchand", "presse@region.test", "Télécharger", "Mentions légales"])

# --- es-precios-luz (tune): a Spanish news site's daily electricity price
# story: an hourly price table whose cells repeat and whose header row is
# the date, a photo credit, a "visitas" counter, and a box of facts.
PL = [
    ["Tramo", "Martes, 8 de diciembre de 2026", "Miércoles, 9 de diciembre de 2026"],
    ["00:00 – 08:00 (valle)", "0,081 €/kWh · precio más bajo del día", "0,081 €/kWh · precio más bajo del día"],
    ["08:00 – 10:00 (llano)", "0,124 €/kWh", "0,131 €/kWh"],
    ["18:00 – 22:00 (punta)", "0,189 €/kWh · precio más alto del día", "0,176 €/kWh · precio más alto del día"],
]
B = [
    ("p", "El precio medio de la luz para los clientes de la tarifa regulada (PVPC) bajará este miércoles un 3 % respecto al martes, hasta los 0,129 euros por kilovatio hora, según los datos publicados por Red Eléctrica."),
    ("p", "La bajada se debe al viento: la eólica cubrirá casi la mitad de la demanda durante la madrugada."),
    ("table", PL),
    ("p", "Para ahorrar, conviene poner la lavadora y el lavavajillas en las horas valle y evitar el horno entre las seis y las diez de la noche."),
    ("h3", "Claves"),
    ("ul", ["El PVPC afecta a unos 8 millones de hogares.", "Los precios incluyen peajes y cargos, pero no impuestos."]),
]
H = """<!DOCTYPE html>
<html lang="es">
<head><meta charset="utf-8"><title>Precio de la luz mañana miércoles 9 de diciembre: las horas más baratas | Diario del Sureste</title></head>
<body class="noticia">
<div id="didomi-host"><div class="didomi-popup"><p>Con tu consentimiento, nosotros y nuestros socios usamos cookies.</p><button>Aceptar y cerrar</button></div></div>
<header class="cabecera"><a class="logo" href="/">Diario del Sureste</a><nav><a href="/murcia/">Murcia</a><a href="/economia/">Economía</a><a href="/deportes/">Deportes</a><a href="/suscripcion/">Suscríbete</a></nav></header>
<main class="contenido">
<article class="noticia-detalle">
<p class="antetitulo">Energía</p>
<h1 class="titular">Precio de la luz mañana miércoles 9 de diciembre: las horas más baratas</h1>
<div class="firma"><span class="autor">Redacción</span> <span class="fecha">08/12/2026 - 20:45</span> <span class="visitas">2.318 visitas</span></div>
<figure class="foto-principal"><img src="/fotos/contador.jpg" alt=""><figcaption><span class="pie">Un contador de luz en una vivienda de Murcia.</span> <span class="autor-foto">Foto: Juan Carlos Ruiz / Europa Press</span></figcaption></figure>
<div class="cuerpo-noticia">
{BODY1}
<aside class="despiece">{BOX}</aside>
</div>
<div class="compartir"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Enviar por correo</a></div>
<div class="te-puede-interesar"><h3>Te puede interesar</h3><ul><li><a href="/economia/bono-social-2027/">Bono social 2027: quién puede pedirlo</a></li><li><a href="/economia/gasolina-precio/">El precio de la gasolina baja por tercera semana</a></li></ul></div>
</article>
</main>
<footer class="pie-pagina"><p>© Diario del Sureste, S.L. · <a href="/aviso-legal/">Aviso legal</a> · <a href="/cookies/">Política de cookies</a></p></footer>
</body></html>
"""
H = H.replace("{BODY1}", render(B[:4])).replace("{BOX}", render(B[4:]))
page("tune", "es-precios-luz", "https://diariodelsureste.test/economia/precio-luz-manana-miercoles-9-diciembre-20261208.html", B, H,
     ["Con tu consentimiento", "Aceptar y cerrar", "08/12/2026 - 20:45", "2.318 visitas", "Un contador de luz", "Foto: Juan Carlos Ruiz / Europa Press", "Enviar por correo", "Te puede interesar", "Bono social 2027", "Aviso legal"])

# ===================== held out =====================

# --- de-bahn-ersatzverkehr (held out): a transport association's press
# release on TYPO3: a table of replacement buses whose cells repeat and
# whose header cells are dates, a facts box, a press contact.
SEV = [
    ["Strecke", "Ab 14. Dezember 2026", "Ab 11. Januar 2027"],
    ["Weilheim – Schongau", "Schienenersatzverkehr mit Bussen", "Schienenersatzverkehr mit Bussen"],
    ["Weilheim – Peißenberg", "Züge fahren nach Fahrplan", "Schienenersatzverkehr mit Bussen"],
    ["Peißenberg – Schongau", "Schienenersatzverkehr mit Bussen", "Züge fahren nach Fahrplan"],
]
B = [
    ("p", "Wegen der Erneuerung von Gleisen und Brücken fahren auf der Pfaffenwinkelbahn zwischen Weilheim und Schongau ab dem Fahrplanwechsel für sieben Wochen keine Züge. Die Busse des Ersatzverkehrs halten an allen Bahnhöfen."),
    ("p", "Die Fahrzeit verlängert sich um bis zu 25 Minuten. Fahrräder können in den Bussen nicht mitgenommen werden."),
    ("table", SEV),
    ("p", "Ab dem 1. Februar 2027 verkehren die Züge wieder durchgehend."),
    ("h3", "Gut zu wissen"),
    ("ul", ["Alle Fahrkarten gelten auch im Ersatzbus.", "Die Haltestellen sind mit gelben Schildern markiert.", "Aktuelle Fahrpläne stehen in der App."]),
]
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Pfaffenwinkelbahn: Ersatzverkehr ab 14. Dezember - Verkehrsverbund Oberland</title></head>
<body id="p412" class="page-412 pagelevel-3 language-0 backendlayout-subpages">
<a class="skiplink" href="#content">Zum Inhalt springen</a>
<header id="header"><a href="/" class="logo">Verkehrsverbund Oberland</a><nav id="mainnavigation"><ul><li><a href="/fahrplan/">Fahrplan</a></li><li><a href="/tickets/">Tickets</a></li><li><a href="/presse/">Presse</a></li><li><a href="/service/">Service</a></li></ul></nav></header>
<div id="content" class="main-section"><div class="section section-default">
<div id="c2210" class="frame frame-default frame-type-header"><header><h1>Pfaffenwinkelbahn: Ersatzverkehr ab 14. Dezember</h1><p class="date">Pressemitteilung vom 01.12.2026</p></header></div>
<div id="c2211" class="frame frame-default frame-type-textmedia"><div class="ce-textpic ce-center ce-above"><div class="ce-gallery"><figure class="image"><img src="/fileadmin/presse/bus.jpg" alt=""><figcaption class="image-caption">Ersatzbusse am Bahnhof Weilheim. Foto: VVO/Huber</figcaption></figure></div><div class="ce-bodytext">{BODY1}</div></div></div>
<div id="c2212" class="frame frame-default frame-type-table"><div class="ce-table-wrap">{TABLE}</div></div>
<div id="c2213" class="frame frame-default frame-type-text">{BODY2}</div>
<div id="c2214" class="frame frame-infobox frame-type-text">{BOX}</div>
<div id="c2215" class="frame frame-presscontact frame-type-text"><h3>Pressekontakt</h3><p>Verkehrsverbund Oberland<br>Stefanie Graf, Pressesprecherin<br>Telefon 0881 123 45-60<br><a href="mailto:presse@vvo.test">presse@vvo.test</a></p></div>
</div></div>
<footer id="footer"><p>© 2026 Verkehrsverbund Oberland GmbH</p><a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a> <a href="/barrierefreiheit/">Barrierefreiheit</a></footer>
</body></html>
"""
H = H.replace("{BODY1}", render(B[:2])).replace("{TABLE}", table(SEV, cls="contenttable")).replace("{BODY2}", render(B[3:4])).replace("{BOX}", render(B[4:]))
page("heldout", "de-bahn-ersatzverkehr", "https://www.vvo-oberland.test/presse/pfaffenwinkelbahn-ersatzverkehr/", B, H,
     ["Zum Inhalt springen", "Pressemitteilung vom 01.12.2026", "Ersatzbusse am Bahnhof Weilheim", "Pressekontakt", "Stefanie Graf", "0881 123 45-60", "presse@vvo.test", "Barrierefreiheit"])

# --- fr-recette-blog (held out): a French recipe blog with a recipe card:
# "Aller à la recette", an affiliate notice, rating, times, ingredients,
# steps.
B = [
    ("p", "La soupe à l’oignon gratinée, c’est le plat des soirs de décembre chez nous. Elle demande du temps, pas de technique."),
    ("p", "Le secret : laisser les oignons caraméliser doucement pendant quarante minutes, sans jamais les brûler."),
    ("h3", "Ingrédients"),
    ("ul", ["1 kg d’oignons jaunes", "50 g de beurre", "1 cuillère à soupe de farine", "1,5 litre de bouillon de bœuf", "15 cl de vin blanc sec", "8 tranches de pain de campagne", "150 g de comté râpé"]),
    ("h3", "Préparation"),
    ("ol", ["Émincez les oignons et faites-les fondre dans le beurre à feu doux pendant 40 minutes.", "Saupoudrez de farine, mélangez, puis versez le vin et le bouillon.", "Laissez mijoter 20 minutes, salez et poivrez.", "Versez dans des bols, couvrez de pain et de comté, et passez sous le gril 5 minutes."]),
]
H = """<!DOCTYPE html>
<html lang="fr-FR">
<head><meta charset="UTF-8"><title>Soupe à l’oignon gratinée comme au bistrot - Les Petits Plats d’Hélène</title></head>
<body class="post-template-default single single-post">
<header id="masthead"><div class="site-title"><a href="/">Les Petits Plats d’Hélène</a></div><nav class="main-nav"><a href="/recettes/">Recettes</a><a href="/soupes/">Soupes</a><a href="/desserts/">Desserts</a><a href="/a-propos/">À propos</a></nav></header>
<div id="content"><main id="main">
<article class="post">
<header class="entry-header"><h1 class="entry-title">Soupe à l’oignon gratinée comme au bistrot</h1><div class="entry-meta">Publié le <time>5 décembre 2026</time> par Hélène · <a href="#comments">9 commentaires</a></div></header>
<div class="entry-content">
<div class="wprm-recipe-snippet"><a href="#recette" class="wprm-recipe-jump">Aller à la recette</a></div>
<p class="affiliation"><em>Cet article contient des liens affiliés. Si vous achetez via ces liens, je touche une petite commission.</em></p>
{BODY1}
<div class="wprm-recipe-container" id="recette"><div class="wprm-recipe">
<h2 class="wprm-recipe-name">Soupe à l’oignon gratinée</h2>
<div class="wprm-recipe-rating">Note : 4,7 sur 5 (31 votes)</div>
<div class="wprm-recipe-times-container"><span class="wprm-recipe-time-label">Temps de préparation</span> 15 min · <span class="wprm-recipe-time-label">Temps de cuisson</span> 1 h 05 · <span class="wprm-recipe-servings-label">Portions</span> 4 personnes</div>
<div class="wprm-recipe-ingredients-container">{ING}</div>
<div class="wprm-recipe-instructions-container">{STEPS}</div>
<div class="wprm-recipe-equipment"><h3>Matériel</h3><ul><li><a href="https://boutique.test/bols-gratinee?aff=helene" rel="sponsored">Bols à gratinée en grès</a></li></ul></div>
</div></div>
</div>
</article>
<div id="comments"><h3>9 commentaires</h3><div class="comment"><p>Parfaite pour ce froid, merci Hélène !</p></div></div>
</main></div>
<footer id="colophon"><p>© 2026 Les Petits Plats d’Hélène · <a href="/mentions-legales/">Mentions légales</a></p></footer>
</body></html>
"""
H = H.replace("{BODY1}", render(B[:2])).replace("{ING}", render(B[2:4])).replace("{STEPS}", render(B[4:]))
page("heldout", "fr-recette-blog", "https://petitsplats-helene.test/soupe-oignon-gratinee/", B, H,
     ["Aller à la recette", "liens affiliés", "4,7 sur 5", "Temps de préparation", "Temps de cuisson", "Bols à gratinée", "9 commentaires", "Parfaite pour ce froid", "Mentions légales"])

# --- ru-press-olimpiada (held out): a Russian regional education
# ministry's press release: a results table whose cells repeat, a view
# counter, a photo credit and a press-service contact block.
OL = [
    ["Предмет", "Победители", "Призёры"],
    ["Математика", "Лицей № 2 г. Вологды", "Гимназия № 1 г. Череповца"],
    ["Физика", "Лицей № 2 г. Вологды", "Лицей № 2 г. Вологды"],
    ["Химия", "Гимназия № 1 г. Череповца", "Школа № 5 г. Сокола"],
]
B = [
    ("p", "В Вологодской области подведены итоги муниципального этапа всероссийской олимпиады школьников. В нём приняли участие более 18 тысяч учащихся 7–11 классов."),
    ("p", "Больше всего победителей – в математике, физике и химии. Лучшие результаты показали ученики вологодского лицея № 2."),
    ("table", OL),
    ("p", "Региональный этап олимпиады пройдёт с 12 января по 25 февраля 2027 года."),
]
H = """<!DOCTYPE html>
<html lang="ru">
<head><meta charset="utf-8"><title>Подведены итоги муниципального этапа олимпиады школьников | Министерство образования Вологодской области</title></head>
<body>
<div class="header"><div class="header__logo"><a href="/">Министерство образования Вологодской области</a></div><div class="header__special"><a href="?special=1">Версия для слабовидящих</a></div><ul class="header__menu"><li><a href="/about/">О министерстве</a></li><li><a href="/press/">Пресс-центр</a></li><li><a href="/docs/">Документы</a></li></ul></div>
<div class="content"><div class="breadcrumbs"><a href="/">Главная</a> / <a href="/press/">Пресс-центр</a> / <span>Новости</span></div>
<div class="news-detail">
<h1>Подведены итоги муниципального этапа олимпиады школьников</h1>
<div class="news-detail__date">03 декабря 2026, 11:40</div>
<div class="news-detail__picture"><img src="/upload/iblock/olimp.jpg" alt=""><div class="news-detail__photo-author">Фото: пресс-служба министерства</div></div>
<div class="news-detail__text">
{BODY}
</div>
<div class="news-detail__views">Просмотров: 845</div>
<div class="news-detail__contacts"><b>Пресс-служба министерства:</b> Ирина Сергеевна Белова, тел. (8172) 23-01-45, <a href="mailto:press@edu35.test">press@edu35.test</a></div>
<div class="news-detail__share"><span>Поделиться:</span> <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
</div></div>
<div class="footer">© 2026 Министерство образования Вологодской области. Все права защищены.</div>
</body></html>
"""
page("heldout", "ru-press-olimpiada", "https://edu35.test/press/news/12877/", B, H.replace("{BODY}", render(B)),
     ["Версия для слабовидящих", "03 декабря 2026, 11:40", "Фото: пресс-служба министерства", "Просмотров: 845", "Пресс-служба министерства:", "Ирина Сергеевна Белова", "press@edu35.test", "Поделиться:", "Все права защищены"])

# --- en-club-newsletter (held out): a running club's hand-written HTML 4
# page in tables and <font>: a race report with a results table whose cells
# repeat, a "Last updated" line, a photo credit and a hit counter.
RR = [
    ["Place", "Runner", "Category", "Time"],
    ["1", "Tom Hendry", "Senior men", "33:41"],
    ["2", "Ellie Marsh", "Senior women", "36:02"],
    ["3", "Graham Pike", "Veteran men 50", "37:15"],
    ["4", "Sue Pike", "Veteran women 50", "41:30"],
]
B = [
    ("p", "Eighty-three runners braved the frost for the Boxing Day 10K on Saturday, our biggest field since the race began in 1987."),
    ("p", "Tom Hendry led from the first mile and finished nearly a minute clear. Ellie Marsh set a new women's course record, taking eleven seconds off the mark she set last year."),
    ("table", RR),
    ("p", "Thanks as ever to the marshals and to the Red Lion for the mince pies at the finish. Full results are on the results page."),
    ("p", "See you all at the New Year's Day parkrun!"),
]
H = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<html><head><title>Hollins Harriers - News</title></head>
<body bgcolor="#FFFFEE">
<center><table width="700" border="0" cellpadding="6">
<tr><td colspan="2" bgcolor="#006633"><font face="Arial" size="5" color="#FFFFFF"><b>Hollins Harriers Running Club</b></font></td></tr>
<tr valign="top"><td width="140" bgcolor="#CCE0CC"><font face="Arial" size="2"><a href="index.htm">Home</a><br><a href="news.htm">News</a><br><a href="results.htm">Results</a><br><a href="fixtures.htm">Fixtures</a><br><a href="join.htm">Join Us</a><br><a href="links.htm">Links</a></font></td>
<td><font face="Arial" size="4"><b>Boxing Day 10K: record field and a course record</b></font><br>
<font face="Arial" size="1"><i>Posted by the Club Secretary, 28 December 2026</i></font>
<p><img src="images/bd10k.jpg" width="320" height="240"><br><font face="Arial" size="1">Photo: Dave Illingworth</font></p>
<font face="Arial" size="2">
{BODY}
</font>
<hr><font face="Arial" size="1">Last updated: 28 December 2026. You are visitor number 12,044.</font>
</td></tr></table></center>
</body></html>
"""
cn = dict(table=lambda rows: '<table border="1" cellspacing="0" cellpadding="3">' + table(rows, font=True)[7:])
page("heldout", "en-club-newsletter", "http://www.hollinsharriers.test/news.htm", B, H.replace("{BODY}", render(B, **cn)),
     ["Hollins Harriers Running Club", "Posted by the Club Secretary", "Photo: Dave Illingworth", "Last updated: 28 December 2026", "visitor number 12,044", "Join Us"])
