package extract

import (
	"strings"
	"testing"
)

// TestOverviewLink checks that a last line that is one short link to the
// list the page sits in goes, in German and French, and with it the office
// box it kept from being the text's tail, and that such lines stay when
// they lead elsewhere: to the site's front page, to a document, to another
// site, or when they are a sentence. The link that ends a block of bare
// text split by <br><br> goes as well.
func TestOverviewLink(t *testing.T) {
	page := `<html><body><header><a href="/">Stadt Hohenfels</a><ul class="mainnav"><li><a href="/rathaus/">Rathaus</a></li><li><a href="/leben/">Leben</a></li></ul></header>
<div id="content" class="main"><h1>Straßensperrungen in der Innenstadt</h1>
<div class="frame"><p>Wegen der Erneuerung der Wasserleitungen durch die Stadtwerke kommt es ab dem 11. Januar in der Innenstadt zu Straßensperrungen. Die Arbeiten erfolgen in drei Abschnitten bis Anfang April.</p>
<p>Fußgänger können die Baustellen jederzeit passieren. Die Zufahrt zu den Geschäften ist gewährleistet. Die Bushaltestelle Marktplatz wird während des ersten Abschnitts in die Ringstraße verlegt.</p>
<p>Die Stadt bittet die Anwohnerinnen und Anwohner sowie die Gewerbetreibenden um Verständnis für die Einschränkungen.</p></div>
<div class="zustaendig"><h3>Zuständige Stelle</h3><p>Tiefbauamt<br>Marktplatz 1, Zimmer 204<br>Telefon 09472 555-310</p><h4>Öffnungszeiten</h4><p>Mo–Fr 8:00–12:00 Uhr</p></div>
%s</div><footer><a href="/impressum/">Impressum</a></footer></body></html>`
	const story = "Die Stadt bittet die Anwohnerinnen und Anwohner sowie die Gewerbetreibenden um Verständnis für die Einschränkungen."
	const here = "https://hohenfels.test/rathaus/bekanntmachungen/strassensperrungen/"
	for _, tc := range []struct {
		name, line    string
		want, wantNot []string
		url           string
	}{
		{
			"link back to the list", `<p class="back"><a href="/rathaus/bekanntmachungen/">Zurück zur Übersicht</a></p>`,
			[]string{story},
			[]string{"Zurück zur Übersicht", "Zuständige Stelle", "Telefon 09472 555-310"},
			"",
		},
		{
			"French, absolute link to the section", `<div class="retour"><a href="https://hohenfels.test/rathaus/">Retour à la liste</a></div>`,
			[]string{story},
			[]string{"Retour à la liste", "Zuständige Stelle"},
			"",
		},
		{
			"link to the front page", `<p><a href="/">Startseite</a></p>`,
			[]string{story, "Startseite"},
			nil, "",
		},
		{
			"link to a document", `<p><a href="/rathaus/bekanntmachungen/plan.pdf">Lageplan (PDF)</a></p>`,
			[]string{story, "Lageplan (PDF)"},
			nil, "",
		},
		{
			"link to another site", `<p><a href="https://stadtwerke.test/rathaus/">Stadtwerke Hohenfels</a></p>`,
			[]string{story, "Stadtwerke Hohenfels"},
			nil, "",
		},
		{
			"a sentence", `<p><a href="/rathaus/bekanntmachungen/">Alle Meldungen finden Sie hier.</a></p>`,
			[]string{story, "Alle Meldungen finden Sie hier."},
			nil, "",
		},
		// A parent path may be the document the page summarises, and a
		// short linked line may name a file or a source (review 8, E).
		{
			"the full report above its summary", `<p><a href="/rathaus/bekanntmachungen/sperrungen-in-der-innenstadt-2027/">Read the full report</a></p>`,
			[]string{story, "Read the full report"},
			nil, "https://hohenfels.test/rathaus/bekanntmachungen/sperrungen-in-der-innenstadt-2027/kurzfassung/",
		},
		{
			"Spanish, the full report above its summary", `<p><a href="/rathaus/bekanntmachungen/cortes_de_trafico_centro/">Leer el informe completo</a></p>`,
			[]string{story, "Leer el informe completo"},
			nil, "https://hohenfels.test/rathaus/bekanntmachungen/cortes_de_trafico_centro/resumen/",
		},
		{
			"data named by its format", `<p><a href="/rathaus/bekanntmachungen/">Download the data (PDF)</a></p>`,
			[]string{story, "Download the data (PDF)"},
			nil, "",
		},
		{
			"German, plan named by its format", `<p><a href="/rathaus/">Bauzeitenplan als XLSX</a></p>`,
			[]string{story, "Bauzeitenplan als XLSX"},
			nil, "",
		},
		{
			"French, a source", `<p><a href="/rathaus/bekanntmachungen/">Source : Stadtwerke</a></p>`,
			[]string{story, "Source : Stadtwerke"},
			nil, "",
		},
		// Guards: lists of two words, and date archives, are lists.
		{
			"back to a list of two words", `<p><a href="/rathaus/lokale-nachrichten/">Zurück zur Übersicht</a></p>`,
			[]string{story},
			[]string{"Zurück zur Übersicht"},
			"https://hohenfels.test/rathaus/lokale-nachrichten/strassensperrungen/",
		},
		{
			"back to a date archive", `<p><a href="/rathaus/2027/01/">All notices</a></p>`,
			[]string{story},
			[]string{"All notices"},
			"https://hohenfels.test/rathaus/2027/01/strassensperrungen/",
		},
	} {
		if tc.url == "" {
			tc.url = here
		}
		text := extractText(t, tc.name, strings.Replace(page, "%s", tc.line, 1), tc.url)
		checkHas(t, tc.name, text, tc.want, tc.wantNot)
	}
	brPage := `<html><body><div id="content">Wegen der Erneuerung der Wasserleitungen durch die Stadtwerke kommt es ab dem 11. Januar in der Innenstadt zu Straßensperrungen. Die Arbeiten erfolgen in drei Abschnitten bis Anfang April.<br><br>
Fußgänger können die Baustellen jederzeit passieren. Die Zufahrt zu den Geschäften ist gewährleistet. Die Bushaltestelle Marktplatz wird während des ersten Abschnitts verlegt.<br><br>
Für Lieferverkehr gelten in der Bahnhofstraße besondere Zeiten: Lieferungen sind werktags von 6 bis 10 Uhr über die Ringstraße möglich, danach nur nach Absprache mit der Bauleitung vor Ort.<br><br>
` + story + `<br><br>
<a href="/rathaus/bekanntmachungen/">Zurück zur Übersicht</a><br><br></div></body></html>`
	text := extractText(t, "bare text", brPage, "https://hohenfels.test/rathaus/bekanntmachungen/strassensperrungen/")
	checkHas(t, "bare text", text, []string{story}, []string{"Zurück zur Übersicht"})
}
