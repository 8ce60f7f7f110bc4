package extract

import (
	"strings"
	"testing"
)

// TestSummaryBox checks that a summary box set right before the story's
// block, outside it (a list of sentences under a label, no links), opens
// the text in German and Polish; and that a post's info list (author,
// date, reading time) or a table of contents in the same place, linked
// or not, stays out.
func TestSummaryBox(t *testing.T) {
	story := `<div class="content"><p>Die Heizkosten sind auch in diesem Winter hoch. Viele Mieterinnen und Mieter fragen sich, wie weit sie die Heizung herunterdrehen dürfen, ohne Ärger mit dem Vermieter zu bekommen.</p>
<h2>Wie kalt darf es sein?</h2><p>Eine feste Mindesttemperatur für Mieter gibt es nicht. Die Gerichte verlangen aber, dass die Wohnung nicht auskühlt. Als Richtwert gelten 16 Grad, auch wenn man verreist.</p>
<p>Der Vermieter muss die Heizung so einstellen, dass tagsüber mindestens 20 Grad erreicht werden können. Sonst kann die Miete gemindert werden.</p></div>`
	page := `<html><body><header><a href="/">Ratgeber</a><nav><a href="/wohnen/">Wohnen</a> <a href="/geld/">Geld</a></nav></header>
<main><article><h1>Heizung runterdrehen: Was Mieter dürfen</h1>%s` + story + `</article></main><footer><a href="/impressum/">Impressum</a></footer></body></html>`
	for _, tc := range []struct {
		name, box     string
		want, wantNot []string
	}{
		{
			"summary box under a bold label",
			`<div class="tldr"><p><strong>Das Wichtigste in Kürze:</strong></p><ul><li>Mieter dürfen die Heizung nicht ganz abdrehen.</li><li>Tagsüber gelten 20 bis 22 Grad als angemessen.</li><li>Nachts darf die Temperatur auf 18 Grad sinken.</li></ul></div>`,
			[]string{"Das Wichtigste in Kürze", "Mieter dürfen die Heizung nicht ganz abdrehen.", "Nachts darf die Temperatur auf 18 Grad sinken.", "Die Heizkosten sind auch"},
			nil,
		},
		{
			"summary box under a heading, Polish",
			`<div class="box-skrot"><h3>W skrócie</h3><ol><li>Pompa ciepła opłaca się w dobrze ocieplonym domu.</li><li>Dotacja wynosi do 35 tys. zł.</li><li>Zwrot inwestycji następuje po 7–9 latach.</li></ol></div>`,
			[]string{"W skrócie", "Dotacja wynosi do 35 tys. zł.", "Zwrot inwestycji następuje po 7–9 latach."},
			nil,
		},
		{
			"post info list",
			`<div class="post-info"><ul><li>Petra Lenz</li><li>Wohnen und Mieten</li><li>Kommentare: keine</li></ul></div>`,
			[]string{"Die Heizkosten sind auch"},
			[]string{"Petra Lenz", "Wohnen und Mieten"},
		},
		{
			"table of contents",
			`<div class="toc"><p>Inhalt</p><ol><li><a href="#a">Wie kalt darf es in der Wohnung sein?</a></li><li><a href="#b">Was gilt für den Vermieter?</a></li><li><a href="#c">Wann hilft der Mieterverein?</a></li></ol></div>`,
			[]string{"Die Heizkosten sind auch"},
			[]string{"Wann hilft der Mieterverein?"},
		},
		{
			// A script scrolls to the headings: no link, but its items
			// are the story's own headings.
			"table of contents without links",
			`<div class="inhalt" data-scrollspy=""><p>Inhalt</p><ol><li>Wie kalt darf es sein?</li><li>Was gilt für den Vermieter?</li><li>Wann hilft der Mieterverein?</li></ol></div>`,
			[]string{"Die Heizkosten sind auch", "Wie kalt darf es sein?"},
			[]string{"Wann hilft der Mieterverein?"},
		},
	} {
		text := extractText(t, tc.name, strings.Replace(page, "%s", tc.box, 1), "https://ratgeber.test/wohnen/heizung/")
		checkHas(t, tc.name, text, tc.want, tc.wantNot)
	}
}
