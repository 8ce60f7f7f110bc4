package extract

import (
	"strings"
	"testing"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// TestQAStubKeepsQuestion checks a Q&A page cut to a paywall stub: the
// question's card (its text block, the asker, buttons), a count line of
// the answers, and the first answer's text block of the question's class
// up to the offer. The page is a paywalled article of the question and the
// visible answer (each fails without stubQuestionRoots: a PAYWALL
// non-article, both lost). Guard (passes before and after): the same page
// with a statement instead of a question stays the non-article it was.
func TestQAStubKeepsQuestion(t *testing.T) {
	for _, tc := range []struct {
		lang, title, question, count, answer, offer string
	}{
		{
			"de", "Darf die Hausverwaltung die Heizkosten vorab anheben?", "Unsere Hausverwaltung will die monatlichen Heizkosten ab Januar um 60 Euro anheben, obwohl noch keine Abrechnung vorliegt. Ist das zulässig?", "3 Antworten",
			"Nur eingeschränkt. Eine Anpassung der Vorauszahlung setzt grundsätzlich eine ordnungsgemäße Abrechnung voraus, und der höhere Betrag muss sich aus dieser Abrechnung ergeben (§ 560 BGB).",
			stubOffer("Jetzt abonnieren", "Digital", "7,99 € im Monat", "Digital und Zeitung", "19,99 € im Monat", "Auswählen", "Schon Abonnent?", "Anmelden"),
		},
		{
			"en", "Can my landlord raise the service charge before the bill?", "Our landlord wants to raise the monthly service charge by forty pounds from January, although no annual statement has been sent yet. Is that allowed?", "4 answers",
			"Only in part. A higher advance payment normally needs a proper annual statement first, and the new amount has to follow from that statement.",
			stubOffer("Subscribe now", "Digital", "£7.99 a month", "Digital and print", "£19.99 a month", "Choose", "Already a subscriber?", "Sign in"),
		},
		{
			"fr", "Le bailleur peut-il augmenter les charges avant le décompte ?", "Notre bailleur veut augmenter les charges mensuelles de cinquante euros dès janvier, alors qu'aucun décompte annuel n'a encore été envoyé. Est-ce permis ?", "2 réponses",
			"Pas vraiment. Une hausse des provisions suppose en principe un décompte annuel en bonne et due forme, dont le nouveau montant doit découler.",
			stubOffer("Abonnez-vous", "Numérique", "7,99 € par mois", "Intégral", "19,99 € par mois", "Choisir", "Déjà abonné ?", "Se connecter"),
		},
		{
			"es", "¿Puede el casero subir los gastos antes de la liquidación?", "Nuestro casero quiere subir los gastos mensuales cincuenta euros a partir de enero, aunque todavía no ha enviado ninguna liquidación anual. ¿Está permitido?", "3 respuestas",
			"Solo en parte. Un aumento de los pagos a cuenta exige en principio una liquidación anual correcta, de la que debe resultar el nuevo importe.",
			stubOffer("Suscríbete", "Digital", "7,99 € al mes", "Digital y papel", "19,99 € al mes", "Elegir", "¿Ya eres suscriptor?", "Inicia sesión"),
		},
	} {
		page := func(question string) string {
			// The blind tune page de-frage-antworten's layout, cut as the
			// page-type harness cuts a story after two paragraphs.
			return `<!DOCTYPE html><html lang="` + tc.lang + `"><head><meta charset="utf-8"/><title>` + tc.title + ` | Mietrat</title></head><body>` +
				`<header class="Header"><a class="Logo" href="/">Mietrat</a><form class="Search"><input placeholder="?"/></form><a class="AskButton" href="/ask">?</a></header>` +
				`<main class="Page"><div class="Question"><div class="Topics"><a href="/t/rent">#1</a> <a href="/t/costs">#2</a></div>` +
				`<h1 class="QuestionTitle">` + tc.title + `</h1>` +
				`<div class="QuestionCard"><div class="ContentBody"><p>` + question + `</p></div><div class="UserCard"><a href="/u/ana">ana_k</a> <span class="Date">4h</span></div>` +
				`<div class="Actions"><button class="Helpful">+ <span class="Count">3</span></button> <button>Share</button></div></div></div>` +
				`<div class="AnswerCount">` + tc.count + `</div>` +
				`<div class="AnswerCard BestAnswer"><div class="BestAnswerLabel">★</div><div class="ContentBody"><p>` + tc.answer + `</p>` +
				`<div class="paywall">` + tc.offer + `</div></div></div></main>` +
				`<footer class="Footer">Mietrat · <a href="/agb">AGB</a></footer></body></html>`
		}
		a, err := HTML([]byte(page(tc.question)), Input{URL: "https://mietrat.test/q/1"})
		if err != nil {
			t.Fatal(err)
		}
		if a.GetPageType() != newsv1.PageType_PAGE_TYPE_ARTICLE || !a.GetPaywalled() {
			t.Errorf("%s: %s %s paywalled=%v, want a paywalled article", tc.lang, a.GetPageType(), a.GetNonArticleReason(), a.GetPaywalled())
			continue
		}
		checkHas(t, tc.lang, strings.Join(a.GetParagraphs(), "\n\n"), []string{tc.question, tc.answer}, nil)
		// Guard: a first block that asks nothing is no question.
		statement := strings.NewReplacer("?", ".", "¿", "").Replace(tc.question)
		a, err = HTML([]byte(page(statement)), Input{URL: "https://mietrat.test/q/1"})
		if err != nil {
			t.Fatal(err)
		}
		if a.GetPageType() != newsv1.PageType_PAGE_TYPE_NON_ARTICLE {
			t.Errorf("%s guard, a statement: %s, want the non-article it was", tc.lang, a.GetPageType())
		}
	}
}
