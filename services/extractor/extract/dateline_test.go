package extract

import (
	"strings"
	"testing"
)

// TestDateline checks the sixth blind batch's press-room shape: a
// dateline alone on its line ("Stuttgart, 2. Dezember 2026") that opens
// the release's box, followed there by its first paragraph, is the
// story's first line and stays (1.10.0 took it for a date stamp); a date
// stamp that opens with a weekday, holds a time, sits outside the box or
// is followed by a heading still goes.
func TestDateline(t *testing.T) {
	const lede = `<p><strong>Die Heizwerk GmbH bringt mit der WP 9 eine Wärmepumpe auf den Markt, die ohne Außengerät auskommt und in eine Nische unter dem Fenster passt.</strong></p>`
	const rest = `<p>Die WP 9 ist für Wohnungen in Mehrfamilienhäusern gedacht, in denen kein Platz für ein Außengerät ist. Sie saugt die Außenluft durch zwei Kernbohrungen in der Wand an.</p>
<p>Gerade in Altbauten mit Gasetagenheizungen gab es bisher kaum eine Lösung, sagt die Geschäftsführerin. Die Pumpe ist ab Februar über den Fachhandel erhältlich.</p>
<p>Die Heizwerk GmbH entwickelt und fertigt seit 1987 Heizungs- und Lüftungstechnik in Stuttgart und beschäftigt 420 Menschen.</p>`
	page := func(before, box string) string {
		return `<!DOCTYPE html><html lang="de"><head><title>Heizwerk stellt Wärmepumpe ohne Außengerät vor | Newsroom</title></head><body>
<header><a href="/">Heizwerk</a><nav><a href="/produkte/">Produkte</a> <a href="/newsroom/">Newsroom</a> <a href="/karriere/">Karriere</a></nav></header>
<main><h1>Heizwerk stellt Wärmepumpe ohne Außengerät vor</h1><div class="article">` + before + `<div class="release">` + box + `</div></div></main>
<footer><a href="/impressum/">Impressum</a></footer></body></html>`
	}
	for _, tc := range []struct {
		name, before, box string
		want, wantNot     []string
	}{
		{"a dateline opening the release's box stays", "", `<p>Stuttgart, 2. Dezember 2026</p>` + lede + rest, []string{"Stuttgart, 2. Dezember 2026"}, nil},
		{"a dateline of a place of three words stays", "", `<p>Frankfurt am Main, 2. Dezember 2026</p>` + lede + rest, []string{"Frankfurt am Main, 2. Dezember 2026"}, nil},
		{"a French dateline stays", "", `<p>Lyon, le 2 décembre 2026</p>` + lede + rest, []string{"Lyon, le 2 décembre 2026"}, nil},
		{"a stamp opening with a weekday goes", "", `<p>Mittwoch, 2. Dezember 2026</p>` + lede + rest, nil, []string{"Mittwoch"}},
		{"a stamp with a time goes", "", `<p>Stuttgart, 2. Dezember 2026, 10:15 Uhr</p>` + lede + rest, nil, []string{"10:15"}},
		{"a date line outside the story's box goes", `<p class="meta">Stuttgart, 2. Dezember 2026</p>`, lede + rest, nil, []string{"Stuttgart, 2. Dezember"}},
		{"a wrapped date line before the story's box goes", `<div class="meta"><p>Stuttgart, 2. Dezember 2026</p></div>`, lede + rest, nil, []string{"Stuttgart, 2. Dezember"}},
		{"a date line before a heading goes", "", `<p>Stuttgart, 2. Dezember 2026</p><h2>Die neue Pumpe</h2>` + lede + rest, nil, []string{"Stuttgart, 2. Dezember"}},
	} {
		text := extractText(t, tc.name, page(tc.before, tc.box), "https://heizwerk.test/newsroom/wp9")
		if !strings.Contains(text, "Kernbohrungen") || !strings.Contains(text, "420 Menschen") {
			t.Errorf("%s: the story itself was cut:\n%s", tc.name, text)
		}
		checkHas(t, tc.name, text, tc.want, tc.wantNot)
	}
}
