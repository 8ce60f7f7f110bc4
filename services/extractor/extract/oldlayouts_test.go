package extract

import (
	"strings"
	"testing"
)

// oldStory is a story of five <br><br> paragraphs (about 150 words) for the
// table-layout pages below.
const oldStory = `WESTFIELD -- The city council voted 6-1 on Monday to raise water rates by 9 percent starting in July, the first increase since 2003.<br><br>
City manager Paul Grant said the money will pay for new pipes under Main Street, where three mains broke last winter and left businesses without water for two days.<br><br>
A household that uses 6,000 gallons a month will pay about $3.40 more on each bill. Seniors who qualify for the city's tax relief program will be exempt.<br><br>
Council member Rita Owens, the lone vote against the increase, said the city should have asked the state for a low-interest loan first.<br><br>
The new rates will be on the agenda again at the council's budget hearing on April 8, when residents can speak.<br><br>`

// TestHeaderRun checks that the header run of a story cell on a table
// layout (breadcrumb, headline, byline, date and tool row on <br> lines
// before the first <br><br>) goes with the headline it holds, whether the
// title names the site before or after the headline, and that a lede
// opening with the headline's words stays.
func TestHeaderRun(t *testing.T) {
	page := `<html><head><title>%s</title></head><body>
<table width="770"><tr><td width="150"><font size="1"><a href="/news/">News</a><br><a href="/sports/">Sports</a><br><a href="/obits/">Obituaries</a></font></td>
<td width="620"><table><tr><td>
%s
<font face="Times" size="3">` + oldStory + `</font>
</td></tr></table></td></tr></table>
<p><font size="1">All rights reserved.</font></p></body></html>`
	header := `<font size="1"><a href="/">Home</a> &gt; <a href="/news/">News</a> &gt; <a href="/news/city/">City</a></font><br>
<font size="4"><b>Council raises water rates 9 percent</b></font><br>
<font size="2">By LINDA MARSH<br>Ledger Staff Writer</font><br>
<font size="1"><a href="/print?id=4">Print this story</a> | <a href="/mail?id=4">E-mail to a friend</a></font><br><br>`
	for _, tc := range []struct {
		name, title, head string
		want, wantNot     []string
	}{
		{
			"site before the headline", "The Westfield Ledger - Council raises water rates 9 percent", header,
			[]string{"WESTFIELD -- The city council voted", "when residents can speak."},
			[]string{"Print this story", "E-mail to a friend", "LINDA MARSH", "Home > News"},
		},
		{
			"site after the headline", "Council raises water rates 9 percent | Westfield Ledger", header,
			[]string{"WESTFIELD -- The city council voted"},
			[]string{"Print this story", "LINDA MARSH"},
		},
		{
			"a lede that opens with the headline's words", "Council raises water rates 9 percent - The Westfield Ledger",
			`<font size="3">Council raises water rates 9 percent for the first time since 2003, and the vote was not close.</font><br><br>`,
			[]string{"Council raises water rates 9 percent for the first time since 2003, and the vote was not close."},
			nil,
		},
	} {
		checkHas(t, tc.name, extractText(t, tc.name, strings.Replace(strings.Replace(page, "%s", tc.title, 1), "%s", tc.head, 1), "http://www.westfieldledger.test/news/city/4.html"), tc.want, tc.wantNot)
	}
}

// TestStampedByline checks that a byline line carrying a named
// publication or update stamp goes (French, English, Spanish), that a
// byline with a bare date is left to the byline rules (benchmarks of the
// time keep it), and that a sentence of the story that mentions a
// publication stays.
func TestStampedByline(t *testing.T) {
	page := `<html><head><title>Le tram arrive en 2011</title></head><body><div id="menu"><a href="/">Accueil</a> <a href="/region/">Région</a></div>
<div class="article"><h1>Le tram arrive en 2011</h1>
<p class="x1">%s</p>
<div class="corps"><p>La communauté urbaine a confirmé mardi le tracé de la première ligne de tramway, qui reliera la gare au campus en vingt-deux minutes à partir de septembre 2011.</p>
<p>Les travaux commenceront en juin sur le boulevard central. La circulation y sera réduite à une voie dans chaque sens pendant un an, a précisé le vice-président chargé des transports.</p>
<p>Les commerçants demandent des indemnités pour la durée du chantier. Une commission sera créée pour examiner leurs dossiers au cas par cas.</p></div></div>
<div id="pied">Tous droits réservés</div></body></html>`
	for _, tc := range []struct {
		name, line string
		gone       bool
	}{
		{"French byline with both stamps", "Par Claire Morvan — publié le 04/03/2008 à 06h30 | mis à jour à 11h12", true},
		{"English byline with an update stamp", "By Tom Healy | Published 03/04/2008 06:30 | Updated 11:12", true},
		{"Spanish byline with an update stamp", "Por Ana Ruiz, 04/03/2008 - 06:30 h. Actualizado: 11:12 h", true},
		{"byline with a bare date", "By Ravi K. Menon, March 4, 2008 - 10:55 IST", false},
		{"a sentence about a publication", "Le rapport, publié le 3 mars 2008 à 10h00, recommande une deuxième ligne avant 2015.", false},
	} {
		text := extractText(t, tc.name, strings.Replace(page, "%s", tc.line, 1), "http://www.courrier.test/region/tram.html")
		want, wantNot := []string{"Une commission sera créée"}, []string{tc.line}
		if !tc.gone {
			want, wantNot = append(want, tc.line), nil
		}
		checkHas(t, tc.name, text, want, wantNot)
	}
}

