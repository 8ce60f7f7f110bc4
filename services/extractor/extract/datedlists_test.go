package extract

import (
	"strings"
	"testing"
)

// datedStory is a story of five paragraphs (about 150 words) for the pages
// below.
const datedStory = `<p>WESTFIELD -- The city council voted 6-1 on Monday to raise water rates by 9 percent starting in July, the first increase since 2003.</p>
<p>City manager Paul Grant said the money will pay for new pipes under Main Street, where three mains broke last winter and left businesses without water for two days.</p>
<p>A household that uses 6,000 gallons a month will pay about $3.40 more on each bill. Seniors who qualify for the city's tax relief program will be exempt.</p>
<p>Council member Rita Owens, the lone vote against the increase, said the city should have asked the state for a low-interest loan first.</p>
<p>The new rates will be on the agenda again at the council's budget hearing on April 8, when residents can speak.</p>`

// TestDatedList checks that a related-story list whose items are each a
// linked headline and its date goes from the end of the story column,
// whether each item is a block of its own with a teaser line or the items
// sit on <br> lines that read as one paragraph, and that what only looks
// like one stays: two dated links, long story paragraphs that open with a
// link and name a date, an unlinked schedule of dates.
func TestDatedList(t *testing.T) {
	page := `<html><head><title>Council raises water rates 9 percent</title></head><body>
<div id="nav"><a href="/">Home</a> <a href="/news/">News</a> <a href="/sports/">Sports</a></div>
<div class="col"><div class="body">` + datedStory + `
%s
</div></div><p><small>All rights reserved.</small></p></body></html>`
	item := func(head, date, teaser string) string {
		return `<div class="row"><b><a href="/news/` + strings.ReplaceAll(head, " ", "-") + `.html">` + head + `</a></b> - <i>` + date + `</i><br>` + teaser + `</div>`
	}
	blocks := `<div class="box"><img src="/img/section_01.gif">` +
		item("Sewer fees to rise in spring", "09 Nov, 2007", "Second increase in a year.") +
		item("Main Street closed for pipe work", "23 Aug, 2007", "Detours until October.") +
		item("Water main breaks downtown", "21 May, 2007", "Three blocks without water.") +
		item("Council approves budget", "16 Apr, 2007", "Taxes stay flat.") + `</div>`
	brLines := `<hr><div><b>Related to this story:</b></div><br>
<a href="/news/1.stm">Sewer fees to rise in spring</a> <span class="d">(31 Dec 07&nbsp;|&nbsp;City news)</span><br>
<a href="/news/2.stm">Main Street closed for pipe work</a> <span class="d">(30 Dec 07&nbsp;|&nbsp;City news)</span><br>
<a href="/news/3.stm">Water main breaks downtown</a> <span class="d">(28 Dec 07&nbsp;|&nbsp;Business)</span><br>
<a href="/news/4.stm">Council approves budget</a> <span class="d">(21 Dec 07&nbsp;|&nbsp;Politics)</span><br>`
	for _, tc := range []struct {
		name, tail    string
		want, wantNot []string
	}{
		{
			"items in blocks of their own, with teasers", blocks,
			[]string{"WESTFIELD -- The city council voted", "when residents can speak."},
			[]string{"Sewer fees to rise", "09 Nov, 2007", "Taxes stay flat.", "Council approves budget"},
		},
		{
			"items on <br> lines read as one paragraph", brLines,
			[]string{"WESTFIELD -- The city council voted", "when residents can speak."},
			[]string{"Sewer fees to rise", "31 Dec 07", "Related to this story"},
		},
		{
			"two dated links are no list", item("Sewer fees to rise in spring", "09 Nov, 2007", "Second increase in a year.") +
				item("Council approves budget", "16 Apr, 2007", "Taxes stay flat."),
			[]string{"when residents can speak.", "Sewer fees to rise in spring - 09 Nov, 2007", "Council approves budget"},
			nil,
		},
		{
			"story paragraphs that open with a link and name dates",
			`<p><a href="/people/owens">Rita Owens</a> first ran for the council on Nov 4, 2003, and won her seat by 212 votes after a recount that took the county clerk nearly three weeks to finish.</p>
<p><a href="/people/grant">Paul Grant</a> became city manager on Jan 2, 2006, after eleven years as the public works director, and he has overseen every water project since then.</p>
<p><a href="/people/marsh">Linda Marsh</a>, who covered the council from Dec 1, 1999, to this spring, said that no rate vote in that time had drawn so few residents to speak at the hearing.</p>`,
			[]string{"Rita Owens first ran for the council", "Paul Grant became city manager", "Linda Marsh, who covered the council"},
			nil,
		},
		{
			"unlinked dated lines",
			`<div class="row"><b>Sewer fees rose</b> - <i>09 Nov, 2007</i><br>Second increase in a year.</div>
<div class="row"><b>Main Street closed</b> - <i>23 Aug, 2007</i><br>Detours until October.</div>
<div class="row"><b>Water main broke</b> - <i>21 May, 2007</i><br>Three blocks without water.</div>`,
			[]string{"Sewer fees rose - 09 Nov, 2007", "Water main broke - 21 May, 2007 Three blocks without water."},
			nil,
		},
	} {
		checkHas(t, tc.name, extractText(t, tc.name, strings.Replace(page, "%s", tc.tail, 1), "http://www.westfieldledger.test/news/city/4.html"), tc.want, tc.wantNot)
	}
}

