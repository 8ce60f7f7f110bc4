# The twelfth batch, written after extractor 1.15.0 and before it was run on
# these pages: German-heavy pages of the kinds a multilingual evaluation
# suite holds besides news (company and personal blogs, magazine features
# with long intros, association and municipal pages, "about" pages, press
# releases, event pages, interviews with bold questions, guides with a
# summary box), written to find where text goes missing: a teaser or intro
# set apart from the body, a summary box before the story, a "Fazit" in a
# box of its own, sections of an about page in sibling <section>s, text in
# <div>s without <p>, <br><br> paragraphs, tables, footnotes, info boxes,
# one-line last paragraphs. must= marks what a reader needs kept; the
# boilerplate strings are the chrome a reader skips (author boxes, share
# bars, related links, contact boxes).
#
# Judgment calls, following the README's contract: an author box at the end
# of a post ("Über die Autorin") is chrome; a summary box ("Das Wichtigste in
# Kürze") and a fact box of the story are text; footnotes of a long-form
# piece are text; a press release's "about" paragraph is text, its press
# contact is not; an event page's sidebar card of date and place is chrome
# the truth leaves out (not counted as boilerplate).
#
# Parts were assigned by a fixed rule before the extractor was run: in the
# order written, every third page (3rd, 6th, 9th, 12th, 15th) is held out.
from kit import E, page, render


def part(n):
    return "heldout" if n % 3 == 0 else "tune"


# --- 1 de-firmenblog-fazit: a software company's blog on a page builder:
# the intro is a text widget of its own above the post's widget, the
# "Fazit" is a third widget with a heading widget before it, an author box
# ends the post.
INTRO = [("p", "Viele Mittelständler scheuen den Umstieg auf die E-Rechnung. Dabei ist die Umstellung in den meisten Betrieben in wenigen Wochen erledigt.")]
MAIN = [
    ("h", "Was sich 2027 ändert"),
    ("p", "Ab dem 1. Januar 2027 müssen Unternehmen mit mehr als 800.000 Euro Jahresumsatz E-Rechnungen nicht nur empfangen, sondern auch ausstellen können. Eine PDF-Datei per E-Mail reicht dann nicht mehr."),
    ("h", "In vier Schritten zur E-Rechnung"),
    ("ol", ["Bestandsaufnahme: Welche Programme erzeugen heute Rechnungen?", "Format wählen: XRechnung oder ZUGFeRD ab Version 2.0.1.", "Testlauf mit zwei oder drei Stammkunden.", "Archivierung klären: zehn Jahre, unveränderbar."]),
    ("p", "Die meisten Warenwirtschaftssysteme beherrschen ZUGFeRD bereits. Oft genügt ein Update."),
]
FAZIT = [("p", "Wer jetzt anfängt, hat genug Zeit für Tests."), ("p", "Und spart ab dem ersten Monat Porto.")]
B = INTRO + MAIN + [("h", "Fazit")] + FAZIT


def widget(kind, inner):
    return ('<div class="elementor-element elementor-widget elementor-widget-%s"><div class="elementor-widget-container">%s</div></div>' % (kind, inner))


body = (widget("text-editor", render(INTRO)) + "\n" + widget("theme-post-content", render(MAIN)) + "\n"
        + widget("heading", '<h2 class="elementor-heading-title">Fazit</h2>') + "\n" + widget("text-editor", render(FAZIT)) + "\n"
        + widget("author-box", '<div class="author-box"><img src="/a/km.jpg" alt=""><div class="author-box__text"><h4 class="author-box__name">Katrin Möller</h4><p class="author-box__bio">Katrin Möller berät seit 15 Jahren Handwerksbetriebe bei der Digitalisierung ihrer Buchhaltung.</p><a class="author-box__button" href="/team/">Alle Beiträge</a></div></div>'))
H = """<!DOCTYPE html>
<html lang="de-DE">
<head><meta charset="UTF-8"><title>E-Rechnung 2027: So gelingt die Umstellung im Mittelstand - belegfix Blog</title>
<meta property="og:type" content="article"></head>
<body class="post-template single single-post elementor-page">
<header class="site-header"><a class="logo" href="/">belegfix</a><nav><a href="/funktionen/">Funktionen</a><a href="/preise/">Preise</a><a href="/blog/">Blog</a><a class="btn" href="/testen/">14 Tage kostenlos testen</a></nav></header>
<main id="content" class="site-main">
<div class="elementor elementor-location-single">
<section class="elementor-section"><div class="elementor-container"><div class="elementor-column"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-theme-post-title"><div class="elementor-widget-container"><h1 class="elementor-heading-title">E-Rechnung 2027: So gelingt die Umstellung im Mittelstand</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-post-info"><div class="elementor-widget-container"><ul class="elementor-post-info"><li>Katrin Möller</li><li>3. Dezember 2026</li><li>5 Min. Lesezeit</li></ul></div></div>
{BODY}
<div class="elementor-element elementor-widget elementor-widget-share-buttons"><div class="elementor-widget-container"><span>Beitrag teilen:</span> <a href="#">LinkedIn</a> <a href="#">Xing</a> <a href="#">E-Mail</a></div></div>
</div></div></div></section>
<section class="elementor-section related"><h2>Weitere Beiträge</h2><a href="/blog/gobd/">GoBD einfach erklärt</a> <a href="/blog/belege-scannen/">Belege richtig scannen</a></section>
</div>
</main>
<footer class="site-footer">© 2026 belegfix GmbH · <a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a></footer>
</body></html>
"""
page(part(1), "de-firmenblog-fazit", "https://belegfix.test/blog/e-rechnung-2027/", B, H.replace("{BODY}", body),
     ["5 Min. Lesezeit", "Beitrag teilen", "Katrin Möller berät seit 15 Jahren", "GoBD einfach erklärt", "14 Tage kostenlos testen"],
     must=["Viele Mittelständler scheuen den Umstieg auf die E-Rechnung.", "Archivierung klären: zehn Jahre, unveränderbar.", "Wer jetzt anfängt, hat genug Zeit für Tests.", "Und spart ab dem ersten Monat Porto."])

