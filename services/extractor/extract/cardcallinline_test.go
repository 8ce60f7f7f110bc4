package extract

import "testing"

// TestCardCallInBareText checks that the call that closes a recipe card
// goes when the page sets its paragraphs as bare text between <br>s, so
// that the call is the card box's own text after its <ol> of steps: alone,
// with an @name link, and after a nutrition line, in German and
// Portuguese; and that bare text in the card before the steps that asks a
// question and calls out stays.
func TestCardCallInBareText(t *testing.T) {
	intro := `Dieses Brot backe ich seit Jahren jeden Sonntag, und es gelingt auch Anfängern ohne Waage und ohne Küchenmaschine, wenn der Teig genug Zeit bekommt.<br><br>
Wichtig ist nur, dass die Bananen wirklich reif sind: Je dunkler die Schale, desto süßer und saftiger wird das Brot am Ende.<br><br>`
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
			"a call with an @name after the steps, German",
			`<h2>Bananenbrot</h2>` + steps + `Hast du das Rezept ausprobiert? Markiere <a href="https://instagram.test/ofenliebe">@ofenliebe</a> auf Instagram!<br><br>`,
			[]string{"Den Ofen auf 180 Grad", "55 Minuten backen"},
			[]string{"Hast du das Rezept ausprobiert"},
		},
		{
			"a call after a nutrition line, Portuguese",
			`<h2>Pão de banana</h2>` + steps + `Por dose: 320 kcal · Proteína: 6 g<br><br>Fez esta receita? Deixe um comentário e diga-me como ficou!<br><br>`,
			[]string{"Den Ofen auf 180 Grad"},
			[]string{"Fez esta receita"},
		},
		{
			"bare text before the steps stays",
			`<h2>Bananenbrot</h2>Zu reif gibt es nicht? Genau, nehmt die dunkelsten Bananen, die ihr findet!<br><br>` + steps,
			[]string{"Zu reif gibt es nicht? Genau, nehmt die dunkelsten Bananen", "55 Minuten backen"},
			nil,
		},
	} {
		checkHas(t, tc.name, extractText(t, tc.name, page(tc.card), "https://ofenliebe.test/bananenbrot/"), tc.want, tc.wantNot)
	}
}