// TestPromoLinkLine checks that a house promo line that is only an
// imperative link goes, before the story or after it, in English and
// German: a short line closed by a one-word "HERE" link to the site
// itself, a line opened by "click" and what to click for. A "here" link
// to another site is the story citing its source and stays, as do a
// story sentence that ends on "here" and one that opens with "Click" the
// name.
func TestPromoLinkLine(t *testing.T) {
	page := `<html><head><title>Council raises water rates 9 percent</title></head><body>
<div class="col">%s` + datedStory + `%s</div>
<p><small>All rights reserved.</small></p></body></html>`
	for _, tc := range []struct {
		name, before, after string
		want, wantNot       []string
	}{
		{
			"HERE links to the site before the story",
			`<p>Get 7p off the current edition of the Ledger by Direct Delivery <a href="http://www.westfieldledger.test/subscribe">HERE</a></p>
<p>Check out our updated <a href="/video">TV and Video section</a>. Click <a href="/video">HERE</a>.</p>`, "",
			[]string{"WESTFIELD -- The city council voted", "when residents can speak."},
			[]string{"Direct Delivery", "TV and Video section"},
		},
		{
			"click lines after the story", "",
			`<p><a href="/gallery/owens">Click for the council gallery</a></p>
<p><a href="/subscribe">Click to subscribe</a></p>
<p>Klicken Sie hier, um weitere aktuelle Nachrichten aus dem Rathaus zu finden:</p>`,
			[]string{"when residents can speak."},
			[]string{"council gallery", "Click to subscribe", "Klicken Sie hier"},
		},
		{
			"a here link to another site cites the source", "",
			`<p>More about the state loan program <a href="http://www.state-water.test/loans">here</a>.</p>`,
			[]string{"when residents can speak.", "More about the state loan program here."},
			nil,
		},
		{
			"story sentences that end on here or open with Click", "",
			`<p>"We have been here before," Owens said, and she asked the council to wait a month before it votes on <a href="/rates">the next rates</a> here.</p>
<p>Click, the technology show on the local station, will cover the new meters.</p>`,
			[]string{"We have been here before", "Click, the technology show"},
			nil,
		},
	} {
		html := strings.Replace(strings.Replace(page, "%s", tc.before, 1), "%s", tc.after, 1)
		checkHas(t, tc.name, extractText(t, tc.name, html, "http://www.westfieldledger.test/news/city/4.html"), tc.want, tc.wantNot)
	}
}

