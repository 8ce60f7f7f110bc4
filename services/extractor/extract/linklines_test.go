package extract

import (
	"testing"

	"golang.org/x/net/html"
)

// TestShortLinkLinesAndStamps checks the two line shapes of linklines.go
// in context: a card's button line and a tag line are dropped, a stamp
// that joins a publication and an update stamp is a date line, and the
// lines that only look like them (a sentence with two links, a list of
// links in a list, a long linked run, a stamp-like sentence, a label and
// link alone in a data cell) are kept; a cross-link line in a table cell
// that holds a whole story (an old table layout) goes.
func TestShortLinkLinesAndStamps(t *testing.T) {
	for _, tc := range []struct {
		name, html string
		want       Kind
	}{
		{"card buttons", `<div id="x"><h2>Canederli</h2><a href="/print/1">Stampa</a> <a href="#">Salva su Pinterest</a></div>`, KindTools},
		{"tag line with a label", `<p id="x">Sujets : <a href="/t/a">Sécheresse</a> <a href="/t/b">Drôme</a></p>`, KindTools},
		{"separated buttons", `<p id="x"><a href="/p">Print</a> · <a href="/s">Share</a> · <a href="/m">Mail</a></p>`, KindTools},
		{"stamp with an update", `<p id="x">Publié le 5 déc. 2026 à 18:05, mis à jour le 6 déc. à 09:12</p>`, KindDate},
		{"German stamp with an update", `<p id="x">Veröffentlicht am 3. Dez. 2026 um 9:41 Uhr, zuletzt aktualisiert am 4. Dez. 2026 um 12:10 Uhr</p>`, KindDate},
		{"byline, place and stamp", `<div id="x">Laura Gómez · Valladolid · Sáb, 5 dic 2026, 07:30</div>`, KindDate},
		{"byline and stamp with a bar", `<p id="x">Piotr Nowak | 4 gru 2026, 18:05</p>`, KindDate},
		{"parts without a stamp", `<p id="x">Madrid · Barcelona · Valencia</p>`, ""},
		{"a sentence with a middle dot", `<p id="x">Die Preise stiegen · so die Statistik · um 3,1 Prozent im Jahr 2026 seit dem 4. Mai.</p>`, ""},
		{"sentence with two links", `<p id="x">Read <a href="/a">the report</a> and <a href="/b">the reply</a>.</p>`, ""},
		{"label and words", `<p id="x">Quellen: <a href="/a">RKI</a> und die eigene Umfrage</p>`, ""},
		{"cross-link line", `<p id="x"><strong>Read more:</strong> <a href="/x/1">Storm closes schools across the region</a></p>`, KindRelated},
		{"German cross-link line", `<p id="x">Lesen Sie auch: <a href="/x/2">Gemeinderat beschließt neuen Haushalt nach langer Debatte</a></p>`, KindRelated},
		{"cross-link line in a table cell that holds the story", `<table><tr><td><p>Auch in diesem Winter bietet der Skiclub seine Kurse am Fichtelberg an, bei jeder Schneelage und für alle Altersgruppen.</p><p id="x"><strong>Lesen Sie auch:</strong> <a href="/x/2">Gemeinderat beschließt neuen Haushalt nach langer Debatte</a></p><p>Anmeldung bis zum 20. Dezember in der Geschäftsstelle des Vereins oder per E-Mail.</p></td></tr></table>`, KindRelated},
		{"label and link alone in a data cell", `<table><tr><td>Kurs</td><td>Ort</td></tr><tr><td>Kinder</td><td id="x">Treffpunkt: <a href="/t">Talstation am Sonnenlift unten</a></td></tr></table>`, ""},
		{"cited source in a sentence", `<p id="x">Quelle: <a href="/a">Bericht des Statistischen Bundesamts</a>, Tabelle 3 und eigene Zahlen</p>`, ""},
		{"label and two headlines", `<p id="x">Mehr: <a href="/a">Storm closes schools across the region</a> <a href="/b">Council approves new budget after debate</a></p>`, ""},
		{"one link", `<p id="x">Topics: <a href="/t/a">Drought</a></p>`, ""},
		{"long link", `<p id="x"><a href="/a">Council votes to close the old library</a> <a href="/b">Bridge</a></p>`, ""},
		{"list item of links", `<ul><li id="x"><a href="/a">Lyon</a> <a href="/b">Paris</a></li></ul>`, ""},
		{"stamp-like sentence", `<p id="x">Publié le 5 déc. 2026 à 18:05, le rapport a été lu par tous les élus du conseil.</p>`, ""},
	} {
		p := testPage(t, tc.html)
		x := byID(t, p, "x")
		var pa para
		for _, q := range paragraphs([]*html.Node{p.body}) {
			if q.src == x {
				pa = q
			}
		}
		if pa.src == nil {
			t.Fatalf("%s: no paragraph of #x in %q", tc.name, texts(paragraphs([]*html.Node{p.body})))
		}
		if got := lineKind(pa, words(pa.text)); got != tc.want {
			t.Errorf("%s: lineKind(%q) = %q, want %q", tc.name, pa.text, got, tc.want)
		}
	}
}