# --- 2 de-magazin-langform: a magazine's long-form feature: a long intro
# paragraph in the article header (class "intro"), an info box in the
# middle, numbered footnotes at the end of the body.
B = [
    ("sf", "Vor hundert Jahren lebten an der Elbe mehr als zweihundert Fischerfamilien vom Stör. Heute kennt kaum jemand den Fisch noch. Eine Spurensuche zwischen Cuxhaven und Geesthacht, bei den letzten Fischern, in Archiven und in einer Zuchtanlage, die dem Urfisch eine zweite Chance geben will."),
    ("p", "Hans Peters ist 84 Jahre alt und hat den letzten Elbstör seines Dorfes noch gesehen. „Das war 1968“, sagt er, „der lag in der Räucherei, zwei Meter lang.“ Danach kam keiner mehr."),
    ("p", "Der Europäische Stör galt in Deutschland lange als ausgestorben.¹ Überfischung, der Ausbau der Flüsse und das Abwasser der Industrie hatten ihm die Laichplätze genommen."),
    ("h", "Ein Fisch aus der Zeit der Dinosaurier"),
    ("p", "Störe gibt es seit rund 200 Millionen Jahren. Sie werden über hundert Jahre alt und erst mit 15 bis 20 Jahren geschlechtsreif. Das macht sie so verletzlich: Eine Population, die einmal zusammengebrochen ist, erholt sich nur in Jahrzehnten."),
    ("h3", "Der Stör in Zahlen"),
    ("ul", ["Länge: bis zu 3,5 Meter", "Gewicht: bis zu 300 Kilogramm", "Alter: über 100 Jahre", "Laichzeit: Mai bis Juli"]),
    ("p", "Seit 2008 setzen Forscher in der Elbe Jungfische aus.² Einige sind inzwischen bis in die Nordsee gewandert und zurückgekehrt."),
    ("p", "Ob der Stör wieder heimisch wird, wissen auch sie nicht. Hans Peters hofft es."),
    ("h3", "Anmerkungen"),
    ("ol", ["Rote Liste der Süßwasserfische Deutschlands, 2009.", "Gesellschaft zur Rettung des Störes e. V., Jahresbericht 2025."]),
]
MAIN = B[1:5]
BOX = B[5:7]
REST = B[7:9]
NOTES = B[9:]
body = (render(MAIN) + "\n" + '<aside class="infobox"><div class="infobox__inner">%s</div></aside>' % render(BOX) + "\n" + render(REST) + "\n"
        + '<div class="footnotes"><h3>Anmerkungen</h3><ol class="footnotes__list">%s</ol></div>' % "".join('<li id="fn%d">%s <a href="#fnref%d" class="footnote-back">↩</a></li>' % (i + 1, E(t), i + 1) for i, t in enumerate(NOTES[1][1])))
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Der letzte Stör der Elbe | Küstenmagazin</title>
<meta property="og:type" content="article"></head>
<body>
<div class="consent-banner">Diese Website nutzt Cookies und vergleichbare Technologien. <button>Alle akzeptieren</button> <button>Einstellungen</button></div>
<header class="masthead"><a href="/" class="masthead__logo">Küstenmagazin</a><nav><a href="/reportage/">Reportage</a><a href="/natur/">Natur</a><a href="/menschen/">Menschen</a><a href="/abo/">Heft bestellen</a></nav></header>
<main>
<article class="longform">
<header class="longform__header">
<span class="kicker">Reportage</span>
<h1>Der letzte Stör der Elbe</h1>
<p class="intro">Vor hundert Jahren lebten an der Elbe mehr als zweihundert Fischerfamilien vom Stör. Heute kennt kaum jemand den Fisch noch. Eine Spurensuche zwischen Cuxhaven und Geesthacht, bei den letzten Fischern, in Archiven und in einer Zuchtanlage, die dem Urfisch eine zweite Chance geben will.</p>
<div class="meta">Text: Meike Brandt · Fotos: Ole Jensen · Heft 6/2026</div>
</header>
<figure class="longform__hero"><img src="/img/stoer.jpg" alt=""><figcaption>Ein junger Stör in der Aufzuchtstation in Born. Foto: Ole Jensen</figcaption></figure>
<div class="longform__body">
{BODY}
</div>
</article>
<section class="teaser-list"><h2>Mehr Reportagen</h2><a href="/reportage/halligen/">Leben auf der Hallig</a> <a href="/reportage/krabbenkutter/">Die letzten Krabbenkutter</a></section>
</main>
<footer class="footer">Küstenmagazin erscheint alle zwei Monate · <a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a></footer>
</body></html>
"""
page(part(2), "de-magazin-langform", "https://kuestenmagazin.test/reportage/letzter-stoer-elbe/", B, H.replace("{BODY}", body),
     ["Diese Website nutzt Cookies", "Text: Meike Brandt", "Foto: Ole Jensen", "Mehr Reportagen", "Die letzten Krabbenkutter"],
     must=["Heute kennt kaum jemand den Fisch noch.", "Gewicht: bis zu 300 Kilogramm", "Ob der Stör wieder heimisch wird, wissen auch sie nicht. Hans Peters hofft es.", "Rote Liste der Süßwasserfische Deutschlands, 2009."])

# --- 3 de-verein-brbr: a sports club's news on an old Joomla-like
# template: the text is one <div> of <br><br> paragraphs, a table of
# training times, a one-line close.
PARAS = ["Liebe Mitglieder, liebe Eltern,", "die Hallenzeiten für den Winter stehen fest. Ab Montag, 4. Januar, trainieren alle Jugendmannschaften wieder in der Dreifachhalle am Schulzentrum. Die Sporthalle an der Lindenstraße wird bis Ostern saniert.", "Bitte beachtet, dass die Halle nur mit sauberen Hallenschuhen betreten werden darf."]
TAB = [["Mannschaft", "Tag", "Uhrzeit"], ["F-Jugend", "Montag", "16:00 – 17:00"], ["E-Jugend", "Montag", "17:00 – 18:30"], ["D-Jugend", "Mittwoch", "17:00 – 18:30"], ["C-Jugend", "Mittwoch", "18:30 – 20:00"]]
END = ["Die Trainer freuen sich auf euch!", "Euer Jugendvorstand"]
B = [("brp", PARAS), ("table", TAB), ("brp", END)]
body = ('<div class="item-page"><div class="article-text">%s<br><br>\n<table class="tabelle" border="1">%s</table>\n<br>%s</div></div>'
        % ("<br>\n<br>\n".join(E(p) for p in PARAS), "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % E(c) for c in r) for r in TAB), "<br>\n<br>\n".join(E(p) for p in END)))
H = """<!DOCTYPE html>
<html lang="de-de">
<head><meta charset="utf-8"><title>Hallenzeiten Winter 2027 - TSV Rotenburg 1896 e.V. - Abteilung Fußball</title></head>
<body>
<div id="wrapper">
<div id="header"><img src="/images/wappen.png" alt="TSV Rotenburg"> TSV Rotenburg 1896 e.V.</div>
<div id="leftcolumn"><ul class="menu"><li><a href="/">Startseite</a></li><li><a href="/fussball">Fußball</a></li><li><a href="/turnen">Turnen</a></li><li><a href="/handball">Handball</a></li><li><a href="/kontakt">Kontakt</a></li></ul>
<div class="moduletable"><h3>Nächste Spiele</h3><p>Sa 9.1. Herren – SV Scheeßel 14:00</p></div></div>
<div id="maincolumn">
<h2 class="contentheading">Hallenzeiten Winter 2027</h2>
<div class="small">Geschrieben von Jugendleitung am 5. Dezember 2026. Zugriffe: 187</div>
{BODY}
<div class="pagenav"><a href="/fussball/weihnachtsfeier">&lt; Zurück</a> <a href="/fussball/jahreshauptversammlung">Weiter &gt;</a></div>
</div>
<div id="footer">© TSV Rotenburg 1896 e.V. | <a href="/impressum">Impressum</a></div>
</div>
</body></html>
"""
page(part(3), "de-verein-brbr", "https://tsv-rotenburg.test/fussball/hallenzeiten-winter", B, H.replace("{BODY}", body),
     ["Zugriffe: 187", "Nächste Spiele", "Weiter >"],
     must=["Liebe Mitglieder, liebe Eltern,", "D-Jugend", "Die Trainer freuen sich auf euch!", "Euer Jugendvorstand"])

# --- 4 de-gemeinde-divs: a municipality's notice on a public-sector CMS:
# text in <div>s without <p>, a definition list of what to bring, a
# one-line close, a contact box in the sidebar and one under the text.
B = [
    ("div", "Die Gemeinde Hollfeld bietet ab Januar eine Sprechstunde für Bauherren an. Architektinnen und Architekten des Bauamts beantworten Fragen zu Bauanträgen, Bebauungsplänen und Fördermitteln."),
    ("div", "Die Beratung ist kostenlos. Eine Anmeldung ist nicht nötig, bei größeren Vorhaben aber sinnvoll."),
    ("h", "Termine"),
    ("div", "Jeden ersten Dienstag im Monat von 14 bis 18 Uhr im Rathaus, Zimmer 12."),
    ("h", "Was Sie mitbringen sollten"),
    ("dl", [("Lageplan", "Ein Auszug aus dem Liegenschaftskataster genügt."), ("Skizze", "Auch eine Handzeichnung hilft weiter."), ("Fotos", "Vom Grundstück und von den Nachbargebäuden.")]),
    ("div", "Wir freuen uns auf Ihren Besuch."),
]
CONTACT = '<div class="contact-box"><h3>Ansprechpartner</h3><div>Bauamt, Markus Zettl</div><div>Telefon 09274 980-21</div><div><a href="mailto:bauamt@hollfeld.test">bauamt@hollfeld.test</a></div></div>'
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Bauherren-Sprechstunde im Rathaus - Stadt Hollfeld</title></head>
<body>
<a class="skip" href="#inhalt">Zum Inhalt springen</a>
<header><div class="logo"><a href="/">Stadt Hollfeld</a></div><nav class="hauptnav"><a href="/rathaus/">Rathaus &amp; Bürgerservice</a><a href="/leben/">Leben &amp; Wohnen</a><a href="/wirtschaft/">Wirtschaft</a><a href="/tourismus/">Tourismus</a></nav></header>
<div class="breadcrumb"><a href="/">Startseite</a> › <a href="/rathaus/">Rathaus</a> › <a href="/rathaus/aktuelles/">Aktuelles</a></div>
<div class="page">
<main id="inhalt" class="col-main">
<div class="news-detail">
<h1>Bauherren-Sprechstunde im Rathaus</h1>
<div class="news-date">04.12.2026</div>
<div class="news-text">
{BODY}
</div>
{CONTACT}
<div class="news-back"><a href="/rathaus/aktuelles/">Zurück zur Übersicht</a></div>
</div>
</main>
<aside class="col-side"><div class="box"><h3>Öffnungszeiten Rathaus</h3><div>Mo–Fr 8–12 Uhr</div><div>Do 14–18 Uhr</div></div></aside>
</div>
<footer><a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a> · <a href="/barrierefreiheit/">Barrierefreiheit</a></footer>
</body></html>
"""
dl = lambda pairs: '<div class="dl">%s</div>' % "".join('<dl><dt>%s</dt><dd>%s</dd></dl>' % (E(a), E(b)) for a, b in pairs)
page(part(4), "de-gemeinde-divs", "https://hollfeld.test/rathaus/aktuelles/bauherren-sprechstunde/", B, H.replace("{BODY}", render(B, dl=dl)).replace("{CONTACT}", CONTACT),
     ["Zum Inhalt springen", "Telefon 09274 980-21", "Öffnungszeiten Rathaus", "Zurück zur Übersicht"],
     must=["Die Beratung ist kostenlos.", "Jeden ersten Dienstag im Monat von 14 bis 18 Uhr im Rathaus, Zimmer 12.", "Auch eine Handzeichnung hilft weiter.", "Wir freuen uns auf Ihren Besuch."])

