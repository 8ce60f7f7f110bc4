package extract

import (
	"strings"
	"testing"
)

// busLinePage is a story whose headline is followed by %s (a block
// before the standfirst), then its standfirst, byline and body, then %s
// (a block right after the body); busLine fills both.
const busLinePage = `<html><body><header><a href="/">Stadtanzeiger</a><nav><a href="/politik/">Politik</a> <a href="/kultur/">Kultur</a></nav></header>
<main><article><h1>Neue Buslinie verbindet Nordstadt und Hafen</h1>%s
<p class="teaser">Ab Montag fährt die Linie 14 zwischen Nordstadt und Hafen, die Stadt rechnet mit mehreren tausend Fahrgästen am Tag.</p>
<div class="byline"><span>Von Anna Schmidt</span> <time datetime="2026-12-05">5. Dezember 2026</time></div>
<div class="content"><p>Die neue Linie ersetzt zwei Buslinien, die bisher nur im Stundentakt fuhren. Der Verkehrsausschuss hatte die Änderung im Sommer nach langer Debatte beschlossen.</p>
<p>Für die Fahrgäste ändert sich vor allem der Takt: Tagsüber fahren die Busse alle zehn Minuten, abends alle zwanzig. Die Haltestellen am Hafen werden barrierefrei umgebaut.</p>
<p>Kritik kommt von den Anwohnern der Hafenstraße, die mehr Lärm fürchten. Die Stadt will nach einem Jahr Bilanz ziehen und die Strecke bei Bedarf anpassen.</p></div>
%s
<div class="share"><a href="https://www.facebook.com/sharer.php">Facebook</a> <a href="mailto:?subject=">E-Mail</a></div></article></main>
<footer><a href="/impressum/">Impressum</a></footer></body></html>`

func busLine(before, after string) string {
	return strings.Replace(strings.Replace(busLinePage, "%s", before, 1), "%s", after, 1)
}

