package extract

import "testing"

// TestMetaRow checks that a row of byline, date and reading time set as
// inline pieces over the story goes without class names, in German
// and Russian, and that an event list whose entries set date, place and
// hours on lines of their own stays.
func TestMetaRow(t *testing.T) {
	story := `<p>Die Stadt rechnet bis Dienstag mit einem Pegelstand von fast acht Metern, erste Uferstraßen sind bereits gesperrt worden.</p>
<p>Nach tagelangem Regen steigt der Fluss weiter. Am Sonntagabend lag der Pegel knapp einen Meter über der Marke für die Schifffahrt.</p>
<p>Die Feuerwehr hat Sandsäcke an die Anwohner der Altstadt verteilt und bittet darum, Keller und Garagen rechtzeitig zu räumen.</p>`
	page := func(row, tail string) string {
		return `<html><head><title>Hochwasser: Pegel steigt weiter</title></head><body><header><a href="/">Kurier</a></header><div><div><h1>Hochwasser: Pegel steigt weiter</h1></div><div>` +
			row + story + tail + `</div></div><footer>© Kurier</footer></body></html>`
	}
	events := `<p>Blutspende an diesen Terminen:</p><p><span>Dienstag, 15. Januar 2027<br></span><span>Aula der Grundschule Süd am Lindenplatz<br></span><span>15:30 – 19:00 Uhr</span></p><p><span>Samstag, 19. Januar 2027<br></span><span>Kleiner Saal der Stadthalle am Markt<br></span><span>10:00 – 15:00 Uhr</span></p>`
	for _, tc := range []struct {
		name, row, tail string
		want, wantNot   []string
	}{
		{
			"byline, time and reading time",
			`<div><span>Von Andrea Schuster</span> <time datetime="2026-01-12T07:15">12. Januar 2026, 07:15 Uhr</time> <span>Lesedauer: 3 Minuten</span></div>`, "",
			[]string{"Pegelstand von fast acht Metern", "rechtzeitig zu räumen."},
			[]string{"Andrea Schuster", "Lesedauer"},
		},
		{
			"date, author and views, Russian, no <time>",
			`<div><span>9 октября 2026, 15:20</span> <span>Ирина Галиева</span> <span>Просмотров: 2 415</span></div>`, "",
			[]string{"Pegelstand von fast acht Metern"},
			[]string{"Ирина Галиева", "Просмотров"},
		},
		{
			"event list with lines of date, place and hours stays",
			"", events,
			[]string{"Dienstag, 15. Januar 2027", "Kleiner Saal der Stadthalle", "10:00 – 15:00 Uhr"},
			nil,
		},
	} {
		checkHas(t, tc.name, extractText(t, tc.name, page(tc.row, tc.tail), "https://kurier.test/region/hochwasser"), tc.want, tc.wantNot)
	}
}
