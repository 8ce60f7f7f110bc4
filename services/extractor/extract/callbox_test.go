package extract

import "testing"

// TestCallBox checks that a call to action without class names goes: a
// newsletter box of lines and a <button>, a subscription offer whose
// button is a link standing as a line of its own, a contact call whose
// link sits in a box of its own, and a bold-titled line that ends in its
// link, in French, Italian, German and English; and that the boxes that
// share a shape with them stay: live-blog entries each with a share
// button, and a section of contact options under headings of their own.
func TestCallBox(t *testing.T) {
	story := `<p>Die Stadt rechnet bis Dienstag mit einem Pegelstand von fast acht Metern, erste Uferstraßen sind bereits gesperrt worden.</p>
<p>Nach tagelangem Regen steigt der Fluss weiter. Am Sonntagabend lag der Pegel knapp einen Meter über der Marke für die Schifffahrt.</p>`
	last := `<p>Die Feuerwehr hat Sandsäcke an die Anwohner der Altstadt verteilt und bittet darum, Keller und Garagen rechtzeitig zu räumen.</p>`
	page := func(head, box string) string {
		return `<html><head><title>Hochwasser: Pegel steigt weiter</title></head><body><header><a href="/">Kurier</a></header><div><div><h1>Hochwasser: Pegel steigt weiter</h1>` + head + `</div><div>` +
			story + box + last + `</div></div><footer>© Kurier</footer></body></html>`
	}
	entry := func(h, p string) string {
		return `<div><time>14:05</time><h3>` + h + `</h3><div><p>` + p + `</p></div><div><button>Eintrag teilen</button></div></div>`
	}
	for _, tc := range []struct {
		name, head, box string
		want, wantNot   []string
	}{
		{
			"newsletter box of lines and a button, French",
			"", `<div><div>Lyon Matin</div><div>Tous les matins, l’essentiel de l’actualité lyonnaise dans votre boîte mail.</div><button>S’inscrire</button></div>`,
			[]string{"Pegelstand von fast acht Metern", "rechtzeitig zu räumen."},
			[]string{"Lyon Matin", "boîte mail"},
		},
		{
			"offer whose button is a link on a line of its own, Italian",
			"", `<div><p>Continua a leggere questo articolo</p><p>Abbonati a Gazzetta Digitale: il primo mese a 0,99 euro, poi 6,99 euro al mese.</p><a href="/abbonamenti/">Abbonati ora</a><p>Sei già abbonato? <a href="/login/">Accedi</a></p></div>`,
			[]string{"Pegelstand von fast acht Metern", "rechtzeitig zu räumen."},
			[]string{"Continua a leggere", "Abbonati", "Sei già abbonato"},
		},
		{
			"contact call whose link sits in a box of its own, German",
			"", `<div><div><div><p>Sie haben ein Projekt? Rufen Sie uns an oder schreiben Sie uns.</p></div><div><a href="/kontakt/">Jetzt anfragen</a></div></div></div>`,
			[]string{"rechtzeitig zu räumen."},
			[]string{"Sie haben ein Projekt", "Jetzt anfragen"},
		},
		{
			"bold title, a promise and its link on one line, French",
			"", `<div><strong>Newsletter Culture</strong> Chaque jeudi, nos idées de sorties en Alsace. <a href="/newsletter">Je m’abonne</a></div>`,
			[]string{"rechtzeitig zu räumen."},
			[]string{"Newsletter Culture", "Je m’abonne"},
		},
		{
			"a quoted post and the link to it stay, French",
			"", `<div><blockquote><p>Les quais resteront fermés jusqu’à la décrue, nous vous tiendrons informés ici.</p></blockquote><p><a href="https://social.example/prefecture/1">Voir le message</a></p></div>`,
			[]string{"Les quais resteront fermés jusqu’à la décrue", "rechtzeitig zu räumen."},
			nil,
		},
		{
			"live-blog entries each with a share button stay",
			"", entry("Deich bei Kleinwalde hält", "Der Deich bei Kleinwalde hält dem Druck bisher stand, sagt der Krisenstab am Nachmittag.") +
				entry("Schulen bleiben geschlossen", "Die drei Schulen in der Altstadt bleiben auch am Montag geschlossen, der Unterricht fällt aus."),
			[]string{"Der Deich bei Kleinwalde hält dem Druck bisher stand", "Die drei Schulen in der Altstadt bleiben"},
			nil,
		},
		{
			"contact options under headings of their own are not one call",
			"", `<section><h2>Noch Fragen zum Hochwasser?</h2><div><div><h3>Bürgertelefon</h3><p>0800 123 45 00, täglich 8 bis 20 Uhr</p></div><div><h3>Chat</h3><p>Wartezeit etwa zwei Minuten</p><button>Chat starten</button></div></div></section>`,
			[]string{"rechtzeitig zu räumen.", "Noch Fragen zum Hochwasser?", "Bürgertelefon"},
			nil,
		},
	} {
		checkHas(t, tc.name, extractText(t, tc.name, page(tc.head, tc.box), "https://kurier.test/region/hochwasser"), tc.want, tc.wantNot)
	}
}
