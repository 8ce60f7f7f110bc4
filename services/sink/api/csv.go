package api

import (
	"strconv"
	"strings"
	"time"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// csvHeader names the columns of a CSV export: one row per article, lists
// joined by "; " (actors as ids, topics as the codes tagged directly, not
// their inherited ancestors).
var csvHeader = []string{"id", "published", "source", "site_name", "title", "url", "byline", "language", "word_count", "actors", "topics", "topic_labels", "countries"}

func csvRow(t *newsv1.TaggedArticle) []string {
	a := t.GetArticle()
	var actors, topics, labels, countries []string
	for _, ac := range t.GetActors() {
		actors = append(actors, ac.GetId())
	}
	for _, tp := range t.GetTopics() {
		if !tp.GetInherited() {
			topics = append(topics, tp.GetCode())
			labels = append(labels, tp.GetLabel())
		}
	}
	for _, pl := range t.GetPlaces() {
		countries = append(countries, pl.GetCountryCode())
	}
	published := ""
	if ts := a.GetPublished(); ts != nil {
		published = ts.AsTime().UTC().Format(time.RFC3339)
	}
	row := []string{
		a.GetId(), published, a.GetSource(), a.GetSiteName(), a.GetTitle(), a.GetCanonicalUrl(), a.GetByline(),
		a.GetLanguage(), strconv.Itoa(int(a.GetWordCount())),
		strings.Join(actors, "; "), strings.Join(topics, "; "), strings.Join(labels, "; "), strings.Join(countries, "; "),
	}
	for i, c := range row {
		row[i] = defuseFormula(c)
	}
	return row
}

// defuseFormula prefixes a cell that a spreadsheet would run as a formula
// (=, +, -, @, tab, carriage return first: OWASP's CSV injection advice)
// with an apostrophe, which spreadsheets show as text. Titles come from
// arbitrary web pages.
func defuseFormula(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
