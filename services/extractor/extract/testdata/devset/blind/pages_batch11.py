# The eleventh batch, written after extractor 1.15.0 and before it was run
# on these pages: the kinds held-out pages of earlier batches still lose,
# on layouts none of the earlier pages used, with three distinct layouts
# per kind in tune so that a rule written from two of them can be tried on
# the third before it is adjusted (the cross-layout check). Tune kinds:
# forum posts with a button row, post counters and a signature
# (vBulletin-, Discourse- and XenForo-like); Q&A pages whose question and
# answers share their first class word; page-builder stories whose
# paragraphs are separate builder elements (block groups, Elementor
# widgets, Drupal paragraphs); service and travel notices with date lines,
# tables and contact lines. Held out: one page of each of those kinds on a
# further layout, a recipe card with scale and unit buttons and notes, and
# a utility's FAQ with a contact box.
#
# Judgment calls, following the README's contract: a forum page's text is
# its first post (no counters, button row or signature); a Q&A page's text
# is its question and answers (no votes, user cards, comment links); a
# notice's text is its paragraphs, lists and tables, not its date line nor
# the contact box after it; a recipe card's head, buttons, print and jump
# lines are not text, its ingredients, steps and notes are; an FAQ's
# questions are text, the contact box after it is not.
#
# Parts were assigned by a fixed rule before the extractor was run: in the
# order written, every third page (3rd, 6th, 9th, 12th, 15th, 18th) is
# held out.
from kit import E, page, render


def part(n):
    return "heldout" if n % 3 == 0 else "tune"


# --- 1 en-vbulletin-postbit (article): a vBulletin-4-like thread; the
# first post with a "#1" counter, join date and post count, the message in
# a blockquote, a signature and a "Reply With Quote / Quote / Report" row;
# then one reply.
B = [
    ("p", "I have a 2014 hatchback with the 1.6 petrol engine and about 142,000 miles on it. Since the first frost last week it takes three or four turns of the key to start in the morning, and the idle is rough for the first minute."),
    ("p", "Once it is warm it runs perfectly and starts first time all day. The battery was tested at the parts shop on Saturday and came back healthy."),
    ("p", "Things I have already done:"),
    ("ul", ["Replaced the spark plugs in October", "Cleaned the throttle body", "Checked for codes: none stored"]),
    ("p", "Could this be the coolant temperature sensor telling the engine it is warm when it is not? Any pointers before I start throwing parts at it are welcome."),
]
H = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Hard starting on cold mornings, fine when warm - Hatchback Owners Forum</title></head>
<body>
<div class="above_body"><div id="header" class="floatcontainer"><a href="index.php" id="logo-image">Hatchback Owners Forum</a></div>
<div id="navbar" class="navbar"><ul id="navtabs"><li><a class="navtab" href="forum.php">Forums</a></li><li><a class="navtab" href="search.php">Search</a></li><li><a class="navtab" href="register.php">Register</a></li></ul></div></div>
<div class="body_wrapper">
<div id="breadcrumb" class="breadcrumb"><a href="forum.php">Forum</a> › <a href="forumdisplay.php?f=12">Engine &amp; Drivetrain</a></div>
<div id="pagetitle"><h1>Thread: <span class="threadtitle"><a href="showthread.php?t=88120">Hard starting on cold mornings, fine when warm</a></span></h1></div>
<div id="postlist" class="postlist restrain"><ol id="posts" class="posts">
<li class="postbitlegacy postbitim postcontainer old" id="post_991201">
<div class="posthead"><span class="postdate old"><span class="date">12-03-2026,&nbsp;<span class="time">07:52 AM</span></span></span><span class="nodecontrols"><a name="post991201" href="showthread.php?t=88120#post991201" class="postcounter">#1</a></span></div>
<div class="postdetails"><div class="userinfo"><a class="username offline" href="member.php?u=5521"><strong>frosty_pete</strong></a><span class="usertitle">Junior Member</span>
<dl class="userinfo_extra"><dt>Join Date</dt> <dd>Mar 2019</dd><dt>Location</dt> <dd>Leeds</dd><dt>Posts</dt> <dd>1,482</dd></dl></div>
<div class="postbody"><div class="postrow"><h2 class="title icon">Hard starting on cold mornings, fine when warm</h2>
<div class="content"><div id="post_message_991201"><blockquote class="postcontent restore">
{BODY}
</blockquote></div></div>
<div class="after_content"><blockquote class="signature restore"><div class="signaturecontainer">2014 1.6 petrol | 142k and counting | previously: 2006 diesel estate</div></blockquote></div>
</div></div></div>
<div class="postfoot"><div class="textcontrols floatcontainer"><span class="postcontrols"><a class="newreply" href="newreply.php?do=newreply&amp;p=991201">Reply With Quote</a> <a class="quickreply" href="#">Reply</a> <a class="multiquote" href="#">Quote</a></span><span class="postlinking"><a class="report" href="report.php?p=991201">Report Post</a></span></div></div>
</li>
<li class="postbitlegacy postbitim postcontainer old" id="post_991230">
<div class="posthead"><span class="postdate old"><span class="date">12-03-2026,&nbsp;<span class="time">09:15 AM</span></span></span><span class="nodecontrols"><a href="#post991230" class="postcounter">#2</a></span></div>
<div class="postdetails"><div class="userinfo"><a class="username" href="member.php?u=77"><strong>Mechanic_Dave</strong></a><dl class="userinfo_extra"><dt>Join Date</dt> <dd>Jan 2011</dd><dt>Posts</dt> <dd>9,310</dd></dl></div>
<div class="postbody"><div class="postrow"><div class="content"><div id="post_message_991230"><blockquote class="postcontent restore">Very likely the coolant sensor. Read its value with a cheap OBD reader before the first start, it should match the outside temperature.</blockquote></div></div></div></div></div>
<div class="postfoot"><div class="textcontrols floatcontainer"><span class="postcontrols"><a class="newreply" href="#">Reply With Quote</a> <a class="multiquote" href="#">Quote</a></span><span class="postlinking"><a class="report" href="#">Report Post</a></span></div></div>
</li>
</ol></div>
<div id="similar_threads"><h4>Similar Threads</h4><ol><li><a href="showthread.php?t=70001">Rough idle after battery change</a></li><li><a href="showthread.php?t=70420">Coolant sensor location?</a></li></ol></div>
</div>
<div id="footer"><a href="sendmessage.php">Contact Us</a> <a href="archive/index.php">Archive</a> Powered by vBulletin® Copyright © 2026 vBulletin Solutions</div>
</body></html>
"""
page(part(1), "en-vbulletin-postbit", "https://www.hatchbackowners.test/forum/showthread.php?t=88120", B,
     H.replace("{BODY}", render(B, p=lambda t: E(t) + "<br><br>", ul=lambda items, li: "<ul>%s</ul>" % "".join(li(i) for i in items))),
     ["Reply With Quote", "Report Post", "Join Date", "1,482", "142k and counting", "Very likely the coolant sensor", "Similar Threads"],
     must=("Cleaned the throttle body", "Any pointers before I start throwing parts at it are welcome."))

# --- 2 de-qa-article-post (article): a German Q&A site; question and
# answers are <article class="post post--question"> / <article class="post
# post--answer">, each with a vote box, an author card and a
# "Kommentieren · Teilen · Melden" row.
Q = [
    ("p", "Ich habe eine Mietwohnung in Köln und der Vermieter hat mit der Nebenkostenabrechnung für 2025 eine Nachzahlung von 612 Euro verlangt. Die Abrechnung kam am 4. Dezember 2026 bei mir an."),
    ("p", "Muss ich das noch zahlen, wenn die Frist für die Abrechnung schon abgelaufen ist? Im Mietvertrag steht nichts Besonderes dazu."),
]
A1 = [
    ("p", "Nein. Der Vermieter muss die Abrechnung innerhalb von zwölf Monaten nach Ende des Abrechnungszeitraums zustellen. Für das Jahr 2025 endete diese Frist am 31. Dezember 2026, die Abrechnung ist also rechtzeitig gekommen."),
    ("p", "Anders wäre es, wenn der Abrechnungszeitraum nicht das Kalenderjahr ist. Prüfen Sie deshalb, welcher Zeitraum auf der ersten Seite genannt ist."),
]
A2 = [
    ("p", "Ergänzend: Sie haben ab Zugang zwölf Monate Zeit für Einwände und dürfen die Belege beim Vermieter einsehen. Lassen Sie sich vor allem die Rechnungen für Heizung und Hausmeister zeigen."),
]
B = Q + A1 + A2
def art(kind, blocks, votes, user, when):
    return ('<article class="post post--%s" id="%s-%d"><div class="post__votes"><button class="vote vote--up" aria-label="Hilfreich">▲</button><span class="vote__count">%d</span></div>'
            '<div class="post__main"><div class="post__body">%s</div>'
            '<footer class="post__footer"><div class="author-card"><a href="/nutzer/%s">%s</a> <span class="author-card__score">Punkte: 2.410</span> <time>%s</time></div>'
            '<ul class="post__actions"><li><a href="#">Kommentieren</a></li><li><a href="#">Teilen</a></li><li><a href="#">Melden</a></li></ul></footer></div></article>') % (kind, kind, votes, votes, render(blocks), user.lower(), user, when)
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Nebenkostenabrechnung zu spät – muss ich nachzahlen? | Frag den Nachbarn</title></head>
<body>
<header class="site"><a class="brand" href="/">Frag den Nachbarn</a><nav><a href="/fragen">Fragen</a><a href="/themen">Themen</a><a href="/frage-stellen" class="btn">Frage stellen</a></nav></header>
<main class="layout">
<div class="question-head"><h1>Nebenkostenabrechnung zu spät – muss ich nachzahlen?</h1><p class="meta">Gefragt vor 3 Tagen · 1.207 Aufrufe · <a href="/themen/miete">Miete</a></p></div>
{Q}
<h2 class="answers-count">2 Antworten</h2>
{A1}
{A2}
<section class="answer-form"><h2>Deine Antwort</h2><textarea></textarea><button>Antwort absenden</button></section>
</main>
<aside class="rail"><h3>Ähnliche Fragen</h3><a href="/f/1">Kaution nach Auszug nicht zurück</a><a href="/f/2">Heizkosten zu hoch?</a></aside>
<footer class="site-footer">© 2026 Frag den Nachbarn · <a href="/impressum">Impressum</a></footer>
</body></html>
"""
H = H.replace("{Q}", art("question", Q, 4, "Wohnungsfrage", "4. Dez. 2026")).replace("{A1}", art("answer", A1, 11, "MietrechtMia", "4. Dez. 2026")).replace("{A2}", art("answer", A2, 2, "Kalle_K", "5. Dez. 2026"))
page(part(2), "de-qa-article-post", "https://www.fragdennachbarn.test/f/88412/nebenkostenabrechnung-zu-spaet", B, H,
     ["Kommentieren", "Punkte: 2.410", "Deine Antwort", "Ähnliche Fragen", "Gefragt vor 3 Tagen"],
     must=("Lassen Sie sich vor allem die Rechnungen für Heizung und Hausmeister zeigen.",))

