package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// minHeaderTitleSimilarity is how much of the page's title the <h1> of a
// story's own <header> must say.
const minHeaderTitleSimilarity = 0.6

// storyHeader reports a <header> that is the story's own, not the site's:
// it holds an <h1> that says the page's title (the headline, with the
// standfirst, byline and date that follow it). Inside an <article> or
// <main> the structure pass knows such a header for the story's; this
// tells it where the page uses plain <div>s for both, as older and
// hand-built templates do. A site header's <h1> is the site's name, which
// the title of a story page does not match.
func (p *page) storyHeader(n *html.Node) bool {
	if n.DataAtom != atom.Header || p.title == "" {
		return false
	}
	h := findH1Within(n, 4)
	return h != nil && titleSimilarity(textOf(h), p.title) >= minHeaderTitleSimilarity
}
