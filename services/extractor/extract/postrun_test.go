package extract

import (
	"fmt"
	"testing"
)

func TestCallBoxBesideRail(t *testing.T) {
	story := `<h1>Jazz festival breaks its attendance record</h1>
<div class="x1"><span>By <a href="/author/es">Elodie Schmitt</a></span> <span>14 September 2026</span></div>
<p>The rain that was forecast never came, and the public followed. With 21,300 paid entries over ten days, the jazz festival beat its record of 2019, which stood at 18,900.</p>
<p>The organisers credit a younger programme and the new free stage in the park, where bands from the region played every evening of the festival.</p>
<p>The budget of 1.2 million euros is balanced for the first time in four years, thanks to ticket sales and two new sponsors; the town keeps its grant.</p>
<div class="x2"><div class="x3"><button class="x4">Play the video</button></div></div>
<p>“We saw whole families come for the free stage and come back with a ticket for the big concerts,” said the artistic director, Nadia Keller.</p>
%s
<p>The next edition will run from 3 to 12 September 2027, and the first names will be announced in the spring.</p>`
	rail := `<div class="x9"><div class="x10">Most read</div><ul><li><a href="/m0">Christmas market news</a></li><li><a href="/m1">Night works on the A35</a></li><li><a href="/m2">Racing wins at Lens</a></li></ul><button class="x11">Load more stories</button></div>`
	cases := []struct{ name, box, line string }{
		{"titled line with a link", `<div class="x5 x6"><strong>Culture newsletter</strong> Every Thursday, our ideas for going out in the region. <a class="x7" href="/newsletter">Sign up</a></div>`, "our ideas for going out"},
		{"box with a button", `<div class="x12"><div class="x13">Morning Brief</div><div class="x14">Every morning, the essentials of the city's news in your inbox.</div><button class="x15">Sign up</button></div>`, "the essentials of the city's news"},
	}
	for _, c := range cases {
		page := `<html><head><title>Jazz festival breaks its attendance record</title></head><body><main><div class="x20">` +
			`<div class="x21">` + fmt.Sprintf(story, c.box) + `</div><div class="x22">` + rail + `</div></div></main></body></html>`
		text := extractText(t, c.name, page, "https://alsace.test/culture/jazz-record")
		checkHas(t, c.name, text, []string{"The rain that was forecast never came", "The next edition will run"}, []string{c.line})
	}
}
