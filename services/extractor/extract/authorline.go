package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxBylineLineWords bounds a line that names the story's author: the
// name, a place, a date and a time ("Marina Soler Murcia | 04·08·26 |
// 10:30"), not a sentence.
const maxBylineLineWords = 12

// declaredAuthors returns the personal names the page's metadata gives
// as its story's authors (JSON-LD author or creator, the author metas),
// folded: what the template prints as the byline. Names the page shows
// are not read, so a line is never matched against itself.
func (p *page) declaredAuthors() []string {
	var raw []string
	if p.meta.article != nil {
		raw = append(raw, ldAuthors(p.meta.article["author"])...)
		raw = append(raw, ldAuthors(p.meta.article["creator"])...)
	}
	for _, k := range []string{"author", "article:author", "dc.creator", "dcterms.creator"} {
		raw = append(raw, p.meta.metas[k])
	}
	var out []string
	for _, r := range raw {
		r = normalize(r)
		if isPersonName(r) {
			out = append(out, fold(r))
		}
	}
	return out
}

// authorLine reports a short line of the story's box that opens with one
// of authors, the names the metadata declares (declaredAuthors), and is
// no sentence: the template's byline, whatever stamp or place it goes on
// with. The byline rules read a "By" opener or a stamp they know; a
// bare name over a date written some other way ("04·08·26") passed as
// story text when the byline's box was chosen with the story (a short
// story, a paywall stub). A sentence that opens with the author's name
// ends as one and stays.
//
// Lines that open with the name but go on as the story's are no byline:
// the name's possessive ("Tom Baker's verdict"), a speaker's prefix
// ("Anna Weber: Und zum Schluss – Ihr Lieblingsort", an interviewer's
// question), and, once inRun (the story's running text has begun:
// two paragraphs of sentences above), any words after the name ("Claire
// Dubois à la barre du bac", a subhead of a piece whose author is its
// subject). A byline sits above the story; within it, only the name
// alone or with a stamp of digits is one.
func authorLine(t string, n int, authors []string, inRun bool) bool {
	if len(authors) == 0 || n > maxBylineLineWords || endsSentence(t) {
		return false
	}
	f := fold(t)
	for _, a := range authors {
		if !strings.HasPrefix(f, a) {
			continue
		}
		rest := f[len(a):]
		if rest == "" {
			return true
		}
		r, size := utf8.DecodeRuneInString(rest)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			continue
		}
		after := strings.TrimSpace(rest[size:])
		switch {
		case (r == '\'' || r == '’') && startsWithLetter(rest[size:]):
			// A possessive: the name is the phrase's subject.
		case r == ':' && strings.ContainsFunc(after, unicode.IsLetter):
			// A speaker's prefix: what follows is what they say.
		case inRun && strings.ContainsFunc(rest, unicode.IsLetter):
			// Words after the name, inside the story's text.
		default:
			return true
		}
	}
	return false
}

// startsWithLetter reports whether s opens with a letter.
func startsWithLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}
