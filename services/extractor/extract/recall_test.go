package extract

import (
	"strings"
	"testing"
)

// recallStory is a story of four paragraphs in a page with chrome around
// it; extra goes between the second and the third paragraph.
func recallStory(extra string) string {
	return `<html lang="en"><head><title>Harbour bridge to reopen in spring</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Harbour bridge to reopen in spring</h1>
<p>The harbour bridge, closed since a barge struck one of its piers in August, will reopen to traffic in April, the county council said on Tuesday.</p>
<p>Engineers found that the damaged pier could be repaired rather than rebuilt, which saved about four months and several million pounds, according to the council's transport committee.</p>
` + extra + `
<p>Until then, buses will keep running over the old swing bridge, and the ferry will carry cyclists and pedestrians every fifteen minutes during the day.</p>
<p>Traders on the north quay, who say they lost a third of their customers since the closure, welcomed the news but asked for help with their rents.</p>
</article>
<footer><p>Copyright Harbour Gazette. All rights reserved.</p></footer></body></html>`
}

// TestRecallStructures checks that story text set in the shapes other
// languages' and page kinds' editors use stays, and that what those shapes
// hold besides (captions, repeated pull quotes) goes.
func TestRecallStructures(t *testing.T) {
	for _, tc := range []struct {
		name    string
		extra   string
		want    []string
		wantNot []string
		// div sets the story in a <div> rather than an <article>.
		div bool
		// end puts extra after the last paragraph.
		end bool
		// once wants every string of want exactly once.
		once bool
	}{
		{
			name:    "table set as a figure keeps its cells, loses its caption",
			extra:   `<figure class="wp-block-table"><table><thead><tr><th>Month</th><th>Crossings</th></tr></thead><tbody><tr><td>June</td><td>41,200</td></tr><tr><td>July</td><td>44,900</td></tr><tr><td>August</td><td>12,300</td></tr></tbody></table><figcaption>Source: county traffic counts.</figcaption></figure>`,
			want:    []string{"Crossings", "44,900", "August"},
			wantNot: []string{"Source: county traffic counts"},
		},
		{
			name:    "a table's figure with an ad slot set into it keeps the table",
			extra:   `<figure class="wp-block-table"><div><iframe src="https://ads.example.net/slot/1" width="300" height="250"></iframe></div><table><tbody><tr><td>Month</td><td>Crossings</td></tr><tr><td><a href="/june">June</a></td><td>41,200</td></tr><tr><td><a href="/july">July</a></td><td>44,900</td></tr><tr><td><a href="/august">August</a></td><td>12,300</td></tr></tbody></table><figcaption>Source: county traffic counts.</figcaption></figure>`,
			want:    []string{"Crossings", "44,900", "August"},
			wantNot: []string{"Source: county traffic counts"},
		},
		{
			name:    "a table's figure with a picture set into it keeps the table",
			extra:   `<figure class="wp-block-table"><figure><img src="/pier.jpg" alt=""><figcaption>The damaged pier seen from the north quay.</figcaption></figure><table><tbody><tr><th colspan="2">Crossings by month</th></tr><tr><td>June</td><td>41,200</td></tr><tr><td>July</td><td>44,900</td></tr><tr><td>August</td><td>12,300</td></tr></tbody></table></figure>`,
			want:    []string{"44,900", "August"},
			wantNot: []string{"The damaged pier seen from"},
		},
		{
			name:    "a picture and its caption laid out in a table stay a figure",
			extra:   `<figure><table><tr><td><img src="/pier.jpg" alt=""></td></tr><tr><td>The damaged pier seen from the north quay at low tide.</td></tr></table></figure>`,
			wantNot: []string{"The damaged pier seen from"},
		},
		{
			name:    "figure with a picture stays a figure",
			extra:   `<figure><img src="/pier.jpg" alt=""><figcaption>The damaged pier seen from the north quay at low tide.</figcaption></figure>`,
			wantNot: []string{"The damaged pier seen from"},
		},
		{
			name:  "a quote's footer is its attribution",
			extra: `<blockquote><p>We will not leave the quay until the bridge is open again, whatever it costs us.</p><footer>Maria Lopez, chair of the North Quay Traders</footer></blockquote>`,
			want:  []string{"whatever it costs us", "Maria Lopez, chair of the North Quay Traders"},
		},
		{
			name:  "a pull quote found nowhere else is story text",
			extra: `<figure class="wp-block-pullquote"><blockquote><p>“Nobody expected the repair to be this quick.”</p></blockquote></figure>`,
			want:  []string{"Nobody expected the repair to be this quick"},
		},
		{
			name:  "a plain quote repeating a subhead goes",
			extra: `<h2>What it costs</h2><p>The council put the bill at 3.1 million pounds, most of it paid by the barge operator's insurer.</p><blockquote><p>What it costs</p></blockquote>`,
			want:  []string{"What it costs", "3.1 million pounds"},
			once:  true,
		},
		{
			name:  "a plain quote repeating a one-line paragraph goes",
			extra: `<blockquote><p>Work starts soon.</p></blockquote><p>Work starts soon.</p>`,
			want:  []string{"Work starts soon."},
			once:  true,
		},
		{
			name:    "a short plain quote repeating the words of a sentence goes",
			extra:   `<blockquote><p>“Reopen to traffic!”</p></blockquote>`,
			wantNot: []string{"“Reopen to traffic!”"},
		},
		{
			// A quotation goes only as a whole: its attribution, a name and
			// a title the story gives too, is the quotation's.
			name:  "a quotation's attribution the story repeats stays",
			extra: `<p>“We will not close a single school,” said Jane Doe, mayor of the town, at the council meeting on Monday evening.</p><blockquote><p>Every school in this town stays open, and every teacher keeps a job, whatever the budget says.</p><p>Jane Doe, mayor</p></blockquote>`,
			want:  []string{"whatever the budget says.\n\nJane Doe, mayor"},
		},
		{
			name:  "a statement's short line the story quotes again stays",
			extra: `<p>The company said: “We are shocked.” It gave no further details about the accident at the plant on Monday.</p><blockquote><p>We are shocked.</p><p>Our thoughts are with the families of the two workers who died, and with their colleagues at the plant.</p></blockquote>`,
			want:  []string{"We are shocked.\n\nOur thoughts are with the families"},
		},
		{
			name:  "a short plain quote that is part of a sentence's words stays",
			extra: `<blockquote><p>One of its pier</p></blockquote>`,
			want:  []string{"One of its pier"},
		},
		{
			name:    "a pull quote repeating the story goes",
			extra:   `<aside class="pullquote"><p>“The damaged pier could be repaired rather than rebuilt”</p></aside>`,
			wantNot: []string{"“The damaged pier"},
		},
		{
			name:  "a subhead named header is a subhead",
			extra: `<div class="block-wrapper"><h2 class="block-header">What the repair costs</h2></div><div class="block-wrapper"><div class="block-text">The council put the bill at 3.1 million pounds, most of it paid by the barge operator's insurer.</div></div>`,
			want:  []string{"What the repair costs", "3.1 million pounds"},
			div:   true,
		},
		{
			name:  "dated terms of a definition list",
			extra: `<dl><dt>From 1 March 2027</dt><dd>Night works on the pier, with the bridge closed to boats.</dd><dt>From 6 April 2027</dt><dd>The bridge reopens to cars, buses and bicycles.</dd></dl>`,
			want:  []string{"From 1 March 2027", "From 6 April 2027", "reopens to cars"},
		},
		{
			name:    "a date line outside a definition list is still a stamp",
			extra:   `<p class="x">12 March 2026, 10:42</p>`,
			wantNot: []string{"12 March 2026"},
		},
		{
			name:    "the label of a box of links goes with the links",
			extra:   `<div class="box"><div class="box-title">Around the harbour</div><ul><li><a href="/a">Ferry timetable for the winter</a></li><li><a href="/b">How the swing bridge works</a></li></ul></div>`,
			wantNot: []string{"Around the harbour", "Ferry timetable"},
			end:     true,
		},
		{
			name:  "a box with a sentence besides its links stays",
			extra: `<div class="box"><p>The council has published the engineers' report in full, with the repair plans.</p><ul><li><a href="/report">Engineers' report (PDF)</a></li><li><a href="/plans">Repair plans (PDF)</a></li></ul></div>`,
			want:  []string{"published the engineers' report in full"},
		},
		{
			name:  "a subhead that a sentence repeats is a subhead",
			extra: `<h2>The damaged pier could be repaired</h2>`,
			want:  []string{"The damaged pier could be repaired\n\n"},
		},
	} {
		page := recallStory(tc.extra)
		if tc.end {
			page = strings.Replace(recallStory(""), "</article>", tc.extra+"</article>", 1)
		}
		if tc.div {
			page = strings.ReplaceAll(strings.ReplaceAll(page, "<article>", `<div class="entry">`), "</article>", "</div>")
		}
		count := 0
		if tc.once {
			count = 1
		}
		checkStoryText(t, tc.name, page, tc.want, tc.wantNot, count)
	}
}

