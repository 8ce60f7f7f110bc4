package extract

import "testing"

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
