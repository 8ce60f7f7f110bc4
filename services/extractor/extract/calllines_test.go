package extract

import "testing"

// TestCallBoxLines checks that a call box goes however the story around
// it sets its paragraphs, as it goes among <p>s (TestCallBox): among bare
// text between <br>s, where the box's own lines are bare text too and its
// link stands between two <br>s, and among list items, where the box's
// lines are the items of a list and its link the last item; and that a
// link inside a sentence between <br>s and a short list of steps
// ending in a link stay.
func TestCallBoxLines(t *testing.T) {
	brStory := `Die Stadt rechnet bis Dienstag mit einem Pegelstand von fast acht Metern, erste Uferstraßen sind bereits gesperrt worden.<br><br>
Nach tagelangem Regen steigt der Fluss weiter. Am Sonntagabend lag der Pegel knapp einen Meter über der Marke für die Schifffahrt.<br><br>`
	brLast := `Die Feuerwehr hat Sandsäcke an die Anwohner der Altstadt verteilt und bittet darum, Keller und Garagen rechtzeitig zu räumen.<br><br>`
	listStory := `<ul><li>Die Stadt rechnet bis Dienstag mit einem Pegelstand von fast acht Metern, erste Uferstraßen sind bereits gesperrt worden.</li>
<li>Nach tagelangem Regen steigt der Fluss weiter. Am Sonntagabend lag der Pegel knapp einen Meter über der Marke für die Schifffahrt.</li></ul>`
	listLast := `<ul><li>Die Feuerwehr hat Sandsäcke an die Anwohner der Altstadt verteilt und bittet darum, Keller und Garagen rechtzeitig zu räumen.</li>
<li>Wer Hilfe braucht, erreicht das Bürgertelefon der Stadt rund um die Uhr, auch am Wochenende und an den Feiertagen.</li></ul>`
	page := func(story, box, last string) string {
		return `<html><head><title>Hochwasser: Pegel steigt weiter</title></head><body><header><a href="/">Kurier</a></header><div><div><h1>Hochwasser: Pegel steigt weiter</h1></div><div>` +
			story + box + last + `</div></div><footer>© Kurier</footer></body></html>`
	}
	for _, tc := range []struct {
		name, story, box, last string
		want, wantNot          []string
	}{
		{
			"offer among bare text, its link between <br>s, Italian",
			brStory, `<div>Abbonati a Gazzetta Digitale: il primo mese a 0,99 euro, poi 6,99 euro al mese.<br><br><a href="/abbonamenti/">Abbonati ora</a><br><br></div>`, brLast,
			[]string{"Pegelstand von fast acht Metern", "rechtzeitig zu räumen."},
			[]string{"Abbonati"},
		},
		{
			"newsletter box among bare text, French",
			brStory, `<div>Lyon Matin<br><br>Tous les matins, l’essentiel de l’actualité lyonnaise dans votre boîte mail.<br><br><a href="/newsletter/">S’inscrire</a><br><br></div>`, brLast,
			[]string{"Pegelstand von fast acht Metern", "rechtzeitig zu räumen."},
			[]string{"Lyon Matin", "boîte mail", "S’inscrire"},
		},
		{
			"offer among list items, its link the last item, Italian",
			listStory, `<div><ul><li>Abbonati a Gazzetta Digitale: il primo mese a 0,99 euro, poi 6,99 euro al mese.</li><li><a href="/abbonamenti/">Abbonati ora</a></li></ul></div>`, listLast,
			[]string{"Pegelstand von fast acht Metern", "rechtzeitig zu räumen.", "Bürgertelefon"},
			[]string{"Abbonati"},
		},
		{
			"a link inside a sentence between <br>s stays",
			brStory, `<div>Den aktuellen Pegelstand veröffentlicht das Landesamt laufend unter <a href="/pegel/">Pegel online</a> für alle Messstellen.<br><br></div>`, brLast,
			[]string{"Den aktuellen Pegelstand veröffentlicht das Landesamt", "rechtzeitig zu räumen."},
			nil,
		},
		{
			"steps whose last item is a link stay",
			listStory, `<div><ol><li>Fotografieren Sie die Schäden, bevor Sie aufräumen.</li><li>Melden Sie sie der Versicherung.</li><li><a href="/formular/">Schadensformular</a></li></ol></div>`, listLast,
			[]string{"Fotografieren Sie die Schäden", "Schadensformular", "Bürgertelefon"},
			nil,
		},
	} {
		checkHas(t, tc.name, extractText(t, tc.name, page(tc.story, tc.box, tc.last), "https://kurier.test/region/hochwasser"), tc.want, tc.wantNot)
	}
}
