package extract

import (
	"fmt"
	"strings"
	"testing"
)

// timelinePage wraps a story's intro, a timeline box and its close in a
// page; entry renders one entry of the box from its date and its text.
func timelinePage(lang, title, intro, close, box string) string {
	return fmt.Sprintf(`<html lang="%s"><head><title>%s</title><meta property="og:type" content="article"></head><body>
<header><a href="/">Kurier</a><nav><a href="/a/">Lokales</a> <a href="/b/">Sport</a></nav></header>
<main><article><h1>%s</h1><div class="body">
<p>%s</p>
%s
<p>%s</p>
</div></article></main><footer><a href="/impressum/">Impressum</a></footer></body></html>`, lang, title, title, intro, box, close)
}

// TestTimelineDates checks that a chronicle's dates, each a box of its own
// that opens its entry before what happened then (a class naming them
// dates, so a date box by its class, and a date by its text), stay with
// their entries in German, English, Spanish, French and Russian, whatever
// the tags, while a single date box before a story, a live blog's times of
// day, dates before linked teaser headlines and a run of two entries still
// go as stamps.
func TestTimelineDates(t *testing.T) {
	entries := func(item, date, text string, pairs ...string) string {
		var b strings.Builder
		for i := 0; i+1 < len(pairs); i += 2 {
			fmt.Fprintf(&b, item, fmt.Sprintf(date, pairs[i]), fmt.Sprintf(text, pairs[i+1]))
			b.WriteString("\n")
		}
		return b.String()
	}
	for _, tc := range []struct {
		name, lang, intro, close, box string
		want, wantNot                 []string
	}{
		{
			"German timeline in div boxes", "de",
			"Kaum ein Thema hat die Stadt so beschäftigt wie der Neubau der Brücke. Wir zeichnen nach, wie es dazu kam.",
			"Wie es weitergeht, entscheidet der Stadtrat im kommenden Frühjahr nach einem weiteren Gutachten.",
			`<div class="timeline">` + entries(`<div class="timeline__item">%s%s</div>`, `<div class="timeline__date">%s</div>`, `<div class="timeline__text"><p>%s</p></div>`,
				"14. März 2024", "Der Stadtrat beschließt den Abriss der alten Brücke über den Fluss.",
				"Januar 2025", "Die Bagger rücken an, der Verkehr wird über eine Behelfsbrücke geleitet.",
				"1. Dezember 2026", "Die neue Brücke wird mit einem Fest für alle Bürger eröffnet.") + `</div>`,
			[]string{"14. März 2024\n\nDer Stadtrat beschließt", "Januar 2025\n\nDie Bagger", "1. Dezember 2026\n\nDie neue Brücke"},
			nil,
		},
		{
			"English timeline in a list", "en",
			"The library's move has taken almost a decade. Here is how it happened, step by step.",
			"The old building will be sold next year, and the council has promised to spend the money on branch libraries.",
			`<ol class="timeline">` + entries(`<li class="event">%s%s</li>`, `<p class="event-date">%s</p>`, `<p>%s</p>`,
				"March 2017", "The council first proposes moving the central library into the former department store.",
				"June 12, 2019", "A public consultation draws more than four thousand responses, most of them in favour.",
				"2022", "Building work begins after two years of delays over the cost of the new roof.",
				"November 30, 2026", "The new library opens its doors with a reading by a local poet.") + `</ol>`,
			[]string{"March 2017\n\nThe council first", "2022\n\nBuilding work", "November 30, 2026\n\nThe new library"},
			nil,
		},
		{
			"Spanish chronology with a published class", "es",
			"La reforma del mercado de abastos ha durado casi tres años. Repasamos sus momentos clave.",
			"Los comerciantes esperan recuperar en Navidad las ventas perdidas durante las obras.",
			`<div class="cronologia">` + entries(`<div class="cronologia-item">%s%s</div>`, `<div class="cronologia-fecha published">%s</div>`, `<div class="cronologia-texto">%s</div>`,
				"5 de abril de 2024", "El ayuntamiento aprueba el proyecto de reforma con el apoyo de todos los grupos.",
				"Septiembre de 2024", "Los puestos se trasladan a una carpa provisional en la plaza de toros.",
				"2 de diciembre de 2026", "El mercado reabre con cuarenta puestos y una zona de restauración.") + `</div>`,
			[]string{"5 de abril de 2024\n\nEl ayuntamiento", "Septiembre de 2024\n\nLos puestos", "2 de diciembre de 2026\n\nEl mercado"},
			nil,
		},
		{
			"French chronology in sections", "fr",
			"Le projet de tramway a connu bien des rebondissements. Retour sur les dates clés.",
			"La deuxième ligne doit être mise en service en 2030, si le financement est bouclé.",
			entries(`<section class="chrono-etape">%s%s</section>`, `<p class="chrono-date">%s</p>`, `<p>%s</p>`,
				"12 mai 2021", "Le conseil métropolitain vote le tracé de la première ligne de tramway.",
				"Février 2023", "Les travaux commencent dans le centre-ville et la circulation est déviée.",
				"28 novembre 2026", "Les premières rames circulent avec des voyageurs entre la gare et l'université."),
			[]string{"12 mai 2021\n\nLe conseil", "Février 2023\n\nLes travaux", "28 novembre 2026\n\nLes premières rames"},
			nil,
		},
		{
			"Russian chronicle", "ru",
			"Реконструкция стадиона заняла четыре года. Вспоминаем, как это было.",
			"Первый матч на обновлённом стадионе пройдёт весной, с началом сезона.",
			`<div class="hronika">` + entries(`<div class="hronika__item">%s%s</div>`, `<div class="hronika__date">%s</div>`, `<div class="hronika__text"><p>%s</p></div>`,
				"12 марта 2022 года", "Мэрия объявляет о закрытии стадиона на реконструкцию на два года.",
				"Август 2024 года", "Подрядчик уходит с объекта, и работы останавливаются на полгода.",
				"27 ноября 2026 года", "Стадион открыт, на трибунах помещаются двенадцать тысяч зрителей.") + `</div>`,
			[]string{"12 марта 2022 года\n\nМэрия", "Август 2024 года\n\nПодрядчик", "27 ноября 2026 года\n\nСтадион"},
			nil,
		},
		{
			"one date box before the story", "de",
			"Der Stadtrat hat am Dienstag beschlossen, die alte Brücke über den Fluss abzureißen und durch einen Neubau zu ersetzen.",
			"Die Arbeiten sollen im Frühjahr beginnen und rund zwei Jahre dauern, teilte die Verwaltung mit.",
			`<div class="article__item"><div class="article__date">14. März 2024</div><div class="article__text"><p>Die Brücke ist mehr als hundert Jahre alt und seit Jahren für Lastwagen gesperrt.</p></div></div>`,
			[]string{"Die Brücke ist mehr als hundert Jahre alt"},
			[]string{"14. März 2024"},
		},
		{
			"a live blog's times of day", "en",
			"Follow the count as the results come in from every ward of the city tonight.",
			"We will update this page until the last ward has declared its result.",
			entries(`<div class="entry">%s%s</div>`, `<div class="entry-time">%s</div>`, `<p>%s</p>`,
				"Dec 3, 23:40", "The turnout in the eastern wards is higher than at the last election.",
				"Dec 3, 23:10", "Counting has started in all twelve wards across the city tonight.",
				"Dec 3, 22:45", "Polls have closed and the ballot boxes are on their way to the hall."),
			[]string{"The turnout in the eastern wards"},
			[]string{"Dec 3, 23:40", "Dec 3, 22:45"},
		},
		{
			"dated teasers with linked headlines", "en",
			"The council publishes its decisions every week, and we summarise what matters to residents.",
			"All earlier summaries are in the archive of this section.",
			entries(`<div class="teaser">%s%s</div>`, `<div class="teaser-date">%s</div>`, `<h3>%s</h3>`,
				"March 2025", `<a href="/news/a/">Parking fees rise in the city centre from April onwards</a>`,
				"June 2025", `<a href="/news/b/">The new swimming pool opens its doors to the public</a>`,
				"July 2025", `<a href="/news/c/">Road works on the ring road will last until the autumn</a>`),
			nil,
			[]string{"March 2025", "July 2025"},
		},
		{
			"a run of two entries", "de",
			"Kaum ein Thema hat die Stadt so beschäftigt wie der Neubau der Brücke über den Fluss.",
			"Wie es weitergeht, entscheidet der Stadtrat im kommenden Frühjahr nach einem weiteren Gutachten.",
			entries(`<div class="timeline__item">%s%s</div>`, `<div class="timeline__date">%s</div>`, `<p>%s</p>`,
				"14. März 2024", "Der Stadtrat beschließt den Abriss der alten Brücke über den Fluss.",
				"1. Dezember 2026", "Die neue Brücke wird mit einem Fest für alle Bürger eröffnet."),
			[]string{"Der Stadtrat beschließt den Abriss"},
			[]string{"14. März 2024", "1. Dezember 2026"},
		},
	} {
		page := timelinePage(tc.lang, "Chronik", tc.intro, tc.close, tc.box)
		text := extractText(t, tc.name, page, "https://kurier.test/chronik/")
		checkHas(t, tc.name, text, tc.want, tc.wantNot)
	}
}
