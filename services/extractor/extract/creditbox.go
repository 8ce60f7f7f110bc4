package extract

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/html/atom"
)

// Bounds of a credits box: the list items under its heading and the words
// of the heading.
const (
	minCreditLines     = 2
	maxCreditLines     = 8
	maxCreditHeadWords = 3
	minNamedCredits    = 2
)

// creditLineRe is one line of credits: a name of two or three capitalised
// words with a role in parentheses ("Jonas Albrecht (Moderation)", "Ana
// Ruiz (invitada)"), or a role, a colon and such a name ("Host: Priya
// Nair"). No digits and no sentence: a list of ingredients or of
// specifications ("Mehl (Type 405)", "Motor: Mittelmotor, 85 Nm") is none.
var creditLineRe = regexp.MustCompile(`^(?:\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}\s*\(\p{L}[\p{L} /-]{0,30}\)|\p{L}[\p{L} /-]{0,30}:\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2})$`)

// trailingCreditBox finds the credits that close an episode's or a
// production's page after its text: a box of its own that holds a short
// heading and nothing but a list of people with their roles (a podcast's
// host and guest, an album's musicians). The box says who made the page,
// like a byline; it is not the story. A list of names in the story's own
// run (an association's new board, under a subhead among its paragraphs)
// shares its box with the story and stays, and so does a list of people
// the text before it names (namedInStory). It returns where the box
// starts, or len(ps).
func trailingCreditBox(ps []para) int {
	n := 0
	i := len(ps) - 1
	for ; i >= 1 && n <= maxCreditLines; i-- {
		pa := ps[i]
		if pa.heading || pa.src == nil || pa.src.DataAtom != atom.Li || !creditLineRe.MatchString(pa.text) {
			break
		}
		n++
	}
	if n < minCreditLines || n > maxCreditLines || i < 1 {
		return len(ps)
	}
	h := ps[i]
	if !h.heading || words(h.text) > maxCreditHeadWords || endsSentence(h.text) || ps[i-1].heading || !ownBox(ps, i) || namedInStory(ps, i, len(ps)-n) {
		return len(ps)
	}
	return afterStory(ps, i)
}

// namedInStory reports a list of credits ps[from:] minNamedCredits of whose
// people the text before the box (ps[:box]) names by surname: the list is
// then the story's own people (a theatre review's cast, whose actors the
// review discusses; a match report's line-up), not who made the page. A
// podcast's description names its guest ("mit der Hydrologin Dr. Katrin
// Wessel"), not its host and producers too.
func namedInStory(ps []para, box, from int) bool {
	text := map[string]bool{}
	for _, pa := range ps[:box] {
		if pa.heading {
			continue
		}
		for _, f := range strings.FieldsFunc(pa.text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-' }) {
			text[f] = true
		}
	}
	named := 0
	for _, pa := range ps[from:] {
		if sn := creditSurname(pa.text); sn != "" && text[sn] {
			named++
		}
	}
	return named >= minNamedCredits
}

// creditSurname returns the last word of the name in a line of credits
// (creditLineRe), or "".
func creditSurname(line string) string {
	name := line
	if k := strings.IndexByte(line, '('); k > 0 && strings.HasSuffix(line, ")") {
		name = line[:k]
	} else if _, after, ok := strings.Cut(line, ":"); ok {
		name = after
	}
	f := strings.Fields(name)
	if len(f) < 2 {
		return ""
	}
	return strings.TrimRight(f[len(f)-1], ".")
}
