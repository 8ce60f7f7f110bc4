package extract

import (
	"strings"
	"testing"
)

// TestTimesCardsAndContacts checks the shapes of the fourth blind batch's
// tune pages: a time or a day in a data table's cell is data, not a
// stamp; a card's star rating and line of times go; small print set above
// the story goes; a contact block that ends a release goes, label and all,
// while a story sentence that gives a phone number stays. Each case fails
// on extractor 1.8.1.
func TestTimesCardsAndContacts(t *testing.T) {
	for _, tc := range []struct {
		name    string
		extra   string
		want    []string
		wantNot []string
		// end puts extra after the story's last paragraph, start before its first.
		end, start bool
	}{
		{
			name:  "start times in a data table stay",
			extra: `<table><tr><th>Date</th><th>Ensemble</th><th>Start</th></tr><tr><td>Fri 15 January</td><td>Harbour Strings</td><td>19:30</td></tr><tr><td>Sat 6 February</td><td>Quay Jazz Trio</td><td>20:00</td></tr></table>`,
			want:  []string{"19:30", "20:00"},
		},
		{
			name:  "match days and finishing times in a data table stay, in <font> too",
			extra: `<table border="1"><tr><th>Day</th><th>Runner</th><th>Time</th></tr><tr><td><font size="2">05.12</font></td><td><font size="2">Tom Hendry</font></td><td><font size="2">33:41</font></td></tr><tr><td><font size="2">06.12</font></td><td><font size="2">Ellie Marsh</font></td><td><font size="2">36:02</font></td></tr></table>`,
			want:  []string{"05.12", "33:41", "06.12", "36:02"},
		},
		{
			name:    "a star rating, a line of times and the portions go, in any language",
			extra:   `<div class="karte"><div class="bew">★★★★★ 4,9 von 112 Bewertungen</div><div class="zt"><span>Vorbereitung: 10 Min.</span> <span>Gehzeit: 1 Std.</span></div><div class="pt">Prep Time: 10 minutes Cook Time: 35 minutes</div><div class="karte-portionen">Portionen: 4 Pizzen</div><h3>Ingredients</h3><ul><li>3 very ripe bananas</li><li>1 egg, beaten</li></ul></div>`,
			want:    []string{"3 very ripe bananas"},
			wantNot: []string{"Bewertungen", "Vorbereitung", "Cook Time", "Portionen"},
		},
		{
			name:    "small print set above the story goes",
			extra:   `<p class="hinweis"><small>*This post contains advertising links. If you buy through them I earn a small commission.</small></p>`,
			wantNot: []string{"advertising links"},
			start:   true,
		},
		{
			name:    "a contact block that ends the story goes",
			extra:   `<p><strong>Press contacts</strong></p><p>Harbour Agency – Claire Dubreuil<br>+33 4 72 00 11 22 – claire@agency.test</p><p><strong>Investors</strong></p><p>Marc Ferrand – +33 4 72 00 33 44</p>`,
			wantNot: []string{"Press contacts", "Claire Dubreuil", "Investors", "Marc Ferrand"},
			end:     true,
		},
		{
			name:    "a contact block followed by a line of downloads goes with it",
			extra:   `<p><strong>Media contact</strong></p><p>Sarah Whitcombe, Head of Communications<br>Tel: +44 113 496 0321</p><p><a href="/media/release.pdf">Download the release (PDF)</a> <a href="/media/photos.zip">Photos</a></p>`,
			wantNot: []string{"Media contact", "Sarah Whitcombe", "Download the release"},
			end:     true,
		},
		{
			name:  "a story's last sentence with a phone number stays",
			extra: `<p>Anyone who saw the barge strike the pier in August is asked to call the harbour police on 01632 960 123, quoting reference HB-2026-118.</p>`,
			want:  []string{"01632 960 123"},
			end:   true,
		},
	} {
		page := recallStory(tc.extra)
		switch {
		case tc.end:
			page = strings.Replace(recallStory(""), "</article>", tc.extra+"</article>", 1)
		case tc.start:
			// As themes set it: the headline above the story's box.
			page = strings.Replace(recallStory(""), "<p>The harbour bridge", `<div class="entry">`+tc.extra+"<p>The harbour bridge", 1)
			page = strings.Replace(page, "</article>", "</div></article>", 1)
		}
		checkStoryText(t, tc.name, page, tc.want, tc.wantNot, 0)
	}
}

