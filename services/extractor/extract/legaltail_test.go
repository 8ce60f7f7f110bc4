package extract

import (
	"strings"
	"testing"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// noticePage lays out a brief under the page's <h1> and a site's legal
// notice after the brief's container, in the wrapper given (a bare <div>
// at the page's end, a <footer>, a role=contentinfo box).
func noticePage(h1 string, brief, notice []string, open, close string) string {
	var b strings.Builder
	b.WriteString(`<html><body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav><div class="wrap"><h1>` + h1 + `</h1><div class="brief">`)
	for _, p := range brief {
		b.WriteString(`<p>` + p + `</p>`)
	}
	b.WriteString(`</div></div>` + open)
	for _, p := range notice {
		b.WriteString(`<p>` + p + `</p>`)
	}
	b.WriteString(close + `</body></html>`)
	return b.String()
}

var noticeCases = []struct {
	lang, h1      string
	brief, notice []string
}{
	{
		"en", "Bridge closed on Sunday",
		[]string{"The old bridge will be closed to traffic all day on Sunday while engineers inspect its supports.", "Buses will use the ring road instead, and the ferry will run every half hour from seven in the morning."},
		[]string{"All content on this site is protected by copyright and may not be reproduced, distributed or otherwise used without the prior written permission of the publisher.", "The publisher accepts no liability for the content of external links, for which their operators alone are responsible, and reserves the right to change this notice at any time."},
	},
	{
		"de", "Brücke am Sonntag gesperrt",
		[]string{"Die alte Brücke wird am Sonntag den ganzen Tag für den Verkehr gesperrt, während Ingenieure ihre Pfeiler prüfen.", "Die Busse fahren stattdessen über den Ring, und die Fähre verkehrt ab sieben Uhr morgens jede halbe Stunde."},
		[]string{"Alle Inhalte dieser Website sind urheberrechtlich geschützt und dürfen ohne vorherige schriftliche Genehmigung des Herausgebers nicht vervielfältigt, verbreitet oder anderweitig verwendet werden.", "Für die Inhalte externer Links übernimmt der Herausgeber keine Haftung; für diese sind ausschließlich deren Betreiber verantwortlich."},
	},
	{
		"fr", "Le vieux pont fermé dimanche",
		[]string{"Le vieux pont sera fermé à la circulation toute la journée de dimanche pendant que des ingénieurs inspectent ses piliers.", "Les bus emprunteront la rocade, et le bac circulera toutes les demi-heures à partir de sept heures du matin."},
		[]string{"L'ensemble des contenus de ce site est protégé par le droit d'auteur et ne peut être reproduit, diffusé ou utilisé de quelque manière que ce soit sans l'autorisation écrite préalable de l'éditeur.", "L'éditeur décline toute responsabilité quant au contenu des liens externes, dont seuls leurs exploitants sont responsables."},
	},
	{
		"es", "Cierran el puente viejo el domingo",
		[]string{"El puente viejo permanecerá cerrado al tráfico todo el domingo mientras los ingenieros inspeccionan sus pilares.", "Los autobuses circularán por la ronda y el transbordador saldrá cada media hora a partir de las siete de la mañana."},
		[]string{"Todos los contenidos de este sitio están protegidos por derechos de autor y no pueden ser reproducidos, distribuidos ni utilizados de ningún otro modo sin la autorización previa y por escrito del editor.", "El editor no asume ninguna responsabilidad por el contenido de los enlaces externos, de los que son responsables exclusivamente sus operadores."},
	},
	{
		"ru", "Старый мост закроют в воскресенье",
		[]string{"Старый мост будет закрыт для движения весь день в воскресенье, пока инженеры проверяют его опоры.", "Автобусы пойдут по кольцевой дороге, а паром будет ходить каждые полчаса с семи часов утра."},
		[]string{"Все материалы этого сайта защищены авторским правом и не могут быть воспроизведены, распространены или иным образом использованы без предварительного письменного разрешения издателя.", "Издатель не несёт ответственности за содержание внешних ссылок, за которые отвечают исключительно их владельцы."},
	},
}

// TestBriefBesideNotice checks a two-paragraph brief under the page's
// <h1> with a site's legal notice after the brief's container, in a bare
// <div> at the page's end, in a <footer> and in a role=contentinfo box:
// the brief is the story and the notice is not kept after it (each fails
// without trailingNotice: the notice was kept).
func TestBriefBesideNotice(t *testing.T) {
	wrappers := []struct{ name, open, close string }{
		{"bare div", `<div>`, `</div>`},
		{"footer", `<footer>`, `</footer>`},
		{"contentinfo", `<div role="contentinfo" class="site-info">`, `</div>`},
		{"div before a row of links", `<div>`, `</div><div class="links"><a href="/imprint">Imprint</a> · <a href="/privacy">Privacy</a></div>`},
	}
	for _, c := range noticeCases {
		for _, w := range wrappers {
			name := c.lang + " " + w.name
			a, err := HTML([]byte(noticePage(c.h1, c.brief, c.notice, w.open, w.close)), Input{URL: "https://city.test/news/1"})
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if a.GetPageType() != newsv1.PageType_PAGE_TYPE_ARTICLE {
				t.Errorf("%s: page type %v, want article", name, a.GetPageType())
			}
			got := strings.Join(a.GetParagraphs(), "\n\n")
			checkHas(t, name, got, c.brief, c.notice)
		}
	}
}

// TestBriefBesideNoticeGuards checks what trailingNotice must leave: a
// long story whose short legal line ends its own container, a story whose
// body block after the headline's block ends the page (it talks about
// what the title names), and a brief whose next block is a linked list.
func TestBriefBesideNoticeGuards(t *testing.T) {
	c := noticeCases[0]
	long := []string{
		"The old bridge will be closed to traffic all day on Sunday while engineers inspect its supports, the city said on Friday.",
		"It is the third closure this year, after cracks were found in two of the bridge's supports during a routine inspection in March.",
		"Buses will use the ring road instead, and the ferry will run every half hour from seven in the morning until late in the evening.",
		"Traders on both banks said the closures cost them customers, and asked the city to schedule the next inspection on a weekday.",
	}
	line := "All rights reserved. Reproduction without the publisher's permission is prohibited."
	var story strings.Builder
	for _, p := range long {
		story.WriteString(`<p>` + p + `</p>`)
	}
	for _, tc := range []struct {
		name, page    string
		want, wantNot []string
	}{
		{
			"long story with a legal line in its container",
			`<html><body><div class="wrap"><h1>` + c.h1 + `</h1><div class="body">` + story.String() + `<p>` + line + `</p></div></div></body></html>`,
			long, nil,
		},
		{
			"headline block then body block at the page's end",
			`<html><body><div class="head"><h1>` + c.h1 + `</h1><p>` + long[0] + `</p></div><div class="body">` +
				`<p>` + long[1] + `</p><p>` + long[2] + `</p><p>` + long[3] + `</p></div></body></html>`,
			long, nil,
		},
		{
			"brief then a list of links",
			`<html><body><div class="wrap"><h1>` + c.h1 + `</h1><div class="brief"><p>` + c.brief[0] + `</p><p>` + c.brief[1] + `</p></div></div>` +
				`<footer><p><a href="/a">Imprint</a></p><p><a href="/b">Privacy</a></p><p><a href="/c">Terms of use</a></p></footer></body></html>`,
			c.brief,
			[]string{"Imprint", "Privacy"},
		},
	} {
		a, err := HTML([]byte(tc.page), Input{URL: "https://city.test/news/1"})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		checkHas(t, tc.name, strings.Join(a.GetParagraphs(), "\n\n"), tc.want, tc.wantNot)
		if n := a.GetRemoved()[string(KindDisclaimer)]; n != 0 {
			t.Errorf("%s: %d paragraphs cut as a notice, want none", tc.name, n)
		}
	}
}
