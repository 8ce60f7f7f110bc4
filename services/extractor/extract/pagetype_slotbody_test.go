package extract

import (
	"strings"
	"testing"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// TestWallBesideBodyUnderSubhead checks that a wall's box set beside the
// story's body under the headline (an app banner, a consent notice) does
// not name the page when the body opens with a subheading and runs on in
// paragraphs of sentences: its block is the story's text, not a box under
// its own heading. Guards: a contact box of two paragraphs under its own
// heading and a rail of teasers beside the wall stay non-articles.
func TestWallBesideBodyUnderSubhead(t *testing.T) {
	const (
		article = newsv1.PageType_PAGE_TYPE_ARTICLE
		non     = newsv1.PageType_PAGE_TYPE_NON_ARTICLE
	)
	appEN := `<div><h2>Read this story in our app</h2><a href="https://apps.apple.com/app/id1234567890">App Store</a><a href="https://play.google.com/store/apps/details?id=com.example">Google Play</a></div>`
	appDE := `<div><h2>Diese Nachricht in unserer App lesen</h2><a href="https://apps.apple.com/app/id1234567890">App Store</a><a href="https://play.google.com/store/apps/details?id=com.example">Google Play</a></div>`
	appFR := `<div><h2>Lire cet article dans notre application</h2><a href="https://apps.apple.com/app/id1234567890">App Store</a><a href="https://play.google.com/store/apps/details?id=com.example">Google Play</a></div>`
	tests := []kindCase{{
		name: "English story under a subhead beside an app banner",
		page: slotPage("en", "Budget deal agreed", appEN, `<div class="text"><h2>What was agreed</h2>`+storyEN+`</div>`),
		typ:  article, want: []string{"Ministers agreed on Monday", "Opposition leaders said"},
	}, {
		name: "German story under a subhead beside an app banner",
		page: slotPage("de", "Haushalt beschlossen", appDE, `<div class="text"><h2>Das Wichtigste in Kürze</h2>`+
			`<p>Der Stadtrat hat am Montagabend nach langer Debatte den Haushalt für das kommende Jahr mit knapper Mehrheit beschlossen.</p>`+
			`<p>Mehr Geld fließt in die Sanierung der Grundschulen und in den Ausbau der Radwege entlang der großen Ausfallstraßen.</p>`+
			`<p>Die Opposition kritisierte die neuen Schulden und kündigte an, den Beschluss von der Kommunalaufsicht prüfen zu lassen.</p></div>`),
		typ: article, want: []string{"Der Stadtrat hat am Montagabend", "Die Opposition kritisierte"},
	}, {
		name: "French story under a subhead beside an app banner",
		page: slotPage("fr", "Fermeture de la rue Nationale", appFR, `<div class="texte"><h2>Ce qui change</h2>`+
			`<p>La rue Nationale sera fermée à la circulation pendant trois semaines à partir de lundi pour le remplacement des conduites de gaz.</p>`+
			`<p>Les bus de la ligne 4 seront déviés par le boulevard de la Liberté et deux arrêts provisoires seront installés place du Marché.</p>`+
			`<p>Les commerçants pourront être livrés le matin avant neuf heures, précise la mairie dans un communiqué publié vendredi.</p></div>`),
		typ: article, want: []string{"La rue Nationale sera fermée", "Les commerçants pourront"},
	}, {
		name: "guard: French contact box of two paragraphs under its own heading beside an app banner",
		page: slotPage("fr", "Fermeture de la rue Nationale", appFR, `<div><h2>Une question ?</h2><p>Le service de la voirie vous répond du lundi au vendredi, de 8 h 30 à 17 h, au téléphone ou par courriel.</p><p>Direction de la voirie, 1 place de la Mairie, 59000 Lille.</p></div>`),
		typ:  non, reason: newsv1.NonArticleReason_NON_ARTICLE_REASON_APP_INTERSTITIAL,
	}}
	runKindCases(t, tests)
}

// TestWallBesideNextStory checks that the next story of an endless page
// (an <article> of its own under its headline, three paragraphs long)
// beside a wall in the story's place leaves the page a non-article.
func TestWallBesideNextStory(t *testing.T) {
	login := `<div><p>Log in to read this story.</p><form action="/login" method="post"><input type="email" name="email"><input type="password" name="pw"><button>Log in</button></form></div>`
	next := `<div><div>Next story</div><article><h2>Storm closes schools across the county for two days</h2>` +
		`<p>Classes are cancelled on Thursday and Friday in all twelve towns of the county because of the risk of flooding, the council said.</p>` +
		`<p>The education office will inspect the buildings on Monday before they reopen, and buses will run to the usual timetable again.</p>` +
		`<p>Parents can collect the homework packs from the town halls on Wednesday afternoon, the head teachers said in a joint letter.</p></article></div>`
	bare := strings.TrimSuffix(strings.TrimPrefix(next, `<div><div>Next story</div>`), `</div>`)
	for _, after := range []string{next, bare} {
		a := mustExtract(t, []byte(slotPage("en", "Budget deal agreed", login, after)), Input{URL: "https://news.test/story"})
		wantKind(t, a, newsv1.PageType_PAGE_TYPE_NON_ARTICLE, newsv1.NonArticleReason_NON_ARTICLE_REASON_LOGIN_WALL, false)
	}
}
