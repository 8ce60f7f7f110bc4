package extract

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// devPage is one page of the development set in testdata/devset: the layout
// of the article-extraction benchmark (ground-truth.json and html/<id>.html,
// so `newsflow bench extract DIR` scores it too), plus the page type and the
// boilerplate strings that must not reach the text.
type devPage struct {
	ArticleBody    string   `json:"articleBody"`
	URL            string   `json:"url"`
	PageType       string   `json:"pageType"`
	MustNotContain []string `json:"mustNotContain"`
	// MustContain are passages a reader needs kept (a one-line first or
	// last paragraph, a list item, a table row, a quote): blind batch 6.
	MustContain []string `json:"mustContain"`
	// NonArticleReason is a non-article's reason without its prefix
	// ("CONSENT_WALL") and Paywalled the flag of an article behind a
	// paywall, where the truth gives them: blind batch 8.
	NonArticleReason string `json:"nonArticleReason"`
	Paywalled        *bool  `json:"paywalled"`
}

// TestDevset scores every page of the multilingual development set with the
// benchmark's metric (4-gram shingles) and requires F1 ≥ 0.95, the right page
// type and no boilerplate string in the text. tune/ holds the pages the
// rules were tuned on; heldout/ the layouts written first and not looked
// at while tuning (run `go test -run 'TestDevset/tune' -v` while tuning);
// blind/tune the tune half of the pages written for issue 16 (its held-out
// half has a test of its own, TestDevsetBlindHeldout).
func TestDevset(t *testing.T) {
	for _, part := range []string{"tune", "heldout", "blind/tune"} {
		t.Run(part, func(t *testing.T) {
			dir := filepath.Join("testdata", "devset", part)
			gt, ids := loadDevPart(t, dir)
			var sumP, sumR float64
			scored := 0
			for _, id := range ids {
				pg := gt[id]
				text, p, r, typeErr := scoreDevPage(t, dir, id, pg)
				if typeErr != "" {
					t.Error(typeErr)
				}
				sumP, sumR, scored = sumP+p, sumR+r, scored+1
				f1 := harmonic(p, r)
				if f1 < 0.95 {
					t.Errorf("%s: F1 %.3f (P %.3f R %.3f), want ≥ 0.95; text:\n%s", id, f1, p, r, text)
				}
				low := strings.ToLower(normalize(text))
				for _, s := range pg.MustNotContain {
					if strings.Contains(low, strings.ToLower(normalize(s))) {
						t.Errorf("%s: boilerplate %q leaked into the text", id, s)
					}
				}
				for _, s := range pg.MustContain {
					if !strings.Contains(low, strings.ToLower(normalize(s))) {
						t.Errorf("%s: %q missing from the text", id, s)
					}
				}
			}
			n := float64(scored)
			t.Logf("%s: %d pages, P %.3f R %.3f F1 %.3f", part, scored, sumP/n, sumR/n, harmonic(sumP/n, sumR/n))
			// The same pages rebuilt the ways other sites build them must
			// score as well: the rules may not hang on one page's markup.
			for _, v := range layoutVariants {
				for _, id := range ids {
					pg := gt[id]
					body, err := os.ReadFile(filepath.Join(dir, "html", id+".html"))
					if err != nil {
						t.Fatal(err)
					}
					a, err := HTML([]byte(v.rebuild(string(body))), Input{URL: pg.URL})
					if err != nil {
						t.Fatalf("%s %s: %v", v.name, id, err)
					}
					p, r := shinglePR(pg.ArticleBody, strings.Join(a.GetParagraphs(), "\n\n"))
					if f1 := harmonic(p, r); f1 < 0.95 {
						t.Errorf("%s rebuilt with %s: F1 %.3f (P %.3f R %.3f), want ≥ 0.95", id, v.name, f1, p, r)
					}
					// The page type (and reason and paywall flag) must not
					// hang on the markup either.
					if e := pageTypeError(id, a, pg); e != "" {
						t.Errorf("rebuilt with %s: %s", v.name, e)
					}
				}
			}
		})
	}
}

