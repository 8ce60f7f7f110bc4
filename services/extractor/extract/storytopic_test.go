package extract

import (
	"strings"
	"testing"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// TestShortNoticeLetters checks that a short notice under a heading that
// names the page's state ("login required", "access restricted"), in a
// language of long words, holds as many letters as a short story but is
// no story: it shares no word with its heading, and the letters credit of
// storyWords does not lift it over the story bar (each fails without
// sharesHeadlineWord: the notice was typed an article). Guards: the short
// stories of TestShortStoryAmount, which share a word with their
// headlines, keep their text.
func TestShortNoticeLetters(t *testing.T) {
	page := `<html lang="%l"><head><meta charset="utf-8"><title>%t</title></head><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header><main><h1>%h</h1>
<p>%s</p>
</main><footer>© 2026 News</footer></body></html>`
	for _, tc := range []struct{ lang, title, h1, text string }{
		{"de", "Anmelden", "Anmeldung erforderlich", "Dieser Abonnementinhalt ist ausschließlich für registrierte Premiumabonnenten verfügbar. Bitte melden Sie sich mit Ihren Zugangsdaten an oder registrieren Sie sich kostenlos."},
		{"de", "Zugang", "Zugriff eingeschränkt", "Vollständige Beiträge stehen ausschließlich angemeldeten Digitalabonnentinnen und Digitalabonnenten zur Verfügung. Bitte authentifizieren Sie sich über Ihr Benutzerkonto beziehungsweise schließen Sie ein Probeabonnement ab."},
		{"ru", "Вход", "Требуется авторизация", "Полный текст публикаций доступен исключительно зарегистрированным подписчикам электронной версии издания. Пожалуйста, войдите в личный кабинет, используя учётные данные, или зарегистрируйтесь бесплатно."},
		{"nl", "Inloggen", "Aanmelding vereist", "Volledige nieuwsberichten zijn uitsluitend beschikbaar voor geregistreerde digitale abonnementhouders. Gelieve u aan te melden met uw persoonlijke toegangsgegevens of kosteloos een gebruikersaccount aan te maken."},
		{"fr", "Connexion", "Accès restreint", "L'intégralité des publications est exclusivement réservée aux abonnés numériques enregistrés. Veuillez vous authentifier avec vos identifiants personnels ou créer gratuitement votre compte utilisateur."},
	} {
		html := strings.NewReplacer("%l", tc.lang, "%t", tc.title, "%h", tc.h1, "%s", tc.text).Replace(page)
		if w := words(tc.text); w >= storyBarWords || storyWords([]string{tc.text}, w, "") < storyBarWords {
			t.Fatalf("%s %q: %d words, not a notice under the word bar that the letters lift over it", tc.lang, tc.h1, w)
		}
		a, err := HTML([]byte(html), Input{URL: "https://news.test/konto/1"})
		if err != nil {
			t.Fatalf("%s: %v", tc.lang, err)
		}
		if a.GetPageType() == newsv1.PageType_PAGE_TYPE_ARTICLE {
			t.Errorf("%s %q: typed an article, want a non-article", tc.lang, tc.h1)
		}
	}
}

// TestSharesHeadlineWord checks the stem match: inflected forms of a
// headline's word count, short words and unrelated words do not, and a
// page with no headline keeps the credit.
func TestSharesHeadlineWord(t *testing.T) {
	for _, tc := range []struct {
		text, heads string
		want        bool
	}{
		{"La rénovation du pont commencera lundi.", "Le pont rénové dès lundi", true},
		{"Ремонт моста начнётся в понедельник.", "Мост закроют", true},
		{"Die Sanierung der Rheinbrücke beginnt am Montag.", "Rheinbrücke wird saniert", true},
		{"Bitte melden Sie sich an.", "Anmeldung erforderlich", false},
		{"The way home is long.", "Weather today", false},
		{"It is on the way.", "It is on", true},
		{"Any text at all.", "", true},
	} {
		if got := sharesHeadlineWord([]string{tc.text}, tc.heads); got != tc.want {
			t.Errorf("%q under %q: %v, want %v", tc.text, tc.heads, got, tc.want)
		}
	}
}
