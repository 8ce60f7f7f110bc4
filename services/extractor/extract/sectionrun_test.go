package extract

import (
	"strings"
	"testing"
)

// TestShortLastSection checks that a page builder's story keeps a short
// last section that follows its sections directly (also with a "read
// more" line of one link set before its text), and that a section of
// the same build with a line of fewer words, or with a button (a call to
// action), stays out.
func TestShortLastSection(t *testing.T) {
	w := func(id, kind, inner string) string {
		return `<div class="bx-element bx-element-` + id + ` bx-widget bx-widget-` + kind + `"><div class="bx-widget-container">` + inner + `</div></div>`
	}
	sec := func(id string, widgets ...string) string {
		return `<section class="bx-section bx-top-section bx-element bx-element-` + id + ` bx-boxed"><div class="bx-container"><div class="bx-column bx-col-100"><div class="bx-widget-wrap">` + strings.Join(widgets, "") + `</div></div></div></section>`
	}
	body := sec("a1f09c", w("5e2b1d", "text", `<p>Die Gemeinde baut im kommenden Jahr am Bahnhof ein Parkhaus mit 320 Stellplätzen, davon 40 mit Ladesäulen für Elektroautos. Die Arbeiten beginnen im März.</p>`),
		w("77c0a1", "text", `<p>Während der Bauzeit fällt der Parkplatz an der Güterstraße weg; Pendler sollen auf den Festplatz ausweichen.</p>`),
		w("0bd93a", "image", `<img src="/p.jpg" alt=""><p class="caption">So soll das Parkhaus aussehen. Bild: Gemeinde</p>`)) +
		sec("c9e81f", w("3aa71b", "heading", `<h2>Was kostet das Parken?</h2>`), w("91d2c6", "text", `<p>Ein Tag im Parkhaus kostet vier Euro, ein Monatsticket 45 Euro.</p>`),
			w("e4f0b2", "text", `<p>Für Inhaber einer Zeitkarte des Nahverkehrs wird das Parken günstiger, der Rabatt steht aber noch nicht fest.</p>`))
	last := sec("f02d7c", w("6b8e41", "text", `<p>Der Gemeinderat stimmt am 14. Januar über die Vergabe der Bauarbeiten ab.</p>`), w("2cc5a9", "share", `<a href="#">Teilen</a> <a href="#">E-Mail</a>`))
	// The last section with a "read more" line set before its text.
	readMore := sec("f02d7c", `<p><strong>Passend dazu:</strong> <a href="/x/1">Neues Parkleitsystem für die ganze Innenstadt geplant</a></p>`,
		w("6b8e41", "text", `<p>Der Gemeinderat stimmt am 14. Januar über die Vergabe der Bauarbeiten ab.</p>`), w("2cc5a9", "share", `<a href="#">Teilen</a> <a href="#">E-Mail</a>`))
	credit := sec("d41e2a", w("9a0c7e", "text", `<p>Mehr dazu lesen Sie im Frühjahr.</p>`))
	// A call to action in the same build: a line of the story's length,
	// but with a button or a link styled as one (a story's last line
	// holds no control).
	cta := func(control string) string {
		return sec("f02d7c", w("6b8e41", "heading", `<h3>Sie haben Fragen zum Parkhaus?</h3>`), w("6b8e42", "cta", `<p>Rufen Sie uns an unter 07071 123456 oder schreiben Sie uns.</p>`+control))
	}
	page := func(story string) string {
		return `<html><body><header><a href="/">Gemeindebote</a><nav><a href="/a">Aktuelles</a> <a href="/b">Rathaus</a></nav></header><div class="bx bx-page-1882"><section class="bx-section bx-title"><div class="bx-container"><h1>Parkhaus am Bahnhof kommt</h1><div class="bx-post-info">Redaktion · 7. Dezember 2026</div></div></section>` + story + `</div><footer>© 2026 Gemeindebote</footer></body></html>`
	}
	for _, c := range []struct {
		name, story   string
		want, wantNot []string
	}{
		{"last section", body + last, []string{"Während der Bauzeit", "Ein Tag im Parkhaus", "Der Gemeinderat stimmt am 14. Januar über die Vergabe der Bauarbeiten ab."}, []string{"Teilen", "So soll das Parkhaus aussehen"}},
		{"last section after a read-more line", body + readMore, []string{"Während der Bauzeit", "Ein Tag im Parkhaus", "Der Gemeinderat stimmt am 14. Januar über die Vergabe der Bauarbeiten ab."}, []string{"Teilen", "Parkleitsystem"}},
		{"a line too short", body + credit, []string{"Während der Bauzeit", "Ein Tag im Parkhaus"}, []string{"Mehr dazu lesen Sie im Frühjahr."}},
		{"call to action", body + cta(`<button>Kontakt aufnehmen</button>`), []string{"Während der Bauzeit", "Ein Tag im Parkhaus"}, []string{"Rufen Sie uns an", "Kontakt aufnehmen"}},
		{"call to action, a button link", body + cta(`<a class="bx-button bx-size-md" href="/kontakt/">Kontakt aufnehmen</a>`), []string{"Während der Bauzeit", "Ein Tag im Parkhaus"}, []string{"Rufen Sie uns an", "Kontakt aufnehmen"}},
	} {
		text := extractText(t, c.name, page(c.story), "https://gemeindebote.test/aktuelles/parkhaus/")
		checkHas(t, c.name, text, c.want, c.wantNot)
	}
}
