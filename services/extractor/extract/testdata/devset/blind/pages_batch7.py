# The seventh batch, written after extractor 1.11.0 and before it was run
# on these pages: threads, Q&A, FAQ and comment-heavy pages, and tech posts
# with code blocks, the page kinds where 1.11.0's loss is precision (batch
# 6's held-out Q&A thread and FAQ). The contract (README, "Seventh batch"):
# a forum thread's text is its first post (replies, quotes of earlier
# posts, user cards, post counters, signatures, pagination and the reply
# form are chrome); a Q&A page's text is the question and its answers
# (votes, user cards, "n answers" headers, comments under posts, sort
# controls and the answer form are chrome); an FAQ's text is its questions
# and answers ("was this helpful", contact teasers after are chrome); a
# blog post's reader comments are chrome; a code block is text, its line
# numbers and copy button are not. must= marks what a reader needs kept.
# Parts were assigned by a fixed rule before the extractor was run: in the
# order written, every third page (3rd, 6th, 9th, 12th, 15th) is held out.
from kit import E, page, render


def part(n):
    return "heldout" if n % 3 == 0 else "tune"


def pre(code):
    return "<pre><code>%s</code></pre>" % E(code)


# --- 1 de-forum-thread: a phpBB-like board: the first post is the content;
# a profile box per post (rank, post counter, joined), a signature, a reply
# quoting the first post, pagination, a quick-reply form.
B = [
    ("p", "Hallo zusammen, seit dem letzten Firmware-Update verliert meine Fritzbox jede Nacht gegen drei Uhr für etwa zwei Minuten die Verbindung. Im Ereignisprotokoll steht dann jedes Mal dasselbe:"),
    ("code", "PPPoE-Fehler: Zeitüberschreitung\nInternetverbindung wurde getrennt.\nInternetverbindung wurde erfolgreich hergestellt."),
    ("p", "Die Zwangstrennung ist eigentlich auf fünf Uhr gelegt. Was ich schon probiert habe:"),
    ("ul", ["Neustart des Routers und des Modems", "anderes LAN-Kabel zum Modem", "Zeitpunkt der Zwangstrennung auf vier Uhr verschoben"]),
    ("p", "Hat jemand eine Idee, woran das liegen könnte?"),
]
POST2 = """<div class="post bg1" id="p88213"><div class="postbody"><h3><a href="#p88213">Re: Fritzbox trennt jede Nacht um 3 Uhr</a></h3>
<p class="author">von <a href="/member/kabelsalat">kabelsalat</a> » Mo 30. Nov 2026, 08:12</p>
<div class="content"><blockquote><cite>heimnetz_olli hat geschrieben:</cite>Hat jemand eine Idee, woran das liegen könnte?</blockquote>Das ist bei vielen Anbietern die nächtliche Wartung. Ruf mal die Hotline an und frag nach Arbeiten in deinem Anschlussbereich.</div>
<div class="signature">Gruß, Kai – FRITZ!Box 7590, Glasfaser 500</div></div>
<dl class="postprofile"><dt><a href="/member/kabelsalat">kabelsalat</a></dt><dd class="profile-rank">Mitglied</dd><dd><strong>Beiträge:</strong> 2417</dd><dd><strong>Registriert:</strong> Di 4. Mär 2014, 19:40</dd></dl></div>
<div class="post bg2" id="p88230"><div class="postbody"><h3><a href="#p88230">Re: Fritzbox trennt jede Nacht um 3 Uhr</a></h3>
<p class="author">von <a href="/member/heimnetz_olli">heimnetz_olli</a> » Mo 30. Nov 2026, 19:03</p>
<div class="content">Danke, die Hotline hat das bestätigt. Die Wartung geht noch bis Ende Dezember.</div></div>
<dl class="postprofile"><dt><a href="/member/heimnetz_olli">heimnetz_olli</a></dt><dd class="profile-rank">Neuling</dd><dd><strong>Beiträge:</strong> 12</dd><dd><strong>Registriert:</strong> Sa 2. Mai 2026, 11:15</dd></dl></div>"""
H = """<!DOCTYPE html>
<html dir="ltr" lang="de">
<head><meta charset="utf-8"><title>Fritzbox trennt jede Nacht um 3 Uhr - Router und Modems - Heimnetz-Forum</title></head>
<body id="phpbb" class="section-viewtopic ltr">
<div id="wrap" class="wrap">
<div class="headerbar"><a href="/" class="logo">Heimnetz-Forum</a><p class="skiplink"><a href="#start_here">Zum Inhalt</a></p></div>
<div class="navbar"><ul class="nav-breadcrumbs"><li><a href="/">Foren-Übersicht</a> ‹ <a href="/viewforum.php?f=4">Router und Modems</a></li></ul><ul><li><a href="/ucp.php?mode=login">Anmelden</a></li><li><a href="/ucp.php?mode=register">Registrieren</a></li></ul></div>
<div id="page-body" class="page-body">
<h2 class="topic-title"><a href="/viewtopic.php?t=17702">Fritzbox trennt jede Nacht um 3 Uhr</a></h2>
<div class="action-bar bar-top"><a href="/posting.php?mode=reply&amp;t=17702" class="button">Antworten</a><div class="pagination">3 Beiträge • Seite <strong>1</strong> von <strong>1</strong></div></div>
<div class="post bg2" id="p88190"><div class="postbody"><h3 class="first"><a href="#p88190">Fritzbox trennt jede Nacht um 3 Uhr</a></h3>
<p class="author">von <a href="/member/heimnetz_olli">heimnetz_olli</a> » So 29. Nov 2026, 22:47</p>
<div class="content">{BODY}</div></div>
<dl class="postprofile"><dt><a href="/member/heimnetz_olli">heimnetz_olli</a></dt><dd class="profile-rank">Neuling</dd><dd><strong>Beiträge:</strong> 12</dd><dd><strong>Registriert:</strong> Sa 2. Mai 2026, 11:15</dd></dl></div>
{POST2}
<div class="action-bar bar-bottom"><a href="/posting.php?mode=reply&amp;t=17702" class="button">Antworten</a><div class="pagination">3 Beiträge • Seite <strong>1</strong> von <strong>1</strong></div></div>
<form id="qr_postform" class="quickreply"><h2>Schnellantwort</h2><textarea name="message"></textarea><input type="submit" value="Absenden"></form>
<div class="stat-block online-list"><h3>Wer ist online?</h3><p>Mitglieder in diesem Forum: 0 Mitglieder und 3 Gäste</p></div>
</div>
<div class="copyright">Powered by phpBB® Forum Software © phpBB Limited · Datenschutz · Nutzungsbedingungen</div>
</div>
</body></html>
"""
page(part(1), "de-forum-thread", "https://heimnetz-forum.test/viewtopic.php?t=17702", B, H.replace("{BODY}", render(B)).replace("{POST2}", POST2),
     ["2417", "Registriert:", "nächtliche Wartung", "Gruß, Kai", "Schnellantwort", "Wer ist online?", "3 Beiträge"],
     must=["Hat jemand eine Idee, woran das liegen könnte?", "anderes LAN-Kabel zum Modem", "Internetverbindung wurde getrennt."])