# --- 5 de-pm-verband: an industry association's press release: a
# dateline-led first paragraph in bold, quotes, a bullet list, the
# association's "about" paragraph (text) and the press contact (not).
B = [
    ("lead", "Berlin, 2. Dezember 2026 – Die deutschen Fahrradhändler haben 2026 weniger Räder verkauft als im Vorjahr, aber mehr verdient. Das geht aus der Jahresbilanz des Verbands hervor."),
    ("p", "Insgesamt gingen 3,8 Millionen Fahrräder über den Ladentisch, sieben Prozent weniger als 2025. Der Umsatz stieg dennoch um drei Prozent auf 7,1 Milliarden Euro, weil der Anteil der E-Bikes weiter wuchs."),
    ("quote", "Die Kundinnen und Kunden kaufen seltener, aber hochwertiger.", "Sabine Keller, Geschäftsführerin"),
    ("p", "Die wichtigsten Zahlen im Überblick:"),
    ("ul", ["E-Bike-Anteil: 56 Prozent (2025: 53 Prozent)", "Durchschnittspreis E-Bike: 2.950 Euro", "Lastenräder: 210.000 Stück, plus 12 Prozent"]),
    ("p", "Für 2027 rechnet der Verband mit einem stabilen Markt."),
    ("h3", "Über den Verband"),
    ("p", "Der Bundesverband Fahrradhandel vertritt rund 2.400 Fachhändler mit 28.000 Beschäftigten."),
]
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Pressemitteilung: Fahrradhandel mit weniger Stückzahlen, aber mehr Umsatz | BVF</title>
<meta property="og:type" content="article"></head>
<body>
<header class="header"><a href="/" class="logo">Bundesverband Fahrradhandel</a><nav><a href="/verband/">Verband</a><a href="/themen/">Themen</a><a href="/presse/">Presse</a><a href="/mitglied-werden/">Mitglied werden</a></nav></header>
<main class="main">
<div class="press-detail">
<div class="press-detail__label">Pressemitteilung</div>
<h1>Fahrradhandel: weniger Stückzahlen, aber mehr Umsatz</h1>
<div class="press-detail__date">02.12.2026</div>
<div class="press-detail__text rte">
{BODY}
</div>
<div class="press-detail__contact"><h3>Pressekontakt</h3><p>Jan Böhme<br>Telefon: 030 2345 678-12<br>E-Mail: presse@bvf.test</p></div>
<div class="press-detail__downloads"><h3>Downloads</h3><ul><li><a href="/pm.pdf">Pressemitteilung (PDF, 120 KB)</a></li><li><a href="/grafik.zip">Grafiken (ZIP, 2 MB)</a></li></ul></div>
</div>
</main>
<footer>© 2026 Bundesverband Fahrradhandel e. V. · <a href="/impressum/">Impressum</a></footer>
</body></html>
"""
quote = lambda t, cite: '<blockquote><p>„%s“</p><footer>— %s</footer></blockquote>' % (E(t), E(cite))
page(part(5), "de-pm-verband", "https://bvf.test/presse/fahrradhandel-bilanz-2026/", B, H.replace("{BODY}", render(B, quote=quote)),
     ["Telefon: 030 2345 678-12", "Pressemitteilung (PDF, 120 KB)", "Mitglied werden"],
     must=["Berlin, 2. Dezember 2026 – Die deutschen Fahrradhändler", "Die Kundinnen und Kunden kaufen seltener, aber hochwertiger.", "Lastenräder: 210.000 Stück, plus 12 Prozent", "Für 2027 rechnet der Verband mit einem stabilen Markt."])

# --- 6 de-interview-bold: a regional paper's interview: the intro in
# <em>, the questions as <p><b>, short answers, the last answer one word.
QA = [
    ("Herr Demir, Ihre Bäckerei öffnet jetzt schon um fünf Uhr. Warum so früh?", "Weil die Handwerker um halb sechs auf die Baustelle fahren. Die wollen vorher ein belegtes Brötchen und einen Kaffee."),
    ("Lohnt sich das?", "Die erste Stunde ist inzwischen die zweitbeste des Tages."),
    ("Sie suchen seit Monaten Personal. Wie schwierig ist es?", "Sehr. Wir haben zwei Ausbildungsplätze frei und keine einzige Bewerbung. Dabei zahlen wir über Tarif."),
    ("Würden Sie den Beruf wieder wählen?", "Sofort."),
]
B = [("x", "Seit 22 Jahren backt Mehmet Demir in der Altstadt. Ein Gespräch über frühe Kunden, leere Ausbildungsplätze und Brot vom Vortag.", "<p><em>Seit 22 Jahren backt Mehmet Demir in der Altstadt. Ein Gespräch über frühe Kunden, leere Ausbildungsplätze und Brot vom Vortag.</em></p>")]
for q, a in QA:
    B += [("x", q, "<p><b>%s</b></p>" % E(q)), ("p", a)]
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>„Die erste Stunde ist die zweitbeste des Tages“ | Kreisbote</title>
<meta property="og:type" content="article"></head>
<body>
<div class="topbar"><a href="/e-paper/">E-Paper</a> <a href="/abo/">Abo</a> <a href="/login/">Anmelden</a></div>
<header><a class="logo" href="/">Kreisbote</a><nav><a href="/lokales/">Lokales</a><a href="/sport/">Sport</a><a href="/kultur/">Kultur</a></nav></header>
<main>
<article class="story">
<div class="story__kicker">Nachgefragt</div>
<h1 class="story__title">„Die erste Stunde ist die zweitbeste des Tages“</h1>
<div class="story__meta">Von Lisa Franke · 05.12.2026, 06:00 Uhr</div>
<div class="story__body">
{BODY}
</div>
<div class="story__tags">Schlagworte: <a href="/thema/handwerk/">Handwerk</a> <a href="/thema/altstadt/">Altstadt</a></div>
</article>
<aside class="more"><h2>Meistgelesen</h2><ol><li><a href="/a/1">Umleitung an der B 12 ab Montag</a></li><li><a href="/a/2">Weihnachtsmarkt: Das ist neu</a></li></ol></aside>
</main>
<footer>© Kreisbote Verlag · <a href="/impressum/">Impressum</a></footer>
</body></html>
"""
page(part(6), "de-interview-bold", "https://kreisbote.test/lokales/interview-baecker-demir/", B, H.replace("{BODY}", render(B)),
     ["Von Lisa Franke", "Schlagworte:", "Meistgelesen", "Umleitung an der B 12"],
     must=["Seit 22 Jahren backt Mehmet Demir in der Altstadt.", "Lohnt sich das?", "Würden Sie den Beruf wieder wählen?", "Sofort."])

