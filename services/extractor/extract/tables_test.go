package extract

import (
	"strings"
	"testing"
)

// TestTablesCardsAndStamps checks the shapes of the third blind batch:
// a data table's cells stay however often they repeat, the stamps of an
// old table layout go however its cells are set, a recipe card keeps its
// ingredients and loses its widgets, a box of facts among the story's
// paragraphs stays, and counts and years in a list item are not a date.
func TestTablesCardsAndStamps(t *testing.T) {
	for _, tc := range []struct {
		name    string
		extra   string
		want    []string
		wantNot []string
		// count is how often each of want must be in the text (0: once or more).
		count int
		end   bool
	}{
		{
			name:  "a data table's repeated cells all stay",
			extra: `<table><tr><th>Home</th><th>Away</th><th>Ground</th></tr><tr><td>Harbour Town</td><td>Quay Rovers</td><td>North Quay Park, artificial pitch</td></tr><tr><td>Swing Bridge FC</td><td>Ferry United</td><td>North Quay Park, artificial pitch</td></tr></table>`,
			want:  []string{"North Quay Park, artificial pitch"},
			count: 2,
		},
		{
			name:  "a price list's repeated cells all stay",
			extra: `<table border="1"><tr><th>Ticket</th><th>Price</th><th>Includes</th></tr><tr><td>Day pass</td><td>4 pounds</td><td>bus and ferry, all zones</td></tr><tr><td>Week pass</td><td>18 pounds</td><td>bus and ferry, all zones</td></tr></table>`,
			want:  []string{"bus and ferry, all zones"},
			count: 2,
		},
		{
			name:  "a data table's header cells that read as dates stay",
			extra: `<table><tr><th>Route</th><th>Monday, 7 December 2026</th><th>Monday, 14 December 2026</th></tr><tr><td>North quay</td><td>Ferry every 15 minutes</td><td>Bridge open</td></tr><tr><td>South quay</td><td>Bus every 10 minutes</td><td>Bridge open</td></tr></table>`,
			want:  []string{"Monday, 7 December 2026", "Monday, 14 December 2026"},
		},
		{
			name:    "stamps in the cells of a layout table go",
			extra:   `<table class="contentpaneopen"><tr><td colspan="2"><span class="small">Écrit par Secrétariat de mairie</span></td></tr><tr><td colspan="2" class="createdate">Lundi, 30 Novembre 2026 10:12</td></tr></table>`,
			wantNot: []string{"Écrit par", "30 Novembre 2026"},
		},
		{
			name:    "an update stamp in other languages goes",
			extra:   `<p>Mis à jour ( Lundi, 30 Novembre 2026 10:15 )</p>`,
			wantNot: []string{"Mis à jour"},
		},
		{
			name:    "a last-changed line with the site's links goes",
			extra:   `<font size="1">Letzte Änderung: 28.11.2026 &middot; <a href="impressum.html">Impressum</a> &middot; Webmaster: <a href="mailto:w@x.test">w@x.test</a></font>`,
			wantNot: []string{"Letzte Änderung"},
			end:     true,
		},
		{
			name:    "view counters go, in any language",
			extra:   `<div class="x">Affichages : 312</div><div class="y">2.318 visitas</div><div class="z">Views: 1,204</div>`,
			wantNot: []string{"Affichages", "visitas", "1,204"},
			end:     true,
		},
		{
			name:    "a line of jump and print links goes",
			extra:   `<p><a href="#recipe">Jump to Recipe</a> · <a href="/print/77">Print Recipe</a></p>`,
			wantNot: []string{"Jump to Recipe"},
		},
		{
			name:    "a paragraph named a disclosure goes",
			extra:   `<p class="affiliate-disclosure"><em>This post may contain affiliate links; we earn a small commission at no cost to you.</em></p>`,
			wantNot: []string{"affiliate links"},
		},
		{
			name:    "a recipe card keeps its ingredients, loses rating, yield and call to action",
			extra:   `<div class="recipe-card"><div class="recipe-rating"><span>4.8 from 23 votes</span></div><ul class="recipe-details"><li class="yield">Yield: 1 loaf</li><li class="servings">Serves 12</li></ul><h3>Ingredients</h3><ul><li>3 very ripe bananas</li><li>1 egg, beaten</li></ul><div class="recipe-call-to-action">Did you make it? Tag us on Instagram.</div></div>`,
			want:    []string{"3 very ripe bananas", "1 egg, beaten"},
			wantNot: []string{"23 votes", "Yield", "Serves 12", "Tag us on Instagram"},
		},
		{
			name:  "a list item with a count and a year is not a date",
			extra: `<ul><li>3 million pounds for repairs</li><li>62 piers inspected since 2021</li><li>12 boats moved to the south quay</li></ul>`,
			want:  []string{"62 piers inspected since 2021"},
		},
		{
			name:  "a box of facts set among the story's paragraphs stays",
			extra: `<aside class="factbox"><h3>Key facts</h3><ul><li>The bridge carries 14,000 vehicles a day.</li><li>It opened in 1936 and was last repaired in 1998.</li></ul></aside>`,
			want:  []string{"Key facts", "carries 14,000 vehicles", "last repaired in 1998"},
		},
		{
			name:    "an aside of links among the story's paragraphs goes",
			extra:   `<aside><h3>More on this</h3><ul><li><a href="/a">The day the barge hit the bridge</a></li><li><a href="/b">Ferry timetable for the winter months</a></li></ul></aside>`,
			wantNot: []string{"More on this", "The day the barge"},
		},
	} {
		page := recallStory(tc.extra)
		if tc.end {
			page = strings.Replace(recallStory(""), "</article>", tc.extra+"</article>", 1)
		}
		checkStoryText(t, tc.name, page, tc.want, tc.wantNot, tc.count)
	}
}

// TestCardHeadingNamesThePage checks that a recipe card's heading that is
// the head of the page's title goes as the title, and that a subhead that
// is not stays.
func TestCardHeadingNamesThePage(t *testing.T) {
	page := `<html><head><title>Banana bread: the one-bowl loaf that never fails - Little Oven</title></head><body>
<article><h1>Banana bread: the one-bowl loaf that never fails</h1>
<p>This is the loaf I bake whenever a bunch of bananas goes brown on the counter; it needs one bowl and no mixer at all.</p>
<p>Use bananas that are more black than yellow: they are sweeter, and they mash in seconds with a fork.</p>
<h2>Banana bread</h2><h3>Baking tins</h3><ul><li>3 very ripe bananas</li><li>1 egg, beaten</li></ul>
<p>Wrapped tightly, the loaf keeps for three days on the counter or for three months in the freezer.</p></article></body></html>`
	a, err := HTML([]byte(page), Input{URL: "https://oven.test/banana-bread"})
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(a.GetParagraphs(), "\n\n")
	if strings.Contains(text, "Banana bread\n") || strings.HasSuffix(text, "Banana bread") {
		t.Errorf("the card's heading that repeats the title's head is in the text:\n%s", text)
	}
	for _, s := range []string{"Baking tins", "3 very ripe bananas", "three months in the freezer"} {
		if !strings.Contains(text, s) {
			t.Errorf("%q missing from the text:\n%s", s, text)
		}
	}
}