# --- 2 de-qa-zwei-antworten: a StackExchange-like Q&A page: the question
# and both answers are the text; votes, user cards, "2 Antworten" with
# sort options, comments under the question, the answer form.
Q = [
    ("p", "Ich möchte in einer Bash-Schleife alle Dateien eines Ordners umbenennen, aber Dateinamen mit Leerzeichen werden zerlegt. Mein Versuch:"),
    ("code", "for f in $(ls *.jpg); do\n  mv $f urlaub_$f\ndone"),
    ("p", "Wie mache ich das richtig?"),
]
A1 = [
    ("p", "Verwende nie die Ausgabe von ls in einer Schleife. Die Shell kann das Muster selbst auflösen, und mit Anführungszeichen bleiben die Namen ganz:"),
    ("code", 'for f in *.jpg; do\n  mv -- "$f" "urlaub_$f"\ndone'),
    ("p", "Das doppelte Minus schützt zusätzlich vor Dateinamen, die mit einem Bindestrich beginnen."),
]
A2 = [
    ("p", "Wenn das Paket rename installiert ist, geht es auch in einer Zeile:"),
    ("code", "rename 's/^/urlaub_/' *.jpg"),
]
def qa_post(kind, votes, body, card, comments=""):
    return """<div class="post-layout %s"><div class="votecell"><button class="vote-up" title="Diese Antwort ist nützlich">▲</button><div class="vote-count">%d</div><button class="vote-down">▼</button></div>
<div class="postcell"><div class="s-prose">%s</div>
<div class="post-menu"><a href="#">Teilen</a> <a href="#">Verbessern</a> <a href="#">Folgen</a></div>
<div class="user-info"><div class="user-action-time">%s</div></div>%s</div></div>""" % (kind, votes, body, card, comments)
COM = '<div class="comments"><ul><li class="comment"><span class="comment-score">2</span> <span class="comment-copy">Stichwort: Word Splitting. Siehe auch die Anleitung zu IFS.</span> – <a class="comment-user" href="/users/55">m_weber</a> <span class="comment-date">vor 3 Tagen</span></li></ul><a class="add-comment" href="#">Kommentar hinzufügen</a></div>'
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Bash: Dateien mit Leerzeichen im Namen in einer Schleife umbenennen - Frag die Shell</title></head>
<body class="question-page">
<header class="s-topbar"><a class="s-topbar--logo" href="/">Frag die Shell</a><form class="s-topbar--searchbar"><input placeholder="Suchen…"></form><a href="/users/login">Anmelden</a> <a href="/users/signup">Registrieren</a></header>
<div class="container"><nav class="left-sidebar"><ol><li><a href="/">Startseite</a></li><li><a href="/questions">Fragen</a></li><li><a href="/tags">Tags</a></li><li><a href="/users">Benutzer</a></li></ol></nav>
<div id="content"><div id="question-header"><h1 class="fs-headline1"><a href="/questions/4417">Bash: Dateien mit Leerzeichen im Namen in einer Schleife umbenennen</a></h1><a href="/questions/ask" class="s-btn">Frage stellen</a></div>
<div class="question-stats">Gefragt <time>vor 3 Tagen</time> Geändert <time>vor 2 Tagen</time> Angesehen 1.284-mal</div>
<div id="mainbar">
<div class="question">{Q}</div>
<div id="answers"><div id="answers-header"><h2>2 Antworten</h2><div class="sort">Sortiert nach: <select><option>Höchste Bewertung (Standard)</option><option>Datum</option></select></div></div>
<div class="answer accepted-answer">{A1}</div>
<div class="answer">{A2}</div>
<form id="post-form" class="post-form"><h2 class="space">Deine Antwort</h2><textarea></textarea><button>Antwort abschicken</button><p>Mit dem Klick auf „Antwort abschicken“ stimmst du den Nutzungsbedingungen zu.</p></form>
<h2 class="bottom-notice">Nicht die Antwort, die du suchst? Durchsuche andere Fragen mit den Tags <a href="/tags/bash">bash</a> <a href="/tags/shell">shell</a> oder stelle deine eigene Frage.</h2>
</div>
<div id="sidebar"><div class="module"><h4>Verwandte Fragen</h4><ul><li><a href="/questions/812">Wie lese ich eine Datei zeilenweise in Bash?</a></li><li><a href="/questions/1930">Was ist der Unterschied zwischen $@ und $*?</a></li></ul></div></div>
</div></div>
<footer class="site-footer">Frag die Shell · Inhalte unter CC BY-SA · <a href="/legal">Rechtliches</a></footer>
</body></html>
"""
page(part(2), "de-qa-zwei-antworten", "https://fragdieshell.test/questions/4417/", Q + A1 + A2,
     H.replace("{Q}", qa_post("question", 5, render(Q), 'gefragt vor 3 Tagen <a href="/users/901">lena_k</a> <span class="reputation-score">213</span>', COM))
      .replace("{A1}", qa_post("answer", 12, render(A1), 'beantwortet vor 3 Tagen <a href="/users/4">shellfan</a> <span class="reputation-score">48.710</span>'))
      .replace("{A2}", qa_post("answer", 3, render(A2), 'beantwortet vor 2 Tagen <a href="/users/77">tux_tom</a> <span class="reputation-score">1.905</span>')),
     ["Angesehen 1.284-mal", "Stichwort: Word Splitting", "2 Antworten", "Sortiert nach", "Deine Antwort", "Nicht die Antwort, die du suchst?", "shellfan", "Verwandte Fragen"],
     must=["Wie mache ich das richtig?", "Das doppelte Minus schützt zusätzlich vor Dateinamen, die mit einem Bindestrich beginnen.", "Wenn das Paket rename installiert ist, geht es auch in einer Zeile:"])

# --- 3 de-faq-krankenkasse: an insurer's FAQ in <details> accordions with
# "War diese Antwort hilfreich?" after each answer and a contact teaser and
# a newsletter box after the last.
QS = [
    ("Wann bekomme ich meine neue Gesundheitskarte?", "Die neue Karte schicken wir Ihnen automatisch etwa vier Wochen, bevor die alte abläuft. Sie müssen nichts tun."),
    ("Was mache ich, wenn ich meine Karte verloren habe?", "Melden Sie den Verlust bitte sofort in der App oder telefonisch. Wir sperren die alte Karte und schicken Ihnen innerhalb von zehn Tagen eine neue."),
    ("Brauche ich ein neues Foto?", "Nur wenn Ihr Foto älter als zehn Jahre ist. Dann bitten wir Sie per Brief um ein aktuelles Bild."),
    ("Gilt die Karte im Ausland?", "Ja, in allen Ländern der EU sowie in Island, Liechtenstein, Norwegen und der Schweiz. Die Rückseite ist die Europäische Krankenversicherungskarte."),
]
B = [("p", "Hier finden Sie Antworten auf die häufigsten Fragen rund um Ihre elektronische Gesundheitskarte.")]
body = render(B) + "\n"
for q, a in QS:
    B += [("h3", q), ("p", a)]
    body += '<details class="accordion__item"><summary class="accordion__title">%s</summary><div class="accordion__content"><p>%s</p><div class="feedback">War diese Antwort hilfreich? <button>Ja</button> <button>Nein</button></div></div></details>\n' % (E(q), E(a))
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Häufige Fragen zur Gesundheitskarte | BKK Mittelrhein</title></head>
<body>
<header class="header"><a class="header__logo" href="/">BKK Mittelrhein</a><nav class="header__nav"><a href="/leistungen/">Leistungen</a><a href="/mitglied-werden/">Mitglied werden</a><a href="/service/">Service</a><a href="/kontakt/">Kontakt</a></nav><a class="header__login" href="/meine-bkk/">Meine BKK</a></header>
<nav class="breadcrumb"><a href="/">Startseite</a> / <a href="/service/">Service</a> / FAQ Gesundheitskarte</nav>
<main class="main">
<h1>Häufige Fragen zur Gesundheitskarte</h1>
<div class="accordion">
{BODY}
</div>
<section class="teaser teaser--contact"><h2>Ihre Frage war nicht dabei?</h2><p>Unser Service-Team ist Montag bis Freitag von 8 bis 18 Uhr für Sie da.</p><a class="button" href="/kontakt/">Zum Kontaktformular</a> <a class="button" href="tel:08001234567">0800 123 45 67</a></section>
<section class="teaser teaser--newsletter"><h2>Newsletter</h2><p>Gesundheitstipps und Neuigkeiten einmal im Monat.</p><a href="/newsletter/">Jetzt abonnieren</a></section>
</main>
<footer class="footer"><a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a> <a href="/barrierefreiheit/">Barrierefreiheit</a> © 2026 BKK Mittelrhein</footer>
</body></html>
"""
page(part(3), "de-faq-krankenkasse", "https://www.bkk-mittelrhein.test/service/faq-gesundheitskarte/", B, H.replace("{BODY}", body),
     ["War diese Antwort hilfreich?", "Ihre Frage war nicht dabei?", "Zum Kontaktformular", "Gesundheitstipps und Neuigkeiten", "Barrierefreiheit"],
     must=["Brauche ich ein neues Foto?", "Nur wenn Ihr Foto älter als zehn Jahre ist. Dann bitten wir Sie per Brief um ein aktuelles Bild."])

# --- 4 de-blog-kommentare: a WordPress food blog post with a long comment
# section (threaded replies, "Antworten" links, the author's replies), the
# comment form, and sidebar widgets.
B = [
    ("p", "Dieses Brot backe ich seit drei Jahren jede Woche, und es ist immer noch mein liebstes. Es braucht keinen Sauerteig, nur Zeit."),
    ("h", "Zutaten"),
    ("ul", ["500 g Dinkelmehl Type 630", "350 ml lauwarmes Wasser", "2 g frische Hefe", "10 g Salz"]),
    ("h", "Zubereitung"),
    ("ol", ["Alle Zutaten grob verrühren und abgedeckt 12 Stunden bei Raumtemperatur gehen lassen.", "Den Teig auf eine bemehlte Fläche kippen und zweimal falten.", "Im vorgeheizten gusseisernen Topf bei 250 Grad 30 Minuten mit Deckel und 15 Minuten ohne Deckel backen."]),
    ("p", "Wichtig: Das Brot erst anschneiden, wenn es ganz abgekühlt ist."),
]
CMT = [("Sabine", "27. November 2026 um 9:14 Uhr", "Habe es gestern gebacken, sensationell! Kann ich auch Vollkornmehl nehmen?"),
       ("Anna (Autorin)", "27. November 2026 um 11:02 Uhr", "Liebe Sabine, ja, dann aber 30 ml mehr Wasser nehmen."),
       ("Jörg", "28. November 2026 um 18:40 Uhr", "Bei mir ist es unten zu dunkel geworden. Liegt das am Topf?"),
       ("Anna (Autorin)", "28. November 2026 um 20:05 Uhr", "Lieber Jörg, schieb den Topf eine Schiene höher, dann klappt es."),
       ("Mira", "1. Dezember 2026 um 7:55 Uhr", "Das beste Rezept, das ich kenne. Danke!")]
