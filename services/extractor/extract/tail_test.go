package extract

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestStoryEdges covers what the content block takes in around the story:
// chrome before the headline, an intro set apart as a <div>, and after the
// story teaser lists, text ads, related-story and comment openers, and
// publisher footers.
func TestStoryEdges(t *testing.T) {
	story := numbered("The council approved the budget after a long debate, officials said on Monday.", 6)
	for _, tc := range []struct {
		name, body string
		want       []string
		not        []string
	}{{
		name: "chrome before the headline",
		body: `<div class="col"><p>Local Sport</p><p><a href="/n">NEWS</a></p><p>Back to index</p>` +
			`<p class="hed">Council Approves Budget</p>` + story + `</div>`,
		want: []string{"Part 1. The council approved"},
		not:  []string{"Local Sport", "Back to index", "Council Approves Budget"},
	}, {
		name: "intro div beside the body",
		body: `<div class="wrap"><div class="firstpara">A lead sentence that sums up the whole report, and the vote that ended it, sits apart from the body text today.</div>` +
			`<div class="bodytext">` + brRuns("The council approved the budget after a long debate, officials said on Monday.", 6) +
			`<div class="note">The full article contains 400 words.</div></div></div>`,
		want: []string{"A lead sentence that sums up the whole report"},
	}, {
		name: "teaser list after the story",
		body: `<div>` + story + `<h2><a href="/a">Mayor opens the new bridge</a></h2><p>The mayor cut the ribbon on Friday in front of a crowd.</p>` +
			`<h2><a href="/b">School wins science prize</a></h2><p>Pupils built a weather station from spare parts.</p></div>`,
		want: []string{"Part 6."},
		not:  []string{"Mayor opens", "weather station"},
	}, {
		name: "labelled headline list after the story",
		body: `<div>` + story + `<h3>MORE LOCAL HEADLINES</h3><dl><dt><a href="/a">Mayor opens the new bridge</a></dt>` +
			`<dd>The mayor cut the ribbon on Friday in front of a crowd of residents.</dd></dl></div>`,
		want: []string{"Part 6."},
		not:  []string{"MORE LOCAL HEADLINES", "Mayor opens"},
	}, {
		name: "text ads",
		body: `<div><p>Garden sheds</p><p>Shop for sheds. Great prices on timber sheds.</p><p>www.sheds.example.co.uk</p>` +
			`<p>Cheap flights</p><p>Fly for less this winter.</p><p>flights.example.com</p>` + story + `</div>`,
		want: []string{"Part 1."},
		not:  []string{"Garden sheds", "Fly for less", "example"},
	}, {
		name: "lone domain kept",
		body: `<div>` + story + `<p>Details of the budget are online at</p><p>budget.example.gov</p></div>`,
		want: []string{"Details of the budget", "budget.example.gov"},
	}, {
		name: "reader notice opens comments",
		body: `<div>` + story + `<p>The following are comments from the readers. In no way do they represent the view of this site.</p>` +
			`<p>I could not agree more with the council on this, well done to all of them.</p></div>`,
		want: []string{"Part 6."},
		not:  []string{"comments from the readers", "could not agree"},
	}, {
		name: "copyright and trade mark footer",
		body: `<div>` + story + `<p>© 2008 owned by or licensed to Example Newspapers Limited. Example Online™ is a trade mark of Example Newspapers Limited. Please read our Terms and Conditions and Privacy Statement before using this site.</p>` +
			`<p>The copying, republication or redistribution of Example News content, including by framing or similar means, is expressly prohibited without the prior written consent of Example News.</p></div>`,
		want: []string{"Part 6."},
		not:  []string{"owned by or licensed", "redistribution"},
	}, {
		name: "comment box set into the story",
		body: `<div>` + story + `<table><tr><td><div>HAVE YOUR SAY</div><div><b>Finally some common sense after years of darkness</b></div>` +
			`<div>Sal, NYC</div><div><a href="/forum">Send us your comments</a></div></td></tr></table>` +
			`<p>Meanwhile, the mayor said the vote showed the council could still agree on the hard questions of the year.</p></div>`,
		want: []string{"Part 6.", "Meanwhile, the mayor said"},
		not:  []string{"HAVE YOUR SAY", "common sense", "Send us your comments"},
	}, {
		name: "comments after the story are cut to the end",
		body: `<div>` + story + `<div><h3>Have your say</h3><p>I could not agree more with the council on this, well done to all of them.</p></div>` +
			`<p>Another reader wrote that the budget was far too generous and should have been cut much further.</p></div>`,
		want: []string{"Part 6."},
		not:  []string{"Have your say", "could not agree", "Another reader"},
	}, {
		name: "headlines run together as one paragraph of links",
		body: `<div>` + story + `<p><a href="/1">Mayor opens the new bridge</a> <a href="/2">School wins science prize for weather station</a> ` +
			`<a href="/3">Rail fares to rise in spring</a> <a href="/4">Library hours cut</a></p></div>`,
		want: []string{"Part 6."},
		not:  []string{"Mayor opens", "Library hours"},
	}, {
		name: "comment opener line before the story",
		body: `<div><p>Add your view</p>` + story + `</div>`,
		want: []string{"Part 1.", "Part 6."},
		not:  []string{"Add your view"},
	}, {
		name: "menu line",
		body: `<div>` + story + `<p>News: ePaper | Front Page | National | Sport | Business | Obituary</p></div>`,
		want: []string{"Part 6."},
		not:  []string{"ePaper"},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><title>Council approves budget - Example Times</title></head><body>` + tc.body + `</body></html>`
			a := mustExtract(t, []byte(page), Input{URL: "https://www.exampletimes.test/story"})
			checkText(t, a.GetParagraphs(), tc.want, tc.not)
		})
	}
}

func TestCutoffRules(t *testing.T) {
	tr, err := loadTextRules(rulesFS)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"MORE MANITOBA HEADLINES »", true},
		{"More tennis news", true},
		{"More news", false},
		{"Also In The News", true},
		{"Related Industry News", true},
		{"Thanks for your comments - this feedback is now closed", true},
		{"The following are comments from the readers. In no way do they represent the view of the paper.", true},
		{"Comments are welcome, the council said, and the plan will be put to residents before it is approved by the full council.", false},
		{"The mayor made more headlines on Monday", false},
	} {
		if _, got := tr.cutoff(tc.text); got != tc.want {
			t.Errorf("cutoff(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestBareDomain(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"www.example.co.uk", true},
		{"Info.Example.com", true},
		{"example.com", true},
		{"example.com/offers", false},
		{"Details at example.com", false},
		{"3.5", false},
		{"v1.2.3", false},
		{"No.", false},
	} {
		if got := bareDomain(tc.text); got != tc.want {
			t.Errorf("bareDomain(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestHeadline(t *testing.T) {
	for _, tc := range []struct {
		name, head, body, url, want string
	}{{
		name: "title element, host part stripped",
		head: `<title>icExample - Harbour club close to signing keeper</title>`,
		url:  "https://icexample.network.test/sport/1",
		want: "Harbour club close to signing keeper",
	}, {
		name: "section parts stripped",
		head: `<title>Rovers hope to sign a keeper before the weekend - Soccer - Sport - Breaking News</title>`,
		url:  "https://news.test/1",
		want: "Rovers hope to sign a keeper before the weekend",
	}, {
		name: "sidebar h1 loses to the title",
		head: `<title>Harbour board agrees new ferry timetable</title>`,
		body: `<h1>Other News in Specials</h1><h1>Harbour Board Agrees New Ferry Timetable</h1>`,
		url:  "https://news.test/1",
		want: "Harbour Board Agrees New Ferry Timetable",
	}, {
		name: "a story part holding the host's name is kept",
		head: `<title>The economist who saw the crash coming - The Economist</title>`,
		url:  "https://www.economist.test/1",
		want: "The economist who saw the crash coming",
	}} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head>` + tc.head + `</head><body>` + tc.body +
				numbered("The council approved the budget after a long debate, officials said on Monday.", 4) + `</body></html>`
			a := mustExtract(t, []byte(page), Input{URL: tc.url})
			if a.GetTitle() != tc.want {
				t.Errorf("title = %q, want %q", a.GetTitle(), tc.want)
			}
		})
	}
}