// TestLeadBlocks checks that story content set between the headline and
// the story's body joins the story whatever its shape (key points, steps,
// a data table, a quote, a definition list, a paragraph with two links, a
// subheading over the standfirst), in several languages, and that what
// else sits there stays out: a table of contents, a byline with links, a
// row of tags, a definition list of the story's metadata and a kicker
// line over the byline.
func TestLeadBlocks(t *testing.T) {
	const body = "Die Stadt will nach einem Jahr Bilanz ziehen"
	for _, tc := range []struct {
		name, block   string
		want, wantNot []string
	}{
		{
			"key points",
			`<ul><li>Die Linie 14 fährt tagsüber alle zehn Minuten.</li><li>Zwei alte Linien werden eingestellt.</li><li>Die Haltestellen am Hafen werden barrierefrei.</li></ul>`,
			[]string{"Die Linie 14 fährt tagsüber alle zehn Minuten.", "Zwei alte Linien werden eingestellt.", body},
			nil,
		},
		{
			"numbered steps, Spanish",
			`<ol><li>Descarga la aplicación de la empresa de transporte.</li><li>Registra tu tarjeta con tu número de cliente.</li><li>Activa el abono mensual antes del día uno.</li></ol>`,
			[]string{"Descarga la aplicación de la empresa de transporte.", "Activa el abono mensual antes del día uno.", body},
			nil,
		},
		{
			"data table, French",
			`<table><thead><tr><th>Ligne</th><th>Fréquence</th><th>Arrêts</th></tr></thead><tbody><tr><td>14</td><td>10 min</td><td>22</td></tr><tr><td>15</td><td>20 min</td><td>18</td></tr></tbody></table>`,
			[]string{"Fréquence", "10 min", body},
			nil,
		},
		{
			"quote",
			`<blockquote><p>“Wir schließen endlich die Lücke zwischen Nordstadt und Hafen.”</p><cite>Maria Keller, Verkehrsdezernentin</cite></blockquote>`,
			[]string{"Wir schließen endlich die Lücke zwischen Nordstadt und Hafen.", "Maria Keller, Verkehrsdezernentin", body},
			nil,
		},
		{
			"definition list, Russian",
			`<dl><dt>Маршрут</dt><dd>Новая линия соединяет северный район и порт.</dd><dt>Интервал</dt><dd>Днём автобусы ходят каждые десять минут.</dd></dl>`,
			[]string{"Новая линия соединяет северный район и порт.", "Днём автобусы ходят каждые десять минут.", body},
			nil,
		},
		{
			"paragraph with two links",
			`<p>Die Stadt hat <a href="/docs/fahrplan">den neuen Fahrplan</a> bereits veröffentlicht, und <a href="/docs/karte">die Karte der Haltestellen</a> folgt nach Angaben einer Sprecherin noch in dieser Woche.</p>`,
			[]string{"Die Stadt hat den neuen Fahrplan bereits veröffentlicht", body},
			nil,
		},
		{
			"subheading over the standfirst",
			`<h3>Was sich für Pendler ändert</h3>`,
			[]string{"Was sich für Pendler ändert", "Ab Montag fährt die Linie 14", body},
			nil,
		},
		{
			"table of contents",
			`<ul><li><a href="#takt">Der neue Takt</a></li><li><a href="#kritik">Kritik der Anwohner</a></li><li><a href="#bilanz">Bilanz nach einem Jahr</a></li></ul>`,
			[]string{body},
			[]string{"Der neue Takt", "Kritik der Anwohner"},
		},
		{
			"byline with links",
			`<p>Von <a href="/autoren/schmidt">Anna Schmidt</a> und <a href="/autoren/weber">Jonas Weber</a>, aktualisiert am 5. Dezember 2026.</p>`,
			[]string{body},
			[]string{"Jonas Weber"},
		},
		{
			"row of tags",
			`<ul><li>Linienplan</li><li>Pendler</li><li>Hafenquartier</li></ul>`,
			[]string{body},
			[]string{"Linienplan", "Hafenquartier"},
		},
		{
			"metadata as a definition list",
			`<dl><dt>Autorin</dt><dd>Anna Schmidt</dd><dt>Datum</dt><dd>5. Dezember 2026</dd></dl>`,
			[]string{body},
			[]string{"Autorin", "5. Dezember 2026"},
		},
	} {
		text := extractText(t, tc.name, busLine(tc.block, ""), "https://stadtanzeiger.test/verkehr/linie-14/")
		checkHas(t, tc.name, text, tc.want, tc.wantNot)
	}
}

