package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// A page whose own heading is a status line ("Seite nicht gefunden",
// "Ошибка 404", "We'll be right back") is an error page, whatever else it
// shows: sites serve their "not found" and maintenance pages with status
// 200 inside the full chrome, often with a rail of teasers below the
// notice, which reads like a listing or a short story. The evidence is the
// heading's words, never the site's: a stock line of the language that
// makes up nearly all of the page's <h1> or of a part of its <title>.

var (
	// statusLineRe are the stock lines of error and maintenance pages in
	// the languages newsflow reads, each naming the page or the site's
	// state, matched against lower-cased text with straight apostrophes.
	// A heading they make up is a status line even with a few words
	// around them ("Oops! That page can't be found").
	statusLineRe = mustCompileLit(`page not found|page (can't|cannot|could not) be found|(this|that|the) page (can't|cannot|could not) be found|couldn't find (this|that|the) page|page (does not|doesn't|no longer) exist|page (is )?no longer available|page unavailable|server error|service unavailable|access denied|under maintenance|down for maintenance|scheduled maintenance|we'll be (right )?back( soon)?|be back soon|seite nicht gefunden|seite existiert nicht|seite (ist )?nicht mehr verfügbar|wartungsarbeiten|page introuvable|page non trouvée|page n'existe (pas|plus)|en maintenance|maintenance en cours|página no encontrada|página no existe|no se ha encontrado la página|en mantenimiento|страница не найдена|страница не существует|технические работы|pagina non trovata|pagina non esiste|in manutenzione|pagina niet gevonden|pagina bestaat niet|in onderhoud|nie znaleziono strony|strona nie istnieje|przerwa techniczna|página não encontrada|página não existe|em manutenção`)
	// bareStatusRe are the stock lines that say only that something is
	// missing: a status line alone or beside a status word or code ("404
	// Not Found"), a headline with any other word ("Missing hiker not
	// found").
	bareStatusRe = mustCompileLit(`not found|nicht gefunden|introuvable|non trouvée|no encontrada|не найдена|non trovata|niet gevonden|nie znaleziono|não encontrada`)
)

// statusWords make a status line only on their own or with a status code
// ("Error", "Ошибка 404", "404"): "Fehler im System" is a headline.
var statusWords = map[string]bool{
	"error": true, "oops": true, "sorry": true, "fehler": true, "hoppla": true, "erreur": true, "oups": true, "désolé": true,
	"errore": true, "fout": true, "oeps": true, "błąd": true, "ups": true, "erro": true, "ошибка": true, "упс": true,
}

// statusCode reports an HTTP status a site prints on its error page.
func statusCode(tok string) bool {
	switch tok {
	case "400", "401", "403", "404", "410", "500", "502", "503", "504":
		return true
	}
	return false
}

// maxStatusWords bounds a heading read as a status line.
const maxStatusWords = 10

// maxStatusAround is what a stock status line may have around it in its
// heading.
const maxStatusAround = 3

// maxStatusPageWords bounds the text of a page that its status heading
// makes an error page: a teaser rail below a notice is short.
const maxStatusPageWords = 500

// statusFold is how a status heading is read: lower-cased, normalised,
// typographic apostrophes as ASCII and ё as е, as the patterns are written.
func statusFold(h string) string {
	return statusQuotes.Replace(strings.ToLower(normalize(h)))
}

var statusQuotes = strings.NewReplacer("’", "'", "‘", "'", "ё", "е")

// statusLine reports a heading that is an error or maintenance notice.
func statusLine(h string) bool {
	h = statusFold(h)
	if h == "" || words(h) > maxStatusWords {
		return false
	}
	// Replacing runs the pattern unfiltered: the literal filter of
	// MatchString turns away most headings first.
	left := h
	if statusLineRe.MatchString(h) {
		left = statusLineRe.ReplaceAllString(h, " ")
	}
	line := left != h
	bare := left
	if bareStatusRe.MatchString(left) {
		bare = bareStatusRe.ReplaceAllString(left, " ")
	}
	word := bare != left
	left = bare
	rest := 0
	for _, tok := range strings.FieldsFunc(left, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if statusWords[tok] || statusCode(tok) {
			word = true
			continue
		}
		rest++
	}
	if line {
		return rest <= maxStatusAround
	}
	return word && rest == 0
}

// statusHeading reports a page whose <h1>, or a part of whose <title>
// between the separators sites put around their name, is a status line.
func (m *meta) statusHeading() bool {
	return slices.ContainsFunc(m.h1s, statusLine) || slices.ContainsFunc(titleParts(m.title), statusLine)
}

// titleParts splits a <title> at the separators between a page's name and
// its site's ("Seite nicht gefunden | Frankenpost").
func titleParts(t string) []string {
	return titleSepRe.Split(t, 4)
}

var titleSepRe = regexp.MustCompile(`\s+[|–—·:-]+\s+|\s*::\s*`)

// statusPage reports a page that says of itself that it is an error or
// maintenance page: a status heading on a page that declares no story.
func (p *page) statusPage() bool {
	return !p.meta.isArticle() && p.meta.statusHeading()
}