// checkStoryText extracts page (the bridge story of recallStory with
// extra markup) and checks that the story itself is there, that every
// string of want is in the text (count times, when count is set; else at
// least once) and none of wantNot is; name names the case.
func checkStoryText(t *testing.T, name, page string, want, wantNot []string, count int) {
	t.Helper()
	a, err := HTML([]byte(page), Input{URL: "https://gazette.test/local/bridge"})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	text := strings.Join(a.GetParagraphs(), "\n\n")
	if !strings.Contains(text, "The harbour bridge, closed since") || !strings.Contains(text, "help with their rents") {
		t.Errorf("%s: the story itself was cut:\n%s", name, text)
	}
	for _, s := range want {
		if n := strings.Count(text, s); n == 0 || count > 0 && n != count {
			t.Errorf("%s: %q %d times in the text, want %d:\n%s", name, s, n, max(count, 1), text)
		}
	}
	for _, s := range wantNot {
		if strings.Contains(text, s) {
			t.Errorf("%s: %q in the text:\n%s", name, s, text)
		}
	}
}

// TestLeadingNote checks that a box of one italic paragraph set above the
// story (a disclosure) goes, and that an italic lede among the story's
// paragraphs stays.
func TestLeadingNote(t *testing.T) {
	story := `<p>The harbour bridge, closed since a barge struck one of its piers in August, will reopen to traffic in April, the county council said.</p>
<p>Engineers found that the damaged pier could be repaired rather than rebuilt, which saved about four months.</p>
<p>Until then, buses will keep running over the old swing bridge, and the ferry will carry cyclists every fifteen minutes.</p>`
	// A note whose wording no text rule knows (an affiliate notice is a
	// stock line of rules/*.txt, whatever its markup): the cases test
	// the structure alone.
	note := "This story first appeared in the winter issue of our print edition and has been updated since."
	standfirst := "The harbour bridge will reopen in April: the county found the pier could be repaired, not rebuilt."
	for _, tc := range []struct {
		name string
		body string
		keep bool
	}{
		{"italic standfirst that retells the headline, in a box of its own", `<div class="intro"><p><em>` + standfirst + `</em></p></div>` + story, true},
		{"italic paragraph in a box of its own above the story", `<div class="notice"><p><em>` + note + `</em></p></div>` + story, false},
		{"italic lede among the story's paragraphs", `<p><em>` + note + `</em></p>` + story, true},
		{"box with a plain paragraph", `<div class="notice"><p>` + note + `</p></div>` + story, true},
		{"italic box with too little story after it", `<div class="notice"><p><em>` + note + `</em></p></div><p>The bridge reopens in April, the county council said on Tuesday, after repairs to the pier that a barge struck in August.</p><p>Until then, buses will keep running over the old swing bridge, and the ferry will carry cyclists every fifteen minutes.</p>`, true},
	} {
		page := `<html lang="en"><head><title>Harbour bridge to reopen</title></head><body><article><h1>Harbour bridge to reopen</h1><div class="entry-content">` + tc.body + `</div></article></body></html>`
		text := extractText(t, tc.name, page, "https://gazette.test/local/bridge")
		if got := strings.Contains(text, "winter issue") || strings.Contains(text, "could be repaired, not rebuilt"); got != tc.keep {
			t.Errorf("%s: note kept %v, want %v:\n%s", tc.name, got, tc.keep, text)
		}
		if !strings.Contains(text, "The bridge reopens in April") && !strings.Contains(text, "harbour bridge, closed since") {
			t.Errorf("%s: the story was cut:\n%s", tc.name, text)
		}
	}
}

