package extract

// minBareDurations is the number of label-and-duration pairs a line of
// times without colons holds.
const minBareDurations = 2

// bareDurationLine reports a line of nothing but durations after labels
// of up to three words without colons, two or more ("Vorbereitung 40
// Min. Ruhezeit 1 Std. Backzeit 40 Min.", "Prep 10 mins Cook 35 mins"):
// a recipe card's times set as spans side by side, which durationLine
// (labels with colons) did not read. A sentence goes on after its figure
// or holds a word that is no label, so it is none (labelledValues).
func bareDurationLine(t string) bool {
	if !hasASCIIDigit(t) {
		return false
	}
	vals, ok := labelledValues(t, ".,;|·", true)
	if !ok || len(vals) < minBareDurations {
		return false
	}
	for _, v := range vals {
		if v.colon || !durationUnits[v.unit] {
			return false
		}
	}
	return true
}
