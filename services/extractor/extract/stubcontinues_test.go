package extract

import (
	"testing"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// TestStubLikeDatedBrief checks a paywall stub laid out exactly like the
// dated brief of TestBriefBesideOfferColumn (the headline's column with a
// date and one complete sentence, an offer column beside it, no metadata
// that says the story is not free) whose offer calls to read the rest of
// the story: it is a PAYWALL non-article, as the page says (each fails
// without offerReadsOn: an article of one sentence). The brief beside an
// offer that sells the publication stays an article
// (TestBriefBesideOfferColumn, before and after).
func TestStubLikeDatedBrief(t *testing.T) {
	const url = "https://courier.test/news/2026/12/03/bridge/"
	readOn := map[string]string{
		"en": "Subscribe to keep reading",
		"de": "Jetzt abonnieren und weiterlesen",
		"fr": "Abonnez-vous pour lire la suite",
		"es": "Suscríbete para seguir leyendo",
		"it": "Abbonati per continuare a leggere",
	}
	for _, l := range briefOfferLangs {
		l.offerHead = readOn[l.lang]
		head := `<h1>` + l.headline + `</h1><time datetime="2026-12-03T08:15:00+01:00">` + l.date + `</time>`
		a, err := HTML([]byte(l.page("", `<div class="r3a9"><div class="c1b2">`+head+`<p>`+l.sentence+`</p></div>`+l.offer()+`</div>`)), Input{URL: url})
		if err != nil {
			t.Fatal(err)
		}
		if a.GetPageType() != newsv1.PageType_PAGE_TYPE_NON_ARTICLE || a.GetNonArticleReason() != newsv1.NonArticleReason_NON_ARTICLE_REASON_PAYWALL {
			t.Errorf("%s: %s %s, want a PAYWALL non-article", l.lang, a.GetPageType(), a.GetNonArticleReason())
		}
	}
}

// TestReadOnLabels checks the call to read on against offers that sell
// the publication.
func TestReadOnLabels(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Subscribe to keep reading", true},
		{"Jetzt abonnieren und weiterlesen", true},
		{"Abonnez-vous pour lire la suite", true},
		{"Для продолжения чтения оформите подписку: продолжить чтение", true},
		{"Subscribe to the Courier", false},
		{"Jetzt Abo abschließen", false},
		{"Abonnez-vous", false},
		{"Suscríbete", false},
	} {
		doc := `<div><h2>` + tc.text + `</h2></div>`
		p := testPage(t, doc)
		if got := offerReadsOn(p.body); got != tc.want {
			t.Errorf("%q: %v, want %v", tc.text, got, tc.want)
		}
	}
}