// TestRuledTail checks that a typed rule after the story and the short
// lines after it (a sponsor's note, a house promo, back links) go, that a
// wire's credit line alone after a rule stays with it (benchmarks of the
// time keep both), and that a feature's "* * *" break and the section
// after it stay.
func TestRuledTail(t *testing.T) {
	page := `<html><head><title>Rail line to add weekend trains - Transit Weekly</title></head><body>
<div id="nav"><a href="/">Home</a> <a href="/rail/">Rail</a> <a href="/bus/">Bus</a></div>
<table><tr><td class="story"><h1>Rail line to add weekend trains</h1>
<p>The regional rail authority will add hourly weekend trains on the Valley line from May, its board decided on Thursday, after ridership on the line grew by a fifth last year.</p>
<p>Trains will run from 7 a.m. to 11 p.m. on Saturdays and Sundays. The authority will hire twelve conductors and lease two more train sets for the service.</p>
<p>Fares stay the same. The board also asked staff to study a late-night train on Fridays, which riders asked for at three public meetings last fall.</p>
%s
</td></tr></table><div id="foot">Copyright Transit Weekly</div></body></html>`
	for _, tc := range []struct {
		name, tail    string
		want, wantNot []string
	}{
		{
			"sponsor and back links after a rule",
			`<p>-----</p><p><b>Sponsored by</b> <a href="http://ads.test/1">Lakeside Tours</a>: group rail trips this spring at 15% off. <a href="http://ads.test/1">Book now</a>.</p><p><a href="/rail/">&lt;&lt; Back to Rail</a> | <a href="/archive/">Archive</a></p>`,
			[]string{"a late-night train on Fridays"},
			[]string{"-----", "Lakeside Tours", "Back to Rail"},
		},
		{
			"two promos after a rule",
			`<p>==========</p><p>Don't miss the Transit Summit on June 3, the region's biggest meeting of planners and operators. <a href="/summit/">Register today</a>.</p><p>Read our white papers on fare systems in the <a href="/papers/">library</a>.</p>`,
			[]string{"a late-night train on Fridays"},
			[]string{"==========", "Transit Summit", "white papers"},
		},
		{
			"a wire's credit after a rule",
			`<p>___</p><p>Associated Press writer Dana Cole contributed to this report.</p>`,
			[]string{"a late-night train on Fridays", "Associated Press writer Dana Cole contributed to this report."},
			nil,
		},
		{
			"a feature's section break",
			`<p>* * *</p><p>For riders like Marta Silva, who works Saturdays at the hospital, the change means no more 40-minute bus trip. "I get an hour of my weekend back," she said.</p>`,
			[]string{"* * *", "I get an hour of my weekend back"},
			nil,
		},
	} {
		checkHas(t, tc.name, extractText(t, tc.name, strings.Replace(page, "%s", tc.tail, 1), "http://www.transitweekly.test/rail/0412.html"), tc.want, tc.wantNot)
	}
}

// TestPostMetadata checks that a blog theme's post footer named with a
// joined class word ("postmetadata", "entrymeta") goes, as "meta" lines
// do, and that the post's last paragraph stays.
func TestPostMetadata(t *testing.T) {
	page := `<html><head><title>Snow day math &raquo; Room 12 Notes</title></head><body><div id="header"><h1><a href="/">Room 12 Notes</a></h1></div>
<div id="content"><div class="post" id="post-88"><h2>Snow day math</h2><small>March 5th, 2008</small>
<div class="entry"><p>We lost three days to snow this month, which means the fractions unit has to shrink from four weeks to a little under three.</p>
<p>I am cutting the review day before the quiz and folding the word problems into homework. The class voted to keep the pizza fractions project, so that stays.</p>
<p>Parents, please look for the new homework calendar in Friday folders.</p>
<p class="%s"><small>This entry was posted on Wednesday, March 5th, 2008 at 6:12 pm and is filed under Classroom. You can follow any responses to this entry through the RSS 2.0 feed.</small></p></div></div></div>
<div id="footer">Powered by WordPress</div></body></html>`
	for _, class := range []string{"postmetadata alt", "entrymeta"} {
		checkHas(t, class, extractText(t, class, strings.Replace(page, "%s", class, 1), "http://room12.test/2008/03/snow-day-math/"),
			[]string{"Parents, please look for the new homework calendar in Friday folders."},
			[]string{"This entry was posted on", "filed under Classroom"})
	}
}
