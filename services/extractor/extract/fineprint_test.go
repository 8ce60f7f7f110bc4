package extract

import "testing"

// TestFinePrintMeta checks that a post's metadata set in fine print at the
// end of the post goes without its class name: as a paragraph of its own
// and as the post's own trailing text among bare <br> paragraphs, in
// English and German; and that a correction note in fine print with one
// link, and a closing paragraph with two links and a year that is not in
// fine print, stay.
func TestFinePrintMeta(t *testing.T) {
	story := `<p>The state senate passed the gas tax bill on Thursday night by 27 votes to 21, after an amendment for rural roads won over three holdouts.</p>
<p>The bill raises the tax by four cents a gallon over two years and ties later rises to inflation, the first change since 1993.</p>`
	page := func(post string) string {
		return `<html><head><title>Gas tax bill clears the senate</title></head><body><div><h1><a href="/">Capitol Notes</a></h1></div><div><div><h2>Gas tax bill clears the senate</h2><small>February 15th, 2008</small><div>` +
			post + `</div></div><h3>7 Responses</h3><ol><li>Rural Reader says: about time.</li></ol></div><div>Powered by WordPress</div></body></html>`
	}
	for _, tc := range []struct {
		name, post    string
		want, wantNot []string
	}{
		{
			"post metadata as a paragraph of its own, English",
			story + `<p><small>This entry was posted on Friday, February 15th, 2008 at 7:30 am and is filed under <a href="/category/senate/">Senate</a>. You can follow any responses to this entry through the <a href="/2008/02/gas-tax-bill/feed/">RSS 2.0</a> feed.</small></p>`,
			[]string{"passed the gas tax bill", "the first change since 1993."},
			[]string{"This entry was posted"},
		},
		{
			"post metadata among bare paragraphs, German",
			`Der Landtag hat das Gesetz zur Kfz-Steuer am Donnerstagabend mit 27 zu 21 Stimmen beschlossen, nachdem ein Änderungsantrag drei Abgeordnete überzeugt hatte.<br><br>Die Steuer steigt in zwei Jahren um vier Cent je Liter und danach mit der Inflation.<br><br>` +
				`<small>Dieser Eintrag wurde am Freitag, 15. Februar 2008 um 7:30 Uhr veröffentlicht und ist unter <a href="/kategorie/landtag/">Landtag</a> abgelegt. Antworten kannst du per <a href="/2008/02/kfz-steuer/feed/">RSS 2.0</a> folgen.</small>`,
			[]string{"Der Landtag hat das Gesetz", "mit der Inflation."},
			[]string{"Dieser Eintrag wurde"},
		},
		{
			"a correction note in fine print with one link stays",
			story + `<p><small>Correction: an earlier version of this post, published on February 15th, 2008, gave the vote as 26 to 22. See the <a href="/2008/02/senate-roll-call/">roll call</a>.</small></p>`,
			[]string{"Correction: an earlier version of this post"},
			nil,
		},
		{
			"a closing paragraph with two links and a year, not in fine print, stays",
			story + `<p>The house takes up the bill in March; read the <a href="/2008/02/bill-text/">bill text</a> and the <a href="/2007/11/gas-tax-hearing/">November hearing</a> on the 2008 budget.</p>`,
			[]string{"The house takes up the bill in March"},
			nil,
		},
	} {
		checkHas(t, tc.name, extractText(t, tc.name, page(tc.post), "https://capitolnotes.test/2008/02/gas-tax-bill/"), tc.want, tc.wantNot)
	}
}