cm = "\n".join('<li class="comment depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img class="avatar" src="/a.png" alt=""><b class="fn">%s</b> <span class="says">sagt:</span></div><div class="comment-metadata"><a href="#"><time>%s</time></a></div></footer><div class="comment-content"><p>%s</p></div><div class="reply"><a class="comment-reply-link" href="#">Antworten</a></div></article></li>' % (E(a), E(d), E(t)) for a, d, t in CMT)
H = """<!DOCTYPE html>
<html lang="de-DE">
<head><meta charset="UTF-8"><title>Einfaches Übernachtbrot im Topf – Annas Backstube</title></head>
<body class="post-template-default single single-post">
<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/">Annas Backstube</a></p><nav class="main-navigation"><a href="/brot/">Brot</a> <a href="/kuchen/">Kuchen</a> <a href="/ueber-mich/">Über mich</a></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article class="post type-post status-publish hentry">
<header class="entry-header"><h1 class="entry-title">Einfaches Übernachtbrot im Topf</h1><div class="entry-meta">26. November 2026 · Anna · <a href="#comments">5 Kommentare</a></div></header>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">Kategorie: <a href="/brot/">Brot</a> · Schlagwörter: <a href="/tag/dinkel/">Dinkel</a>, <a href="/tag/topfbrot/">Topfbrot</a></footer>
</article>
<nav class="post-navigation"><a href="/zimtschnecken/" rel="prev">Vorheriger Beitrag: Zimtschnecken ohne Zucker</a> <a href="/roggenbrot/" rel="next">Nächster Beitrag: Roggenbrot für Anfänger</a></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">5 Gedanken zu „Einfaches Übernachtbrot im Topf“</h2>
<ol class="comment-list">
{CM}
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Schreibe einen Kommentar</h3><form class="comment-form"><p class="comment-notes">Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.</p><p><label>Kommentar *</label><textarea></textarea></p><p><label>Name *</label><input></p><p><input type="submit" value="Kommentar abschicken"></p></form></div>
</div>
</main>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Hallo, ich bin Anna!</h2><p>Ich backe seit zwanzig Jahren und teile hier meine liebsten Rezepte.</p></section><section class="widget"><h2 class="widget-title">Beliebte Rezepte</h2><ul><li><a href="/baguette/">Baguette wie in Paris</a></li><li><a href="/brezeln/">Laugenbrezeln</a></li></ul></section></aside>
</div>
<footer class="site-footer">© 2026 Annas Backstube · <a href="/impressum/">Impressum</a></footer></div>
</body></html>
"""
page(part(4), "de-blog-kommentare", "https://annas-backstube.test/uebernachtbrot-im-topf/", B, H.replace("{BODY}", render(B)).replace("{CM}", cm),
     ["5 Gedanken zu", "Kann ich auch Vollkornmehl nehmen?", "schieb den Topf eine Schiene höher", "Schreibe einen Kommentar", "Beliebte Rezepte", "Zimtschnecken ohne Zucker"],
     must=["Wichtig: Das Brot erst anschneiden, wenn es ganz abgekühlt ist.", "10 g Salz", "Dieses Brot backe ich seit drei Jahren jede Woche, und es ist immer noch mein liebstes. Es braucht keinen Sauerteig, nur Zeit."])


# --- 5 de-techblog-zeilennummern: a tech blog with highlighted code in a
# two-cell table (a gutter of line numbers, then the code), a copy button
# and a file name label on each block, and a "Kommentare" section with
# one comment.
def gutter(code, lang, name):
    lines = code.split("\n")
    nums = "\n".join(str(i + 1) for i in range(len(lines)))
    return ('<div class="highlight-wrap"><div class="code-header"><span class="code-filename">%s</span><button class="copy-code" aria-label="Code kopieren">Kopieren</button></div>'
            '<div class="highlight"><table class="lntable"><tr><td class="lntd"><pre class="chroma"><code><span class="lnt">%s</span></code></pre></td>'
            '<td class="lntd"><pre class="chroma"><code class="language-%s">%s</code></pre></td></tr></table></div></div>') % (E(name), nums, lang, E(code))
C1 = "[Unit]\nDescription=Backup mit restic\n\n[Service]\nType=oneshot\nExecStart=/usr/local/bin/backup.sh"
C2 = "[Unit]\nDescription=Backup jede Nacht\n\n[Timer]\nOnCalendar=*-*-* 02:30:00\nPersistent=true\n\n[Install]\nWantedBy=timers.target"
C3 = "systemctl daemon-reload\nsystemctl enable --now backup.timer\nsystemctl list-timers"
B = [
    ("p", "Cronjobs haben mich jahrelang begleitet, aber seit ich systemd-Timer kenne, nutze ich sie kaum noch. Der größte Vorteil: Verpasste Läufe werden nachgeholt, und die Ausgabe landet im Journal."),
    ("h", "Die Service-Unit"),
    ("p", "Zuerst braucht es eine Unit, die beschreibt, was ausgeführt wird:"),
    ("x", C1, gutter(C1, "ini", "/etc/systemd/system/backup.service")),
    ("h", "Der Timer"),
    ("p", "Der Timer trägt denselben Namen und legt fest, wann die Unit läuft. Persistent=true holt einen Lauf nach, wenn der Rechner um 2:30 Uhr aus war."),
    ("x", C2, gutter(C2, "ini", "/etc/systemd/system/backup.timer")),
    ("p", "Zum Schluss den Timer aktivieren und prüfen:"),
    ("x", C3, gutter(C3, "bash", "Terminal")),
    ("p", "Das war’s schon."),
]
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Cron ade: Backups mit systemd-Timern | kernelpanik.dev</title></head>
<body class="single">
<header class="site-header"><a class="logo" href="/">kernelpanik.dev</a><nav><a href="/posts/">Artikel</a><a href="/serien/">Serien</a><a href="/about/">Über</a><a href="/feed.xml">RSS</a></nav><button class="theme-toggle" aria-label="Dunkles Design">◐</button></header>
<main class="main"><article class="post-single">
<header class="post-header"><div class="breadcrumbs"><a href="/">Start</a> » <a href="/posts/">Artikel</a></div><h1 class="post-title">Cron ade: Backups mit systemd-Timern</h1><div class="post-meta"><span>3. Dezember 2026</span> · <span>4 Min.</span> · <span>Jan Wolters</span></div></header>
<div class="toc"><details open><summary>Inhaltsverzeichnis</summary><ul><li><a href="#die-service-unit">Die Service-Unit</a></li><li><a href="#der-timer">Der Timer</a></li></ul></details></div>
<div class="post-content">
{BODY}
</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="/tags/linux/">linux</a></li><li><a href="/tags/systemd/">systemd</a></li></ul><div class="share-buttons"><a href="https://mastodon.social/share">Auf Mastodon teilen</a> <a href="https://www.linkedin.com/shareArticle">Auf LinkedIn teilen</a></div></footer>
</article>
<section class="comments"><h2>Kommentare</h2><div class="comment"><div class="comment-author">Pia</div><div class="comment-date">3. Dezember 2026</div><p>Danke! Weißt du, ob RandomizedDelaySec auch mit Persistent zusammen funktioniert?</p></div></section>
</main>
<footer class="footer">© 2026 kernelpanik.dev · Erstellt mit Hugo &amp; PaperMod</footer>
</body></html>
"""
page(part(5), "de-techblog-zeilennummern", "https://kernelpanik.dev.test/posts/systemd-timer-backup/", B, H.replace("{BODY}", render(B)),
     ["Code kopieren", "Inhaltsverzeichnis", "Auf Mastodon teilen", "RandomizedDelaySec", "Erstellt mit Hugo"],
     must=["Das war’s schon.", "OnCalendar=*-*-* 02:30:00", "systemctl enable --now backup.timer"])

# --- 6 ru-forum-vbulletin: a vBulletin-like Russian forum thread: the
# first post is the content; user info columns (status, registration,
# message counter), a signature, two replies (one quoting), "Спасибо"
# counters, pagination and a quick reply.
B = [
    ("p", "Всем привет. Купил участок с домом 1972 года, хочу весной поменять старую проводку. Дом деревянный, 60 квадратов, два этажа."),
    ("p", "Подскажите, на что обратить внимание:"),
    ("ul", ["какое сечение кабеля брать на розетки и на свет", "нужен ли отдельный автомат на бойлер", "можно ли прокладывать кабель открыто по стенам"]),
    ("p", "Электрика буду звать в любом случае, но хочу понимать, о чём с ним говорить."),
]
def vb_post(no, user, status, reg, msgs, date, body, extra=""):
    return """<li class="postbit postcontainer" id="post_%d"><div class="posthead"><span class="date">%s</span> <span class="nodecontrols"><a href="#post%d" class="postcounter">#%d</a></span></div>
