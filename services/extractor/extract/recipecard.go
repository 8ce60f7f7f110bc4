package extract

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A recipe card without telling class names still has its shape: a list
// of steps (<ol>), times given one per item ("Prep Time: 10 minutes" in a
// <li>, or a label and a value in two <span>s), a yield under a line of
// times, and a short call to the reader that closes the card ("Did you
// make this recipe? Tag @name on Instagram."). Class names ("prep-time",
// "cta", "portionen") told these apart before; the rules here read the
// shape, so hashed or stripped names lose nothing.

// Bounds of the card rules: the words of one labelled value's label and
// value, the siblings read around one line, the words of a closing call
// and of its question.
const (
	maxCardLabelWords    = 3
	maxCardValueWords    = 4
	maxCardSiblings      = 10
	maxCardCallWords     = 25
	maxCardQuestionWords = 6
)

// cardLine reports a line of a card that class names used to mark: one
// of a run of labelled times, a yield under a line of times, or the call
// that closes a card of steps. Only short lines are read, and only one
// line of a block (its only, first or last) reads the block's
// surroundings, so the sibling scans run once per block at most.
func cardLine(pa para, n int) Kind {
	if pa.heading || pa.src == nil {
		return ""
	}
	switch {
	// An item of a run is its block's only line, and a yield under a
	// line of times is its block's first: the scans read the block's
	// neighbours, so a block of bare text split by <br><br> must not
	// have them read for each of its lines.
	case n <= maxCardLabelWords+maxCardValueWords && (pa.firstOfSrc && pa.lastOfSrc && timeItemRun(pa.src, pa.text) || pa.firstOfSrc && yieldUnderTimes(pa.src, pa.text)):
		return KindMeta
	case n <= maxRatingWords && ratingScoreRe.MatchString(strings.TrimSpace(pa.text)):
		return KindMeta
	case n <= maxCardCallWords && pa.lastOfSrc && cardCall(pa):
		// The call is the last text of its box, so the last line of its
		// block.
		return KindPromo
	}
	return ""
}

// maxRatingWords bounds a line of a rating's score.
const maxRatingWords = 6

// ratingScoreRe is a rating's score out of 5 or 10 in any language, a
// count of votes after it in brackets ("4.8 de 5 (23 votos)", "4,9 / 5"):
// a decimal score, one word or a slash, the scale, and nothing else.
var ratingScoreRe = regexp.MustCompile(`^\d[.,]\d\s*(\pL+|/)\s*(5|10)(\s*\(\d[\d.,]*\s+\pL+\))?$`)

// labelledValue splits t at its first digit into a label of one to three
// words without digits (a colon after it optional) and a value of up to
// four words; duration is whether the value's words include a unit of
// time. ok is false for any other shape.
func labelledValue(t string) (duration, ok bool) {
	i := strings.IndexFunc(t, unicode.IsDigit)
	if i <= 0 {
		return false, false
	}
	label := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(t[:i]), ":"))
	if lw := words(label); lw == 0 || lw > maxCardLabelWords || strings.ContainsAny(label, ".!?") {
		return false, false
	}
	value := strings.Fields(t[i:])
	if len(value) > maxCardValueWords {
		return false, false
	}
	for _, w := range value {
		if durationUnits[strings.ToLower(strings.Trim(w, ".,;"))] {
			duration = true
		}
	}
	return duration, true
}

// timeItemRun reports a line that is one of a run of three or more
// sibling items built alike (same tag), each a labelled value, two or
// more of them times: a card's times and yield written one per item.
func timeItemRun(src *html.Node, t string) bool {
	if _, ok := labelledValue(t); !ok || src.Parent == nil {
		return false
	}
	items, times, seen := 0, 0, 0
	for s := src.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
			return false
		}
		if s.Type != html.ElementNode {
			continue
		}
		if seen++; seen > maxCardSiblings || s.DataAtom != src.DataAtom {
			return false
		}
		d, ok := labelledValue(textOf(s))
		if !ok {
			return false
		}
		items++
		if d {
			times++
		}
	}
	return items >= 3 && times >= 2
}

// yieldUnderTimes reports a single labelled value with a colon, no time
// itself, right under a line of times ("Portionen: 4 Pizzen" under
// "Vorbereitung: 10 Min. Gehzeit: 1 Std."): the card's yield.
func yieldUnderTimes(src *html.Node, t string) bool {
	d, ok := labelledValue(t)
	if !ok || d || !strings.Contains(t, ":") {
		return false
	}
	prev := prevElement(src)
	return prev != nil && durationLine(strings.TrimSpace(textOf(prev)))
}

// cardCall reports the call that closes a card of steps: a line that
// opens with a short question and goes on with a short request that ends
// in an exclamation mark or carries a link or an @name, the last text of
// its box, which holds an ordered list (the steps) before it. "Did you
// make this recipe? Tag @name on Instagram." and its like in any
// language; a story's own closing question is answered in sentences that
// neither call out nor link.
func cardCall(pa para) bool {
	t := strings.TrimSpace(pa.text)
	q := strings.IndexAny(t, "?？")
	if q < 0 || strings.ContainsAny(t[:q], ".!") || words(t[:q]) > maxCardQuestionWords {
		return false
	}
	rest := strings.TrimSpace(t[q+1:])
	if words(rest) < 2 || strings.ContainsAny(rest, "?？") {
		return false
	}
	if !strings.HasSuffix(rest, "!") && !strings.Contains(rest, "@") && !holdsElement(pa.src, atom.A) {
		return false
	}
	return closesStepsBox(pa.src) || closesStepsInline(pa.src, t)
}

// closesStepsBox reports whether n is the last text of a box that holds
// an ordered list before it: climbing at most three levels while nothing
// with text follows, a preceding sibling is, or holds within two levels,
// an <ol>.
func closesStepsBox(n *html.Node) bool {
	for q, k := n, 0; q != nil && q.Parent != nil && k < 3; q, k = q.Parent, k+1 {
		for s := q.NextSibling; s != nil; s = s.NextSibling {
			if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" || s.Type == html.ElementNode && hasText(s) {
				return false
			}
		}
		seen := 0
		for s := q.PrevSibling; s != nil && seen < maxCardSiblings; s = s.PrevSibling {
			if s.Type != html.ElementNode {
				continue
			}
			seen++
			if holdsList(s, 2) {
				return true
			}
		}
	}
	return false
}

// holdsList reports whether n is an <ol> or holds one within depth levels.
func holdsList(n *html.Node, depth int) bool {
	if n.DataAtom == atom.Ol {
		return true
	}
	if depth == 0 {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && holdsList(c, depth-1) {
			return true
		}
	}
	return false
}
