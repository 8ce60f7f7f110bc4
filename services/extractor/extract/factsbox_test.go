package extract

import (
	"strings"
	"testing"
)

// TestWrappedFactsBox checks that a box of facts set among a story's
// paragraphs stays when its heading and list sit in an inner wrapper of
// the <aside> (<aside class="infobox"><div class="infobox__inner">), as
// magazine templates write it, in any language; and that the same wrapper
// holding a line of links, a single credit line or a list of related
// headlines still goes as the sidebar it is.
func TestWrappedFactsBox(t *testing.T) {
	page := `<html><body><nav><a href="/">Start</a> <a href="/natur/">Natur</a></nav>
<article><h1>Der letzte Stör der Elbe</h1><div class="body">
<p>Hans Peters ist 84 Jahre alt und hat den letzten Elbstör seines Dorfes noch gesehen. Danach kam keiner mehr, sagt er, und die Räucherei schloss wenig später.</p>
<p>Störe gibt es seit rund 200 Millionen Jahren. Sie werden über hundert Jahre alt und erst mit 15 bis 20 Jahren geschlechtsreif, was sie so verletzlich macht.</p>
%s
<p>Seit 2008 setzen Forscher in der Elbe Jungfische aus. Einige sind inzwischen bis in die Nordsee gewandert und zurückgekehrt, wie Sender zeigen.</p>
<p>Ob der Stör wieder heimisch wird, weiß niemand. Hans Peters hofft es jedenfalls, und er will es noch erleben.</p>
</div></article>
<footer><a href="/impressum/">Impressum</a></footer></body></html>`
	for _, tc := range []struct {
		name, box     string
		want, wantNot []string
	}{
		{
			"facts in an inner wrapper",
			`<aside class="infobox"><div class="infobox__inner"><h3>Der Stör in Zahlen</h3><ul><li>Länge: bis zu 3,5 Meter</li><li>Gewicht: bis zu 300 Kilogramm</li><li>Alter: über 100 Jahre</li></ul></div></aside>`,
			[]string{"Der Stör in Zahlen", "Gewicht: bis zu 300 Kilogramm", "Alter: über 100 Jahre", "Ob der Stör wieder heimisch wird"},
			nil,
		},
		{
			"facts two wrappers deep, French",
			`<aside class="encadre"><div class="encadre__wrap"><div class="encadre__content"><h4>Repères</h4><ul><li>8 000 tonnes de châtaignes récoltées en 2025</li><li>Un tiers en Ardèche</li></ul></div></div></aside>`,
			[]string{"Repères", "8 000 tonnes de châtaignes récoltées en 2025", "Un tiers en Ardèche"},
			nil,
		},
		{
			"related headlines in an inner wrapper",
			`<aside class="infobox"><div class="infobox__inner"><h3>Mehr zum Thema</h3><ul><li><a href="/a/1">Die Rückkehr des Lachses in den Rhein</a></li><li><a href="/a/2">Fischtreppen an der Weser</a></li></ul></div></aside>`,
			[]string{"Ob der Stör wieder heimisch wird"},
			[]string{"Mehr zum Thema", "Fischtreppen an der Weser"},
		},
		{
			"facts with a related box set between heading and list",
			`<aside><h3>Der Stör in Zahlen</h3><aside><h3>Mehr zum Thema</h3><ul><li><a href="/a/1">Die Rückkehr des Lachses in den Rhein</a></li><li><a href="/a/2">Fischtreppen an der Weser</a></li><li><a href="/a/3">Der Aal wird knapp</a></li></ul></aside><ul><li>Länge: bis zu 3,5 Meter</li><li>Gewicht: bis zu 300 Kilogramm</li><li>Alter: über 100 Jahre</li></ul></aside>`,
			[]string{"Der Stör in Zahlen", "Gewicht: bis zu 300 Kilogramm", "Alter: über 100 Jahre"},
			[]string{"Mehr zum Thema", "Fischtreppen an der Weser"},
		},
		{
			"facts with a read-more line set between heading and list",
			`<aside class="summary"><h3>Der Stör in Zahlen</h3><p><strong>Lesen Sie auch:</strong> <a href="/a/1">Die Rückkehr des Lachses in den Rhein</a></p><ul><li>Länge: bis zu 3,5 Meter</li><li>Gewicht: bis zu 300 Kilogramm</li><li>Alter: über 100 Jahre</li></ul></aside>`,
			[]string{"Der Stör in Zahlen", "Gewicht: bis zu 300 Kilogramm", "Alter: über 100 Jahre"},
			[]string{"Rückkehr des Lachses"},
		},
		{
			"a heading, a line and related headlines are a sidebar",
			`<aside><h3>Mehr zum Thema</h3><p>Unsere Serie über die Fische der Elbe.</p><ul><li><a href="/a/1">Die Rückkehr des Lachses in den Rhein</a></li><li><a href="/a/2">Fischtreppen an der Weser</a></li><li><a href="/a/3">Der Aal wird knapp</a></li></ul></aside>`,
			[]string{"Ob der Stör wieder heimisch wird"},
			[]string{"Mehr zum Thema", "Fischtreppen an der Weser"},
		},
		{
			"one credit line in an inner wrapper",
			`<aside class="infobox"><div class="infobox__inner"><p>Mitarbeit an diesem Text: Ole Jensen und Meike Brandt</p></div></aside>`,
			[]string{"Seit 2008 setzen Forscher"},
			[]string{"Mitarbeit an diesem Text"},
		},
	} {
		text := extractText(t, tc.name, strings.Replace(page, "%s", tc.box, 1), "https://kuestenmagazin.test/reportage/stoer/")
		checkHas(t, tc.name, text, tc.want, tc.wantNot)
	}
}