// TestSemanticStory checks that a page wrapper whose class names lift it
// above the page's <main> gives way to it, and that a <main> holding only
// part of the story does not take it over.
func TestSemanticStory(t *testing.T) {
	story := `<p>The district will change the collection days for garden waste from January, when the new contract with the waste company begins.</p>
<p>Most households only get a new weekday. In the two northern villages, bins will be emptied every week in summer and every second week in winter.</p>
<p>Residents who want a larger bin, or who want to cancel theirs, can write to the waste office of the county council.</p>`
	box := `<div class="section section-light"><div class="container"><div class="row"><div class="col"><h3>Town hall opening hours</h3><p>Mon–Fri 8:00–12:00<br>Thu 14:00–18:30</p></div></div></div></div>`
	for _, tc := range []struct {
		name    string
		body    string
		want    []string
		wantNot []string
	}{
		{
			name:    "wrapper with a content class around <main> and a box",
			body:    `<div id="page-content" class="page-content main-section"><div class="section"><div class="container"><div class="row"><div class="col subnav"></div><main class="col">` + story + `</main></div></div></div>` + box + `</div>`,
			want:    []string{"collection days", "waste office"},
			wantNot: []string{"Town hall opening hours", "Mon–Fri"},
		},
		// The same page with the <main> wrapped once or twice more (one
		// more level than semanticStory looked through in 1.17.0).
		{
			name:    "<main> wrapped once more",
			body:    `<div id="page-content" class="page-content main-section"><div class="section"><div class="container"><div class="row"><div class="col subnav"></div><div class="col-wrap"><main class="col">` + story + `</main></div></div></div></div>` + box + `</div>`,
			want:    []string{"collection days", "waste office"},
			wantNot: []string{"Town hall opening hours", "Mon–Fri"},
		},
		{
			name:    "<main> wrapped twice more",
			body:    `<div id="page-content" class="page-content main-section"><div class="section"><div class="container"><div class="row"><div class="col subnav"></div><div class="col-wrap"><div class="inner"><main class="col">` + story + `</main></div></div></div></div></div>` + box + `</div>`,
			want:    []string{"collection days", "waste office"},
			wantNot: []string{"Town hall opening hours", "Mon–Fri"},
		},
		{
			name: "<main> with part of the story only",
			body: `<div id="page-content" class="page-content main-section"><p>The district will change the collection days for garden waste from January, when the new contract with the waste company begins, the council said.</p><div class="wrap"><main>` + story + `</main></div></div>`,
			want: []string{"when the new contract with the waste company begins, the council said", "waste office"},
		},
	} {
		page := `<html lang="en"><head><title>New collection days for garden waste</title></head><body><header><a href="/">District council</a></header>` + tc.body + `<footer><p>District council, High Street 1</p></footer></body></html>`
		text := extractText(t, tc.name, page, "https://district.test/news/garden-waste")
		checkHas(t, tc.name, text, tc.want, tc.wantNot)
	}
}