<div class="postdetails"><div class="userinfo"><a class="username" href="/member.php?u=%d">%s</a><span class="usertitle">%s</span><dl class="userinfo_extra"><dt>Регистрация</dt><dd>%s</dd><dt>Сообщений</dt><dd>%s</dd></dl></div>
<div class="postbody"><div class="postrow"><blockquote class="postcontent restore">%s</blockquote></div>%s
<div class="postfoot"><a class="quote" href="#">Цитата</a> <a href="#">Ответить</a></div></div></div></li>""" % (no, date, no, no, no * 7, user, status, reg, msgs, body, extra)
P2 = vb_post(2, "Электрон", "Модератор", "март 2009", "14 522", "03.12.2026, 09:41",
             '<div class="bbcode_container"><div class="bbcode_quote">Цитата: Сообщение от <strong>sergey_dom</strong> можно ли прокладывать кабель открыто по стенам</div></div>В деревянном доме — только в негорючих кабель-каналах или на роликах, и кабель типа НГ.',
             '<div class="after_content"><div class="thanks">Сказали спасибо: 3</div></div><div class="signature">Правильно сделанная проводка — это та, о которой не вспоминаешь.</div>')
P3 = vb_post(3, "sergey_dom", "Новичок", "ноябрь 2026", "4", "03.12.2026, 12:05", "Спасибо, про ролики не знал.")
H = """<!DOCTYPE html>
<html lang="ru">
<head><meta charset="utf-8"><title>Замена проводки в деревянном доме 1972 года - Форум строителей</title></head>
<body>
<div class="above_body"><div id="header"><a href="/forum.php" class="logo">Форум строителей</a><div id="toplinks"><a href="/login.php">Вход</a> <a href="/register.php">Регистрация</a></div></div>
<div id="navbar" class="navbar"><ul><li><a href="/forum.php">Форум</a></li><li><a href="/search.php">Поиск</a></li><li><a href="/faq.php">Справка</a></li></ul></div>
<div id="breadcrumb" class="breadcrumb"><a href="/forum.php">Форум строителей</a> › <a href="/forumdisplay.php?f=12">Электрика</a> › Замена проводки в деревянном доме 1972 года</div></div>
<div class="body_wrapper">
<div id="pagetitle"><h1>Тема: <span class="threadtitle">Замена проводки в деревянном доме 1972 года</span></h1></div>
<div id="above_postlist" class="above_postlist"><a href="/newreply.php?t=5510" class="newcontent_textcontrol">Ответ</a><div class="pagination">Страница 1 из 2 <a href="?page=2">2</a> <a href="?page=2">Следующая »</a></div><div class="postpagestats">Показано с 1 по 3 из 24</div></div>
<div id="postlist" class="postlist"><ol id="posts" class="posts">
{P1}
{P2}
{P3}
</ol></div>
<div id="below_postlist"><div class="pagination">Страница 1 из 2 <a href="?page=2">2</a> <a href="?page=2">Следующая »</a></div></div>
<div id="quick_reply" class="quickreply"><h2 class="blockhead">Быстрый ответ</h2><textarea></textarea><input type="submit" value="Отправить быстрый ответ"></div>
<div class="similarthreads"><h4>Похожие темы</h4><ul><li><a href="/showthread.php?t=4102">Заземление в частном доме</a></li><li><a href="/showthread.php?t=3310">УЗО или дифавтомат?</a></li></ul></div>
</div>
<div id="footer" class="footer">Powered by vBulletin® · Форум строителей © 2006–2026 · <a href="/sendmessage.php">Обратная связь</a></div>
</body></html>
"""
page(part(6), "ru-forum-vbulletin", "https://forum-stroitelei.test/showthread.php?t=5510", B,
     H.replace("{P1}", vb_post(1, "sergey_dom", "Новичок", "ноябрь 2026", "4", "02.12.2026, 21:18", render(B))).replace("{P2}", P2).replace("{P3}", P3),
     ["Сообщений", "14 522", "только в негорючих кабель-каналах", "Сказали спасибо", "Правильно сделанная проводка", "Быстрый ответ", "Похожие темы", "Показано с 1 по 3 из 24"],
     must=["Подскажите, на что обратить внимание:", "можно ли прокладывать кабель открыто по стенам", "Электрика буду звать в любом случае, но хочу понимать, о чём с ним говорить."])

# --- 7 fr-faq-mairie: a town hall's FAQ as headings and paragraphs, a
# numbered list in one answer, "Cette réponse vous a-t-elle été utile ?"
# after each, and a contact teaser and a "see also" box after the last.
QS = [
    ("Comment obtenir un acte de naissance ?", [("p", "La demande est gratuite. Vous pouvez la faire en ligne, par courrier ou au guichet de l’état civil, si la naissance a eu lieu dans la commune.")]),
    ("Quels documents pour un passeport ?", [("p", "Prenez rendez-vous en ligne, puis apportez :"), ("ol", ["la pré-demande ANTS imprimée ou son numéro", "une photo d’identité de moins de six mois", "un justificatif de domicile", "l’ancien passeport s’il y en a un"])]),
    ("Combien de temps faut-il pour une carte d’identité ?", [("p", "Comptez environ trois semaines après le rendez-vous. Vous recevrez un SMS quand la carte sera prête.")]),
    ("Puis-je faire la démarche pour mon enfant ?", [("p", "Oui. L’enfant mineur doit être présent au dépôt, accompagné d’un parent qui exerce l’autorité parentale.")]),
]
B = []
body = ""
for q, ans in QS:
    B += [("h3", q)] + ans
    body += '<div class="faq-item"><h3 class="faq-question">%s</h3><div class="faq-answer">%s</div><div class="faq-rating">Cette réponse vous a-t-elle été utile ? <a href="#">Oui</a> / <a href="#">Non</a></div></div>\n' % (E(q), render(ans))
H = """<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>Questions fréquentes – État civil – Ville de Montluel</title></head>
<body class="page-faq">
<a class="skip" href="#contenu">Aller au contenu</a>
<header class="entete"><a href="/" class="logo">Ville de Montluel</a><nav class="menu"><a href="/mairie/">Ma mairie</a><a href="/demarches/">Démarches</a><a href="/agenda/">Agenda</a><a href="/contact/">Contact</a></nav></header>
<div class="ariane"><a href="/">Accueil</a> › <a href="/demarches/">Démarches</a> › Questions fréquentes</div>
<main id="contenu" class="contenu">
<h1>Questions fréquentes – État civil</h1>
<div class="faq">
{BODY}
</div>
<div class="encart-contact"><h2>Vous n’avez pas trouvé votre réponse ?</h2><p>Le service état civil vous répond du lundi au vendredi, de 8 h 30 à 12 h.</p><p>Tél. 04 78 00 12 34 – <a href="mailto:etatcivil@montluel.test">etatcivil@montluel.test</a></p></div>
<div class="voir-aussi"><h2>Voir aussi</h2><ul><li><a href="/demarches/mariage/">Se marier à Montluel</a></li><li><a href="/demarches/recensement/">Recensement citoyen</a></li></ul></div>
</main>
<footer class="pied">Mairie de Montluel – 1 place de la Mairie – <a href="/mentions-legales/">Mentions légales</a> – <a href="/accessibilite/">Accessibilité : partiellement conforme</a></footer>
</body></html>
"""
page(part(7), "fr-faq-mairie", "https://www.montluel.test/demarches/faq-etat-civil/", B, H.replace("{BODY}", body),
     ["Cette réponse vous a-t-elle été utile", "Vous n’avez pas trouvé votre réponse ?", "de 8 h 30 à 12 h", "Se marier à Montluel", "partiellement conforme"],
     must=["la pré-demande ANTS imprimée ou son numéro", "Puis-je faire la démarche pour mon enfant ?", "Comptez environ trois semaines après le rendez-vous. Vous recevrez un SMS quand la carte sera prête."])

# --- 8 de-discourse-thema: a Discourse-like topic: the first post is the
# content (a block quote, a list, a closing question); each post carries
# an avatar, a name, a relative date, a likes counter and a reply button;
# a topic map ("erstellt", "letzte Antwort", "Antworten", "Aufrufe"), two
# replies and "Ähnliche Themen".
B = [
    ("p", "Wir sind ein kleiner Sportverein mit rund 300 Mitgliedern und verwalten die Beiträge bisher in einer Tabellenkalkulation. Ab Januar wollen wir auf SEPA-Lastschrift umstellen."),
    ("p", "In der Satzung steht dazu nur:"),
    ("quote", "Der Mitgliedsbeitrag ist jährlich im Voraus zu entrichten.", ""),
    ("p", "Fragen, die wir uns im Vorstand stellen:"),
    ("ol", ["Reicht ein Vorstandsbeschluss oder brauchen wir die Mitgliederversammlung?", "Müssen wir von allen Mitgliedern ein neues Mandat einholen?", "Welche Software nutzt ihr dafür?"]),
    ("p", "Für Erfahrungen aus anderen Vereinen wären wir sehr dankbar."),
]
def dc_post(n, name, when, body, likes):
    return """<article class="topic-post" id="post_%d"><div class="topic-avatar"><img class="avatar" src="/u/%s.png" alt="" width="45"></div>