# --- 3 de-rezept-portionen (article; held out): a recipe card with a
# "Portionen − 4 +" scaler, "Metrisch | US" unit buttons, notes and a
# "Zum Rezept springen · Rezept drucken" line above the story.
B = [
    ("p", "Wenn es draußen früh dunkel wird, gibt es bei uns mindestens einmal in der Woche Linsensuppe. Diese Version mit Räuchertofu ist in einer halben Stunde fertig und schmeckt am nächsten Tag noch besser."),
    ("p", "Die roten Linsen zerfallen beim Kochen, die Suppe wird dadurch sämig, ohne dass man sie pürieren muss."),
    ("h3", "Zutaten"),
    ("ul", ["250 g rote Linsen", "1 Zwiebel", "2 Karotten", "200 g Räuchertofu", "1 l Gemüsebrühe", "1 EL Tomatenmark", "1 Spritzer Zitronensaft"]),
    ("h3", "Zubereitung"),
    ("ol", ["Zwiebel und Karotten würfeln und in etwas Öl fünf Minuten anschwitzen.", "Tomatenmark zugeben und kurz mitrösten.", "Linsen und Brühe zugeben und 15 Minuten köcheln lassen.", "Tofu würfeln, in einer Pfanne knusprig braten und zum Schluss auf die Suppe geben."]),
    ("h3", "Notizen"),
    ("p", "Statt Räuchertofu passen auch geröstete Kichererbsen. Die Suppe hält sich drei Tage im Kühlschrank."),
]
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Linsensuppe mit Räuchertofu – Grünes Schüsselchen</title></head>
<body class="single single-post">
<header id="masthead"><a class="site-title" href="/">Grünes Schüsselchen</a><nav class="primary"><a href="/rezepte/">Rezepte</a><a href="/ueber-mich/">Über mich</a></nav></header>
<main id="main"><article class="post type-post">
<header class="entry-header"><h1 class="entry-title">Linsensuppe mit Räuchertofu</h1><div class="entry-meta">von Jana · 2. Dezember 2026</div></header>
<div class="recipe-jump"><a href="#rezept" class="jump-to-recipe">Zum Rezept springen</a> · <a href="/drucken/8812" class="print-recipe">Rezept drucken</a></div>
<div class="entry-content">
{INTRO}
<div id="rezept" class="mv-create-card mv-recipe-card">
<div class="mv-create-header"><h2 class="mv-create-title">Linsensuppe mit Räuchertofu</h2><div class="mv-create-times"><span>Vorbereitung: 10 Min.</span> <span>Kochzeit: 20 Min.</span> <span>Gesamt: 30 Min.</span></div>
<div class="mv-create-rating">★★★★★ 4,9 aus 37 Bewertungen</div></div>
<div class="mv-create-ingredients">{ZH}
<div class="mv-scale"><span>Portionen</span> <button class="mv-scale-minus">−</button> <span class="mv-scale-count">4</span> <button class="mv-scale-plus">+</button></div>
<div class="mv-units"><button class="active">Metrisch</button> | <button>US</button></div>
{ZL}</div>
<div class="mv-create-instructions">{AH}{AL}</div>
<div class="mv-create-notes">{NH}{NP}</div>
<div class="mv-create-nutrition">Nährwerte pro Portion: 390 kcal · Eiweiß 24 g · Fett 9 g</div>
<div class="mv-create-cta">Hast du das Rezept ausprobiert? Markiere @gruenesschuesselchen auf Instagram!</div>
</div>
</div>
</article></main>
<footer id="colophon">© 2026 Grünes Schüsselchen · <a href="/datenschutz/">Datenschutz</a></footer>
</body></html>
"""
H = H.replace("{INTRO}", render(B[:2])).replace("{ZH}", render(B[2:3])).replace("{ZL}", render(B[3:4])).replace("{AH}", render(B[4:5])).replace("{AL}", render(B[5:6])).replace("{NH}", render(B[6:7])).replace("{NP}", render(B[7:8]))
page(part(3), "de-rezept-portionen", "https://www.gruenes-schuesselchen.test/linsensuppe-raeuchertofu/", B, H,
     ["Zum Rezept springen", "Rezept drucken", "Portionen", "Metrisch", "Vorbereitung: 10 Min.", "4,9 aus 37", "Nährwerte pro Portion", "Hast du das Rezept ausprobiert?"],
     must=("1 Spritzer Zitronensaft", "Die Suppe hält sich drei Tage im Kühlschrank."))

# --- 4 nl-wp-block-groups (article): a WordPress block theme whose story
# is a row of block groups, each paragraph or list in its own
# <div class="wp-block-group has-background …"> with an inner container,
# an image block between them, and a "Deel dit artikel" row after.
B = [
    ("p", "De gemeente Zwolle plant in het voorjaar van 2027 veertig nieuwe bomen langs de Assendorperstraat. De straat wordt daarvoor tussen maart en mei in drie delen opnieuw ingericht."),
    ("p", "Bewoners konden de afgelopen maanden meepraten over de soorten. Er komen vooral linden en zomereiken, die beter tegen hitte en droogte kunnen dan de esdoorns die er nu staan."),
    ("h", "Wat verandert er?"),
    ("ul", ["De stoep wordt aan beide kanten een meter breder.", "Er komen twaalf fietsnietjes bij de bakkerij.", "Parkeren kan alleen nog aan de oostkant."]),
    ("p", "Tijdens de werkzaamheden blijft de straat bereikbaar voor bewoners. De bus rijdt drie maanden via de Dobbestraat."),
    ("p", "Op 14 januari is er een inloopavond in buurthuis De Enk."),
]
def grp(b, color):
    return '<div class="wp-block-group has-%s-background-color has-background is-layout-constrained wp-block-group-is-layout-constrained"><div class="wp-block-group__inner-container">%s</div></div>' % (color, render([b], p=lambda t: "<p class=\"has-medium-font-size\">%s</p>" % E(t), h=lambda t: '<h2 class="wp-block-heading">%s</h2>' % E(t), ul=lambda items, li: '<ul class="wp-block-list">%s</ul>' % "".join(li(i) for i in items)))
body = "\n".join([grp(B[0], "base"), grp(B[1], "base"), '<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/12/straat.jpg" alt=""><figcaption class="wp-element-caption">Zo moet de straat er in 2027 uitzien. Beeld: gemeente Zwolle</figcaption></figure>',
                  grp(B[2], "contrast-3"), grp(B[3], "contrast-3"), grp(B[4], "base"), grp(B[5], "base")])
H = """<!DOCTYPE html>
<html lang="nl">
<head><meta charset="utf-8"><title>Veertig nieuwe bomen voor de Assendorperstraat – Wijkkrant Assendorp</title></head>
<body class="wp-singular post-template-default single wp-theme-twentytwentyfour">
<div class="wp-site-blocks">
<header class="wp-block-template-part"><div class="wp-block-group"><p class="wp-block-site-title"><a href="/">Wijkkrant Assendorp</a></p><nav class="wp-block-navigation"><a href="/nieuws/">Nieuws</a><a href="/agenda/">Agenda</a><a href="/contact/">Contact</a></nav></div></header>
<main class="wp-block-group is-layout-constrained">
<h1 class="wp-block-post-title">Veertig nieuwe bomen voor de Assendorperstraat</h1>
<div class="wp-block-post-date"><time datetime="2026-12-05">5 december 2026</time></div>
<div class="entry-content wp-block-post-content is-layout-constrained">
{BODY}
</div>
<div class="wp-block-group share-row"><p>Deel dit artikel:</p><a href="https://wa.me/?text=x">WhatsApp</a> <a href="https://www.facebook.com/sharer">Facebook</a> <a href="mailto:?subject=x">E-mail</a></div>
<nav class="wp-block-post-navigation-link"><a href="/nieuws/kerstmarkt/">← Kerstmarkt op het Assendorperplein</a></nav>
</main>
<footer class="wp-block-template-part"><p>Wijkkrant Assendorp is een uitgave van de wijkvereniging.</p></footer>
</div>
</body></html>
"""
page(part(4), "nl-wp-block-groups", "https://www.wijkkrant-assendorp.test/nieuws/veertig-nieuwe-bomen/", B, H.replace("{BODY}", body),
     ["Deel dit artikel", "Zo moet de straat er in 2027 uitzien", "Kerstmarkt op het Assendorperplein", "uitgave van de wijkvereniging"],
     must=("Op 14 januari is er een inloopavond in buurthuis De Enk.", "Parkeren kan alleen nog aan de oostkant."))

# --- 5 de-sev-bauarbeiten (article): a regional rail operator's notice of
# replacement buses; a "Stand:" date line, a validity box, paragraphs, a
# table of stops, and a contact box after the notice.
B = [
    ("p", "Wegen Bauarbeiten an der Brücke über die Lahn fallen zwischen Gießen und Wetzlar vom 12. bis 21. Dezember 2026 alle Züge der Linie RB 45 aus. Zwischen beiden Bahnhöfen fahren Busse im Schienenersatzverkehr."),
    ("p", "Die Busse fahren etwa 15 Minuten früher ab als die Züge. Bitte beachten Sie, dass in den Bussen keine Fahrräder mitgenommen werden können."),
    ("table", [["Bahnhof", "Ersatzhaltestelle"], ["Gießen", "Bahnhofsvorplatz, Steig 4"], ["Dutenhofen", "Bushaltestelle Am Sportplatz"], ["Wetzlar", "Busbahnhof, Bussteig 11"]]),
    ("p", "Fahrgäste mit Rollstuhl melden sich bitte mindestens einen Tag vorher, damit ein Fahrzeug mit Rampe eingesetzt werden kann."),
]
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>RB 45: Ersatzverkehr zwischen Gießen und Wetzlar | Mittelhessenbahn</title></head>
<body>
<header class="mhb-header"><a class="mhb-logo" href="/">Mittelhessenbahn</a><nav class="mhb-nav"><a href="/fahrplan/">Fahrplan</a><a href="/tickets/">Tickets</a><a href="/baustellen/">Baustellen</a><a href="/service/">Service</a></nav></header>
<div class="mhb-page">
<nav class="crumbs"><a href="/">Start</a> / <a href="/baustellen/">Baustellen und Störungen</a></nav>
<article class="notice notice--construction">
<div class="notice__badge">Bauarbeiten</div>
<h1 class="notice__title">RB 45: Ersatzverkehr mit Bussen zwischen Gießen und Wetzlar</h1>
<p class="notice__stand">Stand: 04.12.2026, 14:20 Uhr</p>
<dl class="notice__facts"><dt>Linie</dt><dd>RB 45</dd><dt>Zeitraum</dt><dd>12.12.2026 – 21.12.2026</dd><dt>Abschnitt</dt><dd>Gießen – Wetzlar</dd></dl>
<div class="notice__text">
{BODY}
</div>
<a class="notice__pdf" href="/media/sev-rb45.pdf">Fahrplan Ersatzverkehr (PDF, 212 KB)</a>
</article>
<aside class="contact-teaser"><h2>Fragen zu Ihrer Fahrt?</h2><p>Kundenservice: 0800 664 1245 (kostenfrei, täglich 6–22 Uhr)</p><p><a href="/kontakt/">Kontaktformular</a></p></aside>
<section class="more-notices"><h2>Weitere Meldungen</h2><ul><li><a href="/baustellen/rb40-marburg/">RB 40: Gleiserneuerung in Marburg</a></li><li><a href="/baustellen/rb49/">RB 49: Zugausfälle am Wochenende</a></li></ul></section>
</div>
<footer class="mhb-footer"><a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a> © Mittelhessenbahn GmbH</footer>
</body></html>
"""
page(part(5), "de-sev-bauarbeiten", "https://www.mittelhessenbahn.test/baustellen/rb45-giessen-wetzlar/", B, H.replace("{BODY}", render(B)),
     ["Stand: 04.12.2026", "Kundenservice: 0800 664 1245", "Fragen zu Ihrer Fahrt?", "Weitere Meldungen", "Fahrplan Ersatzverkehr (PDF"],
     must=("Busbahnhof, Bussteig 11", "Fahrgäste mit Rollstuhl melden sich bitte mindestens einen Tag vorher, damit ein Fahrzeug mit Rampe eingesetzt werden kann."))

