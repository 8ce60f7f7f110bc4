package extract

import (
	"strings"
	"testing"
)

// qaPage builds a question page in the shape of a support forum's or Q&A
// engine's: a question's text block and its answers' blocks, each followed
// by a line of who asked or answered when, in boxes whose class names the
// tag and wording vary, with no heading that counts the answers.
func qaPage(box, cls, h1, ask string, answers []string, meta []string) string {
	var b strings.Builder
	b.WriteString(`<html><body><div class="top"><a href="/">Forum</a> <a href="/q">?</a> <a href="/new">+</a></div><div class="col">`)
	b.WriteString(`<h1>` + h1 + `</h1>`)
	b.WriteString(`<` + box + ` class="` + cls + `-q"><div class="` + cls + `-q-text">` + ask + `</div><div class="` + cls + `-q-meta">` + meta[0] + `</div></` + box + `>`)
	for i, a := range answers {
		best := ""
		if i == 0 {
			best = " best"
		}
		b.WriteString(`<` + box + ` class="` + cls + `-a` + best + `"><div class="` + cls + `-a-text">` + a + `</div><div class="` + cls + `-a-meta">` + meta[i+1] + `</div></` + box + `>`)
	}
	b.WriteString(`</div><div class="bottom"><a href="/legal">Legal</a></div></body></html>`)
	return b.String()
}