<div class="topic-body"><div class="topic-meta-data"><span class="names"><a class="username" href="/u/%s">%s</a></span><div class="post-infos"><a class="post-date" href="/t/1204/%d"><span class="relative-date">%s</span></a></div></div>
<div class="regular contents"><div class="cooked">%s</div>
<section class="post-menu-area"><nav class="post-controls"><button class="like-count">%d</button><button class="toggle-like" title="Diesen Beitrag mit „Gefällt mir“ markieren">♥</button><button class="share" title="Link zu diesem Beitrag teilen">🔗</button><button class="reply">Antworten</button></nav></section></div></div></article>""" % (n, name, name, name, n, when, body, likes)
MAP = '<div class="topic-map"><ul><li><h4>erstellt</h4><span>Nov. 30</span></li><li><h4>letzte Antwort</h4><span>1 T.</span></li><li><span class="number">2</span><h4>Antworten</h4></li><li><span class="number">318</span><h4>Aufrufe</h4></li><li><span class="number">3</span><h4>Benutzer</h4></li></ul></div>'
R2 = "<p>Die Einführung der Lastschrift ist eine Frage der Zahlungsweise, nicht der Beitragshöhe. Bei uns hat ein Vorstandsbeschluss gereicht.</p>"
R3 = "<p>Ihr braucht von jedem Mitglied ein SEPA-Mandat mit Mandatsreferenz. Wir haben das mit dem Anmeldeformular verbunden.</p>"
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Umstellung der Mitgliedsbeiträge auf SEPA-Lastschrift - Vereinsverwaltung - Vereinsforum</title></head>
<body class="archetype-regular category-vereinsverwaltung">
<header class="d-header"><div class="title"><a href="/">Vereinsforum</a></div><div class="panel"><button class="sign-up-button">Registrieren</button> <button class="login-button">Anmelden</button> <a class="search-dropdown" href="/search" title="Suchen">🔍</a></div></header>
<div id="main-outlet" class="wrap">
<div id="topic-title"><h1><a class="fancy-title" href="/t/1204">Umstellung der Mitgliedsbeiträge auf SEPA-Lastschrift</a></h1><div class="topic-category"><a class="badge-category" href="/c/vereinsverwaltung/">Vereinsverwaltung</a> <a class="discourse-tag" href="/tag/finanzen">finanzen</a></div></div>
<div class="posts-wrapper">
{P1}
{MAP}
{P2}
{P3}
</div>
<div id="topic-footer-buttons"><button class="bookmark">Lesezeichen</button> <button class="share">Teilen</button> <button class="create">Antworten</button></div>
<div class="more-topics__container"><h3 class="more-topics__list-title">Ähnliche Themen</h3><table class="topic-list"><tr><td><a href="/t/998">Kassenprüfung: Was wird geprüft?</a></td><td>4</td><td>Okt. 2026</td></tr><tr><td><a href="/t/1011">Datenschutz bei der Mitgliederliste</a></td><td>7</td><td>Nov. 2026</td></tr></table></div>
</div>
<footer class="footer">Betrieben mit Discourse · <a href="/tos">Nutzungsbedingungen</a> · <a href="/privacy">Datenschutz</a></footer>
</body></html>
"""
page(part(8), "de-discourse-thema", "https://vereinsforum.test/t/umstellung-sepa-lastschrift/1204", B,
     H.replace("{P1}", dc_post(1, "kassenwart_tvb", "Nov. 30", render(B), 2)).replace("{MAP}", MAP).replace("{P2}", dc_post(2, "Petra_S", "1 T.", R2, 5)).replace("{P3}", dc_post(3, "vereinsfuchs", "1 T.", R3, 3)),
     ["letzte Antwort", "318", "Aufrufe", "Vorstandsbeschluss gereicht", "SEPA-Mandat mit Mandatsreferenz", "Ähnliche Themen", "Kassenprüfung"],
     must=["Der Mitgliedsbeitrag ist jährlich im Voraus zu entrichten.", "Welche Software nutzt ihr dafür?", "Für Erfahrungen aus anderen Vereinen wären wir sehr dankbar."])

# --- 9 es-qa-respuesta: a Spanish Q&A page: the question, an accepted
# answer and a second answer with a code block; votes, user cards, a
# comment under the accepted answer, "2 respuestas", the answer form.
Q = [
    ("p", "Tengo una tabla de pedidos en PostgreSQL y necesito el último pedido de cada cliente. Con GROUP BY solo consigo la fecha, no la fila completa."),
    ("p", "¿Cómo puedo obtener la fila entera?"),
]
A1 = [
    ("p", "En PostgreSQL lo más sencillo es DISTINCT ON, ordenando por cliente y por fecha descendente:"),
    ("code", "SELECT DISTINCT ON (cliente_id) *\nFROM pedidos\nORDER BY cliente_id, fecha DESC;"),
    ("p", "Con un índice sobre (cliente_id, fecha DESC) la consulta es rápida incluso con millones de filas."),
]
A2 = [
    ("p", "Si necesitas una solución estándar que funcione también en otros motores, usa una función de ventana:"),
    ("code", "SELECT * FROM (\n  SELECT p.*, row_number() OVER (PARTITION BY cliente_id ORDER BY fecha DESC) AS n\n  FROM pedidos p\n) t WHERE n = 1;"),
]
def es_post(cls, votes, body, card, extra=""):
    return '<div class="%s"><div class="js-voting-container"><button>▲</button><div class="js-vote-count">%d</div><button>▼</button></div><div class="post-text">%s</div><div class="post-signature"><div class="user-info">%s</div></div>%s</div>' % (cls, votes, body, card, extra)
H = """<!DOCTYPE html>
<html lang="es">
<head><meta charset="utf-8"><title>Obtener el último pedido de cada cliente en PostgreSQL - Preguntas de programación</title></head>
<body>
<header class="topbar"><a href="/" class="logo">Preguntas de programación</a><a href="/users/login">Iniciar sesión</a> <a href="/users/signup">Registrarse</a></header>
<div id="content">
<h1 itemprop="name">Obtener el último pedido de cada cliente en PostgreSQL</h1>
<div class="question-info">Formulada hace 5 días · Modificada hace 4 días · Vista 642 veces</div>
<div class="question">{Q}</div>
<div id="answers"><div id="answers-header"><h2>2 respuestas</h2><span>Ordenado por: Puntuación más alta</span></div>
{A1}
{A2}
</div>
<div class="your-answer"><h2>Tu respuesta</h2><textarea></textarea><button>Publica tu respuesta</button><p>Al hacer clic en «Publica tu respuesta», aceptas nuestros términos de servicio.</p></div>
<div class="related"><h4>Preguntas relacionadas</h4><a href="/q/101">¿Diferencia entre WHERE y HAVING?</a> <a href="/q/202">Índices compuestos en PostgreSQL</a></div>
</div>
<footer>Preguntas de programación · contenido bajo licencia CC BY-SA</footer>
</body></html>
"""
page(part(9), "es-qa-respuesta", "https://preguntas.test/q/7731/", Q + A1 + A2,
     H.replace("{Q}", es_post("post", 4, render(Q), 'preguntada hace 5 días <a href="/u/310">carla.dev</a> 87'))
      .replace("{A1}", es_post("answer accepted", 9, render(A1), 'respondida hace 5 días <a href="/u/12">pgmaestro</a> 21,4k',
                               '<div class="comments"><div class="comment">¡Justo lo que buscaba, gracias! – carla.dev hace 4 días</div></div>'))
      .replace("{A2}", es_post("answer", 2, render(A2), 'respondida hace 4 días <a href="/u/88">sql_ana</a> 3.010')),
     ["Vista 642 veces", "2 respuestas", "Justo lo que buscaba", "pgmaestro", "Tu respuesta", "Preguntas relacionadas"],
     must=["¿Cómo puedo obtener la fila entera?", "Con un índice sobre (cliente_id, fecha DESC) la consulta es rápida incluso con millones de filas.", "Si necesitas una solución estándar que funcione también en otros motores, usa una función de ventana:"])

