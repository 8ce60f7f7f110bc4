package extract

import "testing"

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
