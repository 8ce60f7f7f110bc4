package extract

import "testing"

// TestPersonBox checks that a box of a picture, a name and a line about
// the person that gives the name again stays out of the story whatever
// its classes (none here) and wherever it sits beside the story, and that
// a story section of a picture, a subhead and a paragraph stays in.
func TestPersonBox(t *testing.T) {
	story := `<p>Die Stadtbibliothek ist vom 23. Dezember bis zum 1. Januar geschlossen. Ausgeliehene Medien werden automatisch bis zum 15. Januar verlängert.</p>
<p>Die Lesesäle der Zweigstelle Nord bleiben in dieser Zeit mit Leseausweis geöffnet.</p>`
	author := func(alt, name, bio string) string {
		return `<div><img src="/img/a.jpg" alt="` + alt + `" width="80" height="80"><div><strong>` + name + `</strong><p>` + bio + `</p></div></div>`
	}
	// The layout of a town's notice, where such a box without a class
	// was read into the story with the lines after it (1.17.0).
	page := func(before, after, inside string) string {
		return `<html><body>
<header class="site-header"><a class="site-logo" href="/">Stadt Nordheim</a><nav class="site-nav"><a href="/rathaus/">Rathaus</a><a href="/kultur/">Kultur</a><a href="/aktuelles/">Aktuelles</a></nav></header>
<div class="site-page">
<nav class="site-sidebar"><ul><li><a href="/aktuelles/meldungen/">Meldungen</a></li><li><a href="/aktuelles/termine/">Termine</a></li></ul></nav>
<main class="site-main">
<div class="meldung">
<h1>Bibliothek über Weihnachten geschlossen</h1>
<p class="meldung-datum">Meldung vom 02.12.2026</p>
` + before + `<div class="meldung-text">
` + story + inside + `
</div>` + after + `
<p class="meldung-zurueck"><a href="/aktuelles/meldungen/">« Alle Meldungen</a></p>
</div>
</main>
</div>
<footer class="site-footer"><a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a></footer>
</body></html>`
	}
	keep := []string{"Die Stadtbibliothek ist vom 23. Dezember", "Die Lesesäle der Zweigstelle Nord"}
	for _, c := range []struct {
		name, before, after, inside string
		want, wantNot               []string
	}{
		{"after, the bio names", "", author("", "Jane Miller", "Jane Miller covers local politics and the council. She joined the paper in 2015."), "", keep, []string{"Jane Miller"}},
		{"before, the bio names", author("", "Anna Schmidt", "Anna Schmidt schreibt über Politik und Wirtschaft und ist seit 2015 in der Redaktion."), "", "", keep, []string{"Anna Schmidt"}},
		{"after, the picture names", "", author("Анна Иванова", "Анна Иванова", "Пишет о политике и экономике. В редакции с 2015 года, до этого работала в агентстве."), "", keep, []string{"Анна Иванова", "Пишет о политике"}},
		// A picture, a subhead and a paragraph in the story are a story
		// section, even when the paragraph repeats the subhead's words.
		{
			"story section", "", "", `<div><img src="/img/s.jpg" alt=""><div><strong>Neue Lesesäle der Zweigstelle</strong><p>Die neuen Lesesäle der Zweigstelle öffnen im Januar mit vierzig Plätzen.</p></div></div>`,
			append(keep, "Die neuen Lesesäle der Zweigstelle öffnen im Januar"), nil,
		},
	} {
		text := extractText(t, c.name, page(c.before, c.after, c.inside), "https://ortsblatt.test/aktuelles/bibliothek/")
		checkHas(t, c.name, text, c.want, c.wantNot)
	}
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Jane Miller", true},
		{"Анна Иванова", true},
		{"Dr. Katrin Wolf", false},
		{"Neue Lesesäle der Zweigstelle", false},
		{"Redaktion 2026", false},
		{"Jamal Saidi/Reuters", false},
		{"© Anna Schmidt", false},
		{"", false},
	} {
		if got := personName(c.in); got != c.want {
			t.Errorf("personName(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