// TestStoryShapesAmongBlocks checks that a list, numbered steps, a
// definition list, a quote and a paragraph with two links set between two
// of a story's content blocks, or right after its last, join the story,
// and that a list of links, a row of tags and a line of links there stay
// out.
func TestStoryShapesAmongBlocks(t *testing.T) {
	page := `<html><body><header><a href="/">Ministère</a><nav><a href="/actualites/">Actualités</a> <a href="/agenda/">Agenda</a></nav></header>
<main><article><h1>Rénovation des écoles : 58 chantiers en 2027</h1>
<div class="block block-text"><p>La région rénovera 58 écoles en 2027. Le budget total atteint 3,6 milliards d'euros, financés par la région et par l'État.</p><p>Les toitures, les fenêtres et les réseaux seront remplacés, les gymnases et les cantines modernisés.</p></div>
%s
<div class="block block-text"><p>Les premiers chantiers commenceront dans trois communes où les bâtiments ont plus de soixante ans. Les travaux auront lieu l'été pour ne pas interrompre les cours.</p><p>Dans six écoles, les élèves seront accueillis dans des bâtiments voisins pendant les travaux.</p></div>
%s
<div class="share"><a href="https://www.facebook.com/sharer.php">Facebook</a> <a href="mailto:?subject=">E-mail</a></div></article></main>
<footer><a href="/mentions/">Mentions légales</a></footer></body></html>`
	const body = "Dans six écoles, les élèves seront accueillis"
	blocks := []struct {
		name, block   string
		want, wantNot []string
	}{
		{
			"list of sentences",
			`<ul><li>Les travaux commencent en juin dans trois communes.</li><li>Les cantines rouvrent toutes à la rentrée.</li><li>Les familles recevront un courrier en mai.</li></ul>`,
			[]string{"Les travaux commencent en juin dans trois communes.", "Les familles recevront un courrier en mai.", body},
			nil,
		},
		{
			"numbered steps",
			`<ol><li>Consultez la liste des écoles sur le site de la région.</li><li>Inscrivez votre enfant avant la fin du mois de mai.</li></ol>`,
			[]string{"Consultez la liste des écoles sur le site de la région.", body},
			nil,
		},
		{
			"definition list",
			`<dl><dt>Budget</dt><dd>L'argent que la région prévoit de dépenser en un an.</dd><dt>Réserve</dt><dd>L'argent mis de côté pour les réparations urgentes.</dd></dl>`,
			[]string{"L'argent que la région prévoit de dépenser en un an.", body},
			nil,
		},
		{
			"paragraph with two links",
			`<p>La région a publié <a href="/docs/liste">la liste complète des écoles</a> sur son site, et <a href="/docs/calendrier">le calendrier des travaux</a> suivra plus tard dans la semaine, selon une porte-parole.</p>`,
			[]string{"La région a publié la liste complète des écoles sur son site", body},
			nil,
		},
		{
			"list of links",
			`<ul><li><a href="/a">Les lycées rénovés en 2026</a></li><li><a href="/b">Le plan vélo de la région</a></li><li><a href="/c">Les transports scolaires</a></li></ul>`,
			[]string{body},
			[]string{"Le plan vélo de la région"},
		},
		{
			"row of tags",
			`<ul><li>Écoles</li><li>Travaux publics</li><li>Budget régional</li></ul>`,
			[]string{body},
			[]string{"Travaux publics", "Budget régional"},
		},
	}
	for _, tc := range blocks {
		for _, at := range []string{"between", "after"} {
			a, b := tc.block, ""
			if at == "after" {
				a, b = "", tc.block
			}
			name := tc.name + ", " + at
			text := extractText(t, name, strings.Replace(strings.Replace(page, "%s", a, 1), "%s", b, 1), "https://region.test/actualites/ecoles-2027/")
			checkHas(t, name, text, tc.want, tc.wantNot)
		}
	}
}

