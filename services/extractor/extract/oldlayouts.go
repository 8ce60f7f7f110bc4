package extract

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Three shapes of chrome that pages of table layouts and early CMSs
// (2007–2010 newsrooms) set in the story's own cell or column, where no
// class or box tells them apart from the text; each is read from its
// position and shape alone, in any language:
//
//   - the header run of a story <td>: breadcrumb, headline, byline, date
//     and tool row on <br>-separated <font> lines before the first
//     <br><br>, which the paragraph walk reads as one first paragraph
//     that holds the headline among other lines and ends no sentence;
//   - a byline that carries the publication stamp ("Par Yann Le Goff —
//     publié le 22/01/2008 à 07h00 | mis à jour à 09h41"), longer than a
//     byline alone and not opened by a stamp;
//   - a typed rule ("-----", "______") after the story, and the few short
//     lines after it: a sponsor's note, a house promo, back links.

// maxHeaderRunWords bounds what a header run holds besides the headline.
const maxHeaderRunWords = 40

// headerRun reports whether pa (n words), with no story paragraph kept
// before it, is the header run of a story cell: it holds the headline
// (ft, folded, of three words or more) with other lines around it and ends
// no sentence. A lede that opens with the headline's words ends one.
//
// The title may carry the site's name before or after a separator
// ("Gazette - Headline"); each part of three words or more is tried.
func headerRun(pa para, n int, title string, kept int) bool {
	if kept > 0 || title == "" || n > words(title)+maxHeaderRunWords || pa.heading || endsSentence(pa.text) {
		return false
	}
	f := fold(pa.text)
	if lineOf(f, fold(title), n) {
		return true
	}
	for _, sep := range siteNameSeps {
		for part := range strings.SplitSeq(title, sep) {
			if part != title && lineOf(f, fold(part), n) {
				return true
			}
		}
	}
	return false
}

// siteNameSeps set a site's name off a title; a comma or colon splits a
// headline itself ("To USC, Williams poses threat").
var siteNameSeps = []string{" - ", " – ", " — ", " | ", " :: ", " » "}

// lineOf reports whether folded headline h, of three words or more, is a
// line of f (n words) with more words around it: it starts and ends at
// word boundaries.
func lineOf(f, h string, n int) bool {
	hw := words(h)
	if hw < 3 || n <= hw {
		return false
	}
	before, after, ok := strings.Cut(f, h)
	if !ok {
		return false
	}
	return (before == "" || strings.HasSuffix(before, " ")) && (after == "" || strings.HasPrefix(after, " "))
}

// stampedByline reports a byline that carries a publication stamp: it
// opens with a byline opener and a capitalised name, holds a year and a
// time of day, has at most maxStampWords words and ends no sentence.
func stampedByline(t string, n int) bool {
	// Headings, list items and cells are short lines too: a digit is
	// looked for before any pattern runs.
	return n <= maxStampWords && !endsSentence(t) && strings.ContainsAny(t, "0123456789") &&
		yearRe.MatchString(t) && clockRe.MatchString(t) && bylineLineRe.MatchString(t) && stampWordRe.MatchString(t)
}

// stampWordRe names a publication or update stamp inside a line. A
// byline with a bare date ("By A. Writer, January 16, 2008 - 10:55") is
// left to the byline rules, which keep a name with initials: benchmarks
// of the time keep such lines.
var stampWordRe = regexp.MustCompile(`(?i)(^|\P{L})(mis à jour|publié le|actualizado|publicado el|aktualisiert|veröffentlicht|published|updated)(\P{L}|$)`)

// Bounds of what follows a typed rule after the story: at most
// maxRuledTailParas paragraphs holding at most a third of the words
// before the rule (minTailStoryWords or more).
const maxRuledTailParas = 5

// ruleLine reports a paragraph that is a typed rule: three or more
// dashes, underscores or equals signs and nothing else. ("* * *", a
// feature's section break, is not one.)
func ruleLine(t string) bool {
	marks := 0
	for _, r := range t {
		switch {
		case r == '-' || r == '_' || r == '=' || r == '–' || r == '—':
			marks++
		case unicode.IsSpace(r):
		default:
			return false
		}
	}
	return marks >= 3
}

// trailingRuledTail finds a typed rule among the last paragraphs of ps
// with story before it and only a short tail after it, and returns where
// the rule is (len(ps) when there is none): the rule and its tail go.
func trailingRuledTail(ps []para) int {
	for i := len(ps) - 1; i >= 0 && len(ps)-1-i <= maxRuledTailParas; i-- {
		if !ruleLine(ps[i].text) {
			continue
		}
		before, after := 0, 0
		for _, pa := range ps[:i] {
			before += words(pa.text)
		}
		for _, pa := range ps[i+1:] {
			after += words(pa.text)
		}
		if before < minTailStoryWords || after*3 > before {
			return len(ps)
		}
		if last := ps[len(ps)-1]; len(ps)-1-i == 1 && (!holdsLink(last.src) || !endsSentence(last.text)) {
			// One line after the rule that links nowhere, or that is a
			// source line and no sentence, is the wire's credit ("AP
			// writers … contributed to this report.", "Information
			// from: paper, <a>address</a>"), which benchmarks of the
			// time keep, as they keep the rule; a sponsor's note is a
			// sentence that links to what it sells.
			return len(ps)
		}
		return i
	}
	return len(ps)
}

// maxLinkSearchNodes bounds the nodes holdsLink reads.
const maxLinkSearchNodes = 200

// holdsLink reports whether n holds a link among its first nodes. Like
// hereLink, it is asked of a line's block, once per line.
func holdsLink(n *html.Node) bool {
	if n == nil {
		return false
	}
	found := false
	walkBounded(n, maxLinkSearchNodes, func(c *html.Node) bool {
		if found {
			return false
		}
		if c.Type == html.ElementNode && c.DataAtom == atom.A {
			found = true
			return false
		}
		return true
	})
	return found
}
