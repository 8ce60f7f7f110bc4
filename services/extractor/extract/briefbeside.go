package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A brief in a two-column row beside an offer column. A column that holds
// the headline and one line of running text beside an offer box is built
// like a stub's head block (headline and lede) beside the offer that
// replaced the rest of the story, so offerBeside leaves such a box in the
// story's place; a one-sentence brief beside a rail's subscription plans
// was typed a paywall and lost its sentence. The markup still tells the
// brief's column apart when all of these hold:
//   - the row holds two columns and nothing else, the headline's first
//     and the offer's after it: a stub's offer ends the story's own
//     container, which holds more than its head block (a picture, the
//     story's body block emptied around the offer, a share row);
//   - the headline's column is dated (a <time>): a brief is complete under
//     its date line;
//   - the line ends a sentence and nothing follows it in the column: a
//     story cut to its visible part stops where the offer starts, often
//     mid-sentence, and a lede beside a cut body is followed by nothing
//     only when the body was replaced wholesale;
//   - the offer box opens with a heading of its own: a column of its own,
//     not a notice inside the story;
//   - the metadata does not say the story is not free (checked by the
//     caller).
// A stub whose head block has all of these is read as a brief (its lede
// kept, the page an article); the stubs of the metamorphic harness put the
// offer inside the head block and are unchanged.

// briefBesideOffer reports an offer box b in the second column of a
// two-column row whose first column is a dated brief under the headline h.
func briefBesideOffer(b, h *html.Node) bool {
	if b == h || isAncestor(b, h) {
		return false
	}
	last := lastLineBefore(h, b)
	if last == nil || last.Parent != h.Parent || !endsSentence(strings.TrimSpace(textOf(last))) {
		return false
	}
	col := h.Parent
	row := col.Parent
	if row == nil || !isAncestor(row, b) || isAncestor(col, b) {
		return false
	}
	// The row's columns: the headline's, then the offer's.
	var cols []*html.Node
	for c := row.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && !skipSet.has(c.DataAtom) && !emptyMarker(c) {
			cols = append(cols, c)
		}
	}
	if len(cols) != 2 || cols[0] != col || !contains(cols[1], b) {
		return false
	}
	// Nothing of the column's text after the line.
	for s := last.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" || s.Type == html.ElementNode && strings.TrimSpace(textOf(s)) != "" {
			return false
		}
	}
	return holdsElement(col, atom.Time) && boxOpensWithHeading(b)
}

// boxOpensWithHeading reports a box whose first element with text is a
// heading.
func boxOpensWithHeading(b *html.Node) bool {
	for c := b.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return false
		}
		if c.Type != html.ElementNode || strings.TrimSpace(textOf(c)) == "" {
			continue
		}
		if isHeading(c) {
			return true
		}
		return boxOpensWithHeading(c)
	}
	return false
}
