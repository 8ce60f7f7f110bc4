package extract

import (
	"testing"
)

// TestBadgeNumberScore checks that a match score set on its own line
// between the two teams' names stays in a match report (English, German,
// French), while a grade over a verdict and a score out of ten between a
// label and a verdict word still leave the text as badges.
func TestBadgeNumberScore(t *testing.T) {
	for _, tc := range []struct {
		name, lang, body string
		want, wantNot    []string
	}{
		{
			"English result between team names", "en",
			`<p>North FC came from behind to beat South United on Saturday, with two goals in the last ten minutes at a packed Riverside ground.</p>` +
				`<div class="result"><div class="team">North FC</div><div class="score">2:1</div><div class="team">South United</div></div>` +
				`<p>South had led since the first half through a header from their captain, and looked set for a first away win of the season.</p>`,
			[]string{"North FC\n\n2:1\n\nSouth United"},
			nil,
		},
		{
			"German result between team names", "de",
			`<p>Der FC Nord hat das Derby gegen den SV Süd am Sonntag deutlich gewonnen und steht damit wieder auf einem Aufstiegsplatz der Tabelle.</p>` +
				`<div class="ergebnis"><span class="heim">FC Nord</span><br><span class="tore">3 - 0</span><br><span class="gast">SV Süd</span></div>` +
				`<p>Schon zur Pause stand es zwei zu null, nach dem Wechsel verwaltete die Mannschaft den Vorsprung ohne große Mühe.</p>`,
			[]string{"3 - 0"},
			nil,
		},
		{
			"French result between team names", "fr",
			`<p>L'AS Rive a battu l'Olympique Val samedi soir au terme d'un match tendu, décidé dans les arrêts de jeu par un penalty.</p>` +
				`<p>AS Rive</p><p>2–1</p><p>Olympique Val</p>` +
				`<p>Les visiteurs avaient pourtant ouvert le score dès la dixième minute sur leur première occasion du match.</p>`,
			[]string{"AS Rive\n\n2–1\n\nOlympique Val"},
			nil,
		},
		{
			// Guards: badges stay badges.
			"guard: grade over a verdict after the story's last line", "de",
			`<p>Der Akku-Rasenmäher Grünwerk R36 soll Gärten bis 400 Quadratmeter schaffen und kostet 329 Euro im Handel.</p>` +
				`<p>Mit einer Ladung haben wir 310 Quadratmeter bei trockenem Gras geschafft, bei feuchtem Gras deutlich weniger. Das Schnittbild ist sauber.</p>` +
				`<div class="fazitbox"><div class="grade">2,2</div><h3>Fazit</h3><p>Für kleine bis mittlere Gärten ist der R36 eine gute Wahl.</p></div>`,
			[]string{"Fazit"},
			[]string{"2,2"},
		},
		{
			"guard: score out of ten between a label and a verdict word", "en",
			`<p>The R36 mower is meant for lawns of up to 400 square metres and costs 329 euros in the shops this summer.</p>` +
				`<p>On one charge it cut 310 square metres of dry grass in our test, and a good deal less when the grass was wet. The cut is clean.</p>` +
				`<div class="verdict"><div>Our verdict</div><div class="score">8/10</div><div>Recommended</div></div>`,
			[]string{"Our verdict"},
			[]string{"8/10"},
		},
	} {
		page := `<html lang="` + tc.lang + `"><body><main><h1>Report</h1><div class="articletext">` + tc.body + `</div></main></body></html>`
		text := extractText(t, tc.name, page, "https://sport.test/report/")
		checkHas(t, tc.name, "\n"+text+"\n", tc.want, tc.wantNot)
	}
}
