package extract

import (
	"strings"
	"testing"
)

// TestEmptyHeadings checks that a section heading whose section the story
// lost (its list of links went) leaves with it in five languages, while
// the next section's heading and text stay; a heading right over a deeper
// subhead, a heading the page set right over the next one, and a story's
// last subhead with real text under it stay.
func TestEmptyHeadings(t *testing.T) {
	page := `<html><body><header><a href="/">Home</a></header><main><h1>Title of the story</h1><div class="body">
<p>First paragraph of the story, long enough to be read as text by the extractor and kept as the lead of it.</p>
<p>Second paragraph of the story, which says a little more and closes the first part of it.</p>
%s</div></main></body></html>`
	links := `<ul><li><a href="/wiki/One">First related page</a></li><li><a href="/wiki/Two">Second related page</a></li><li><a href="/wiki/Three">Third related page</a></li></ul>`
	for _, tc := range []struct {
		name, rest    string
		want, wantNot []string
	}{
		{
			"German", `<h2>Siehe auch</h2>` + links + `<h2>Geschichte</h2><p>Die Quelle wurde schon im Mittelalter genutzt, um eine Mühle am Ufer des Flusses anzutreiben.</p>`,
			[]string{"Geschichte\n\nDie Quelle wurde"},
			[]string{"Siehe auch"},
		},
		{
			"French", `<h2>Voir aussi</h2>` + links + `<h2>Histoire</h2><p>Le moulin a fonctionné jusqu'en 1950, puis la commune a racheté le bâtiment pour en faire un musée.</p>`,
			[]string{"Histoire\n\nLe moulin"},
			[]string{"Voir aussi"},
		},
		{
			"Spanish, the next heading of a higher rank", `<h3>Véase también</h3>` + links + `<h2>Historia</h2><p>El molino funcionó hasta 1950 y después el ayuntamiento compró el edificio para abrir un museo.</p>`,
			[]string{"Historia\n\nEl molino"},
			[]string{"Véase también"},
		},
		{
			"Russian", `<h2>См. также</h2>` + links + `<h2>История</h2><p>Мельница работала до 1950 года, после чего город выкупил здание и открыл в нём музей.</p>`,
			[]string{"История\n\nМельница"},
			[]string{"См. также"},
		},
		{
			"English", `<h2>See also</h2>` + links + `<h2>History</h2><p>The mill ran until 1950, when the town bought the building and opened a museum in it.</p>`,
			[]string{"History\n\nThe mill ran"},
			[]string{"See also"},
		},
		{
			"English, a heading over a deeper subhead stays", `<h2>The plans</h2><h3>Housing</h3><p>The council wants four hundred new flats on the old rail yard by the end of the decade.</p>`,
			[]string{"The plans\n\nHousing\n\nThe council wants"},
			nil,
		},
		{
			"English, a heading right over the next one stays", `<h2>What happens next</h2><h2>The vote</h2><p>The council votes on the plan in March, after a month in which residents can send their comments.</p>`,
			[]string{"What happens next\n\nThe vote\n\nThe council votes"},
			nil,
		},
		{
			"German, the last subhead with text stays", `<h2>Ausblick</h2><p>Im Frühjahr beginnt der Bau der neuen Brücke, die im Herbst des nächsten Jahres fertig sein soll.</p>`,
			[]string{"Ausblick\n\nIm Frühjahr beginnt"},
			nil,
		},
	} {
		text := extractText(t, tc.name, strings.Replace(page, "%s", tc.rest, 1), "https://news.test/story")
		checkHas(t, tc.name, text, append([]string{"First paragraph of the story"}, tc.want...), tc.wantNot)
	}
}
