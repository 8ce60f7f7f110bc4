package extract

import (
	"regexp"
	"strings"
)

// Bounds of the contact block that ends a release or a notice.
const (
	// maxContactLineWords bounds one line of a contact block (a name, a
	// role, a phone number and an address run together).
	maxContactLineWords = 25
	// maxContactLabelWords bounds the label above it ("Contacts presse",
	// "Pressekontakt", "Media contact").
	maxContactLabelWords = 4
	// minContactStoryWords is the story a contact block must follow: a
	// notice of two or three sentences is a story, and the lines that
	// tell whom to ask about it are not (a teaser list wants more story
	// before it, minTailStoryWords, since a page may be all teasers).
	minContactStoryWords = 25
)

var (
	emailRe = regexp.MustCompile(`[\p{L}\d._%+-]+@[\p{L}\d.-]+\.\p{L}{2,}`)
	// phoneRe finds a phone number: an international prefix, a leading 0
	// or a bracketed area code, then digits in groups.
	phoneRe = regexp.MustCompile(`(?:\+\d|\b0\d|\(\d)[\d ()/.\-\x{00a0}]{6,}\d`)
)

// contactLine reports a short line without a sentence end that holds an e-mail address or a
// phone number of seven digits or more: a way to reach someone, not a
// sentence of the story.
func contactLine(t string) bool {
	if words(t) > maxContactLineWords || endsSentence(t) {
		return false
	}
	if emailRe.MatchString(t) {
		return true
	}
	for _, m := range phoneRe.FindAllString(t, -1) {
		d := 0
		for i := 0; i < len(m); i++ {
			if m[i] >= '0' && m[i] <= '9' {
				d++
			}
		}
		if d >= 7 && !numericDateRe.MatchString(strings.TrimSpace(m)) {
			return true
		}
	}
	return false
}

// trailingContacts finds the contact block that ends ps: lines that hold
// an e-mail address or a phone number, each optionally under a short
// label line without a sentence end, running to the end (or to a line or
// two of links), after a story
// of minTailStoryWords. A story's last sentence that gives a phone number
// ends as a sentence, so it stays. It returns where the block starts, or len(ps).
func trailingContacts(ps []para) int {
	start, contacts, below := len(ps), 0, false
	// A line or two of links after the block (downloads, "back to the
	// overview") does not break it; they go with it.
	last := len(ps) - 1
	for k := 0; k < 2 && last >= 0 && ps[last].linked && words(ps[last].text) <= maxJumpWords; k++ {
		last--
	}
	for i := last; i >= 0; i-- {
		t := ps[i].text
		switch {
		case contactLine(t):
			contacts++
			below = true
		case below && contactLabel(ps[i]):
			// The label of the contact below it.
			below = false
		default:
			if contacts == 0 {
				return len(ps)
			}
			return afterStoryOf(ps, start, minContactStoryWords)
		}
		start = i
	}
	return len(ps)
}

// starRating reports a line that shows a rating as three or more star
// glyphs ("★★★★★ 4,9 von 112 Bewertungen").
func starRating(t string) bool {
	stars := 0
	for _, r := range t {
		if r == '★' || r == '☆' || r == '⭐' {
			stars++
		}
	}
	return stars >= 3
}

// durationUnits are the units of a recipe's or a programme's times, in
// the languages the devset covers.
var durationUnits = map[string]bool{
	"min": true, "mins": true, "minute": true, "minutes": true, "minuten": true, "minutos": true, "minuti": true,
	"h": true, "hr": true, "hrs": true, "hour": true, "hours": true, "std": true, "stunde": true, "stunden": true,
	"heure": true, "heures": true, "hora": true, "horas": true,
	"мин": true, "минут": true, "минуты": true, "минута": true, "час": true, "часа": true, "часов": true,
}

// yieldUnits are the nouns of a card's yield ("Pour 6 personnes",
// "Serves 4 people", "Portionen: 4 Pizzen" has its own rule by class).
var yieldUnits = map[string]bool{
	"people": true, "persons": true, "servings": true, "serving": true, "portions": true, "portion": true,
	"personnes": true, "personne": true, "parts": true, "portionen": true, "personen": true, "stück": true,
	"personas": true, "porciones": true, "raciones": true, "pessoas": true, "porções": true, "doses": true,
	"persone": true, "porzioni": true, "porcji": true, "osób": true, "порции": true, "порций": true,
}

// durationLine reports a line of nothing but labelled durations, two or
// more ("Vorbereitung: 10 Min. Gehzeit: 1 Std.", "Prep Time: 10 minutes
// Cook Time: 35 minutes", "Préparation : 15 min"), and at most one yield
// ("Pour 6 personnes", "Doses: 4"): a card's times, not a sentence.
func durationLine(t string) bool {
	// Two durations need two numbers: see quantityLine.
	if !hasASCIIDigit(t) {
		return false
	}
	vals, ok := labelledValues(t, ".,;|·", true)
	if !ok {
		return false
	}
	pairs, yields := 0, 0
	for _, v := range vals {
		switch {
		case v.colon && durationUnits[v.unit]:
			pairs++
		case yieldUnits[v.unit], v.colon && v.unit == "":
			// A bare count after its label ends the line: a yield.
			yields++
		default:
			return false
		}
	}
	return pairs >= 2 && yields <= 1
}