# --- 10 de-faq-verein: an association's FAQ as a definition list inside a
# page builder's text module, a one-line intro, a membership box and a
# "Noch Fragen? Schreib uns" teaser after.
QS = [
    ("Wer kann mitmachen?", "Alle ab 16 Jahren. Jüngere dürfen mit einem Erwachsenen kommen."),
    ("Was kostet die Mitgliedschaft?", "24 Euro im Jahr, ermäßigt 12 Euro. Werkzeug und Handschuhe stellen wir."),
    ("Wann und wo trefft ihr euch?", "Jeden ersten Samstag im Monat um 10 Uhr am Parkplatz des Naturfreundehauses."),
    ("Muss ich jedes Mal kommen?", "Nein."),
]
B = [("p", "Das Wichtigste in Kürze:"), ("dl", QS)]
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>FAQ – Streuobstwiesen-Initiative Remstal e. V.</title></head>
<body class="page et_pb_pagebuilder_layout">
<div id="page-container"><header id="main-header"><a href="/" id="logo">Streuobstwiesen-Initiative Remstal</a><nav id="top-menu-nav"><ul><li><a href="/">Start</a></li><li><a href="/verein/">Verein</a></li><li><a href="/termine/">Termine</a></li><li><a href="/faq/">FAQ</a></li><li><a href="/spenden/">Spenden</a></li></ul></nav></header>
<div id="et-main-area"><div id="main-content"><article class="page type-page">
<div class="entry-content">
<div class="et_pb_section et_pb_section_0"><div class="et_pb_row"><div class="et_pb_column"><div class="et_pb_module et_pb_text"><div class="et_pb_text_inner"><h1>Häufige Fragen</h1></div></div></div></div></div>
<div class="et_pb_section et_pb_section_1"><div class="et_pb_row"><div class="et_pb_column"><div class="et_pb_module et_pb_text"><div class="et_pb_text_inner">
{BODY}
</div></div></div></div></div>
<div class="et_pb_section et_pb_section_2"><div class="et_pb_row"><div class="et_pb_column et_pb_column_1_2"><div class="et_pb_module et_pb_cta"><h2>Mitglied werden</h2><p>Unterstütze uns mit deiner Mitgliedschaft.</p><a class="et_pb_button" href="/mitglied/">Zum Antrag</a></div></div>
<div class="et_pb_column et_pb_column_1_2"><div class="et_pb_module et_pb_cta"><h2>Noch Fragen?</h2><p>Schreib uns an info@streuobst-remstal.test, wir melden uns.</p><a class="et_pb_button" href="/kontakt/">Kontakt</a></div></div></div></div>
</div>
</article></div></div>
<footer id="main-footer"><div id="footer-bottom">© 2026 Streuobstwiesen-Initiative Remstal e. V. · <a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a></div></footer></div>
</body></html>
"""
page(part(10), "de-faq-verein", "https://www.streuobst-remstal.test/faq/", B, H.replace("{BODY}", render(B)),
     ["Mitglied werden", "Unterstütze uns mit deiner Mitgliedschaft", "Noch Fragen?", "Schreib uns an"],
     must=["Das Wichtigste in Kürze:", "Muss ich jedes Mal kommen?", "Nein.", "24 Euro im Jahr, ermäßigt 12 Euro. Werkzeug und Handschuhe stellen wir."])


# --- 11 en-devblog-prism: a developer blog with Prism-highlighted code
# (token spans, a line-numbers gutter of empty spans after the code, a
# "Copy" button), a shell session with a prompt, a note admonition, and a
# comment widget with three comments.
def prism(code, lang):
    toks = E(code).replace("func ", '<span class="token keyword">func</span> ').replace("return ", '<span class="token keyword">return</span> ')
    rows = "".join("<span></span>" for _ in code.split("\n"))
    return ('<div class="code-toolbar"><pre class="language-%s line-numbers"><code class="language-%s">%s<span aria-hidden="true" class="line-numbers-rows">%s</span></code></pre>'
            '<div class="toolbar"><div class="toolbar-item"><button class="copy-to-clipboard-button" type="button"><span>Copy</span></button></div></div></div>') % (lang, lang, toks, rows)
C1 = "func Retry(ctx context.Context, n int, f func() error) error {\n\tvar err error\n\tfor i := range n {\n\t\tif err = f(); err == nil {\n\t\t\treturn nil\n\t\t}\n\t\tselect {\n\t\tcase <-ctx.Done():\n\t\t\treturn ctx.Err()\n\t\tcase <-time.After(backoff(i)):\n\t\t}\n\t}\n\treturn err\n}"
C2 = "func backoff(i int) time.Duration {\n\td := 100 * time.Millisecond << i\n\treturn d/2 + time.Duration(rand.Int64N(int64(d/2)))\n}"
B = [
    ("p", "Every service I have worked on ends up with a retry helper. Most of them are subtly wrong: they ignore cancellation, or every client retries at the same instant."),
    ("p", "Here is the version I now copy into every project:"),
    ("x", C1, prism(C1, "go")),
    ("p", "The backoff doubles each time and adds jitter, so a fleet of clients does not hammer a recovering server in lockstep:"),
    ("x", C2, prism(C2, "go")),
    ("x", "Note: only retry operations that are safe to repeat. A payment request is not one of them unless it carries an idempotency key.",
     '<div class="admonition note"><p class="admonition-title">Note</p><p>Only retry operations that are safe to repeat. A payment request is not one of them unless it carries an idempotency key.</p></div>'),
    ("p", "That is all there is to it."),
]
B[5] = ("x", "Only retry operations that are safe to repeat. A payment request is not one of them unless it carries an idempotency key.", B[5][2])
H = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>A retry helper that respects context | Notes from the pager</title></head>
<body>
<nav class="site-nav"><a class="site-title" href="/">Notes from the pager</a><a href="/archive/">Archive</a><a href="/talks/">Talks</a><a href="/now/">Now</a></nav>
<main class="page-content"><article class="post h-entry">
<header class="post-header"><h1 class="post-title p-name">A retry helper that respects context</h1><p class="post-meta"><time class="dt-published">Dec 1, 2026</time> • <span class="p-author">Sam Okafor</span> • 2 min read</p></header>
<div class="post-content e-content">
{BODY}
</div>
<div class="post-subscribe"><p>Get new posts by email. No spam, unsubscribe any time.</p><form><input type="email" placeholder="you@example.com"><button>Subscribe</button></form></div>
</article>
<section id="comments" class="giscus"><h2>3 comments</h2>
<div class="gsc-comment"><div class="gsc-comment-author"><a href="/u/ritaj">ritaj</a> <span>Dec 1</span></div><div class="gsc-comment-content"><p>Why not use a library like backoff/v4?</p></div><div class="gsc-reactions">👍 4</div></div>
<div class="gsc-comment"><div class="gsc-comment-author"><a href="/u/samo">samo</a> <span>author</span> <span>Dec 1</span></div><div class="gsc-comment-content"><p>Fair question. Twenty lines were less than a dependency for me.</p></div></div>
<div class="gsc-comment"><div class="gsc-comment-author"><a href="/u/kev">kev</a> <span>Dec 2</span></div><div class="gsc-comment-content"><p>Minor nit: rand.Int64N panics when d/2 is zero.</p></div></div>
<div class="gsc-comment-box"><textarea placeholder="Write a comment"></textarea><button>Sign in with GitHub</button></div></section>
</main>
<footer class="site-footer">© 2026 Sam Okafor · <a href="/feed.xml">RSS</a> · Built with Eleventy</footer>
</body></html>
"""
page(part(11), "en-devblog-prism", "https://pager-notes.test/2026/retry-helper/", B, H.replace("{BODY}", render(B)),
     ["2 min read", "Get new posts by email", "3 comments", "Why not use a library like backoff/v4?", "Twenty lines were less", "Sign in with GitHub", "Built with Eleventy"],
     must=["That is all there is to it.", "return ctx.Err()", "Only retry operations that are safe to repeat."])

# --- 12 de-magazin-leserkommentare: an online magazine's column with
# reader comments under it (a count, a sort bar, comments with a name, a
# time, a "Empfehlen" counter and replies; "Weitere Kommentare laden"),
# a paywall-free story with a pull quote repeating the story.
B = [
    ("lead", "Seit Oktober gilt in unserer Straße Tempo 30. Die Aufregung war groß, der Verkehr ist es nicht mehr."),
    ("p", "Als die Schilder aufgestellt wurden, sammelte ein Nachbar binnen einer Woche 140 Unterschriften dagegen. Die Straße sei eine Hauptverbindung, hieß es, und die Pendler würden sich durch die Wohngebiete drängen."),
    ("p", "Sechs Wochen später zeigt die Messtafel der Stadt: Die Autos fahren im Schnitt 31 statt 44 Kilometer pro Stunde. Ausweichverkehr hat die Verwaltung nicht festgestellt."),
    ("p", "Am meisten hat sich für die Kinder verändert. Der Weg zur Grundschule führt über die Straße, und viele Eltern lassen ihre Kinder jetzt allein gehen."),
    ("p", "Die Unterschriftenliste liegt übrigens noch im Bäckerladen. Es sind 140 Namen geblieben."),
]
CM = [("K. Bauer", "vor 2 Stunden", "12", "Bei uns genau dasselbe. Nach drei Monaten redet niemand mehr darüber."),
      ("Pendler_77", "vor 3 Stunden", "3", "Schön für die Anwohner. Ich brauche jetzt vier Minuten länger."),
      ("Helga M.", "vor 5 Stunden", "27", "Endlich schreibt mal jemand, was sich wirklich verändert hat.")]