# --- 7 de-ueber-uns: a family company's "about" page: a hero text, then
# three sibling <section>s (story, values list, figures as tiles), each
# with its own heading; a call to action at the bottom.
HERO = [("p", "Seit 1952 fertigen wir in Schmalkalden Zangen und Spezialwerkzeuge für Elektriker, Installateure und Feinmechaniker.")]
S1 = [("h", "Unsere Geschichte"), ("p", "Gegründet hat die Firma Walter Brenner in einer ehemaligen Schlosserei. Heute führt seine Enkelin Anja Brenner das Unternehmen in dritter Generation."), ("p", "Jede Zange wird noch immer von Hand justiert und geprüft.")]
S2 = [("h", "Wofür wir stehen"), ("ul", ["Fertigung ausschließlich in Thüringen", "Lebenslange Garantie auf alle Zangen", "Reparatur statt Ersatz"])]
TILES = [("140", "Mitarbeitende"), ("1.200", "Artikel im Sortiment"), ("38", "Exportländer")]
S3 = [("h", "Brenner in Zahlen")] + [("div", "%s %s" % t) for t in TILES]
B = HERO + S1 + S2 + S3
tiles = '<div class="tiles">%s</div>' % "".join('<div class="tile"><span class="tile__num">%s</span> <span class="tile__label">%s</span></div>' % t for t in TILES)
body = ('<section class="hero"><div class="container"><h1>Über uns</h1><div class="hero__text">%s</div></div></section>\n' % render(HERO)
        + '<section class="block block--text"><div class="container">%s</div></section>\n' % render(S1)
        + '<section class="block block--list"><div class="container">%s</div></section>\n' % render(S2)
        + '<section class="block block--figures"><div class="container"><h2>Brenner in Zahlen</h2>%s</div></section>\n' % tiles
        + '<section class="block block--cta"><div class="container"><h2>Sie suchen einen Händler in Ihrer Nähe?</h2><a class="btn" href="/haendler/">Zur Händlersuche</a></div></section>')
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Über uns | Brenner Werkzeuge</title></head>
<body>
<header class="header"><a class="logo" href="/">Brenner Werkzeuge</a><nav><a href="/produkte/">Produkte</a><a href="/ueber-uns/">Über uns</a><a href="/karriere/">Karriere</a><a href="/kontakt/">Kontakt</a></nav><a class="cart" href="/warenkorb/">Warenkorb (0)</a></header>
<main>
{BODY}
</main>
<footer class="footer"><div>Brenner Werkzeuge GmbH · Hoffnung 12 · 98574 Schmalkalden</div><a href="/impressum/">Impressum</a> <a href="/agb/">AGB</a></footer>
</body></html>
"""
page(part(7), "de-ueber-uns", "https://brenner-werkzeuge.test/ueber-uns/", B, H.replace("{BODY}", body),
     ["Zur Händlersuche", "Warenkorb (0)", "Sie suchen einen Händler in Ihrer Nähe?"],
     must=["Seit 1952 fertigen wir in Schmalkalden Zangen", "Jede Zange wird noch immer von Hand justiert und geprüft.", "Reparatur statt Ersatz", "Lebenslange Garantie auf alle Zangen"])

# --- 8 de-veranstaltung: a museum's event page: the description, a
# programme table, a short practical line, an event card with date and
# place in the sidebar, a booking button.
B = [
    ("p", "Am zweiten Adventswochenende verwandelt sich der Innenhof des Museums in einen Markt für Kunsthandwerk. Rund 40 Ausstellerinnen und Aussteller aus der Region zeigen Keramik, Holzarbeiten, Schmuck und Textilien."),
    ("p", "Für Kinder gibt es eine Bastelwerkstatt im Gewölbekeller."),
    ("h", "Programm"),
    ("table", [["Zeit", "Programmpunkt"], ["11:00", "Eröffnung mit dem Posaunenchor"], ["14:00", "Kuratorenführung „Handwerk im Wandel“"], ["16:30", "Märchenstunde für Kinder ab 4"]]),
    ("p", "Der Eintritt ist frei."),
]
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Kunsthandwerkermarkt im Museumshof - Museum am Dom</title>
<meta property="og:type" content="website"></head>
<body>
<header class="site-header"><a class="logo" href="/">Museum am Dom</a><nav><a href="/ausstellungen/">Ausstellungen</a><a href="/veranstaltungen/">Veranstaltungen</a><a href="/besuch/">Ihr Besuch</a></nav></header>
<main class="event">
<div class="event__head"><span class="event__type">Markt</span><h1>Kunsthandwerkermarkt im Museumshof</h1></div>
<div class="event__grid">
<div class="event__main">
{BODY}
</div>
<aside class="event__card"><dl><dt>Datum</dt><dd>Sa 12. und So 13. Dezember 2026</dd><dt>Ort</dt><dd>Museumshof, Domplatz 3</dd></dl><a class="btn" href="/kalender/markt.ics">In den Kalender eintragen</a></aside>
</div>
</main>
<section class="events-more"><h2>Weitere Veranstaltungen</h2><a href="/v/orgelkonzert/">Orgelkonzert im Dom</a> <a href="/v/fuehrung-krypta/">Führung durch die Krypta</a></section>
<footer class="site-footer"><a href="/newsletter/">Newsletter abonnieren</a> · <a href="/impressum/">Impressum</a></footer>
</body></html>
"""
page(part(8), "de-veranstaltung", "https://museum-am-dom.test/veranstaltungen/kunsthandwerkermarkt/", B, H.replace("{BODY}", render(B)),
     ["In den Kalender eintragen", "Weitere Veranstaltungen", "Newsletter abonnieren"],
     must=["Für Kinder gibt es eine Bastelwerkstatt im Gewölbekeller.", "Eröffnung mit dem Posaunenchor", "Der Eintritt ist frei."])

