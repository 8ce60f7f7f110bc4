package extract

import (
	"slices"
	"testing"
)

// TestJoinHeadSections: a hero whose text box holds enough to win on its
// own is followed by sections built like it; those under a heading of
// their own with running text continue the story, and teasers, a form, an
// address box or a list of links do not.
func TestJoinHeadSections(t *testing.T) {
	// The hero's box holds a lead and a list: more than any section after
	// it, so it wins alone.
	hero := `<section class="hero" id="hero"><div class="wrap"><h1>Über uns</h1><div class="hero__text" id="box">` +
		`<p>Seit 1960 bauen wir in Plauen Treppen und Geländer aus Holz und Stahl für Häuser, Schulen und Ämter in ganz Sachsen.</p>` +
		`<p>Was wir bauen, hält: Viele unserer ersten Treppen, gebaut aus Eiche, Buche und Esche, werden bis heute jeden Tag begangen, und wer eine davon erneuern will, ruft meist wieder bei uns an.</p>` +
		`<ul><li>Jede Treppe wird im eigenen Werk nach Maß gefertigt und montiert.</li><li>Unsere Tischler und Schlosser arbeiten seit vielen Jahren zusammen.</li>` +
		`<li>Für jedes Haus gibt es eine Beratung vor Ort und ein schriftliches Angebot.</li><li>Die Montage dauert bei den meisten Treppen nicht länger als zwei Tage.</li></ul></div></div></section>`
	history := `<section class="block block--text" id="history"><div class="wrap"><h2>Unsere Geschichte</h2>` +
		`<p>Angefangen hat alles in einer kleinen Tischlerei am Stadtrand, die der Großvater nach dem Krieg übernommen hatte und bis zur Rente führte.</p>` +
		`<p>Heute arbeiten vierzig Menschen in zwei Hallen, und die Enkelin leitet den Betrieb.</p></div></section>`
	values := `<section class="block block--list" id="values"><div class="wrap"><h2>Wofür wir stehen</h2>` +
		`<ul><li>Holz aus dem Vogtland</li><li>Zehn Jahre Garantie auf jede Treppe</li><li>Reparatur vor Ersatz</li></ul></div></section>`
	page := func(after string) string { return `<main>` + hero + after + `</main>` }
	for _, tc := range []struct {
		name, body string
		want       []string
	}{
		{
			"sections under their own headings continue the story",
			page(history + values),
			[]string{"box", "history", "values"},
		},
		{
			"teasers led by linked headings stay out",
			page(`<section class="block block--teaser" id="teaser"><div class="wrap"><h2><a href="/werk">Ein Besuch in unserem Werk in Plauen</a></h2>` +
				`<p>Wie aus einem Stamm Eiche in drei Wochen eine Wendeltreppe wird, zeigen wir in einer Reportage aus der Werkhalle mit vielen Bildern.</p></div></section>`),
			[]string{"box"},
		},
		{
			"a newsletter section with its form stays out",
			page(`<section class="block block--newsletter" id="news"><div class="wrap"><h2>Newsletter</h2>` +
				`<p>Einmal im Monat schreiben wir über neue Treppen, Termine in der Ausstellung und Angebote für Kunden, die bald bauen oder umbauen wollen.</p>` +
				`<form action="/nl"><input type="email" name="mail"><button>Anmelden</button></form></div></section>`),
			[]string{"box"},
		},
		{
			"a contact section stays out",
			page(`<section class="block block--contact" id="contact"><div class="wrap"><h2>So erreichen Sie uns</h2>` +
				`<p>Unser Büro ist von Montag bis Freitag besetzt, und wir rufen jeden zurück, der uns eine Nachricht auf dem Anrufbeantworter hinterlässt.</p>` +
				`<p>Telefon 03741 123456</p></div></section>`),
			[]string{"box"},
		},
		{
			"a related section of links stays out",
			page(`<section class="block block--related" id="related"><div class="wrap"><h2>Das könnte Sie auch interessieren</h2>` +
				`<ul><li><a href="/a">Treppen aus Eiche für Altbauten mit wenig Platz im Flur</a></li><li><a href="/b">Geländer aus Stahl für Balkone und Terrassen am Haus</a></li>` +
				`<li><a href="/c">Was eine neue Treppe kostet und wie lange der Einbau dauert</a></li></ul></div></section>`),
			[]string{"box"},
		},
		// A topic box built like the sections, its blurb over a row of
		// links only, points elsewhere (fails before); a section that
		// ends with one link to read on still continues.
		{
			"a topic section over a row of links stays out",
			page(history + `<section class="block block--text" id="topic"><div class="wrap"><h2>Treppenbau im Vogtland</h2>` +
				`<p>Alle unsere Berichte über Treppen, Geländer und das Handwerk in der Region finden Sie gesammelt auf einer eigenen Seite.</p>` +
				`<p><a href="/thema/treppen">Alle Berichte</a> · <a href="/thema/treppen/rss">Folgen</a></p></div></section>`),
			[]string{"box", "history"},
		},
		{
			"a section that ends with one link to read on continues",
			page(`<section class="block block--text" id="history"><div class="wrap"><h2>Unsere Geschichte</h2>` +
				`<p>Angefangen hat alles in einer kleinen Tischlerei am Stadtrand, die der Großvater nach dem Krieg übernommen hatte und bis zur Rente führte.</p>` +
				`<p><a href="/geschichte">Mehr erfahren</a></p></div></section>` + values),
			[]string{"box", "history", "values"},
		},
		{
			"sections built otherwise stay out",
			page(`<div class="note" id="other"><h2>Unsere Geschichte</h2>` +
				`<p>Angefangen hat alles in einer kleinen Tischlerei am Stadtrand, die der Großvater nach dem Krieg übernommen hatte und bis zur Rente führte.</p></div>`),
			[]string{"box"},
		},
	} {
		p := testPage(t, tc.body)
		got := bestContent(p.body, p.st)
		if !slices.Equal(ids(got), tc.want) {
			t.Errorf("%s: bestContent = %q, want %q", tc.name, ids(got), tc.want)
		}
	}
}