// TestStoryShapeBeforeBody checks that key points, a data table (whose
// rows the parser puts in one <tbody>) or a quote right before the first
// block of a page builder's story, whose header sits in a section of its
// own, join the story, and that a table of contents there does not.
func TestStoryShapeBeforeBody(t *testing.T) {
	page := `<html><body><header><a href="/">Verein</a><nav><a href="/news/">News</a> <a href="/teams/">Teams</a></nav></header>
<main><div class="elementor elementor-location-single post">
<section class="elementor-section elementor-top-section elementor-element elementor-element-q3ci6vj"><div class="elementor-container"><div class="elementor-column elementor-col-100 elementor-element"><div class="elementor-widget-wrap"><div class="elementor-element elementor-element-15z3b74 elementor-widget elementor-widget-theme-post-title"><div class="elementor-widget-container"><h1>Neuer Kunstrasenplatz eingeweiht</h1></div></div><div class="elementor-element elementor-element-kk065ub elementor-widget elementor-widget-theme-post-excerpt"><div class="elementor-widget-container"><p>Nach acht Monaten Bauzeit trainieren die Jugendmannschaften ab sofort auf dem neuen Platz.</p></div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-iiydf3b"><div class="elementor-container"><div class="elementor-column elementor-col-100 elementor-element"><div class="elementor-widget-wrap">%s<div class="elementor-element elementor-element-lj29wm0 elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>Am Samstag haben wir mit rund 300 Gästen unseren neuen Kunstrasenplatz eingeweiht. Die Bürgermeisterin durchschnitt mit den jüngsten Spielern das Band.</p></div></div><div class="elementor-element elementor-element-8pc7cwu elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>Der alte Hartplatz war seit Jahren kaum noch bespielbar. Bei Regen stand das Wasser, im Sommer staubte es, dass Trainings ausfallen mussten.</p></div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-hjtgye5"><div class="elementor-container"><div class="elementor-column elementor-col-100 elementor-element"><div class="elementor-widget-wrap"><div class="elementor-element elementor-element-a3febxw elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>Der Platz hat rund 780.000 Euro gekostet. Die Stadt hat den größten Teil übernommen, den Rest haben Mitglieder und Sponsoren aufgebracht.</p></div></div><div class="elementor-element elementor-element-6t92rc5 elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>Wer bei uns mitspielen will, kommt einfach zu einem Probetraining vorbei. Wir freuen uns über jede neue Spielerin und jeden neuen Spieler.</p></div></div></div></div></div></section>
</div></main><footer><a href="/impressum/">Impressum</a></footer></body></html>`
	const body = "Der Platz hat rund 780.000 Euro gekostet."
	for _, tc := range []struct {
		name, block   string
		want, wantNot []string
	}{
		{
			"key points",
			`<ul><li>Der Platz ist ab sofort für alle Mannschaften geöffnet.</li><li>Die Flutlichtanlage wird im Januar fertig.</li></ul>`,
			[]string{"Der Platz ist ab sofort für alle Mannschaften geöffnet.", "Die Flutlichtanlage wird im Januar fertig.", body},
			nil,
		},
		{
			"data table",
			`<table><tr><th>Mannschaft</th><th>Spiele</th><th>Punkte</th></tr><tr><td>E-Jugend</td><td>12</td><td>30</td></tr><tr><td>Damen</td><td>14</td><td>27</td></tr></table>`,
			[]string{"E-Jugend", "Punkte", body},
			nil,
		},
		{
			"quote",
			`<blockquote><p>„Auf diesen Tag haben wir acht Jahre lang hingearbeitet.“</p><cite>Petra Lange, Vorsitzende</cite></blockquote>`,
			[]string{"Auf diesen Tag haben wir acht Jahre lang hingearbeitet.", "Petra Lange, Vorsitzende", body},
			nil,
		},
		{
			"table of contents",
			`<ul><li><a href="#bau">Der Bau</a></li><li><a href="#kosten">Die Kosten</a></li><li><a href="#training">Training</a></li></ul>`,
			[]string{body},
			[]string{"Die Kosten"},
		},
	} {
		text := extractText(t, tc.name, strings.Replace(page, "%s", tc.block, 1), "https://verein.test/news/kunstrasen/")
		checkHas(t, tc.name, text, tc.want, tc.wantNot)
	}
}

// TestFactBoxWithNote checks that a box of facts after the story stays
// whole when it holds a closing sentence (with or without two links in
// it) or a small data table besides its list, and that a box with a short
// linked line stays out.
func TestFactBoxWithNote(t *testing.T) {
	page := `<html><body><header><a href="/">Reisemagazin</a></header>
<main><article><h1>Drei Tage auf dem Rennsteig</h1><div class="text"><p>Der Rennsteig beginnt mit einem Ritual. Wer in Hörschel an der Werra aufbricht, nimmt einen Kiesel aus dem Fluss mit und trägt ihn bis ans Ende.</p>
<p>Am ersten Morgen liegt Nebel über den Fichten. Der Weg ist breit und weich, immer wieder kreuzen Loipen, die jetzt im Mai grün sind.</p>
<p>Die letzte Etappe ist die längste. Als ich am Abend Neuhaus erreiche, tun mir die Füße weh, aber ich will schon jetzt wiederkommen.</p></div>
<div class="box"><h4>Praktische Infos</h4><ul><li>Anreise: Bahn bis Eisenach</li><li>Übernachtung: Pensionen und Bauden</li><li>Karte: Wanderkarte 1:50.000</li></ul>%s</div>
</article></main><footer><a href="/impressum">Impressum</a></footer></body></html>`
	const body = "tun mir die Füße weh"
	for _, tc := range []struct {
		name, note    string
		want, wantNot []string
	}{
		{"closing sentence", `<p>Im Sommer sollte man die Unterkünfte früh buchen.</p>`, []string{"Übernachtung: Pensionen und Bauden", "Im Sommer sollte man die Unterkünfte früh buchen.", body}, nil},
		{"data table", `<table><tr><th>Etappe</th><th>Kilometer</th></tr><tr><td>Oberhof</td><td>21</td></tr><tr><td>Neuhaus</td><td>24</td></tr></table>`, []string{"Übernachtung: Pensionen und Bauden", "Kilometer", "Oberhof", body}, nil},
		{"sentence with two links", `<p>Die Etappen beschreibt <a href="/rennsteig/etappen/">unser Wanderführer</a> ausführlich, und <a href="/rennsteig/karte/">die Karte zum Ausdrucken</a> gibt es kostenlos dazu, solange der Vorrat reicht.</p>`, []string{"Übernachtung: Pensionen und Bauden", "unser Wanderführer ausführlich", body}, nil},
		{"linked line", `<p>Alle Reportagen finden Sie <a href="/reportagen/">in unserem Archiv</a>.</p>`, []string{body}, []string{"Übernachtung: Pensionen und Bauden"}},
	} {
		text := extractText(t, tc.name, strings.Replace(page, "%s", tc.note, 1), "https://reise.test/rennsteig/")
		checkHas(t, tc.name, text, tc.want, tc.wantNot)
	}
}

