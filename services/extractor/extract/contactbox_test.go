package extract

import (
	"strings"
	"testing"
)

// TestContactBox checks the seventh blind batch's FAQ shape: a teaser in a
// box of its own after the last answer, a heading and short lines with a
// phone number ("Staat uw vraag er niet bij? Bel ons 088 …  Chat met
// ons"), goes (1.11.0 kept it); the same lines inside the last answer's
// box, a box of short lines with no way to reach anyone, and a closing
// section whose lines are sentences stay.
func TestContactBox(t *testing.T) {
	const faq = `<details><summary><h3>Wanneer wordt mijn termijnbedrag aangepast?</h3></summary><div><p>We kijken elk kwartaal of uw termijnbedrag nog past bij uw verbruik. Als het meer dan 10 procent afwijkt, stellen we een nieuw bedrag voor.</p></div></details>
<details><summary><h3>Kan ik mijn termijnbedrag zelf wijzigen?</h3></summary><div><p>Ja, in de app of in Mijn Omgeving. U kunt het bedrag één keer per maand wijzigen, maar een te laag bedrag kan leiden tot een hoge eindafrekening.</p></div></details>
<details><summary><h3>Wat gebeurt er als ik verhuis?</h3></summary><div><p>Geef uw verhuizing minstens vijf werkdagen van tevoren door. U ontvangt dan een eindafrekening voor uw oude adres.</p>%s</div></details>`
	page := func(inside, after string) string {
		return `<!DOCTYPE html><html lang="nl"><head><title>Veelgestelde vragen over uw termijnbedrag | Zonnestroom</title></head><body>
<header><a href="/">Zonnestroom</a><nav><a href="/stroom/">Stroom</a> <a href="/gas/">Gas</a> <a href="/klantenservice/">Klantenservice</a></nav></header>
<main><h1>Veelgestelde vragen over uw termijnbedrag</h1><section class="faq">` + strings.Replace(faq, "%s", inside, 1) + `</section>` + after + `</main>
<footer><a href="/privacy/">Privacy</a></footer></body></html>`
	}
	const teaser = `<h2>Staat uw vraag er niet bij?</h2><div><div><h3>Bel ons</h3><p>088 123 45 00, ma–vr 8.00–20.00 uur</p></div><div><h3>Chat met ons</h3><p>Gemiddelde wachttijd: 2 minuten</p></div></div>`
	for _, tc := range []struct {
		name, inside, after string
		want, wantNot       []string
	}{
		{"a contact teaser in its own box goes", "", `<section class="block">` + teaser + `</section>`, nil, []string{"Staat uw vraag", "088 123", "Gemiddelde wachttijd"}},
		{"the same lines inside the last answer's box stay", teaser, "", []string{"Staat uw vraag", "088 123"}, nil},
		{"short lines with no way to reach anyone stay", "", `<section class="block"><h2>Goed om te weten</h2><p>Wijzigingen gaan in op de eerste van de maand</p><p>Uw nieuwe bedrag ziet u in de app</p></section>`, []string{"Goed om te weten", "eerste van de maand"}, nil},
		{"a closing section of sentences stays", "", `<section class="block"><h2>Nog vragen?</h2><p>Bel ons gerust op 088 123 45 00, we helpen u graag verder.</p></section>`, []string{"Nog vragen?", "we helpen u graag verder"}, nil},
	} {
		text := extractText(t, tc.name, page(tc.inside, tc.after), "https://www.zonnestroom.test/klantenservice/termijnbedrag/")
		if !strings.Contains(text, "eindafrekening voor uw oude adres") || !strings.Contains(text, "elk kwartaal") {
			t.Errorf("%s: the FAQ itself was cut:\n%s", tc.name, text)
		}
		checkHas(t, tc.name, text, tc.want, tc.wantNot)
	}
}
