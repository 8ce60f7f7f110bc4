package extract

import (
	"strings"
	"testing"
)

// TestFactsBoxAmongBareText checks that a box of facts (an <aside> with a
// heading and a list, named nothing telling) set among a story written as
// bare text between <br><br> stays, as it does among <p>s, and that a
// sidebar of links beside the same text still goes.
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
			"a box of links among <br> paragraphs goes", strings.Join(paras[:2], "<br><br>\n") + "<br><br>\n" + rail + "\n" + paras[2] + "<br><br>",
			[]string{paras[0], paras[2]},
			[]string{"Petrol prices fall"},
		},
	} {
		checkHas(t, tc.name, extractText(t, tc.name, page(tc.inner), "https://south.test/economy/electricity"), tc.want, tc.wantNot)
	}
}