// TestBuilderLastWidgetGrows checks that a page builder's story spread
// over sections keeps all of them when its last text widget, set beside a
// row of share buttons, gains a paragraph or a list and so becomes the
// block that scores best: the climb to the sections does not stop at the
// share buttons, which hold no sentences.
func TestBuilderLastWidgetGrows(t *testing.T) {
	page := `<html><body><header><a href="/">Przegląd</a><nav><a href="/miasto/">Miasto</a> <a href="/sport/">Sport</a></nav></header>
<main><div class="elementor elementor-18812">
<section class="elementor-section elementor-top-section elementor-element elementor-element-a1b2c3d"><div class="elementor-container"><div class="elementor-column elementor-col-100 elementor-element"><div class="elementor-widget-wrap"><div class="elementor-element elementor-element-d4e5f6a elementor-widget elementor-widget-theme-post-title"><div class="elementor-widget-container"><h1>Nowa linia autobusowa połączy Felin z dworcem</h1></div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-b7c8d9e"><div class="elementor-container"><div class="elementor-column elementor-col-100 elementor-element"><div class="elementor-widget-wrap"><div class="elementor-element elementor-element-5e2b1d4 elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>Od poniedziałku w Lublinie działa nowa linia autobusowa nr 45, która połączy osiedle Felin z dworcem. Autobusy będą kursować co piętnaście minut.</p></div></div><div class="elementor-element elementor-element-77c0a1e elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>Na trasie linii powstało sześć nowych przystanków, w tym dwa przy kampusie uczelni. Przejazd z Felina na dworzec zajmie około dwudziestu minut.</p></div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-c0d1e2f"><div class="elementor-container"><div class="elementor-column elementor-col-100 elementor-element"><div class="elementor-widget-wrap"><div class="elementor-element elementor-element-9a8b7c6 elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h2>Rozkład jazdy</h2></div></div><div class="elementor-element elementor-element-1f2e3d4 elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>W dni robocze pierwszy autobus odjedzie z Felina o piątej rano, ostatni tuż przed północą.</p></div></div><div class="elementor-element elementor-element-3c4d5e6 elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>W weekendy autobusy pojadą co pół godziny, także w nocy z soboty na niedzielę.</p></div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-f02d7c5"><div class="elementor-container"><div class="elementor-column elementor-col-100 elementor-element"><div class="elementor-widget-wrap"><div class="elementor-element elementor-element-6b8e413 elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>Zarząd Transportu Miejskiego zapowiada, że po trzech miesiącach sprawdzi, ilu pasażerów korzysta z nowej linii.</p>%s</div></div><div class="elementor-element elementor-element-2cc5a90 elementor-widget elementor-widget-share-buttons"><div class="elementor-widget-container"><div class="elementor-share-buttons"><a href="#">Udostępnij</a> <a href="#">Facebook</a> <a href="#">X</a></div></div></div></div></div></div></section>
</div></main><footer><p>© 2026 Przegląd</p></footer></body></html>`
	for _, tc := range []struct {
		name, more string
	}{
		{"nothing added", ""},
		{"a short paragraph", "<p>Decyzja zostanie ponownie rozpatrzona pod koniec przyszłego roku.</p>"},
		{"a list", "<ul><li>Bilety kupione wcześniej zachowują ważność do końca marca.</li><li>Dzieci do lat siedmiu jeżdżą bezpłatnie.</li></ul>"},
	} {
		text := extractText(t, tc.name, strings.Replace(page, "%s", tc.more, 1), "https://przeglad.test/miasto/linia-45/")
		checkHas(t, tc.name, text, []string{"Od poniedziałku w Lublinie działa nowa linia", "W dni robocze pierwszy autobus", "Zarząd Transportu Miejskiego zapowiada"}, []string{"Udostępnij"})
	}
}

