package extract

import "testing"

// TestBareDurationLine checks lines of recipe times whose labels have no
// colons (German, English, French) against sentences with durations and
// lines with one time only.
func TestBareDurationLine(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Vorbereitung 40 Min. Ruhezeit 1 Std. Backzeit 40 Min.", true},
		{"Prep 10 mins Cook 35 mins Total 45 mins", true},
		{"Préparation 15 min Cuisson 1 h", true},
		{"Backzeit 40 Min.", false},
		{"Nach 40 Min. war der Kuchen fertig, nach 2 Std. gegessen.", false},
		{"Wir haben 40 Minuten gewartet und dann 1 Stunde gebacken.", false},
		{"Vorbereitung: 10 Min. Backzeit: 35 Min.", false},
		{"Zutaten 250 g Mehl 1 Ei", false},
	} {
		if got := bareDurationLine(tc.line); got != tc.want {
			t.Errorf("bareDurationLine(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestBareDurationCard checks that a recipe card's times set as labelled
// spans without colons leave the text while its ingredients and steps
// stay.
func TestBareDurationCard(t *testing.T) {
	page := `<html><body><header><a href="/">Zimt</a></header><main><h1>Apfelstrudel</h1><div class="entry-content">
<p>Als ich klein war, gab es bei meiner Oma jeden ersten Advent Apfelstrudel mit einem Teig, den sie über den ganzen Küchentisch zog.</p>
<p>Inzwischen weiß ich: Der Teig braucht Ruhe und Wärme, dann lässt er sich fast von allein ausziehen.</p>
<div class="recipe"><h2>Omas Apfelstrudel</h2><div class="times"><span>Vorbereitung 40 Min.</span> <span>Ruhezeit 1 Std.</span> <span>Backzeit 40 Min.</span></div>
<h3>Zutaten</h3><ul><li>250 g Mehl</li><li>1 kg Äpfel</li></ul><h3>Zubereitung</h3><ol><li>Den Teig kneten und eine Stunde ruhen lassen.</li><li>Bei 190 Grad etwa 40 Minuten backen.</li></ol></div>
</div></main><footer><a href="/impressum/">Impressum</a></footer></body></html>`
	text := extractText(t, "recipe times", page, "https://zimt.test/strudel/")
	checkHas(t, "recipe times", "\n"+text+"\n", []string{"250 g Mehl", "Bei 190 Grad etwa 40 Minuten backen."}, []string{"Ruhezeit 1 Std."})
}
