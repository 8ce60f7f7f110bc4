package extract

import (
	"strings"
	"testing"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// TestShortStoryAmount checks that a short wire story of two sentences,
// under 30 words in a language of long words but as much text as its
// English version over 30, keeps its text on a page that declares no
// article type, in five languages, while a story of half that text still
// falls under the bar.
func TestShortStoryAmount(t *testing.T) {
	page := `<html lang="%l"><head><meta charset="utf-8"><title>%t</title></head><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header><main><article><h1>%t</h1>
<p>%s</p>
</article></main><footer>© 2026 City News</footer></body></html>`
	for _, tc := range []struct {
		lang, title, text string
		article           bool
	}{
		{"ru", "Ремонт моста начнётся в понедельник", "Ремонт моста через реку Волгу в центре Ярославля начнётся в понедельник и продлится до конца декабря. Об этом сообщили в пресс-службе городской администрации.", true},
		{"de", "Sanierung der Rheinbrücke beginnt", "Die Sanierung der Rheinbrücke im Stadtzentrum beginnt am Montag und dauert voraussichtlich bis Ende Dezember. Das teilte die Pressestelle der Stadtverwaltung am Freitag mit.", true},
		{"fr", "Le pont rénové dès lundi", "La rénovation du pont sur la Garonne commencera lundi et durera jusqu'à la fin décembre, selon le service de presse de la municipalité, qui précise les déviations.", true},
		{"es", "Obras en el puente desde el lunes", "La reparación del puente sobre el Ebro comenzará el lunes y durará hasta finales de diciembre, según informó el servicio de prensa del ayuntamiento este viernes.", true},
		{"en", "Bridge repairs start on Monday", "Repairs to the bridge over the Volga in the centre of Yaroslavl will start on Monday and last until the end of December. The press service of the city administration said so.", true},
		{"en", "Bridge repairs start on Monday", "Repairs to the bridge start on Monday and last until the end of December, the city said.", false},
	} {
		html := strings.NewReplacer("%l", tc.lang, "%t", tc.title, "%s", tc.text).Replace(page)
		a, err := HTML([]byte(html), Input{URL: "https://news.test/a/1"})
		if err != nil {
			t.Fatalf("%s: %v", tc.lang, err)
		}
		got := a.GetPageType() == newsv1.PageType_PAGE_TYPE_ARTICLE
		if got != tc.article {
			t.Errorf("%s %q: article %v, want %v (reason %v)", tc.lang, tc.title, got, tc.article, a.GetNonArticleReason())
			continue
		}
		if tc.article && strings.Join(a.GetParagraphs(), "\n") != tc.text {
			t.Errorf("%s: paragraphs %q, want the story", tc.lang, a.GetParagraphs())
		}
	}
}
