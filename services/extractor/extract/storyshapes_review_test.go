package extract

import (
	"strings"
	"testing"
)

// TestStoryShapesLeaveChrome checks that the rules that let story
// content of another shape join the story (storyshapes.go) take none of
// the chrome that sits in the same places on news pages, where no class
// name tells it apart: a list of other stories' headlines with their
// teasers (before the body, after it, in a box, as a definition list), a comments intro set
// in a box of its own after the story, in several languages; and that key points with a link in one item and a paragraph
// with links after the story's blocks, beside them, still join.
func TestStoryShapesLeaveChrome(t *testing.T) {
	page := `<html><body><header><a href="/">Stadtanzeiger</a><nav><a href="/politik/">Politik</a> <a href="/kultur/">Kultur</a></nav></header>
<main><article><h1>Neue Buslinie verbindet Nordstadt und Hafen</h1>%s
<p class="teaser">Ab Montag fährt die Linie 14 zwischen Nordstadt und Hafen, die Stadt rechnet mit mehreren tausend Fahrgästen am Tag.</p>
<div class="content"><p>Die neue Linie ersetzt zwei Buslinien, die bisher nur im Stundentakt fuhren. Der Verkehrsausschuss hatte die Änderung im Sommer nach langer Debatte beschlossen.</p>
<p>Für die Fahrgäste ändert sich vor allem der Takt: Tagsüber fahren die Busse alle zehn Minuten, abends alle zwanzig. Die Haltestellen am Hafen werden barrierefrei umgebaut.</p>
<p>Kritik kommt von den Anwohnern der Hafenstraße, die mehr Lärm fürchten. Die Stadt will nach einem Jahr Bilanz ziehen und die Strecke bei Bedarf anpassen.</p></div>
%s
<div class="share"><a href="https://www.facebook.com/sharer.php">Facebook</a> <a href="mailto:?subject=">E-Mail</a></div></article></main>
<footer><a href="/impressum/">Impressum</a></footer></body></html>`
	const body = "Die Stadt will nach einem Jahr Bilanz ziehen"
	for _, tc := range []struct {
		name, before, after string
		want, wantNot       []string
	}{
		{
			"key points, one item with a link", `<ul><li>Die Linie 14 fährt tagsüber alle zehn Minuten.</li><li>Die Stadt hat <a href="/docs/fahrplan">den Fahrplan</a> veröffentlicht.</li><li>Die Haltestellen am Hafen werden barrierefrei.</li></ul>`, "",
			[]string{"Die Linie 14 fährt tagsüber alle zehn Minuten.", "Die Stadt hat den Fahrplan veröffentlicht."}, nil,
		},
		{
			"teaser list of other stories before the body", `<ul><li><a href="/politik/haushalt/">Haushalt</a>: Der Stadtrat streitet weiter über die neue Schwimmhalle am Stadtpark.</li><li><a href="/kultur/theater/">Theater</a>: Das Schauspielhaus sucht eine neue Intendantin für die kommende Spielzeit.</li><li><a href="/sport/fc/">Fußball</a>: Der FC verliert das Derby nach einer schwachen zweiten Halbzeit deutlich.</li></ul>`, "",
			nil, []string{"Schwimmhalle", "Intendantin"},
		},
		{
			"teaser list of other stories after the body", "", `<ul><li><a href="/politik/haushalt/">Haushalt</a>: Der Stadtrat streitet weiter über die neue Schwimmhalle am Stadtpark.</li><li><a href="/kultur/theater/">Theater</a>: Das Schauspielhaus sucht eine neue Intendantin für die kommende Spielzeit.</li><li><a href="/sport/fc/">Fußball</a>: Der FC verliert das Derby nach einer schwachen zweiten Halbzeit deutlich.</li></ul>`,
			nil, []string{"Schwimmhalle", "Intendantin"},
		},
		{
			"what you need to know: other stories, English", `<h2>What you need to know</h2><ul><li><a href="/news/budget-vote/">Budget</a>: The council will vote on the new swimming pool next Tuesday evening.</li><li><a href="/news/theatre/">Theatre</a>: The playhouse is looking for a new director for next season.</li></ul>`, "",
			nil, []string{"swimming pool", "playhouse"},
		},
		{
			"numbered teasers after the body, Spanish", "", `<ol><li><a href="/local/obras/">Obras</a> El ayuntamiento retrasa otra vez la reforma de la plaza mayor hasta la primavera.</li><li><a href="/local/agua/">Agua</a> La factura del agua subirá un cuatro por ciento a partir del mes de enero.</li><li><a href="/local/bici/">Bici</a> El préstamo de bicicletas llega por fin a los barrios del sur de la ciudad.</li></ol>`,
			nil, []string{"plaza mayor", "factura del agua"},
		},
		{
			"comments intro in a box after the body, Spanish", "", `<div class="box"><p>Los comentarios están moderados y se publican en un plazo de 24 horas. Antes de escribir, lea <a href="/normas/">nuestras normas de participación</a>, por favor.</p></div>`,
			nil, []string{"comentarios"},
		},
		{
			"definition list of other stories after the body, French", "", `<dl><dt><a href="/transports/tram/">Tramway</a></dt><dd>Le prolongement de la ligne 3 jusqu'au parc des expositions prendra deux ans de retard.</dd><dt><a href="/transports/velo/">Vélo</a></dt><dd>Le boulevard circulaire aura une piste cyclable protégée des deux côtés dès l'été.</dd></dl>`,
			nil, []string{"parc des expositions", "piste cyclable"},
		},
		{
			"a linked paragraph after the body, as a sibling of its blocks", "", `<p>Die Stadt hat <a href="/docs/fahrplan">den neuen Fahrplan</a> bereits veröffentlicht, und <a href="/docs/karte">die Karte der Haltestellen mit allen Umstiegen</a> folgt nach Angaben einer Sprecherin noch in dieser Woche.</p>`,
			[]string{"Die Stadt hat den neuen Fahrplan bereits veröffentlicht"}, nil,
		},
		{
			"related box with long teasers after the body", "", `<div class="box"><ul><li><a href="/verkehr/tram/">Straßenbahn</a> Die Verlängerung der Linie 3 bis zum Messegelände verzögert sich um mindestens zwei Jahre.</li><li><a href="/verkehr/rad/">Radwege</a> Der Ring soll bis zum Sommer auf beiden Seiten einen geschützten Radstreifen bekommen.</li><li><a href="/verkehr/park/">Parken</a> In der Altstadt werden die Gebühren für Anwohnerparkausweise im neuen Jahr deutlich steigen.</li></ul></div>`,
			nil, []string{"Messegelände", "Radstreifen"},
		},
	} {
		text := extractText(t, tc.name, strings.Replace(strings.Replace(page, "%s", tc.before, 1), "%s", tc.after, 1), "https://stadtanzeiger.test/verkehr/linie-14/")
		checkHas(t, tc.name, text, append(tc.want, body), tc.wantNot)
	}
}
