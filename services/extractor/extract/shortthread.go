package extract

// minThreadWords is the text a thread's first post needs to be the page's
// story.
const minThreadWords = 5

// shortThread reports whether a page of wordCount words is a forum thread
// whose first post is its text: the thread search cut replies after it.
// A question of one line ("Does anyone know when the recycling centre
// reopens?") is a thread's whole story; below 30 words a page that
// declares no article was taken for an empty shell, and a thread with a
// short first post, with or without a heading that counts its replies,
// lost all of its text.
func (p *page) shortThread(wordCount int) bool {
	return p.replies > 0 && wordCount >= minThreadWords
}
