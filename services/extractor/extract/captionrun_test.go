package extract

import "testing"

// TestCaptionAmongBareDivs checks that a picture's caption in a bare
// <div> among the story's bare <div> paragraphs goes, as it does with
// class names, and that a caption in a run of bare picture pairs (a
// gallery) stays.
func TestCaptionAmongBareDivs(t *testing.T) {
	para := func(s string) string { return `<div><div><p>` + s + `</p></div></div>` }
	pair := func(src, cap string) string {
		return `<div><div><div><img src="` + src + `" alt=""></div></div><div>` + cap + `</div></div>`
	}
	story := para(`Los vecinos de Sevilla no podrán regar jardines privados ni llenar piscinas con agua de la red desde el próximo lunes, ha anunciado la empresa municipal.`) +
		para(`Las restricciones afectan también a la limpieza de calles con agua potable, que pasará a hacerse con agua regenerada en toda la ciudad.`)
	last := para(`El consumo medio por habitante ha bajado un doce por ciento desde la primavera, según los datos que publicó ayer el ayuntamiento de la ciudad.`)
	page := func(mid string) string {
		return `<html><head><title>Sevilla restringe el riego</title></head><body><div><a href="/">Diario</a></div><div><h1>Sevilla restringe el riego</h1>` +
			story + mid + last + `</div><div>© Diario</div></body></html>`
	}
	for _, tc := range []struct {
		name, mid     string
		want, wantNot []string
	}{
		{
			"a caption among bare paragraphs goes",
			pair("/2.jpg", "El embalse de Aracena, a finales de octubre. Foto: José Ruiz"),
			[]string{"no podrán regar jardines", "según los datos que publicó ayer"},
			[]string{"El embalse de Aracena"},
		},
		{
			"captions in a run of bare picture pairs stay",
			pair("/1.jpg", "La presa de Zufre, vista desde el mirador del pueblo") + pair("/2.jpg", "El embalse de Aracena, a finales de octubre") + pair("/3.jpg", "El cauce del Rivera de Huelva cerca de Cala"),
			[]string{"La presa de Zufre", "El embalse de Aracena", "El cauce del Rivera"},
			nil,
		},
	} {
		checkHas(t, tc.name, extractText(t, tc.name, page(tc.mid), "https://diario.test/sevilla/riego"), tc.want, tc.wantNot)
	}
}
