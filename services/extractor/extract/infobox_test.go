package extract

import (
	"strings"
	"testing"
)

// TestInfoboxes checks that an infobox (a table of short label/value rows
// under the subject's name, set before the lead) leaves the story in five
// languages, while a data table in the story's body, after its text and
// under a header row, and a first table whose caption is not the page's
// headline, stay.
func TestInfoboxes(t *testing.T) {
	page := `<html><head><title>%t – Encyclopedia</title></head><body><header><a href="/">Home</a></header><main><h1>%t</h1><div class="content">%s
<p>First paragraph of the article, long enough to be read as text by the extractor and kept as its lead.</p>
<p>Second paragraph of the article, which says a little more about the subject and closes it.</p>
%a</div></main></body></html>`
	box := func(title string, rows ...string) string {
		var b strings.Builder
		b.WriteString(`<table class="box" style="float:right"><tr><th colspan="2">` + title + `</th></tr><tr><td colspan="2"><img src="/i.jpg" alt=""><br>Picture of it</td></tr>`)
		for i := 0; i+1 < len(rows); i += 2 {
			b.WriteString(`<tr><td>` + rows[i] + `</td><td>` + rows[i+1] + `</td></tr>`)
		}
		b.WriteString(`</table>`)
		return b.String()
	}
	// A story's own fact table under its headline: no picture, not set
	// beside the text.
	facts := func(title string, rows ...string) string {
		var b strings.Builder
		b.WriteString(`<table><caption>` + title + `</caption>`)
		for i := 0; i+1 < len(rows); i += 2 {
			b.WriteString(`<tr><td>` + rows[i] + `</td><td>` + rows[i+1] + `</td></tr>`)
		}
		b.WriteString(`</table>`)
		return b.String()
	}
	for _, tc := range []struct {
		name, title, before, after string
		want, wantNot              []string
	}{
		{
			"German", "Mühlensee", box("Mühlensee", "Lage", "Nordufer, Landkreis Süd", "Fläche", "1,2 km²", "Tiefe", "14 m"), "",
			nil,
			[]string{"Nordufer, Landkreis Süd", "Fläche", "Picture of it"},
		},
		{
			"French", "Lac du Moulin", box("Lac du Moulin", "Situation", "Rive nord, canton sud", "Superficie", "1,2 km²", "Profondeur", "14 m"), "",
			nil,
			[]string{"Rive nord, canton sud", "Superficie"},
		},
		{
			"Spanish", "Lago del Molino", box("Lago del Molino", "Ubicación", "Orilla norte, comarca sur", "Superficie", "1,2 km²", "Profundidad", "14 m"), "",
			nil,
			[]string{"Orilla norte, comarca sur", "Profundidad"},
		},
		{
			"Russian", "Мельничное озеро", box("Мельничное озеро", "Расположение", "Северный берег, южный район", "Площадь", "1,2 км²", "Глубина", "14 м"), "",
			nil,
			[]string{"Северный берег, южный район", "Площадь"},
		},
		{
			"English", "Mill Lake", box("Mill Lake", "Location", "North shore, south county", "Area", "1.2 km²", "Depth", "14 m"), "",
			nil,
			[]string{"North shore, south county", "Depth"},
		},
		{
			"German, an election's results first stay", "Landtagswahl 2028", facts("Landtagswahl 2028", "CSU", "37,0 %", "Freie Wähler", "15,8 %", "Grüne", "14,4 %"), "",
			[]string{"Freie Wähler", "14,4 %"},
			nil,
		},
		{
			"English, a match's box score first stays", "Rovers 3, United 1", facts("Rovers 3, United 1", "Goals", "Kane 12, Moss 40, Hill 77", "Attendance", "41,200", "Referee", "J. Brown"), "",
			[]string{"Kane 12, Moss 40, Hill 77", "41,200"},
			nil,
		},
		{
			"French, a review's specifications first stay", "Le Phone X à l'essai", facts("Le Phone X à l'essai", "Écran", "6,2 pouces OLED", "Batterie", "4000 mAh", "Prix", "899 euros"), "",
			[]string{"6,2 pouces OLED", "899 euros"},
			nil,
		},
		{
			"Spanish, a match's box score first stays", "Betis 2, Sevilla 2", facts("Betis 2, Sevilla 2", "Goles", "Isco 10, Ocampos 55", "Estadio", "La Cartuja", "Árbitro", "Gil Manzano"), "",
			[]string{"Isco 10, Ocampos 55", "Gil Manzano"},
			nil,
		},
		{
			"Russian, an election's results first stay", "Выборы мэра 2028", facts("Выборы мэра 2028", "Иванов", "52,1 %", "Петров", "31,4 %", "Явка", "44 %"), "",
			[]string{"Иванов", "31,4 %"},
			nil,
		},
		{
			"German, a floated card without a picture goes", "Mühlensee", strings.Replace(facts("Mühlensee", "Lage", "Nordufer, Landkreis Süd", "Fläche", "1,2 km²", "Tiefe", "14 m"), "<table>", `<table align="right">`, 1), "",
			nil,
			[]string{"Nordufer, Landkreis Süd", "Fläche"},
		},
		{
			"English, a data table in the body stays", "Mill Lake", "",
			`<table><tr><th>Year</th><th>Visitors</th></tr><tr><td>2023</td><td>41,000</td></tr><tr><td>2024</td><td>45,500</td></tr><tr><td>2025</td><td>52,000</td></tr></table>`,
			[]string{"41,000", "52,000"},
			nil,
		},
		{
			"English, a first table under another name stays", "Mill Lake", box("Opening hours", "Monday", "closed", "Tuesday", "9 to 17", "Sunday", "10 to 16"), "",
			[]string{"9 to 17", "10 to 16"},
			nil,
		},
	} {
		html := strings.NewReplacer("%t", tc.title, "%s", tc.before, "%a", tc.after).Replace(page)
		text := extractText(t, tc.name, html, "https://wiki.test/wiki/x")
		checkHas(t, tc.name, text, append([]string{"First paragraph of the article", "closes it."}, tc.want...), tc.wantNot)
	}
}
