package extract

import "testing"

// TestContactLabelNotTableCell checks that a data table that closes a
// notice keeps its last cell when a contact box follows: the cell (a
// number, or a word) is the story's data, not the label of the contact
// below it. Guards: a contact box under its label line still goes, with
// and without a table before it.
func TestContactLabelNotTableCell(t *testing.T) {
	page := func(lang, body string) string {
		return `<html lang="` + lang + `"><head><title>Winter opening hours</title></head><body><nav><a href="/">Home</a> <a href="/news/">News</a> <a href="/study/">Study</a></nav>
<main><h1>Winter opening hours</h1><div class="notice">` + body + `</div></main><footer><a href="/imprint/">Imprint</a></footer></body></html>`
	}
	story := `<p>The sports centre closes from 22 December to 2 January. Memberships are extended by two weeks at no cost to the members.</p>
<p>The swimming pool of the north campus stays open in this time for staff with a campus card.</p>`
	table := func(last string) string {
		return `<table><thead><tr><th>Campus</th><th>Courts</th><th>Members</th></tr></thead><tr><td>North</td><td>12</td><td>3400</td></tr><tr><td>South</td><td>9</td><td>` + last + `</td></tr></table>`
	}
	contact := `<p>Contact: Dr. Kate Wolf<br>Phone: 0561 804-2117<br>E-mail: <a href="mailto:sport@uni.test">sport@uni.test</a></p>`
	labelled := `<p>Press office</p><p>Phone: 0561 804-2000<br>E-mail: <a href="mailto:press@uni.test">press@uni.test</a></p>`
	for _, tc := range []struct {
		name          string
		lang, body    string
		want, wantNot []string
	}{
		{"a number in a table's last cell before a contact box stays", "en", story + table("2750") + contact, []string{"South", "2750"}, []string{"0561 804-2117"}},
		{"a word in a table's last cell before a contact box stays", "en", story + table("closed") + contact, []string{"South", "closed"}, []string{"0561 804-2117"}},
		{"guard: a labelled contact box after a table goes", "en", story + table("2750") + labelled, []string{"2750"}, []string{"Press office", "0561 804-2000"}},
		{"guard: a labelled contact box after the notice goes", "en", story + labelled, []string{"campus card"}, []string{"Press office", "0561 804-2000"}},
	} {
		text := extractText(t, tc.name, page(tc.lang, tc.body), "https://uni.test/notice")
		checkHas(t, tc.name, text, tc.want, tc.wantNot)
	}
}
