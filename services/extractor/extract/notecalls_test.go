package extract

import (
	"strings"
	"testing"
)

// TestNoteCalls checks that a note call (a superscript number or letter
// linking to a note on the page, bracketed or not) leaves the sentence it
// follows, in five languages, while a superscript that is part of the text
// (square metres, an ordinal, a number linking to another page) stays.
func TestNoteCalls(t *testing.T) {
	page := `<html><body><header><a href="/">Home</a></header><main><h1>Title of the story</h1><div class="body">%s
<p>Second paragraph of the story, long enough to be read as text by the extractor and kept with the first.</p>
<p>Third paragraph, which closes the story with a sentence of its own and nothing else around it.</p>
<ol class="notes"><li id="n1">The note itself, which says where the figure comes from and stays on the page.</li></ol></div></main></body></html>`
	for _, tc := range []struct {
		name, para    string
		want, wantNot []string
	}{
		{
			"German, bracketed", `<p>Die Quelle schüttet im Mittel über zweitausend Liter pro Sekunde.<sup class="reference"><a href="#n1">[1]</a></sup> Nach Regen trübt sie sich.</p>`,
			[]string{"pro Sekunde. Nach Regen"},
			[]string{"[1]"},
		},
		{
			"French, bare number", `<p>La durée des contrats a baissé d'un quart en quinze ans.<sup id="r1"><a href="#n1" role="doc-noteref">1</a></sup></p>`,
			[]string{"en quinze ans.\n"},
			[]string{"ans.1"},
		},
		{
			"Spanish, letter", `<p>El embalse está al sesenta por ciento de su capacidad<sup>[<a href="#n1">a</a>]</sup> este otoño.</p>`,
			[]string{"capacidad este otoño"},
			[]string{"[a]"},
		},
		{
			"Russian, two digits", `<p>Озеро лежит на высоте около ста метров над уровнем моря.<sup><a href="#n1">12</a></sup></p>`,
			[]string{"уровнем моря.\n"},
			[]string{"моря.12"},
		},
		{
			"English, square metres and an ordinal stay", `<p>The new hall covers 400 m<sup>2</sup> and opens on the 1<sup>st</sup> of May, the council said.</p>`,
			[]string{"400 m2 and opens on the 1st of May"},
			nil,
		},
		{
			"English, a number linking elsewhere stays", `<p>The figures come from the council's report<sup><a href="/reports/2026">2026</a></sup> on the harbour.</p>`,
			[]string{"report2026 on the harbour"},
			nil,
		},
	} {
		text := extractText(t, tc.name, strings.Replace(page, "%s", tc.para, 1), "https://news.test/story")
		checkHas(t, tc.name, text+"\n", tc.want, tc.wantNot)
	}
}