// TestPromoBox checks that a narrow promo box set into the story between
// its paragraphs (a team blog's teaser, a chat invitation, a schedule
// link, an alerts sign-up; a label over one link) goes while the story on
// both sides of it stays, and that boxes of the story's own stay: a data
// table with linked names, a quote box with one link to its source, a fact
// box with a paragraph of story length.
func TestPromoBox(t *testing.T) {
	page := `<html><head><title>Council raises water rates 9 percent</title></head><body>
<div id="nav"><a href="/">Home</a> <a href="/news/">News</a> <a href="/sports/">Sports</a></div>
<span class="body">
<p>WESTFIELD -- The city council voted 6-1 on Monday to raise water rates by 9 percent starting in July, the first increase since 2003.</p>
<p>City manager Paul Grant said the money will pay for new pipes under Main Street, where three mains broke last winter and left businesses without water for two days.</p><table border="0" align="left"><tr><td><div class="inset"><div class="freeform"><table width="170">%s</table></div></div></td></tr></table>
<p>A household that uses 6,000 gallons a month will pay about $3.40 more on each bill. Seniors who qualify for the city's tax relief program will be exempt.</p>
<p>Council member Rita Owens, the lone vote against the increase, said the city should have asked the state for a low-interest loan first.</p>
<p>The new rates will be on the agenda again at the council's budget hearing on April 8, when residents can speak.</p>
</span><p><small>All rights reserved.</small></p></body></html>`
	for _, tc := range []struct {
		name, box     string
		want, wantNot []string
	}{
		{
			"a promo box of links and short lines",
			`<tr><td><b>Your City Hall source</b></td></tr><tr><td>
<h3><a href="/blogs/cityhall/rates.html">Rates: what the vote means for you</a></h3>
Twenty minutes into the hearing, the first resident finally ... <b><a href="/blogs/cityhall/">See more blog entries</a></b><br><br>
<b>City Hall chat</b><br><a href="/chat.html">Submit your questions</a> for our reporter Linda Marsh.<br><br>
<b><a href="/council/schedule.html">Meeting schedule, photos</a></b><br><br>
<b>Alerts:</b><br>Sign up for free council news sent to <a href="/alerts.html">your phone.</a></td></tr>`,
			[]string{"WESTFIELD -- The city council voted", "left businesses without water for two days.", "A household that uses 6,000 gallons", "when residents can speak."},
			[]string{"City Hall source", "See more blog entries", "Submit your questions", "Meeting schedule", "council news sent to"},
		},
		{
			"a box of a label and one link",
			`<tr><td><b>Have your say</b></td></tr><tr><td><a href="/debate/rates">Your thoughts on the rate rise</a></td></tr>`,
			[]string{"left businesses without water for two days.", "A household that uses 6,000 gallons"},
			[]string{"Have your say", "Your thoughts on the rate rise"},
		},
		{
			"a data table with linked names",
			`<tr><td><a href="/towns/westfield">Westfield</a></td><td>9 percent</td></tr>
<tr><td><a href="/towns/easton">Easton</a></td><td>4 percent</td></tr>
<tr><td><a href="/towns/lenox">Lenox</a></td><td>none</td></tr>`,
			[]string{"Westfield", "9 percent", "Easton", "4 percent"},
			nil,
		},
		{
			"a quote box with one link to its source",
			`<tr><td>"We waited too long to fix the pipes, and the bill has come due for every household in town"</td></tr>
<tr><td>Paul Grant, city manager</td></tr><tr><td><a href="/news/pipes.html">Pipes: the long repair</a></td></tr>`,
			[]string{"We waited too long to fix the pipes", "Paul Grant, city manager"},
			nil,
		},
		{
			"a fact box with a paragraph of story length",
			`<tr><td><b>The increase</b></td></tr>
<tr><td>The 9 percent increase adds about $3.40 to a monthly bill of 6,000 gallons, and the city expects it to raise $1.2 million a year for the pipe work under Main Street and two other streets downtown.</td></tr>
<tr><td><a href="/rates.html">Rate table</a></td></tr><tr><td><a href="/faq.html">Questions and answers</a></td></tr>`,
			[]string{"The 9 percent increase adds about $3.40"},
			nil,
		},
	} {
		checkHas(t, tc.name, extractText(t, tc.name, strings.Replace(page, "%s", tc.box, 1), "http://www.westfieldledger.test/news/city/4.html"), tc.want, tc.wantNot)
	}
}