# --- 6 ru-smf-thread (article; held out): a Simple-Machines-like board in
# Russian; the first post with the poster's counters, a quick-buttons row
# (Цитировать, Ответить, Пожаловаться) and a signature, then a reply.
B = [
    ("p", "Всем привет. Купил в ноябре дачу под Тверью, дом 1985 года, печь кирпичная, топится дровами. Хочу зимой приезжать на выходные и не замерзать."),
    ("p", "Печник посмотрел и сказал, что дымоход нужно перекладывать, а саму печь можно оставить. Просит за работу 85 тысяч рублей с материалами."),
    ("p", "Вопросы такие:"),
    ("ol", ["Нормальная ли это цена для Тверской области?", "Можно ли топить печь до ремонта, если поставить датчик угарного газа?", "Что лучше для выходных: печь или электрический котёл?"]),
    ("p", "Заранее спасибо за советы."),
]
H = """<!DOCTYPE html>
<html lang="ru">
<head><meta charset="utf-8"><title>Печь на даче: перекладывать дымоход или нет?</title></head>
<body>
<div id="wrapper"><div id="header"><h1 class="forumtitle"><a href="/index.php">Дачный форум</a></h1><div class="user">Здравствуйте, Гость. Пожалуйста, <a href="/login">войдите</a> или <a href="/register">зарегистрируйтесь</a>.</div></div>
<div id="main_menu"><ul class="dropmenu"><li><a href="/index.php">Начало</a></li><li><a href="/search">Поиск</a></li><li><a href="/help">Помощь</a></li></ul></div>
<div class="navigate_section"><ul><li><a href="/index.php">Дачный форум</a> »</li><li><a href="/board/4">Отопление и печи</a> »</li></ul></div>
<div id="content_section"><div id="forumposts">
<div class="cat_bar"><h3 class="catbg">Автор Тема: Печь на даче: перекладывать дымоход или нет?  (Прочитано 642 раз)</h3></div>
<form action="/quickmod" method="post" id="quickModForm">
<div class="windowbg" id="msg30211"><div class="post_wrapper">
<div class="poster"><h4><a href="/profile/u2212">Тверской_дачник</a></h4><ul class="user_info"><li class="membergroup">Новичок</li><li class="postcount">Сообщений: 12</li><li class="karma">Репутация: +3</li></ul></div>
<div class="postarea"><div class="keyinfo"><h5 id="subject_30211"><a href="/msg30211">Печь на даче: перекладывать дымоход или нет?</a></h5><div class="smalltext">« <strong>: 03 Декабря 2026, 18:44:12 »</strong></div></div>
<ul class="quickbuttons"><li><a href="/post/quote/30211" class="quote_button">Цитировать</a></li><li><a href="/post/reply">Ответить</a></li><li><a href="/report/30211">Пожаловаться</a></li></ul>
<div class="post"><div class="inner" id="msg_30211">{BODY}</div></div>
</div>
<div class="moderatorbar"><div class="signature" id="msg_30211_signature">Дача — это не место, это состояние души.</div></div>
</div></div>
<div class="windowbg" id="msg30219"><div class="post_wrapper">
<div class="poster"><h4><a href="/profile/u17">Печник_Саныч</a></h4><ul class="user_info"><li class="postcount">Сообщений: 4 118</li></ul></div>
<div class="postarea"><div class="keyinfo"><div class="smalltext">« <strong>Ответ #1 : 03 Декабря 2026, 20:02:40 »</strong></div></div>
<ul class="quickbuttons"><li><a href="/post/quote/30219">Цитировать</a></li></ul>
<div class="post"><div class="inner" id="msg_30219">Цена нормальная. До ремонта топить не советую, датчик от трещин в дымоходе не спасёт.</div></div></div>
</div></div>
</form></div></div>
<div id="footer_section"><a href="/">Дачный форум</a> © 2026 · SMF 2.1 © Simple Machines</div></div>
</body></html>
"""
page(part(6), "ru-smf-thread", "https://dacha-forum.test/index.php?topic=4410.0", B,
     H.replace("{BODY}", render(B, p=lambda t: E(t) + "<br><br>", ol=lambda items, li: "<ol>%s</ol>" % "".join(li(i) for i in items))),
     ["Цитировать", "Пожаловаться", "Сообщений: 12", "Дача — это не место", "Цена нормальная", "Прочитано 642 раз"],
     must=("Заранее спасибо за советы.", "Нормальная ли это цена для Тверской области?"))

