package extract

import (
	"strings"
	"testing"
)

// TestAgencyCodes checks that the line of agency codes joined by slashes
// that closes a wire story leaves the text, in five languages, while a
// last line that only has a slash in it (a speed, a sentence with "und/
// oder") stays.
func TestAgencyCodes(t *testing.T) {
	page := `<html><body><header><a href="/">Home</a></header><main><h1>Title of the story</h1><div class="story">
<p>%s</p><p>%s</p>%s</div></main><footer><a href="/imprint">Imprint</a></footer></body></html>`
	for _, tc := range []struct {
		name, p1, p2, last string
		gone               bool
	}{
		{
			"German", "Nach dem Unwetter ist die Bahnstrecke zwischen Ulm und Friedrichshafen wieder frei, teilte die Bahn am Morgen mit.",
			"Bäume hatten die Oberleitung an drei Stellen beschädigt, die Reparatur dauerte die ganze Nacht.", `<p class="source">dpa/lsw</p>`, true,
		},
		{
			"French", "Le trafic ferroviaire a repris mardi entre Lyon et Grenoble après deux jours d'interruption dus aux intempéries.",
			"Des arbres étaient tombés sur les voies en plusieurs endroits, selon la SNCF.", `<p>(AFP/Reuters)</p>`, true,
		},
		{
			"Spanish", "El Gobierno aprobó este martes el plan de ayudas para los agricultores afectados por la sequía en Andalucía.",
			"Las ayudas llegarán a unas doce mil explotaciones antes del verano, según el ministerio.", `<div>EFE / Europa</div>`, true,
		},
		{
			"Russian", "Движение поездов между Казанью и Ульяновском восстановлено после ремонта моста через Свиягу, сообщили во вторник в управлении железной дороги.",
			"Ремонтные работы продолжались почти две недели, и всё это время пассажиров возили автобусами от станции до станции.", `<p>ТАСС/РИА</p>`, true,
		},
		{
			"English", "The ferry service to the island resumed on Monday after a week of storms kept the boats in port.",
			"The operator said extra sailings would run through the weekend to clear the backlog of bookings.", `<p>AP/dpa</p>`, true,
		},
		{
			"a speed stays", "The new trains will run between the two cities from next spring, the operator said on Monday.",
			"They reach a top speed far above that of the old ones on the new line.", `<p>Top speed: 250 km/h</p>`, false,
		},
		{
			"a sentence with a slash stays", "Die Stadt bittet alle Anwohner, ihre Keller nach dem Hochwasser zu prüfen und Schäden zu melden.",
			"Helfer sind bis Sonntag im Einsatz, heißt es aus dem Rathaus.", `<p>Meldungen per Telefon und/oder E-Mail.</p>`, false,
		},
	} {
		text := extractText(t, tc.name, strings.Replace(strings.Replace(strings.Replace(page, "%s", tc.p1, 1), "%s", tc.p2, 1), "%s", tc.last, 1), "https://news.test/story")
		last := tc.last[strings.Index(tc.last, ">")+1 : strings.LastIndex(tc.last, "<")]
		want := []string{tc.p1, tc.p2}
		var wantNot []string
		if tc.gone {
			wantNot = append(wantNot, last)
		} else {
			want = append(want, last)
		}
		checkHas(t, tc.name, text, want, wantNot)
	}
}