// TestPromoBlock checks that a <div> of links and blurbs set between the
// story's <p>s, after the lede, goes (a blog promo, a link to it, section
// headings of score links), and that a <div> of short story lines with
// one link stays.
func TestPromoBlock(t *testing.T) {
	page := `<html><head><title>Council raises water rates 9 percent</title></head><body>
<div id="nav"><a href="/">Home</a> <a href="/news/">News</a> <a href="/sports/">Sports</a></div>
<div id="articleBody">
<p>WESTFIELD -- The city council voted 6-1 on Monday to raise water rates by 9 percent starting in July, the first increase since 2003.</p>
<div id="articleInline">%s</div>
<p>City manager Paul Grant said the money will pay for new pipes under Main Street, where three mains broke last winter and left businesses without water for two days.</p>
<p>A household that uses 6,000 gallons a month will pay about $3.40 more on each bill. Seniors who qualify for the city's tax relief program will be exempt.</p>
<p>Council member Rita Owens, the lone vote against the increase, said the city should have asked the state for a low-interest loan first.</p>
<p>The new rates will be on the agenda again at the council's budget hearing on April 8, when residents can speak.</p>
</div><p><small>All rights reserved.</small></p></body></html>`
	for _, tc := range []struct {
		name, block   string
		want, wantNot []string
	}{
		{
			"a blog promo with section headings",
			`<a href="#second" class="jump">Skip to next paragraph</a>
<div class="story"><p class="summary">Insight and analysis from the Ledger on the people and the politics of City Hall.</p>
<a class="more" href="http://cityhall.blogs.westfieldledger.test/">Go to the City Hall Blog »</a></div>
<div class="story"><h4>Council races</h4><h4>Town meetings</h4></div>`,
			[]string{"WESTFIELD -- The city council voted", "City manager Paul Grant said", "when residents can speak."},
			[]string{"Insight and analysis from the Ledger", "City Hall Blog", "Council races", "Town meetings"},
		},
		{
			"short story lines with one link",
			`<p><b>What changes</b></p><p>Rates rise 9 percent in July.</p><p>Seniors in the <a href="/relief">relief program</a> are exempt.</p><p>The hearing is April 8.</p>`,
			[]string{"Rates rise 9 percent in July.", "Seniors in the relief program are exempt.", "The hearing is April 8."},
			nil,
		},
	} {
		checkHas(t, tc.name, extractText(t, tc.name, strings.Replace(page, "%s", tc.block, 1), "http://www.westfieldledger.test/news/city/4.html"), tc.want, tc.wantNot)
	}
}

// TestClickOpen checks the imperative opener in the languages it names,
// Cyrillic included (a \b would not match after a Cyrillic word).
func TestClickOpen(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Click HERE", true},
		{"Klicken Sie hier, um weitere Nachrichten zu finden", true},
		{"Cliquez ici pour vous abonner", true},
		{"Haga clic aquí para suscribirse", true},
		{"Нажмите здесь, чтобы подписаться", true},
		{"Click, the technology show, returns", false},
		{"Clicking here opens the archive", false},
	} {
		if got := clickOpenRe.MatchString(tc.in); got != tc.want {
			t.Errorf("clickOpenRe(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
