package extract

import (
	"strings"
	"testing"
)

// TestFactsBoxBareText checks that a box of facts set among the story's
// paragraphs stays when its text is bare lines between <br><br> under its
// heading (a "Zur Person" box, a "Contexto" box), as it stays written in
// <p>s, and that an <aside> of one bare line is still no box of facts.
func TestFactsBoxBareText(t *testing.T) {
	page := `<html><body><header><a href="/">Alpenland</a></header><div class="content">
Es riecht nach Leim und altem Holz, als Hanna Vogt die Tür zur Werkhalle aufschiebt. Auf drei Böcken liegt die Windlade einer Orgel, die 1742 für eine Dorfkirche gebaut wurde.<br><br>
„Wir bauen zurück, was wir belegen können, und nicht mehr“, sagt Vogt. Was die Werkstatt nicht aus Rechnungen oder Spuren am Holz erschließen kann, bleibt, wie es ist.<br><br>
<aside class="wp-block-group infobox">%s</aside>
Die Arbeit an der Orgel ist vor allem Geduld. Jede Pfeife wird gereinigt, vermessen und, wo nötig, an der Lötnaht repariert.<br><br>
Im Mai soll die Orgel zurück nach Tirol. Die Gemeinde hat für die Restaurierung fünf Jahre lang gesammelt.<br><br>
</div><footer><a href="/impressum/">Impressum</a></footer></body></html>`
	for _, tc := range []struct {
		name, box     string
		want, wantNot []string
	}{
		{
			"heading over a bare paragraph", `<h3>Zur Person</h3>
Hanna Vogt, 52, lernte Orgelbau in Ludwigsburg und arbeitete zehn Jahre in Haarlem und Straßburg. 2004 machte sie sich in Kempten selbstständig.<br><br>`,
			[]string{"Zur Person", "Hanna Vogt, 52, lernte Orgelbau"},
			nil,
		},
		{
			"Spanish, two bare paragraphs", `<h3>Contexto</h3>
El convenio fija un salario de 8,62 euros por hora en el campo de la provincia.<br><br>
La Inspección de Trabajo abrió más de 1.400 expedientes el año pasado.<br><br>`,
			[]string{"Contexto", "El convenio fija un salario", "La Inspección de Trabajo abrió"},
			nil,
		},
		{
			"one bare line", `Anzeige: Orgelkonzerte im Allgäu, alle Termine im Überblick`,
			[]string{"Im Mai soll die Orgel zurück nach Tirol."},
			[]string{"Orgelkonzerte im Allgäu"},
		},
	} {
		text := extractText(t, tc.name, strings.Replace(page, "%s", tc.box, 1), "https://alpenland.test/reportage/orgel/")
		checkHas(t, tc.name, text, tc.want, tc.wantNot)
	}
}
