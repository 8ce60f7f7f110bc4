package extract

import (
	"strings"
	"testing"
)

// widgetBox is a page builder's widget as builderPage writes it.
func widgetBox(body string) string {
	return `<div data-element_type="widget"><div>` + body + `</div></div>`
}

// builderWithBox is builderPage's story with box put right after the
// widget of its second paragraph: between two paragraphs of the story
// outside the chosen roots, where the second opinion takes back what
// sits between kept paragraphs.
func builderWithBox(lang string, s builderStory, box string) string {
	at := widgetBox(`<p>` + s.paras[1] + `</p>`)
	return strings.Replace(builderPage(lang, s), at, at+box, 1)
}

// widgetTexts are a poll, a product card and a fact box in each language
// of builderStories.
var widgetTexts = map[string]struct {
	question, yes, no, product, vote, buy string
	specs, facts                          [3]string
	factsHead                             string
}{
	"de": {"Gefällt Ihnen der neue Platz?", "Ja.", "Nein.", "Ball der Saison", "Abstimmen", "Jetzt kaufen", [3]string{"Größe 5.", "Offizieller Spielball.", "Preis: 39 Euro."}, [3]string{"Kosten: 780.000 Euro.", "Bauzeit: acht Monate.", "Eröffnet am 14. November."}, "Die Fakten"},
	"fr": {"Le nouveau terrain vous plaît-il ?", "Oui.", "Non.", "Ballon de la saison", "Voter", "Acheter", [3]string{"Taille 5.", "Ballon officiel.", "Prix : 39 euros."}, [3]string{"Coût : 780 000 euros.", "Durée des travaux : huit mois.", "Inauguré le 14 novembre."}, "Les chiffres"},
	"es": {"¿Le gusta el nuevo campo?", "Sí.", "No.", "Balón de la temporada", "Votar", "Comprar", [3]string{"Talla 5.", "Balón oficial.", "Precio: 39 euros."}, [3]string{"Coste: 780.000 euros.", "Obras: ocho meses.", "Inaugurado el 14 de noviembre."}, "Los datos"},
	"ru": {"Нравится ли вам новое поле?", "Да.", "Нет.", "Мяч сезона", "Голосовать", "Купить", [3]string{"Размер 5.", "Официальный мяч.", "Цена: 39 евро."}, [3]string{"Стоимость: 780 000 евро.", "Строительство: восемь месяцев.", "Открыто 14 ноября."}, "Факты"},
	"en": {"Do you like the new pitch?", "Yes.", "No.", "Ball of the season", "Vote", "Buy now", [3]string{"Size 5.", "Official match ball.", "Price: 39 euros."}, [3]string{"Cost: 780,000 euros.", "Building time: eight months.", "Opened on 14 November."}, "Key facts"},
}

func items(xs ...string) string {
	var b strings.Builder
	for _, x := range xs {
		b.WriteString(`<li>` + x + `</li>`)
	}
	return `<ul>` + b.String() + `</ul>`
}

// TestRestoreSkipsWidgets checks that the second opinion takes back no
// interactive widget between two paragraphs of the story, in five
// languages: a poll (its question and answers, with a vote button or
// radio fields) and a product card (its name and specs, closed by a
// link to buy it, bare or in a paragraph of its own). Each leaked on
// main (storyLine took the list items and the question back as lines of
// the story); the story around them still comes back whole.
func TestRestoreSkipsWidgets(t *testing.T) {
	for _, lang := range []string{"de", "fr", "es", "ru", "en"} {
		s, x := builderStories[lang], widgetTexts[lang]
		for _, tc := range []struct {
			name, box string
			wantNot   []string
		}{
			{"poll", widgetBox(`<p>` + x.question + `</p>` + items(x.yes, x.no) + `<button>` + x.vote + `</button>`), []string{x.question, x.yes}},
			{"poll radio", widgetBox(`<p>` + x.question + `</p><ul><li><label><input type="radio" name="v"> ` + x.yes + `</label></li><li><label><input type="radio" name="v"> ` + x.no + `</label></li></ul>`), []string{x.question, x.yes}},
			{"product", widgetBox(`<h4>` + x.product + `</h4>` + items(x.specs[:]...) + `<a href="/shop/ball">` + x.buy + `</a>`), []string{x.product, x.specs[0], x.specs[2]}},
			{"product link", widgetBox(`<h4>` + x.product + `</h4>` + items(x.specs[:]...) + `<p><a href="/shop/ball">` + x.buy + `</a></p>`), []string{x.product, x.specs[0], x.specs[2]}},
		} {
			a, err := HTML([]byte(builderWithBox(lang, s, tc.box)), Input{URL: "https://verein.test/news/1"})
			if err != nil {
				t.Fatalf("%s %s: %v", lang, tc.name, err)
			}
			checkHas(t, lang+" "+tc.name, strings.Join(a.GetParagraphs(), "\n\n"), []string{s.paras[1][:30], s.paras[2][:30], s.paras[4][:30]}, tc.wantNot)
		}
	}
}

// TestRestoreWidgetGuards is TestRestoreSkipsWidgets' guard, in five
// languages (each passes on main and after widgetLine): a box of facts (a
// heading over a list, no control, no link) between the same two
// paragraphs is the story's and comes back, and so does a paragraph of
// the story whose widget holds a button before or after it (a play or
// share button: widgetLine judges short lines only; judging running text
// too lost the German and Russian paragraph).
func TestRestoreWidgetGuards(t *testing.T) {
	for _, lang := range []string{"de", "fr", "es", "ru", "en"} {
		s, x := builderStories[lang], widgetTexts[lang]
		a, err := HTML([]byte(builderWithBox(lang, s, widgetBox(`<h4>`+x.factsHead+`</h4>`+items(x.facts[:]...)))), Input{URL: "https://verein.test/news/1"})
		if err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		text := strings.Join(a.GetParagraphs(), "\n\n")
		checkHas(t, lang+" facts", text, []string{s.paras[1][:30], x.factsHead + "\n\n" + x.facts[0] + "\n\n" + x.facts[1] + "\n\n" + x.facts[2], s.paras[2][:30]}, nil)
		at := widgetBox(`<p>` + s.paras[4] + `</p>`)
		for name, box := range map[string]string{
			"button after":  widgetBox(`<p>` + s.paras[4] + `</p><button>` + x.vote + `</button>`),
			"button before": widgetBox(`<button>` + x.vote + `</button><p>` + s.paras[4] + `</p>`),
		} {
			a, err := HTML([]byte(strings.Replace(builderPage(lang, s), at, box, 1)), Input{URL: "https://verein.test/news/1"})
			if err != nil {
				t.Fatalf("%s %s: %v", lang, name, err)
			}
			checkHas(t, lang+" "+name, strings.Join(a.GetParagraphs(), "\n\n"), []string{s.paras[3][:30], s.paras[4]}, nil)
		}
	}
}
