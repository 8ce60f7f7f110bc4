package extract

import (
	"strings"
	"testing"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// ownBoxLang is one language's story and three teasers.
type ownBoxLang struct {
	lang, site, h1 string
	story          []string
	teasers        [][2]string // headline, summary
}

var ownBoxLangs = []ownBoxLang{
	{
		"en", "Gazette", "Town hall gets a new roof",
		[]string{"The town hall will get a new roof this summer, after storms last winter tore off hundreds of slates and let rain into the council chamber.", "Work starts in June and should take twelve weeks, the council said, and meetings will move to the library while the scaffolding is up."},
		[][2]string{{"Pool opens on Saturday", "The outdoor pool opens for the season on Saturday morning, with longer hours at weekends and a new slide for children."}, {"Market moves to the square", "The weekly market will be held on the church square from May, while the old market hall is being rebuilt."}, {"New night bus to the station", "A night bus will link the centre and the station on weekends, running every half hour until three in the morning."}},
	},
	{
		"de", "Anzeiger", "Das Rathaus bekommt ein neues Dach",
		[]string{"Das Rathaus bekommt in diesem Sommer ein neues Dach, nachdem Stürme im vergangenen Winter Hunderte Ziegel abgerissen und den Ratssaal unter Wasser gesetzt hatten.", "Die Arbeiten beginnen im Juni und dauern zwölf Wochen, teilte die Stadt mit; die Sitzungen finden so lange in der Bücherei statt."},
		[][2]string{{"Freibad öffnet am Samstag", "Das Freibad öffnet am Samstagmorgen in die neue Saison, mit längeren Öffnungszeiten am Wochenende und einer neuen Rutsche."}, {"Wochenmarkt zieht auf den Kirchplatz", "Der Wochenmarkt findet ab Mai auf dem Kirchplatz statt, solange die alte Markthalle umgebaut wird."}, {"Neuer Nachtbus zum Bahnhof", "Ein Nachtbus verbindet am Wochenende die Innenstadt mit dem Bahnhof, jede halbe Stunde bis drei Uhr morgens."}},
	},
	{
		"fr", "La Gazette", "La mairie aura un nouveau toit",
		[]string{"La mairie aura un nouveau toit cet été, après que les tempêtes de l'hiver dernier ont arraché des centaines d'ardoises et inondé la salle du conseil.", "Les travaux commencent en juin et dureront douze semaines, a indiqué la ville, et les séances se tiendront à la médiathèque pendant le chantier."},
		[][2]string{{"La piscine ouvre samedi", "La piscine en plein air ouvre samedi matin pour la saison, avec des horaires élargis le week-end et un nouveau toboggan."}, {"Le marché déménage sur la place", "Le marché hebdomadaire se tiendra sur la place de l'église dès mai, pendant la rénovation de la halle."}, {"Un bus de nuit vers la gare", "Un bus de nuit reliera le centre et la gare le week-end, toutes les demi-heures jusqu'à trois heures du matin."}},
	},
	{
		"es", "La Gaceta", "El ayuntamiento tendrá un tejado nuevo",
		[]string{"El ayuntamiento tendrá un tejado nuevo este verano, después de que los temporales del invierno pasado arrancaran cientos de tejas e inundaran el salón de plenos.", "Las obras empiezan en junio y durarán doce semanas, informó el consistorio, y los plenos se celebrarán en la biblioteca mientras tanto."},
		[][2]string{{"La piscina abre el sábado", "La piscina al aire libre abre la temporada el sábado por la mañana, con horario ampliado los fines de semana y un tobogán nuevo."}, {"El mercado se muda a la plaza", "El mercado semanal se celebrará en la plaza de la iglesia desde mayo, mientras se reforma el antiguo mercado."}, {"Nuevo autobús nocturno a la estación", "Un autobús nocturno unirá el centro y la estación los fines de semana, cada media hora hasta las tres de la madrugada."}},
	},
}

// page lays the story in a box of the teasers' skeleton under a heading
// that repeats the <h1> (linked to href when href is set), or, with
// h1 set otherwise, a listing under a section's <h1>.
func (l ownBoxLang) page(h1, storyHref string) string {
	head := l.h1
	if storyHref != "" {
		head = `<a href="` + storyHref + `">` + l.h1 + `</a>`
	}
	var b strings.Builder
	b.WriteString(`<html lang="` + l.lang + `"><head><title>` + h1 + ` | ` + l.site + `</title></head><body><header><a href="/">` + l.site + `</a></header><main><h1>` + h1 + `</h1><div class="boxes">`)
	b.WriteString(`<div class="box"><h2>` + head + `</h2>`)
	for _, p := range l.story {
		b.WriteString(`<p class="sum">` + p + `</p>`)
	}
	b.WriteString(`</div>`)
	for i, t := range l.teasers {
		b.WriteString(`<div class="box"><h2><a href="/news/t` + string(rune('1'+i)) + `">` + t[0] + `</a></h2><p class="sum">` + t[1] + `</p></div>`)
	}
	b.WriteString(`</div></main><footer>© ` + l.site + `</footer></body></html>`)
	return b.String()
}

// TestOwnStoryBoxAmongTeasers checks a story set in a box of the teaser
// boxes' skeleton, under a heading that repeats the page's <h1> (no link,
// or a link to the page itself): the page is an article of the story's
// text, without the teasers (each fails without ownStoryBox: a listing of
// the teasers, the story lost or listed as an entry). Guard (passes
// before and after): the same boxes under a section's <h1> and a first
// box whose heading links elsewhere stay a listing.
func TestOwnStoryBoxAmongTeasers(t *testing.T) {
	const url = "https://gazette.test/news/roof"
	for _, l := range ownBoxLangs {
		var teaserText []string
		for _, tz := range l.teasers {
			teaserText = append(teaserText, tz[1])
		}
		for _, href := range []string{"", "/news/roof"} {
			name := l.lang + " heading link " + href
			a, err := HTML([]byte(l.page(l.h1, href)), Input{URL: url})
			if err != nil {
				t.Fatal(err)
			}
			if a.GetPageType() != newsv1.PageType_PAGE_TYPE_ARTICLE {
				t.Errorf("%s: %v, want an article", name, a.GetPageType())
				continue
			}
			checkHas(t, name, strings.Join(a.GetParagraphs(), "\n\n"), l.story, teaserText)
		}
		a, err := HTML([]byte(l.page(l.h1+" ", "/news/other-roof")), Input{URL: url})
		if err != nil {
			t.Fatal(err)
		}
		if a.GetPageType() != newsv1.PageType_PAGE_TYPE_LISTING {
			t.Errorf("%s guard, a first box linking elsewhere: %v, want a listing", l.lang, a.GetPageType())
		}
	}
}
