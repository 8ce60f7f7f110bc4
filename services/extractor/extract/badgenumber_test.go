package extract

import (
	"strings"
	"testing"
)

// TestBadgeNumber checks that a number shown alone as a badge (a test's
// grade over its verdict, a score, a step's number drawn as a circle)
// leaves the text in German and English while the text it decorates
// stays (in a layout table's cell as well), and that numbers that are
// text stay: a timeline's years in <div>s, a data table's cells, a list's
// items, a value a line ending in a colon announces and a figure a line
// in lower case goes on from.
func TestBadgeNumber(t *testing.T) {
	page := `<html><body><header><a href="/">Haus &amp; Garten</a></header><main><h1>Grünwerk R36 im Test</h1><div class="articletext">
<p>Der Akku-Rasenmäher Grünwerk R36 soll Gärten bis 400 Quadratmeter schaffen und kostet 329 Euro. Wir haben ihn einen Sommer lang auf einem Hanggrundstück eingesetzt.</p>
<p>Mit einer Ladung haben wir 310 Quadratmeter bei trockenem Gras geschafft, bei feuchtem Gras deutlich weniger. Das Schnittbild ist sauber.</p>
%s</div></main><footer><a href="/impressum/">Impressum</a></footer></body></html>`
	for _, tc := range []struct {
		name, box     string
		want, wantNot []string
	}{
		{
			"grade over a verdict", `<div class="fazitbox"><div class="fazitbox__grade">2,2</div><h3>Fazit</h3><p>Für kleine bis mittlere Gärten ist der R36 eine gute Wahl.</p></div>`,
			[]string{"Fazit", "Für kleine bis mittlere Gärten ist der R36 eine gute Wahl."},
			[]string{"2,2"},
		},
		{
			"score out of ten, English", `<div class="verdict"><span class="score">8/10</span><p>A light mower that gets the basics right, if your lawn is small.</p></div>`,
			[]string{"A light mower that gets the basics right"},
			[]string{"8/10"},
		},
		{
			"step numbers drawn as circles", `<div class="step"><div class="num">1</div><div class="txt">Mähen Sie nur bei trockenem Gras und mit geladenem Akku.</div></div><div class="step"><div class="num">2</div><div class="txt">Reinigen Sie das Messer nach jedem Einsatz mit einer Bürste.</div></div>`,
			[]string{"Mähen Sie nur bei trockenem Gras", "Reinigen Sie das Messer"},
			[]string{"\n1\n", "\n2\n"},
		},
		{
			"grade in a layout table's cell", `<table width="100%"><tr><td class="grade">2,2</td></tr><tr><td><p>Für kleine bis mittlere Gärten ist der R36 eine gute Wahl.</p></td></tr></table>`,
			[]string{"Für kleine bis mittlere Gärten ist der R36 eine gute Wahl."},
			[]string{"2,2"},
		},
		{
			"timeline years", `<div class="timeline"><div class="year">1954</div><div class="event">Die Firma baut ihren ersten Handmäher in Ulm.</div><div class="year">1987</div><div class="event">Der erste Elektromäher kommt auf den Markt.</div></div>`,
			[]string{"1954", "1987", "Der erste Elektromäher kommt auf den Markt."},
			nil,
		},
		{
			"a value a line ending in a colon announces", `<p>Gesamtnote:</p><p>2,2</p><p>Final score:</p><p>3:2</p>`,
			[]string{"Gesamtnote:\n\n2,2", "Final score:\n\n3:2"},
			nil,
		},
		{
			"a figure a line in lower case goes on from", `<div class="stat"><div class="value">87%</div><div class="label">der Käufer würden ihn wieder kaufen</div></div><div class="stat"><div class="value">12</div><div class="label">minutes of mowing on a full charge in wet grass</div></div>`,
			[]string{"87%\n\nder Käufer würden ihn wieder kaufen", "12\n\nminutes of mowing"},
			nil,
		},
		{
			"table cells and list items", `<table><tr><th>Modell</th><th>Fläche</th></tr><tr><td>R36</td><td>310</td></tr><tr><td>R40</td><td>420</td></tr></table><ul><li>3</li><li>Stufen</li></ul>`,
			[]string{"310", "420"},
			nil,
		},
	} {
		text := extractText(t, tc.name, strings.Replace(page, "%s", tc.box, 1), "https://hausundgarten.test/tests/r36/")
		checkHas(t, tc.name, "\n"+text+"\n", tc.want, tc.wantNot)
	}
}
