package extract

import (
	"strings"
	"testing"
)

// leadPage builds a story in the shape of an old table layout's: the
// headline in a bold span, a byline paragraph, then a span holding the
// lead as bold bare text before the box of the story's paragraphs (the
// first of which holds a floated picture table), a tools paragraph, and
// a column of most-read links beside. before goes between the byline and
// the story's span, after after the story's span, column in the column.
func leadPage(lang, h1, by, lead string, paras []string, before, after, column string) string {
	var b strings.Builder
	b.WriteString(`<html lang="` + lang + `"><head><title>` + h1 + `</title></head><body><table width="810"><tr><td width="9">&nbsp;</td><td width="471" valign="top">`)
	b.WriteString(`<span class="hd"><strong>` + h1 + `</strong></span><p class="by"><span>` + by + `</span><br /></p>` + before)
	b.WriteString(`<span class="txt"> <strong>` + lead + `</strong> <div class="feed">`)
	for i, p := range paras {
		b.WriteString(`<P>` + p)
		if i == 0 {
			b.WriteString(`<TABLE align=left><TBODY><TR><TD width=400><IMG src="/img/1.jpg"></TD></TR></TBODY></TABLE>`)
		}
		b.WriteString(`</P>`)
	}
	b.WriteString(`</div></span>` + after + `<p class="tools">&nbsp;</p><p class="tools"><a href="?print=1">Print</a><br /><a href="mailto:?subject=x">Mail</a></p></td>`)
	b.WriteString(`<td width="300"><div class="top"><b>Top</b><br><a href="/a">Eins</a><br><a href="/b">Zwei</a>` + column + `</div></td></tr></table></body></html>`)
	return b.String()
}

// leadCases are the stories of TestRestoreLead in five languages: the
// headline, a byline, the lead and three paragraphs.
var leadCases = []struct {
	lang, h1, by, lead string
	paras              []string
}{
	{
		"de", "Neue Stadtbahn fährt ab Montag", "Von Petra Lang | Montag | 07.01.2026",
		"Nach drei Jahren Bauzeit nimmt die neue Stadtbahnlinie zwischen Hauptbahnhof und Universität am Montag ihren Betrieb auf.",
		[]string{
			"Die Bahnen fahren werktags alle zehn Minuten, am Wochenende alle zwanzig Minuten. Die Fahrt vom Hauptbahnhof zur Universität dauert vierzehn Minuten.",
			"Die Stadtwerke rechnen mit rund 18.000 Fahrgästen am Tag. Die Buslinie 12, die bisher dieselbe Strecke bediente, wird im Gegenzug eingestellt.",
			"Zur Eröffnung fahren alle Bahnen am Montag und Dienstag kostenlos, teilte die Stadt mit.",
		},
	},
	{
		"fr", "Le nouveau tramway circule dès lundi", "Par Claire Morel | lundi | 07.01.2026",
		"Après trois ans de travaux, la nouvelle ligne de tramway entre la gare et l'université entre en service lundi matin.",
		[]string{
			"Les rames passeront toutes les dix minutes en semaine et toutes les vingt minutes le week-end. Le trajet de la gare à l'université dure quatorze minutes.",
			"La régie attend environ 18 000 voyageurs par jour. La ligne de bus 12, qui desservait le même parcours, sera supprimée en contrepartie.",
			"Pour l'inauguration, le tramway sera gratuit lundi et mardi, a annoncé la ville.",
		},
	},
	{
		"es", "El nuevo tranvía circula desde el lunes", "Por Lucía Ortega | lunes | 07.01.2026",
		"Tras tres años de obras, la nueva línea de tranvía entre la estación y la universidad entra en servicio el lunes por la mañana.",
		[]string{
			"Los tranvías pasarán cada diez minutos entre semana y cada veinte minutos el fin de semana. El trayecto de la estación a la universidad dura catorce minutos.",
			"La empresa municipal espera unos 18.000 viajeros al día. La línea de autobús 12, que cubría el mismo recorrido, se suprimirá a cambio.",
			"Con motivo de la inauguración, el tranvía será gratuito el lunes y el martes, informó el ayuntamiento.",
		},
	},
	{
		"ru", "Новый трамвай пойдёт с понедельника", "Анна Смирнова | понедельник | 07.01.2026",
		"После трёх лет строительства новая трамвайная линия между вокзалом и университетом начнёт работу в понедельник утром.",
		[]string{
			"Трамваи будут ходить каждые десять минут в будни и каждые двадцать минут в выходные. Поездка от вокзала до университета займёт четырнадцать минут.",
			"В городском транспортном предприятии ожидают около 18 000 пассажиров в день. Автобусный маршрут 12, который ходил по той же трассе, отменят.",
			"В честь открытия проезд в трамвае в понедельник и вторник будет бесплатным, сообщили в мэрии.",
		},
	},
	{
		"en", "New tram line opens on Monday", "By Peter Lang | Monday | 07/01/2026",
		"After three years of building work, the new tram line between the station and the university opens on Monday morning.",
		[]string{
			"Trams will run every ten minutes on weekdays and every twenty minutes at weekends. The ride from the station to the university takes fourteen minutes.",
			"The city's transport company expects around 18,000 passengers a day. Bus route 12, which served the same line, will be withdrawn in return.",
			"To mark the opening, the trams will be free to ride on Monday and Tuesday, the city said.",
		},
	},
}