# --- 9 fr-magazine-encadre: a French magazine feature: a chapô, an
# encadré (box) in the middle, intertitles, a short last paragraph.
B = [
    ("sf", "Dans les Cévennes, des éleveurs relancent la châtaigneraie abandonnée. Avec des cochons."),
    ("p", "Il faut grimper une demi-heure sur des chemins de pierre pour atteindre la parcelle de Lucie Ferrand. Ici, les châtaigniers ont plus de deux cents ans, et pendant quarante ans personne ne s’en est occupé."),
    ("p", "Depuis 2021, une trentaine de porcs nettoient le sous-bois. Ils mangent les châtaignes tombées, retournent la terre et limitent les ronces."),
    ("h", "Une filière qui renaît"),
    ("p", "Les coopératives locales ont relancé la transformation : farine, crème de marrons, bière. Le prix du kilo de châtaignes sèches a doublé en dix ans."),
    ("h3", "La châtaigne en chiffres"),
    ("ul", ["8 000 tonnes récoltées en France en 2025", "Un tiers en Ardèche", "AOP « Châtaigne d’Ardèche » depuis 2014"]),
    ("p", "Lucie Ferrand, elle, ne vend pas ses châtaignes. Elle vend ses jambons."),
    ("p", "Ça marche."),
]
body = render(B[1:5]) + '\n<div class="encadre"><div class="encadre__content">%s</div></div>\n' % render(B[5:7]) + render(B[7:])
H = """<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>Des cochons pour sauver les châtaigniers - Terres du Sud magazine</title>
<meta property="og:type" content="article"></head>
<body>
<div id="didomi-host"><div class="didomi-popup">Nous utilisons des cookies. <button>Accepter</button> <button>Continuer sans accepter</button></div></div>
<header class="header"><a class="logo" href="/">Terres du Sud</a><nav><a href="/agriculture/">Agriculture</a><a href="/terroirs/">Terroirs</a><a href="/abonnement/">S’abonner</a></nav></header>
<main>
<article class="article">
<p class="article__rubrique">Reportage</p>
<h1 class="article__titre">Des cochons pour sauver les châtaigniers</h1>
<p class="article__chapo">Dans les Cévennes, des éleveurs relancent la châtaigneraie abandonnée. Avec des cochons.</p>
<p class="article__auteur">Par Nadia Roux, le 4 décembre 2026</p>
<div class="article__corps">
{BODY}
</div>
<div class="article__partage">Partager cet article : <a href="#">Facebook</a> <a href="#">X</a> <a href="#">E-mail</a></div>
</article>
<section class="a-lire"><h2>À lire aussi</h2><a href="/terroirs/oignon-doux/">L’oignon doux des Cévennes</a></section>
</main>
<footer>© Terres du Sud · <a href="/mentions-legales/">Mentions légales</a></footer>
</body></html>
"""
page(part(9), "fr-magazine-encadre", "https://terresdusud.test/terroirs/cochons-chataigniers/", B, H.replace("{BODY}", body),
     ["Nous utilisons des cookies", "Par Nadia Roux", "Partager cet article", "L’oignon doux des Cévennes"],
     must=["Avec des cochons.", "Un tiers en Ardèche", "Ça marche."])

