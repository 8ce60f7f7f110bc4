package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestCountedComments checks that readers' comments under a heading that
// counts them, each with a control of its own, stay out of a short story
// whatever their classes (none here) and in any language, and that a
// story's own counted list ("3 Tipps" and three tips, no controls) stays.
func TestCountedComments(t *testing.T) {
	comments := func(heading string, items []string, control string) string {
		var b strings.Builder
		b.WriteString(`<section><h3>` + heading + `</h3><ol>`)
		for i, s := range items {
			fmt.Fprintf(&b, `<li><div><b>leser%d</b> %s</div><p>%s</p></li>`, i, strings.ReplaceAll(control, "N", fmt.Sprint(i)), s)
		}
		b.WriteString(`</ol></section>`)
		return b.String()
	}
	de := []string{"Danke für die klare Zusammenfassung, genau das habe ich heute Morgen gesucht.", "Beim zweiten Punkt bin ich anderer Meinung, die Zahlen vom letzten Jahr sagen etwas anderes.", "Weiß jemand, ob das auch für die Nachbargemeinden gilt?"}
	ru := []string{"Спасибо за понятный обзор, именно это я искал сегодня утром.", "Со вторым пунктом не согласен, цифры прошлого года говорят о другом."}
	story := `<p>Der Bauhof beginnt am Montag mit dem Winterdienst. Geräumt werden zuerst die Buslinien, die Schulwege und die steilen Straßen im Oberdorf.</p><p>Anwohner müssen die Gehwege vor ihrem Haus werktags bis 7 Uhr räumen und streuen.</p>`
	page := func(after string) string {
		return `<html><body><header><a href="/">Ortsblatt</a><nav><a href="/a">Aktuelles</a> <a href="/b">Vereine</a></nav></header><main><h1>Winterdienst beginnt am Montag</h1><div>` + story + `</div>` + after + `</main><footer>© 2026 Ortsblatt</footer></body></html>`
	}
	keep := []string{"Der Bauhof beginnt am Montag", "Anwohner müssen die Gehwege"}
	tips := `<section><h3>3 Tipps</h3><ol><li><p>Streuen Sie Sand oder Splitt statt Salz, das schont Pflanzen und Pfoten.</p></li><li><p>Räumen Sie früh, bevor der Schnee festgetreten ist.</p></li><li><p>Lagern Sie den Streusand trocken, sonst friert er zusammen.</p></li></ol></section>`
	for _, c := range []struct {
		name, after   string
		want, wantNot []string
	}{
		{"times", comments("3 Kommentare", de, `<time>12.11.2026</time>`), keep, []string{"Kommentare", "Danke für die klare", "Nachbargemeinden"}},
		{"reply links", comments("2 комментария", ru, `<a href="#reply-N">Ответить</a>`), keep, []string{"комментария", "Спасибо за понятный обзор"}},
		{"a story's counted list", tips, append(keep, "Streuen Sie Sand oder Splitt", "Lagern Sie den Streusand trocken"), nil},
		{"a count that does not match", comments("5 Kommentare", de, `<time>12.11.2026</time>`), keep, nil},
	} {
		text := extractText(t, c.name, page(c.after), "https://ortsblatt.test/aktuelles/winterdienst/")
		checkHas(t, c.name, text, c.want, c.wantNot)
	}
}