# --- 7 es-discourse-topic (article): a Discourse-like topic; the first
# post in <article class="boxed onscreen-post"> with its "cooked" body, a
# post-controls row of buttons (Me gusta, Copiar enlace, Responder), a
# "3 Me gusta" counter and the topic map; then a reply.
B = [
    ("p", "Hola a todos. Quiero montar un servidor casero con una Raspberry Pi 5 para copias de seguridad de los portátiles de la familia, unos cuatro equipos con Windows y macOS."),
    ("p", "Tengo dos discos de 4 TB y dudo entre montarlos en RAID 1 con mdadm o usar uno como copia del otro con rsync cada noche."),
    ("p", "Lo que más me preocupa es no perder nada si un disco falla y que la configuración sea fácil de mantener, porque no soy administrador de sistemas."),
    ("p", "¿Qué me recomendáis?"),
]
def dpost(n, user, body, likes):
    return ('<div class="topic-post clearfix regular"><article id="post_%d" class="boxed onscreen-post" data-post-id="%d">'
            '<div class="row"><div class="topic-avatar"><a class="trigger-user-card" href="/u/%s">%s</a></div>'
            '<div class="topic-body clearfix"><div role="heading" class="topic-meta-data"><div class="names"><span class="first username"><a href="/u/%s">%s</a></span></div><div class="post-infos"><a class="post-date" href="/t/1882/%d"><span class="relative-date">5 dic</span></a></div></div>'
            '<div class="regular contents"><div class="cooked">%s</div>'
            '<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><button class="btn-flat like-count">%d Me gusta</button><button class="btn-flat toggle-like" title="Me gusta">♥</button><button class="btn-flat share" title="Copiar enlace">Copiar enlace</button><button class="btn-flat reply" title="Responder">Responder</button></div></nav></section></div></div></div></article></div>') % (n, n, user, user, user, user, n, body, likes)
H = """<!DOCTYPE html>
<html lang="es">
<head><meta charset="utf-8"><title>RAID 1 o rsync para copias en casa con Raspberry Pi - Hardware - Foro Hazlo Tú</title></head>
<body class="archetype-regular">
<section id="main"><div class="d-header-wrap"><header class="d-header"><div class="title"><a href="/">Foro Hazlo Tú</a></div><div class="panel"><button class="btn sign-up-button">Registrarse</button><button class="btn login-button">Iniciar sesión</button></div></header></div>
<div id="main-outlet" class="wrap">
<div id="topic-title"><h1><a class="fancy-title" href="/t/1882">RAID 1 o rsync para copias en casa con Raspberry Pi</a></h1><div class="topic-category"><a class="badge-category" href="/c/hardware">Hardware</a></div></div>
<div class="posts-wrapper">
{P1}
<div class="topic-map"><section class="map"><ul><li><h4>creado</h4>5 dic</li><li><h4>última respuesta</h4>6 dic</li><li><span class="number">7</span><h4>respuestas</h4></li><li><span class="number">312</span><h4>visitas</h4></li></ul></section></div>
{P2}
</div>
<div class="more-topics__container"><h3>Temas sugeridos</h3><a href="/t/1701">Qué SAI comprar para un NAS pequeño</a><a href="/t/1650">Nextcloud en casa: experiencias</a></div>
</div></section>
<footer class="powered-by">Funciona con Discourse, se visualiza mejor con JavaScript activado</footer>
</body></html>
"""
H = H.replace("{P1}", dpost(1, "marta_rdz", render(B), 3)).replace("{P2}", dpost(2, "javi_sysadmin", "<p>Para cuatro equipos yo haría rsync nocturno: un RAID no te protege de borrar algo por error.</p>", 5))
page(part(7), "es-discourse-topic", "https://foro.hazlotu.test/t/raid-1-o-rsync-raspberry-pi/1882", B, H,
     ["3 Me gusta", "Copiar enlace", "Responder", "yo haría rsync nocturno", "Temas sugeridos", "visitas"],
     must=("¿Qué me recomendáis?",))

# --- 8 fr-qa-message-classes (article): a French Q&A site; question and
# answers are <div class="message question"> / <div class="message answer
# best-answer"> / <div class="message answer">, with a score, an author
# line and a "Commenter · Signaler" row.
Q = [
    ("p", "Je voudrais poser un parquet flottant en chêne dans une chambre de 14 m² à l'étage. Le sol actuel est un ancien carrelage bien plat."),
    ("p", "Faut-il enlever le carrelage ou peut-on poser directement dessus avec une sous-couche ? Et quelle épaisseur de sous-couche choisir ?"),
]
A1 = [
    ("p", "Vous pouvez poser directement sur le carrelage s'il est plat et bien collé : tapotez chaque carreau, un son creux signale un carreau décollé à refixer avant la pose."),
    ("p", "Pour la sous-couche, 2 à 3 mm suffisent sur un carrelage. Prenez-en une avec pare-vapeur intégré si la pièce du dessous est chauffée par le sol."),
    ("ul", ["Laissez 8 à 10 mm de jeu le long des murs.", "Posez les lames dans le sens de la lumière.", "Laissez le parquet 48 heures dans la pièce avant la pose."]),
]
A2 = [
    ("p", "Attention à la hauteur des portes : avec 14 mm de parquet et 3 mm de sous-couche, il faudra sans doute raboter le bas des portes de la chambre."),
]
B = Q + A1 + A2
def msg(cls, blocks, score, user):
    return ('<div class="message %s"><div class="message-score"><span class="score">%d</span><span class="score-label">points</span></div>'
            '<div class="message-content"><div class="message-author">Par <a href="/membres/%s">%s</a> · il y a 2 jours</div><div class="message-text">%s</div>'
            '<div class="message-links"><a href="#">Commenter</a> · <a href="#">Signaler</a> · <a href="#">Partager</a></div></div></div>') % (cls, score, user.lower(), user, render(blocks))
H = """<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>Parquet flottant sur carrelage : faut-il enlever le carrelage ? - Bricoréponses</title></head>
<body>
<div class="topbar"><a class="logo" href="/">Bricoréponses</a><form class="recherche"><input placeholder="Rechercher une question"></form><a class="btn" href="/poser">Poser une question</a><a href="/connexion">Connexion</a></div>
<div class="page">
<div class="colonne-principale">
<h1 class="titre-question">Parquet flottant sur carrelage : faut-il enlever le carrelage ?</h1>
<div class="infos-question">Posée le 3 décembre 2026 · 841 vues · Catégorie : <a href="/c/sols">Sols</a></div>
{Q}
<div class="bandeau-reponses"><h2>2 réponses</h2><span>Trier par : meilleures</span></div>
{A1}
{A2}
<div class="formulaire-reponse"><h3>Votre réponse</h3><textarea></textarea><button>Publier</button></div>
</div>
<div class="colonne-droite"><h3>Questions similaires</h3><ul><li><a href="/q/1">Vitrifier un vieux parquet</a></li><li><a href="/q/2">Sous-couche acoustique obligatoire ?</a></li></ul></div>
</div>
<div class="pied">© 2026 Bricoréponses · <a href="/mentions">Mentions légales</a></div>
</body></html>
"""
H = H.replace("{Q}", msg("question", Q, 6, "Aurelie_B")).replace("{A1}", msg("answer best-answer", A1, 14, "Menuisier35")).replace("{A2}", msg("answer", A2, 3, "PapyBrico"))
page(part(8), "fr-qa-message-classes", "https://www.bricoreponses.test/q/20931/parquet-flottant-sur-carrelage", B, H,
     ["Commenter", "Signaler", "Votre réponse", "Questions similaires", "841 vues", "Trier par"],
     must=("Laissez le parquet 48 heures dans la pièce avant la pose.", "il faudra sans doute raboter le bas des portes de la chambre."))

# --- 9 it-divi-moduli (article; held out): a Divi-like builder story;
# each paragraph or heading a separate et_pb_text module in its own row,
# with an image module and a button module between them.
B = [
    ("p", "Dal 9 gennaio la biblioteca civica di Mantova resterà aperta anche la domenica mattina, dalle 9 alle 13. La sperimentazione durerà sei mesi."),
    ("p", "La decisione arriva dopo un sondaggio a cui hanno risposto oltre duemila utenti: la domenica è stata la richiesta più frequente, soprattutto da parte degli studenti universitari."),
    ("h", "Cosa cambia per gli utenti"),
    ("p", "La domenica saranno aperte la sala studio e la sezione ragazzi. Il prestito sarà possibile solo tramite le postazioni automatiche."),
    ("ul", ["Sala studio: 120 posti", "Sezione ragazzi: letture animate alle 10.30", "Wi-fi gratuito con la tessera"]),
    ("p", "Se l'affluenza sarà buona, il Comune valuterà l'apertura anche nel pomeriggio."),
]
def mod(i, b):
    return ('<div class="et_pb_row et_pb_row_%d"><div class="et_pb_column et_pb_column_4_4 et_pb_column_%d"><div class="et_pb_module et_pb_text et_pb_text_%d et_pb_text_align_left et_pb_bg_layout_light">'
            '<div class="et_pb_text_inner">%s</div></div></div></div>') % (i, i, i, render([b]))
