package extract

// contactLabel reports a line that may label the contact below it
// ("Ansprechpartnerin", "Press office:"): a few words with no sentence
// end and no link, outside a data table's cell. A table's last cell
// (a number, a word) is data of the story's, not a label of the contact
// box after the table.
func contactLabel(pa para) bool {
	t := pa.text
	return words(t) <= maxContactLabelWords && !endsSentence(t) && !pa.linked && !inTable(pa.src)
}