// TestIntroBox checks that a box between the headline and the body that
// holds the standfirst together with key points, a quote or a second
// paragraph joins the story whole, and that a box of the standfirst with a
// byline and a date line stays out as before.
func TestIntroBox(t *testing.T) {
	page := `<html><body><header><a href="/">Stadtanzeiger</a><nav><a href="/politik/">Politik</a> <a href="/kultur/">Kultur</a></nav></header>
<main><article><div class="head"><h1>Neuer Mietspiegel: Mieten steigen langsamer</h1><div class="intro">%s<p>Die ortsübliche Vergleichsmiete liegt künftig bei 11,42 Euro pro Quadratmeter. Mietervereine sehen dennoch keinen Grund zur Entwarnung.</p>%s</div></div>
<div class="content"><p>Die Mieten sind in den vergangenen zwei Jahren weniger stark gestiegen als in den Jahren davor. Das geht aus dem neuen Mietspiegel hervor, den die Stadt am Montag vorgestellt hat.</p>
<p>Zwischen 2020 und 2022 hatte der Anstieg noch bei mehr als neun Prozent gelegen. Fachleute führen die Abschwächung vor allem auf die höheren Zinsen zurück.</p>
<p>Der Mieterverein warnt davor, die Zahlen als Entspannung zu lesen. Wer heute eine Wohnung sucht, zahlt deutlich mehr als den Mietspiegel.</p></div>
</article></main><footer><a href="/impressum/">Impressum</a></footer></body></html>`
	const standfirst, body = "Die ortsübliche Vergleichsmiete liegt künftig bei 11,42 Euro", "Wer heute eine Wohnung sucht"
	for _, tc := range []struct {
		name, before, after string
		want, wantNot       []string
	}{
		{"nothing else", "", "", []string{standfirst, body}, nil},
		{
			"key points first", `<ul><li>Der Mietspiegel gilt ab dem 1. Januar.</li><li>Die Innenstadt bleibt am teuersten.</li></ul>`, "",
			[]string{"Der Mietspiegel gilt ab dem 1. Januar.", standfirst, body},
			nil,
		},
		{
			"quote after", "", `<blockquote><p>„Von Entspannung kann keine Rede sein.“</p><cite>Jana Roth, Mieterverein</cite></blockquote>`,
			[]string{standfirst, "Von Entspannung kann keine Rede sein.", body},
			nil,
		},
		{
			"byline and date", "", `<p class="byline">Von Stefanie Brandt</p><p class="date">24.11.2026, 06:30 Uhr</p>`,
			[]string{body},
			[]string{"Stefanie Brandt", "06:30"},
		},
	} {
		page := strings.Replace(strings.Replace(page, "%s", tc.before, 1), "%s", tc.after, 1)
		text := extractText(t, tc.name, page, "https://stadtanzeiger.test/wohnen/mietspiegel/")
		checkHas(t, tc.name, text, tc.want, tc.wantNot)
	}
}