// TestRestoreBaseline checks the second opinion: on a question page
// whose scorer picks the question's or one answer's block (boxes of other
// kinds, with no heading that counts the answers), the question and the
// answers are kept, in document order, without the lines of who asked or
// answered when, in five languages (each fails without restoreBaseline:
// the question or the answers were lost), and what it took back is
// counted.
func TestRestoreBaseline(t *testing.T) {
	for _, tc := range []struct {
		name, page string
		want       []string
	}{
		{
			"German question", qaPage("div", "frage", "Warum werden die Blätter meiner Tomaten gelb?",
				`<p>Meine Tomaten im Gewächshaus bekommen seit einer Woche von unten her gelbe Blätter, obwohl ich jeden zweiten Tag gieße.</p><p>Ist das ein Pilz, oder fehlt ihnen etwas im Boden? Gedüngt habe ich seit Mai nicht mehr, und die Erde ist noch vom letzten Jahr.</p>`,
				[]string{
					`<p>Gelbe Blätter von unten her sind meist Stickstoffmangel. Die Pflanze holt sich den Nährstoff aus den alten Blättern, um oben weiterzuwachsen.</p><p>Dünge zwei Wochen lang wöchentlich mit einem Tomatendünger, dann sollten die neuen Blätter wieder sattgrün kommen.</p>`,
					`<p>Schau auch nach braunen Flecken mit gelbem Rand. Das wäre die Dürrfleckenkrankheit, und dann müssen die befallenen Blätter sofort weg.</p>`,
				},
				[]string{"gefragt am 3. Juli von gruenerdaumen", "beantwortet am 3. Juli von hobbygaertner", "beantwortet am 4. Juli von tomatenliese"}),
			[]string{"Meine Tomaten im Gewächshaus", "noch vom letzten Jahr.\n\nGelbe Blätter von unten her"},
		},
		{
			"French question", qaPage("section", "sujet", "Pourquoi mon pain ne lève-t-il plus ?",
				`<p>Depuis deux semaines, ma pâte à pain ne gonfle presque plus pendant la pousse, alors que je garde la même farine et la même recette.</p><p>La levure est pourtant neuve. Est-ce que la température de la cuisine peut jouer autant ?</p>`,
				[]string{
					`<p>Oui, une cuisine en dessous de dix-huit degrés ralentit beaucoup la levure, et la pousse peut alors prendre le double du temps prévu.</p><p>Laissez la pâte lever dans le four éteint avec un bol d'eau chaude, vous verrez la différence dès la première fournée.</p>`,
					`<p>Vérifiez aussi l'eau de votre robinet : une eau très chlorée freine la fermentation, et une eau filtrée suffit souvent à régler le problème.</p>`,
				},
				[]string{"posée le 2 mars par boulangère", "répondu le 2 mars par fournil", "répondu le 3 mars par levain"}),
			[]string{"Depuis deux semaines, ma pâte", "peut jouer autant ?\n\nOui, une cuisine"},
		},
		{
			"Spanish question", qaPage("div", "pregunta", "¿Por qué mi bicicleta hace ruido al frenar?",
				`<p>Desde que cambié las pastillas de freno, la bicicleta chirría cada vez que freno en bajada, sobre todo cuando el suelo está mojado.</p><p>¿Es normal durante las primeras semanas, mientras se asientan, o he montado algo mal al cambiar las pastillas delanteras?</p>`,
				[]string{
					`<p>Las pastillas nuevas necesitan un rodaje: frena con fuerza unas veinte veces en una calle tranquila y el ruido suele desaparecer.</p><p>Si sigue, limpia el disco con alcohol, porque un poco de grasa en la superficie basta para que chirríe.</p>`,
					`<p>Revisa también que la pinza esté bien centrada sobre el disco, ya que un roce lateral produce el mismo sonido al frenar.</p>`,
				},
				[]string{"preguntado el 5 de mayo por ciclista", "respondido el 5 de mayo por mecánico", "respondido el 6 de mayo por rueda"}),
			[]string{"Desde que cambié las pastillas", "las pastillas delanteras?\n\nLas pastillas nuevas"},
		},
		{
			"Russian question", qaPage("div", "vopros", "Почему у фикуса опадают листья?",
				`<p>Фикус стоит у окна уже три года, но с начала зимы он каждый день сбрасывает по несколько листьев, хотя я поливаю его как обычно.</p><p>Может быть, ему не хватает света или он болеет?</p>`,
				[]string{
					`<p>Зимой фикусы часто сбрасывают листья из-за сухого воздуха от батарей и холодного стекла рядом с горшком.</p><p>Отодвиньте его от окна на полметра и опрыскивайте листья утром, через пару недель листопад обычно прекращается.</p>`,
					`<p>Проверьте ещё землю в горшке: если она долго остаётся мокрой, корни начинают гнить, и растение тоже теряет листья.</p>`,
				},
				[]string{"спросил 12 января садовод", "ответил 12 января ботаник", "ответил 13 января флорист"}),
			[]string{"Фикус стоит у окна уже три года", "или он болеет?\n\nЗимой фикусы"},
		},
		{
			"English question", qaPage("div", "post", "Why does my sourdough smell like acetone?",
				`<p>I keep my starter in the fridge and feed it once a week, but lately it smells of nail polish remover two days after a feed.</p><p>Is it dying, or is this normal? The bread rises much less than it used to.</p>`,
				[]string{
					`<p>That smell means the yeast and bacteria have run out of food. It is the sign of a hungry starter, not of a dead one.</p><p>Feed it at a higher ratio for two or three days at room temperature before it goes back in the fridge.</p>`,
					`<p>Also check the fridge itself: below four degrees the yeast barely works while the bacteria keep making acid.</p>`,
				},
				[]string{"asked Dec 3 by breadhead", "answered Dec 3 by levain_lou", "answered Dec 4 by coldproof"}),
			[]string{"I keep my starter in the fridge", "used to.\n\nThat smell means"},
		},
	} {
		a, err := HTML([]byte(tc.page), Input{URL: "https://forum.test/q/1"})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		text := strings.Join(a.GetParagraphs(), "\n\n")
		checkHas(t, tc.name, text, tc.want, []string{"asked", "answered", "beantwortet", "répondu", "respondido", "ответил"})
		if a.GetRemoved()[string(KindRestored)] < 2 {
			t.Errorf("%s: restored %d paragraphs, want at least 2", tc.name, a.GetRemoved()[string(KindRestored)])
		}
	}
}

