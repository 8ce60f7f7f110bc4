package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestCreditBox checks that a box of credits after an episode's text (a
// short heading and a list of people with their roles) goes, in German,
// English, French, Spanish and Italian, with the role in parentheses or
// before a colon; while a list of names under a subhead in the story's own
// run, an ingredients box, a specifications box and a box of one name
// stay.
func TestCreditBox(t *testing.T) {
	page := func(lang, story, box string) string {
		return fmt.Sprintf(`<html lang="%s"><head><title>Folge 42</title><meta property="og:type" content="article"></head><body><header><a href="/">Podcast</a><nav><a href="/folgen/">Folgen</a> <a href="/ueber/">Über</a></nav></header>
<main><article><h1>Folge 42</h1><div class="entry-content">
<div class="player"><button>Play</button> <a href="/media/42.mp3">Download (MP3)</a></div>
%s
%s
<div class="episode-links"><h3>Links</h3><ul><li><a href="https://example.test/a">Leitfaden Schwammstadt</a></li><li><a href="https://example.test/b">Wassersensible Stadt</a></li></ul></div>
</div></article></main><footer><a href="/impressum/">Impressum</a></footer></body></html>`, lang, story, box)
	}
	box := func(head string, items ...string) string {
		return `<div class="episode-people"><h3>` + head + `</h3><ul><li>` + strings.Join(items, `</li><li>`) + `</li></ul></div>`
	}
	paras := func(ps ...string) string { return "<p>" + strings.Join(ps, "</p>\n<p>") + "</p>" }
	de := paras("In dieser Folge sprechen wir mit einer Hydrologin darüber, warum Dürre und Hochwasser zwei Seiten derselben Entwicklung sind.",
		"Sie erklärt, wie Städte Regen länger halten können, in Mulden, Baumrigolen und auf Gründächern, und was das kostet.",
		"Am Ende geht es darum, was jeder im eigenen Garten tun kann, um Wasser im Boden zu halten.",
		"Dazu gehören ein Regenfass, eine Mulde im Rasen und weniger gepflasterte Flächen vor dem Haus, sagt sie, und all das lässt sich an einem Wochenende umsetzen.")
	for _, tc := range []struct {
		name, lang, story, box string
		want, wantNot          []string
	}{
		{
			"German contributors", "de", de, box("Mitwirkende", `<a href="/team/jonas">Jonas Albrecht</a> (Moderation)`, "Katrin Wessel (Gast)"),
			[]string{"Am Ende geht es darum"},
			[]string{"Mitwirkende", "Katrin Wessel (Gast)"},
		},
		{
			"English credits with colons", "en", paras("This week we talk to a bookseller who has run an independent shop in a small town for twenty-two years.",
				"He explains how a shop survives a chain store opening next door and why events matter more than stock.", "And he tells us what readers can do besides buying books.", "He also talks about the readings on Thursday nights, which now draw more people than the shop can seat, and about the book club that started there ten years ago with six members."),
			box("Credits", "Host: Priya Nair", "Producer: Sam O'Neill", "Music: Blue Dot Sessions"),
			[]string{"besides buying books"},
			[]string{"Credits", "Priya Nair"},
		},
		{
			"French credits", "fr", paras("Dans cet épisode, nous parlons avec une boulangère qui a repris le commerce de son village il y a dix ans.",
				"Elle raconte les nuits de travail, les clients fidèles et la concurrence des grandes surfaces de la région.", "Et elle nous dit pourquoi elle ne changerait de métier pour rien au monde.", "Elle parle aussi de ses apprentis, de la farine du moulin voisin et du pain de seigle que les habitants viennent chercher le dimanche matin, parfois dès sept heures."),
			box("Générique", "Claire Martin (animation)", "Louis Petit (réalisation)"),
			[]string{"pour rien au monde"},
			[]string{"Générique", "Claire Martin"},
		},
		{
			"Spanish credits", "es", paras("En este episodio hablamos con una maestra que dio clase durante cuarenta años en una escuela rural de montaña.",
				"Nos cuenta cómo eran los inviernos con nieve y cómo enseñaba a la vez a niños de seis edades distintas.", "Y nos explica por qué nunca quiso pedir el traslado a la ciudad.", "También recuerda a sus antiguos alumnos, que cada verano organizaban una comida en su honor en la plaza del pueblo, y la biblioteca que hoy lleva su nombre."),
			box("Créditos", "Lucía Gómez (presentadora)", "Carmen Ruiz (invitada)", "Pablo Sanz (edición)"),
			[]string{"traslado a la ciudad"},
			[]string{"Créditos", "Carmen Ruiz (invitada)"},
		},
		{
			"Italian credits", "it", paras("In questa puntata parliamo con un liutaio che costruisce violini a mano nella sua bottega di Cremona da trent'anni.",
				"Ci racconta come sceglie il legno, quanto tempo serve per un violino e chi sono i suoi clienti più esigenti.", "E ci spiega perché non ha mai voluto allargare la bottega.", "Parla anche dei suoi apprendisti, dei musicisti che vengono da tutto il mondo a provare i suoi strumenti e della vernice che prepara ancora secondo una ricetta antica del Settecento."),
			box("Crediti", "Marco Bianchi (conduttore)", "Giulia Rossi (montaggio)"),
			[]string{"allargare la bottega"},
			[]string{"Crediti", "Marco Bianchi"},
		},
		{
			"names in the story's run", "de", de + `<h3>Der neue Vorstand</h3><ul><li>Anna Huber (Vorsitzende)</li><li>Peter Maier (Kassier)</li></ul>`, "",
			[]string{"Der neue Vorstand", "Anna Huber (Vorsitzende)", "Peter Maier (Kassier)"},
			nil,
		},
		{
			"an ingredients box", "de", de, box("Zutaten", "Mehl (Type 405)", "Brauner Zucker (fein)", "Butter"),
			[]string{"Mehl (Type 405)", "Brauner Zucker (fein)"},
			nil,
		},
		{
			"a specifications box", "de", de, box("Technische Daten", "Motor: Mittelmotor, 85 Nm", "Akku: 725 Wh", "Gewicht: 36 kg"),
			[]string{"Motor: Mittelmotor, 85 Nm", "Gewicht: 36 kg"},
			nil,
		},
		{
			"a box of one name", "de", de, box("Gast", "Katrin Wessel (Hydrologin)"),
			[]string{"Katrin Wessel (Hydrologin)"},
			nil,
		},
	} {
		text := extractText(t, tc.name, page(tc.lang, tc.story, tc.box), "https://podcast.test/folge-42/")
		checkHas(t, tc.name, text, tc.want, tc.wantNot)
	}
}

