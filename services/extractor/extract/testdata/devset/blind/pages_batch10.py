# The tenth batch, written after extractor 1.14.0 and before it was run on
# these pages: the kinds of page that held-out pages of earlier batches
# still lose, on layouts none of those pages used. Q&A pages whose question
# and answers share their first class name ("post question", "post answer
# accepted"); forum posts followed by a "Quote Reply" line of links in the
# board's language; a contact box after an FAQ whose lines hold one full
# sentence and button links; a story that runs across sibling content
# elements of a page builder with differing wrappers (TYPO3 frames, Drupal
# paragraphs, element ids); recipe cards with a card title head, a
# nutrition line and a call to action; a single subscription card (one
# plan box, no sibling plans) beside a visible lede; bylines with
# abbreviated months and "à 18:05"-style times.
#
# Judgment calls, following the README's contract: a Q&A page's text is
# its question and answers (no vote counts, user cards or comment links);
# a forum page's text is its first post; a contact box, a recipe card's
# call to action and nutrition line, and an offer are never text (the
# recipe's ingredients and steps are); a page with a visible lede and an
# offer for the rest is a paywalled article whose text is the lede.
#
# Parts were assigned by a fixed rule before the extractor was run: in the
# order written, every third page (3rd, 6th, 9th, 12th) is held out.
from kit import E, page, render


def part(n):
    return "heldout" if n % 3 == 0 else "tune"


# --- 1 en-qa-post-classes (article): a Stack-Exchange-like Q&A page for a
# gardening community; the question and both answers are <div class="post
# question"> / <div class="post answer accepted"> / <div class="post
# answer">, each with a vote column, a user card and a comment line.
Q = [
    ("p", "My lemon tree has been indoors since October next to a south-facing window. In the last three weeks about half of its leaves have turned yellow and dropped, starting with the oldest ones near the trunk."),
    ("p", "I water it once a week until water runs out of the drainage holes. The room is about 21 °C during the day and 17 °C at night. Is this normal for the winter, or am I doing something wrong?"),
]
A1 = [
    ("p", "Leaf drop after moving a citrus indoors is very common and is usually caused by the sudden drop in light, not by the temperature. The tree sheds leaves it can no longer support."),
    ("p", "Weekly watering is probably too much for winter. Let the top five centimetres of soil dry out before you water again, and check with a finger rather than the calendar."),
    ("ul", ["Give it as much direct light as possible, or add a grow light for 12 hours a day.", "Keep it away from radiators and cold draughts.", "Do not feed it until new growth appears in spring."]),
]
A2 = [
    ("p", "Also check the underside of the leaves for spider mites. Dry indoor air in winter makes them spread fast, and the first sign is often yellowing with fine speckles."),
]
B = Q + A1 + A2
def post(cls, blocks, votes, user, extra=""):
    return ('<div class="post %s"><div class="votecell"><button class="vote-up" aria-label="Up vote">▲</button><span class="vote-count">%d</span><button class="vote-down" aria-label="Down vote">▼</button></div>'
            '<div class="postcell"><div class="s-prose">%s</div>%s<div class="post-signature"><a href="/users/%s">%s</a> <span class="rep">1,204</span></div>'
            '<div class="comments"><a class="comments-link" href="#">Add a comment</a></div></div></div>') % (cls, votes, render(blocks), extra, user.lower(), user)
H = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Why is my indoor lemon tree dropping yellow leaves in winter? - Gardening Exchange</title>
<meta property="og:type" content="website"></head>
<body>
<header class="top-bar"><a class="logo" href="/">Gardening Exchange</a><form class="search"><input name="q" placeholder="Search…"></form><a href="/users/login">Log in</a><a href="/users/signup">Sign up</a></header>
<div id="content">
<div id="question-header"><h1><a href="/questions/5521/">Why is my indoor lemon tree dropping yellow leaves in winter?</a></h1><a class="ask" href="/questions/ask">Ask Question</a></div>
<div class="question-stats">Asked 2 days ago · Viewed 318 times</div>
<div id="mainbar">
{Q}
<div id="answers"><h2 class="answers-header">2 Answers</h2><div class="sort">Sorted by: Highest score</div>
{A1}
{A2}
</div>
<div class="your-answer"><h2>Your Answer</h2><textarea name="post-text"></textarea><button>Post Your Answer</button></div>
</div>
<div id="sidebar"><div class="related"><h4>Related</h4><a href="/questions/411/">How often should I water citrus in pots?</a><a href="/questions/987/">Grow lights for fruit trees</a></div></div>
</div>
<footer>Site design / logo © 2026 Gardening Exchange; user contributions licensed under CC BY-SA.</footer>
</body></html>
"""
H = H.replace("{Q}", post("question", Q, 7, "Marta_K", '<div class="post-taglist"><a class="tag" href="/tags/citrus">citrus</a><a class="tag" href="/tags/indoor">indoor</a></div>'))
H = H.replace("{A1}", post("answer accepted", A1, 12, "GreenThumbPete")).replace("{A2}", post("answer", A2, 3, "lin_w"))
page(part(1), "en-qa-post-classes", "https://gardening.exchange.test/questions/5521/indoor-lemon-tree-yellow-leaves", B, H,
     ["Add a comment", "Your Answer", "Post Your Answer", "Related", "Asked 2 days ago", "Sorted by"],
     must=("Do not feed it until new growth appears in spring.", "Also check the underside of the leaves for spider mites."))

# --- 2 de-forum-zitieren (article): a WoltLab-like board; the first post,
# then a "Zitieren · Antworten · Melden" line of links, then two replies
# with the same line.
B = [
    ("p", "Hallo zusammen, ich möchte unseren Altbau von 1962 mit einer Luft-Wasser-Wärmepumpe heizen und habe jetzt zwei Angebote vorliegen. Die Heizlast hat der Energieberater mit 9,2 kW berechnet."),
    ("p", "Angebot A ist ein Monoblock mit 10 kW für 28.400 € inklusive Pufferspeicher, Angebot B ein Split-Gerät mit 9 kW für 24.900 € ohne Puffer. Beide Firmen wollen die Heizkörper im Wohnzimmer und im Bad tauschen."),
    ("p", "Was mich unsicher macht:"),
    ("ul", ["Braucht man bei Fußbodenheizung im Bad überhaupt einen Puffer?", "Ist ein Split-Gerät im Winter lauter?", "Lohnt sich der Aufpreis für die größere Leistung?"]),
    ("p", "Danke für eure Erfahrungen!"),
]
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Wärmepumpe im Altbau: zwei Angebote – welches nehmen? - Haustechnik-Forum</title></head>
<body>
<div class="pageHeader"><a class="pageHeaderLogo" href="/">Haustechnik-Forum</a><nav class="mainMenu"><a href="/forum/">Forum</a><a href="/lexikon/">Lexikon</a><a href="/mitglieder/">Mitglieder</a></nav><a href="/login/">Anmelden oder registrieren</a></div>
<nav class="breadcrumbs"><a href="/forum/">Forum</a> › <a href="/forum/heizung/">Heizung</a> › <a href="/forum/heizung/waermepumpe/">Wärmepumpe</a></nav>
<div class="main">
<header class="contentHeader"><h1 class="contentTitle">Wärmepumpe im Altbau: zwei Angebote – welches nehmen?</h1><ul class="inlineList"><li>Tobias_F</li><li>3. Dez. 2026</li></ul></header>
<div class="messageList">
<article class="message messageSidebarOrientationLeft" id="post8812">
<aside class="messageSidebar"><a class="userAvatar" href="/user/tobias-f/">Tobias_F</a><div class="userTitle">Neuling</div><dl class="plain"><dt>Beiträge</dt><dd>4</dd></dl></aside>
<div class="messageContent"><header class="messageHeader"><a href="#post8812">3. Dez. 2026 · 09:41</a> <a class="messagePosition" href="#post8812">#1</a></header>
<div class="messageBody"><div class="messageText">
{BODY}
</div></div>
<footer class="messageFooter"><ul class="messageFooterButtons buttonList"><li><a class="jsQuoteMessage" href="#">Zitieren</a></li><li><a href="/forum/reply/8812">Antworten</a></li><li><a href="/report/8812">Melden</a></li></ul></footer></div>
</article>
<article class="message messageSidebarOrientationLeft" id="post8815">
<aside class="messageSidebar"><a class="userAvatar" href="/user/heizungsbauer-k/">Heizungsbauer_K</a><div class="userTitle">Profi</div></aside>
<div class="messageContent"><header class="messageHeader"><a href="#post8815">3. Dez. 2026 · 10:12</a> <a class="messagePosition" href="#post8815">#2</a></header>
<div class="messageBody"><div class="messageText"><p>Bei 9,2 kW Heizlast würde ich eher das kleinere Gerät nehmen, Takten ist schlimmer als knapp dimensioniert.</p></div></div>
<footer class="messageFooter"><ul class="messageFooterButtons buttonList"><li><a class="jsQuoteMessage" href="#">Zitieren</a></li><li><a href="/forum/reply/8815">Antworten</a></li><li><a href="/report/8815">Melden</a></li></ul></footer></div>
</article>
<article class="message messageSidebarOrientationLeft" id="post8820">
<aside class="messageSidebar"><a class="userAvatar" href="/user/sonnenhaus/">Sonnenhaus</a><div class="userTitle">Erfahrener Benutzer</div></aside>
<div class="messageContent"><header class="messageHeader"><a href="#post8820">3. Dez. 2026 · 11:03</a> <a class="messagePosition" href="#post8820">#3</a></header>
<div class="messageBody"><div class="messageText"><p>Unser Split-Gerät hört man nachts im Garten kaum, aber lass dir die Schallwerte schriftlich geben.</p></div></div>
<footer class="messageFooter"><ul class="messageFooterButtons buttonList"><li><a class="jsQuoteMessage" href="#">Zitieren</a></li><li><a href="/forum/reply/8820">Antworten</a></li><li><a href="/report/8820">Melden</a></li></ul></footer></div>
</article>
</div>
<div class="quickReply"><h2>Jetzt mitmachen!</h2><p>Sie haben noch kein Benutzerkonto auf unserer Seite? Registrieren Sie sich kostenlos und nehmen Sie an unserer Community teil!</p><a class="button" href="/register/">Benutzerkonto erstellen</a></div>
</div>
<footer class="pageFooter"><a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutzerklärung</a> Forensoftware: WoltLab Suite™</footer>
</body></html>
"""
page(part(2), "de-forum-zitieren", "https://www.haustechnik-forum.test/thread/4471-waermepumpe-im-altbau-zwei-angebote/", B,
     H.replace("{BODY}", render(B)),
     ["Zitieren", "Melden", "Takten ist schlimmer", "Jetzt mitmachen!", "Benutzerkonto erstellen", "Beiträge"],
     must=("Danke für eure Erfahrungen!", "Lohnt sich der Aufpreis für die größere Leistung?"))

