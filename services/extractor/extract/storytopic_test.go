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
		// The same notice under a site header that shows today's date in
		// a <time> is still no story (topicHeads reads no <time> there).
		dated := strings.Replace(html, `<header>`, `<header><time datetime="2026-12-07">07.12.2026</time> `, 1)
		for _, page := range []string{html, dated} {
			a, err := HTML([]byte(page), Input{URL: "https://news.test/konto/1"})
			if err != nil {
				t.Fatalf("%s: %v", tc.lang, err)
			}
			if a.GetPageType() == newsv1.PageType_PAGE_TYPE_ARTICLE {
				t.Errorf("%s %q: typed an article, want a non-article", tc.lang, tc.h1)
			}
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

// TestDatedShortStoryLetters checks a short story in a language of long
// words whose text tells what its headline names in words of its own (no
// common stem with the title or the <h1>): dated by a <time>, a date line,
// a date box or the metadata's publication time, it is a story and keeps
// its text (each failed before topicHeads: the letters credit was refused
// and the page typed a NO_TEXT non-article). TestShortNoticeLetters'
// undated notices are its guards.
func TestDatedShortStoryLetters(t *testing.T) {
	page := `<html lang="%l"><head><meta charset="utf-8"><title>%h – %site</title>%meta</head><body><header><a href="/">%site</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header><main><h1>%h</h1>
%date<p>%s</p>
</main><footer>© 2026 %site</footer></body></html>`
	dates := []struct{ name, meta, line string }{
		{"time", "", `<p><time datetime="2026-12-07T08:15">07.12.2026, 08:15</time></p>`},
		{"date box", "", `<div class="date">07.12.2026, 08:15</div>`},
		{"date line", "", `<p>07.12.2026, 08:15</p>`},
		{"metadata", `<meta property="article:published_time" content="2026-12-07T08:15:00Z">`, ""},
	}
	for _, tc := range []struct{ lang, site, h1, text string }{
		{"de", "Kreisbote", "Sturm legt Fernverkehr lahm", "Orkanböen haben am Montagmorgen den Zugverkehr zwischen Hamburg und Bremen unterbrochen. Umgestürzte Bäume blockierten mehrere Strecken, Reisende saßen stundenlang fest."},
		{"ru", "Вечерний курьер", "Снегопад парализовал Москву", "Из-за обильных осадков в столице в понедельник утром остановились сотни автобусов и трамваев. Водители скорой помощи сообщают о многокилометровых пробках на кольцевой дороге."},
		{"nl", "Dagblad Oost", "Storm legt treinverkeer plat", "Zware windstoten hebben maandagochtend het spoorverkeer tussen Amsterdam en Utrecht volledig stilgelegd. Omgewaaide bomen blokkeerden meerdere trajecten, reizigers zaten urenlang vast."},
		{"fr", "Le Courrier", "La tempête paralyse les trains", "De violentes rafales ont interrompu lundi matin la circulation ferroviaire entre Lyon et Marseille. Des arbres arrachés bloquaient plusieurs lignes, et des voyageurs sont restés coincés pendant des heures."},
	} {
		if w := words(tc.text); w >= storyBarWords || storyWords([]string{tc.text}, w, "") < storyBarWords || sharesHeadlineWord([]string{tc.text}, tc.h1+" "+tc.site) {
			t.Fatalf("%s %q: %d words, not a short text the letters lift over the bar that shares no word with its headline", tc.lang, tc.h1, w)
		}
		for _, d := range dates {
			html := strings.NewReplacer("%l", tc.lang, "%site", tc.site, "%h", tc.h1, "%meta", d.meta, "%date", d.line, "%s", tc.text).Replace(page)
			a, err := HTML([]byte(html), Input{URL: "https://news.test/2026/12/07/1"})
			if err != nil {
				t.Fatalf("%s: %v", tc.lang, err)
			}
			if a.GetPageType() != newsv1.PageType_PAGE_TYPE_ARTICLE {
				t.Errorf("%s %s: page type %v (%v), want article", tc.lang, d.name, a.GetPageType(), a.GetNonArticleReason())
				continue
			}
			checkHas(t, tc.lang+" "+d.name, strings.Join(a.GetParagraphs(), "\n\n"), []string{tc.text}, nil)
		}
	}
}
