package extract

import (
	"strings"
	"testing"
)

// TestCardsNoticesAndControls checks the shapes of the fifth blind batch's
// tune pages: a card's heading that is the title's head before a comma,
// its times line with a French colon and a yield, its nutrition or
// specification line and its share line (named in French) go; a notice of
// affiliate links in a plain box above the story goes; a question with
// answer links ("Was this page helpful? Yes No") goes. Each case fails on
// extractor 1.9.0.
func TestCardsNoticesAndControls(t *testing.T) {
	const title = "Harbour bridge, the council's plan to reopen it in spring after the barge strike"
	for _, tc := range []struct {
		name    string
		extra   string
		want    []string
		wantNot []string
		// end puts extra after the story's last paragraph, start before its first.
		end, start bool
	}{
		{
			name:    "a card's heading that is the title's head before a comma goes",
			extra:   `<div class="card"><h2>Harbour bridge</h2><h3>What you need</h3><ul><li>A bus pass</li><li>A ferry ticket</li></ul></div>`,
			want:    []string{"A ferry ticket"},
			wantNot: []string{"Harbour bridge\n"},
			end:     true,
		},
		{
			name:    "a times line with a French colon and a yield goes",
			extra:   `<div class="fiche"><div class="infos"><span>Préparation : 15 min</span> <span>Cuisson : 30 min</span> <span>Pour 6 personnes</span></div><ul><li>1 kg de potiron</li><li>1 oignon</li></ul></div>`,
			want:    []string{"1 kg de potiron"},
			wantNot: []string{"Cuisson"},
			end:     true,
		},
		{
			name:    "a nutrition line goes, in any language",
			extra:   `<div class="fiche"><ul><li>1 kg de potiron</li><li>1 oignon</li></ul><div class="n1"><p>Calories : 180 kcal · Glucides : 19 g · Protéines : 4 g · Lipides : 9 g</p></div><p class="n2">Por dose: 520 kcal · Proteína: 38 g · Gordura: 27 g</p></div>`,
			want:    []string{"1 kg de potiron"},
			wantNot: []string{"kcal", "Proteína"},
			end:     true,
		},
		{
			name:    "a specification line goes",
			extra:   `<p class="specs">Suction: 4000 Pa · Battery: 150 min · Bin: 0.4 l · Weight: 3.1 kg</p>`,
			wantNot: []string{"4000 Pa"},
			end:     true,
		},
		{
			name:    "a card's share line named in French goes",
			extra:   `<p class="fiche-recette-partage">Vous avez testé cette recette ? Laissez une note et partagez votre photo sur <a href="https://social.test/x">le réseau</a> !</p>`,
			wantNot: []string{"Vous avez testé"},
			end:     true,
		},
		{
			name:    "an affiliate notice in a plain box above the story goes",
			extra:   `<div class="box"><p>When you buy through links on our site, we may earn an affiliate commission. Here's how it works.</p></div>`,
			wantNot: []string{"affiliate commission"},
			start:   true,
		},
		{
			name:    "a French affiliate notice in a plain box goes",
			extra:   `<div class="boite-info"><p>Cet article contient des liens affiliés : si vous achetez via ces liens, je touche une petite commission, sans surcoût pour vous.</p></div>`,
			wantNot: []string{"liens affiliés"},
			start:   true,
		},
		{
			name:    "a question with answer links goes",
			extra:   `<div class="feedback">Was this page helpful? <a href="/feedback/?r=yes">Yes</a> <a href="/feedback/?r=no">No</a></div>`,
			wantNot: []string{"Was this page helpful"},
			end:     true,
		},
		{
			name:  "a question that a linked sentence answers stays",
			extra: `<div class="q">Who pays for the repairs? <a href="/council/budget">The council's budget for 2027</a> sets aside four million pounds for the pier, most of it from reserves.</div>`,
			want:  []string{"Who pays for the repairs?"},
			end:   true,
		},
		{
			name:  "a sentence with quantities stays",
			extra: `<p>The new ferry weighs 12 t, carries 80 people and runs 14 h a day; its battery holds 900 kWh.</p>`,
			want:  []string{"carries 80 people"},
		},
	} {
		page := recallStory(tc.extra)
		switch {
		case tc.end:
			page = strings.Replace(recallStory(""), "</article>", tc.extra+"</article>", 1)
		case tc.start:
			page = strings.Replace(recallStory(""), "<p>The harbour bridge", `<div class="entry">`+tc.extra+"<p>The harbour bridge", 1)
			page = strings.Replace(page, "</article>", "</div></article>", 1)
		}
		page = strings.Replace(page, "<title>Harbour bridge to reopen in spring</title>", "<title>"+title+"</title>", 1)
		page = strings.Replace(page, "<h1>Harbour bridge to reopen in spring</h1>", "<h1>"+title+"</h1>", 1)
		checkStoryText(t, tc.name, page, tc.want, tc.wantNot, 0)
	}
}

// TestContactsAfterShortNotice checks that the contact lines after a
// notice of two short paragraphs go (1.9.0 wanted 80 words of story
// before them), and that a closing sentence with a phone number stays.
func TestContactsAfterShortNotice(t *testing.T) {
	page := func(body string) string {
		return `<html lang="de"><head><title>Schließzeit der Bibliothek</title></head><body><nav><a href="/">Start</a> <a href="/aktuelles/">Aktuelles</a> <a href="/studium/">Studium</a></nav>
<main><h1>Schließzeit der Bibliothek</h1><div class="meldung">` + body + `</div></main><footer><a href="/impressum/">Impressum</a></footer></body></html>`
	}
	story := `<p>Die Universitätsbibliothek ist vom 23. Dezember bis zum 1. Januar geschlossen. Ausgeliehene Medien werden automatisch bis zum 15. Januar verlängert.</p>
<p>Die Lesesäle der Teilbibliothek Medizin bleiben in dieser Zeit für Studierende mit Campuskarte geöffnet.</p>`
	contact := `<p>Ansprechpartnerin: Dr. Katrin Wolf<br>Telefon: 0561 804-2117<br>E-Mail: <a href="mailto:ausleihe@ub.test">ausleihe@ub.test</a></p>`
	for _, tc := range []struct {
		name          string
		body          string
		want, wantNot []string
	}{
		{"contact lines after a two-paragraph notice go", story + contact, []string{"Campuskarte geöffnet"}, []string{"0561 804-2117", "Ansprechpartnerin"}},
		{"a closing sentence that gives a phone number stays", story + `<p>Wer Fragen zur Verlängerung hat, erreicht die Ausleihe unter 0561 804-2117.</p>`, []string{"0561 804-2117"}, nil},
	} {
		text := extractText(t, tc.name, page(tc.body), "https://ub.test/meldung")
		checkHas(t, tc.name, text, tc.want, tc.wantNot)
	}
}