// TestRestoreBaselineGuards checks pages where the second opinion must
// take nothing back: a story beside a long thread of sentence-shaped
// comments, a story beside a rail of related stories whose teasers are
// sentences, and a short brief on a page whose longest block is a legal
// notice in the footer.
func TestRestoreBaselineGuards(t *testing.T) {
	story := `<h1>Council approves the new cycle lanes</h1><p>The council approved on Thursday a plan that adds twelve miles of cycle lanes over the next three years, with every group but one in favour.</p>` +
		`<p>The first stage links the railway station with the university campus, a route that more than two thousand cyclists ride every day.</p>` +
		`<p>Work on the second stage, which reaches the northern estates, is due to begin in the spring of next year.</p>`
	comment := func(who, s string) string {
		return `<div class="c-item"><div class="c-author">` + who + `</div><p>` + s + `</p></div>`
	}
	comments := `<div class="user-comments"><h3>42 comments</h3>` +
		comment("jim", "About time too, the road past the station has been a danger for cyclists for as long as I can remember.") +
		comment("ann", "Twelve miles sounds impressive until you notice that most of it is paint on roads that are already too narrow.") +
		comment("bob", "I ride to the campus every day and the worst part is the roundabout, which this plan does not even mention.") +
		comment("liz", "The northern estates have waited for years, so I will believe it when the diggers actually arrive next spring.") +
		comment("tom", "Would be good to know how much of the budget goes on consultants rather than on the lanes themselves.") +
		comment("sue", "My children could finally cycle to school safely if the second stage is built the way the council promised.") +
		`</div>`
	teaser := func(h, s string) string {
		return `<article class="card"><h3><a href="/news/` + h[:4] + `">` + h + `</a></h3><p>` + s + `</p></article>`
	}
	rail := `<div class="more"><h2>More from the city</h2>` +
		teaser("Bus fares frozen for another year", "The transport authority said fares will stay at their current level until next summer, despite rising fuel costs.") +
		teaser("Library reopens after repairs", "The central library opened its doors again on Monday after eight months of work on its leaking roof.") +
		teaser("Market square to lose parking", "Traders fear the loss of forty parking spaces will keep shoppers away from the Saturday market in the square.") +
		`</div>`
	brief := `<p>The old bridge will be closed to traffic all day on Sunday while engineers inspect its supports.</p><p>Buses will use the ring road instead, and the ferry will run every half hour from seven in the morning.</p>`
	legal := `<div class="legal"><p>All content on this site is protected by copyright and may not be reproduced, distributed or otherwise used without the prior written permission of the publisher.</p>` +
		`<p>The publisher accepts no liability for the content of external links, for which their operators alone are responsible, and reserves the right to change this notice at any time.</p>` +
		`<p>Personal data submitted through this site is processed in accordance with the applicable data protection law and is never passed to third parties without consent.</p></div>`
	for _, tc := range []struct {
		name, page string
		want       []string
		wantNot    []string
	}{
		{
			"story beside a comment thread",
			`<html><body><div class="wrap"><article class="story">` + story + `</article>` + comments + `</div></body></html>`,
			[]string{"twelve miles of cycle lanes", "spring of next year."},
			[]string{"About time too", "paint on roads", "diggers actually arrive", "consultants"},
		},
		{
			"story beside a rail of teasers",
			`<html><body><div class="wrap"><article class="story">` + story + `</article>` + rail + `</div></body></html>`,
			[]string{"twelve miles of cycle lanes", "spring of next year."},
			[]string{"fares will stay", "leaking roof", "forty parking spaces"},
		},
		{
			"brief beside a legal notice",
			`<html><body><div class="wrap"><h1>Bridge closed on Sunday</h1><div class="brief">` + brief + `</div></div><footer>` + legal + `</footer></body></html>`,
			[]string{"inspect its supports.", "the ferry will run every half hour"},
			// 1.23.0 keeps the footer's notice after the brief, with or
			// without the second opinion (the scorer's, not this guard's):
			// the guard is that nothing is taken back.
			nil,
		},
	} {
		a, err := HTML([]byte(tc.page), Input{URL: "https://city.test/news/1"})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		checkHas(t, tc.name, strings.Join(a.GetParagraphs(), "\n\n"), tc.want, tc.wantNot)
		if n := a.GetRemoved()[string(KindRestored)]; n != 0 {
			t.Errorf("%s: restored %d paragraphs, want none", tc.name, n)
		}
	}
}
