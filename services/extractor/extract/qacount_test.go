package extract

import (
	"strings"
	"testing"
)

// TestCountedQA checks that a Q&A page whose question and answers share
// their first class name is read whole when a heading between the question
// and the answers counts the answers (with post buttons and without), and
// that boxes of one kind without such a count (a thread's posts, a count
// that does not match) are not.
func TestCountedQA(t *testing.T) {
	// title is the heading of the last answer, "" for none.
	title := ""
	post := func(kind, user, body, controls string) string {
		head := ""
		if title != "" && user == "seerose" {
			head = `<h3>` + title + `</h3>`
		}
		return `<div class="entry entry-` + kind + `"><div class="entry-score"><span>4</span> ` + controls + `</div><div class="entry-meta">von <a href="/u/` + user + `">` + user + `</a></div>` + head + `<div class="entry-text">` + body + `</div><div class="entry-links"><a href="#c">Kommentar</a> · <a href="#r">Melden</a></div></div>`
	}
	q := `<p>Unser Gartenteich ist seit dem Sommer grün und trüb, obwohl wir eine Pumpe mit Filter haben. Der Teich hat etwa 4000 Liter und liegt halb in der Sonne.</p><p>Hilft ein UV-Klärer wirklich, oder sollten wir zuerst mehr Pflanzen setzen?</p>`
	a1 := `<p>Ein UV-Klärer hilft gegen Schwebealgen sehr schnell, aber er behebt nicht die Ursache. Zu viele Nährstoffe kommen meist von Laub und Fischfutter.</p>`
	a2 := `<p>Setzt Unterwasserpflanzen wie Hornkraut, die nehmen den Algen die Nährstoffe weg, und keschert im Herbst das Laub ab.</p>`
	page := func(controls, count string) string {
		return `<html><body><header><a href="/">Gartenfragen</a><nav><a href="/fragen">Fragen</a> <a href="/themen">Themen</a> <a href="/login">Anmelden</a></nav></header><div class="spalte">
<h1>Grünes Teichwasser trotz Filter – was hilft?</h1><div class="frage-info">Gefragt vor 2 Tagen · 311 Aufrufe</div>` +
			post("question", "teichfreund", q, controls) + `<div class="antwort-kopf"><h2>` + count + `</h2><span>Sortiert nach Bewertung</span></div>` +
			post("answer", "algenprofi", a1, controls) + post("answer", "seerose", a2, controls) +
			`<div class="neue-antwort"><h3>Deine Antwort</h3><textarea></textarea><button>Absenden</button></div></div><footer>© 2026 Gartenfragen</footer></body></html>`
	}
	all := []string{"Hilft ein UV-Klärer wirklich", "Ein UV-Klärer hilft gegen Schwebealgen", "Setzt Unterwasserpflanzen wie Hornkraut"}
	for _, c := range []struct {
		name, controls, count, title string
		want, wantNot                []string
	}{
		{"links only", `<a href="#up">+</a>`, "2 Antworten", "", all, []string{"Kommentar", "Deine Antwort", "Gefragt vor"}},
		{"buttons", `<button class="up">▲</button>`, "2 Antworten", "", all, []string{"Kommentar", "Deine Antwort", "Gefragt vor"}},
		{"two words", `<a href="#up">+</a>`, "2 hilfreiche Antworten", "", all, nil},
		// An answer's title above its text is its text too.
		{"an answer's title", `<a href="#up">+</a>`, "2 Antworten", "Pflanzen statt Technik", append([]string{"Pflanzen statt Technik\n\nSetzt Unterwasserpflanzen"}, all...), []string{"Kommentar", "Deine Antwort"}},
		// Without a count the boxes of one kind are a thread's posts or
		// a list: the answers are not joined to the question.
		{"no count", `<button class="up">▲</button>`, "Antworten", "", nil, []string{"Setzt Unterwasserpflanzen wie Hornkraut"}},
		{"wrong count", `<button class="up">▲</button>`, "5 Antworten", "", nil, []string{"Setzt Unterwasserpflanzen wie Hornkraut"}},
	} {
		title = c.title
		text := extractText(t, c.name, page(c.controls, c.count), "https://gartenfragen.test/f/77/teich-gruen")
		checkHas(t, c.name, text, c.want, c.wantNot)
		if strings.Contains(text, "2 Antworten") {
			t.Errorf("%s: the count heading is in the text:\n%s", c.name, text)
		}
	}
}

// TestCountLine checks the count heading's reading: a number and one or
// two words of letters.
func TestCountLine(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"2 Antworten", 2},
		{"12 answers", 12},
		{"3 risposte utili", 3},
		{"1 ответ", 1},
		{"Antworten", -1},
		{"2 Antworten auf die Frage", -1},
		{"2026 Rückblick", 2026},
		{"0 answers", -1},
		{"2 Antworten:", -1},
		{"12,5 %", -1},
	} {
		if got := countLine(c.in); got != c.want {
			t.Errorf("countLine(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}
