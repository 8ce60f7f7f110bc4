package extract

import (
	"strings"
	"testing"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// moreNotice are two more paragraphs of a site's legal notice, in the
// languages of noticeCases, that make the notice longer than the brief.
var moreNotice = map[string][]string{
	"en": {
		"Personal data submitted through the contact form is processed only to answer the request and is deleted afterwards, in line with the applicable data protection law.",
		"Users may ask at any time which data about them is stored, and may request that it be corrected or deleted, by writing to the publisher's postal address.",
	},
	"de": {
		"Personenbezogene Daten, die über das Kontaktformular übermittelt werden, verarbeiten wir ausschließlich zur Beantwortung der Anfrage und löschen sie anschließend gemäß den geltenden Datenschutzgesetzen.",
		"Nutzer können jederzeit Auskunft darüber verlangen, welche Daten über sie gespeichert sind, und deren Berichtigung oder Löschung schriftlich beim Herausgeber beantragen.",
	},
	"fr": {
		"Les données personnelles transmises par le formulaire de contact sont traitées uniquement pour répondre à la demande, puis supprimées conformément à la législation applicable.",
		"Chaque utilisateur peut demander à tout moment quelles données le concernent, et en obtenir la rectification ou l'effacement par courrier adressé à l'éditeur.",
	},
	"es": {
		"Los datos personales enviados mediante el formulario de contacto se tratan únicamente para responder a la consulta y se eliminan después, conforme a la legislación vigente.",
		"Los usuarios pueden solicitar en cualquier momento qué datos suyos se conservan, así como su rectificación o supresión, por escrito a la dirección del editor.",
	},
	"ru": {
		"Персональные данные, отправленные через форму обратной связи, обрабатываются только для ответа на запрос и затем удаляются в соответствии с действующим законодательством.",
		"Пользователи могут в любое время запросить, какие данные о них хранятся, и потребовать их исправления или удаления, написав издателю по почтовому адресу.",
	},
}

// nestedNoticePage lays out a brief under the page's <h1> and a site's
// longer legal notice after it, both in nested bare <div>s with no class.
func nestedNoticePage(h1, date string, brief, notice []string) string {
	var b strings.Builder
	b.WriteString(`<html><body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav><div><div><h1>` + h1 + `</h1>`)
	if date != "" {
		b.WriteString(`<div>` + date + `</div>`)
	}
	b.WriteString(`<div><div>`)
	for _, p := range brief {
		b.WriteString(`<p>` + p + `</p>`)
	}
	b.WriteString(`</div></div></div><div><div><div>`)
	for _, p := range notice {
		b.WriteString(`<p>` + p + `</p>`)
	}
	b.WriteString(`</div></div></div></div></body></html>`)
	return b.String()
}

// TestBriefOverNestedNotice checks a two-paragraph brief under the page's
// <h1> beside a longer legal notice at the page's end, both in nested
// bare <div>s: the brief is the story and the notice is not kept (each
// fails without briefOverNotice: the notice won the content choice and the
// brief was lost).
func TestBriefOverNestedNotice(t *testing.T) {
	for _, c := range noticeCases {
		for _, date := range []string{"", "12.03.2024"} {
			name := c.lang + " date " + date
			notice := append(append([]string{}, c.notice...), moreNotice[c.lang]...)
			a, err := HTML([]byte(nestedNoticePage(c.h1, date, c.brief, notice)), Input{URL: "https://city.test/news/1"})
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if a.GetPageType() != newsv1.PageType_PAGE_TYPE_ARTICLE {
				t.Errorf("%s: page type %v, want article", name, a.GetPageType())
			}
			checkHas(t, name, strings.Join(a.GetParagraphs(), "\n\n"), c.brief, notice)
		}
	}
}

// TestBriefOverNestedNoticeGuards checks what briefOverNotice must leave:
// a story whose body block after a head block of headline and lede talks
// about what its title names, a brief whose later block opens with a
// heading (a second section), and a notice that is followed by more
// running text (it does not end the page).
func TestBriefOverNestedNoticeGuards(t *testing.T) {
	c := noticeCases[0]
	body := []string{
		"It is the third closure this year, after cracks were found in two of the bridge's supports during a routine inspection in March.",
		"Engineers will inspect the supports again on Sunday, and the bridge will reopen on Monday morning if the supports hold.",
		"Traders on both banks said the closures cost them customers, and asked the city to schedule the next bridge inspection on a weekday.",
		"The ferry operator said extra boats would run, and that cyclists could take their bicycles on board free of charge during the closure.",
	}
	notice := append(append([]string{}, c.notice...), moreNotice[c.lang]...)
	var withHeading strings.Builder
	withHeading.WriteString(`<html><body><div><div><h1>` + c.h1 + `</h1><div><div><p>` + c.brief[0] + `</p><p>` + c.brief[1] + `</p></div></div></div><div><div><div><h2>Legal notice</h2>`)
	for _, p := range notice {
		withHeading.WriteString(`<p>` + p + `</p>`)
	}
	withHeading.WriteString(`</div></div></div></div></body></html>`)
	for _, tc := range []struct {
		name, page    string
		want, wantNot []string
	}{
		{
			"head block then a body block on the title's subject",
			nestedNoticePage(c.h1, "", c.brief, body),
			// The head block's two paragraphs are lost here before and
			// after briefOverNotice (the body block wins alone): a
			// shape left open.
			body, nil,
		},
		{
			"notice under its own heading",
			withHeading.String(),
			notice, nil,
		},
		{
			"notice followed by running text",
			strings.Replace(nestedNoticePage(c.h1, "", c.brief, notice), `</body>`, `<div><p>`+body[0]+`</p><p>`+body[1]+`</p></div></body>`, 1),
			notice, nil,
		},
	} {
		a, err := HTML([]byte(tc.page), Input{URL: "https://city.test/news/1"})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		checkHas(t, tc.name, strings.Join(a.GetParagraphs(), "\n\n"), tc.want, tc.wantNot)
	}
}

// TestStoryBodyAfterShortLede checks a story laid out like a brief over a
// notice: its head block holds the <h1> and a lede of two short sentences,
// and its body block after it, in nested bare <div>s at the page's end,
// says what happened in words of its own (no two long words in common with
// the headline and the lede). The lede is too short to be a story, so the
// body is the story's and stays; each case failed before briefOverNotice
// asked that the brief reach the story bar (the body was cut as a notice
// and the page typed a NO_TEXT non-article). TestBriefOverNestedNotice's
// briefs, stories by themselves, are its guards.
func TestStoryBodyAfterShortLede(t *testing.T) {
	for _, tc := range []struct {
		lang, h1   string
		lede, body []string
	}{
		{
			"de", "Stadtrat stimmt für neues Hallenbad",
			[]string{"Nach monatelanger Debatte ist die Entscheidung gefallen.", "Der Bau soll im Frühjahr beginnen."},
			[]string{
				"Mit 23 zu 14 Stimmen votierten die Ratsmitglieder am Dienstagabend für das Projekt am Westpark. Die Kosten werden auf rund 18 Millionen Euro geschätzt.",
				"Bürgermeisterin Petra Lang sprach von einem guten Tag für Schwimmvereine und Schulen. Seit der Schließung des alten Bades vor drei Jahren mussten Kinder für den Schwimmunterricht in Nachbarorte fahren.",
				"Die Opposition kritisierte vor allem die Finanzierung. Der Kreis habe Zuschüsse nur mündlich zugesagt, sagte Fraktionschef Martin Kühn, schriftlich liege noch nichts vor.",
			},
		},
		{
			"en", "Council backs new swimming pool",
			[]string{"After months of debate the decision is made.", "Work should start in spring."},
			[]string{
				"Members voted 23 to 14 on Tuesday evening for the project at Westpark, which is expected to cost about 18 million pounds.",
				"Mayor Petra Lang called it a good day for local clubs and schools. Since the old baths closed three years ago, children have travelled to neighbouring towns for lessons.",
				"The opposition criticised the funding above all. The county had promised grants only verbally, group leader Martin Kühn said, and nothing had been put in writing.",
			},
		},
		{
			"fr", "Le conseil vote pour une piscine",
			[]string{"Après des mois de débat, la décision est prise.", "Le chantier doit démarrer au printemps."},
			[]string{
				"Par 23 voix contre 14, les élus ont approuvé mardi soir le projet du parc de l'Ouest, estimé à environ 18 millions d'euros.",
				"La maire Petra Lang a salué une bonne journée pour les clubs et les écoles. Depuis la fermeture de l'ancien bassin il y a trois ans, les enfants allaient nager dans les villes voisines.",
				"L'opposition a surtout critiqué le financement. Le département n'a promis ses subventions qu'oralement, a déclaré Martin Kühn, rien n'est encore écrit.",
			},
		},
		{
			"es", "El pleno aprueba la nueva piscina",
			[]string{"Tras meses de debate, la decisión está tomada.", "Las obras empezarán en primavera."},
			[]string{
				"Por 23 votos contra 14, los concejales respaldaron el martes por la noche el proyecto del parque del Oeste, que costará unos 18 millones de euros.",
				"La alcaldesa Petra Lang habló de un buen día para los clubes y los colegios. Desde el cierre de las antiguas instalaciones hace tres años, los niños se desplazaban a municipios vecinos.",
				"La oposición criticó sobre todo la financiación. La diputación solo prometió ayudas de palabra, dijo el portavoz Martin Kühn, y no hay nada por escrito.",
			},
		},
		{
			"ru", "Совет одобрил новый бассейн",
			[]string{"После долгих споров решение принято.", "Стройка начнётся весной."},
			[]string{
				"За проект в Западном парке во вторник вечером проголосовали 23 депутата, против были 14. Его стоимость оценивается примерно в 18 миллионов евро.",
				"Мэр Петра Ланг назвала этот день хорошим для спортивных клубов и школ. С закрытия старого плавательного комплекса три года назад дети ездили на занятия в соседние города.",
				"Оппозиция прежде всего критиковала финансирование. Область пообещала субсидии лишь устно, сказал лидер фракции Мартин Кюн, письменных обязательств пока нет.",
			},
		},
	} {
		a, err := HTML([]byte(nestedNoticePage(tc.h1, "12.03.2026", tc.lede, tc.body)), Input{URL: "https://city.test/news/1"})
		if err != nil {
			t.Fatalf("%s: %v", tc.lang, err)
		}
		if a.GetPageType() != newsv1.PageType_PAGE_TYPE_ARTICLE {
			t.Errorf("%s: page type %v, want article", tc.lang, a.GetPageType())
		}
		checkHas(t, tc.lang, strings.Join(a.GetParagraphs(), "\n\n"), tc.body, nil)
	}
}
