package extract

import (
	"strings"
	"testing"
)

// TestFactsBoxAmongBareText checks that a box of facts (an <aside> with a
// heading and a list, named nothing telling) set among a story written as
// bare text between <br><br>, or as the items of a list, stays, as it does
// among <p>s, and that a sidebar of links beside the same text still goes.
func TestFactsBoxAmongBareText(t *testing.T) {
	paras := []string{
		"The price of electricity on the regulated tariff falls by three percent on Wednesday, to 0.129 euros per kilowatt hour, the grid operator said.",
		"The drop is due to the wind: wind farms will cover almost half of the demand during the night and early morning.",
		"To save money, households should run washing machines in the off-peak hours and avoid the oven between six and ten at night.",
	}
	box := `<aside class="despiece"><h3>Key facts</h3><ul><li>The regulated tariff covers about eight million homes.</li><li>Prices include network charges but not taxes.</li></ul></aside>`
	rail := `<aside class="despiece"><h3>More news</h3><ul><li><a href="/a">Petrol prices fall for a third week</a></li><li><a href="/b">Who can apply for the social bonus</a></li></ul></aside>`
	page := func(inner string) string {
		return `<html><head><title>Electricity prices fall on Wednesday</title></head><body><header><a href="/">South Daily</a></header><main><article><h1>Electricity prices fall on Wednesday</h1><div class="cuerpo">` +
			inner + `</div></article></main><footer>© South Daily</footer></body></html>`
	}
	for _, tc := range []struct {
		name, inner   string
		want, wantNot []string
	}{
		{
			"facts box among <br> paragraphs", strings.Join(paras[:2], "<br><br>\n") + "<br><br>\n" + box + "\n" + paras[2] + "<br><br>",
			[]string{"Key facts", "about eight million homes", paras[0], paras[2]},
			nil,
		},
		{
			"facts box among <p>s", "<p>" + strings.Join(paras[:2], "</p>\n<p>") + "</p>\n" + box + "\n<p>" + paras[2] + "</p>",
			[]string{"Key facts", "about eight million homes", paras[2]},
			nil,
		},
		{
			"facts box after paragraphs set as list items", "<ul><li>" + strings.Join(paras[:2], "</li><li>") + "</li></ul>\n<p>" + paras[2] + "</p>\n" + box,
			[]string{"Key facts", "about eight million homes", paras[0], paras[2]},
			nil,
		},
		{
			"a box of links among <br> paragraphs goes", strings.Join(paras[:2], "<br><br>\n") + "<br><br>\n" + rail + "\n" + paras[2] + "<br><br>",
			[]string{paras[0], paras[2]},
			[]string{"Petrol prices fall"},
		},
	} {
		checkHas(t, tc.name, extractText(t, tc.name, page(tc.inner), "https://south.test/economy/electricity"), tc.want, tc.wantNot)
	}
}

// TestReadAlsoInBareText checks that a "read also" line inside a story
// written as bare text between <br><br> goes alone and the story after it
// stays, in any language, and that a "read also" list of links that ends
// such a story still goes with its links.
func TestReadAlsoInBareText(t *testing.T) {
	lines := []string{
		"Kazan's drama theatre will welcome its first audience after three years of restoration on 27 March, the director told reporters on Monday.",
		"Restorers rebuilt the stucco and the paintings of the main hall and replaced the seats, the stage and the machinery under it.",
		"The first play on the renewed stage will be a classic of the repertoire. Tickets go on sale in January.",
		"The works cost 1.9 billion roubles.",
	}
	page := func(body string) string {
		return `<html><head><title>Drama theatre reopens in March</title></head><body><table width="770"><tr><td width="150"><a href="/">Home</a><br><a href="/culture">Culture</a></td><td>` +
			`<font size="4"><b>Drama theatre reopens in March</b></font><br><br><font size="2">` + body + `</font></td></tr></table></body></html>`
	}
	for _, tc := range []struct {
		name, body    string
		want, wantNot []string
	}{
		{
			"read also inside the story",
			lines[0] + "<br><br>" + lines[1] + `<br><br>Read also: <a href="/culture/opera">The opera stages a new Onegin</a><br><br>` + lines[2] + "<br><br>" + lines[3] + "<br><br>",
			lines,
			[]string{"The opera stages a new Onegin"},
		},
		{
			"read also, Russian",
			lines[0] + "<br><br>" + lines[1] + `<br><br>Читайте также: <a href="/culture/opera">Оперный театр покажет «Евгения Онегина»</a><br><br>` + lines[2] + "<br><br>" + lines[3] + "<br><br>",
			lines,
			[]string{"Оперный театр"},
		},
		{
			"read also list at the end",
			lines[0] + "<br><br>" + lines[1] + "<br><br>" + lines[2] + `<br><br>Read also:<br><a href="/a">Opera stages a new Onegin</a><br><a href="/b">Ballet school opens its doors</a><br><a href="/c">City museum buys a Shishkin</a><br><br>`,
			lines[:3],
			[]string{"Ballet school opens its doors"},
		},
	} {
		checkHas(t, tc.name, extractText(t, tc.name, page(tc.body), "http://kazan-news.test/culture/theatre.html"), tc.want, tc.wantNot)
	}
}
