package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestAnsweredQuestion checks that a Q&A page whose question block has a
// class of its own and whose answers share another keeps the question and
// every answer (English and German), without the votes, author lines and
// comments around them, and that a story followed by a counted list of
// comments keeps the story alone.
func TestAnsweredQuestion(t *testing.T) {
	post := func(kind string, votes int, meta, body, comment string) string {
		return fmt.Sprintf(`<div class="qa-%s-item-main"><div class="qa-voting"><span class="count">%d</span> votes</div><div class="qa-%s-item-content">%s</div><span class="qa-%s-item-meta">%s</span><div class="qa-c-list"><span class="qa-c-item-content">%s</span></div></div>`,
			kind, votes, kind, body, kind, meta, comment)
	}
	qa := func(title, heading, q string, answers ...string) string {
		var as strings.Builder
		for i, a := range answers {
			fmt.Fprintf(&as, `<div class="qa-a-list-item">%s</div>`, post("a", 3+i, "answered Dec 4 by user"+fmt.Sprint(i), a, "Thanks, that helped a lot here. – someone"))
		}
		return `<html><body><div class="qa-header"><a href="/">Questions</a> <a href="/ask">Ask</a></div><div class="qa-main"><h1>` + title + `</h1>` +
			`<div class="qa-part-q-view"><div class="qa-q-view">` + post("q-view", 7, "asked Dec 3 in Starters by breadhead (240 points)", q, "Which flour did you use before? – mira") + `</div></div>` +
			`<div class="qa-part-a-list"><h2>` + heading + `</h2><div class="qa-a-list">` + as.String() + `</div></div></div><div class="qa-footer">Powered by Q2A</div></body></html>`
	}
	for _, tc := range []struct {
		name, page    string
		want, wantNot []string
	}{
		{
			"English question and two answers", qa("Why does my starter smell like acetone?", "2 Answers",
				`<p>I keep sourdough starter in the fridge and feed it once a week. Lately it smells of nail polish remover two days after feeding.</p><p>Is the starter dying, or is this normal?</p>`,
				`<p>That smell means the yeast and bacteria have run out of food. It is a sign of a hungry starter, not a dead one.</p><p>Try feeding at a higher ratio, 1:5:5, for two or three days at room temperature before it goes back in the fridge. Once it doubles within six hours after a feed, it is strong enough to bake with again.</p><p>Rye flour ferments faster than wheat, so a rye starter gets hungry sooner; feed it twice a week if you bake often.</p>`,
				`<p>Also check your fridge temperature. Below 4 °C the yeast barely works, but the bacteria keep producing acid.</p>`),
			[]string{"I keep sourdough starter in the fridge", "Is the starter dying, or is this normal?", "It is a sign of a hungry starter", "Also check your fridge temperature."},
			[]string{"votes", "asked Dec 3", "Which flour did you use before?", "answered Dec 4", "2 Answers"},
		},
		{
			"German question and three answers", qa("Warum tropft mein Wasserhahn?", "3 Antworten",
				`<p>Seit einer Woche tropft der Wasserhahn in der Küche, obwohl ich ihn fest zudrehe. Das Gerät ist etwa zehn Jahre alt.</p>`,
				`<p>Meistens ist die Kartusche verschlissen. Die bekommst du im Baumarkt für zwanzig bis dreißig Euro.</p><p>Nimm die alte Kartusche am besten mit, damit du die richtige Größe kaufst. Es gibt sie in 35 und 40 Millimetern, und die Hersteller bauen sie nicht alle gleich.</p><p>Zum Wechseln brauchst du nur einen Inbusschlüssel und einen Maulschlüssel, die Arbeit dauert eine Viertelstunde.</p>`,
				`<p>Dreh vorher das Eckventil unter der Spüle zu, sonst steht gleich die Küche unter Wasser.</p>`,
				`<p>Bei einem so alten Hahn lohnt sich oft auch ein neuer, die Montage dauert eine halbe Stunde.</p>`),
			[]string{"Seit einer Woche tropft der Wasserhahn", "Meistens ist die Kartusche verschlissen.", "Dreh vorher das Eckventil", "lohnt sich oft auch ein neuer"},
			[]string{"asked Dec 3", "3 Antworten"},
		},
		{
			"story with counted comments", `<html><body><nav><a href="/">Start</a> <a href="/lokal/">Lokales</a></nav><h1>Stadtrat beschließt Haushalt</h1><div class="article-body">` +
				`<p>Der Stadtrat hat am Montagabend den Haushalt für das kommende Jahr beschlossen. Er sieht Investitionen von 42 Millionen Euro vor, vor allem in Schulen.</p>` +
				`<p>Die Opposition kritisierte die neuen Schulden, stimmte aber dem Schulbauprogramm zu. Die Gewerbesteuer bleibt unverändert.</p>` +
				`<p>Der Haushalt muss noch vom Regierungspräsidium genehmigt werden, was in der Regel einige Wochen dauert.</p></div>` +
				`<div class="comments"><h2>2 Kommentare</h2><div class="comment"><p>Endlich wird in die Schulen investiert, das war lange überfällig in unserer Stadt.</p></div><div class="comment"><p>Und wer bezahlt die Schulden am Ende? Natürlich wieder die Bürger dieser Stadt.</p></div></div></body></html>`,
			[]string{"Der Stadtrat hat am Montagabend", "einige Wochen dauert."},
			[]string{"Endlich wird in die Schulen investiert", "2 Kommentare"},
		},
	} {
		text := extractText(t, tc.name, tc.page, "https://questions.test/1423/q")
		checkHas(t, tc.name, "\n"+text+"\n", tc.want, tc.wantNot)
	}
}
