package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestDetailsTable checks that a table of a session's or an event's
// particulars (three label/value rows or more, one value a date) set
// between the headline and the text goes, in German, French, Spanish,
// English and Italian, as a byline and its date do; while a review's
// specifications set first (no date), a results table under a header row,
// a details table after the story's text, a table of two rows and one
// with a link stay.
func TestDetailsTable(t *testing.T) {
	table := func(rows ...string) string {
		var b strings.Builder
		b.WriteString(`<table class="head">`)
		for i := 0; i+1 < len(rows); i += 2 {
			fmt.Fprintf(&b, "<tr><th>%s</th><td>%s</td></tr>", rows[i], rows[i+1])
		}
		b.WriteString("</table>")
		return b.String()
	}
	page := func(lang, before, after, text string) string {
		return fmt.Sprintf(`<html lang="%s"><head><title>Protokoll</title></head><body><header><a href="/">Rathaus</a><nav><a href="/a/">Politik</a> <a href="/b/">Service</a></nav></header>
<div class="content"><h1>Protokoll</h1>
%s
%s
%s
</div><footer><a href="/impressum/">Impressum</a></footer></body></html>`, lang, before, text, after)
	}
	paras := func(ps ...string) string { return "<p>" + strings.Join(ps, "</p><p>") + "</p>" }
	de := paras("Der Bürgermeister eröffnet die Sitzung und stellt die ordnungsgemäße Ladung sowie die Beschlussfähigkeit des Gremiums fest.",
		"Der Gemeinderat beschließt den Haushalt für das kommende Jahr mit großer Mehrheit und ohne weitere Aussprache.",
		"Abstimmungsergebnis: 14 Ja, 2 Nein, 1 Enthaltung")
	for _, tc := range []struct {
		name, lang, before, after, text string
		want, wantNot                   []string
	}{
		{
			"German session head", "de", table("Sitzung", "Gemeinderat, 23. Sitzung", "Datum", "Donnerstag, 03.12.2026", "Zeit", "19:00 – 20:47 Uhr", "Ort", "Sitzungssaal, Rathaus"), "", de,
			[]string{"Der Bürgermeister eröffnet", "Abstimmungsergebnis: 14 Ja"},
			[]string{"Gemeinderat, 23. Sitzung", "Sitzungssaal"},
		},
		{
			"French session head", "fr", table("Séance", "Conseil municipal", "Date", "Lundi 30 novembre 2026", "Heure", "20 h", "Lieu", "Salle du conseil"), "",
			paras("Le conseil municipal s'est réuni sous la présidence de la maire pour examiner le budget de l'année prochaine.", "Le budget est adopté par vingt-deux voix pour et cinq voix contre après un long débat."),
			[]string{"Le conseil municipal s'est réuni"},
			[]string{"Lundi 30 novembre 2026", "Salle du conseil"},
		},
		{
			"Spanish session head", "es", table("Sesión", "Pleno ordinario", "Fecha", "Jueves, 3 de diciembre de 2026", "Lugar", "Salón de plenos"), "",
			paras("El pleno del ayuntamiento aprobó ayer el presupuesto municipal para el próximo año con los votos del gobierno.", "La oposición votó en contra y anunció que presentará alegaciones durante el periodo de exposición pública."),
			[]string{"El pleno del ayuntamiento"},
			[]string{"Pleno ordinario", "Salón de plenos"},
		},
		{
			"English event head", "en", table("Event", "Annual general meeting", "Date", "Thursday, December 3, 2026", "Time", "7 pm", "Venue", "Village hall"), "",
			paras("Members of the allotment society met for their annual general meeting and elected a new committee for the year.", "The treasurer reported a small surplus, which will be spent on a new water tank for the lower plots."),
			[]string{"Members of the allotment society"},
			[]string{"Annual general meeting", "Village hall"},
		},
		{
			"Italian session head", "it", table("Seduta", "Consiglio comunale", "Data", "Lunedì 30 novembre 2026", "Ora", "20.30", "Luogo", "Sala consiliare"), "",
			paras("Il consiglio comunale ha approvato il bilancio di previsione per il prossimo anno con i voti della maggioranza.", "L'opposizione ha chiesto più fondi per le scuole e per la manutenzione delle strade di campagna."),
			[]string{"Il consiglio comunale ha approvato"},
			[]string{"Sala consiliare"},
		},
		{
			"a review's specifications first", "de", table("Motor", "Mittelmotor, 85 Nm", "Akku", "725 Wh", "Gewicht", "36 kg", "Preis", "5.490 Euro"), "", de,
			[]string{"Mittelmotor, 85 Nm", "36 kg", "Der Bürgermeister eröffnet"},
			nil,
		},
		{
			"results under a header row", "de", `<table><tr><th>Datum</th><th>Ergebnis</th></tr><tr><td>03.12.2026</td><td>31:27</td></tr><tr><td>10.12.2026</td><td>25:25</td></tr><tr><td>17.12.2026</td><td>28:30</td></tr></table>`, "", de,
			[]string{"03.12.2026", "31:27"},
			nil,
		},
		{
			"details after the text", "de", "", table("Sitzung", "Gemeinderat, 24. Sitzung", "Datum", "Donnerstag, 14.01.2027", "Ort", "Sitzungssaal, Rathaus"), de,
			[]string{"Der Bürgermeister eröffnet", "Gemeinderat, 24. Sitzung"},
			nil,
		},
		{
			"two rows", "de", table("Sitzung", "Gemeinderat, 23. Sitzung", "Datum", "Donnerstag, 03.12.2026"), "", de,
			[]string{"Gemeinderat, 23. Sitzung"},
			nil,
		},
		{
			"a row with a link", "de", table("Sitzung", `<a href="/gremien/gr">Gemeinderat</a>`, "Datum", "Donnerstag, 03.12.2026", "Ort", "Sitzungssaal, Rathaus"), "", de,
			[]string{"Sitzungssaal, Rathaus"},
			nil,
		},
	} {
		text := extractText(t, tc.name, page(tc.lang, tc.before, tc.after, tc.text), "https://rathaus.test/protokoll/23")
		checkHas(t, tc.name, text, tc.want, tc.wantNot)
	}
}

