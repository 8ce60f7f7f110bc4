package extract

import (
	"strings"
	"testing"
)

// TestHeadingModule checks that a subhead set in a site builder's module
// of its own and named "header" stays when it stands between modules of
// running text (directly, or with a picture module between), in German and
// French, and that modules named alike go where they are the page's
// header: before the text, after it with no text to head, or holding more
// than a heading.
func TestHeadingModule(t *testing.T) {
	page := `<html><body><div class="jtpl-header"><a href="/">Tischlerei Roth</a><ul class="nav"><li><a href="/">Start</a></li><li><a href="/kontakt/">Kontakt</a></li></ul></div>
<div id="content_area">%s
<div class="j-module j-text"><p>Die Tischlerei Roth wurde 1962 in Bamberg gegründet und wird heute in dritter Generation geführt. Wir beschäftigen zwölf Mitarbeiterinnen und Mitarbeiter.</p></div>
%s
<div class="j-module j-text"><p>Wir fertigen Einbaumöbel, Küchen und Treppen nach Maß, vom ersten Entwurf bis zur Montage bei Ihnen zu Hause.</p></div>
%s</div>
<div class="jtpl-footer"><a href="/impressum/">Impressum</a></div></body></html>`
	for _, tc := range []struct {
		name, before, between, after string
		want, wantNot                []string
	}{
		{
			"heading module between text modules",
			"", `<div class="j-module n j-header"><h2>Was wir machen</h2></div>`, "",
			[]string{"Was wir machen", "Wir fertigen Einbaumöbel"},
			nil,
		},
		{
			"heading module after a picture module, French",
			"", `<div class="mod mod-image"><img src="/a.jpg" alt=""><span class="caption">L'atelier en 1986</span></div><section class="section-header"><div class="inner"><h3>Notre savoir-faire</h3></div></section>`, "",
			[]string{"Notre savoir-faire", "Wir fertigen Einbaumöbel"},
			nil,
		},
		{
			"header module before the text",
			`<div class="j-module n j-header"><h2>Willkommen bei Tischlerei Roth</h2></div>`, "", "",
			[]string{"Die Tischlerei Roth wurde 1962"},
			[]string{"Willkommen bei Tischlerei Roth"},
		},
		{
			"header module after the text with nothing to head",
			"", "", `<div class="j-module n j-header"><h2>Kontakt und Anfahrt</h2></div><div class="j-module j-text"><p>Tel. 0951 555 12</p></div>`,
			[]string{"Wir fertigen Einbaumöbel"},
			[]string{"Kontakt und Anfahrt"},
		},
		{
			"header box holding more than a heading",
			"", `<div class="page-header"><h2>Tischlerei Roth</h2><p>Ihr Partner für Holz</p></div>`, "",
			[]string{"Wir fertigen Einbaumöbel"},
			[]string{"Ihr Partner für Holz"},
		},
	} {
		text := extractText(t, tc.name, strings.Replace(strings.Replace(strings.Replace(page, "%s", tc.before, 1), "%s", tc.between, 1), "%s", tc.after, 1), "https://tischlerei-roth.test/ueber-uns/")
		checkHas(t, tc.name, text, tc.want, tc.wantNot)
	}
}
