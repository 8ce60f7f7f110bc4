package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestLabelledLines checks the two card lines read with labelledValues:
// a card's times (durationLine) and its nutrition or specification values
// (quantityLine), against sentences and near misses.
func TestLabelledLines(t *testing.T) {
	for _, tc := range []struct {
		line               string
		duration, quantity bool
	}{
		{"Vorbereitung: 10 Min. Gehzeit: 1 Std.", true, false},
		{"Prep Time: 10 minutes Cook Time: 35 minutes", true, false},
		{"Préparation : 15 min Cuisson : 40 min Pour 6 personnes", true, false},
		{"Prep: 10 min | Cook: 20 min | Serves: 4", true, false},
		{"Prep: 10 min | Cook: 20 min | Serves 4 people | Makes 2 portions", false, false},
		{"Prep: 10 min", false, false},
		{"Prep: 10 min Cook 20 min", false, false},
		{"Calories : 180 kcal · Glucides : 19 g · Protéines : 4 g", false, true},
		{"Weight: 3.1 kg | Battery: 150 min | Bin: 0.4 l", false, true},
		{"Calories: 180 kcal · Fat: 4 g", false, false},
		{"Calories: 180 kcal · Fat: 4 g · Sugar: 12", false, false},
		{"Calories: 180 kilocalories · Fat: 4 g · Sugar: 12 g", false, false},
		{"The team needed 10 minutes to score and 35 minutes to lose the lead.", false, false},
		{"Energy in the first quarter: 12 GWh, a record", false, false},
		{"", false, false},
	} {
		if got := durationLine(tc.line); got != tc.duration {
			t.Errorf("durationLine(%q) = %v, want %v", tc.line, got, tc.duration)
		}
		if got := quantityLine(tc.line); got != tc.quantity {
			t.Errorf("quantityLine(%q) = %v, want %v", tc.line, got, tc.quantity)
		}
	}
}

// labelledValuesLowered is labelledValues as it was before it lower-cased
// only the units: every word lower-cased first.
func labelledValuesLowered(t, cut string, bareLabel bool) (vals []labelled, ok bool) {
	label, num, colon := 0, false, false
	for f := range strings.FieldsSeq(t) {
		w := strings.ToLower(strings.Trim(f, cut))
		switch {
		case w == "":
		case num:
			vals = append(vals, labelled{colon: colon, unit: w})
			label, num = 0, false
		case countDigits(w) && (label < 0 || bareLabel && label > 0):
			num, colon = true, label < 0
		case w == ":" && label > 0:
			label = -1
		case strings.HasSuffix(w, ":") && label >= 0 && label < 3:
			label = -1
		case label >= 0 && label < 3 && !countDigits(w):
			label++
		default:
			return nil, false
		}
	}
	if num {
		vals, label = append(vals, labelled{colon: colon}), 0
	}
	return vals, label == 0
}

// FuzzLabelledValues checks labelledValues against labelledValuesLowered,
// and that a line without a digit is neither a duration nor a quantity
// line (the shortcut both take before reading the line).
func FuzzLabelledValues(f *testing.F) {
	for _, s := range []string{
		"Vorbereitung: 10 Min. Gehzeit: 1 Std.", "Préparation : 15 min Cuisson : 40 min Pour 6 personnes",
		"Calories : 180 kcal · Glucides : 19 g · Protéines : 4 g", "Weight: 3.1 KG | Battery: 150 MIN",
		"ÄRGER: 3 ÖL", "İ: 1 İ", "a\xff: 2 \xffB", "Serves 4 PEOPLE", "::: 1 :", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range []struct {
			cut  string
			bare bool
		}{{".,;|·/", false}, {".,;|·", true}} {
			gv, gok := labelledValues(s, c.cut, c.bare)
			wv, wok := labelledValuesLowered(s, c.cut, c.bare)
			if gok != wok || !slices.Equal(gv, wv) {
				t.Fatalf("labelledValues(%q, %q, %v) = %v, %v; lowered first %v, %v", s, c.cut, c.bare, gv, gok, wv, wok)
			}
		}
		if !hasASCIIDigit(s) {
			if v, _ := labelledValuesLowered(s, ".,;|·/", false); len(v) > 0 {
				t.Fatalf("%q: values without a digit: %v", s, v)
			}
			if v, _ := labelledValuesLowered(s, ".,;|·", true); len(v) > 0 {
				t.Fatalf("%q: values without a digit: %v", s, v)
			}
		}
	})
}
