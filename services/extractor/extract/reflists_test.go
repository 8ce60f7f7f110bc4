package extract

import (
	"strings"
	"testing"
)

// TestReferenceLists checks that a reference list (every item opening with
// a link back to the place in the text that cites it: an arrow, a caret,
// letters a b c) leaves the story in five languages, with the heading
// over it, while a story's list where one item links within the page, and
// footnotes that close with their back link, stay.
func TestReferenceLists(t *testing.T) {
	page := `<html><body><header><a href="/">Home</a></header><main><h1>Title of the story</h1><div class="body">
<p>First paragraph of the story, long enough to be read as text by the extractor and kept as the lead of it.</p>
<p>Second paragraph of the story, which says a little more and closes the part before the list.</p>
%s</div></main></body></html>`
	for _, tc := range []struct {
		name, tail    string
		want, wantNot []string
	}{
		{
			"German, arrows", `<h2>Einzelnachweise</h2><ol><li id="n1"><a href="#r1">↑</a> Landesamt für Geologie: Quellen im Land. Freiburg 2011, S. 12.</li><li id="n2"><a href="#r2">↑</a> Verein für Höhlenkunde: Jahresbericht 2019.</li></ol>`,
			nil,
			[]string{"Landesamt für Geologie", "Jahresbericht 2019", "Einzelnachweise"},
		},
		{
			"English, carets in a span", `<h2>References</h2><ol class="refs"><li><span class="back"><b><a href="#cite-a">^</a></b></span> <span>Harbour Board, Annual Report 2024, p. 7.</span></li><li><span class="back"><b><a href="#cite-b">^</a></b></span> <span>City archive, minutes of 3 May 1911.</span></li></ol>`,
			nil,
			[]string{"Annual Report 2024", "minutes of 3 May 1911"},
		},
		{
			"French, letters for a note cited twice", `<h3>Notes</h3><ol><li><a href="#appel-1a">a</a> <a href="#appel-1b">b</a> Insee, recensement de 2021, tableau 4.</li><li><a href="#appel-2">↑</a> Archives départementales, série W.</li></ol>`,
			nil,
			[]string{"recensement de 2021", "série W"},
		},
		{
			"Spanish, bracketed arrows", `<h2>Referencias</h2><ul><li><a href="#nota-1">[↑]</a> Instituto Geográfico, Atlas de 2015.</li><li><a href="#nota-2">[↑]</a> Boletín municipal, número 44.</li></ul>`,
			nil,
			[]string{"Atlas de 2015", "número 44"},
		},
		{
			"Russian, arrows", `<h2>Примечания</h2><ol><li><a href="#ссылка-1">↑</a> Росстат, перепись 2021 года, таблица 3.</li><li><a href="#ссылка-2">↑</a> Городской архив, фонд 12.</li></ol>`,
			nil,
			[]string{"перепись 2021 года", "фонд 12"},
		},
		{
			"English, a story's list with one in-page link stays", `<p>The council named three steps for the winter:</p><ol><li><a href="#schedule">See the schedule</a> below for the dates of the closures on the ring road.</li><li>Gritting starts on the hills first, then in the town centre each night.</li><li>Bus lines keep their routes unless snow closes the bridge again.</li></ol>`,
			[]string{"See the schedule below", "Gritting starts on the hills first", "Bus lines keep their routes"},
			nil,
		},
		{
			"English, footnotes closing with their back link stay", `<div class="footnotes"><ol><li id="fn1"><p>The figure counts only the boats registered in the harbour itself. <a href="#fnref1">↩</a></p></li><li id="fn2"><p>The survey was repeated in the autumn with the same questions. <a href="#fnref2">↩</a></p></li></ol></div>`,
			[]string{"registered in the harbour itself", "repeated in the autumn"},
			nil,
		},
	} {
		text := extractText(t, tc.name, strings.Replace(page, "%s", tc.tail, 1), "https://news.test/story")
		checkHas(t, tc.name, text, append([]string{"First paragraph of the story", "closes the part before the list"}, tc.want...), tc.wantNot)
	}
}
