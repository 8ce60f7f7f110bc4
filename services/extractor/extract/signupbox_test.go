package extract

import (
	"strings"
	"testing"
)

// TestSignupBoxInsideStory checks that a sign-up box set between a
// story's paragraphs goes and takes no story line with it: the box ends
// where its parent sets it among paragraphs, even when the paragraphs
// beside it are short enough to look like part of it.
func TestSignupBoxInsideStory(t *testing.T) {
	const story = `<p>Viele Mittelständler scheuen den Umstieg auf die E-Rechnung. Dabei ist die Umstellung in den meisten Betrieben in wenigen Wochen erledigt, sagen die Kammern.</p>
<p>Ab dem ersten Januar müssen Unternehmen mit mehr als achthunderttausend Euro Jahresumsatz elektronische Rechnungen nicht nur empfangen, sondern auch ausstellen können.</p>
<p>Die meisten Warenwirtschaftssysteme beherrschen das Format bereits, oft genügt ein Update des Herstellers und ein Testlauf mit zwei oder drei Stammkunden.</p>`
	box := `<div class="%s"><h3>Unser Newsletter</h3><p>Die wichtigsten Nachrichten des Tages jeden Morgen in Ihrem Postfach.</p><form action="/subscribe" method="post"><input type="email" name="email"><button type="submit">Anmelden</button></form></div>`
	for _, tc := range []struct {
		name, body string
		want       []string
		notWant    []string
	}{
		{
			"between short closing lines", story + `<h2>Fazit</h2><div class="w"><p>Wer jetzt anfängt, hat genug Zeit für Tests.</p>` + strings.Replace(box, "%s", "newsletter-signup", 1) + `<p>Und spart ab dem ersten Monat Porto.</p></div>`,
			[]string{"Wer jetzt anfängt, hat genug Zeit für Tests.", "Und spart ab dem ersten Monat Porto."},
			[]string{"Postfach"},
		},
		{
			"between short closing lines, no classes", story + `<h2>Fazit</h2><div><p>Wer jetzt anfängt, hat genug Zeit für Tests.</p>` + strings.Replace(box, "%s", "", 1) + `<p>Und spart ab dem ersten Monat Porto.</p></div>`,
			[]string{"Wer jetzt anfängt, hat genug Zeit für Tests.", "Und spart ab dem ersten Monat Porto."},
			[]string{"Postfach"},
		},
		{
			"title beside the form's box", story + `<div><h3>Unser Newsletter</h3><div><form action="/s" method="post"><input type="email" name="email"><button type="submit">Anmelden</button></form></div></div><p>Und spart ab dem ersten Monat Porto, so die Kammer in ihrer Mitteilung vom Montag.</p>`,
			[]string{"Und spart ab dem ersten Monat Porto"},
			[]string{"Unser Newsletter"},
		},
		{
			// The box lands between a fact box's title and its list: the
			// list is beside it, so the fact box is not the sign-up box.
			"between a fact box's title and its list", story + `<div class="facts"><h3>Die Fristen</h3>` + strings.Replace(box, "%s", "", 1) + `<ul><li>Empfang ab 2025</li><li>Versand ab 2027</li><li>Kleinbetriebe ab 2028</li></ul></div>`,
			[]string{"Die Fristen", "Empfang ab 2025", "Kleinbetriebe ab 2028"},
			[]string{"Postfach"},
		},
		{
			"in a row of figure tiles", story + `<div class="tiles"><div><b>140</b> Betriebe</div><div><b>12</b> Kammern</div>` + strings.Replace(box, "%s", "", 1) + `<div><b>3</b> Wochen</div></div>`,
			[]string{"140 Betriebe", "12 Kammern", "3 Wochen"},
			[]string{"Postfach"},
		},
		{
			"in an accordion item, before the question", story + `<div class="acc"><div class="item">` + strings.Replace(box, "%s", "newsletter-signup", 1) + `<h3><button type="button">Ab wann gilt die Pflicht?</button></h3><div><div>Ab dem ersten Januar für alle Betriebe.</div></div></div></div>`,
			[]string{"Ab wann gilt die Pflicht?", "Ab dem ersten Januar für alle Betriebe."},
			[]string{"Postfach"},
		},
		{
			"in an accordion item, between question and answer", story + `<div class="acc"><div class="item"><h3><button type="button">Ab wann gilt die Pflicht?</button></h3>` + strings.Replace(box, "%s", "", 1) + `<div><div>Ab dem ersten Januar für alle Betriebe.</div></div></div></div>`,
			[]string{"Ab wann gilt die Pflicht?", "Ab dem ersten Januar für alle Betriebe."},
			[]string{"Postfach"},
		},
		{
			// A title beside the box and one line of small print after
			// it are the box's own: it still takes them.
			"title before, small print after", story + `<div><h3>Unser Newsletter</h3><div><p>Jeden Morgen die Nachrichten des Tages.</p><form action="/s" method="post"><input type="email" name="email"><button type="submit">Anmelden</button></form></div><div>Abmeldung jederzeit mit einem Klick.</div></div><p>Und spart ab dem ersten Monat Porto, so die Kammer in ihrer Mitteilung vom Montag.</p>`,
			[]string{"Und spart ab dem ersten Monat Porto"},
			[]string{"Unser Newsletter", "Abmeldung jederzeit"},
		},
	} {
		page := `<!DOCTYPE html><html lang="de"><head><title>E-Rechnung: So gelingt der Umstieg</title></head><body><article><h1>E-Rechnung: So gelingt der Umstieg</h1>` + tc.body + `</article></body></html>`
		a, err := HTML([]byte(page), Input{URL: "https://firma.test/blog/e-rechnung"})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		text := strings.Join(a.GetParagraphs(), "\n")
		for _, w := range tc.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: %q lost; text:\n%s", tc.name, w, text)
			}
		}
		for _, w := range tc.notWant {
			if strings.Contains(text, w) {
				t.Errorf("%s: %q kept; text:\n%s", tc.name, w, text)
			}
		}
	}
}
