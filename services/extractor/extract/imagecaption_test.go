package extract

import (
	"strings"
	"testing"
)

// TestImageCaption checks that a line under a picture, the two alone in a
// box without telling class names, goes as a caption in any language,
// and that the lines stay when the pair is one of a run (a gallery's or a
// list's items).
func TestImageCaption(t *testing.T) {
	story := `<p>The reservoir held less than a third of its capacity at the end of October, the lowest level since records began in 1995.</p>
<p>The water board asked towns upstream to stop filling pools and to water parks only at night until the rains return.</p>
<p>Farmers may draw water two days a week instead of four, and fines for breaking the rules rise to three thousand euros.</p>`
	page := func(body string) string {
		return `<html><head><title>Reservoir at a record low</title></head><body><header><a href="/">Valley News</a></header><main><h1>Reservoir at a record low</h1>` +
			body + `</main><footer>© Valley News</footer></body></html>`
	}
	pair := func(cls, caption string) string {
		return `<div` + cls + `><div><img src="/r.jpg" alt=""></div><div>` + caption + `</div></div>`
	}
	for _, tc := range []struct {
		name, body    string
		want, wantNot []string
	}{
		{
			"caption under a picture, English",
			pair("", "The reservoir at the end of October. Photo: J. Ruiz") + story,
			[]string{"lowest level since records began", "three thousand euros."},
			[]string{"Photo: J. Ruiz"},
		},
		{
			"caption under a picture, hashed class, Russian, between paragraphs",
			strings.Replace(story, "</p>\n", "</p>\n"+pair(` class="css-1x2y3z"`, "Водохранилище в конце октября. Фото: пресс-служба"), 1),
			[]string{"lowest level since records began", "water parks only at night"},
			[]string{"Водохранилище в конце октября"},
		},
		{
			"a gallery of pictures with a line each keeps the lines",
			pair(` class="item"`, "The dam seen from the north bank in the early morning light.") +
				pair(` class="item"`, "Dry fields below the village where wheat grew last summer.") +
				pair(` class="item"`, "The old church tower that appears when the water is low.") + story,
			[]string{"Dry fields below the village", "The old church tower"},
			nil,
		},
	} {
		checkHas(t, tc.name, extractText(t, tc.name, page(tc.body), "https://valley.test/news/reservoir"), tc.want, tc.wantNot)
	}
}