cm = "\n".join('<div class="comment"><div class="comment__head"><span class="comment__name">%s</span> <span class="comment__time">%s</span></div><p class="comment__text">%s</p><div class="comment__actions"><button>Antworten</button> <button class="recommend">Empfehlen <span>%s</span></button> <button>Melden</button></div></div>' % (E(n), t, E(x), c) for n, t, c, x in CM)
body = render(B[:3]) + '\n<blockquote class="pull-quote"><p>„Die Autos fahren im Schnitt 31 statt 44 Kilometer pro Stunde.“</p></blockquote>\n' + render(B[3:])
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Kolumne: Tempo 30 vor der Haustür – und dann? | Stadtmagazin Kiel</title></head>
<body class="article-page">
<header class="masthead"><a href="/" class="masthead__logo">Stadtmagazin Kiel</a><nav class="masthead__nav"><a href="/stadt/">Stadt</a><a href="/kultur/">Kultur</a><a href="/kolumnen/">Kolumnen</a><a href="/abo/">Abo</a></nav></header>
<main class="layout">
<article class="article">
<div class="article__kicker">Kolumne · Nachbarschaft</div>
<h1 class="article__title">Tempo 30 vor der Haustür – und dann?</h1>
<div class="article__author">Von Merle Sander · 6. Dezember 2026, 08:00 Uhr</div>
<div class="article__body">
{BODY}
</div>
<div class="article__author-box"><img src="/m.jpg" alt=""><p>Merle Sander schreibt jeden Sonntag über das Leben in Kiels Stadtteilen.</p><a href="/autoren/merle-sander/">Alle Kolumnen</a></div>
</article>
<section class="comments" id="kommentare"><h2 class="comments__title">38 Kommentare</h2>
<div class="comments__bar">Sortieren: <a href="#">Neueste</a> · <a href="#">Älteste</a> · <a href="#">Meistempfohlen</a></div>
<div class="comments__form"><textarea placeholder="Jetzt kommentieren"></textarea><p>Bitte beachten Sie unsere Netiquette.</p></div>
{CM}
<button class="comments__more">Weitere Kommentare laden</button></section>
<aside class="teaser-list"><h2>Mehr aus der Stadt</h2><a href="/stadt/radweg-holtenauer/">Radweg Holtenauer Straße: Baustart im März</a> <a href="/stadt/wochenmarkt/">Der Wochenmarkt zieht um</a></aside>
</main>
<footer class="site-footer">© Stadtmagazin Kiel 2026 · <a href="/impressum/">Impressum</a> · <a href="/netiquette/">Netiquette</a></footer>
</body></html>
"""
page(part(12), "de-magazin-leserkommentare", "https://stadtmagazin-kiel.test/kolumnen/tempo-30-haustuer/", B, H.replace("{BODY}", body).replace("{CM}", cm),
     ["38 Kommentare", "Meistempfohlen", "Bei uns genau dasselbe", "Ich brauche jetzt vier Minuten länger", "Weitere Kommentare laden", "Mehr aus der Stadt", "Alle Kolumnen"],
     must=["Seit Oktober gilt in unserer Straße Tempo 30. Die Aufregung war groß, der Verkehr ist es nicht mehr.", "Die Unterschriftenliste liegt übrigens noch im Bäckerladen. Es sind 140 Namen geblieben."])

# --- 13 it-forum-discussione: an Invision-like Italian board: the first
# post is the content (a list, a closing question); author panels with a
# group, a post counter and a reputation, "Inviato" dates, a reply quoting
# the first post, a signature, "Partecipa alla conversazione".
B = [
    ("p", "Buongiorno a tutti, ho una Panda 1.2 del 2015 con 98.000 km. Da qualche giorno, a motore freddo, sento un ticchettio che sparisce dopo qualche minuto."),
    ("p", "Cose già controllate:"),
    ("ul", ["livello dell’olio nella norma", "tagliando fatto a settembre", "nessuna spia accesa sul cruscotto"]),
    ("p", "Secondo voi sono le punterie o devo preoccuparmi?"),
]
def ips(name, group, posts, rep, when, body, sig=""):
    return """<article class="cPost ipsComment"><aside class="cAuthorPane"><h3 class="cAuthorPane_author"><a href="/profile/%s">%s</a></h3><ul class="cAuthorPane_info"><li class="ipsType_light">%s</li><li class="ipsType_light">%s messaggi</li><li class="ipsRepBadge">Reputazione: %s</li></ul></aside>
<div class="ipsColumn"><div class="ipsComment_meta">Inviato <time>%s</time> <a href="#">Segnala</a> <a href="#">Condividi</a></div>
<div class="cPost_contentWrap"><div data-role="commentContent" class="ipsType_richText">%s</div>%s</div>
<ul class="ipsComment_controls"><li><a href="#">Citazione</a></li><li class="ipsReact">Mi piace 2</li></ul></div></article>""" % (name, name, group, posts, rep, when, body, sig)
R2 = "<blockquote class=\"ipsQuote\"><div class=\"ipsQuote_citation\">gianni_74 ha scritto:</div><div class=\"ipsQuote_contents\"><p>Secondo voi sono le punterie o devo preoccuparmi?</p></div></blockquote><p>Sul 1.2 Fire è tipico delle punterie idrauliche. Se sparisce a caldo non è grave, ma usa un olio 5W40 come da libretto.</p>"
H = """<!DOCTYPE html>
<html lang="it">
<head><meta charset="utf-8"><title>Ticchettio a freddo Panda 1.2 - Meccanica - Forum Motori Italia</title></head>
<body class="ipsApp ipsApp_front">
<div id="ipsLayout_header"><header><a href="/" id="elLogo">Forum Motori Italia</a><ul id="elUserNav"><li><a href="/login/">Accedi</a></li><li><a href="/register/">Registrati</a></li></ul></header>
<nav class="ipsBreadcrumb"><ul><li><a href="/">Home</a></li><li><a href="/forum/meccanica/">Meccanica</a></li><li>Ticchettio a freddo Panda 1.2</li></ul></nav></div>
<main id="ipsLayout_body">
<div class="ipsPageHeader"><h1 class="ipsType_pageTitle">Ticchettio a freddo Panda 1.2</h1><p class="ipsType_light">Di <a href="/profile/gianni_74">gianni_74</a>, 1 dicembre in Meccanica</p></div>
<div class="ipsButtonBar"><div class="ipsPagination">Pagina 1 di 1</div><a href="#replyForm" class="ipsButton">Rispondi a questa discussione</a></div>
<div class="cTopic">
{P1}
{P2}
</div>
<div id="replyForm" class="cTopicPostArea"><h2>Partecipa alla conversazione</h2><p>Puoi pubblicare ora e registrarti più tardi. Se hai un account, accedi ora per pubblicare con il tuo account.</p><textarea></textarea><button>Invia risposta</button></div>
<div class="ipsBox"><h2>Discussioni simili</h2><ul><li><a href="/topic/8812/">Spia airbag accesa Punto</a></li><li><a href="/topic/9120/">Cambio olio ogni quanti km?</a></li></ul></div>
</main>
<footer id="ipsLayout_footer">Powered by Invision Community · <a href="/privacy/">Privacy</a> · <a href="/guidelines/">Regolamento</a></footer>
</body></html>
"""
page(part(13), "it-forum-discussione", "https://forummotori.test/topic/10442-ticchettio-a-freddo-panda-12/", B,
     H.replace("{P1}", ips("gianni_74", "Utente", "23", "4", "1 dicembre", render(B)))
      .replace("{P2}", ips("meccanico_ro", "Moderatore", "8.412", "1.207", "1 dicembre", R2, '<div class="cSignature">Roberto – officina dal 1988. Niente consulenze in privato.</div>')),
     ["messaggi", "Reputazione", "tipico delle punterie idrauliche", "officina dal 1988", "Partecipa alla conversazione", "Discussioni simili"],
     must=["Secondo voi sono le punterie o devo preoccuparmi?", "nessuna spia accesa sul cruscotto", "Cose già controllate:"])

# --- 14 de-frage-antworten: a community Q&A page (question with a short
# body, a "Beste Antwort" and a second answer), helpful counters, user
# badges ("Experte", "Community-Experte"), a "Weitere Antworten" block
# with an ad between answers and "Ähnliche Fragen".
Q = [("p", "Mein Vermieter will die Nebenkosten um 80 Euro im Monat erhöhen, obwohl die Abrechnung erst im März kommt. Darf er das einfach so?")]
A1 = [
    ("p", "Nein, nicht einfach so. Eine Erhöhung der Vorauszahlungen ist nur nach einer Abrechnung erlaubt, und sie muss sich aus dieser ergeben (§ 560 Abs. 4 BGB)."),
    ("p", "Eine Ausnahme gibt es, wenn sich die Kosten nachweislich stark erhöht haben, etwa durch einen neuen Gasvertrag. Dann muss er das aber belegen."),
    ("p", "Bitte ihn schriftlich um die Begründung."),
]
A2 = [("p", "Frag beim örtlichen Mieterverein nach. Die Erstberatung kostet meistens nur den Mitgliedsbeitrag, und die kennen die Preise der örtlichen Versorger.")]
def gf(cls, body, user, badge, when, helpful, best=""):
    return '<div class="%s">%s<div class="ContentBody">%s</div><div class="UserCard"><a href="/nutzer/%s">%s</a> <span class="UserBadge">%s</span> <span class="Date">%s</span></div><div class="Actions"><button class="Helpful">Hilfreich <span class="Count">%s</span></button> <button>Kommentieren</button> <button>Melden</button></div></div>' % (cls, best, body, user, user, badge, when, helpful)
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Darf der Vermieter die Nebenkosten ohne Abrechnung erhöhen? | Mietfrage</title></head>
<body>
<header class="Header"><a class="Logo" href="/">Mietfrage</a><form class="Search"><input placeholder="Frage suchen"></form><a class="AskButton" href="/frage-stellen">Frage stellen</a></header>
<main class="Page">
<div class="Question"><div class="Topics"><a href="/themen/miete">Miete</a> <a href="/themen/nebenkosten">Nebenkosten</a></div>
<h1 class="QuestionTitle">Darf der Vermieter die Nebenkosten ohne Abrechnung erhöhen?</h1>
{Q}</div>
<div class="AnswerCount">2 Antworten</div>
{A1}
<div class="AdSlot"><span>Anzeige</span><a href="/ad">Rechtsschutz ab 9,90 € im Monat – jetzt vergleichen</a></div>
<h2 class="MoreAnswers">Weitere Antworten</h2>
{A2}
<div class="AnswerForm"><h3>Kennst du die Antwort?</h3><a class="Button" href="/antworten/4412">Frage beantworten</a></div>
<aside class="Related"><h3>Ähnliche Fragen</h3><ul><li><a href="/frage/kaution-zurueck">Wann muss die Kaution zurückgezahlt werden?</a></li><li><a href="/frage/heizkosten-hoch">Heizkosten plötzlich doppelt so hoch?</a></li></ul></aside>
</main>
<footer class="Footer">Mietfrage – Hilfe von Mietern für Mieter · <a href="/agb">AGB</a> · <a href="/impressum">Impressum</a></footer>
</body></html>
"""
page(part(14), "de-frage-antworten", "https://mietfrage.test/frage/nebenkosten-erhoehung-ohne-abrechnung", Q + A1 + A2,
     H.replace("{Q}", gf("QuestionCard", render(Q), "mieterin_jana", "", "vor 4 Stunden", "3"))
      .replace("{A1}", gf("AnswerCard BestAnswer", render(A1), "RA_Hoffmann", "Experte für Mietrecht", "vor 3 Stunden", "41", '<div class="BestAnswerLabel">Hilfreichste Antwort</div>'))
      .replace("{A2}", gf("AnswerCard", render(A2), "altbaumieter", "Community-Experte", "vor 2 Stunden", "7")),
     ["2 Antworten", "Hilfreichste Antwort", "Experte für Mietrecht", "Rechtsschutz ab 9,90", "Kennst du die Antwort?", "Ähnliche Fragen", "RA_Hoffmann"],
     must=["Bitte ihn schriftlich um die Begründung.", "Darf er das einfach so?", "Frag beim örtlichen Mieterverein nach. Die Erstberatung kostet meistens nur den Mitgliedsbeitrag, und die kennen die Preise der örtlichen Versorger."])

