package extract

import (
	"strings"
	"testing"
)

// TestHeadingAboutPage checks that a heading quoting the page's headline
// with a few words around it goes when it ends the kept text (the
// comments it headed were cut), however long the headline makes it, in
// English and German, also when the <title> sets the site's name off the
// headline; that a long closing heading that does not quote the headline,
// or quotes it among many more words, stays as before; and that such a
// heading inside the story, with paragraphs after it, stays.
func TestHeadingAboutPage(t *testing.T) {
	const en = `Three years of no-dig gardening: what worked and what didn't`
	const de = `Drei Jahre Gärtnern ohne Umgraben: was geklappt hat und was nicht`
	const last = `Compost is the other problem: you need a lot of it, and the heaps make about a third of what the beds take each autumn.`
	for _, tc := range []struct {
		name, title, heading string
		drop                 bool
	}{
		{"comment count quoting the headline, English", en, `9 thoughts on "` + en + `"`, true},
		{"comment count quoting the headline, German, site name in the title", de + ` – Gartenblog Plot Notes`, `3 Gedanken zu „` + de + `“`, true},
		{"a long closing heading that does not quote the headline stays", en, `What I would tell anyone who starts a plot of their own this spring, after three years`, false},
		{"the headline among many more words stays", en, `Why "` + en + `" is only half of what three years on the plot have taught me`, false},
	} {
		p := &page{title: tc.title, removed: map[string]int32{}}
		out := p.dropTrailingHeadings([]para{{text: last}, {text: tc.heading, heading: true}})
		if dropped := len(out) == 1; dropped != tc.drop {
			t.Errorf("%s: dropped %v, want %v", tc.name, dropped, tc.drop)
		}
	}

	page := `<html><head><title>` + en + `</title></head><body><div><a href="/">Plot Notes</a></div><div><div><h1>` + en + `</h1>
<p>We dug nothing at all for three years and the beds have never looked better, with fewer weeds in the second spring than in any year before.</p>
<p>The first autumn we laid cardboard over the grass and piled ten centimetres of compost on top, then planted straight into it the following April.</p>
<p>` + last + `</p><h2>Why "` + en + `" is only half the story</h2><p>The other half is what we grew: beans, kale and leeks did better than ever, while carrots forked in the compost.</p></div></div><div>© Plot Notes</div></body></html>`
	text := extractText(t, "in the story", page, "https://plotnotes.test/2026/04/no-dig/")
	checkHas(t, "a heading inside the story that quotes the headline stays", text, []string{"is only half the story", "carrots forked in the compost"}, nil)
	if strings.Count(text, "is only half the story") != 1 {
		t.Errorf("the heading inside the story not once:\n%s", text)
	}
}
