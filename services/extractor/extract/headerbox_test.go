package extract

import "testing"

// headerBoxBody is a story body of running text, long enough to be a
// story's, for the header-box cases.
const headerBoxBody = `<div class="post-body">
<p>The transport authority matched anonymous ticket data with shift patterns from the three big hospitals and the airport, and most night journeys did not start in the centre at all.</p>
<p>They started at hospitals, warehouses and the airport, and ended in outer estates that had no night service, which is why the new map has three orbital routes that never touch the centre.</p>
<p>The southern estates still get only an hourly bus, and the orbital routes stop at three in the morning, exactly when early cleaning shifts begin; a review is planned after six months.</p>
</div>`

func TestStoryHeaderBox(t *testing.T) {
	cases := []struct {
		name, header string
		want, not    []string
	}{{
		// A newsletter post's header box, named "header", with a
		// subtitle under the headline and no <article> around it.
		name:   "subtitle in a header box",
		header: `<div class="post-header"><h1 class="post-title">The night bus map is finally fixed</h1><h3 class="subtitle">After four years of complaints, the authority has redrawn its night network around where people live.</h3><div class="byline"><a href="/profile/o">Owen Pritchard</a> · Nov 27, 2026</div></div>`,
		want:   []string{"After four years of complaints", "matched anonymous ticket data", "a review is planned"},
		not:    []string{"Owen Pritchard"},
	}, {
		// A magazine's entry header: kicker, headline, excerpt in a
		// wrapper, credits and a share row; a picture before the body.
		name: "excerpt in an entry header, picture between",
		header: `<div class="entry-header"><p class="kicker">Report</p><h1>The night bus map is finally fixed</h1><div class="excerpt"><p>After four years of complaints, the authority has redrawn its night network around where people live.</p></div>` +
			`<div class="share-row"><span>Share:</span> <a href="https://facebook.test/x">Facebook</a> <a href="mailto:?x">E-mail</a></div></div>` +
			`<figure><img src="/img/map.jpg" alt=""></figure>`,
		want: []string{"After four years of complaints", "matched anonymous ticket data"},
		not:  []string{"Facebook"},
	}, {
		// A headline with only metadata under it: nothing to keep
		// from the box.
		name:   "headline and metadata only",
		header: `<div class="question-header"><h1>The night bus map is finally fixed</h1><div class="meta">Asked 2 days ago · Viewed 318 times</div></div>`,
		want:   []string{"matched anonymous ticket data"},
		not:    []string{"Asked 2 days ago"},
	}, {
		// The site's header: its <h1> is the site's name, its line a
		// tagline.
		name:   "site header",
		header: `<div class="site-header"><h1><a href="/">City Rails</a></h1><p>A reader-supported newsletter about getting around the city and the region.</p></div>`,
		want:   []string{"matched anonymous ticket data"},
		not:    []string{"reader-supported newsletter"},
	}, {
		// A question's header whose metadata row is a plain <div> of
		// eight words or more, no class to name it: a row of parts
		// joined by separators is no standfirst (review10: it was kept
		// as one, the box with it).
		name:   "question header with a plain metadata row",
		header: `<div id="question-header"><h1>The night bus map is finally fixed</h1><div>Asked 2 days ago · Modified today · Viewed 318 times by readers</div></div>`,
		want:   []string{"matched anonymous ticket data"},
		not:    []string{"Asked 2 days ago"},
	}, {
		// Guard: a standfirst that sets a kicker off with one separator
		// and ends no sentence is still the story's.
		name:   "standfirst after a kicker and a separator",
		header: `<div class="post-header"><h1 class="post-title">The night bus map is finally fixed</h1><h3 class="subtitle">Night buses · After four years of complaints the authority redraws its night network around where people live</h3></div>`,
		want:   []string{"After four years of complaints", "matched anonymous ticket data"},
	}}
	for _, c := range cases {
		page := `<html><head><title>The night bus map is finally fixed - City Rails</title></head><body><div class="page"><div class="post">` +
			c.header + headerBoxBody + `</div></div><footer>© City Rails</footer></body></html>`
		text := extractText(t, c.name, page, "https://cityrails.test/p/night-bus")
		checkHas(t, c.name, text, c.want, c.not)
	}
}

func TestSubheadHeaderModule(t *testing.T) {
	frame := func(inner string) string {
		return `<div class="frame frame-type-text"><a id="c1"></a>` + inner + `</div>`
	}
	text1 := frame(`<div class="bodytext"><p>The utility lowers the price of district heating by 1.4 cents per kilowatt hour from February, and a household with an average use saves about 168 euros a year.</p></div>`)
	text2 := frame(`<div class="bodytext"><p>By 2030 the utility wants renewable heat to make up sixty per cent of the network, and a large heat pump at the treatment works is being planned.</p></div>`)
	list := frame(`<ul><li>The new price applies automatically, and no application is needed.</li><li>Instalments are adjusted with the next bill sent to customers.</li></ul>`)
	cases := []struct {
		name, modules string
		want, not     []string
	}{{
		name:    "subhead in a header module between text modules",
		modules: text1 + `<div class="frame frame-type-header"><a id="c2"></a><header><h2>What changes for customers</h2></header></div>` + list + text2,
		want:    []string{"What changes for customers", "no application is needed", "a large heat pump"},
	}, {
		name:    "subhead in a bare header between text modules",
		modules: text1 + `<header><h2>What changes for customers</h2></header>` + list + text2,
		want:    []string{"What changes for customers", "no application is needed"},
	}, {
		// Before the story's run, a header module is the page's.
		name:    "header module before the text",
		modules: `<div class="frame frame-type-header"><a id="c0"></a><header><h2>Utility news and press releases</h2></header></div>` + text1 + list + text2,
		want:    []string{"lowers the price of district heating"},
		not:     []string{"Utility news and press releases"},
	}}
	for _, c := range cases {
		page := `<html><head><title>District heating gets cheaper from February</title></head><body><div class="page-content"><div class="container">` +
			`<div class="frame frame-type-header"><header><h1>District heating gets cheaper from February</h1></header></div>` + c.modules +
			`</div></div><footer><a href="/imprint">Imprint</a></footer></body></html>`
		text := extractText(t, c.name, page, "https://utility.test/press/heating")
		checkHas(t, c.name, text, c.want, c.not)
	}
}