# --- 15 pl-blog-kod: a Polish programming blog on WordPress with a code
# highlighter plugin (a toolbar with the language and "Kopiuj", a numbered
# list of lines as <ol>), an inline code span, and a comment section.
C1 = "import asyncio\n\nasync def pobierz(sesja, url):\n    async with sesja.get(url) as odp:\n        return await odp.text()"
C2 = "async def main(adresy):\n    async with aiohttp.ClientSession() as sesja:\n        return await asyncio.gather(*(pobierz(sesja, u) for u in adresy))"
def crayon(code):
    lines = "".join('<li class="line"><span>%s</span></li>' % (E(l) or "&nbsp;") for l in code.split("\n"))
    return '<div class="code-block"><div class="code-toolbar"><span class="code-lang">Python</span><button class="code-copy">Kopiuj</button></div><ol class="code-lines">%s</ol></div>' % lines
B = [
    ("p", "Kiedy trzeba pobrać sto stron, pisanie pętli z requests trwa wieki. W tym wpisie pokażę, jak zrobić to samo w kilka sekund z asyncio i aiohttp."),
    ("h", "Pojedyncze zapytanie"),
    ("x", C1, crayon(C1)),
    ("p", "Funkcja pobierz nie blokuje programu: czekając na odpowiedź, oddaje sterowanie innym zadaniom."),
    ("h", "Wiele zapytań naraz"),
    ("x", C2, crayon(C2)),
    ("p", "Uwaga na limity: przy tysiącach adresów warto ograniczyć liczbę jednoczesnych połączeń semaforem."),
    ("p", "Powodzenia!"),
]
H = """<!DOCTYPE html>
<html lang="pl-PL">
<head><meta charset="UTF-8"><title>Asynchroniczne pobieranie stron w Pythonie – Kod po godzinach</title></head>
<body class="post-template-default single">
<header class="site-header"><a href="/" class="site-title">Kod po godzinach</a><nav><a href="/python/">Python</a> <a href="/bazy-danych/">Bazy danych</a> <a href="/o-mnie/">O mnie</a></nav></header>
<div class="site-content"><main class="site-main"><article class="post">
<header class="entry-header"><h1 class="entry-title">Asynchroniczne pobieranie stron w Pythonie</h1><div class="entry-meta">Opublikowano 2 grudnia 2026 przez Tomasz · 7 komentarzy</div></header>
<div class="entry-content">
{BODY}
<div class="wp-block-buttons"><a class="wp-block-button__link" href="https://buycoffee.test/kodpogodzinach">Postaw mi kawę ☕</a></div>
</div>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">7 komentarzy do „Asynchroniczne pobieranie stron w Pythonie”</h2>
<ol class="comment-list"><li class="comment"><div class="comment-author"><b>Kasia</b> <span>2 grudnia 2026 o 14:20</span></div><div class="comment-content"><p>Świetny wpis! A jak dodać ponawianie przy błędzie 503?</p></div><a class="comment-reply-link" href="#">Odpowiedz</a></li>
<li class="comment"><div class="comment-author"><b>Tomasz</b> <span>2 grudnia 2026 o 16:02</span></div><div class="comment-content"><p>Dzięki! O ponawianiu będzie osobny wpis.</p></div><a class="comment-reply-link" href="#">Odpowiedz</a></li></ol>
<div id="respond"><h3>Dodaj komentarz</h3><form><p>Twój adres e-mail nie zostanie opublikowany.</p><textarea></textarea><input type="submit" value="Opublikuj komentarz"></form></div></div>
</main>
<aside class="widget-area"><section class="widget"><h2>Najnowsze wpisy</h2><ul><li><a href="/sqlite-wal/">SQLite i tryb WAL</a></li><li><a href="/pytest-fixtures/">Fixtures w pytest</a></li></ul></section></aside></div>
<footer class="site-footer">© 2026 Kod po godzinach · Motyw: Twenty Twenty-One</footer>
</body></html>
"""
page(part(15), "pl-blog-kod", "https://kodpogodzinach.test/asyncio-aiohttp/", B, H.replace("{BODY}", render(B)),
     ["Kopiuj", "Postaw mi kawę", "7 komentarzy", "jak dodać ponawianie przy błędzie 503", "Dodaj komentarz", "Najnowsze wpisy"],
     must=["Powodzenia!", "return await odp.text()", "Uwaga na limity: przy tysiącach adresów warto ograniczyć liczbę jednoczesnych połączeń semaforem."])

# --- 16 nl-faq-details: a Dutch energy supplier's FAQ in <details> with
# a one-line intro, a bullet list in one answer, "Was dit antwoord
# nuttig?" after each, then a contact block and a chat teaser.
QS = [
    ("Wanneer wordt mijn termijnbedrag aangepast?", [("p", "We kijken elk kwartaal of uw termijnbedrag nog past bij uw verbruik. Als het meer dan 10 procent afwijkt, stellen we een nieuw bedrag voor.")]),
    ("Kan ik mijn termijnbedrag zelf wijzigen?", [("p", "Ja, in de app of in Mijn Omgeving. Let op:"), ("ul", ["u kunt het bedrag één keer per maand wijzigen", "een te laag bedrag kan leiden tot een hoge eindafrekening"])]),
    ("Wat gebeurt er als ik verhuis?", [("p", "Geef uw verhuizing minstens vijf werkdagen van tevoren door. U ontvangt dan een eindafrekening voor uw oude adres.")]),
]
B = [("p", "Alles over uw maandelijkse termijnbedrag.")]
body = render(B) + "\n"
for q, ans in QS:
    B += [("h3", q)] + ans
    body += '<details class="faq__item"><summary><h3 class="faq__q">%s</h3></summary><div class="faq__a">%s<div class="faq__vote"><span>Was dit antwoord nuttig?</span> <button>Ja</button> <button>Nee</button></div></div></details>\n' % (E(q), render(ans))
H = """<!DOCTYPE html>
<html lang="nl">
<head><meta charset="utf-8"><title>Veelgestelde vragen over uw termijnbedrag | Zonnestroom Energie</title></head>
<body>
<header class="site-header"><a class="logo" href="/">Zonnestroom Energie</a><nav><a href="/stroom/">Stroom</a><a href="/gas/">Gas</a><a href="/zonnepanelen/">Zonnepanelen</a><a href="/klantenservice/">Klantenservice</a></nav><a class="login" href="/mijn/">Mijn Omgeving</a></header>
<main class="main">
<nav class="breadcrumbs"><a href="/">Home</a> › <a href="/klantenservice/">Klantenservice</a> › Termijnbedrag</nav>
<h1>Veelgestelde vragen over uw termijnbedrag</h1>
<section class="faq">
{BODY}
</section>
<section class="contact-block"><h2>Staat uw vraag er niet bij?</h2><div class="contact-block__items"><div><h3>Bel ons</h3><p>088 123 45 00, ma–vr 8.00–20.00 uur</p></div><div><h3>Chat met ons</h3><p>Gemiddelde wachttijd: 2 minuten</p><button>Start chat</button></div></div></section>
</main>
<footer class="site-footer"><a href="/privacy/">Privacy</a> <a href="/cookies/">Cookies</a> <a href="/voorwaarden/">Voorwaarden</a> © 2026 Zonnestroom Energie B.V.</footer>
</body></html>
"""
page(part(16), "nl-faq-details", "https://www.zonnestroom.test/klantenservice/termijnbedrag/", B, H.replace("{BODY}", body),
     ["Was dit antwoord nuttig?", "Staat uw vraag er niet bij?", "Gemiddelde wachttijd", "Start chat"],
     must=["Alles over uw maandelijkse termijnbedrag.", "een te laag bedrag kan leiden tot een hoge eindafrekening", "Wat gebeurt er als ik verhuis?"])