body = "\n".join([mod(0, B[0]), mod(1, B[1]),
                  '<div class="et_pb_row et_pb_row_2"><div class="et_pb_column et_pb_column_4_4"><div class="et_pb_module et_pb_image et_pb_image_0"><span class="et_pb_image_wrap"><img src="/wp-content/uploads/biblioteca.jpg" alt=""></span></div></div></div>',
                  mod(3, B[2]), mod(4, B[3]), mod(5, B[4]), mod(6, B[5]),
                  '<div class="et_pb_row et_pb_row_7"><div class="et_pb_column et_pb_column_4_4"><div class="et_pb_button_module_wrapper"><a class="et_pb_button" href="/biblioteca/orari/">Tutti gli orari</a></div></div></div>'])
H = """<!DOCTYPE html>
<html lang="it">
<head><meta charset="utf-8"><title>La biblioteca apre anche la domenica | Mantova Notizie</title></head>
<body class="post-template-default single et_divi_theme">
<div id="page-container"><header id="main-header"><a id="logo" href="/">Mantova Notizie</a><nav id="top-menu-nav"><a href="/cronaca/">Cronaca</a><a href="/cultura/">Cultura</a><a href="/sport/">Sport</a></nav></header>
<div id="et-main-area"><div id="main-content"><article class="et_pb_post post type-post">
<div class="et_post_meta_wrapper"><h1 class="entry-title">La biblioteca apre anche la domenica</h1><p class="post-meta">di Redazione | 6 Dic 2026 | <a href="/cultura/">Cultura</a></p></div>
<div class="entry-content"><div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3"><div class="et_pb_section et_pb_section_0 et_section_regular">
{BODY}
</div></div></div></div>
<div class="et_post_meta_wrapper"><div class="condividi">Condividi: <a href="#">Facebook</a> <a href="#">WhatsApp</a></div></div>
</article></div></div>
<footer id="main-footer"><div id="footer-bottom">© 2026 Mantova Notizie · P.IVA 01234560201</div></footer></div>
</body></html>
"""
page(part(9), "it-divi-moduli", "https://www.mantovanotizie.test/cultura/biblioteca-domenica/", B, H.replace("{BODY}", body),
     ["Tutti gli orari", "Condividi", "P.IVA", "di Redazione"],
     must=("Se l'affluenza sarà buona, il Comune valuterà l'apertura anche nel pomeriggio.", "Wi-fi gratuito con la tessera"))

# --- 10 pl-elementor-widgets (article): an Elementor page; the story runs
# over text-editor and heading widgets in several sections and columns,
# each widget with its own data-id, and an image widget and a share
# widget between them.
B = [
    ("p", "Od poniedziałku w Lublinie działa nowa linia autobusowa nr 45, która połączy osiedle Felin z dworcem Lublin Główny. Autobusy będą kursować co 15 minut w godzinach szczytu."),
    ("p", "Na trasie linii powstało sześć nowych przystanków, w tym dwa przy kampusie uczelni rolniczej. Przejazd z Felina na dworzec zajmie około 22 minut."),
    ("h", "Rozkład jazdy"),
    ("p", "W dni robocze pierwszy autobus odjedzie z Felina o 4.52, ostatni o 23.10. W weekendy autobusy pojadą co 30 minut."),
    ("p", "Bilety można kupić w automatach na przystankach, w aplikacji oraz u kierowcy."),
    ("ol", ["Bilet 30-minutowy: 3,80 zł", "Bilet 60-minutowy: 4,60 zł", "Bilet dobowy: 15 zł"]),
    ("p", "Zarząd Transportu Miejskiego zapowiada, że po trzech miesiącach sprawdzi, ilu pasażerów korzysta z nowej linii."),
]
def widget(wid, kind, inner):
    return ('<div class="elementor-element elementor-element-%s elementor-widget elementor-widget-%s" data-id="%s" data-element_type="widget" data-widget_type="%s.default">'
            '<div class="elementor-widget-container">%s</div></div>') % (wid, kind, wid, kind, inner)
def section(sid, widgets):
    return ('<section class="elementor-section elementor-top-section elementor-element elementor-element-%s elementor-section-boxed" data-id="%s" data-element_type="section"><div class="elementor-container elementor-column-gap-default">'
            '<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">%s</div></div></div></section>') % (sid, sid, "".join(widgets))
hw = lambda t: '<h2 class="elementor-heading-title elementor-size-default">%s</h2>' % E(t)
body = "\n".join([
    section("a1c3f09", [widget("5e2b1d4", "text-editor", render(B[0:1])), widget("77c0a1e", "text-editor", render(B[1:2])),
                        widget("0bd93aa", "image", '<img src="/wp-content/uploads/2026/12/linia45.jpg" alt=""><p class="widget-image-caption wp-caption-text">Nowy autobus na pętli Felin. Fot. ZTM Lublin</p>')]),
    section("c9e81f2", [widget("3aa71b0", "heading", hw(B[2][1])), widget("91d2c6e", "text-editor", render(B[3:4])), widget("e4f0b27", "text-editor", render(B[4:6]))]),
    section("f02d7c5", [widget("6b8e413", "text-editor", render(B[6:7])),
                        widget("2cc5a90", "share-buttons", '<div class="elementor-share-buttons"><a href="#">Udostępnij</a> <a href="#">Facebook</a> <a href="#">X</a></div>')]),
])
H = """<!DOCTYPE html>
<html lang="pl">
<head><meta charset="utf-8"><title>Nowa linia 45 połączy Felin z dworcem – Lubelski Przegląd</title></head>
<body class="post-template-default single elementor-default elementor-page">
<header class="elementor elementor-location-header"><div class="elementor-section"><a href="/">Lubelski Przegląd</a><nav class="elementor-nav-menu"><a href="/miasto/">Miasto</a><a href="/region/">Region</a><a href="/sport/">Sport</a></nav></div></header>
<div data-elementor-type="wp-post" data-elementor-id="18812" class="elementor elementor-18812">
<section class="elementor-section elementor-element-title"><div class="elementor-container"><h1 class="elementor-heading-title">Nowa linia 45 połączy Felin z dworcem</h1><div class="elementor-post-info">Anna Nowak · 7 grudnia 2026</div></div></section>
{BODY}
<section class="elementor-section related"><div class="elementor-container"><h3>Czytaj także</h3><a href="/miasto/remont-krakowskiego/">Remont Krakowskiego Przedmieścia przesunięty</a><a href="/miasto/rowery/">Rowery miejskie wracają w marcu</a></div></section>
</div>
<footer class="elementor elementor-location-footer"><p>© 2026 Lubelski Przegląd. Wszelkie prawa zastrzeżone.</p></footer>
</body></html>
"""
page(part(10), "pl-elementor-widgets", "https://www.lubelskiprzeglad.test/miasto/nowa-linia-45/", B, H.replace("{BODY}", body),
     ["Nowy autobus na pętli Felin", "Udostępnij", "Czytaj także", "Wszelkie prawa zastrzeżone"],
     must=("Bilet dobowy: 15 zł", "Zarząd Transportu Miejskiego zapowiada, że po trzech miesiącach sprawdzi, ilu pasażerów korzysta z nowej linii."))

