package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html/atom"
)

// The letters credit of storyWords lets a short story in a language of
// long words over the story bar. A short notice in such a language (a
// German "login required" page of 21 long words) holds as many letters and
// passed it too, where its English version of 22 words does not. What
// tells the two apart is the page's own headline: a brief tells what its
// headline names, so the two share a word (the Rheinbrücke, the bridge
// over the Volga), while a notice's text says what to do and its heading
// names the page's state ("Anmeldung erforderlich" over "Bitte melden Sie
// sich an"). The letters credit is given only to a text that shares a word
// of minTopicWordLetters letters or more with the page's title or <h1>,
// matched by a common stem of minTopicStem letters (rénové and rénovation,
// моста and мост). A page with no title and no <h1> keeps the credit.

const (
	minTopicWordLetters = 4
	minTopicStem        = 4
)

// sharesHeadlineWord reports whether the paragraphs share a word with the
// headings heads (the title and the <h1>s), or heads holds no word to
// share.
func sharesHeadlineWord(paras []string, heads string) bool {
	hw := topicWords(heads)
	if len(hw) == 0 {
		return true
	}
	for _, p := range paras {
		for _, w := range topicWords(p) {
			for _, h := range hw {
				if sameStem(w, h) {
					return true
				}
			}
		}
	}
	return false
}

// topicWords returns the lower-cased words of s of at least
// minTopicWordLetters letters.
func topicWords(s string) [][]rune {
	var out [][]rune
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if r := []rune(f); len(r) >= minTopicWordLetters {
			out = append(out, r)
		}
	}
	return out
}

// sameStem reports two words that are equal or share their first
// minTopicStem letters.
func sameStem(a, b []rune) bool {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n >= minTopicStem || n == len(a) && n == len(b)
}

// topicHeads returns the headings a short text is asked to share a word
// with (sharesHeadlineWord), or "" when the page is dated: a date stamp
// (a publication time in the metadata, a <time> outside the site's
// header, menu and footer, a date line or a meta box cut from the text)
// is a story's, not a notice's, and a short story may tell what its
// headline names in words of its own ("Orkanböen ... Zugverkehr" under
// "Sturm legt Fernverkehr lahm"); such a story had lost the letters
// credit and been typed a NO_TEXT non-article.
func (p *page) topicHeads(heads string) string {
	if p.removed[string(KindDate)] > 0 || p.removed[string(KindMeta)] > 0 {
		return ""
	}
	for _, te := range p.meta.timeAttrs {
		// A <time> in the site's header, menu or footer (today's date
		// over any page) dates no story.
		if !insideAny(te.node, atom.Header, atom.Nav, atom.Footer) {
			return ""
		}
	}
	if _, src := p.meta.published(); src != "" && src != "time" {
		return ""
	}
	return heads
}
