package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

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

// minBareContinuedWords is the unlinked text that must follow an opener
// in the same block of bare lines for the story to go on.
const minBareContinuedWords = 20

// bareStoryContinues reports that the opener raw[i] ("Read also:" and a
// link) is one line of a story written as bare text in one block: the
// paragraph before it comes from the same block (runs of <br><br>), and
// lines of that block after it that are not links hold at least
// minBareContinuedWords words, one of them a sentence. storyContinues
// looks for the box an opener heads among the story's blocks, and a line
// of bare text heads none, so without this such a line ended the story
// of an old page halfway.
func bareStoryContinues(raw []para, i int) bool {
	src := raw[i].src
	if src == nil || i == 0 || raw[i-1].src != src {
		return false
	}
	n, sentence := 0, false
	for j := i + 1; j < len(raw) && raw[j].src == src; j++ {
		if pa := raw[j]; !pa.halfLinked {
			n += words(pa.text)
			sentence = sentence || endsSentence(pa.text)
		}
	}
	return n >= minBareContinuedWords && sentence
}

// listParagraphs counts the items of a list that read as paragraphs of a
// story (running text of minFactsWords words or more, at most
// maxFactsParaWords, few links): some CMSes set a story's paragraphs as
// the items of one list, and rules that look for a story's paragraphs
// beside a box count them with the <p>s.
func listParagraphs(n *html.Node, st stats) int {
	if n.DataAtom != atom.Ul && n.DataAtom != atom.Ol {
		return 0
	}
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom != atom.Li {
			continue
		}
		if v := st.get(c); v.pwords >= minFactsWords && v.words <= maxFactsParaWords && st.linkDensity(c) < 0.3 {
			k++
		}
	}
	return k
}
