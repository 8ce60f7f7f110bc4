package extract

import (
	"strings"
	"testing"
)

// TestClockTerm checks that the times of a programme written as a
// definition list (a time as the term, what happens then as its
// definition) stay with what they define, in Spanish and German and with
// "Uhr", while a time alone on its line between a live blog's entries
// still goes as their stamp, and a time in a <dt> with no definition
// after it is no programme.
func TestClockTerm(t *testing.T) {
	page := `<html><body><header><a href="/">Kulturhaus</a></header><main><h1>Tag der offenen Tür</h1><div class="body">
<p>Das Kulturhaus öffnet am Samstag alle Räume für Besucher, von der Bühne bis zur Werkstatt im Keller. Der Eintritt ist frei.</p>
<p>Die Mitarbeiterinnen und Mitarbeiter zeigen den ganzen Tag, was hinter den Kulissen passiert, und beantworten Fragen.</p>
%s
<p>Für Kinder gibt es eine Malecke im Foyer, die den ganzen Tag über betreut wird.</p></div></main><footer><a href="/impressum/">Impressum</a></footer></body></html>`
	for _, tc := range []struct {
		name, box     string
		want, wantNot []string
	}{
		{
			"Spanish programme", `<p>El programa del día:</p><dl><dt>11:00</dt><dd>Taller infantil: dibuja tu propio superhéroe</dd><dt>12:30</dt><dd>Mesa redonda: cuarenta años de cómic aragonés</dd></dl>`,
			[]string{"11:00\n\nTaller infantil", "12:30\n\nMesa redonda"},
			nil,
		},
		{
			"German programme with Uhr", `<dl class="programm"><dt>10.00 Uhr</dt><dd>Führung durch die Werkstätten mit dem Bühnenmeister</dd><dt>15.30 Uhr</dt><dd>Konzert des Jugendorchesters im großen Saal</dd></dl>`,
			[]string{"10.00 Uhr\n\nFührung", "15.30 Uhr\n\nKonzert"},
			nil,
		},
		{
			"live blog stamps", `<div class="entry"><p>14:32</p><p>Die Polizei hat die Straße vor dem Kulturhaus wieder freigegeben, der Verkehr fließt.</p></div><div class="entry"><p>14:10</p><p>Vor dem Eingang bildet sich eine lange Schlange, die Türen öffnen später.</p></div>`,
			[]string{"Die Polizei hat die Straße", "Vor dem Eingang bildet sich"},
			[]string{"\n14:32\n", "\n14:10\n"},
		},
		{
			"a term with no definition", `<dl><dt>16:45</dt></dl><p>Am Abend spielt die Band des Hauses auf der Terrasse, bei Regen im Foyer.</p>`,
			[]string{"Am Abend spielt die Band"},
			[]string{"\n16:45\n"},
		},
	} {
		text := extractText(t, tc.name, strings.Replace(page, "%s", tc.box, 1), "https://kulturhaus.test/programm/tag-der-offenen-tuer/")
		checkHas(t, tc.name, "\n"+text+"\n", tc.want, tc.wantNot)
	}
}