// TestRestoreLead checks the second opinion's lead: a story whose lead
// is bold bare text in the box that holds the story's paragraphs' box
// keeps the lead before them, in five languages (each fails before
// leadBeside: the scorer chose the paragraphs' box, and the lead was one
// paragraph, too little for the second opinion's amount).
func TestRestoreLead(t *testing.T) {
	for _, c := range leadCases {
		a, err := HTML([]byte(leadPage(c.lang, c.h1, c.by, c.lead, c.paras, "", "", "")), Input{URL: "https://city.test/news/1"})
		if err != nil {
			t.Fatalf("%s: %v", c.lang, err)
		}
		got := a.GetParagraphs()
		if len(got) == 0 || got[0] != c.lead {
			t.Errorf("%s: the text does not open with the lead:\n%s", c.lang, strings.Join(got, "\n\n"))
		}
		checkHas(t, c.lang, strings.Join(got, "\n\n"), []string{c.paras[0][:30], c.paras[2][:30]}, []string{c.by})
		if strings.Count(strings.Join(got, "\n\n"), c.lead) != 1 {
			t.Errorf("%s: the lead is not there once", c.lang)
		}
	}
}

// TestRestoreLeadGuards checks what the second opinion must not take
// alone beside the story, in the lead's page shape: a site's notice
// sentence after the story (the last paragraph after the kept run is
// never taken alone), a sentence in the column beside (no lead: its
// block is not beside the kept run's), and a lead that a kept line
// already holds behind a dateline (not taken twice).
func TestRestoreLeadGuards(t *testing.T) {
	c := leadCases[4]
	notice := `<p>Search for more stories on this topic in our archive of news from the region.</p>`
	column := `<p>Have you got a story for us? Send your news tips to the newsroom by mail or phone.</p>`
	for _, tc := range []struct {
		name, page string
		wantNot    []string
	}{
		{"notice after the story", leadPage(c.lang, c.h1, c.by, c.lead, c.paras, "", notice, ""), []string{"Search for more stories"}},
		{"notice in the column", leadPage(c.lang, c.h1, c.by, c.lead, c.paras, "", "", column), []string{"Have you got a story"}},
	} {
		a, err := HTML([]byte(tc.page), Input{URL: "https://city.test/news/1"})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		checkHas(t, tc.name, strings.Join(a.GetParagraphs(), "\n\n"), []string{c.paras[0][:30], c.paras[2][:30]}, tc.wantNot)
	}
	// The lead kept once already: the dated lead beside repeats it.
	paras := append([]string{c.lead}, c.paras...)
	a, err := HTML([]byte(leadPage(c.lang, c.h1, c.by, "7 January 2026 – "+c.lead, paras, "", "", "")), Input{URL: "https://city.test/news/1"})
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(strings.Join(a.GetParagraphs(), "\n\n"), c.lead); n != 1 {
		t.Errorf("dated lead: the lead is there %d times, want once:\n%s", n, strings.Join(a.GetParagraphs(), "\n\n"))
	}
}
