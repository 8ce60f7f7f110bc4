package extract

import "testing"

// TestStoryHeader checks that a story's own <header> (the headline, a
// standfirst, the byline) on a page of plain <div>s, with no <article> or
// <main>, keeps its standfirst, and that the site's <header>, whose <h1>
// is the site's name, still goes.
func TestStoryHeader(t *testing.T) {
	page := `<html><head><title>Council backs four-day week trial for its own staff | The Fen Courier</title></head><body>
<header class="site-header"><h1><a href="/">The Fen Courier</a></h1><p>News for the towns and villages of the fens since 1862</p><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<div class="main"><div class="article">
<header class="article-header"><h1>Council backs four-day week trial for its own staff</h1>
<p class="standfirst">Office workers at the district council will work 32 hours for the same pay during a twelve-month pilot starting in October</p>
<div class="byline"><a href="/authors/pn">Priya Nair</a></div></header>
<div class="article-body">
<p>District councillors voted 21 to 14 on Tuesday night to trial a four-day week for around 280 office staff, despite warnings from the opposition.</p>
<p>Under the plan, the contact centre and waste collections will keep their hours, with staff working in two shifts across the week.</p>
<p>The council will publish figures on sick leave, recruitment and complaints every quarter and vote again on the scheme next autumn.</p>
</div></div></div>
<footer>© The Fen Courier</footer></body></html>`
	text := extractText(t, "plain divs", page, "https://fencourier.test/news/four-day-week")
	checkHas(t, "plain divs", text,
		[]string{"Office workers at the district council will work 32 hours", "District councillors voted 21 to 14", "vote again on the scheme next autumn."},
		[]string{"News for the towns and villages", "Priya Nair"})
}
