package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestRemoveLabelBoxes(t *testing.T) {
	story := numbered("The council approved the budget after a long debate, officials said on Monday.", 6)
	for _, tc := range []struct {
		name, body string
		gone, kept []string
		kind       Kind
	}{
		{
			// The label reaches the box only when the box is longer than a
			// label itself (80 letters): shorter elements are read as
			// candidate labels whole.
			"label takes its box of links",
			`<div id="s">` + story + `</div><div id="b"><h3>See also</h3><ul><li><a href="/a">Mayor opens the new bridge over the river</a></li><li><a href="/b">School wins the national science prize again</a></li><li><a href="/c">Rail strike ends</a></li></ul></div>`,
			[]string{"b"},
			[]string{"s"},
			KindRelated,
		},
		{
			"sponsored label takes its teaser",
			`<div id="s">` + story + `</div><div id="b"><span>Sponsored</span><p>Buy the best garden sheds this spring, with free delivery and assembly for every order placed before May.</p></div>`,
			[]string{"b"},
			[]string{"s"},
			KindAd,
		},
		{
			// A list of sponsored links under the label is the paid box,
			// however many lines it has.
			"sponsored label takes its list of links",
			`<div id="s">` + story + `</div><div id="b"><div>Sponsored</div><ul><li><a href="/a">Doctors stunned by this one simple trick</a></li><li><a href="/b">The cheapest way to fly business class</a></li><li><a href="/c">Five boats you can buy for less than a car</a></li><li><a href="/d">Why everyone is moving to this small town</a></li></ul></div>`,
			[]string{"b"},
			[]string{"s"},
			KindAd,
		},
		{
			// An ad label left as a line of its own opens one of the
			// sections the story is built of: the section stays, the label
			// goes.
			"ad label opening one of the story's sections",
			`<div id="s"><section class="part">` + story + `</section><section class="part" id="b"><div id="l">Anzeige</div><p>The new pitch cost 780,000 euros, most of it paid by the town and the state.</p></section></div>`,
			[]string{"l"},
			[]string{"s", "b"},
			KindAd,
		},
		{
			// The same in a run of disclosures: the label opens an answer,
			// and the answers' parents are the run.
			"ad label opening an answer of an accordion",
			`<div id="s">` + story + `<div class="faq"><details class="item"><summary>When do I pay?</summary><div class="answer"><p>Every quarter we check whether your monthly amount still fits your use.</p></div></details>` +
				`<details class="item"><summary>How do I move?</summary><div class="answer" id="b"><div id="l">Advertisement</div><p>Tell us about your move at least five working days in advance, please.</p></div></details></div></div>`,
			[]string{"l"},
			[]string{"s", "b"},
			KindAd,
		},
		{
			// A quotation is the story's, whatever opens it.
			"ad label opening a quotation",
			`<div id="s">` + story + `<blockquote id="b"><div id="l">Publicité</div><p>Nous voulions que la lumière du jour redevienne la première lumière des tableaux.</p><p>Claire Moreau</p></blockquote>` + story + `</div>`,
			[]string{"l"},
			[]string{"s", "b"},
			KindAd,
		},
		{
			// Key figures hold more lines than a teaser has.
			"ad label opening a box of key figures",
			`<div id="s">` + story + `<div class="box" id="b"><div id="l">Publicidad</div><h3>Key figures</h3><ul><li>3 million euros in all</li><li>150,000 euros per project at most</li><li>62 places funded since 2021</li></ul></div>` + story + `</div>`,
			[]string{"l"},
			[]string{"s", "b"},
			KindAd,
		},
		{
			// Two paragraphs of running text are more than a teaser's line,
			// even where generated class names say nothing of the run.
			"ad label opening an entry of two paragraphs",
			`<div id="s">` + story + `<div class="css-9e2i9c" id="b"><div id="l">Advertisement</div><h3>Greens win Riverside for the first time</h3><p>The Green candidate has won the Riverside district by 412 votes after two recounts.</p><p>Turnout in Riverside was 71 per cent, ten points up on the last election.</p></div>` + story + `</div>`,
			[]string{"l"},
			[]string{"s", "b"},
			KindAd,
		},
		{
			// A box with text of its own besides the label is not a link box:
			// only the label goes.
			"label before story text",
			`<div id="s"><h3 id="l">See also</h3>` + story + `</div>`,
			[]string{"l"},
			[]string{"s"},
			KindRelated,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := testPage(t, tc.body)
			nodes := map[string]*html.Node{}
			for _, id := range append(append([]string{}, tc.gone...), tc.kept...) {
				nodes[id] = byID(t, p, id)
			}
			p.removeLabelBoxes()
			for _, id := range tc.gone {
				if attached(nodes[id], p.body) {
					t.Errorf("#%s kept, want it cut", id)
				}
			}
			for _, id := range tc.kept {
				if !attached(nodes[id], p.body) {
					t.Errorf("#%s cut, want it kept", id)
				}
			}
			if p.removed[string(tc.kind)] != 1 {
				t.Errorf("removed = %v, want one %q", p.removed, tc.kind)
			}
		})
	}
}

// TestStoryBlockRunReach checks that the run a labelled box belongs to is
// looked for among its near siblings only: a section of the story a few
// blocks away makes the box the story's, one beyond maxRunReach like
// blocks does not (a page of thousands of labelled boxes would otherwise
// cost their square).
func TestStoryBlockRunReach(t *testing.T) {
	section := `<section class="part"><p>The new pitch cost 780,000 euros, most of it paid by the town and the state.</p></section>`
	teaser := `<section class="part"><div>Anzeige</div><p>Short teaser line.</p></section>`
	for _, tc := range []struct {
		name  string
		empty int
		want  bool
	}{
		{"section of the story next to it", 0, true},
		{"section of the story a few blocks away", 5, true},
		{"section of the story beyond reach", maxRunReach + 1, false},
	} {
		body := `<div id="s">` + section + strings.Repeat(teaser, tc.empty) + `<section class="part" id="b"><div id="l">Anzeige</div><p>Short teaser line.</p></section>` + strings.Repeat(teaser, maxRunReach+1) + `</div>`
		p := testPage(t, body)
		if got := storyBlock(byID(t, p, "b"), byID(t, p, "l"), p.body, p.st); got != tc.want {
			t.Errorf("%s: storyBlock = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestStoryBlockReadBound checks that storyBlock reads a labelled box up
// to maxStoryBlockNodes elements: paragraphs of running text further down
// than that do not make it the story's.
func TestStoryBlockReadBound(t *testing.T) {
	paras := strings.Repeat("<p>The new pitch cost 780,000 euros, most of it paid by the town and the state.</p>", 2)
	for _, tc := range []struct {
		name  string
		empty int
		want  bool
	}{
		{"paragraphs within reach", maxStoryBlockNodes / 2, true},
		{"paragraphs beyond reach", maxStoryBlockNodes, false},
	} {
		p := testPage(t, `<div id="b"><div id="l">Anzeige</div>`+strings.Repeat("<span></span>", tc.empty)+paras+`</div>`)
		if got := storyBlock(byID(t, p, "b"), byID(t, p, "l"), p.body, p.st); got != tc.want {
			t.Errorf("%s: storyBlock = %v, want %v", tc.name, got, tc.want)
		}
	}
}