# --- 10 es-blog-personal: a Spanish personal blog on Blogger: the post is
# one <div> of text with <br><br> paragraphs, a list, an exclamation to
# close; comments and a profile widget.
PARAS = ["Este otoño por fin hicimos la ruta del Cares con los niños. Muchos nos decían que era demasiado para críos de siete y nueve años, pero fue uno de los mejores días del viaje.", "Salimos de Poncebos a las nueve de la mañana para evitar el calor y la gente. El primer tramo es la subida más dura; después el camino es casi llano, excavado en la roca."]
TIPS = ["Llevad agua de sobra: no hay fuentes en todo el camino.", "Calzado de montaña, aunque el camino sea ancho.", "Si los niños son pequeños, id solo hasta Caín y volved en taxi."]
END = ["Tardamos seis horas en total, con muchas paradas.", "¡Repetiremos!"]
B = [("brp", PARAS), ("ul", TIPS), ("brp", END)]
body = '<div class="post-body entry-content" id="post-body-881">%s<br><br>\nNuestros consejos:<ul>%s</ul>%s</div>' % ("<br><br>\n".join(E(p) for p in PARAS), "".join("<li>%s</li>" % E(t) for t in TIPS), "<br><br>\n".join(E(p) for p in END))
B = [("brp", PARAS), ("p", "Nuestros consejos:"), ("ul", TIPS), ("brp", END)]
H = """<!DOCTYPE html>
<html lang="es">
<head><meta charset="utf-8"><title>La ruta del Cares con niños | Mochila y Chupete</title></head>
<body>
<div class="navbar"><a href="https://www.blogger.test/">Blogger</a> <a href="#">Crear blog</a> <a href="#">Acceder</a></div>
<div class="outer-wrapper">
<div class="header"><h1 class="title"><a href="/">Mochila y Chupete</a></h1><p class="description">Viajar en familia sin morir en el intento</p></div>
<div class="main-wrapper"><div class="blog-posts">
<div class="date-header"><span>sábado, 28 de noviembre de 2026</span></div>
<div class="post hentry">
<h3 class="post-title entry-title">La ruta del Cares con niños</h3>
{BODY}
<div class="post-footer">Publicado por <span class="fn">Marta</span> a las 20:14 · <a href="#comments">4 comentarios</a> · Etiquetas: <a href="/search/label/Asturias">Asturias</a>, <a href="/search/label/montaña">montaña</a></div>
</div>
<div class="comments" id="comments"><h4>4 comentarios:</h4><dl><dt>Pablo dijo...</dt><dd>¡Qué envidia! Nosotros la hicimos hace años, sin niños.</dd><dt>Marta dijo...</dt><dd>¡Animaos, que merece la pena!</dd></dl></div>
</div></div>
<div class="sidebar"><div class="widget Profile"><h2>Datos personales</h2><p>Marta. Madre de dos, viajera de siempre.</p></div><div class="widget BlogArchive"><h2>Archivo del blog</h2><ul><li><a href="#">noviembre (3)</a></li><li><a href="#">octubre (5)</a></li></ul></div></div>
</div>
</body></html>
"""
page(part(10), "es-blog-personal", "https://mochilaychupete.test/2026/11/ruta-del-cares-con-ninos.html", B, H.replace("{BODY}", body),
     ["Publicado por", "Datos personales", "Archivo del blog", "Nosotros la hicimos hace años"],
     must=["Este otoño por fin hicimos la ruta del Cares con los niños.", "Llevad agua de sobra: no hay fuentes en todo el camino.", "¡Repetiremos!"])

# --- 11 it-comunicato-divs: an Italian consortium's press release: the
# text in <div>s without <p> (a rich-text field that kept its line divs),
# a table of figures, the "chi siamo" paragraph, a press contact.
B = [
    ("div", "Modena, 3 dicembre 2026 – Il Consorzio del Lambrusco chiude la vendemmia 2026 con una produzione in calo ma una qualità giudicata eccellente."),
    ("div", "Le uve raccolte sono state 1,9 milioni di quintali, il 6 per cento in meno rispetto al 2025, a causa della grandine di giugno."),
    ("table", [["Tipologia", "2025", "2026"], ["Lambrusco di Sorbara", "410.000 q", "380.000 q"], ["Lambrusco Grasparossa", "520.000 q", "495.000 q"], ["Lambrusco Salamino", "1.100.000 q", "1.025.000 q"]]),
    ("div", "«È un’annata piccola ma di grande equilibrio», ha detto il presidente Luca Benassi."),
    ("div", "Il Consorzio riunisce 32 cantine e oltre 5.000 viticoltori."),
]
H = """<!DOCTYPE html>
<html lang="it">
<head><meta charset="utf-8"><title>Vendemmia 2026: meno uva, qualità eccellente - Consorzio Lambrusco</title></head>
<body>
<header><a class="logo" href="/">Consorzio Tutela Lambrusco</a><nav><a href="/il-consorzio/">Il Consorzio</a><a href="/vini/">I vini</a><a href="/news/">News</a><a href="/area-stampa/">Area stampa</a></nav></header>
<div class="container">
<div class="row">
<div class="col-md-8">
<div class="news-item">
<span class="news-item__cat">Comunicati stampa</span>
<h1>Vendemmia 2026: meno uva, qualità eccellente</h1>
<div class="news-item__date">3 dicembre 2026</div>
<div class="news-item__text">
{BODY}
</div>
<div class="news-item__contatti"><strong>Ufficio stampa</strong><div>Giulia Ferri – tel. 059 123 4567 – stampa@lambrusco.test</div></div>
</div>
</div>
<div class="col-md-4"><div class="sidebar-box"><h3>Ultime notizie</h3><ul><li><a href="/news/fiera/">Il Lambrusco alla fiera di Verona</a></li></ul></div></div>
</div>
</div>
<footer>Consorzio Tutela Lambrusco · P.IVA 01234567890 · <a href="/privacy/">Privacy</a></footer>
</body></html>
"""
page(part(11), "it-comunicato-divs", "https://lambrusco.test/news/vendemmia-2026/", B, H.replace("{BODY}", render(B)),
     ["tel. 059 123 4567", "Ultime notizie", "P.IVA 01234567890"],
     must=["Modena, 3 dicembre 2026 – Il Consorzio del Lambrusco", "Lambrusco Grasparossa", "Il Consorzio riunisce 32 cantine e oltre 5.000 viticoltori."])

