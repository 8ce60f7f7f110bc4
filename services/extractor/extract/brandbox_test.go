package extract

import "testing"

// TestBrandBox checks that a site's name box without class names goes: a
// heading that is one link to the front page and the site's tagline
// beside it, with a relative and with an absolute link, while the post
// after it stays.
func TestBrandBox(t *testing.T) {
	story := `<div><h3><a href="/2026/11/ruta-del-cares.html">La ruta del Cares con niños</a></h3><p>Este otoño por fin hicimos la ruta del Cares con los niños, y fue mucho más fácil de lo que nos habían dicho.</p></div>
<div>Salimos de Poncebos a las nueve de la mañana para evitar el calor y la gente. El primer tramo es la subida más dura; después el camino es casi llano, excavado en la roca.<br><br>
Tardamos seis horas en total, con muchas paradas, y los niños llegaron a Caín antes que nosotros.<br><br>¡Repetiremos!</div>`
	page := func(brand string) string {
		return `<html><head><title>La ruta del Cares con niños</title></head><body><div><a href="https://www.blogger.test/">Blogger</a> <a href="#">Acceder</a></div><div>` + brand +
			`<div><div><span>sábado, 28 de noviembre de 2026</span></div><div>` + story + `</div></div></div><div>Con la tecnología de Blogger.</div></body></html>`
	}
	for _, tc := range []struct {
		name, brand   string
		want, wantNot []string
	}{
		{
			"name and tagline, relative link",
			`<div><h1><a href="/">Mochila y Chupete</a></h1><p>Viajar en familia sin morir en el intento</p></div>`,
			[]string{"Salimos de Poncebos", "¡Repetiremos!"},
			[]string{"Viajar en familia", "Mochila y Chupete"},
		},
		{
			"name and tagline, absolute link",
			`<div><h2><a href="https://mochilaychupete.test/">Mochila y Chupete</a></h2><div>Viajar en familia sin morir en el intento</div></div>`,
			[]string{"Salimos de Poncebos", "¡Repetiremos!"},
			[]string{"Viajar en familia"},
		},
	} {
		checkHas(t, tc.name, extractText(t, tc.name, page(tc.brand), "https://mochilaychupete.test/2026/11/ruta-del-cares.html"), tc.want, tc.wantNot)
	}
}