# --- 11 fr-fermeture-voirie (article): a city's road-works notice in a
# Drupal-like site; a "Publié le … – Mis à jour le …" line, a table of
# dates and sections, a diversions list and a contact block after it.
B = [
    ("p", "En raison de travaux de remplacement des canalisations d'eau potable, le boulevard de la Liberté sera fermé à la circulation entre la place Carnot et la rue Nationale du 5 au 23 janvier 2027."),
    ("table", [["Dates", "Section fermée", "Horaires"], ["5 au 9 janvier", "Place Carnot – rue Faidherbe", "7 h – 18 h"], ["12 au 16 janvier", "Rue Faidherbe – rue Solférino", "7 h – 18 h"], ["19 au 23 janvier", "Rue Solférino – rue Nationale", "Jour et nuit"]]),
    ("p", "Des déviations seront mises en place :"),
    ("ul", ["les véhicules légers par le boulevard Vauban ;", "les poids lourds par le périphérique ;", "les bus des lignes 10 et 18 par la rue Colbert."]),
    ("p", "L'accès des riverains et des secours sera maintenu. Les commerces restent ouverts pendant toute la durée des travaux."),
]
H = """<!DOCTYPE html>
<html lang="fr" dir="ltr">
<head><meta charset="utf-8"><title>Boulevard de la Liberté fermé du 5 au 23 janvier | Ville de Lisle</title></head>
<body class="path-node page-node-type-actualite">
<div class="dialog-off-canvas-main-canvas">
<header role="banner" class="region-header"><a href="/" class="site-logo">Ville de Lisle</a><nav class="menu--main"><a href="/ma-ville">Ma ville</a><a href="/demarches">Démarches</a><a href="/actualites">Actualités</a></nav></header>
<div class="region-breadcrumb"><ol class="breadcrumb"><li><a href="/">Accueil</a></li><li><a href="/actualites">Actualités</a></li><li>Travaux</li></ol></div>
<main role="main"><div class="region-content">
<article class="node node--type-actualite node--view-mode-full">
<h1 class="page-title"><span class="field--name-title">Boulevard de la Liberté fermé du 5 au 23 janvier</span></h1>
<div class="node__meta"><span class="field--name-field-thematique"><a href="/travaux">Travaux</a></span> <span class="dates">Publié le 2 décembre 2026 – Mis à jour le 6 décembre 2026</span></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
{BODY}
</div>
<div class="field--name-field-documents"><a href="/sites/default/files/plan-deviations.pdf">Plan des déviations (PDF, 480 Ko)</a></div>
</article>
<div class="block-contact-encart"><h2>Une question ?</h2><p>Direction de la voirie : 03 20 49 50 00, du lundi au vendredi de 8 h 30 à 17 h.</p><p><a href="/contact?service=voirie" class="button">Écrire au service</a></p></div>
<div class="views-element-container"><h2>Autres actualités</h2><ul><li><a href="/actualites/patinoire">La patinoire s'installe place Rihour</a></li><li><a href="/actualites/collecte-sapins">Collecte des sapins après les fêtes</a></li></ul></div>
</div></main>
<footer class="region-footer"><a href="/mentions-legales">Mentions légales</a> <a href="/accessibilite">Accessibilité : partiellement conforme</a></footer>
</div>
</body></html>
"""
page(part(11), "fr-fermeture-voirie", "https://www.ville-lisle.test/actualites/boulevard-liberte-ferme", B, H.replace("{BODY}", render(B)),
     ["Publié le 2 décembre 2026", "Direction de la voirie : 03 20 49 50 00", "Une question ?", "Autres actualités", "Plan des déviations", "Écrire au service"],
     must=("Rue Solférino – rue Nationale", "les bus des lignes 10 et 18 par la rue Colbert."))

# --- 12 es-qa-post-type (article; held out): a Spanish Q&A forum whose
# question and answers are <article class="post type-question"> /
# <article class="post type-answer accepted">, with a reputation line,
# a votes column and an actions bar.
Q = [
    ("p", "Me han ofrecido un contrato de alquiler de temporada por once meses para un piso en Valencia, aunque voy a vivir allí de forma permanente por trabajo."),
    ("p", "¿Es legal? ¿Qué derechos pierdo frente a un contrato de vivienda habitual?"),
]
A1 = [
    ("p", "Si el piso va a ser tu vivienda habitual, el contrato es de vivienda aunque se llame de temporada. Lo que cuenta es el uso real, no el nombre del contrato."),
    ("p", "Con un contrato de vivienda tienes derecho a prorrogarlo hasta cinco años y la fianza es de una mensualidad. Guarda pruebas de que vives allí, como el empadronamiento."),
]
A2 = [
    ("p", "Añado que puedes empadronarte aunque el propietario no quiera: el ayuntamiento solo necesita el contrato y tu documento de identidad."),
]
B = Q + A1 + A2
def qa(kind, blocks, votes, user):
    return ('<article class="post type-%s"><div class="post-votes"><a class="up" href="#">+</a><b>%d</b><a class="down" href="#">−</a></div>'
            '<div class="post-inner"><div class="post-text">%s</div><div class="post-user"><a href="/u/%s">%s</a> · reputación 3.120</div>'
            '<div class="post-actions"><a href="#">Citar</a> <a href="#">Enlace</a> <a href="#">Denunciar</a></div></div></article>') % (kind, votes, render(blocks), user, user)
H = """<!DOCTYPE html>
<html lang="es">
<head><meta charset="utf-8"><title>¿Es legal un contrato de temporada para vivienda habitual? - Pregunta al Abogado</title></head>
<body>
<div class="cabecera"><a href="/" class="marca">Pregunta al Abogado</a><a class="boton" href="/preguntar">Preguntar</a><a href="/entrar">Entrar</a></div>
<div class="contenedor"><div class="principal">
<h1>¿Es legal un contrato de temporada para vivienda habitual?</h1><div class="datos">Preguntada hace 1 día · Vista 2.044 veces</div>
{Q}
<h2 class="n-respuestas">2 respuestas</h2>
{A1}
{A2}
<div class="responder"><h3>Tu respuesta</h3><textarea></textarea><button>Enviar respuesta</button></div>
</div><div class="lateral"><h3>Preguntas relacionadas</h3><a href="/p/1">¿Me pueden subir el alquiler a mitad de contrato?</a></div></div>
<div class="pie">© 2026 Pregunta al Abogado · <a href="/aviso-legal">Aviso legal</a></div>
</body></html>
"""
H = H.replace("{Q}", qa("question", Q, 9, "nuria_vlc")).replace("{A1}", qa("answer accepted", A1, 21, "abogada_lopez")).replace("{A2}", qa("answer", A2, 4, "pep_m"))
page(part(12), "es-qa-post-type", "https://www.preguntaalabogado.test/p/55102/contrato-temporada-vivienda-habitual", B, H,
     ["Denunciar", "reputación 3.120", "Tu respuesta", "Preguntas relacionadas", "Vista 2.044 veces"],
     must=("Guarda pruebas de que vives allí, como el empadronamiento.", "el ayuntamiento solo necesita el contrato y tu documento de identidad."))

# --- 13 nl-xenforo-bericht (article): a XenForo-2-like thread; the first
# post with the user's "Berichten / Waarderingsscore" counters, the
# bbWrapper body, a signature aside and an action bar (Melden, Citeren,
# + Citaat, Reageren), then one reply.
B = [
    ("p", "Beste mensen, wij hebben sinds vorige week een kitten van tien weken, een Britse korthaar. Ze eet goed en speelt veel, maar 's nachts miauwt ze uren achter elkaar bij de slaapkamerdeur."),
    ("p", "We hebben haar mand in de woonkamer gezet met een warme kruik en een oude trui van mij. Overdag slaapt ze daar prima."),
    ("p", "Moeten we haar gewoon laten miauwen, of mag ze beter bij ons op de slaapkamer? Ik wil niet dat ze straks nooit meer alleen kan slapen."),
]
def xpost(pid, user, count, body, sig):
    return ('<article class="message message--post js-post" data-author="%s" id="js-post-%d"><div class="message-inner">'
            '<div class="message-cell message-cell--user"><section class="message-user"><h4 class="message-name"><a href="/leden/%s">%s</a></h4><h5 class="userTitle message-userTitle">Lid</h5>'
            '<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Lid sinds</dt><dd>12 feb 2021</dd></dl><dl class="pairs pairs--justified"><dt>Berichten</dt><dd>%s</dd></dl><dl class="pairs pairs--justified"><dt>Waarderingsscore</dt><dd>418</dd></dl></div></section></div>'
            '<div class="message-cell message-cell--main"><div class="message-main"><header class="message-attribution"><ul class="message-attribution-main listInline"><li class="u-concealed"><a href="/threads/kitten.9912/post-%d"><time class="u-dt">6 dec 2026</time></a></li></ul><ul class="message-attribution-opposite listInline"><li><a href="#">Delen</a></li><li><a href="/threads/kitten.9912/post-%d">#%d</a></li></ul></header>'
            '<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer"><article class="message-body js-selectToQuote"><div class="bbWrapper">%s</div></article></div>%s</div>'
            '<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external"><a href="#" class="actionBar-action actionBar-action--reaction">Leuk</a><a href="#" class="actionBar-action actionBar-action--mq">+ Citaat</a><a href="#" class="actionBar-action actionBar-action--reply">Reageren</a></div>'
            '<div class="actionBar-set actionBar-set--internal"><a href="/posts/%d/report" class="actionBar-action actionBar-action--report">Melden</a></div></div></footer></div></div></div></article>') % (user, pid, user.lower(), user, count, pid, pid, pid % 10, body, sig, pid)