# --- 12 nl-vereniging-nieuws: a Dutch allotment association's news on a
# WordPress theme: a bold intro, a numbered list, a short last line, an
# "over de auteur" box.
B = [
    ("lead", "De jaarvergadering heeft ingestemd met de nieuwe regels voor het gebruik van water op de tuinen."),
    ("p", "Na de droge zomers van de afgelopen jaren was het waterverbruik op ons complex bijna verdubbeld. Het bestuur stelde daarom drie maatregelen voor, die alle drie zijn aangenomen."),
    ("ol", ["Sproeien is alleen nog toegestaan voor 10 uur en na 18 uur.", "Elke tuin krijgt een eigen watermeter.", "Wie meer dan 15 kuub per jaar gebruikt, betaalt het meerverbruik zelf."]),
    ("p", "De meters worden in februari geplaatst. Leden die willen helpen, kunnen zich melden bij de tuincommissie."),
    ("p", "Tot ziens op de tuin!"),
]
H = """<!DOCTYPE html>
<html lang="nl-NL">
<head><meta charset="UTF-8"><title>Nieuwe regels voor water op de tuin – Volkstuinvereniging De Eendracht</title></head>
<body class="single">
<header class="site-header"><div class="site-title"><a href="/">VTV De Eendracht</a></div><nav><a href="/">Home</a><a href="/nieuws/">Nieuws</a><a href="/lid-worden/">Lid worden</a><a href="/contact/">Contact</a></nav></header>
<div class="site-content"><main class="content">
<article class="post type-post">
<header class="entry-header"><h1 class="entry-title">Nieuwe regels voor water op de tuin</h1><p class="entry-meta">2 december 2026 door <a href="/author/secretaris/">secretaris</a></p></header>
<div class="entry-content">
{BODY}
</div>
<div class="author-box"><h4>Over de auteur</h4><p>De secretaris schrijft namens het bestuur over alles wat op het complex speelt.</p></div>
<nav class="post-navigation"><a href="/nieuws/snoeicursus/">← Snoeicursus in januari</a> <a href="/nieuws/kerstborrel/">Kerstborrel →</a></nav>
</article>
</main>
<aside class="sidebar"><section class="widget"><h3>Agenda</h3><ul><li>12 dec – Kerstborrel in de kantine</li><li>9 jan – Snoeicursus</li></ul></section></aside></div>
<footer class="site-footer">© VTV De Eendracht, Utrecht</footer>
</body></html>
"""
page(part(12), "nl-vereniging-nieuws", "https://de-eendracht.test/nieuws/regels-water/", B, H.replace("{BODY}", render(B)),
     ["Over de auteur", "De secretaris schrijft namens het bestuur", "Snoeicursus in januari", "Kerstborrel in de kantine"],
     must=["De jaarvergadering heeft ingestemd", "Elke tuin krijgt een eigen watermeter.", "Tot ziens op de tuin!"])

# --- 13 pl-blog-firmowy: a Polish company blog: a summary box "W skrócie"
# before the text, a table, a "Podsumowanie" section, an author box.
SUM = [("ul", ["Pompa ciepła opłaca się w domu o zapotrzebowaniu poniżej 100 kWh/m² rocznie.", "Dotacja z programu wynosi do 35 tys. zł.", "Zwrot inwestycji następuje zwykle po 7–9 latach."])]
MAIN = [
    ("p", "Coraz więcej naszych klientów pyta, czy pompa ciepła ma sens w domu z lat 90. Odpowiedź brzmi: to zależy od izolacji."),
    ("h", "Ile to kosztuje?"),
    ("table", [["Element", "Koszt"], ["Pompa ciepła powietrze-woda 8 kW", "32 000 zł"], ["Montaż i osprzęt", "9 000 zł"], ["Bufor i zasobnik c.w.u.", "6 500 zł"]]),
    ("p", "Do tego dochodzą ewentualne prace przy grzejnikach."),
    ("h", "Podsumowanie"),
    ("p", "W dobrze ocieplonym domu pompa ciepła to dziś najtańsze ogrzewanie."),
]
body = '<div class="summary-box"><strong class="summary-box__title">W skrócie</strong>%s</div>\n%s' % (render(SUM), render(MAIN))
# The first truth left out the box's title, which the truth of
# de-ratgeber-kurz keeps (its heading "Das Wichtigste in Kürze"); the HTML is
# unchanged.
B = [("x", "W skrócie", "")] + SUM + MAIN
H = """<!DOCTYPE html>
<html lang="pl">
<head><meta charset="utf-8"><title>Pompa ciepła w starym domu – czy to się opłaca? | TermoServ Blog</title>
<meta property="og:type" content="article"></head>
<body>
<header><a href="/" class="logo">TermoServ</a><nav><a href="/oferta/">Oferta</a><a href="/realizacje/">Realizacje</a><a href="/blog/">Blog</a><a href="/kontakt/" class="btn">Bezpłatna wycena</a></nav></header>
<main class="blog-single">
<article>
<h1>Pompa ciepła w starym domu – czy to się opłaca?</h1>
<div class="meta">Tomasz Nowak · 1 grudnia 2026 · Czas czytania: 4 min</div>
<div class="post-body">
{BODY}
</div>
<div class="author"><img src="/t.jpg" alt=""><div><strong>Tomasz Nowak</strong><p>Instalator z 20-letnim doświadczeniem, prowadzi dział pomp ciepła w TermoServ.</p></div></div>
</article>
<section class="related"><h2>Przeczytaj również</h2><a href="/blog/fotowoltaika/">Fotowoltaika i pompa ciepła</a></section>
</main>
<footer>© TermoServ sp. z o.o. · <a href="/polityka-prywatnosci/">Polityka prywatności</a></footer>
</body></html>
"""
page(part(13), "pl-blog-firmowy", "https://termoserv.test/blog/pompa-ciepla-stary-dom/", B, H.replace("{BODY}", body),
     ["Czas czytania: 4 min", "Instalator z 20-letnim doświadczeniem", "Przeczytaj również", "Bezpłatna wycena"],
     must=["Pompa ciepła opłaca się w domu", "Montaż i osprzęt", "W dobrze ocieplonym domu pompa ciepła to dziś najtańsze ogrzewanie."])