// loadDevPart reads the ground truth of one part of the development set
// and returns it with its page ids in order; a part needs five pages.
func loadDevPart(t *testing.T, dir string) (map[string]devPage, []string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gt map[string]devPage
	if err := json.Unmarshal(b, &gt); err != nil {
		t.Fatal(err)
	}
	ids := make([]string, 0, len(gt))
	for id := range gt {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	if len(ids) < 5 {
		t.Fatalf("%s holds %d pages, want at least 5", dir, len(ids))
	}
	return gt, ids
}

// scoreDevPage extracts page id of a development-set part in dir, logs and
// returns its precision and recall against pg's ground truth, and says
// what is wrong with its page type ("" when it is right).
func scoreDevPage(t *testing.T, dir, id string, pg devPage) (text string, p, r float64, typeErr string) {
	t.Helper()
	body, err := os.ReadFile(filepath.Join(dir, "html", id+".html"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := HTML(body, Input{URL: pg.URL})
	if err != nil {
		t.Fatalf("%s: %v", id, err)
	}
	text = strings.Join(a.GetParagraphs(), "\n\n")
	p, r = shinglePR(pg.ArticleBody, text)
	t.Logf("%-28s P %.3f R %.3f F1 %.3f", id, p, r, harmonic(p, r))
	typeErr = pageTypeError(id, a, pg)
	return text, p, r, typeErr
}

// pageTypeError says what is wrong with the page type of a, extracted from
// page id, against pg's truth: the type, the non-article's reason and the
// paywall flag where the truth gives them ("" when all are right).
func pageTypeError(id string, a *newsv1.Article, pg devPage) string {
	got := strings.ToLower(strings.TrimPrefix(a.GetPageType().String(), "PAGE_TYPE_"))
	reason := strings.TrimPrefix(a.GetNonArticleReason().String(), "NON_ARTICLE_REASON_")
	switch {
	case got != pg.PageType:
		return fmt.Sprintf("%s: page type %s (%s), want %s", id, got, reason, pg.PageType)
	case pg.NonArticleReason != "" && reason != pg.NonArticleReason:
		return fmt.Sprintf("%s: non-article reason %s, want %s", id, reason, pg.NonArticleReason)
	case pg.Paywalled != nil && a.GetPaywalled() != *pg.Paywalled:
		return fmt.Sprintf("%s: paywalled %v, want %v", id, a.GetPaywalled(), *pg.Paywalled)
	}
	return ""
}

var (
	openP  = regexp.MustCompile(`<p(\s[^>]*)?>`)
	closeP = regexp.MustCompile(`</p>`)
)

// layoutVariants rebuild a page the ways other sites lay out the same
// story: paragraphs as <div>s, every paragraph wrapped in two layout
// <div>s, an ad slot after every second paragraph.
var layoutVariants = []struct {
	name    string
	rebuild func(string) string
}{
	{"div paragraphs", func(h string) string {
		return closeP.ReplaceAllString(openP.ReplaceAllString(h, "<div$1>"), "</div>")
	}},
	{"wrapped paragraphs", func(h string) string {
		h = openP.ReplaceAllString(h, `<div class="block-group"><div class="inner-container"><p$1>`)
		return closeP.ReplaceAllString(h, "</p></div></div>")
	}},
	{"ad slots", func(h string) string {
		k := 0
		return closeP.ReplaceAllStringFunc(h, func(m string) string {
			k++
			if k%2 == 1 {
				return m
			}
			return m + `<div class="ad-container"><div class="adslot"></div><span class="label">Anzeige</span></div>`
		})
	}},
}

// shinglePR is the per-page precision and recall of the article-extraction
// benchmark: \w+ tokens, multisets of 4-gram shingles (one shingle for a
// text of one to three tokens), both 1 when the texts agree.
func shinglePR(truth, pred string) (p, r float64) {
	ts, ps := shingles4(truth), shingles4(pred)
	var tp, fp, fn float64
	for k, tc := range ts {
		pc := ps[k]
		tp += float64(min(tc, pc))
		fn += float64(max(0, tc-pc))
		fp += float64(max(0, pc-tc))
	}
	for k, pc := range ps {
		if _, ok := ts[k]; !ok {
			fp += float64(pc)
		}
	}
	if fp == 0 && fn == 0 {
		return 1, 1
	}
	if tp+fp > 0 {
		p = tp / (tp + fp)
	}
	if tp+fn > 0 {
		r = tp / (tp + fn)
	}
	return p, r
}

func shingles4(s string) map[string]int {
	toks := strings.FieldsFunc(s, func(r rune) bool { return r != '_' && !unicode.IsLetter(r) && !unicode.IsNumber(r) })
	m := map[string]int{}
	if len(toks) == 0 {
		return m
	}
	if len(toks) < 4 {
		m[strings.Join(toks, "\x00")]++
		return m
	}
	for i := 0; i+4 <= len(toks); i++ {
		m[strings.Join(toks[i:i+4], "\x00")]++
	}
	return m
}

func harmonic(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Bars of the blind held-out pages (testdata/devset/blind/heldout), which
// were written before the rules that followed them and never read while
// tuning: they do not meet TestDevset's bar, and this test holds each
// batch to the one it meets, so that a change can only make them better.
// Batches 1 and 2 (9 pages; 1.7.0: mean F1 0.948, worst page 0.832, 13
// boilerplate strings; 1.8.0: 0.958, 0.888, 9); batch 3 (4 pages, written
// after 1.7.0, scored once with 1.8.0: mean F1 0.833, worst page 0.573, 4
// boilerplate strings). Every page type right. The bars of batches 1 and 2
// stay where they were: the third batch's held-out pages do not meet a
// higher one.
var blindHeldoutBars = []struct {
	name string
	// pages are the batch's held-out pages; nil for batches 1-2, which
	// hold every page no other batch names.
	pages     map[string]bool
	minF1     float64
	minPageF1 float64
	maxLeaks  int
	// maxWrongTypes is the number of pages whose page type (or reason,
	// or paywall flag) may be wrong: counted, never named, so that a
	// batch's held-out pages stay unread while tuning.
	maxWrongTypes int
	// maxMissing is the number of passages a reader needs (mustContain)
	// that may be missing, counted, never named; zero for the batches
	// whose held-out pages kept every one (each missing one is an error).
	maxMissing int
}{
	{"batches 1-2", nil, 0.94, 0.80, 13, 0, 0},
	{"batch 3", blindBatch3Heldout, 0.89, 0.55, 0, 0, 0},
	{"batch 4", blindBatch4Heldout, 0.96, 0.90, 4, 0, 0},
	{"batch 5", blindBatch5Heldout, 0.99, 0.95, 0, 0, 0},
	{"batch 6", blindBatch6Heldout, 0.98, 0.90, 2, 0, 0},
	{"batch 7", blindBatch7Heldout, 0.99, 0.95, 0, 0, 0},
	{"batch 8", blindBatch8Heldout, 0.80, 0, 1, 0, 0},
	{"batch 9", blindBatch9Heldout, 0.95, 0.90, 0, 1, 0},
	{"batch 10", blindBatch10Heldout, 0.89, 0.59, 2, 0, 2},
	{"batch 11", blindBatch11Heldout, 0.91, 0.62, 8, 0, 1},
	{"batch 12", blindBatch12Heldout, 0.98, 0.91, 0, 0, 0},
	{"batch 13", blindBatch13Heldout, 0.95, 0.82, 9, 0, 0},
	{"batch 14", blindBatch14Heldout, 0.99, 0.97, 1, 0, 0},
	{"batch 16", blindBatch16Heldout, 0.98, 0.90, 4, 0, 1},
	{"batch 17", blindBatch17Heldout, 0.96, 0.81, 1, 0, 4},
}

// blindBatch17Heldout are the held-out pages of the seventeenth batch
// (pages_batch17.py, parts assigned when written), written after 1.24.0:
// page kinds no earlier batch had (a fact-check with a verdict box, an
// obituary, a product announcement with a spec list, a numbered
// listicle, an interview transcript with speaker labels, a podcast page
// with a timestamped transcript, a council's minutes, an obituary, a
// timeline on an AMP page, a product announcement with a spec table, an
// annual report page on a site builder, a photo essay on a Hugo blog).
// First look with 1.24.0 (bench scoring): mean P 0.981 R 0.958 F1 0.969,
// worst page 0.815, 1 boilerplate string, 37 of 41 passages a reader
// needs kept, every page type right (go-trafilatura 0.959 / 0.973 /
// 0.966, go-readability 0.916 / 0.962 / 0.939): the bar above.
var blindBatch17Heldout = map[string]bool{
	"de-faktencheck-urteil": true, "de-nachruf": true, "de-produkt-neuheit": true, "de-liste-ausflugsziele": true,
	"de-interview-sprecher": true, "en-podcast-transcript": true, "fr-conseil-municipal": true, "es-obituario": true,
	"ru-khronika-amp": true, "it-prodotto-scheda": true, "pl-raport-roczny": true, "nl-hugo-fotoessay": true,
}

// blindBatch16Heldout are the pages of the sixteenth batch
// (pages_batch16.py), all held out: the test of extract45's second
// opinion for recall, so no rule comes from them. Written after 1.23.0
// with the fifteenth batch's rules: a parish letter, a town's press
// release with a contact box, a trade union's page, a university's news,
// a club's match report, a local story with an info box and a gallery, a
// blog post with comments and a tag cloud, a party's position page, a
// SaaS blog with a CTA box, a think tank's report page, a French regional
// story with "À lire aussi" lines, a science long-read with notes, a
// Spanish column with an author bio, a Russian wire with a subscribe box,
// an Italian travel post with a route table, a Dutch association's news
// in <br> paragraphs. First look with main after review10 (bench
// scoring): mean P 0.981 R 0.979 F1 0.980, worst page 0.907, 4
// boilerplate strings, 38 of 39 passages a reader needs kept, every page
// type right (go-trafilatura 0.911, go-readability 0.914): the bar above.
var blindBatch16Heldout = map[string]bool{
	"de-pfarrbrief-advent": true, "de-pm-stadt-kontakt": true, "de-gewerkschaft-warnstreik": true, "de-uni-forschung": true,
	"de-verein-handball": true, "de-lokal-info-galerie": true, "de-blog-garten-kommentare": true, "de-partei-wohnen": true,
	"en-saas-blog-cta": true, "en-thinktank-report": true, "fr-regional-alire": true, "fr-science-notes": true,
	"es-columna-opinion": true, "ru-agentstvo-podpiska": true, "it-blog-viaggio-tappe": true, "nl-imkers-verslag": true,
}

// blindBatch14Heldout are the held-out pages of the fourteenth batch
// (pages_batch14.py, every third page in the order written), written after
// 1.22.0: a news story ending in a correction, an association's
// invitation with dates and its own contact paragraph, a review with pros,
// cons and a verdict box, a feature with a background box, a how-to of
// numbered page-builder records with a tip box, an interview with bold
// questions and a box about the interviewee. First look with 1.22.0
// (bench scoring): mean P 0.971 R 0.976 F1 0.973, worst page 0.862, 1
// boilerplate string, 14 of 14 passages a reader needs kept, every page
// type right. Scored once after the batch's rules: mean P 0.995 R 0.995
// F1 0.995, worst page 0.976, 1 boilerplate string, 14 of 14 kept, every
// page type right (one text changed, by the badge-number rule): the bar
// above.
var blindBatch14Heldout = map[string]bool{
	"de-korrektur-nachtrag": true, "de-verein-termine": true, "fr-test-avis": true, "es-reportaje-contexto": true, "ru-howto-sovet": true, "de-interview-fett": true,
}

// blindBatch13Heldout are the held-out pages of the thirteenth batch
// (pages_batch13.py, every third page in the order written), written after
// 1.17.0: news pages of the L3S-GN1 era (a sports brief on a table layout,
// a paged story with a tab box, a Blogger post with a share row and
// comments, an AP story on a small daily's site, an AFP-like dispatch in
// a <td>, a Spanish daily's story with comments). First look with 1.17.0
// (bench scoring): mean P 0.908 R 1.000 F1 0.952, worst page 0.829, 9
// boilerplate strings, 6 of 6 passages a reader needs kept, every page
// type right: the bar above.
var blindBatch13Heldout = map[string]bool{
	"en-table-sports-brief": true, "en-cms-paged-story": true, "en-blogger-comments": true, "en-ap-newspaper-site": true, "fr-tableaux-depeche": true, "es-diario-comentarios": true,
}

// blindBatch11Heldout are the held-out pages of the eleventh batch
// (pages_batch11.py, every third page in the order written), written after
// 1.15.0: a recipe card with scale and unit buttons and notes, an
// SMF-like forum post with quick buttons and a signature, a story over
// Divi text modules, a Q&A page of <article class="post type-…">, a tram
// disruption notice, a utility's FAQ with a contact box. First look with
// 1.15.0 (bench scoring): mean P 0.918 R 0.914 F1 0.916, worst page
// 0.626, 8 boilerplate strings, 10 of 11 passages a reader needs kept,
// every page type right: the bar above.
var blindBatch11Heldout = map[string]bool{
	"de-rezept-portionen": true, "ru-smf-thread": true, "it-divi-moduli": true, "es-qa-post-type": true, "pl-utrudnienia-tramwaj": true, "es-faq-distribuidora": true,
}

// blindBatch12Heldout are the held-out pages of the twelfth batch
// (pages_batch12.py, every third page in the order written), written after
// 1.15.0: a club's news in <br><br> paragraphs with a table, an interview
// of bold questions, a French feature with a box, a Dutch association's
// news with an author box, a foundation's project page in two columns.
// First look with 1.15.0 (bench scoring): mean P 0.993 R 0.974 F1 0.983,
// worst page 0.915, no boilerplate string, 18 of 18 passages a reader
// needs kept, every page type right: the bar above.
var blindBatch12Heldout = map[string]bool{
	"de-verein-brbr": true, "de-interview-bold": true, "fr-magazine-encadre": true, "nl-vereniging-nieuws": true, "de-stiftung-projekt": true,
}

// blindBatch10Heldout are the held-out pages of the tenth batch
// (pages_batch10.py, every third page in the order written), written after
// 1.14.0: a phpBB-like forum post with a "Citer" button row, a Q&A page
// whose question and answers share the class "post", a story over Drupal
// paragraphs of differing types, a recipe card with a head, a nutrition
// line and a call to action. First look with 1.14.0 (bench scoring): mean
// P 0.942 R 0.850 F1 0.894, worst page 0.593, 2 boilerplate strings, 5 of
// 7 passages a reader needs kept, every page type right: the bar above.
var blindBatch10Heldout = map[string]bool{
	"fr-forum-citer": true, "ru-qa-post-classes": true, "pl-drupal-paragraphs": true, "en-recipe-card-cta": true,
}

// blindBatch9Heldout are the held-out pages of the ninth batch
// (pages_batch9.py, every third page in the order written), written after
// 1.12.0: paywalls and offers (a registration wall with a teaser, a hard
// paywall stub with plan cards and a sign-in form, a metered paywall with
// a lede of two paragraphs, a story with a membership box in the middle, a
// story about gym prices). First look with 1.12.0: mean F1 1.000, no
// boilerplate string, one page of the wrong type: the bar above.
var blindBatch9Heldout = map[string]bool{
	"es-registro-teaser": true, "pt-assinatura-stub": true, "ru-metered-lede": true, "fr-adhesion-milieu": true, "en-gym-prices": true,
}

// blindBatch7Heldout are the held-out pages of the seventh batch
// (pages_batch7.py, every third page in the order written), written after
// 1.11.0: an insurer's FAQ, a vBulletin-like thread, a Q&A page with two
// answers, a column with reader comments and a blog post with code; first
// look with 1.11.0: mean F1 0.937, 5 boilerplate strings; scored once with
// 1.12.0: 0.978, worst page 0.900 (the insurer's FAQ keeps its contact
// teaser), 2 boilerplate strings; scored once with 1.15.0: every page
// 1.000, no boilerplate string (two pages' texts changed with the tenth
// batch's rules, the insurer's FAQ among them): the bar above.
var blindBatch7Heldout = map[string]bool{
	"de-faq-krankenkasse": true, "ru-forum-vbulletin": true, "es-qa-respuesta": true, "de-magazin-leserkommentare": true, "pl-blog-kod": true,
}

// blindBatch8Heldout are the held-out pages of the eighth batch
// (pages_batch8.py, every third page in the order written), written after
// 1.11.0: page types (a hard paywall stub, an error page in full chrome,
// an age gate, an author page, a video page, a short story). First look
// with 1.11.0: page type right on 4 of 6, mean F1 0.833, one boilerplate
// string. Scored once with 1.12.0: 5 of 6 (the "Ошибка 404" page in full
// chrome is now an error page, not a listing), the same texts; the hard
// paywall stub is taken for a paywalled article whose text is its
// subtitle and offer (F1 0, one boilerplate string): the bar above.
var blindBatch8Heldout = map[string]bool{
	"es-muro-pago": true, "ru-oshibka-404": true, "pl-bramka-wieku": true, "fr-page-auteur": true, "pt-video-descricao": true, "ru-korotkaya-novost": true,
}

// blindBatch6Heldout are the held-out pages of the sixth batch
// (pages_batch6.py, every third page in the order written), written after
// 1.10.0: blogs, an FAQ, a forum answer and an association's campaign
// page; first look with 1.10.0: mean F1 0.946, worst page 0.802, 6
// boilerplate strings; scored once with 1.11.0: the same texts (the
// dateline rule changed none of them); scored with 1.16.0: one page's
// text changed with the eleventh batch's rules (bench scoring: mean F1
// 0.982, worst page 0.905, 2 boilerplate strings): the bar above.
var blindBatch6Heldout = map[string]bool{
	"fr-blog-perso": true, "de-faq-stadtwerke": true, "ru-forum-otvet": true, "de-ngo-aktion": true, "en-jekyll-til": true,
}

// blindBatch5Heldout are the held-out pages of the fifth batch
// (pages_batch5.py, every third page in the order written), written after
// 1.9.0; first look with 1.9.0: mean F1 0.980, worst page 0.891, 3
// boilerplate strings; scored once with 1.10.0: every page 1.000, none.
// With 1.10.0 batch 4 meets mean F1 0.971, worst page 0.901, 4
// boilerplate strings, and batch 3 0.897, 0.573, none: the bars above are
// what each batch meets with 1.10.0 (batches 1-2 keep theirs).
var blindBatch5Heldout = map[string]bool{
	"es-nota-breve-contacto": true, "it-comunicato-elementi": true, "fr-agenda-evenement": true, "pl-wiadomosci-data": true, "en-consent-wall": true,
}

// blindBatch4Heldout are the held-out pages of the fourth batch
// (pages_batch4.py), written after 1.8.1; first look with 1.8.1: mean F1
// 0.902, worst page 0.852, 10 boilerplate strings; scored once with 1.9.0:
// 0.943, 0.854, 7. Batch 3 with 1.9.0: 0.886, worst page 0.573, 1
// boilerplate string; the bars below are what each batch meets with
// 1.9.0.
var blindBatch4Heldout = map[string]bool{
	"de-pressemitteilung-elemente": true, "es-resultados-carrera": true, "en-recipe-card": true, "ru-press-kontakty": true, "fr-actu-locale": true,
}

// blindBatch3Heldout are the held-out pages of the third batch
// (pages_batch3.py).
var blindBatch3Heldout = map[string]bool{
	"de-bahn-ersatzverkehr": true, "fr-recette-blog": true, "ru-press-olimpiada": true, "en-club-newsletter": true,
}

// TestDevsetBlindHeldout scores the blind held-out pages against the bars
// above.
func TestDevsetBlindHeldout(t *testing.T) {
	dir := filepath.Join("testdata", "devset", "blind", "heldout")
	gt, ids := loadDevPart(t, dir)
	type sums struct {
		p, r  float64
		n     int
		leaks int
		wrong int
		miss  int
	}
	got := make([]sums, len(blindHeldoutBars))
	for _, id := range ids {
		pg := gt[id]
		bar := 0
		for i, b := range blindHeldoutBars {
			if b.pages[id] {
				bar = i
			}
		}
		text, p, r, typeErr := scoreDevPage(t, dir, id, pg)
		if typeErr != "" {
			if blindHeldoutBars[bar].maxWrongTypes == 0 {
				t.Error(typeErr)
			}
			got[bar].wrong++
		}
		got[bar].p, got[bar].r, got[bar].n = got[bar].p+p, got[bar].r+r, got[bar].n+1
		f1 := harmonic(p, r)
		if min := blindHeldoutBars[bar].minPageF1; f1 < min {
			t.Errorf("%s: F1 %.3f (P %.3f R %.3f), want ≥ %.2f; text:\n%s", id, f1, p, r, min, text)
		}
		low := strings.ToLower(normalize(text))
		for _, s := range pg.MustNotContain {
			if strings.Contains(low, strings.ToLower(normalize(s))) {
				got[bar].leaks++
				t.Logf("%s: boilerplate %q in the text", id, s)
			}
		}
		// Batch 6 kept every passage a reader needs at its first look.
		for _, s := range pg.MustContain {
			if !strings.Contains(low, strings.ToLower(normalize(s))) {
				got[bar].miss++
				if blindHeldoutBars[bar].maxMissing == 0 {
					t.Errorf("%s: %q missing from the text", id, s)
				}
			}
		}
	}
	for i, b := range blindHeldoutBars {
		g := got[i]
		if g.n == 0 {
			t.Fatalf("blind/heldout %s: no pages", b.name)
		}
		n := float64(g.n)
		f1 := harmonic(g.p/n, g.r/n)
		t.Logf("blind/heldout %s: %d pages, P %.3f R %.3f F1 %.3f, %d boilerplate strings in the text, %d of the wrong type, %d passages missing", b.name, g.n, g.p/n, g.r/n, f1, g.leaks, g.wrong, g.miss)
		if f1 < b.minF1 {
			t.Errorf("%s: mean F1 %.3f, want ≥ %.2f", b.name, f1, b.minF1)
		}
		if g.wrong > b.maxWrongTypes {
			t.Errorf("%s: %d pages of the wrong type, want at most %d", b.name, g.wrong, b.maxWrongTypes)
		}
		if g.miss > b.maxMissing {
			t.Errorf("%s: %d passages a reader needs missing, want at most %d", b.name, g.miss, b.maxMissing)
		}
		if g.leaks > b.maxLeaks {
			t.Errorf("%s: %d boilerplate strings in the text, want at most %d", b.name, g.leaks, b.maxLeaks)
		}
	}
}
