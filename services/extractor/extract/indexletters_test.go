package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestIndexLetters checks that a glossary's alphabet bar and letter
// headings go while its terms and definitions stay, in five languages,
// and that an interview's repeated "Q"/"A" headings and a story's one
// heading of a letter are no index.
func TestIndexLetters(t *testing.T) {
	type entry struct{ term, def string }
	glossary := func(bar string, es []entry) string {
		var b strings.Builder
		fmt.Fprintf(&b, `<html><body><header><a href="/">Home</a></header><main><h1>Glossary</h1><div class="az">%s</div><div class="list">`, bar)
		last := ""
		for _, e := range es {
			if l := string([]rune(e.term)[:1]); l != last {
				last = l
				fmt.Fprintf(&b, `<h2 id="l-%s">%s</h2>`, l, l)
			}
			fmt.Fprintf(&b, `<div class="entry"><h3>%s</h3><div>%s</div></div>`, e.term, e.def)
		}
		b.WriteString(`</div></main><footer><a href="/imprint">Imprint</a></footer></body></html>`)
		return b.String()
	}
	links := func(ls string) string {
		var b strings.Builder
		for l := range strings.FieldsSeq(ls) {
			fmt.Fprintf(&b, `<a href="#l-%s">%s</a> `, l, l)
		}
		return b.String()
	}
	for _, tc := range []struct {
		name, bar string
		es        []entry
	}{
		{"German", links("A B C D E F"), []entry{
			{"Abschreibung", "Die Verteilung der Kosten eines Wirtschaftsguts über die Jahre, in denen es genutzt wird."},
			{"Bilanz", "Die Gegenüberstellung von Vermögen und Kapital eines Unternehmens zu einem Stichtag."},
			{"Cashflow", "Der Überschuss der Einnahmen über die Ausgaben eines Unternehmens in einem Zeitraum."},
		}},
		{"English", links("A B C D E F G"), []entry{
			{"Annual rate", "The interest charged over a whole year, including the fees the lender adds to the loan."},
			{"Balance transfer", "Moving a debt from one card to another, usually to pay less interest for a while."},
			{"Credit score", "A number that sums up how reliably someone has paid back what they borrowed."},
		}},
		{"French", `<span>A</span> | <span>B</span> | <span>C</span> | <span>D</span> | <span>E</span>`, []entry{
			{"Agio", "Les frais que la banque prélève quand le compte passe à découvert pendant quelques jours."},
			{"Bourse", "Le marché où s'échangent les actions et les obligations des entreprises cotées."},
			{"Crédit", "Une somme prêtée par la banque, que l'emprunteur rembourse avec des intérêts."},
		}},
		{"Spanish", links("A B C D E"), []entry{
			{"Amortización", "La devolución progresiva de un préstamo mediante pagos periódicos al banco."},
			{"Bono", "Un título de deuda que emite una empresa o un Estado para financiarse a plazo."},
			{"Comisión", "El importe que cobra la entidad por prestar un servicio o mantener una cuenta."},
		}},
		{"Russian", links("А Б В Г Д Е"), []entry{
			{"Акция", "Ценная бумага, которая даёт владельцу долю в компании и право на часть её прибыли."},
			{"Вклад", "Деньги, которые клиент передаёт банку на срок, чтобы получить проценты."},
			{"Ипотека", "Кредит на покупку жилья, при котором купленная квартира остаётся в залоге у банка."},
		}},
	} {
		text := extractText(t, tc.name, glossary(tc.bar, tc.es), "https://bank.test/glossary/")
		var want []string
		for _, e := range tc.es {
			want = append(want, e.term+"\n\n"+e.def)
		}
		// The first entry's term opens the text: no bar, no letter.
		if !strings.HasPrefix(text, tc.es[0].term) {
			t.Errorf("%s: text opens %q, want the first term", tc.name, strings.SplitN(text, "\n", 2)[0])
		}
		checkHas(t, tc.name, text, want, []string{"\n\n" + string([]rune(tc.es[1].term)[:1]) + "\n\n"})
	}

	interview := `<html><body><main><h1>An interview with the harbour master</h1><div class="story">
<p>The harbour master has run the port for twelve years and retires at the end of the month.</p>
<h3>Q</h3><p>What changed most in your twelve years at the port?</p><h3>A</h3><p>The ships got bigger, and the piers had to be rebuilt twice to take them.</p>
<h3>Q</h3><p>What will you miss when you retire next month?</p><h3>A</h3><p>The early mornings, when the first ferry comes in and the town is still asleep.</p>
</div></main></body></html>`
	text := extractText(t, "interview", interview, "https://news.test/harbour-master")
	checkHas(t, "interview", "\n"+text+"\n", []string{"\nQ\n\nWhat changed most", "\nA\n\nThe ships got bigger"}, nil)

	story := `<html><body><main><h1>Plans for the old mill</h1><div class="story">
<p>The council has two plans for the old mill site, and it will vote on them in January after a public hearing.</p>
<h2>B</h2><p>The second plan keeps the mill's walls and puts a library and a café inside them, at twice the cost.</p>
<p>Residents can comment on both plans until the end of December at the town hall or online.</p>
</div></main></body></html>`
	text = extractText(t, "story", story, "https://news.test/mill")
	checkHas(t, "story", "\n"+text+"\n", []string{"\nB\n\nThe second plan"}, nil)
}

func TestAlphabetBar(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"A B C D E", true},
		{"A | B | C | D | E | F", true},
		{"А · Б · В · Г · Д", true},
		{"A–B–C–D–E", true},
		{" A  B C D E ", true},
		{"A B C D", false},       // too few
		{"A B C D A", false},     // a letter twice
		{"A B C D Ef", false},    // a word
		{"A B C D 1", false},     // a digit
		{"0-9 A B C D E", false}, // digits
		{"", false},
		{"| | |", false},
	} {
		if got := alphabetBar(c.line); got != c.want {
			t.Errorf("alphabetBar(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