// TestHeadingBlockBetweenContentBlocks checks that a subhead set in a
// content block of its own, between two blocks of the story, stays; one
// after the story's last block does not join. Fails on 1.8.1.
func TestHeadingBlockBetweenContentBlocks(t *testing.T) {
	item := func(h string) string {
		return `<div class="field__item"><div class="paragraph paragraph--text"><div class="text">` + h + `</div></div></div>`
	}
	page := `<html lang="en"><head><title>Harbour bridge to reopen in spring</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li></ul></nav>
<article><h1>Harbour bridge to reopen in spring</h1><div class="field field--items">` +
		item(`<p>The harbour bridge, closed since a barge struck one of its piers in August, will reopen to traffic in April, the county council said on Tuesday.</p><p>Engineers found that the damaged pier could be repaired rather than rebuilt, which saved about four months and several million pounds.</p>`) +
		item(`<h2>The projects by ward</h2>`) +
		item(`<p>Until then, buses will keep running over the old swing bridge, and the ferry will carry cyclists and pedestrians every fifteen minutes during the day.</p><p>Traders on the north quay welcomed the news but asked the council for help with their rents.</p>`) +
		`</div><div class="after"><h2>Newsletter</h2></div></article></body></html>`
	a, err := HTML([]byte(page), Input{URL: "https://gazette.test/local/bridge"})
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(a.GetParagraphs(), "\n\n")
	for _, s := range []string{"The harbour bridge, closed since", "The projects by ward", "help with their rents"} {
		if !strings.Contains(text, s) {
			t.Errorf("%q missing from the text:\n%s", s, text)
		}
	}
	if strings.Contains(text, "Newsletter") {
		t.Errorf("a heading after the story joined it:\n%s", text)
	}
}

// TestElementsOfDifferingDepth checks a story over sibling content
// elements whose wrappers differ: the first text element set three levels
// deeper (a grid row and column), an image element and a quote element
// between it and the next, and a closing element of one short sentence.
// The caption stays out. Fails on 1.9.0.
func TestElementsOfDifferingDepth(t *testing.T) {
	page := `<html lang="en"><head><title>Harbour bridge to reopen in spring</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li></ul></nav>
<main><div class="news"><h1>Harbour bridge to reopen in spring</h1><div class="date">04.12.2026</div>
<div class="container"><div class="row"><div class="col"><div id="c1" class="frame frame-text"><div class="body"><p>The harbour bridge, closed since a barge struck one of its piers in August, will reopen to traffic in April, the county council said on Tuesday.</p><p>Engineers found that the damaged pier could be repaired rather than rebuilt, which saved about four months and several million pounds.</p></div></div></div></div></div>
<div id="c2" class="frame frame-image"><figure><img src="/b.jpg" alt=""><figcaption>The bridge seen from the north quay. Photo: council</figcaption></figure></div>
<div id="c3" class="frame frame-quote"><div class="quote"><blockquote><p>We owe the quay a bridge that stays open.</p><cite>Council leader Ann Reed</cite></blockquote></div></div>
<div id="c4" class="frame frame-text frame-space"><div class="body"><p>Until then, buses will keep running over the old swing bridge, and the ferry will carry cyclists and pedestrians every fifteen minutes during the day.</p><p>The ferry will run until ten in the evening, and the council will pay for a second boat at weekends, when the quay is busiest.</p><p>Traders on the north quay welcomed the news but asked the council for help with their rents.</p></div></div>
<div class="frame frame-small"><p>The full report is in the council's library.</p></div>
<div class="back"><a href="/news/">Back to the news</a></div>
</div></main></body></html>`
	a, err := HTML([]byte(page), Input{URL: "https://gazette.test/local/bridge"})
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(a.GetParagraphs(), "\n\n")
	checkHas(t, t.Name(), text, []string{"The harbour bridge, closed since", "We owe the quay a bridge", "help with their rents", "The full report is in the council's library."}, []string{"seen from the north quay", "Back to the news"})
}

// TestStandfirstBesideHeadline checks that a standfirst in a box of its own
// between the <h1> and the field of content elements stays when the <h1>
// is itself a sibling of the field (not inside a header block), and that
// a short paragraph after the story is no standfirst. Fails on 1.9.0.
func TestStandfirstBesideHeadline(t *testing.T) {
	item := func(h string) string {
		return `<div class="field__item"><div class="paragraph paragraph--text"><div class="text">` + h + `</div></div></div>`
	}
	page := `<html lang="en"><head><title>Harbour bridge to reopen in spring</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li></ul></nav>
<main><article class="node"><h1 class="page-title"><span>Harbour bridge to reopen in spring</span></h1>
<div class="node__meta">Published 2 December 2026 · <a href="/transport">Transport</a></div>
<div class="field field--chapo"><p>The county will repair the damaged pier rather than rebuild it.</p></div>
<div class="field field--items">` +
		item(`<p>The harbour bridge, closed since a barge struck one of its piers in August, will reopen to traffic in April, the county council said on Tuesday.</p><p>Engineers found that the damaged pier could be repaired rather than rebuilt, which saved about four months and several million pounds.</p>`) +
		item(`<h2>The works</h2>`) +
		item(`<p>Until then, buses will keep running over the old swing bridge, and the ferry will carry cyclists and pedestrians every fifteen minutes during the day.</p><p>Traders on the north quay welcomed the news but asked the council for help with their rents.</p>`) +
		`</div><p class="note">Comments are closed on this story.</p></article></main></body></html>`
	a, err := HTML([]byte(page), Input{URL: "https://gazette.test/local/bridge"})
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(a.GetParagraphs(), "\n\n")
	if !strings.HasPrefix(text, "The county will repair the damaged pier") {
		t.Errorf("the standfirst does not open the text:\n%s", text)
	}
	checkHas(t, t.Name(), text, []string{"The harbour bridge, closed since", "help with their rents"}, []string{"Published 2 December", "Comments are closed"})
}
