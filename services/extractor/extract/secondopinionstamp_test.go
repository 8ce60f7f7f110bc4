package extract

import (
	"strings"
	"testing"
)

// TestRestoreSkipsStamp checks that the second opinion takes back no date
// stamp written as a sentence ("Updated on 17 November 2026.") between
// two paragraphs of the story as a short line of the story's, in five
// languages (the Spanish, Russian and English stamps leaked on main:
// storyLine read the full stop as a sentence's; the German and French
// pages of this shape pass before and after, their chosen roots differ).
// The guard: a short sentence of the story with a year and
// more words than a stamp's comes back.
func TestRestoreSkipsStamp(t *testing.T) {
	for _, tc := range []struct{ lang, stamp, sentence string }{
		{"de", "Aktualisiert am 17. November 2026.", "Der Verein wurde am 3. Mai 1921 von Bauern gegründet."},
		{"fr", "Mis à jour le 17 novembre 2026.", "Le club a été fondé le 3 mai 1921 par des paysans."},
		{"es", "Actualizado: 17 de noviembre de 2026.", "El club fue fundado el 3 de mayo de 1921 por campesinos."},
		{"ru", "Обновлено 17 ноября 2026.", "Клуб был основан 3 мая 1921 года местными крестьянами."},
		{"en", "Updated on 17 November 2026.", "The club was founded on 3 May 1921 by local farmers."},
	} {
		s := builderStories[tc.lang]
		for _, line := range []string{tc.stamp, tc.sentence} {
			a, err := HTML([]byte(builderWithBox(tc.lang, s, widgetBox(`<p>`+line+`</p>`))), Input{URL: "https://verein.test/news/1"})
			if err != nil {
				t.Fatalf("%s: %v", tc.lang, err)
			}
			text := strings.Join(a.GetParagraphs(), "\n\n")
			want, wantNot := []string{s.paras[1][:30], s.paras[2][:30], line}, []string(nil)
			if line == tc.stamp {
				want, wantNot = want[:2], []string{line}
			}
			checkHas(t, tc.lang, text, want, wantNot)
		}
	}
}
