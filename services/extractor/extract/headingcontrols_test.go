package extract

import (
	"fmt"
	"strings"
	"testing"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// TestHeadingControls checks that an article whose section headings each
// hold the same control link (a wiki's edit link, a docs page's
// permalink) stays an article with its sections' text and titles, the
// control gone from them, in five languages,
// while a section page whose headings hold a headline link beside a
// repeated control, or after a permalink, stays a listing.
func TestHeadingControls(t *testing.T) {
	type section struct{ title, text string }
	article := func(lang, edit string, secs []section) string {
		var b strings.Builder
		fmt.Fprintf(&b, `<html lang="%s"><head><title>%s</title></head><body><nav><a href="/">Start</a> <a href="/random">?</a></nav><main><h1>%s</h1><div class="content">`, lang, secs[0].title, secs[0].title)
		fmt.Fprintf(&b, `<p>%s</p>`, secs[0].text)
		for i, s := range secs[1:] {
			fmt.Fprintf(&b, `<h2><span class="headline">%s</span><span class="editsection">[<a href="/index.php?title=X&amp;action=edit&amp;section=%d">%s</a>]</span></h2><p>%s</p>`, s.title, i+1, edit, s.text)
		}
		b.WriteString(`</div></main><footer><a href="/privacy">Privacy</a></footer></body></html>`)
		return b.String()
	}
	for _, tc := range []struct {
		name, lang, edit string
		secs             []section
	}{
		{"German wiki", "de", "Bearbeiten", []section{
			{"Der Feldsee", "Der Feldsee ist ein Karsee am Fuß des Feldbergs im Schwarzwald und liegt auf rund elfhundert Metern Höhe."},
			{"Lage und Form", "Der See ist etwa dreihundert Meter lang und von steilen Karwänden umgeben, die im Winter lange im Schatten liegen."},
			{"Entstehung des Sees", "Ein Gletscher der letzten Eiszeit hat das Becken ausgeschürft; eine Moräne staut das Wasser bis heute auf."},
			{"Pflanzen und Tiere", "Im See wächst das seltene Stachelsporige Brachsenkraut, das nur in wenigen klaren Seen Mitteleuropas vorkommt."},
		}},
		{"English docs permalink", "en", "#", []section{
			{"Configuring the cache", "The cache keeps recent responses in memory so that repeated requests do not reach the origin server again."},
			{"Choosing a size", "A larger cache holds more responses but takes longer to scan when the server starts and reloads its state."},
			{"Expiry of entries", "Every entry expires after the time the origin gives in its headers, or after ten minutes when it gives none."},
			{"Clearing by hand", "An operator can clear the whole cache from the command line while the server keeps answering requests."},
		}},
		{"French wiki", "fr", "modifier le code", []section{
			{"Le lac Chambon", "Le lac Chambon est un lac de barrage volcanique situé dans le Puy-de-Dôme, au pied du massif du Sancy."},
			{"Situation du lac", "Il s'étend sur une soixantaine d'hectares à près de neuf cents mètres d'altitude, entre deux vallées glaciaires."},
			{"Origine du barrage", "Une coulée de lave du volcan du Tartaret a barré la vallée de la Couze il y a environ treize mille ans."},
			{"Activités et loisirs", "En été, la plage et les pédalos attirent les familles, et un sentier fait le tour complet du lac en deux heures."},
		}},
		{"Spanish wiki", "es", "editar", []section{
			{"La laguna Negra", "La laguna Negra es un lago de origen glaciar situado en la sierra de Urbión, en la provincia de Soria."},
			{"Situación y acceso", "Se encuentra a unos mil setecientos metros de altitud y se llega a ella por una pista desde Vinuesa."},
			{"Origen glaciar", "Un glaciar excavó la cubeta durante la última glaciación y dejó al retirarse las paredes de roca que la rodean."},
			{"Leyendas de la laguna", "Antonio Machado situó en sus orillas La tierra de Alvargonzález, y la tradición dice que la laguna no tiene fondo."},
		}},
		{"Russian wiki", "ru", "править код", []section{
			{"Озеро Светлояр", "Светлояр — небольшое озеро в Нижегородской области, известное по легенде о невидимом граде Китеже."},
			{"Расположение озера", "Озеро лежит у села Владимирское, его длина около двухсот десяти метров, а глубина достигает тридцати метров."},
			{"Происхождение котловины", "Учёные спорят о происхождении котловины: одни считают её карстовой, другие связывают с древним ледником."},
			{"Легенда о Китеже", "По преданию, город Китеж ушёл под воду озера, чтобы не достаться войску хана Батыя, и виден только праведникам."},
		}},
	} {
		art := mustExtract(t, []byte(article(tc.lang, tc.edit, tc.secs)), Input{URL: "https://wiki.test/wiki/" + tc.lang})
		if art.GetPageType() != newsv1.PageType_PAGE_TYPE_ARTICLE {
			t.Errorf("%s: page type %s, want ARTICLE", tc.name, art.GetPageType())
			continue
		}
		text := strings.Join(art.GetParagraphs(), "\n\n")
		for i, s := range tc.secs {
			want := s.text
			if i > 0 {
				// The section's title alone on its line, without the
				// control beside it.
				want = s.title + "\n\n" + s.text
			}
			if !strings.Contains(text, want) {
				t.Errorf("%s: %q missing from the text:\n%s", tc.name, want, text)
			}
		}
	}

	// Listings: a headline link beside a repeated "comments" link, and a
	// permalink before the headline link.
	for _, tc := range []struct{ name, head string }{
		{"headline then repeated link", `<h2><a href="/story-%[1]d">Harbour story number %[1]d about the piers</a> <a class="tag" href="/tag/piers">Piers</a></h2>`},
		{"permalink then headline", `<h2><a class="anchor" href="#s%[1]d">¶</a> <a href="/story-%[1]d">Harbour story number %[1]d about the piers</a></h2>`},
	} {
		var b strings.Builder
		b.WriteString(`<html><head><title>Harbour - Example News</title></head><body><main><h1>Harbour</h1><div class="posts">`)
		for i := 1; i <= 4; i++ {
			fmt.Fprintf(&b, `<div class="post">`+tc.head+`<p>Excerpt %[1]d says the harbour authority closed the piers for the day, and more follows in the story.</p></div>`, i)
		}
		b.WriteString(`</div></main></body></html>`)
		art := mustExtract(t, []byte(b.String()), Input{URL: "https://example.com/harbour/"})
		if art.GetPageType() != newsv1.PageType_PAGE_TYPE_LISTING || len(art.GetEntries()) != 4 {
			t.Errorf("%s: page type %s with %d entries, want LISTING with 4", tc.name, art.GetPageType(), len(art.GetEntries()))
			continue
		}
		for i, e := range art.GetEntries() {
			if want := fmt.Sprintf("https://example.com/story-%d", i+1); e.GetUrl() != want {
				t.Errorf("%s: entry %d url %q, want %q", tc.name, i, e.GetUrl(), want)
			}
		}
	}
}