// brRuns is s, numbered, n times as runs of text split by <br><br>.
func brRuns(s string, n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "Run %d. %s<br><br>", i+1, s)
	}
	return b.String()
}

func TestMenuLine(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"News: ePaper | Front Page | National | Tamil Nadu | Sport | Obituary", true},
		{"Home | World | Business | Sport", true},
		{"Home | World | Business", false}, // three items: too few to tell
		{"He said the vote was 3 | 2 | 1 | 0 in the committee's favour after a long debate", false},
		{"Scores: Arsenal 2 | Chelsea 1 | Spurs 0 | Everton won comfortably against a tired side", false},
		{"A plain sentence with no bars at all.", false},
	} {
		if got := menuLine(tc.text); got != tc.want {
			t.Errorf("menuLine(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestLinkLineRuns(t *testing.T) {
	link := func(s string) para { return para{text: s, linked: true, halfLinked: true} }
	story := plain(strings.Repeat("The council approved the budget after a long debate, officials said. ", 12))
	for _, tc := range []struct {
		name       string
		ps         []para
		trailing   int // paragraphs trailingLinkLines cuts
		inlineKept int // paragraphs dropLinkLineRuns keeps
	}{
		{"section menu at the end", append(slices.Clone(story), link("Scoreboard"), plain("N.F.L.")[0], link("Schedules: A.F.C. | N.F.C."), link("Transactions")), 4, 5},
		{"two links only", append(slices.Clone(story), link("Scoreboard"), link("Transactions")), 0, 3},
		{"plain list at the end", append(slices.Clone(story), plain("400 g de harina", "10 g de sal", "350 g de agua", "100 g de masa madre")...), 0, 5},
		{"menu inside the story", append(append(slices.Clone(story), link("Scoreboard"), link("Standings"), link("Teams"), link("Injuries")), story...), 0, 2},
		{"too little story before", []para{plain("Short intro.")[0], link("A"), link("B"), link("C")}, 0, 4},
	} {
		if got := len(tc.ps) - trailingLinkLines(tc.ps); got != tc.trailing {
			t.Errorf("%s: trailingLinkLines cuts %d, want %d", tc.name, got, tc.trailing)
		}
		p := &page{removed: map[string]int32{}}
		if got := len(p.dropLinkLineRuns(tc.ps)); got != tc.inlineKept {
			t.Errorf("%s: dropLinkLineRuns keeps %d, want %d", tc.name, got, tc.inlineKept)
		}
	}
}

func TestTrailingSnippets(t *testing.T) {
	story := plain(strings.Repeat("The council approved the budget after a long debate, officials said. ", 12))
	teaser := func(s string) para { return para{text: s, linkHead: true} }
	for _, tc := range []struct {
		name string
		ps   []para
		cut  int
	}{
		{"two cut-off teasers", append(slices.Clone(story), teaser("Skype 2.2 arrives Skype has released the beta version for phones that..."), teaser("Flat rate plan On Wednesday the company announced a new rate plan for…")), 2},
		{"one teaser", append(slices.Clone(story), teaser("Skype 2.2 arrives Skype has released the beta version for phones that...")), 0},
		{"story ending in an ellipsis", append(slices.Clone(story), plain("And then…", "We will see...")...), 0},
	} {
		if got := len(tc.ps) - trailingSnippets(tc.ps); got != tc.cut {
			t.Errorf("%s: trailingSnippets cuts %d, want %d", tc.name, got, tc.cut)
		}
	}
}

// TestDropLinkLineRunsOnePass checks the one-pass dropLinkLineRuns against
// the rule as first written (a run looked for from every paragraph) on
// generated sequences of link lines, labels, sentences and long
// paragraphs.
func TestDropLinkLineRunsOnePass(t *testing.T) {
	ref := func(ps []para) []string {
		var out []string
		for i := 0; i < len(ps); {
			j, links := i, 0
			for j < len(ps) {
				n := words(ps[j].text)
				if n > maxLinkLineWords {
					break
				}
				if ps[j].halfLinked {
					links++
				} else if n > 4 || n > 1 && endsSentence(ps[j].text) {
					break
				}
				j++
			}
			if links >= minInlineLinkLines {
				i = j
				continue
			}
			out = append(out, ps[i].text)
			i++
		}
		return out
	}
	kinds := []para{
		{text: "Ferry timetable", halfLinked: true},
		{text: "Label"},
		{text: "A short sentence here."},
		{text: "A paragraph of story text that runs on well past the ten words of a link line."},
	}
	r := rand.New(rand.NewPCG(1, 2))
	p := testPage(t, "")
	for k := range 2000 {
		ps := make([]para, r.IntN(30))
		for i := range ps {
			ps[i] = kinds[r.IntN(len(kinds))]
			ps[i].text = fmt.Sprintf("%d ", i) + ps[i].text
		}
		if got, want := texts(p.dropLinkLineRuns(ps)), ref(ps); !slices.Equal(got, want) {
			t.Fatalf("sequence %d: got %q, want %q", k, got, want)
		}
	}
}