// TestStoryShapesLeaveChrome checks that the rules that let story
// content of another shape join the story (storyshapes.go) take none of
// the chrome that sits in the same places on news pages, where no class
// name tells it apart: a list of other stories' headlines with their
// teasers (before the body, after it, in a box, as a definition list), a comments intro set
// in a box of its own after the story, in several languages; and that key points with a link in one item and a paragraph
// with links after the story's blocks, beside them, still join.
func TestStoryShapesLeaveChrome(t *testing.T) {
	const body = "Die Stadt will nach einem Jahr Bilanz ziehen"
	for _, tc := range []struct {
		name, before, after string
		want, wantNot       []string
	}{
		{
			"key points, one item with a link", `<ul><li>Die Linie 14 fährt tagsüber alle zehn Minuten.</li><li>Die Stadt hat <a href="/docs/fahrplan">den Fahrplan</a> veröffentlicht.</li><li>Die Haltestellen am Hafen werden barrierefrei.</li></ul>`, "",
			[]string{"Die Linie 14 fährt tagsüber alle zehn Minuten.", "Die Stadt hat den Fahrplan veröffentlicht."},
			nil,
		},
		{
			"teaser list of other stories before the body", `<ul><li><a href="/politik/haushalt/">Haushalt</a>: Der Stadtrat streitet weiter über die neue Schwimmhalle am Stadtpark.</li><li><a href="/kultur/theater/">Theater</a>: Das Schauspielhaus sucht eine neue Intendantin für die kommende Spielzeit.</li><li><a href="/sport/fc/">Fußball</a>: Der FC verliert das Derby nach einer schwachen zweiten Halbzeit deutlich.</li></ul>`, "",
			nil,
			[]string{"Schwimmhalle", "Intendantin"},
		},
		{
			"teaser list of other stories after the body", "", `<ul><li><a href="/politik/haushalt/">Haushalt</a>: Der Stadtrat streitet weiter über die neue Schwimmhalle am Stadtpark.</li><li><a href="/kultur/theater/">Theater</a>: Das Schauspielhaus sucht eine neue Intendantin für die kommende Spielzeit.</li><li><a href="/sport/fc/">Fußball</a>: Der FC verliert das Derby nach einer schwachen zweiten Halbzeit deutlich.</li></ul>`,
			nil,
			[]string{"Schwimmhalle", "Intendantin"},
		},
		{
			"what you need to know: other stories, English", `<h2>What you need to know</h2><ul><li><a href="/news/budget-vote/">Budget</a>: The council will vote on the new swimming pool next Tuesday evening.</li><li><a href="/news/theatre/">Theatre</a>: The playhouse is looking for a new director for next season.</li></ul>`, "",
			nil,
			[]string{"swimming pool", "playhouse"},
		},
		{
			"numbered teasers after the body, Spanish", "", `<ol><li><a href="/local/obras/">Obras</a> El ayuntamiento retrasa otra vez la reforma de la plaza mayor hasta la primavera.</li><li><a href="/local/agua/">Agua</a> La factura del agua subirá un cuatro por ciento a partir del mes de enero.</li><li><a href="/local/bici/">Bici</a> El préstamo de bicicletas llega por fin a los barrios del sur de la ciudad.</li></ol>`,
			nil,
			[]string{"plaza mayor", "factura del agua"},
		},
		{
			"comments intro in a box after the body, Spanish", "", `<div class="box"><p>Los comentarios están moderados y se publican en un plazo de 24 horas. Antes de escribir, lea <a href="/normas/">nuestras normas de participación</a>, por favor.</p></div>`,
			nil,
			[]string{"comentarios"},
		},
		{
			"definition list of other stories after the body, French", "", `<dl><dt><a href="/transports/tram/">Tramway</a></dt><dd>Le prolongement de la ligne 3 jusqu'au parc des expositions prendra deux ans de retard.</dd><dt><a href="/transports/velo/">Vélo</a></dt><dd>Le boulevard circulaire aura une piste cyclable protégée des deux côtés dès l'été.</dd></dl>`,
			nil,
			[]string{"parc des expositions", "piste cyclable"},
		},
		{
			"a linked paragraph after the body, as a sibling of its blocks", "", `<p>Die Stadt hat <a href="/docs/fahrplan">den neuen Fahrplan</a> bereits veröffentlicht, und <a href="/docs/karte">die Karte der Haltestellen mit allen Umstiegen</a> folgt nach Angaben einer Sprecherin noch in dieser Woche.</p>`,
			[]string{"Die Stadt hat den neuen Fahrplan bereits veröffentlicht"},
			nil,
		},
		{
			"related box with long teasers after the body", "", `<div class="box"><ul><li><a href="/verkehr/tram/">Straßenbahn</a> Die Verlängerung der Linie 3 bis zum Messegelände verzögert sich um mindestens zwei Jahre.</li><li><a href="/verkehr/rad/">Radwege</a> Der Ring soll bis zum Sommer auf beiden Seiten einen geschützten Radstreifen bekommen.</li><li><a href="/verkehr/park/">Parken</a> In der Altstadt werden die Gebühren für Anwohnerparkausweise im neuen Jahr deutlich steigen.</li></ul></div>`,
			nil,
			[]string{"Messegelände", "Radstreifen"},
		},
	} {
		text := extractText(t, tc.name, busLine(tc.before, tc.after), "https://stadtanzeiger.test/verkehr/linie-14/")
		checkHas(t, tc.name, text, append(tc.want, body), tc.wantNot)
	}
}

