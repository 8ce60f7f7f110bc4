package extract

import (
	"testing"
)

// TestFactsBoxWithLinkedSentence covers a box of facts set among the
// story's paragraphs (an <aside> named nothing: a heading, a list of
// sentences) that also holds a sentence with a link or two: the links of
// running text make it no box of links. Guards: boxes whose links are
// the list's items, or a "read more" line, stay out.
func TestFactsBoxWithLinkedSentence(t *testing.T) {
	story := func(lang, box string) string {
		return wallPage(lang, `<title>Heating rules for tenants | Money Guide</title>`+ogArticle,
			`<header><a href="/">Money Guide</a><nav><a href="/home">Home</a><a href="/pensions">Pensions</a></nav></header><main><article><h1>Heating rules for tenants</h1><div class="content">`+
				`<p>Heating costs are high again this winter, and many tenants ask how far they may turn the heating down without trouble with their landlord.</p>`+box+
				`<p>There is no fixed lowest temperature for tenants, but the courts expect that the flat does not cool down so far that damp and mould set in.</p>`+
				`<p>The landlord must set the heating so that twenty degrees can be reached during the day; otherwise the rent may be reduced until it is fixed.</p>`+
				`</div></article></main><footer><a href="/imprint">Imprint</a></footer>`)
	}
	tests := []struct {
		name      string
		page      string
		want, not []string
	}{{
		name: "summary box opening with a sentence that cites its sources",
		page: story("en", `<aside><h3>Key points</h3><p>The council has published <a href="/docs/report">the full report</a> on its website, and <a href="/docs/minutes">the minutes of the meeting</a> will follow later this week.</p>`+
			`<ul><li>Tenants may not turn the heating off where mould could follow.</li><li>During the day twenty to twenty-two degrees count as reasonable.</li><li>At night the landlord may lower it to eighteen degrees.</li></ul></aside>`),
		want: []string{"The council has published the full report", "Tenants may not turn the heating off", "At night the landlord may lower"},
	}, {
		name: "German box of facts closing with a linked sentence",
		page: wallPage("de", `<title>Heizung runterdrehen | Geldratgeber</title>`+ogArticle,
			`<main><article><h1>Heizung runterdrehen: Was Mieter dürfen</h1><div class="content">`+
				`<p>Die Heizkosten sind auch in diesem Winter hoch. Viele Mieterinnen und Mieter fragen sich, wie weit sie die Heizung herunterdrehen dürfen.</p>`+
				`<p>Eine feste Mindesttemperatur für Mieter gibt es nicht. Die Gerichte verlangen aber, dass die Wohnung nicht auskühlt, auch wenn man verreist.</p>`+
				`<aside><h3>Das Wichtigste in Kürze</h3><ul><li>Mieter dürfen die Heizung nicht ganz abdrehen, wenn Schimmel droht.</li><li>Tagsüber gelten 20 bis 22 Grad als angemessen.</li>`+
				`<li>Nachts darf der Vermieter die Temperatur auf 18 Grad senken.</li></ul><p>Der Gemeinderat hat <a href="/bericht">den vollständigen Bericht</a> auf seiner Internetseite veröffentlicht, und <a href="/protokoll">das Protokoll der Sitzung</a> folgt nach Angaben einer Sprecherin noch in dieser Woche.</p></aside>`+
				`</div></article></main>`),
		want: []string{"Nachts darf der Vermieter", "Der Gemeinderat hat den vollständigen Bericht"},
	}, {
		name: "guard: box of linked headlines among the paragraphs",
		page: story("en", `<aside><h3>Read more</h3><ul><li><a href="/a">Energy prices to fall in spring, suppliers say</a></li><li><a href="/b">How to bleed a radiator in five minutes</a></li>`+
			`<li><a href="/c">Landlords face new rules on insulation from next year</a></li></ul></aside>`),
		want: []string{"Heating costs are high", "The landlord must set the heating"},
		not:  []string{"Energy prices to fall", "bleed a radiator"},
	}, {
		name: "guard: box of linked headlines with a read-more line",
		page: story("en", `<aside><h3>More on energy</h3><ul><li><a href="/a">Energy prices to fall in spring, suppliers say</a></li><li><a href="/b">How to bleed a radiator in five minutes</a></li>`+
			`<li><a href="/c">Landlords face new rules on insulation from next year</a></li></ul><p><a href="/energy">All our stories about energy prices and heating</a></p></aside>`),
		want: []string{"Heating costs are high", "The landlord must set the heating"},
		not:  []string{"Energy prices to fall", "All our stories about energy"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustExtract(t, []byte(tt.page), Input{URL: "https://news.test/story"})
			checkText(t, a.GetParagraphs(), tt.want, tt.not)
		})
	}
}
