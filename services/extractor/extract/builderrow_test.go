package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestBuilderRows checks that a story set as rows of a page builder's grid
// with one class list (each row a column wrapping a widget) keeps its
// later rows (a subhead row, a row of two text columns, a row with a
// list), in French and German, while the grid's rows that are no story
// stay out (a row of counters, a call to action with its button link, a
// row of partner logos), and that cards whose bodies hold their
// paragraphs are no such grid (a Q&A page's answer cards keep their own
// rule).
func TestBuilderRows(t *testing.T) {
	row := func(cols ...string) string {
		var b strings.Builder
		b.WriteString(`<div class="vc_row wpb_row vc_row-fluid">`)
		for _, c := range cols {
			fmt.Fprintf(&b, `<div class="wpb_column vc_column_container vc_col-sm-%d"><div class="vc_column-inner"><div class="wpb_wrapper">%s</div></div></div>`, 12/len(cols), c)
		}
		b.WriteString(`</div>`)
		return b.String()
	}
	text := func(s string) string {
		return `<div class="wpb_text_column wpb_content_element"><div class="wpb_wrapper">` + s + `</div></div>`
	}
	head := func(s string) string { return `<h2 class="vc_custom_heading">` + s + `</h2>` }
	page := func(rows ...string) string {
		return `<html><body><header><nav><a href="/">Accueil</a> <a href="/actions/">Nos actions</a> <a href="/contact/">Contact</a></nav></header><div class="page-title"><h1>Nos actions</h1></div>` +
			`<div class="entry-content">` + strings.Join(rows, "\n") + `</div><footer><a href="/mentions/">Mentions légales</a></footer></body></html>`
	}
	fr := page(
		row(text(`<p>Depuis 2011, l'association accompagne les habitants qui veulent cultiver ensemble un terrain de leur quartier et les aide à trouver une parcelle.</p><p>Elle compte aujourd'hui quatorze jardins dans six communes, tous gérés par leurs propres jardiniers.</p>`)),
		row(head("Ce que nous faisons")),
		row(text(`<p>Chaque printemps, nous organisons une formation de cinq samedis pour les nouveaux collectifs : sol, compost, semis et arrosage.</p>`), text(`<p>Nous prêtons aussi du matériel, des motoculteurs aux récupérateurs d'eau, et tenons une grainothèque ouverte chaque mois.</p>`)),
		row(`<div class="vc_icon_element"><span class="counter">14</span><p>jardins</p></div>`, `<div class="vc_icon_element"><span class="counter">420</span><p>membres</p></div>`),
		row(head("Les jardins pédagogiques")),
		row(text(`<p>Trois de nos jardins accueillent des classes de primaire, qui y suivent une parcelle de l'automne jusqu'à l'été.</p><ul><li>École Jean-Moulin : deux classes</li><li>École Pasteur : une classe de CP</li></ul>`)),
		row(`<div class="vc_cta3"><div class="vc_cta3-content"><h4>Soutenez nos jardins</h4><p>Un don de 30 € finance un sac de semences pour une classe entière.</p></div><div class="vc_cta3-actions"><a class="vc_btn3" href="/don/">Faire un don</a></div></div>`),
		row(`<div class="partners"><h4>Nos partenaires</h4><img src="/p/region.png" alt=""></div>`),
	)
	de := page(
		row(text(`<p>Der Verein pflegt seit 1987 die Streuobstwiesen am Südhang und erntet jedes Jahr mehrere Tonnen Äpfel und Birnen für den eigenen Saft.</p><p>Rund sechzig Mitglieder helfen bei Schnitt, Ernte und Pflege der alten Sorten.</p>`)),
		row(head("Unsere Arbeit im Jahr")),
		row(text(`<p>Im Winter schneiden wir die Bäume, im Frühjahr pflanzen wir Jungbäume nach, und im Herbst wird gemeinsam geerntet und gepresst.</p>`)),
	)
	for _, tc := range []struct {
		name, page    string
		want, wantNot []string
	}{
		{
			"French association's rows", fr,
			[]string{"Ce que nous faisons\n\nChaque printemps", "grainothèque ouverte chaque mois.", "Les jardins pédagogiques\n\nTrois de nos jardins", "École Pasteur : une classe de CP"},
			[]string{"420", "Soutenez nos jardins", "Un don de 30 €", "Faire un don", "Nos partenaires"},
		},
		{
			"German club's rows", de,
			[]string{"Unsere Arbeit im Jahr\n\nIm Winter schneiden wir die Bäume"},
			nil,
		},
		{
			"Q&A cards", `<html><body><h1>Warum riecht mein Sauerteig nach Aceton?</h1><div class="col">` +
				`<section class="card card-question"><div class="card-body"><p>Mein Sauerteig im Kühlschrank riecht zwei Tage nach dem Füttern stark nach Nagellackentferner, und das Brot geht kaum noch auf.</p><p>Stirbt er, oder ist das normal?</p></div></section>` +
				`<h2>2 Antworten</h2>` +
				`<section class="card card-answer"><div class="card-body"><p>Der Geruch heißt nur, dass Hefen und Bakterien nichts mehr zu fressen haben. Ein hungriger Sauerteig ist kein toter.</p><p>Füttere ihn zwei, drei Tage bei Raumtemperatur im Verhältnis 1:5:5, bevor er zurück in den Kühlschrank kommt.</p></div></section>` +
				`<section class="card card-answer"><div class="card-body"><p>Prüf auch die Temperatur im Kühlschrank: unter vier Grad arbeitet die Hefe kaum noch.</p></div></section></div></body></html>`,
			[]string{"Füttere ihn zwei, drei Tage"},
			[]string{"2 Antworten"},
		},
	} {
		text := extractText(t, tc.name, tc.page, "https://jardins.test/nos-actions/")
		checkHas(t, tc.name, "\n"+text+"\n", tc.want, tc.wantNot)
	}
}