// TestDetailsTableHistory checks that a table of its subject's facts set
// first under a story's headline, whose dates are history rather than the
// page's occasion, stays (an obituary's born and died; a birth year far
// from the page's publication year), in German, English, French, Spanish
// and Italian; each was cut as a details table before detailsTable asked
// for one year near the publication's. The guard: a session head under the
// same publication date still goes.
func TestDetailsTableHistory(t *testing.T) {
	table := func(rows ...string) string {
		var b strings.Builder
		b.WriteString(`<table class="facts">`)
		for i := 0; i+1 < len(rows); i += 2 {
			fmt.Fprintf(&b, "<tr><th>%s</th><td>%s</td></tr>", rows[i], rows[i+1])
		}
		b.WriteString("</table>")
		return b.String()
	}
	page := func(lang, pub, h1, before, text string) string {
		meta := ""
		if pub != "" {
			meta = `<meta property="article:published_time" content="` + pub + `">`
		}
		return fmt.Sprintf(`<html lang="%s"><head><meta charset="utf-8"><title>%s</title>%s</head><body><header><a href="/">Anzeiger</a><nav><a href="/a/">Kultur</a> <a href="/b/">Lokales</a></nav></header>
<main><article><h1>%s</h1><div class="entry-content">
%s
%s
</div></article></main><footer><a href="/impressum/">Impressum</a></footer></body></html>`, lang, h1, meta, h1, before, text)
	}
	paras := func(ps ...string) string { return "<p>" + strings.Join(ps, "</p><p>") + "</p>" }
	for _, tc := range []struct {
		name, lang, pub, h1, before, text string
		want                              []string
	}{
		{
			"German obituary, born and died", "de", "", "Zum Tod von Hanna Berger",
			table("Geboren", "3. März 1931 in Kiel", "Gestorben", "1. Dezember 2026 in Hamburg", "Beruf", "Schauspielerin"),
			paras("Sie war die Stimme des Thalia Theaters, sechzig Jahre lang stand sie auf seiner Bühne. Am Montag ist Hanna Berger im Alter von 95 Jahren gestorben.",
				"Kolleginnen erinnern sich an eine strenge, aber herzliche Frau, die jungen Schauspielern nach jeder Probe Notizen auf Karteikarten schrieb."),
			[]string{"3. März 1931 in Kiel", "1. Dezember 2026 in Hamburg"},
		},
		{
			"English obituary, born", "en", "2026-12-02T09:00:00Z", "Hanna Berger, actor, dies at 95",
			table("Born", "March 3, 1931", "Occupation", "Actor", "Known for", "Mother Courage"),
			paras("For sixty years she was the voice of the city theatre. Hanna Berger died on Monday at the age of 95.",
				"Colleagues remember a strict but warm woman who wrote notes on index cards for young actors after every rehearsal."),
			[]string{"March 3, 1931", "Mother Courage"},
		},
		{
			"French obituary, born", "fr", "2026-12-02T09:00:00Z", "Hanna Berger est morte à 95 ans",
			table("Naissance", "3 mars 1931", "Profession", "Comédienne", "Rôle phare", "Mère Courage"),
			paras("Pendant soixante ans, elle fut la voix du théâtre de la ville. Hanna Berger est morte lundi à l'âge de 95 ans.",
				"Ses collègues se souviennent d'une femme exigeante mais chaleureuse, qui écrivait des notes aux jeunes comédiens après chaque répétition."),
			[]string{"3 mars 1931", "Mère Courage"},
		},
		{
			"Spanish founding facts", "es", "", "La librería del puerto cierra",
			table("Fundación", "4 de mayo de 1952", "Cierre", "30 de noviembre de 2026", "Dueña", "Carmen Ruiz"),
			paras("Durante setenta años fue el punto de encuentro de los lectores del barrio. El sábado la librería del puerto bajó la persiana por última vez.",
				"Su dueña dice que el alquiler se triplicó en cinco años y que ya no salían las cuentas, aunque los clientes nunca dejaron de venir."),
			[]string{"4 de mayo de 1952", "30 de noviembre de 2026"},
		},
		{
			"Italian obituary, born", "it", "2026-12-02T09:00:00Z", "Addio a Hanna Berger",
			table("Nascita", "3 marzo 1931", "Professione", "Attrice", "Ruolo celebre", "Madre Coraggio"),
			paras("Per sessant'anni è stata la voce del teatro della città. Hanna Berger è morta lunedì all'età di 95 anni.",
				"I colleghi ricordano una donna severa ma affettuosa, che dopo ogni prova scriveva appunti ai giovani attori su cartoncini."),
			[]string{"3 marzo 1931", "Madre Coraggio"},
		},
	} {
		text := extractText(t, tc.name, page(tc.lang, tc.pub, tc.h1, tc.before, tc.text), "https://news.test/2026/12/02/1")
		checkHas(t, tc.name, text, tc.want, nil)
	}
	session := table("Sitzung", "Gemeinderat, 23. Sitzung", "Datum", "Donnerstag, 03.12.2026", "Ort", "Sitzungssaal, Rathaus")
	text := extractText(t, "session head", page("de", "2026-12-04T09:00:00Z", "Protokoll", session, paras("Der Bürgermeister eröffnet die Sitzung und stellt die ordnungsgemäße Ladung sowie die Beschlussfähigkeit des Gremiums fest.",
		"Der Gemeinderat beschließt den Haushalt für das kommende Jahr mit großer Mehrheit und ohne weitere Aussprache.")), "https://rathaus.test/protokoll/23")
	checkHas(t, "session head", text, []string{"Haushalt"}, []string{"Sitzungssaal, Rathaus"})
}
