package extract

import (
	"strings"
	"testing"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// cardsPage lays out a story under its <h1> on a page that declares no
// article type, followed by a "read also" heading and six teaser cards (a
// linked headline and a sentence each), in the wrapper given.
func cardsPage(h1, more string, story []string, cards [][2]string, open, close string) string {
	var b strings.Builder
	b.WriteString(`<html><head><title>` + h1 + `</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><div class="main"><h1>` + h1 + `</h1><div class="text">`)
	for _, p := range story {
		b.WriteString(`<p>` + p + `</p>`)
	}
	b.WriteString(`</div>` + open + `<h2>` + more + `</h2>`)
	for i, c := range cards {
		b.WriteString(`<div class="card"><h3><a href="/news/` + string(rune('a'+i)) + `">` + c[0] + `</a></h3><p>` + c[1] + `</p></div>`)
	}
	b.WriteString(close + `</div></body></html>`)
	return b.String()
}

var cardsCases = []struct {
	lang, h1, more string
	story          []string
	cards          [][2]string
}{
	{
		"en", "Bridge closed on Sunday", "Read also",
		[]string{"The old bridge will be closed to traffic all day on Sunday while engineers inspect its supports, the city said on Friday.", "Buses will use the ring road instead, and the ferry will run every half hour from seven in the morning until late in the evening.", "Traders on both banks said the closures cost them customers, and asked the city to schedule the next inspection on a weekday."},
		[][2]string{
			{"Bus fares frozen for another year", "The transport authority said fares will stay at their current level until next summer."},
			{"Library reopens after repairs", "The central library opened its doors again on Monday after eight months of work."},
			{"Market square to lose parking", "Traders fear the loss of forty parking spaces will keep shoppers away from the market."},
			{"New school opens in the north", "Three hundred pupils started lessons on Monday in the new building on the hill."},
			{"Swimming pool to close for winter", "The outdoor pool will shut at the end of the month and reopen in May next year."},
			{"Council elects a new mayor", "The council chose its longest-serving member as mayor in a vote on Wednesday evening."},
		},
	},
	{
		"de", "Brücke am Sonntag gesperrt", "Lesen Sie auch",
		[]string{"Die alte Brücke wird am Sonntag den ganzen Tag für den Verkehr gesperrt, während Ingenieure ihre Pfeiler prüfen, teilte die Stadt mit.", "Die Busse fahren stattdessen über den Ring, und die Fähre verkehrt ab sieben Uhr morgens bis zum späten Abend jede halbe Stunde.", "Händler an beiden Ufern klagen, die Sperrungen kosteten sie Kundschaft, und bitten die Stadt, die nächste Prüfung auf einen Werktag zu legen."},
		[][2]string{
			{"Busfahrpreise bleiben ein weiteres Jahr stabil", "Der Verkehrsverbund hält die Preise trotz steigender Kosten bis zum nächsten Sommer."},
			{"Bibliothek nach Reparatur wieder offen", "Die Zentralbibliothek öffnete am Montag nach acht Monaten Bauzeit wieder ihre Türen."},
			{"Marktplatz verliert Parkplätze", "Händler fürchten, dass der Wegfall von vierzig Stellplätzen Kunden vom Markt fernhält."},
			{"Neue Schule im Norden eröffnet", "Dreihundert Schüler haben am Montag den Unterricht im neuen Gebäude am Hang begonnen."},
			{"Freibad schließt für den Winter", "Das Freibad schließt Ende des Monats und öffnet im Mai des nächsten Jahres wieder."},
			{"Rat wählt neuen Bürgermeister", "Der Rat wählte am Mittwochabend sein dienstältestes Mitglied zum Bürgermeister."},
		},
	},
	{
		"fr", "Le vieux pont fermé dimanche", "À lire aussi",
		[]string{"Le vieux pont sera fermé à la circulation toute la journée de dimanche pendant que des ingénieurs inspectent ses piliers, a indiqué la mairie.", "Les bus emprunteront la rocade, et le bac circulera toutes les demi-heures de sept heures du matin jusqu'en fin de soirée.", "Les commerçants des deux rives affirment que ces fermetures leur coûtent des clients et demandent à la ville de prévoir la prochaine inspection en semaine."},
		[][2]string{
			{"Les tarifs des bus gelés pour un an", "L'autorité des transports maintiendra les tarifs actuels jusqu'à l'été prochain."},
			{"La bibliothèque rouvre après travaux", "La bibliothèque centrale a rouvert lundi après huit mois de travaux sur sa toiture."},
			{"La place du marché perd ses places", "Les commerçants craignent que la perte de quarante places éloigne les clients du marché."},
			{"Une nouvelle école ouvre au nord", "Trois cents élèves ont fait leur rentrée lundi dans le nouveau bâtiment de la colline."},
			{"La piscine ferme pour l'hiver", "La piscine extérieure fermera à la fin du mois et rouvrira en mai prochain."},
			{"Le conseil élit un nouveau maire", "Le conseil a choisi mercredi soir son membre le plus ancien comme maire."},
		},
	},
	{
		"es", "Cierran el puente viejo el domingo", "Lee también",
		[]string{"El puente viejo permanecerá cerrado al tráfico todo el domingo mientras los ingenieros inspeccionan sus pilares, informó el ayuntamiento.", "Los autobuses circularán por la ronda y el transbordador saldrá cada media hora desde las siete de la mañana hasta la noche.", "Los comerciantes de ambas orillas dicen que los cierres les cuestan clientes y piden que la próxima inspección sea en un día laborable."},
		[][2]string{
			{"Las tarifas del autobús, congeladas un año más", "La autoridad del transporte mantendrá los precios actuales hasta el próximo verano."},
			{"La biblioteca reabre tras las obras", "La biblioteca central abrió sus puertas el lunes tras ocho meses de obras en el tejado."},
			{"La plaza del mercado pierde aparcamiento", "Los comerciantes temen que perder cuarenta plazas aleje a los clientes del mercado."},
			{"Abre un nuevo colegio en el norte", "Trescientos alumnos empezaron las clases el lunes en el nuevo edificio de la colina."},
			{"La piscina cierra en invierno", "La piscina exterior cerrará a final de mes y volverá a abrir en mayo del año que viene."},
			{"El pleno elige nuevo alcalde", "El pleno eligió el miércoles por la tarde a su concejal más veterano como alcalde."},
		},
	},
	{
		"ru", "Старый мост закроют в воскресенье", "Читайте также",
		[]string{"Старый мост будет закрыт для движения весь день в воскресенье, пока инженеры проверяют его опоры, сообщила мэрия.", "Автобусы пойдут по кольцевой дороге, а паром будет ходить каждые полчаса с семи часов утра до позднего вечера.", "Торговцы на обоих берегах говорят, что из-за закрытий теряют покупателей, и просят город назначить следующую проверку на будний день."},
		[][2]string{
			{"Цены на проезд в автобусах заморозили ещё на год", "Транспортное управление сохранит нынешние тарифы до следующего лета."},
			{"Библиотека открылась после ремонта", "Центральная библиотека вновь открыла двери в понедельник после восьми месяцев работ."},
			{"Рыночная площадь лишится парковки", "Торговцы опасаются, что потеря сорока мест отпугнёт покупателей от рынка."},
			{"На севере открылась новая школа", "Триста учеников начали занятия в понедельник в новом здании на холме."},
			{"Бассейн закроется на зиму", "Открытый бассейн закроется в конце месяца и вновь откроется в мае следующего года."},
			{"Совет избрал нового мэра", "В среду вечером совет избрал мэром своего самого опытного депутата."},
		},
	},
}

// TestStoryBesideTeaserCards checks a story on a page that declares no
// article type, followed by a "read also" heading and six teaser cards,
// in a box of their own and as a grid after the heading: the story is
// kept and the cards' sentences do not come back through the second
// opinion (each fails without the linked-headline break in
// restoreBaseline: the six sentences were restored after the story).
func TestStoryBesideTeaserCards(t *testing.T) {
	wrappers := []struct{ name, open, close string }{
		{"box", `<div class="more">`, `</div>`},
		{"grid", ``, ``},
	}
	for _, c := range cardsCases {
		for _, w := range wrappers {
			name := c.lang + " " + w.name
			a, err := HTML([]byte(cardsPage(c.h1, c.more, c.story, c.cards, w.open, w.close)), Input{URL: "https://city.test/news/1"})
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if a.GetPageType() != newsv1.PageType_PAGE_TYPE_ARTICLE {
				t.Errorf("%s: page type %v, want article", name, a.GetPageType())
			}
			var leaked []string
			for _, cd := range c.cards {
				leaked = append(leaked, cd[1])
			}
			checkHas(t, name, strings.Join(a.GetParagraphs(), "\n\n"), c.story, leaked)
			if n := a.GetRemoved()[string(KindRestored)]; n != 0 {
				t.Errorf("%s: restored %d paragraphs, want none", name, n)
			}
		}
	}
}

// TestTeaserCardsListingGuard checks that a section page of the same
// cards under its <h1>, with no story, stays a listing.
func TestTeaserCardsListingGuard(t *testing.T) {
	for _, c := range cardsCases {
		page := cardsPage(c.h1, c.more, nil, append(append([][2]string{}, c.cards...), c.cards...), ``, ``)
		page = strings.Replace(page, `<div class="text"></div>`, ``, 1)
		a, err := HTML([]byte(page), Input{URL: "https://city.test/news/"})
		if err != nil {
			t.Fatalf("%s: %v", c.lang, err)
		}
		if a.GetPageType() != newsv1.PageType_PAGE_TYPE_LISTING {
			t.Errorf("%s: page type %v, want listing", c.lang, a.GetPageType())
		}
	}
}