// TestSectionsLeaveTeasers checks that a story whose column climbs to its
// layout section past a column of links (onlyTextBlock) takes no section
// of other stories' teasers built like its own (each paragraph led by
// its headline's link), and still takes
// a section that continues the story, a link in one of its paragraphs.
func TestSectionsLeaveTeasers(t *testing.T) {
	page := `<html><body><header><a href="/">Courrier</a><nav><a href="/ville/">Ville</a> <a href="/sport/">Sport</a></nav></header>
<main><div class="section section-4f2a91"><div class="col-main"><h1>Le tramway arrive au port en 2028</h1><p>La métropole a voté mardi le prolongement de la ligne B jusqu'au port. Les travaux commenceront au printemps et dureront trois ans.</p><p>Le coût est estimé à 180 millions d'euros, dont un tiers sera payé par l'État. Six nouvelles stations sont prévues le long des quais.</p><p>Les commerçants du quartier craignent les travaux, mais la métropole promet des aides pour compenser les pertes pendant le chantier.</p></div>
<div class="col-side"><ul><li><a href="/a">Ville</a></li><li><a href="/b">Transports</a></li><li><a href="/c">Port</a></li></ul></div></div>
<div class="section section-7b3c02"><div class="col-main">%s</div></div>
</main><footer><a href="/mentions/">Mentions légales</a></footer></body></html>`
	const body = "la métropole promet des aides"
	for _, tc := range []struct {
		name, section string
		want, wantNot []string
	}{
		{
			"teasers led by a link",
			`<h2>À lire aussi</h2><p><a href="/ville/velo/">Vélo</a> Le boulevard circulaire aura bientôt une piste cyclable protégée sur les deux côtés de la chaussée.</p><p><a href="/ville/parking/">Stationnement</a> Les tarifs du stationnement résidentiel augmenteront au premier janvier dans tout le centre historique.</p>`,
			nil,
			[]string{"piste cyclable", "stationnement résidentiel"},
		},
		{
			"the story's next section",
			`<h2>Six stations le long des quais</h2><p>La première station sera construite devant la gare maritime, la dernière au pied du nouveau quartier des Bassins.</p><p>Le tracé détaillé est <a href="/docs/trace.pdf">publié sur le site de la métropole</a> et sera présenté lors de trois réunions publiques en janvier.</p>`,
			[]string{"La première station sera construite devant la gare maritime", "Le tracé détaillé est publié"},
			nil,
		},
	} {
		text := extractText(t, tc.name, strings.Replace(page, "%s", tc.section, 1), "https://courrier.test/ville/tram/")
		checkHas(t, tc.name, text, append(tc.want, body), tc.wantNot)
	}
}