H = """<!DOCTYPE html>
<html lang="nl-NL">
<head><meta charset="utf-8"><title>Kitten miauwt 's nachts, wat nu? | Kattenforum.nl</title></head>
<body data-template="thread_view">
<div class="p-pageWrapper" id="top">
<header class="p-header"><div class="p-header-logo"><a href="/">Kattenforum</a></div></header>
<nav class="p-nav"><ul class="p-nav-list"><li><a href="/">Forums</a></li><li><a href="/whats-new/">Nieuw</a></li><li><a href="/leden/">Leden</a></li></ul><a href="/login/">Inloggen</a> <a href="/register/">Registreren</a></nav>
<div class="p-body"><div class="p-body-inner">
<ul class="p-breadcrumbs"><li><a href="/">Forums</a></li><li><a href="/forums/gedrag.7/">Gedrag en opvoeding</a></li></ul>
<div class="p-body-header"><h1 class="p-title-value">Kitten miauwt 's nachts, wat nu?</h1><div class="p-description"><ul class="listInline"><li>Startdatum: 6 dec 2026</li></ul></div></div>
<div class="p-body-main"><div class="block block--messages"><div class="block-container"><div class="block-body js-replyNewMessageContainer">
{P1}
{P2}
</div></div></div>
<div class="block"><div class="block-container"><h3 class="block-minorHeader">Vergelijkbare onderwerpen</h3><ul><li><a href="/threads/8800/">Kat plast naast de bak</a></li></ul></div></div>
</div></div></div>
<footer class="p-footer"><a href="/help/voorwaarden/">Voorwaarden en regels</a> <a href="/help/privacy/">Privacybeleid</a> Forumsoftware door XenForo® © 2010-2026 XenForo Ltd.</footer>
</div>
</body></html>
"""
H = H.replace("{P1}", xpost(9912001, "Poezenmama82", "37", render(B, p=lambda t: E(t) + "<br>\n<br>\n"), '<aside class="message-signature"><div class="bbWrapper">Mimi (BKH, 10 wk) &amp; Tijger (†2025)</div></aside>'))
H = H.replace("{P2}", xpost(9912014, "Catsitter_Ruud", "5.902", "Laat haar een paar nachten miauwen en reageer er niet op, dan leert ze het snel.", ""))
page(part(13), "nl-xenforo-bericht", "https://www.kattenforum.test/threads/kitten-miauwt-s-nachts-wat-nu.9912/", B, H,
     ["Berichten", "Waarderingsscore", "Reageren", "Melden", "Mimi (BKH, 10 wk)", "Laat haar een paar nachten miauwen", "Vergelijkbare onderwerpen"],
     must=("Ik wil niet dat ze straks nooit meer alleen kan slapen.",))

# --- 14 it-qa-card-classes (article): an Italian Q&A site; question and
# answers are <section class="card card-question"> / <section class="card
# card-answer is-best">, each with a vote counter, an author line and a
# "Rispondi · Segnala" row.
Q = [
    ("p", "Ho una caldaia a condensazione di otto anni e la pressione scende da 1,5 a 0,8 bar in circa una settimana. Non vedo perdite dai termosifoni né sotto la caldaia."),
    ("p", "È pericoloso continuare a ricaricarla ogni settimana? Da cosa può dipendere?"),
]
A1 = [
    ("p", "Una perdita così lenta di solito è il vaso di espansione scarico o la valvola di sicurezza che gocciola nello scarico, quindi non la vedi."),
    ("p", "Ricaricare non è pericoloso, ma l'acqua nuova porta calcare e ossigeno nell'impianto. Fai controllare il vaso di espansione al prossimo tagliando."),
    ("ul", ["Controlla il tubo di scarico della valvola di sicurezza.", "Annota la pressione a impianto freddo ogni giorno.", "Chiudi il rubinetto di carico dopo ogni ricarica."]),
]
A2 = [
    ("p", "Da me era un raccordo sotto il pavimento: se il vaso è a posto, chiedi una prova di tenuta dell'impianto."),
]
B = Q + A1 + A2
def card(cls, blocks, votes, user):
    return ('<section class="card card-%s"><div class="card-votes"><button class="vote-up">▲</button><span>%d</span><button class="vote-down">▼</button></div>'
            '<div class="card-body">%s</div><div class="card-footer"><span class="autore">di <a href="/utenti/%s">%s</a>, 5 dicembre 2026</span> <a href="#">Rispondi</a> · <a href="#">Segnala</a></div></section>') % (cls, votes, render(blocks), user, user)
H = """<!DOCTYPE html>
<html lang="it">
<head><meta charset="utf-8"><title>Caldaia perde pressione ogni settimana: è pericoloso? - Chiedi all'Idraulico</title></head>
<body>
<nav class="navbar"><a class="navbar-brand" href="/">Chiedi all'Idraulico</a><a href="/domande">Domande</a><a href="/fai-una-domanda" class="btn btn-primary">Fai una domanda</a><a href="/accedi">Accedi</a></nav>
<div class="container"><div class="row"><div class="col-md-8">
<h1 class="domanda-titolo">Caldaia perde pressione ogni settimana: è pericoloso?</h1>
<p class="domanda-info">Chiesta 2 giorni fa · Vista 590 volte · <a href="/tag/caldaia">caldaia</a></p>
{Q}
<h2 class="risposte-titolo">2 risposte</h2>
{A1}
{A2}
<div class="card rispondi-form"><h3>La tua risposta</h3><textarea></textarea><button class="btn">Pubblica risposta</button></div>
</div><div class="col-md-4"><div class="correlate"><h3>Domande correlate</h3><a href="/d/1">Termosifoni freddi in alto</a></div></div></div></div>
<footer class="footer">© 2026 Chiedi all'Idraulico · <a href="/privacy">Privacy</a></footer>
</body></html>
"""
H = H.replace("{Q}", card("question", Q, 5, "Giulia_T")).replace("{A1}", card("answer is-best", A1, 17, "TermoidraulicoMarco")).replace("{A2}", card("answer", A2, 2, "Beppe63"))
page(part(14), "it-qa-card-classes", "https://www.chiediallidraulico.test/d/7741/caldaia-perde-pressione", B, H,
     ["Segnala", "La tua risposta", "Domande correlate", "Vista 590 volte", "Pubblica risposta"],
     must=("Chiudi il rubinetto di carico dopo ogni ricarica.", "chiedi una prova di tenuta dell'impianto."))

# --- 15 pl-utrudnienia-tramwaj (article; held out): a city transport
# authority's tram disruption notice; an "Aktualizacja:" line, a table of
# replacement buses, a list of stops and a contact box.
B = [
    ("p", "W związku z remontem torowiska na ulicy Grunwaldzkiej od 10 do 20 grudnia 2026 tramwaje linii 2 i 7 nie będą kursować między placem Grunwaldzkim a pętlą Biskupin."),
    ("p", "Na tym odcinku uruchomiona zostanie zastępcza komunikacja autobusowa."),
    ("table", [["Linia", "Trasa", "Częstotliwość"], ["Z2", "pl. Grunwaldzki – Biskupin", "co 10 minut"], ["Z7", "pl. Grunwaldzki – Sępolno", "co 15 minut"]]),
    ("p", "Przystanki autobusów zastępczych:"),
    ("ul", ["pl. Grunwaldzki – przystanek autobusowy przy ul. Curie-Skłodowskiej", "Kochanowskiego – zatoka przy kościele", "Biskupin – pętla autobusowa"]),
    ("p", "Bilety tramwajowe są honorowane w autobusach zastępczych."),
]
H = """<!DOCTYPE html>
<html lang="pl">
<head><meta charset="utf-8"><title>Remont torowiska na Grunwaldzkiej – zmiany w kursowaniu linii 2 i 7 | MPK Odra</title></head>
<body>
<div class="top"><a class="logo" href="/">MPK Odra</a><ul class="menu"><li><a href="/rozklady">Rozkłady jazdy</a></li><li><a href="/bilety">Bilety</a></li><li><a href="/komunikaty">Komunikaty</a></li></ul></div>
<div class="wrapper"><div class="content">
<div class="komunikat">
<span class="komunikat-typ utrudnienie">Utrudnienie</span>
<h1>Remont torowiska na Grunwaldzkiej – zmiany w kursowaniu linii 2 i 7</h1>
<div class="komunikat-daty"><p>Obowiązuje: 10.12.2026 – 20.12.2026</p><p>Aktualizacja: 05.12.2026, 11:05</p></div>
<div class="komunikat-linie"><a href="/linia/2">2</a> <a href="/linia/7">7</a> <a href="/linia/Z2">Z2</a> <a href="/linia/Z7">Z7</a></div>
<div class="komunikat-tresc">
{BODY}
</div>
</div>
<div class="box-kontakt"><h3>Informacja pasażerska</h3><p>Tel. 71 321 72 71 (całodobowo)</p><p><a href="mailto:info@mpk-odra.test">info@mpk-odra.test</a></p></div>
<div class="inne"><h3>Inne komunikaty</h3><a href="/komunikaty/swieta">Rozkłady na święta</a></div>
</div></div>
<div class="stopka">© 2026 MPK Odra Sp. z o.o. · <a href="/rodo">RODO</a></div>
</body></html>
"""
page(part(15), "pl-utrudnienia-tramwaj", "https://www.mpk-odra.test/komunikaty/remont-grunwaldzka", B, H.replace("{BODY}", render(B)),
     ["Obowiązuje: 10.12.2026", "Aktualizacja: 05.12.2026", "Tel. 71 321 72 71", "Informacja pasażerska", "Inne komunikaty"],
     must=("Biskupin – pętla autobusowa", "Bilety tramwajowe są honorowane w autobusach zastępczych."))

# --- 16 fr-drupal-paragraphes (article): a Drupal site whose story is a
# field of paragraph entities of differing types (text, text with image,
# quote, list), each in its own field__item with its own wrapper.
B = [
    ("p", "Le musée des Beaux-Arts de Rouen rouvrira ses salles de peinture impressionniste le 15 janvier, après dix-huit mois de travaux de rénovation de la verrière et de l'éclairage."),
    ("p", "Les visiteurs découvriront un nouvel accrochage de 120 œuvres, dont quinze toiles qui n'avaient pas été montrées depuis plus de vingt ans."),
    ("quote", "Nous voulions que la lumière du jour redevienne la première lumière des tableaux.", "Claire Moreau, conservatrice"),
    ("h", "Informations pratiques"),
    ("ul", ["Entrée gratuite le premier dimanche du mois", "Visites guidées le samedi à 15 h", "Audioguide en cinq langues"]),
    ("p", "La réouverture sera fêtée par une nocturne gratuite le vendredi 16 janvier, de 18 h à 23 h."),
]
def para(pid, typ, inner):
    return ('<div class="field__item"><div class="paragraph paragraph--type--%s paragraph--view-mode--default" data-paragraph-id="%d">%s</div></div>') % (typ, pid, inner)
