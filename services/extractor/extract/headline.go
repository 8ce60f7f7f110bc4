package extract

import "strings"

// maxLeadInWords bounds the chrome before the headline that the headline
// cuts.
const maxLeadInWords = 150

// titleLine reports whether paragraph pa (n words, f its text folded, as
// the caller already holds it) repeats the headline:
// the content block often takes in the <h1> that the title already
// carries. ft is the folded title, titleWords its length. Besides an exact
// repeat (quotes ignored), a line that differs from the title only by a
// suffix or case ("Story (from Site)") counts when it is a heading or has
// three words or more, so a one-word line that merely resembles a short
// title stays.
func (p *page) titleLine(pa para, f string, n int, ft string, titleWords int) bool {
	if ft == "" {
		return false
	}
	t := pa.text
	if f == ft {
		return true
	}
	// The title without quotation marks is folded once per page, the
	// line again only when it holds any.
	if p.qTitleOf != p.title || p.qTitle == "" {
		p.qTitleOf, p.qTitle = p.title, fold(dropQuotes(p.title))
		p.titleSet = newTitleWords(p.title)
	}
	if q := dropQuotes(t); q != t {
		f = fold(q)
	}
	if f == p.qTitle {
		return true
	}
	if n <= titleWords+4 && n*2 >= titleWords && p.titleSet.similarity(t) >= 0.6 {
		return pa.heading || n >= 3
	}
	// A heading that is the title's head before its colon, dash or comma
	// (a recipe card's "Banana bread" under "Banana bread: the one-bowl
	// loaf" or "Banana bread, the one-bowl loaf") names the page again.
	if pa.heading && n >= 2 && n < titleWords {
		for _, sep := range titleHeadSeps {
			if i := strings.Index(p.title, sep); i > 0 && fold(p.title[:i]) == f {
				return true
			}
		}
	}
	return false
}

// titleHeadSeps end the head of a title.
var titleHeadSeps = []string{": ", " – ", " — ", " - ", " | ", ", "}

// chromeBeforeHeadline reports whether the paragraphs kept before the
// headline line are chrome the content block took in (section links, a
// promo) rather than story: they are short, and a small part of the text
// (total words).
func chromeBeforeHeadline(before []para, total int) bool {
	w := 0
	for _, o := range before {
		w += words(o.text)
	}
	return w <= maxLeadInWords && w*4 <= total
}
