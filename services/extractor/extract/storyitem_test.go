package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestStoryItem checks the longer items the second opinion reads as the
// story's list: items of more than maxBylineLineWords words in a list of
// two or more, in five languages (each is false before storyItem), and
// guards: an item alone under a post, an item with its author's link, a
// linked item, an item that ends a sentence (running text already), a
// short item (storyLine's), a paragraph.
func TestStoryItem(t *testing.T) {
	long := map[string]string{
		"fr": "Mardi et jeudi : seniors femmes et hommes, de 19 h à 21 h",
		"de": "Dienstag und Donnerstag: Damen und Herren im Wechsel, jeweils von 19 bis 21 Uhr auf Platz 2",
		"es": "Martes y jueves: equipos femenino y masculino, de las 19 a las 21 horas en el campo 2",
		"it": "Martedì e giovedì: squadre femminile e maschile, dalle 19 alle 21 sul campo numero 2",
		"en": "Tuesday and Thursday: the women's and the men's teams, from 7 to 9 pm on pitch number 2",
	}
	cases := []struct {
		name, html string
		want       bool
	}{
		{"guard: an item alone", `<ul><li>` + long["de"] + `</li></ul>`, false},
		{"guard: author's link", `<ul><li><span>2</span> <span>Stichwort: Word Splitting und die Anleitung zu IFS</span> – <a href="/u/5">m_weber</a> vor 3 Tagen</li><li>` + long["de"] + `</li></ul>`, false},
		{"guard: linked", `<ul><li><a href="/x">` + long["en"] + `</a></li><li>` + long["en"] + `</li></ul>`, false},
		{"guard: a sentence", `<ul><li>` + long["fr"] + `.</li><li>` + long["fr"] + `</li></ul>`, false},
		{"guard: short", `<ul><li>Lundi et mercredi : de 17 h à 19 h</li><li>` + long["fr"] + `</li></ul>`, false},
		{"guard: a paragraph", `<div><p>` + long["es"] + `</p><p>` + long["es"] + `</p></div>`, false},
	}
	for _, lang := range []string{"fr", "de", "es", "it", "en"} {
		cases = append(cases, struct {
			name, html string
			want       bool
		}{lang, `<ul><li>` + long[lang] + `</li><li>` + long[lang] + ` und mehr</li></ul>`, true})
	}
	for _, c := range cases {
		doc, err := html.Parse(strings.NewReader(`<html><body>` + c.html + `</body></html>`))
		if err != nil {
			t.Fatal(err)
		}
		ps := paragraphs([]*html.Node{doc})
		if len(ps) == 0 {
			t.Fatalf("%s: no paragraphs", c.name)
		}
		pa := ps[0]
		if got := storyItem(pa, words(pa.text)); got != c.want {
			t.Errorf("%s: storyItem(%q) = %v, want %v", c.name, pa.text, got, c.want)
		}
	}
}

// TestStoryItemPage checks the guards on the French page builder's story
// (TestRestoreLines): with the last part's list replaced by a comment
// under the post, alone or with its author's link, the comment does not
// come back.
func TestStoryItemPage(t *testing.T) {
	comments := map[string][]string{
		"alone": {"Bravo à tous les bénévoles, vraiment un super travail sur ce terrain – Paul il y a 3 jours"},
		"link":  {`Bravo à tous les bénévoles, vraiment un super travail sur ce terrain – <a href="/u/7">Paul</a> il y a 3 jours`, `Merci pour les photos et pour toute l'organisation de la journée – <a href="/u/8">Claire</a> il y a 2 jours`},
	}
	for name, items := range comments {
		s := builderStories["fr"]
		s.items = items
		a, err := HTML([]byte(builderPage("fr", s)), Input{URL: "https://club.test/actu/1"})
		if err != nil {
			t.Fatal(err)
		}
		text := strings.Join(a.GetParagraphs(), "\n\n")
		checkHas(t, name, text, []string{s.paras[1][:30]}, []string{"Bravo à tous", "Merci pour les photos"})
	}
}
