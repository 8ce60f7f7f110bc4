package extract

import "testing"

// TestSplitStory checks that a story whose body container the page closes
// around an ad slot or a "continue reading" link and opens again, built
// alike, comes out whole.
func TestSplitStory(t *testing.T) {
	first := `<p>The regional council will renovate 58 schools next year, with 3.6 billion set aside from the regional and federal budgets for the work.</p>
<p>Roofs, windows and heating will be replaced, and sports halls and canteens will be refitted in most of the buildings on the list.</p>`
	second := `<p>Work starts first in three towns where the buildings are more than sixty years old, and it will be done in summer so that lessons go on.</p>
<p>In six schools where the work takes longer than three months, pupils will move to neighbouring buildings for the time being.</p>`
	page := func(body string) string {
		return `<html><head><title>58 schools to be renovated</title></head><body><header><a href="/">Regional Ministry</a></header><main><div class="news-item"><h1>58 schools to be renovated</h1><div class="date">5 December 2026</div>` +
			body + `</div></main><footer>© Regional Ministry</footer></body></html>`
	}
	box := func(s string) string {
		return `<div class="news-item__content"><div class="block block-text"><div class="block__inner">` + s + `</div></div><div class="block block-image"><img src="/s.jpg" alt=""></div></div>`
	}
	// headed is a page whose first half holds the headline and the second,
	// longer one wins the scoring.
	long := second + `<p>The ministry will publish the full list of schools and the dates of the works on its website before the end of the year.</p>
<p>Parents can ask the schools' offices which classrooms move, and buses will take pupils to the neighbouring buildings free of charge.</p>`
	headed := func(sep string) string {
		return `<html><head><title>58 schools to be renovated</title></head><body><header><a href="/">Regional Ministry</a></header><main>` +
			`<div class="news news-single"><div class="article"><div class="header"><h1>58 schools to be renovated</h1></div><div class="date"><time datetime="2026-12-05">05.12.2026</time> · Press office</div>` +
			`<div class="container"><div class="row"><div class="col"><div class="frame"><div class="bodytext">` + first + `</div></div></div></div></div>` +
			`<div class="frame"><blockquote><p>Every child deserves a warm and dry classroom.</p><cite>The minister</cite></blockquote></div></div>` + sep +
			`<div class="article"><div class="frame"><div class="bodytext">` + long + `</div></div><div class="related"><h4>Downloads</h4><ul><li><a href="/list.pdf">List of schools (PDF)</a></li></ul></div><div class="back"><a href="/news/">Back to the overview</a></div></div></div></main><footer>© Regional Ministry</footer></body></html>`
	}
	for _, tc := range []struct {
		name, body    string
		want, wantNot []string
	}{
		{
			"split around an ad slot", box(first) + `<div class="ad-container"><div class="ad-label">Advertisement</div><iframe src="https://ads.example.net/1" width="300" height="250"></iframe></div>` + box(second),
			[]string{"renovate 58 schools", "pupils will move"},
			[]string{"Advertisement"},
		},
		{
			"split around a continue link", box(first) + `<div class="read-on"><a href="#more">Continue reading</a></div>` + box(second),
			[]string{"renovate 58 schools", "pupils will move"},
			nil,
		},
	} {
		checkHas(t, tc.name, extractText(t, tc.name, page(tc.body), "https://ministry.test/news/schools"), tc.want, tc.wantNot)
	}
	// The first half holds the headline.
	for _, sep := range []string{`<div class="read-on"><a href="#more">Continue reading</a></div>`, `<div class="ad-container"><iframe src="https://ads.example.net/1"></iframe></div>`} {
		checkHas(t, "first half with the headline", extractText(t, "headed", headed(sep), "https://ministry.test/news/schools"),
			[]string{"renovate 58 schools", "buses will take pupils"}, nil)
	}
}
