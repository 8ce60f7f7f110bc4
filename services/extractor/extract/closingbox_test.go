package extract

import (
	"strings"
	"testing"
)

// TestClosingBox checks that a story's conclusion set in a box right after
// it (a short heading and a paragraph or two) closes the text in German
// and French, and that boxes of the same size that are no conclusion stay
// out: an author box with a picture, one without a picture whose bio
// opens with the name its heading gives, a sign-up box with a form and a
// box with a link.
func TestClosingBox(t *testing.T) {
	page := `<html><body><header><a href="/">Ratgeber</a><nav><a href="/wohnen/">Wohnen</a> <a href="/geld/">Geld</a></nav></header>
<main><article><h1>Heizung runterdrehen: Was Mieter dürfen</h1><div class="content"><p>Die Heizkosten sind auch in diesem Winter hoch. Viele Mieterinnen und Mieter fragen sich, wie weit sie die Heizung herunterdrehen dürfen, ohne Ärger mit dem Vermieter zu bekommen.</p>
<h2>Wie kalt darf es sein?</h2><p>Eine feste Mindesttemperatur für Mieter gibt es nicht. Die Gerichte verlangen aber, dass die Wohnung nicht auskühlt. Als Richtwert gelten 16 Grad, auch wenn man verreist.</p>
<p>Der Vermieter muss die Heizung so einstellen, dass tagsüber mindestens 20 Grad erreicht werden können. Sonst kann die Miete gemindert werden.</p></div>%s
<div class="share"><a href="https://www.facebook.com/sharer.php">Facebook</a> <a href="mailto:?subject=">E-Mail</a></div></article></main>
<footer><a href="/impressum/">Impressum</a></footer></body></html>`
	for _, tc := range []struct {
		name, box     string
		want, wantNot []string
	}{
		{
			"Fazit box",
			`<div class="box box--fazit"><h3>Unser Fazit</h3><p>Wer Heizkosten sparen will, sollte richtig lüften und nachts absenken. Ganz abdrehen ist keine gute Idee.</p></div>`,
			[]string{"Unser Fazit", "Ganz abdrehen ist keine gute Idee."},
			nil,
		},
		{
			"conclusion in an inner wrapper, French",
			`<div class="encart"><div class="encart__inner"><h2>En conclusion</h2><p>Baisser le chauffage la nuit reste la meilleure économie.</p><p>Couper tout est une mauvaise idée.</p></div></div>`,
			[]string{"En conclusion", "Baisser le chauffage la nuit reste la meilleure économie.", "Couper tout est une mauvaise idée."},
			nil,
		},
		{
			"author box with a picture",
			`<div class="box"><img src="/a/pl.jpg" alt=""><h4>Über die Autorin</h4><p>Petra Lenz ist Rechtsanwältin in Köln und schreibt seit 2015 für den Ratgeber.</p></div>`,
			[]string{"Sonst kann die Miete gemindert werden."},
			[]string{"Über die Autorin", "Rechtsanwältin in Köln"},
		},
		{
			"author box whose bio opens with the name",
			`<div class="x7f3"><h4>Petra Lenz</h4><p>Petra Lenz ist Rechtsanwältin in Köln und schreibt seit 2015 für den Ratgeber.</p></div>`,
			[]string{"Sonst kann die Miete gemindert werden."},
			[]string{"Rechtsanwältin in Köln"},
		},
		{
			"sign-up box",
			`<div class="box"><h3>Kein Spartipp mehr verpassen</h3><p>Jeden Freitag die besten Tipps für Ihr Geld per E-Mail.</p><form><input type="email"><button>Anmelden</button></form></div>`,
			[]string{"Sonst kann die Miete gemindert werden."},
			[]string{"Kein Spartipp mehr verpassen", "Jeden Freitag die besten Tipps"},
		},
		{
			"box with a link",
			`<div class="box"><h3>Mehr Hilfe</h3><p>Der Mieterverein berät Mitglieder kostenlos, <a href="/mieterverein/">hier finden Sie ihn</a>.</p></div>`,
			[]string{"Sonst kann die Miete gemindert werden."},
			[]string{"Der Mieterverein berät"},
		},
	} {
		text := extractText(t, tc.name, strings.Replace(page, "%s", tc.box, 1), "https://ratgeber.test/wohnen/heizung/")
		checkHas(t, tc.name, text, tc.want, tc.wantNot)
	}
}