// TestCreditBoxNamedInStory checks that a box of names with roles after a
// story whose text names those people is the story's (a theatre review's
// cast, a match report's line-up) and stays, in German, English, French,
// Spanish and Italian; each was cut as credits before namedInStory.
// Guards: TestCreditBox's podcast credits, whose people the text does not
// name, and a podcast's whose description names its guest alone.
func TestCreditBoxNamedInStory(t *testing.T) {
	page := func(lang, h1, story, box string) string {
		return fmt.Sprintf(`<html lang="%s"><head><meta charset="utf-8"><title>%s</title><meta property="og:type" content="article"></head><body><header><a href="/">Stadtanzeiger</a><nav><a href="/kultur/">Kultur</a> <a href="/sport/">Sport</a></nav></header>
<main><article><h1>%s</h1><p class="byline">Sabine Roth</p><div class="entry-content">
%s
%s
</div></article></main><footer><a href="/impressum/">Impressum</a></footer></body></html>`, lang, h1, h1, story, box)
	}
	box := func(class, head string, items ...string) string {
		return `<div class="` + class + `"><h3>` + head + `</h3><ul><li>` + strings.Join(items, `</li><li>`) + `</li></ul></div>`
	}
	paras := func(ps ...string) string { return "<p>" + strings.Join(ps, "</p>\n<p>") + "</p>" }
	for _, tc := range []struct {
		name, lang, h1, story, box string
	}{
		{
			"German cast", "de", "Ein Hamlet ohne Pause", paras("Drei Stunden ohne Pause, und doch wird es keine Minute lang zäh: Die neue Inszenierung am Staatstheater setzt ganz auf ihr Ensemble.",
				"Lars Brandt spielt den Prinzen als nervösen Zyniker, der sich hinter Witzen versteckt. Neben ihm überzeugt Mira Okafor als Ophelia, die hier nicht zerbricht, sondern wütend wird.",
				"Jens Hollmann gibt den König Claudius als glatten Verwalter der Macht. Das Publikum feierte die Premiere mit langem Applaus.", "Regisseurin Anna Feld verzichtet auf Videos und große Bauten: ein schwarzer Raum, ein Tisch, zwei Stühle. Weitere Vorstellungen gibt es bis Ende Januar, Karten sind noch für fast alle Termine zu haben."),
			box("cast-box", "Besetzung", "Hamlet: Lars Brandt", "Ophelia: Mira Okafor", "Claudius: Jens Hollmann"),
		},
		{
			"English cast", "en", "A restless Hamlet", paras("Three hours without an interval, and not a minute drags: the new staging at the Playhouse rests on its company.",
				"Tom Ashby plays the prince as a nervous cynic who hides behind jokes. Grace Nwosu is an Ophelia who does not break but grows angry.",
				"The audience gave the opening night a long ovation, and the run continues until the end of January.", "The director does without video and grand sets: a black room, a table, two chairs, and a single lamp that follows the prince from scene to scene until the final duel."),
			box("cast", "Cast", "Hamlet: Tom Ashby", "Ophelia: Grace Nwosu", "Gertrude: Ruth Keller"),
		},
		{
			"French cast", "fr", "Un Hamlet sans entracte", paras("Trois heures sans entracte, et pas une minute de trop : la nouvelle mise en scène du Théâtre national mise tout sur sa troupe.",
				"Julien Caron joue le prince en cynique nerveux qui se cache derrière ses bons mots. Face à lui, Lucie Moreau compose une Ophélie qui ne se brise pas mais se révolte.",
				"Le public a longuement applaudi la première, et les représentations se poursuivent jusqu'à fin janvier.", "La metteuse en scène renonce à la vidéo et aux grands décors : une salle noire, une table, deux chaises et une seule lampe qui suit le prince de scène en scène jusqu'au duel final."),
			box("distribution", "Distribution", "Julien Caron (Hamlet)", "Lucie Moreau (Ophélie)", "Anne Girard (Gertrude)"),
		},
		{
			"Spanish line-up", "es", "El líder gana en el último minuto", paras("El líder sufrió hasta el final ante un rival que defendió con orden durante casi todo el partido en un estadio lleno.",
				"Ferrer sostuvo a su equipo con dos paradas decisivas en la primera parte, y en el minuto 90 Iker Salas cabeceó a la red un córner botado por Mikel Arana.",
				"Con esta victoria el equipo suma cinco puntos de ventaja a falta de seis jornadas para el final de la liga.", "El entrenador reconoció después que su equipo jugó mal durante una hora y elogió la paciencia de la afición, que no dejó de animar ni siquiera cuando el empate parecía definitivo."),
			box("match-lineup", "Alineación", "Portero: Unai Ferrer", "Centrocampista: Mikel Arana", "Delantero: Iker Salas"),
		},
		{
			"Italian line-up", "it", "La capolista vince al novantesimo", paras("La capolista ha sofferto fino alla fine contro un avversario ordinato, davanti a uno stadio esaurito in ogni settore.",
				"Bellini ha salvato il risultato con due grandi parate nel primo tempo, e al novantesimo Marco Neri ha segnato di testa su un angolo battuto da Paolo Greco.",
				"Con questa vittoria la squadra porta a cinque punti il vantaggio sulla seconda, a sei giornate dalla fine del campionato.", "L'allenatore ha ammesso che la squadra ha giocato male per un'ora e ha ringraziato i tifosi, che hanno continuato a cantare anche quando il pareggio sembrava ormai definitivo."),
			box("match-lineup", "Formazione", "Portiere: Luca Bellini", "Centrocampista: Paolo Greco", "Attaccante: Marco Neri"),
		},
	} {
		text := extractText(t, tc.name, page(tc.lang, tc.h1, tc.story, tc.box), "https://news.test/2026/12/07/1/")
		items := strings.Split(strings.TrimSuffix(strings.SplitN(tc.box, "<ul><li>", 2)[1], "</li></ul></div>"), "</li><li>")
		checkHas(t, tc.name, text, items, nil)
	}
	// Guard: a podcast's credits whose guest alone the description names
	// still go (as in TestCreditBox).
	guest := paras("In dieser Folge sprechen wir mit der Hydrologin Dr. Katrin Wessel darüber, warum Dürre und Hochwasser zwei Seiten derselben Entwicklung sind.",
		"Sie erklärt, wie Städte Regen länger halten können, in Mulden, Baumrigolen und auf Gründächern, und was das kostet.",
		"Am Ende geht es darum, was jeder im eigenen Garten tun kann, um Wasser im Boden zu halten.",
		"Dazu gehören ein Regenfass, eine Mulde im Rasen und weniger gepflasterte Flächen vor dem Haus, sagt sie, und all das lässt sich an einem Wochenende umsetzen.")
	text := extractText(t, "podcast guest named", page("de", "Folge 42", guest, box("episode-people", "Mitwirkende", "Jonas Albrecht (Moderation)", "Katrin Wessel (Gast)")), "https://podcast.test/folge-42/")
	checkHas(t, "podcast guest named", text, []string{"Am Ende geht es darum"}, []string{"Mitwirkende", "Katrin Wessel (Gast)"})
}
