package extract

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
)

var (
	// placeDateRe opens a dateline: a place of one to three capitalised
	// words (with short lower-case joints, "Frankfurt am Main", "Villard-
	// de-Lans") and a comma before the date.
	placeDateRe = regexp.MustCompile(`^(\p{Lu}[\p{L}'’.-]*(\s+(\p{Ll}{1,3}\s+)?\p{Lu}[\p{L}'’.-]*){0,2}),\s+(\S.*)$`)
	// weekdayRe are the day names that open a date stamp the way a place
	// opens a dateline ("Montag, 2. Dezember 2026"): stock words of the
	// languages the rules cover, whole or abbreviated.
	weekdayRe = regexp.MustCompile(`^(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|` +
		`mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|heute|gestern|` +
		`lun|mar|mer|jeu|ven|sam|dim|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|aujourd'hui|aujourd’hui|hier|` +
		`lunes|martes|miércoles|jueves|viernes|sábado|domingo|hoy|ayer|` +
		`lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|oggi|ieri|` +
		`maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|vandaag|gisteren|` +
		`segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|hoje|ontem|` +
		`poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|dzisiaj|wczoraj|` +
		`понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|сегодня|вчера)$`)
)

// placeDateline reports a press release's dateline alone on its line
// ("Stuttgart, 2. Dezember 2026"): a place, a comma and a date with no
// time of day, which opens the story's own box and is followed there by a
// paragraph of the story. It is the story's first line, not a stamp of
// the page: a stamp opens with a weekday or a label, holds a time, or
// stands outside the box the story's paragraphs share.
func placeDateline(pa para) bool {
	m := placeDateRe.FindStringSubmatch(pa.text)
	if m == nil || pa.src == nil || pa.heading || pa.linked {
		return false
	}
	place, date := m[1], m[4]
	if weekdayRe.MatchString(strings.TrimRight(place, ".")) || stampOpenerRe.MatchString(pa.text) ||
		bylineLineRe.MatchString(pa.text) || strings.ContainsAny(date, ":|·") {
		return false
	}
	if !datedStamp(date) && !dateLineRe.MatchString(date) {
		return false
	}
	return opensStoryBox(pa.src)
}

// opensStoryBox reports whether n is the first element of its parent that
// holds text and the next such element is a paragraph of a story: a
// sentence of twelve to 150 words. A wrapper of n alone (a block group
// around each paragraph) stands for n.
func opensStoryBox(n *html.Node) bool {
	for k := 0; k < 3 && n.Parent != nil && n.Parent.Type == html.ElementNode && onlyBlockChild(n); k++ {
		n = n.Parent
	}
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type == html.ElementNode && !skipSet.has(s.DataAtom) && textOf(s) != "" ||
			s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
			return false
		}
	}
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.TextNode {
			if strings.TrimSpace(s.Data) != "" {
				return false
			}
			continue
		}
		if s.Type != html.ElementNode || skipSet.has(s.DataAtom) {
			continue
		}
		if isHeading(s) {
			return false
		}
		t := textOf(s)
		if t == "" {
			continue
		}
		// A paragraph, not a box of the whole story after a line of
		// the page's own.
		w := words(t)
		return w >= 12 && w <= 150 && endsSentence(t)
	}
	return false
}