txt = lambda bs: '<div class="clearfix text-formatted field field--name-field-texte field--type-text-long field--label-hidden field__item">%s</div>' % render(bs)
body = "\n".join([
    para(801, "texte", txt(B[0:1])),
    para(802, "texte-image", '<div class="field--name-field-image"><img src="/sites/default/files/verriere.jpg" alt=""><div class="legende">La nouvelle verrière de la grande galerie. © Musées de Rouen</div></div>' + txt(B[1:2])),
    para(803, "citation", '<blockquote class="field--name-field-citation"><p>%s</p><footer>%s</footer></blockquote>' % (E(B[2][1]), E(B[2][2]))),
    para(804, "texte", '<h2 class="field--name-field-titre">%s</h2>' % E(B[3][1]) + txt(B[4:5])),
    para(805, "texte", txt(B[5:6])),
])
H = """<!DOCTYPE html>
<html lang="fr" dir="ltr">
<head><meta charset="utf-8"><title>Les impressionnistes retrouvent leur lumière au musée de Rouen | Normandie Culture</title></head>
<body class="path-node page-node-type-article">
<div class="dialog-off-canvas-main-canvas"><div class="layout-container">
<header role="banner"><a href="/" class="site-branding__name">Normandie Culture</a><nav class="menu--main"><a href="/expositions">Expositions</a><a href="/spectacles">Spectacles</a><a href="/agenda">Agenda</a></nav></header>
<main role="main"><div class="layout-content">
<article role="article" class="node node--type-article node--promoted node--view-mode-full">
<h1 class="node__title"><span class="field field--name-title">Les impressionnistes retrouvent leur lumière au musée de Rouen</span></h1>
<div class="node__meta">Par <span class="field--name-uid">Léa Martin</span>, le 4 décembre 2026</div>
<div class="node__content">
<div class="field field--name-field-paragraphes field--type-entity-reference-revisions field--label-hidden field__items">
{BODY}
</div>
<div class="field field--name-field-tags field__items"><div class="field__label">Mots-clés</div><div class="field__item"><a href="/tags/musees">Musées</a></div><div class="field__item"><a href="/tags/rouen">Rouen</a></div></div>
</div>
</article>
<section class="block-views-blockarticles-lies"><h2>À lire aussi</h2><a href="/expositions/giverny">Giverny prolonge son exposition d'hiver</a></section>
</div></main>
<footer role="contentinfo"><p>© 2026 Normandie Culture — <a href="/contact">Contact</a></p></footer>
</div></div>
</body></html>
"""
page(part(16), "fr-drupal-paragraphes", "https://www.normandie-culture.test/expositions/impressionnistes-rouen-reouverture", B, H.replace("{BODY}", body),
     ["La nouvelle verrière de la grande galerie", "Mots-clés", "À lire aussi", "Giverny prolonge"],
     must=("Audioguide en cinq langues", "La réouverture sera fêtée par une nocturne gratuite le vendredi 16 janvier, de 18 h à 23 h."))

# --- 17 en-ferry-service-update (article): a ferry operator's service
# update; an "Updated:" line with a status pill, a table of cancelled
# sailings, paragraphs on rebooking, and a contact panel after it.
B = [
    ("p", "Due to forecast winds of up to 60 knots, the following sailings between Oban and Craignure on Tuesday 8 December 2026 are cancelled."),
    ("table", [["Departs", "Route", "Status"], ["07:15", "Oban to Craignure", "Cancelled"], ["09:00", "Craignure to Oban", "Cancelled"], ["11:30", "Oban to Craignure", "Under review"]]),
    ("p", "Customers booked on a cancelled sailing can travel on any sailing within the next three days without rebooking, or ask for a full refund."),
    ("p", "Vehicle lanes at Oban will open at 06:00 as usual. Please check this page again before you set off."),
]
H = """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Service update: Oban – Craignure, Tuesday 8 December | Western Isles Ferries</title></head>
<body>
<header class="wif-header"><a class="wif-logo" href="/">Western Isles Ferries</a><nav><a href="/timetables/">Timetables</a><a href="/book/">Book</a><a href="/status/">Service status</a><a href="/help/">Help</a></nav></header>
<main id="main-content" class="govuk-width-container">
<div class="status-header"><span class="status-pill status-pill--disrupted">Disrupted</span><h1 class="status-title">Oban – Craignure: sailings cancelled on Tuesday 8 December</h1>
<p class="status-updated">Updated: Monday 7 December 2026, 16:40</p></div>
<div class="status-body rich-text">
{BODY}
</div>
<div class="panel panel--contact"><h2 class="panel__title">Need help?</h2><p>Call our customer team on 0800 066 5000, 7am to 9pm every day.</p><p><a class="btn" href="/help/contact/">Contact us</a> <a class="btn btn--secondary" href="/help/refunds/">Refunds</a></p></div>
<div class="other-routes"><h2>Other routes</h2><ul><li><a href="/status/mallaig-armadale/">Mallaig – Armadale: normal service</a></li><li><a href="/status/ullapool-stornoway/">Ullapool – Stornoway: amber warning</a></li></ul></div>
</main>
<footer class="wif-footer"><a href="/accessibility/">Accessibility</a> <a href="/privacy/">Privacy</a> © Western Isles Ferries Ltd</footer>
</body></html>
"""
page(part(17), "en-ferry-service-update", "https://www.westernislesferries.test/status/oban-craignure/2026-12-08", B, H.replace("{BODY}", render(B)),
     ["Updated: Monday 7 December 2026", "Call our customer team on 0800 066 5000", "Need help?", "Other routes", "Disrupted"],
     must=("Under review", "Please check this page again before you set off."))

# --- 18 es-faq-distribuidora (article; held out): an electricity
# distributor's FAQ (questions in <h3> inside a list of <div
# class="pregunta">), then a contact box with a heading, one sentence, a
# phone line and two button links.
B = [
    ("p", "Resolvemos las dudas más habituales sobre los cortes de suministro programados por obras de mejora en la red eléctrica."),
    ("h3", "¿Cómo sé si mi calle tendrá un corte programado?"),
    ("p", "Publicamos los cortes programados con al menos cinco días de antelación en esta web y avisamos por carta o SMS a los clientes afectados."),
    ("h3", "¿Cuánto dura un corte programado?"),
    ("p", "La mayoría dura entre dos y cuatro horas. El aviso indica siempre la hora de inicio y la hora prevista de fin."),
    ("h3", "¿Qué hago si tengo un equipo médico en casa?"),
    ("p", "Si en su domicilio hay un equipo médico que necesita electricidad, regístrelo como suministro esencial y le llamaremos antes de cada corte."),
    ("h3", "¿Me compensan por el corte?"),
    ("p", "Los cortes programados y avisados no dan derecho a compensación. Los cortes imprevistos de más de seis horas sí pueden darlo."),
]
rows = []
for i in range(1, len(B), 2):
    rows.append('<div class="pregunta"><h3 class="pregunta__titulo">%s</h3><div class="pregunta__respuesta"><p>%s</p></div></div>' % (E(B[i][1]), E(B[i + 1][1])))
H = """<!DOCTYPE html>
<html lang="es">
<head><meta charset="utf-8"><title>Preguntas frecuentes sobre cortes programados | Distribuidora Eléctrica del Sur</title>
<meta property="og:type" content="website"></head>
<body>
<header class="cab"><a class="logo" href="/">Distribuidora Eléctrica del Sur</a><nav><a href="/averias">Averías</a><a href="/cortes">Cortes programados</a><a href="/clientes">Clientes</a></nav></header>
<main class="contenido">
<h1>Preguntas frecuentes sobre cortes programados</h1>
<div class="intro">{INTRO}</div>
<div class="preguntas">
{ROWS}
</div>
<div class="caja-contacto"><h2>¿No encuentra su respuesta?</h2><p>Nuestro equipo le atiende las 24 horas.</p><p class="tel">Averías: 900 850 840</p><p><a class="boton" href="/contacto">Escríbanos</a> <a class="boton boton--sec" href="/oficinas">Buscar oficina</a></p></div>
</main>
<footer class="pie">© 2026 Distribuidora Eléctrica del Sur, S.A. · <a href="/privacidad">Privacidad</a></footer>
</body></html>
"""
page(part(18), "es-faq-distribuidora", "https://www.electricadelsur.test/cortes/preguntas-frecuentes", B,
     H.replace("{INTRO}", render(B[:1])).replace("{ROWS}", "\n".join(rows)),
     ["¿No encuentra su respuesta?", "Nuestro equipo le atiende las 24 horas.", "Averías: 900 850 840", "Buscar oficina"],
     must=("Los cortes imprevistos de más de seis horas sí pueden darlo.",))
