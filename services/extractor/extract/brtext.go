package extract

import "golang.org/x/net/html"

// minBareParaChars is the text a block's own bare runs need before they
// count as paragraphs of a story.
const minBareParaChars = 100

// bareParagraphs counts the paragraphs a block writes as bare text split
// by <br><br> (pages written before CSS, and CMS fields that store text
// so): each double break closes one. A block of mostly linked text (a
// column of links one a line) has none. Rules that look for a story's
// paragraphs beside a box count these with the <p>s, so that a box set
// among them is judged the same in either markup.
func bareParagraphs(n *html.Node, st stats) int {
	v := st.get(n)
	if v.ownChars < minBareParaChars || v.ownLink*2 >= v.ownChars {
		return 0
	}
	return v.ownBr / 2
}