# --- 3 fr-forum-citer (article; held out): a phpBB-like board (prosilver)
# in French; the first post, its "Citer" button row, a signature, then one
# reply.
B = [
    ("p", "Bonjour à tous, je prépare la traversée des Pyrénées à vélo par la route des cols, de Hendaye à Cerbère, en douze étapes au mois de juin."),
    ("p", "Je compte dormir en gîte la plupart des nuits, mais je me demande s'il faut réserver longtemps à l'avance, surtout côté Ariège où les hébergements sont rares."),
    ("p", "Autre question : vaut-il mieux faire le Tourmalet par Luz-Saint-Sauveur ou par Sainte-Marie-de-Campan quand on est chargé ?"),
    ("p", "Merci d'avance pour vos conseils."),
]
H = """<!DOCTYPE html>
<html lang="fr" dir="ltr">
<head><meta charset="utf-8"><title>Traversée des Pyrénées en juin : réserver les gîtes ? - Forum Vélo Voyageur</title></head>
<body id="phpbb" class="section-viewtopic ltr">
<div id="wrap" class="wrap">
<div class="headerbar"><a id="logo" class="logo" href="./index.php">Forum Vélo Voyageur</a><div class="search-header"><input name="keywords" placeholder="Rechercher…"></div></div>
<div class="navbar"><ul class="nav-main"><li><a href="./faq.php">FAQ</a></li><li><a href="./ucp.php?mode=login">Connexion</a></li><li><a href="./ucp.php?mode=register">S’enregistrer</a></li></ul>
<ul class="nav-breadcrumbs"><li><a href="./index.php">Accueil du forum</a> ‹ <a href="./viewforum.php?f=7">Préparer son voyage</a></li></ul></div>
<div id="page-body" class="page-body">
<h2 class="topic-title"><a href="./viewtopic.php?t=2291">Traversée des Pyrénées en juin : réserver les gîtes ?</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=2291" class="button">Répondre</a><div class="pagination">3 messages • Page 1 sur 1</div></div>
<div id="p19023" class="post has-profile bg2">
<div class="inner">
<dl class="postprofile"><dt><a href="./memberlist.php?u=88" class="username">cyclorando64</a></dt><dd class="profile-posts"><strong>Messages :</strong> 37</dd><dd class="profile-joined"><strong>Inscription :</strong> mars 2024</dd></dl>
<div class="postbody"><div id="post_content19023">
<h3 class="first"><a href="#p19023">Traversée des Pyrénées en juin : réserver les gîtes ?</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=19023" class="button button-icon-only" title="Citer"><span>Citer</span></a></li></ul>
<p class="author"><a href="./viewtopic.php?p=19023#p19023">Message</a> par <strong>cyclorando64</strong> » jeu. 3 déc. 2026 08:17</p>
<div class="content">{BODY}</div>
<div id="sig19023" class="signature">Un vélo, deux sacoches, et la route devant.</div>
</div></div>
</div></div>
<div id="p19031" class="post has-profile bg1">
<div class="inner">
<dl class="postprofile"><dt><a href="./memberlist.php?u=12" class="username">Pédalemousse</a></dt><dd class="profile-posts"><strong>Messages :</strong> 1204</dd></dl>
<div class="postbody"><div id="post_content19031">
<h3><a href="#p19031">Re: Traversée des Pyrénées en juin : réserver les gîtes ?</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=19031" class="button button-icon-only" title="Citer"><span>Citer</span></a></li></ul>
<p class="author">par <strong>Pédalemousse</strong> » jeu. 3 déc. 2026 12:40</p>
<div class="content">En juin, réserve au moins un mois avant pour l'Ariège, le reste se trouve souvent la veille.</div>
</div></div>
</div></div>
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=2291" class="button">Répondre</a> <a href="./viewforum.php?f=7">Retourner vers « Préparer son voyage »</a></div>
</div>
<div class="page-footer"><div class="copyright">Développé par phpBB® Forum Software © phpBB Limited · Traduit par phpBB-fr.com</div></div>
</div>
</body></html>
"""
page(part(3), "fr-forum-citer", "https://forum.velo-voyageur.test/viewtopic.php?t=2291", B,
     H.replace("{BODY}", render(B, p=lambda t: E(t) + "<br><br>")),
     ["Citer", "Messages :", "Un vélo, deux sacoches", "réserve au moins un mois avant", "Retourner vers", "Développé par phpBB"],
     must=("Merci d'avance pour vos conseils.",))

# --- 4 nl-faq-contactblok (article): a water company's FAQ page in
# <h3>/<p> pairs, then a contact box: a heading, one full sentence, an
# opening-hours line and two button links.
B = [
    ("p", "Op deze pagina vindt u antwoorden op de meestgestelde vragen over de nieuwe watermeter die wij dit jaar bij alle klanten in de regio plaatsen."),
    ("h3", "Waarom krijg ik een nieuwe watermeter?"),
    ("p", "Watermeters moeten volgens de wet na een bepaalde periode worden vervangen. Uw huidige meter is ouder dan vijftien jaar en komt daarom in aanmerking voor vervanging."),
    ("h3", "Moet ik thuis zijn bij de wisseling?"),
    ("p", "Ja. De monteur heeft toegang nodig tot de meterkast. De wisseling duurt ongeveer twintig minuten en u zit in die tijd zonder water."),
    ("h3", "Kost de nieuwe meter mij iets?"),
    ("p", "Nee, de vervanging is gratis. De kosten zitten al in het vastrecht dat u jaarlijks betaalt."),
    ("h3", "Hoe lees ik de nieuwe meter af?"),
    ("p", "De nieuwe meter heeft een digitaal display. Druk één keer op de knop en de meterstand verschijnt in kubieke meters."),
]
H = """<!DOCTYPE html>
<html lang="nl">
<head><meta charset="utf-8"><title>Veelgestelde vragen over de nieuwe watermeter | Waterbedrijf Rivierenland</title>
<meta property="og:type" content="website"></head>
<body>
<header class="site-header"><a class="logo" href="/">Waterbedrijf Rivierenland</a><nav class="hoofdmenu"><a href="/thuis/">Thuis</a><a href="/zakelijk/">Zakelijk</a><a href="/storingen/">Storingen</a><a href="/mijn/">Mijn Rivierenland</a></nav></header>
<nav class="kruimelpad"><a href="/">Home</a> › <a href="/thuis/">Thuis</a> › Nieuwe watermeter</nav>
<main id="main-content">
<div class="layout layout--sidebar">
<div class="layout__main">
<h1>Veelgestelde vragen over de nieuwe watermeter</h1>
<div class="rich-text">
{BODY}
</div>
<section class="contact-blok">
<h2>Staat uw vraag er niet bij?</h2>
<p>Onze klantenservice helpt u graag verder met al uw vragen over de watermeter.</p>
<p class="openingstijden">Ma t/m vr 8.00 - 17.00 uur</p>
<p class="knoppen"><a class="btn btn--primair" href="/contact/formulier/">Stuur een bericht</a> <a class="btn btn--secundair" href="tel:0881234567">Bel 088 123 45 67</a></p>
</section>
</div>
<aside class="layout__side"><h2>Direct regelen</h2><ul><li><a href="/mijn/meterstand/">Meterstand doorgeven</a></li><li><a href="/mijn/verhuizen/">Verhuizing doorgeven</a></li></ul></aside>
</div>
</main>
<footer class="site-footer"><a href="/privacy/">Privacy</a> <a href="/cookies/">Cookies</a> © Waterbedrijf Rivierenland</footer>
</body></html>
"""
page(part(4), "nl-faq-contactblok", "https://www.rivierenland-water.test/thuis/nieuwe-watermeter/vragen/", B,
     H.replace("{BODY}", render(B)),
     ["Staat uw vraag er niet bij?", "Onze klantenservice helpt u graag", "Ma t/m vr 8.00", "Stuur een bericht", "Direct regelen"],
     must=("Nee, de vervanging is gratis. De kosten zitten al in het vastrecht dat u jaarlijks betaalt.",))

