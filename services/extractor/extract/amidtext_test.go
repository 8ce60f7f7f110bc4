package extract

import (
	"strings"
	"testing"
)

// TestAmidText checks that a story paragraph that a block theme wraps in
// a box of its own stays when its one link sits inside a sentence within
// inline markup (a footnote's call in <sup>, a linked word in bold), in
// French and German, and that a short box whose link is a line of its own
// after its promise is still a call to action and goes.
func TestAmidText(t *testing.T) {
	wrap := func(p string) string {
		return `<div class="block-group"><div class="inner-container"><p>` + p + `</p></div></div>`
	}
	page := `<html><body><header><a href="/">Carnet</a></header><main><article><h1>Éloge de la lenteur</h1><div class="post-content">` +
		wrap("On parle beaucoup de la lenteur comme d'une vertu retrouvée. J'aimerais ici défendre une idée plus modeste : la lenteur n'est pas une vertu, c'est une condition de travail.") +
		wrap("Quand j'ai commencé à traduire, en 2009, un éditeur m'accordait six mois pour un roman de trois cents pages. Aujourd'hui, on me propose le plus souvent trois mois pour le même volume.") +
		wrap("Ce n'est pas une plainte. Les éditeurs eux-mêmes travaillent sous la pression des calendriers de parution, et la traduction n'est qu'un maillon d'une chaîne qui s'est accélérée.") +
		`%s<hr><section class="footnotes"><h2>Notes</h2><ol><li id="fn:1"><p>Les contrats ont raccourci d'un quart en quinze ans. <a href="#fnref:1">↩︎</a></p></li></ol></section></div></article></main></body></html>`
	for _, tc := range []struct {
		name, box     string
		want, wantNot []string
	}{
		{
			"paragraph ending in a footnote's call",
			wrap(`Mais il faut mesurer ce que cela change. Une traduction relue trois fois n'est pas la même qu'une traduction relue une fois, la différence se sent à la centième page.<sup id="fnref:1"><a href="#fn:1" class="footnote-ref">1</a></sup>`),
			[]string{"Mais il faut mesurer ce que cela change.", "Les contrats ont raccourci"},
			nil,
		},
		{
			"paragraph with a linked word in bold, German",
			wrap(`Die Zahlen des Verbands zeigen dasselbe, die Verträge sind in fünfzehn Jahren um ein Viertel kürzer geworden, wie der <strong><a href="/studie/">Bericht</a></strong> belegt.`),
			[]string{"wie der Bericht belegt."},
			nil,
		},
		{
			"call box with its link on a line of its own",
			`<div class="nl-box"><p>Recevez chaque dimanche un nouveau billet dans votre boîte mail.</p><p><span><a href="/newsletter/">S'abonner</a></span></p></div>`,
			[]string{"qu'un maillon d'une chaîne qui s'est accélérée."},
			[]string{"Recevez chaque dimanche", "S'abonner"},
		},
	} {
		text := extractText(t, tc.name, strings.Replace(page, "%s", tc.box, 1), "https://carnet.test/posts/lenteur/")
		checkHas(t, tc.name, text, tc.want, tc.wantNot)
	}
}
