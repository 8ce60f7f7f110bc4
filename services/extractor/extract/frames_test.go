package extract

import (
	"strings"
	"testing"
)

// TestFrameRun checks that a story set as sibling content elements of one
// family (a class name they share, each with its own kind and inner
// wrapper, an empty anchor before the content) is read whole, and that the
// run stops at an element of links of the same family and leaves out a
// box of another family.
func TestFrameRun(t *testing.T) {
	el := func(id int, kind, inner string) string {
		return `<div id="c` + string(rune('0'+id)) + `" class="ce ce-` + kind + `"><a id="anchor` + string(rune('0'+id)) + `"></a>` + inner + `</div>`
	}
	page := `<html><body><header><a href="/">Gemeindewerke</a><nav><a href="/a">Strom</a> <a href="/b">Wasser</a> <a href="/c">Presse</a></nav></header><main>
<div class="ce ce-header"><h1>Neues Hallenbad öffnet im April</h1></div>` +
		el(1, "text", `<div class="bodytext"><p>Das neue Hallenbad am Stadtpark öffnet am 1. April 2027 nach zwei Jahren Bauzeit. Es hat ein Sportbecken mit acht Bahnen, ein Lehrschwimmbecken und eine Sauna mit drei Kabinen.</p><p>Die Baukosten lagen mit 21,4 Millionen Euro knapp unter dem Plan, teilte die Gemeinde mit.</p></div>`) +
		el(2, "textpic", `<div class="textpic"><figure><img src="/b.jpg" alt=""><figcaption>Das Sportbecken im Rohbau.</figcaption></figure><div class="bodytext"><p>Das Dach trägt eine Solaranlage, die ein Viertel des Stroms liefert.</p></div></div>`) +
		el(3, "bullets", `<ul class="bullets"><li>Eintritt für Erwachsene: 5 Euro</li><li>Kinder bis 14 Jahre frei</li></ul>`) +
		el(4, "text", `<div class="bodytext"><p>Schulen und Vereine können die Bahnen ab sofort buchen.</p></div>`) +
		el(5, "uploads", `<ul class="uploads"><li><a href="/a.pdf">Lageplan als PDF</a></li><li><a href="/b.pdf">Preisliste als PDF</a></li></ul>`) +
		`</main><aside class="rail box"><h3>Öffnungszeiten Rathaus</h3><p>Montag bis Freitag von 8 bis 12 Uhr und donnerstags bis 18 Uhr.</p></aside></body></html>`
	a, err := HTML([]byte(page), Input{URL: "https://gemeindewerke.test/presse/hallenbad/"})
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(a.GetParagraphs(), "\n")
	checkHas(t, t.Name(), text, []string{"Das neue Hallenbad am Stadtpark", "Das Dach trägt eine Solaranlage", "Kinder bis 14 Jahre frei", "Schulen und Vereine können die Bahnen ab sofort buchen."}, []string{"Lageplan als PDF", "Öffnungszeiten Rathaus", "Das Sportbecken im Rohbau"})
}
