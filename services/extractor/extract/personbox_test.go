package extract

import (
	"strings"
	"testing"
)

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
	// The name once, as a link to the person's page, under a picture
	// without alternative text (personCard).
	card := func(name, line string) string {
		return `<div><img src="/img/p.jpg" alt=""><div><a href="/personen/` + strings.ToLower(strings.Fields(name)[0]) + `/">` + name + `</a><p>` + line + `</p></div></div>`
	}
	keep := []string{"Die Stadtbibliothek ist vom 23. Dezember", "Die Lesesäle der Zweigstelle Nord"}
	for _, c := range []struct {
		name, before, after, inside string
		want, wantNot               []string
	}{
		{"after, the bio names", "", author("", "Jane Miller", "Jane Miller covers local politics and the council. She joined the paper in 2015."), "", keep, []string{"Jane Miller"}},
		{"before, the bio names", author("", "Anna Schmidt", "Anna Schmidt schreibt über Politik und Wirtschaft und ist seit 2015 in der Redaktion."), "", "", keep, []string{"Anna Schmidt"}},
		{"after, the picture names", "", author("Анна Иванова", "Анна Иванова", "Пишет о политике и экономике. В редакции с 2015 года, до этого работала в агентстве."), "", keep, []string{"Анна Иванова", "Пишет о политике"}},
		{"after, the name once as a link", "", card("Jane Miller", "Political correspondent since 2015, before that at the regional desk."), "", keep, []string{"Jane Miller", "Political correspondent"}},
		{"after, the name once, then a contact line", "", card("Anna Schmidt", "Politikredakteurin seit 2015, davor im Regionalressort.") + `<p>Fragen beantwortet die Pressestelle gern telefonisch.</p>`, "", keep, []string{"Anna Schmidt", "Politikredakteurin"}},
		// A vote button in the story and the card's link to its person
		// make the thread search take the page for one post: a lone post
		// is no thread, so the card still goes.
		{
			"after, the name once, buttons in the story", "", card("Jane Miller", "Political correspondent since 2015, before that at the regional desk."),
			`<div class="vote"><span>War diese Meldung hilfreich?</span> <button>Ja</button> <button>Nein</button></div>`, keep,
			[]string{"Jane Miller", "Political correspondent"},
		},
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

// TestPersonCard checks the author box that names once on its own: a
// picture and a linked name with a line about the person after the story
// are one, but not when the story goes on after them, nor in a run of
// blocks built alike (replies in a thread), nor with a paragraph for a
// bio or the name unlinked. The boxes carry an id, which no rule reads.
func TestPersonCard(t *testing.T) {
	story := `<div><p>The council approved the budget after a long debate on Monday evening, officials said.</p><p>The new budget sets aside more money for schools, roads and the library, and it raises no taxes.</p></div>`
	card := func(id, name, line string) string {
		return `<div id="` + id + `"><img src="/img/p.jpg" alt=""><div><a href="/people/1">` + name + `</a><p>` + line + `</p></div></div>`
	}
	const role = "Political correspondent since 2015, before that at the regional desk."
	for _, c := range []struct {
		name, body string
		want       bool
	}{
		{"after the story", story + card("c", "Jane Miller", role), true},
		{"after the story, a short line after it", story + card("c", "Jane Miller", role) + `<p>Questions? Call the newsroom any weekday morning.</p>`, true},
		{"before the story", card("c", "Jane Miller", role) + story, false},
		{
			"the story goes on after it", story + card("c", "Jane Miller", role) +
				`<p>She will present the budget to the press on Thursday, together with the mayor and the head of the finance department.</p>`,
			false,
		},
		{"in a run built alike", story + card("c", "Jane Miller", role) + card("d", "Tom Baker", "Thanks, see you there."), false},
		{"a paragraph for a bio", story + card("c", "Jane Miller", "Jane Miller grew up in the harbour district and studied law before she joined the paper in 2015. She has covered the council, the courts and three elections, and she writes a weekly column."), false},
		{"the name not linked", story + `<div id="c"><img src="/img/p.jpg" alt=""><div><strong>Jane Miller</strong><p>` + role + `</p></div></div>`, false},
		// The scans that weigh a box are bounded: a box built alike
		// beyond maxRunReach elements is not seen, and a box among more
		// than maxTrailSiblings siblings is not weighed (a page of
		// thousands of cards would otherwise cost their square).
		{"a box built alike beyond reach", story + card("c", "Jane Miller", role) + strings.Repeat("<hr>", maxRunReach) + card("d", "Tom Baker", "Thanks, see you there."), true},
		{"among too many siblings", story + card("c", "Jane Miller", role) + strings.Repeat("<hr>", maxTrailSiblings), false},
	} {
		p := testPage(t, c.body)
		if _, got := personBox(byID(t, p, "c"), p.st); got != c.want {
			t.Errorf("%s: personBox names once = %v, want %v", c.name, got, c.want)
		}
	}
}
