package extract

import (
	"slices"
	"testing"

	"golang.org/x/net/html"
)

func TestLineKind(t *testing.T) {
	long := "Mayor opens bridge School wins prize Council votes on budget Rail strike ends Police appeal for witnesses Weather warning issued"
	for _, tc := range []struct {
		name string
		pa   para
		want Kind
	}{
		{"byline", para{text: "By Jane Smith"}, KindByline},
		{"byline in German", para{text: "Von Hans Müller"}, KindByline},
		{"sentence starting with by", para{text: "By Monday the council had voted."}, ""},
		// Only the opener is case-blind; a list item that opens with
		// the same word is no byline.
		{"lower-case after by", para{text: "by the river"}, ""},
		{"Spanish list item", para{text: "Por ejemplo las pensiones y el salario mínimo"}, ""},
		{"French byline", para{text: "Par Julien Marchal"}, KindByline},
		{"German date stamp", para{text: "12. Januar 2026, 07:15 Uhr"}, KindDate},
		{"German published stamp", para{text: "Veröffentlicht am 14. März 2026"}, KindDate},
		{"stamp with a numeric date", para{text: "Eingestellt am 02.06.2026"}, KindDate},
		{"Russian date stamp", para{text: "9 октября 2026, 15:20"}, KindDate},
		{"a year in a list item", para{text: "30 % de fibres recyclées dans les collections 2027"}, ""},
		{"a year and a figure in a sentence", para{text: "Im Jahr 2025 kamen 1.284 Mitglieder."}, ""},
		{"by inside a word", para{text: "Bystanders watched"}, ""},
		{"published stamp", para{text: "Published 12 March 2024"}, KindDate},
		{"weekday date", para{text: "Tuesday, March 12, 2024 10:41"}, KindDate},
		{"iso date", para{text: "2024-03-12"}, KindDate},
		{"date opening a long sentence", para{text: "12 March 2024 was the day the council finally approved the long-delayed budget for the new bridge and the school"}, ""},
		{"menu line", para{text: "News | Sport | Business | Weather | Culture"}, KindNavigation},
		{"long linked run", para{text: long, linked: true}, KindRelated},
		{"same run unlinked", para{text: long}, ""},
		{"short linked sentence", para{text: "Read the full report here", linked: true}, ""},
		{"story sentence", para{text: "The council approved the budget after a long debate, officials said."}, ""},
	} {
		if got := lineKind(tc.pa, words(tc.pa.text)); got != tc.want {
			t.Errorf("%s: lineKind(%q) = %q, want %q", tc.name, tc.pa.text, got, tc.want)
		}
	}
}

// TestBoldLineAndLayoutCells checks that a bold line ended by one <br> is a
// heading line of its own, and that a date stamp in a layout table's cell is
// a date line while one in a data cell is data.
func TestBoldLineAndLayoutCells(t *testing.T) {
	p := testPage(t, `<table><tr><td id="layout"><b>Sommerfest 2026 und neue Wasseruhren</b><br><i>Eingestellt am 02.06.2026</i><br><br>Liebe Gartenfreunde, das Fest findet am Samstag statt.<br><br>WASHINGTON<br>The senate voted.</td></tr>`+
		`<tr><td id="data">14.03.2026</td><td>Frühjahrsputz</td></tr></table>`)
	ps := paragraphs([]*html.Node{p.body})
	want := []string{"Sommerfest 2026 und neue Wasseruhren", "Eingestellt am 02.06.2026", "Liebe Gartenfreunde, das Fest findet am Samstag statt.", "WASHINGTON The senate voted.", "14.03.2026", "Frühjahrsputz"}
	if got := texts(ps); !slices.Equal(got, want) {
		t.Fatalf("paragraphs = %q, want %q", got, want)
	}
	if !ps[0].boldLine || ps[1].boldLine {
		t.Errorf("boldLine = %v, %v; want the bold line only", ps[0].boldLine, ps[1].boldLine)
	}
	if k := lineKind(ps[1], words(ps[1].text)); k != KindDate {
		t.Errorf("stamp in a layout cell: lineKind = %q, want date", k)
	}
	if k := lineKind(ps[4], words(ps[4].text)); k != "" {
		t.Errorf("date in a data cell: lineKind = %q, want none", k)
	}
}
