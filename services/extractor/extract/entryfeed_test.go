package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestEntryFeedAbove: a live blog's entry grown by a list in it wins on
// its own over the feed; entries built alike, each under an unlinked
// heading of its own, make their parent the story's container, and teaser
// cards led by linked headlines or comments without headings do not.
func TestEntryFeedAbove(t *testing.T) {
	entry := func(i int, head, body string) string {
		return fmt.Sprintf(`<div class="css-a%d e%d" id="e%d"><div class="css-t%d"><time>0%d:15</time></div><div class="css-b%d" id="b%d">%s%s</div><div class="css-s%d"><button>Share</button></div></div>`, i, i, i, i, i, i, i, head, body, i)
	}
	grown := `<ul><li>The new bus line will run every twenty minutes on weekdays from March.</li><li>Tickets bought before the change remain valid until the end of March.</li>` +
		`<li>Children under twelve travel free when they are with an adult on the bus.</li><li>The night service on Saturdays starts one hour later than it did before.</li></ul>`
	bodies := []string{
		`<p>The council has approved the new timetable after a debate that lasted most of the afternoon.</p>`,
		`<p>Drivers say the changes will make the early shifts easier to staff across the depot.</p>`,
		`<p>The mayor said the town would review the timetable again after the first six months.</p>`,
		`<p>Passengers on the northern routes will see the biggest changes from the spring onwards.</p>`,
	}
	heads := []string{"Council backs the plan", "Drivers welcome changes", "Review after six months", "Northern routes change most"}
	feed := func(head func(i int) string, first string) string {
		var b strings.Builder
		b.WriteString(`<div class="css-feed" id="feed">`)
		for i := range bodies {
			body := bodies[i]
			body += `<p>Officials said the details would be published on the town's website later in the week, together with a map of every stop.</p>`
			if i == 0 {
				body = first + body
			}
			b.WriteString(entry(i, head(i), body))
		}
		b.WriteString(`</div>`)
		return `<main><h1>Bus timetable changes live</h1>` + b.String() + `</main>`
	}
	for _, tc := range []struct {
		name, body string
		want       []string
	}{
		{
			"entries under their own headings make the feed",
			feed(func(i int) string { return `<h3>` + heads[i] + `</h3>` }, grown),
			[]string{"feed"},
		},
		{
			"cards led by linked headlines are no feed",
			feed(func(i int) string { return `<h3><a href="/s` + fmt.Sprint(i) + `">` + heads[i] + `</a></h3>` }, grown),
			[]string{"b0"},
		},
		{
			"boxes without headings are no feed",
			feed(func(int) string { return `<b>Reader</b>` }, grown),
			[]string{"b0"},
		},
	} {
		p := testPage(t, tc.body)
		got := bestContent(p.body, p.st)
		if !slices.Equal(ids(got), tc.want) {
			t.Errorf("%s: bestContent = %q, want %q", tc.name, ids(got), tc.want)
		}
	}
}
