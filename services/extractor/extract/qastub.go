package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// A Q&A page cut to a paywall stub shows the question's card, the answers'
// count ("2 Antworten") and the first answer up to the offer. The cut took
// the answer's author line and buttons with it, so the answer is no post
// (postQARoots), and the count no longer counts the answers shown
// (answeredQuestionRoots): the scorer's answer block alone was kept, its
// few words fell under the paywall lead's bound, and the page was typed a
// PAYWALL non-article with its visible question and answer lost. On a
// page with a subscription offer in the story's place, the question comes back
// when all of these hold:
//   - the chosen content is one text block B with a class (the question's
//     or the answer's, whichever the scorer chose);
//   - the page holds two blocks of B's tag and class, Q and A, neither
//     holding the other: the engine's text blocks of the question and of
//     the answer;
//   - Q holds at least minQuestionPWords words of running text and asks
//     (its text holds a question mark);
//   - a count line (a number and a word: "2 Antworten", "3 answers") lies
//     between Q and A.

// stubQuestionRoots returns the question's and the answer's blocks when
// roots is one of them on a stub (see above), else roots.
func (p *page) stubQuestionRoots(roots []*html.Node) []*html.Node {
	if len(roots) != 1 || p.controls.offers == 0 && p.controls.paywallOffers == 0 {
		return roots
	}
	b := roots[0]
	cls := attr(b, "class")
	if cls == "" {
		return roots
	}
	same, ok := blocksWhere(p.body, func(n *html.Node) bool {
		return n.DataAtom == b.DataAtom && n.Data == b.Data && attr(n, "class") == cls
	})
	if !ok || len(same) != 2 || isAncestor(same[0], same[1]) {
		return roots
	}
	q, a := same[0], same[1]
	if p.st.get(q).pwords < minQuestionPWords || p.st.get(a).pwords == 0 || !strings.Contains(textOf(q), "?") || !countLineBetween(q, a) {
		return roots
	}
	return []*html.Node{q, a}
}

// countLineBetween reports an element after q and before b in document
// order, holding neither, whose text is a count line.
func countLineBetween(q, b *html.Node) bool {
	found, after := false, false
	walk(docRoot(q), func(n *html.Node) bool {
		if found || n == b {
			return false
		}
		if n == q {
			after = true
			return false
		}
		if after && n.Type == html.ElementNode && !isAncestor(n, b) && countLine(textOf(n)) > 0 {
			found = true
			return false
		}
		return n.Type == html.ElementNode || n.Type == html.DocumentNode
	})
	return found
}
