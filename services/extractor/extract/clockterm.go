package extract

// clockStamp reports a time of day alone on its line that stamps a
// live-blog entry. In a cell of a data table it is data (a start time, a
// finishing time, a match day "05.12"), and as the term of a definition
// list that a definition follows it is what the list defines: a
// programme's "11:00" before what happens then (an event page's <dl> of
// times lost every time with the stamp rule).
func clockStamp(pa para) bool {
	return clockLineRe.MatchString(pa.text) && !inTable(pa.src) && !definitionTerm(pa.src)
}