# --- 5 de-typo3-frames (article): a TYPO3 site's press release whose
# text runs over five content elements, each a <div id="c123"
# class="frame frame-default frame-type-..."> with a differing inner
# wrapper (text, textpic with a figure, bullets, header-only, text).
def frame(cid, ftype, inner):
    return '<div id="c%d" class="frame frame-default frame-type-%s frame-layout-0"><a id="c%d-anchor"></a>%s</div>' % (cid, ftype, cid, inner)
S1 = [
    ("p", "Die Stadtwerke Lüneburg-Heide senken zum 1. Februar 2027 den Arbeitspreis für Fernwärme um 1,4 Cent je Kilowattstunde. Ein Haushalt mit einem Verbrauch von 12.000 Kilowattstunden im Jahr spart damit rund 168 Euro."),
    ("p", "Grund für die Senkung sind gesunkene Einkaufspreise für Erdgas und der höhere Anteil von Wärme aus dem neuen Biomasse-Heizwerk, das seit Oktober am Netz ist."),
]
S2 = [("p", "Das Heizwerk ersetzt zwei Gaskessel aus den Neunzigerjahren und deckt inzwischen knapp ein Drittel des Wärmebedarfs im Netz.")]
S3 = [("h", "Was sich für Kundinnen und Kunden ändert")]
S4 = [("ul", ["Der neue Preis gilt automatisch, ein Antrag ist nicht nötig.", "Die Abschläge werden mit der nächsten Rechnung angepasst.", "Der Grundpreis bleibt unverändert."])]
S5 = [("p", "Bis 2030 wollen die Stadtwerke den Anteil erneuerbarer Wärme im Netz auf 60 Prozent steigern. Dafür ist eine Großwärmepumpe am Klärwerk in Planung.")]
B = S1 + S2 + S3 + S4 + S5
BODY = "\n".join([
    frame(2211, "text", '<div class="ce-bodytext">%s</div>' % render(S1)),
    frame(2212, "textpic", '<div class="ce-textpic ce-right ce-intext"><div class="ce-gallery" data-ce-columns="1"><figure class="image"><img src="/fileadmin/heizwerk.jpg" alt=""><figcaption class="image-caption">Das Biomasse-Heizwerk am Hafen. Foto: Stadtwerke</figcaption></figure></div><div class="ce-bodytext">%s</div></div>' % render(S2)),
    frame(2213, "header", '<header>%s</header>' % render(S3)),
    frame(2214, "bullets", render(S4, ul=lambda items, li: '<ul class="ce-bullets">%s</ul>' % "".join(li(i) for i in items))),
    frame(2215, "text", '<div class="ce-bodytext">%s</div>' % render(S5)),
    frame(2216, "uploads", '<ul class="ce-uploads"><li><a href="/fileadmin/pm-fernwaerme.pdf">Pressemitteilung als PDF</a> <span class="ce-uploads-filesize">182 KB</span></li></ul>'),
])
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Fernwärme wird ab Februar günstiger: Stadtwerke Lüneburg-Heide</title>
<meta name="generator" content="TYPO3 CMS"></head>
<body id="p88">
<header id="page-header"><a class="navbar-brand" href="/">Stadtwerke Lüneburg-Heide</a><nav id="mainnavigation"><a href="/privatkunden/">Privatkunden</a><a href="/geschaeftskunden/">Geschäftskunden</a><a href="/unternehmen/">Unternehmen</a><a href="/presse/">Presse</a></nav></header>
<div id="page-content" class="bp-page-header section section-default">
<div class="container"><nav class="breadcrumb-section"><a href="/">Start</a> / <a href="/presse/">Presse</a> / Fernwärme</nav>
<main class="maincontent-wrap">
<div id="c2210" class="frame frame-default frame-type-header frame-layout-0"><header><h1 class="element-header">Fernwärme wird ab Februar günstiger</h1><p class="element-subheader">Pressemitteilung vom 2. Dez. 2026</p></header></div>
{BODY}
<div id="c2217" class="frame frame-default frame-type-text frame-layout-1 frame-background-light"><div class="ce-bodytext"><p><strong>Pressekontakt</strong><br>Jana Wiese, Unternehmenskommunikation<br>Telefon 04131 555-210<br><a href="mailto:presse@swlh.test">presse@swlh.test</a></p></div></div>
</main></div></div>
<footer id="page-footer"><a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a> <a href="/barrierefreiheit/">Barrierefreiheit</a></footer>
</body></html>
"""
page(part(5), "de-typo3-frames", "https://www.stadtwerke-lh.test/presse/fernwaerme-guenstiger/", B,
     H.replace("{BODY}", BODY),
     ["Das Biomasse-Heizwerk am Hafen", "Pressemitteilung als PDF", "Pressekontakt", "Telefon 04131 555-210", "Barrierefreiheit"],
     must=("Das Heizwerk ersetzt zwei Gaskessel aus den Neunzigerjahren und deckt inzwischen knapp ein Drittel des Wärmebedarfs im Netz.", "Der Grundpreis bleibt unverändert.", "Dafür ist eine Großwärmepumpe am Klärwerk in Planung."))

# --- 6 ru-qa-post-classes (article; held out): a Russian Q&A site
# (Toster-like); question and answers are <article class="post
# question">, <article class="post answer answer_solution">, each with
# a rating block and a "Написано ... / Нравится / Комментировать" line.
Q = [
    ("p", "Есть таблица заказов на 40 миллионов строк в PostgreSQL 16. Запрос с фильтром по дате и статусу выполняется около восьми секунд, хотя индекс по дате есть."),
    ("p", "EXPLAIN показывает Seq Scan. Почему планировщик не использует индекс и как ускорить запрос?"),
]
A1 = [
    ("p", "Скорее всего, условие по статусу отбирает слишком большую долю строк, и планировщик считает последовательное чтение дешевле. Проверьте, обновлена ли статистика: выполните ANALYZE для таблицы."),
    ("p", "Если запросы почти всегда фильтруют по обоим полям, создайте составной индекс по статусу и дате, именно в таком порядке."),
]
A2 = [("p", "Ещё стоит посмотреть на частичный индекс, если нужный статус встречается редко: он будет намного меньше полного.")]
B = Q + A1 + A2
def post(cls, blocks, rating, user):
    return ('<article class="post %s"><div class="post__rating"><button class="btn_like">Нравится</button> <span class="rating-count">%d</span></div>'
            '<div class="post__body"><div class="user-summary"><a href="/user/%s">%s</a></div><div class="post__text">%s</div>'
            '<div class="post__footer"><span class="post__time">Написано 4 дек. 2026</span> <a href="#" class="link_comment">Комментировать</a> <a href="#" class="link_complaint">Пожаловаться</a></div></div></article>') % (cls, rating, user, user, render(blocks))
H = """<!DOCTYPE html>
<html lang="ru">
<head><meta charset="utf-8"><title>Почему PostgreSQL не использует индекс по дате? — Вопрос-Ответ для разработчиков</title></head>
<body>
<header class="header"><a class="logo" href="/">Вопрос-Ответ</a><nav><a href="/questions/">Все вопросы</a><a href="/tags/">Теги</a><a href="/users/">Пользователи</a></nav><a class="btn" href="/question/new">Задать вопрос</a></header>
<div class="page__body">
<div class="question-head"><ul class="tags-list"><li><a href="/tag/postgresql">PostgreSQL</a></li><li><a href="/tag/sql">SQL</a></li></ul><h1 class="question__title">Почему PostgreSQL не использует индекс по дате?</h1><div class="question__stats">1 подписчик · 214 просмотров</div></div>
{Q}
<section class="section_solutions"><h2 class="section-header">Решения вопроса 1</h2>{A1}</section>
<section class="section_answers"><h2 class="section-header">Ответы на вопрос 1</h2>{A2}</section>
<div class="answer-form"><h2>Ваш ответ на вопрос</h2><textarea></textarea><button>Опубликовать ответ</button></div>
<aside class="related_questions"><h3>Похожие вопросы</h3><ul><li><a href="/q/77">Как ускорить COUNT(*) в PostgreSQL?</a></li><li><a href="/q/91">Когда нужен VACUUM FULL?</a></li></ul></aside>
</div>
<footer class="footer">© 2026 Вопрос-Ответ · <a href="/rules/">Правила</a></footer>
</body></html>
"""
H = H.replace("{Q}", post("question", Q, 4, "dba_novice")).replace("{A1}", post("answer answer_solution", A1, 9, "pg_guru")).replace("{A2}", post("answer", A2, 2, "olegv"))
page(part(6), "ru-qa-post-classes", "https://qa.devs.test/q/31877", B, H,
     ["Комментировать", "Пожаловаться", "Ваш ответ на вопрос", "Похожие вопросы", "214 просмотров"],
     must=("EXPLAIN показывает Seq Scan.", "Ещё стоит посмотреть на частичный индекс"))

# --- 7 it-scheda-ricetta (article): a food blog post: an intro of two
# paragraphs, then a recipe card with a card head (title, times, "Stampa"
# button), ingredients, steps, a nutrition line and a call to action.
INTRO = [
    ("p", "Quando arriva il freddo a casa nostra non mancano mai i canederli. Questa è la ricetta di mia nonna, che li preparava ogni domenica di dicembre con il pane raffermo della settimana."),
    ("p", "Il segreto è lasciare riposare l'impasto almeno mezz'ora, così il pane assorbe bene il latte e i canederli non si sfaldano in cottura."),
]
ING = [("h3", "Ingredienti"), ("ul", ["300 g di pane raffermo a cubetti", "150 g di speck a dadini", "2 uova", "250 ml di latte", "2 cucchiai di farina", "Erba cipollina, sale"])]
STEPS = [("h3", "Preparazione"), ("ol", ["Metti il pane in una ciotola e versaci sopra il latte tiepido sbattuto con le uova.", "Aggiungi lo speck, l'erba cipollina e la farina, mescola e lascia riposare 30 minuti.", "Forma otto palline con le mani bagnate e cuocile in brodo bollente per 15 minuti."])]
B = INTRO + ING + STEPS
H = """<!DOCTYPE html>
<html lang="it">
<head><meta charset="utf-8"><title>Canederli allo speck, la ricetta della nonna - La Cucina di Sara</title>
<meta property="og:type" content="article"></head>
<body class="post-template-default single">
<header class="site-header"><a class="site-title" href="/">La Cucina di Sara</a><nav><a href="/primi/">Primi</a><a href="/secondi/">Secondi</a><a href="/dolci/">Dolci</a></nav></header>
<div class="site-inner"><main class="content">
<article class="post type-post entry">
<header class="entry-header"><h1 class="entry-title">Canederli allo speck, la ricetta della nonna</h1><p class="entry-meta">5 dic 2026 · Sara Pichler · <a href="#commenti">12 commenti</a></p></header>
<div class="entry-content">
{INTRO}
<div class="wprm-recipe-container"><div class="wprm-recipe wprm-recipe-template-card">
<div class="wprm-recipe-card-head"><h2 class="wprm-recipe-name">Canederli allo speck</h2><div class="wprm-recipe-times"><span>Preparazione: 20 min</span> <span>Cottura: 15 min</span> <span>Porzioni: 4</span></div><a class="wprm-recipe-print" href="/wprm_print/88">Stampa</a> <a class="wprm-recipe-pin" href="#">Salva su Pinterest</a></div>
<div class="wprm-recipe-ingredients-container">{ING}</div>
<div class="wprm-recipe-instructions-container">{STEPS}</div>
<div class="wprm-nutrition-label-container"><span class="wprm-nutrition-label-text-nutrition-container">Calorie: 410 kcal | Carboidrati: 44 g | Proteine: 19 g | Grassi: 17 g</span></div>
<div class="wprm-call-to-action"><span class="wprm-call-to-action-header">L'hai provata?</span> <span class="wprm-call-to-action-text">Tagga @lacucinadisara su Instagram e usa #cucinadisara!</span></div>
</div></div>
</div>
</article>
<section id="commenti"><h3>12 commenti</h3><p>Lascia un commento</p></section>
</main></div>
<footer class="site-footer">© 2026 La Cucina di Sara · <a href="/privacy/">Privacy</a></footer>
</body></html>
"""
page(part(7), "it-scheda-ricetta", "https://www.lacucinadisara.test/canederli-allo-speck/", B,
     H.replace("{INTRO}", render(INTRO)).replace("{ING}", render(ING)).replace("{STEPS}", render(STEPS)),
     ["Preparazione: 20 min", "Stampa", "Salva su Pinterest", "Calorie: 410 kcal", "L'hai provata?", "Tagga @lacucinadisara", "Lascia un commento"],
     must=("Erba cipollina, sale", "Forma otto palline con le mani bagnate e cuocile in brodo bollente per 15 minuti."))

# --- 8 es-oferta-unica (article, paywalled): a regional daily's story with
# a visible lede of two paragraphs and one subscription card (no sibling
# plans) for the rest; no schema.org paywall markup.
B = [
    ("p", "El Ayuntamiento de Valladolid ha adjudicado por 14,6 millones de euros la reforma integral del mercado del Val, cerrado desde el verano por problemas en la cubierta. Las obras empezarán en marzo y durarán dieciocho meses."),
    ("p", "Durante la reforma, los 22 puestos del mercado se trasladarán a una carpa provisional en la plaza de Portugalete. Los comerciantes no pagarán alquiler mientras dure el traslado, según el acuerdo aprobado ayer en la junta de gobierno."),
]
H = """<!DOCTYPE html>
<html lang="es">
<head><meta charset="utf-8"><title>Valladolid adjudica la reforma del mercado del Val | El Norte Castellano</title>
<meta property="og:type" content="article"></head>
<body>
<header class="header"><a class="logo" href="/">El Norte Castellano</a><nav><a href="/valladolid/">Valladolid</a><a href="/castilla-leon/">Castilla y León</a><a href="/deportes/">Deportes</a></nav><a class="suscribete" href="/suscripcion/">Suscríbete</a></header>
<main class="main">
<article class="v-a">
<h1 class="v-a-t">Valladolid adjudica la reforma del mercado del Val</h1>
<p class="v-a-sub">Las obras costarán 14,6 millones y los puestos irán a una carpa en Portugalete</p>
<div class="v-a-aut">Laura Gómez · Valladolid · Sáb, 5 dic 2026, 07:30</div>
<div class="v-a-body">
{BODY}
</div>
<div class="v-paywall-ct">
<div class="v-paywall-card">
<p class="v-paywall-card__kicker">Esta noticia es exclusiva para suscriptores</p>
<h3 class="v-paywall-card__title">Suscripción digital</h3>
<p class="v-paywall-card__price">Primer mes por 1 €, después 7,95 € al mes</p>
<ul class="v-paywall-card__list"><li>Acceso ilimitado a todas las noticias</li><li>Sin compromiso de permanencia</li></ul>
<a class="v-paywall-card__btn" href="/suscripcion/oferta/">Suscríbete ahora</a>
</div>
<p class="v-paywall-login">¿Ya estás suscrito? <a href="/acceso/">Inicia sesión</a></p>
</div>
</article>
</main>
<footer><a href="/aviso-legal/">Aviso legal</a> © El Norte Castellano</footer>
</body></html>
"""
page(part(8), "es-oferta-unica", "https://www.nortecastellano.test/valladolid/reforma-mercado-val/", [("sf", "Las obras costarán 14,6 millones y los puestos irán a una carpa en Portugalete")] + B,
     H.replace("{BODY}", render(B)),
     ["exclusiva para suscriptores", "Suscripción digital", "7,95 € al mes", "Acceso ilimitado", "Ya estás suscrito"],
     paywalled=True, must=("Los comerciantes no pagarán alquiler mientras dure el traslado",))

# --- 9 pl-drupal-paragraphs (article; held out): a Drupal 10 site of a
# university; the story runs over Drupal "paragraphs" of differing types
# (text, quote, image with text, list), each with its own wrapper classes.
P1 = [("p", "Naukowcy z Wydziału Chemii opracowali nowy katalizator, który pozwala otrzymywać wodór z wody przy użyciu światła słonecznego o jedną trzecią wydajniej niż dotychczasowe materiały."),
      ("p", "Katalizator powstał z tlenku tytanu wzbogaconego atomami miedzi. Wyniki badań opublikowało w listopadzie czasopismo naukowe poświęcone energetyce.")]
P2 = [("quote", "Najważniejsze jest to, że materiał nie traci aktywności nawet po dwustu godzinach pracy.", "dr hab. Anna Wróbel")]
P3 = [("p", "Zespół pracował nad materiałem od trzech lat. W badaniach uczestniczyło ośmioro doktorantów i dwóch partnerów przemysłowych.")]
P4 = [("h", "Co dalej?"), ("ul", ["Budowa prototypu reaktora o powierzchni jednego metra kwadratowego", "Testy w warunkach zewnętrznych od wiosny 2027", "Zgłoszenie patentowe w Europejskim Urzędzie Patentowym"])]
B = P1 + P2 + P3 + P4
def para(ptype, pid, inner):
    return '<div class="paragraph paragraph--type--%s paragraph--view-mode--default" data-paragraph-id="%d">%s</div>' % (ptype, pid, inner)
BODY = "\n".join([
    para("text", 401, '<div class="clearfix text-formatted field field--name-field-text field--type-text-long field--label-hidden field__item">%s</div>' % render(P1)),
    para("cytat", 402, '<div class="field field--name-field-quote field__item">%s</div>' % render(P2)),
    para("obraz-z-tekstem", 403, '<div class="media media--type-image"><img src="/sites/default/files/lab.jpg" alt=""><div class="field--name-field-caption">Laboratorium fotokatalizy. Fot. Marek Nowak</div></div><div class="field field--name-field-body">%s</div>' % render(P3)),
    para("lista", 404, '<div class="field field--name-field-items">%s</div>' % render(P4)),
])
H = """<!DOCTYPE html>
<html lang="pl" dir="ltr">
<head><meta charset="utf-8"><title>Wodór ze światła: nowy katalizator chemików | Uniwersytet Nadwiślański</title>
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta property="og:type" content="article"></head>
<body class="path-node page-node-type-aktualnosc">
<a href="#main-content" class="visually-hidden focusable skip-link">Przejdź do treści</a>
<div class="dialog-off-canvas-main-canvas">
<header role="banner"><a href="/" rel="home" class="site-logo">Uniwersytet Nadwiślański</a><nav role="navigation"><a href="/studia">Studia</a><a href="/nauka">Nauka</a><a href="/aktualnosci">Aktualności</a></nav></header>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="region region-content">
<article data-history-node-id="1733" role="article" class="node node--type-aktualnosc node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">Wodór ze światła: nowy katalizator chemików</span></h1>
<div class="node__meta"><span class="field--name-created">4 gru 2026</span> · <span class="field--name-uid">Biuro Prasowe</span></div>
<div class="node__content">
<div class="field field--name-field-paragraphs field--type-entity-reference-revisions field--label-hidden field__items"><div class="field__item">
{BODY}
</div></div>
<div class="field field--name-field-tags field__items"><a href="/tagi/chemia">chemia</a> <a href="/tagi/energia">energia</a></div>
</div>
</article>
<div class="block block-share"><h2>Udostępnij</h2><a href="#">Facebook</a> <a href="#">LinkedIn</a></div>
</div>
</main>
<footer role="contentinfo"><p>Uniwersytet Nadwiślański, ul. Uniwersytecka 1</p><a href="/deklaracja-dostepnosci">Deklaracja dostępności</a></footer>
</div>
</body></html>
"""
page(part(9), "pl-drupal-paragraphs", "https://www.un.test/aktualnosci/wodor-ze-swiatla-nowy-katalizator", B,
     H.replace("{BODY}", BODY),
     ["Laboratorium fotokatalizy", "Udostępnij", "Deklaracja dostępności", "Przejdź do treści"],
     must=("Zgłoszenie patentowe w Europejskim Urzędzie Patentowym", "W badaniach uczestniczyło ośmioro doktorantów i dwóch partnerów przemysłowych."))

# --- 10 fr-signature-heure (article): a regional news site; the byline
# block reads "Par Claire Morin · Publié le 5 déc. 2026 à 18:05, mis à
# jour le 6 déc. à 09:12" in two <p>s inside the article body wrapper,
# above a short story whose last paragraph is one line.
B = [
    ("p", "La préfecture de la Drôme a levé samedi soir les restrictions d'usage de l'eau en vigueur depuis le mois de juillet dans quarante-deux communes du sud du département."),
    ("p", "Les pluies de novembre ont permis aux nappes phréatiques de retrouver un niveau proche de la normale, selon le dernier bulletin du service hydrologique. Le débit de la Drôme à Saillans a triplé en un mois."),
    ("p", "Les agriculteurs pourront de nouveau irriguer sans horaires imposés et le remplissage des piscines privées est à nouveau autorisé."),
    ("p", "Un nouveau point est prévu en mars."),
]
H = """<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>Sécheresse : fin des restrictions d'eau dans le sud de la Drôme - Le Dauphiné Rhodanien</title>
<meta property="og:type" content="article"></head>
<body>
<header class="entete"><a class="logo" href="/">Le Dauphiné Rhodanien</a><nav><a href="/drome/">Drôme</a><a href="/ardeche/">Ardèche</a><a href="/isere/">Isère</a></nav></header>
<main>
<article class="article-detail">
<div class="article-detail__content">
<span class="surtitre">Environnement</span>
<h1>Sécheresse : fin des restrictions d'eau dans le sud de la Drôme</h1>
<p class="signature">Par <a href="/auteurs/claire-morin/">Claire Morin</a></p>
<p class="dates">Publié le 5 déc. 2026 à 18:05, mis à jour le 6 déc. à 09:12</p>
<figure><img src="/img/drome-riviere.jpg" alt=""><figcaption>La Drôme à Saillans. Photo Le DR /Luc Arnaud</figcaption></figure>
{BODY}
<p class="tags">Sujets : <a href="/tag/secheresse/">Sécheresse</a> <a href="/tag/drome/">Drôme</a></p>
</div>
</article>
<aside class="a-lire-aussi"><h3>À lire aussi</h3><ul><li><a href="/drome/crue-eygues/">Crue de l'Eygues : la route rouverte</a></li></ul></aside>
</main>
<footer class="pied">© Le Dauphiné Rhodanien 2026 · <a href="/cgu/">CGU</a></footer>
</body></html>
"""
page(part(10), "fr-signature-heure", "https://www.dauphine-rhodanien.test/drome/secheresse-fin-restrictions/", B,
     H.replace("{BODY}", render(B)),
     ["Claire Morin", "Publié le 5 déc. 2026 à 18:05", "mis à jour le 6 déc.", "La Drôme à Saillans. Photo", "Sujets :", "À lire aussi"],
     must=("Un nouveau point est prévu en mars.",))

# --- 11 es-faq-contacto (article): a university's admissions FAQ as an
# accordion (<button> questions, <div> answers), then a contact box: a
# heading, one full sentence, an e-mail line and two button links.
QA = [
    ("¿Cuándo se abre el plazo de preinscripción?", "El plazo de preinscripción para el curso 2027-2028 se abre el 15 de junio y se cierra el 7 de julio a las 14:00."),
    ("¿Puedo solicitar más de un grado?", "Sí. Puedes indicar hasta ocho grados por orden de preferencia en una misma solicitud."),
    ("¿Cómo se calcula la nota de admisión?", "La nota de admisión suma la nota de acceso y las dos mejores calificaciones de la fase de admisión, multiplicadas por sus ponderaciones."),
    ("¿Dónde consulto las listas de admitidos?", "Las listas se publican en la sede electrónica el 17 de julio. También recibirás un aviso por correo electrónico."),
]
B = [("p", "Resolvemos las dudas más habituales sobre el proceso de admisión a los grados de la universidad.")]
for q, a in QA:
    B += [("h3", q), ("p", a)]
ACC = "\n".join('<div class="accordion-item"><h3 class="accordion-header"><button class="accordion-button collapsed" type="button" aria-expanded="false">%s</button></h3><div class="accordion-collapse collapse"><div class="accordion-body">%s</div></div></div>' % (E(q), E(a)) for q, a in QA)
H = """<!DOCTYPE html>
<html lang="es">
<head><meta charset="utf-8"><title>Preguntas frecuentes sobre admisión | Universidad del Levante</title></head>
<body>
<header class="navbar"><a class="navbar-brand" href="/">Universidad del Levante</a><ul class="navbar-nav"><li><a href="/estudios/">Estudios</a></li><li><a href="/admision/">Admisión</a></li><li><a href="/investigacion/">Investigación</a></li></ul></header>
<main class="container py-5">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li><a href="/">Inicio</a></li><li><a href="/admision/">Admisión</a></li><li class="active">Preguntas frecuentes</li></ol></nav>
<h1>Preguntas frecuentes sobre admisión</h1>
<p class="lead">Resolvemos las dudas más habituales sobre el proceso de admisión a los grados de la universidad.</p>
<div class="accordion" id="faqAdmision">
{ACC}
</div>
<div class="card contacto mt-5"><div class="card-body">
<h2 class="card-title">¿No encuentras lo que buscas?</h2>
<p class="card-text">El Servicio de Alumnado atiende tus consultas de lunes a viernes de 9:00 a 14:00.</p>
<p class="card-text">acceso@uleva.test</p>
<a class="btn btn-primary" href="/contacto/">Escríbenos</a> <a class="btn btn-outline-primary" href="/cita-previa/">Pide cita previa</a>
</div></div>
</main>
<footer class="footer"><a href="/aviso-legal/">Aviso legal</a> <a href="/accesibilidad/">Accesibilidad</a> © Universidad del Levante</footer>
</body></html>
"""
page(part(11), "es-faq-contacto", "https://www.uleva.test/admision/preguntas-frecuentes/", B,
     H.replace("{ACC}", ACC),
     ["¿No encuentras lo que buscas?", "El Servicio de Alumnado atiende", "acceso@uleva.test", "Escríbenos", "Pide cita previa"],
     must=("Las listas se publican en la sede electrónica el 17 de julio. También recibirás un aviso por correo electrónico.",))

# --- 12 en-recipe-card-cta (article; held out): a baking blog post: an
# intro, a Tasty-Recipes-like card (a head with the title, yield and
# rating, "Print Recipe" and "Pin Recipe" buttons), ingredients with a
# scale switch, instructions, notes, a nutrition line and a "Did you make
# this recipe?" call to action.
INTRO = [
    ("p", "These brown butter oat cookies have crisp edges and a chewy middle, and they keep for a week in a tin. I bake a double batch every December for the neighbours."),
    ("p", "Browning the butter takes five extra minutes, but it gives the cookies a deep, nutty flavour that plain melted butter cannot match."),
]
ING = [("h3", "Ingredients"), ("ul", ["170 g unsalted butter", "150 g light brown sugar", "1 egg", "140 g plain flour", "120 g rolled oats", "1/2 teaspoon baking soda", "A pinch of flaky salt"])]
STEPS = [("h3", "Instructions"), ("ol", ["Brown the butter in a light pan until it smells nutty, then let it cool for ten minutes.", "Beat in the sugar and the egg, then fold in the flour, oats and baking soda.", "Scoop twelve balls onto a lined tray, sprinkle with salt and bake at 180 °C for 11 minutes."])]
NOTES = [("h3", "Notes"), ("p", "The dough can be frozen in balls for up to three months; bake from frozen and add two minutes.")]
B = INTRO + ING + STEPS + NOTES
H = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Brown Butter Oat Cookies - Flour &amp; Folly</title>
<meta property="og:type" content="article"></head>
<body class="single-post">
<header class="site-header"><a class="site-title" href="/">Flour &amp; Folly</a><nav><a href="/recipes/">Recipes</a><a href="/about/">About</a><a href="/shop/">Shop</a></nav></header>
<main id="genesis-content">
<article class="post entry">
<header class="entry-header"><h1 class="entry-title">Brown Butter Oat Cookies</h1><p class="entry-meta">Published Dec 4, 2026 by Hannah Lowe · <a href="#comments">23 Comments</a> · <a href="#recipe">Jump to Recipe</a></p></header>
<div class="entry-content">
{INTRO}
<div class="tasty-recipes tasty-recipes-display" id="recipe">
<div class="tasty-recipes-entry-header"><h2 class="tasty-recipes-title">Brown Butter Oat Cookies</h2><div class="tasty-recipes-rating">4.9 from 41 reviews</div><div class="tasty-recipes-details"><span>Prep Time: 15 minutes</span> <span>Cook Time: 11 minutes</span> <span>Yield: 12 cookies</span></div><div class="tasty-recipes-buttons"><a class="button" href="/print/881">Print Recipe</a> <a class="button" href="#">Pin Recipe</a></div></div>
<div class="tasty-recipes-ingredients"><div class="tasty-recipes-scale-container"><span>Scale</span> <button>1x</button><button>2x</button><button>3x</button></div>{ING}</div>
<div class="tasty-recipes-instructions">{STEPS}</div>
<div class="tasty-recipes-notes">{NOTES}</div>
<div class="tasty-recipes-nutrition"><span>Calories: 218</span> <span>Sugar: 13 g</span> <span>Fat: 12 g</span> <span>Carbohydrates: 25 g</span></div>
<div class="tasty-recipes-cta"><h3>Did you make this recipe?</h3><p>Tag <a href="#">@flourandfolly</a> on Instagram and hashtag it #flourandfolly</p></div>
</div>
</div>
</article>
<section id="comments"><h3>23 Comments</h3><p>Leave a Reply</p></section>
</main>
<footer class="site-footer">© 2026 Flour &amp; Folly · <a href="/privacy/">Privacy Policy</a></footer>
</body></html>
"""
page(part(12), "en-recipe-card-cta", "https://flourandfolly.test/brown-butter-oat-cookies/", B,
     H.replace("{INTRO}", render(INTRO)).replace("{ING}", render(ING)).replace("{STEPS}", render(STEPS)).replace("{NOTES}", render(NOTES)),
     ["4.9 from 41 reviews", "Print Recipe", "Pin Recipe", "Calories: 218", "Did you make this recipe?", "Leave a Reply", "Jump to Recipe"],
     must=("A pinch of flaky salt", "The dough can be frozen in balls for up to three months; bake from frozen and add two minutes."))
