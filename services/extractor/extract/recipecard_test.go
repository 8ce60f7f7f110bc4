package extract

import "testing"

// TestRecipeCardShape checks that a recipe card without class names loses
// its times written one per item, its rating, its yield under a line of
// times and the call to the reader that closes it, in English, German,
// Spanish and Portuguese; and that a story whose steps are followed by a
// closing question it answers itself, a run of labelled values that are
// no times and a question in the middle of the card stay.
func TestRecipeCardShape(t *testing.T) {
	intro := `<p>Dieses Brot backe ich seit Jahren jeden Sonntag, und es gelingt auch Anfängern ohne Waage und ohne Küchenmaschine, wenn der Teig genug Zeit bekommt.</p>
<p>Wichtig ist nur, dass die Bananen wirklich reif sind: Je dunkler die Schale, desto süßer und saftiger wird das Brot am Ende.</p>`
	steps := `<h3>Zubereitung</h3><ol><li>Den Ofen auf 180 Grad vorheizen und eine Kastenform fetten.</li><li>Die Bananen zerdrücken und mit Butter, Zucker und Ei verrühren.</li><li>Mehl und Natron unterheben und den Teig 55 Minuten backen.</li></ol>`
	page := func(card string) string {
		return `<html><head><title>Bananenbrot aus einer Schüssel</title></head><body><header><a href="/">Ofenliebe</a></header><div><div><h1>Bananenbrot aus einer Schüssel</h1></div><div>` +
			intro + `<div>` + card + `</div></div></div><footer>© Ofenliebe</footer></body></html>`
	}
	for _, tc := range []struct {
		name, card    string
		want, wantNot []string
	}{
		{
			"times one per item and a call with an @name, English",
			`<h2>One-Bowl Banana Bread</h2><div><ul><li><span>Prep Time:</span> 10 minutes</li><li><span>Cook Time:</span> 1 hour</li><li><span>Total Time:</span> 1 hour 10 minutes</li><li><span>Yield:</span> 1 loaf</li></ul></div>` +
				`<div>` + steps + `</div><div><a href="/print">Print</a></div><div><p>Did you make this recipe? Tag <a href="https://instagram.test/littleoven">@littleoven</a> on Instagram.</p></div>`,
			[]string{"Den Ofen auf 180 Grad", "55 Minuten backen"},
			[]string{"Prep Time", "Total Time", "Yield", "Did you make this recipe"},
		},
		{
			"yield under a line of times and a call with an exclamation mark, German",
			`<div><span>Vorbereitung: 10 Min.</span> <span>Backzeit: 55 Min.</span></div><div>Portionen: 1 Kastenform</div>` + steps +
				`<p>Hast du das Rezept ausprobiert? Zeig uns dein Brot auf Instagram!</p>`,
			[]string{"Den Ofen auf 180 Grad"},
			[]string{"Portionen", "Hast du das Rezept ausprobiert"},
		},
		{
			"rating, times as label and value and a call, Spanish",
			`<div><span>4.8 de 5 (23 votos)</span></div><div><div><span>Tiempo de preparación</span> <span>10 minutos</span></div><div><span>Tiempo de cocción</span> <span>55 minutos</span></div><div><span>Raciones</span> <span>1 molde</span></div></div>` +
				`<div>` + steps + `</div><div><span>¿Has hecho esta receta?</span> Etiqueta @ofenliebe en Instagram.</div>`,
			[]string{"Mehl und Natron unterheben"},
			[]string{"4.8 de 5", "Tiempo de preparación", "Raciones", "Has hecho esta receta"},
		},
		{
			"a closing question the story answers itself stays",
			steps + `<p>Und wenn das Brot zu dunkel wird? Dann einfach nach 40 Minuten mit Alufolie abdecken.</p>`,
			[]string{"Und wenn das Brot zu dunkel wird? Dann einfach nach 40 Minuten mit Alufolie abdecken."},
			nil,
		},
		{
			"a run of labelled values that are no times stays",
			`<ul><li>Mehl: 250 g</li><li>Zucker: 80 g</li><li>Bananen: 3 Stück</li></ul>` + steps,
			[]string{"Mehl: 250 g", "Zucker: 80 g", "Bananen: 3 Stück"},
			nil,
		},
		{
			"a question with a call that is not the card's last line stays",
			`<p>Keine Kastenform? Nimm eine Auflaufform!</p>` + steps + `<p>Das Brot hält sich in Folie gewickelt bis zu vier Tage frisch und lässt sich gut einfrieren.</p>`,
			[]string{"Keine Kastenform? Nimm eine Auflaufform!"},
			nil,
		},
	} {
		checkHas(t, tc.name, extractText(t, tc.name, page(tc.card), "https://ofenliebe.test/rezepte/bananenbrot"), tc.want, tc.wantNot)
	}
}
