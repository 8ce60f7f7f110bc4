package extract

import (
	"strings"
	"testing"
)

// TestRestoreOnce checks that the second opinion takes a line back once:
// a box repeating a paragraph of the story word for word between two
// paragraphs it takes back (a pull quote the size of the paragraph) left
// the paragraph twice in the text on main in Spanish, Russian and English
// (the German and French pages of the same shape hold it once before and
// after: the chosen roots differ there). The guard: a short line said
// twice ("Yes." in two lists) is not judged.
func TestRestoreOnce(t *testing.T) {
	for _, lang := range []string{"de", "fr", "es", "ru", "en"} {
		s := builderStories[lang]
		a, err := HTML([]byte(builderWithBox(lang, s, widgetBox(`<p>`+s.paras[1]+`</p>`))), Input{URL: "https://verein.test/news/1"})
		if err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		text := strings.Join(a.GetParagraphs(), "\n\n")
		if n := strings.Count(text, s.paras[1]); n != 1 {
			t.Errorf("%s: the second paragraph is there %d times, want once:\n%s", lang, n, text)
		}
		checkHas(t, lang, text, []string{s.paras[2][:30], s.paras[4][:30]}, nil)
	}
	seen := takenOnce([]string{"Yes.", "The story's first paragraph, long enough to be judged."})
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Yes.", false},
		{"The story's first paragraph, long enough to be judged.", true},
		{"«The story's first paragraph, long enough to be judged»", true},
		{"Another paragraph of the story, said only once here.", false},
		{"Another paragraph of the story, said only once here.", true},
	} {
		if got := seen.again(tc.line); got != tc.want {
			t.Errorf("again(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}
