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
