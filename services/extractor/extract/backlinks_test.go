package extract

import (
	"strings"
	"testing"
)

// TestGlyphBackLinks checks that the "↩" links that end Markdown
// footnotes, and an "↑" back to the top, leave the text while the
// footnotes stay; a link within the page whose text is a word ("see
// below") stays text. A footnote mark "1" in a <sup> is a note call and
// leaves the text too (notecalls.go, as blind batch 15's truth has it).
func TestGlyphBackLinks(t *testing.T) {
	page := `<html><body><article><h1>Der letzte Stör der Elbe</h1><div class="body">
<p>Der Europäische Stör galt in Deutschland lange als ausgestorben.<sup><a href="#fn1">1</a></sup> Überfischung, der Ausbau der Flüsse und das Abwasser der Industrie hatten ihm die Laichplätze genommen.</p>
<p>Seit 2008 setzen Forscher in der Elbe Jungfische aus, <a href="#quellen">siehe Quellen</a>. Einige sind bis in die Nordsee gewandert und zurückgekehrt.</p>
<h3 id="quellen">Anmerkungen</h3>
<ol class="footnotes"><li id="fn1">Rote Liste der Süßwasserfische Deutschlands, 2009. <a href="#fnref1" class="footnote-back">↩︎</a></li>
<li id="fn2">Gesellschaft zur Rettung des Störes, Jahresbericht 2025. <a href="#fnref2">↩</a> <a href="#top">↑</a></li></ol>
</div></article></body></html>`
	text := extractText(t, "footnotes", page, "https://kuestenmagazin.test/reportage/stoer/")
	checkHas(t, "footnotes", text,
		[]string{"ausgestorben. Überfischung", "siehe Quellen", "Rote Liste der Süßwasserfische Deutschlands, 2009.", "Gesellschaft zur Rettung des Störes, Jahresbericht 2025."},
		[]string{"↩", "↑"})
}

// TestReadingTimeLine checks that a page builder's post-info list
// (author, date, reading time) before a German, French or Spanish story
// loses its reading time, and that a story sentence about minutes of
// reading stays when it is longer than a "short" rule reads (30 words; a
// shorter one goes with the stamp).
func TestReadingTimeLine(t *testing.T) {
	for _, tc := range []struct {
		name, lang, meta, story, reading string
	}{
		{
			"de", "de", "5 Min. Lesezeit", "Viele Mittelständler scheuen den Umstieg auf die E-Rechnung. Dabei ist die Umstellung in den meisten Betrieben in wenigen Wochen erledigt, wenn man früh beginnt.",
			"Der Leitfaden der Kammer erklärt das Verfahren in zehn Minuten Lesezeit, auch für kleine Betriebe ohne eigene Buchhaltung und ohne Steuerberater, und er nennt die Fristen, die Formate und die Programme, die das Finanzamt annimmt.",
		},
		{
			"fr", "fr", "4 min de lecture", "Beaucoup de petites entreprises redoutent le passage à la facture électronique. Pourtant, la plupart des sociétés s’en sortent en quelques semaines.",
			"Le guide de la chambre explique la démarche en dix minutes de lecture, même pour les petites entreprises sans comptable ni service financier, et il donne les délais, les formats et les logiciels que le fisc accepte.",
		},
		{
			"es", "es", "6 min de lectura", "Muchas pequeñas empresas temen el paso a la factura electrónica. Sin embargo, la mayoría lo resuelve en pocas semanas si empieza a tiempo.",
			"La guía de la cámara explica el proceso en diez minutos de lectura, también para las pequeñas empresas sin contable ni asesor fiscal propio, y da los plazos, los formatos y los programas que acepta la agencia tributaria.",
		},
	} {
		page := `<html lang="` + tc.lang + `"><body><main><h1>E-Rechnung 2027</h1>
<div class="el el-post-info"><ul class="post-info"><li>Katrin Möller</li><li>` + tc.meta + `</li></ul></div>
<div class="el el-text"><p>` + tc.story + `</p><p>` + tc.story + ` 2027.</p><p>` + tc.reading + `</p><p>` + tc.story + ` 2028.</p></div></main></body></html>`
		text := extractText(t, tc.name, page, "https://blog.test/e-rechnung/")
		checkHas(t, tc.name, text, []string{strings.SplitN(tc.story, ".", 2)[0], tc.reading}, []string{tc.meta})
	}
}