# --- 14 de-ratgeber-kurz: a consumer guide: a "Das Wichtigste in Kürze"
# box before the story (a list in an <aside>), a fact box, a FAQ-like
# heading section, a one-line last paragraph.
SUM = [("h3", "Das Wichtigste in Kürze"), ("ul", ["Mieter dürfen die Heizung nicht ganz abdrehen, wenn dadurch Schimmel droht.", "Tagsüber gelten 20 bis 22 Grad als angemessen.", "Nachts darf der Vermieter die Temperatur auf 18 Grad senken."])]
MAIN = [
    ("p", "Die Heizkosten sind auch in diesem Winter hoch. Viele Mieterinnen und Mieter fragen sich, wie weit sie die Heizung herunterdrehen dürfen, ohne Ärger mit dem Vermieter zu bekommen."),
    ("h", "Wie kalt darf es in der Wohnung sein?"),
    ("p", "Eine feste Mindesttemperatur für Mieter gibt es nicht. Die Gerichte verlangen aber, dass die Wohnung nicht auskühlt. Als Richtwert gelten 16 Grad, auch wenn man verreist."),
    ("h", "Was gilt für den Vermieter?"),
    ("p", "Der Vermieter muss die Heizung so einstellen, dass tagsüber mindestens 20 Grad erreicht werden können. Sonst kann die Miete gemindert werden."),
    ("p", "Im Zweifel hilft der Mieterverein."),
]
B = SUM + MAIN
body = '<aside class="summary">%s</aside>\n%s' % (render(SUM), render(MAIN))
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Heizung runterdrehen: Was Mieter dürfen | Geldratgeber</title>
<meta property="og:type" content="article"></head>
<body>
<header class="header"><a class="logo" href="/">Geldratgeber</a><nav><a href="/wohnen/">Wohnen</a><a href="/versicherung/">Versicherung</a><a href="/rente/">Rente</a></nav></header>
<main class="main">
<article class="article">
<nav class="breadcrumb"><a href="/">Start</a> › <a href="/wohnen/">Wohnen</a></nav>
<h1>Heizung runterdrehen: Was Mieter dürfen</h1>
<div class="article-meta">Aktualisiert am 02.12.2026 · Geprüft von Rechtsanwältin Dr. Petra Lenz</div>
<div class="article-content">
{BODY}
</div>
<div class="newsletter-box"><h3>Kein Spartipp mehr verpassen</h3><p>Jeden Freitag die besten Tipps per E-Mail.</p><form><input type="email"><button>Anmelden</button></form></div>
</article>
</main>
<footer>© Geldratgeber · <a href="/impressum/">Impressum</a></footer>
</body></html>
"""
page(part(14), "de-ratgeber-kurz", "https://geldratgeber.test/wohnen/heizung-mieter/", B, H.replace("{BODY}", body),
     ["Geprüft von Rechtsanwältin", "Kein Spartipp mehr verpassen", "Jeden Freitag die besten Tipps"],
     must=["Das Wichtigste in Kürze", "Nachts darf der Vermieter die Temperatur auf 18 Grad senken.", "Im Zweifel hilft der Mieterverein."])

# --- 15 de-stiftung-projekt: a foundation's project page: a teaser in the
# page header, the text over two columns (<div class="col">), a quote box,
# a numbered list of goals, a donation box and the partner logos.
B = [
    ("sf", "Mit dem Lesepaten-Programm begleiten Ehrenamtliche Grundschulkinder beim Lesenlernen."),
    ("p", "Jedes vierte Kind in Deutschland kann am Ende der Grundschule nicht richtig lesen. Unsere Lesepatinnen und Lesepaten treffen sich einmal in der Woche mit einem Kind und lesen eine Stunde lang gemeinsam."),
    ("p", "Das Programm läuft inzwischen an 86 Schulen in Niedersachsen und Bremen."),
    ("quote", "Seit Anton liest, meldet er sich auch in Mathe.", "Lehrerin an einer Grundschule in Celle"),
    ("h", "Unsere Ziele bis 2028"),
    ("ol", ["120 Partnerschulen", "1.500 aktive Lesepatinnen und Lesepaten", "Eine eigene Bücherkiste für jede Schule"]),
    ("p", "Mitmachen kann jeder ab 18 Jahren."),
]
quote = lambda t, cite: '<div class="quote-box"><blockquote>„%s“</blockquote><div class="quote-box__source">%s</div></div>' % (E(t), E(cite))
body = '<div class="cols"><div class="col">%s</div><div class="col">%s</div></div>' % (render(B[1:4], quote=quote), render(B[4:]))
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Lesepaten – Stiftung Lesefreude</title></head>
<body>
<header class="header"><a href="/" class="logo">Stiftung Lesefreude</a><nav><a href="/projekte/">Projekte</a><a href="/stiftung/">Über die Stiftung</a><a href="/spenden/" class="btn">Jetzt spenden</a></nav></header>
<main>
<section class="page-head"><h1>Lesepaten</h1><p class="page-head__teaser">Mit dem Lesepaten-Programm begleiten Ehrenamtliche Grundschulkinder beim Lesenlernen.</p></section>
<section class="content">
{BODY}
</section>
<section class="donate"><h2>Helfen Sie mit!</h2><p>Schon 50 Euro finanzieren eine Bücherkiste für ein ganzes Schuljahr.</p><a class="btn" href="/spenden/">Jetzt spenden</a></section>
<section class="partners"><h2>Unsere Partner</h2><img src="/p1.png" alt="Sparkasse"><img src="/p2.png" alt="Landesministerium"></section>
</main>
<footer>Stiftung Lesefreude · Hannover · <a href="/impressum/">Impressum</a></footer>
</body></html>
"""
page(part(15), "de-stiftung-projekt", "https://lesefreude.test/projekte/lesepaten/", B, H.replace("{BODY}", body),
     ["Helfen Sie mit!", "Schon 50 Euro finanzieren", "Unsere Partner"],
     must=["Jedes vierte Kind in Deutschland", "Seit Anton liest, meldet er sich auch in Mathe.", "Eine eigene Bücherkiste für jede Schule", "Mitmachen kann jeder ab 18 Jahren."])

# --- 16 de-praxis-news: a medical practice's news post on a small site
# builder: paragraphs as <div class="text"> blocks with <br>, an opening
# hours table for the holidays, a short last line and a sign-off.
B = [
    ("div", "Liebe Patientinnen und Patienten,"),
    ("div", "zwischen den Jahren ist unsere Praxis nur eingeschränkt geöffnet. Rezepte und Überweisungen können Sie wie gewohnt online bestellen; sie liegen nach zwei Werktagen zur Abholung bereit."),
    ("table", [["Datum", "Sprechzeit"], ["Mo 28.12.", "8:00 – 12:00"], ["Di 29.12.", "geschlossen"], ["Mi 30.12.", "8:00 – 12:00"]]),
    ("div", "In dringenden Fällen erreichen Sie den ärztlichen Bereitschaftsdienst unter 116 117."),
    ("div", "Wir wünschen Ihnen schöne Feiertage!"),
    ("div", "Ihr Praxisteam Dr. Albrecht"),
]
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Öffnungszeiten über Weihnachten | Hausarztpraxis Dr. Albrecht</title></head>
<body>
<div class="sb-header"><div class="sb-logo">Hausarztpraxis Dr. Albrecht</div><div class="sb-menu"><a href="/">Start</a><a href="/team">Team</a><a href="/leistungen">Leistungen</a><a href="/aktuelles">Aktuelles</a><a href="/kontakt">Kontakt</a></div></div>
<div class="sb-page">
<div class="sb-section"><div class="sb-col"><div class="sb-heading"><h1>Öffnungszeiten über Weihnachten</h1></div></div></div>
<div class="sb-section"><div class="sb-col">
{BODY}
</div></div>
<div class="sb-section sb-footer-section"><div class="sb-col"><div class="text">Hausarztpraxis Dr. Albrecht · Marktstraße 4 · 31134 Hildesheim · Tel. 05121 556677</div><div class="text"><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a></div></div></div>
</div>
</body></html>
"""
body = "\n".join('<div class="text">%s</div>' % E(b[1]) if b[0] == "div" else render([b]) for b in B)
page(part(16), "de-praxis-news", "https://praxis-albrecht.test/aktuelles/weihnachten", B, H.replace("{BODY}", body),
     ["Tel. 05121 556677", "Marktstraße 4"],
     must=["Liebe Patientinnen und Patienten,", "Di 29.12.", "Wir wünschen Ihnen schöne Feiertage!", "Ihr Praxisteam Dr. Albrecht"])
