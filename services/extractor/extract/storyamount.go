package extract

import "unicode"

// lettersPerWord is an English word's length in letters on average: the
// unit that turns a text's letters into words of English.
const lettersPerWord = 4.4

// storyBarWords is the words of English a story holds at least.
const storyBarWords = 30

// A story's bar of 30 words was set on English, whose words are short and
// many (articles, auxiliaries, "of the"). Russian says the same in fewer,
// longer words: a two-sentence wire story of 23 words holds as much text
// as its English version of 29, and fell under the bar (no text, nothing
// kept) where the English one would keep its text as soon as it had one
// more word. The amount of text is the letters; storyWords reads them as
// English words, and a page is held to the bar by whichever is larger.

// storyWords returns the larger of wordCount and the paragraphs' letters
// read as English words, the letters counting only for a text that shares
// a word with its headings heads (storytopic.go).
func storyWords(paras []string, wordCount int, heads string) int {
	if wordCount >= storyBarWords || !sharesHeadlineWord(paras, heads) {
		return wordCount
	}
	letters := 0
	for _, p := range paras {
		for _, r := range p {
			if unicode.IsLetter(r) {
				letters++
			}
		}
	}
	return max(wordCount, int(float64(letters)/lettersPerWord))
}
