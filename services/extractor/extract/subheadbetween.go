package extract

// subheadBetween reports, for the subhead at line i of the story's
// container (bp in headedTake) whose next line that is not a mere pass
// line is next, a subhead in the middle of the story's run: the next line
// is kept already and the line before the subhead that is not a mere pass
// line is running text taken back (in). headedTake drops a subhead over a
// kept line as a label the rules did not join; one that closes a part
// taken back and opens the kept part is the story's own (the Spanish page
// builder's story of TestRestoreLines: the scorer kept the last section,
// the list and the closing paragraph, and the second opinion took the
// parts before it back without the subhead between them).
func subheadBetween(i, next int, tok []int, in map[int]bool) bool {
	if next <= i || next >= len(tok) || tok[next] < 0 {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		if tok[j] != tokPassLine {
			return tok[j] == tokCandidate && in[j]
		}
	}
	return false
}
