package extract

import (
	"strings"
	"testing"
)

// TestQAPage checks the seventh blind batch's Q&A shape: the question and
// every answer are the text, each in a post with votes, a user card and
// buttons; the question's box is of one kind and the answers' of another.
// 1.11.0 kept the best answer alone. A forum thread whose posts are all
// boxes of one kind still keeps only its first post, and user cards,
// counters and comments under a post stay out, also when the scorer
// chose a box around the posts with a stats line and a notice. A heading
// above an answer's text inside its post is the answer's title and stays.
func TestQAPage(t *testing.T) {
	post := func(body, user string) string {
		return `<div class="post-layout"><div class="votecell"><button>▲</button><span>5</span><button>▼</button></div><div class="postcell"><div class="s-prose">` + body + `</div><div class="user-info">beantwortet vor 3 Tagen <a href="/users/` + user + `">` + user + `</a> <span>213</span></div></div></div>`
	}
	const q = `<p>Ich möchte in einer Bash-Schleife alle Dateien eines Ordners umbenennen, aber Dateinamen mit Leerzeichen werden zerlegt. Mein Versuch mit einer for-Schleife über die Ausgabe von ls trennt jeden Namen an den Leerzeichen.</p><p>Wie mache ich das richtig?</p>`
	const a1 = `<p>Verwende nie die Ausgabe von ls in einer Schleife. Die Shell kann das Muster selbst auflösen, und mit Anführungszeichen bleiben die Namen ganz.</p><p>Das doppelte Minus schützt zusätzlich vor Dateinamen, die mit einem Bindestrich beginnen, und schadet sonst nicht.</p><p>So bleibt jeder Name ein einziges Argument, auch mit Leerzeichen, Tabulatoren oder Sternchen darin.</p>`
	const a2 = `<p>Wenn das Paket rename installiert ist, geht es auch in einer Zeile, mit einem regulären Ausdruck für alle Dateien.</p>`
	// titled is post with a title heading above the post's text, as an
	// answer may have.
	titled := func(title, body, user string) string {
		return strings.Replace(post(body, user), `<div class="s-prose">`, `<h3>`+title+`</h3><div class="s-prose">`, 1)
	}
	const comments = `<div class="comments"><p>Stichwort: Word Splitting. – <a href="/users/m">m_weber</a></p></div>`
	wrap := func(h string) string {
		h = strings.ReplaceAll(h, "<p>", `<div class="block-group"><div class="inner-container"><p>`)
		return strings.ReplaceAll(h, "</p>", "</p></div></div>")
	}
	page := func(body string) string {
		return `<!DOCTYPE html><html lang="de"><head><title>Bash: Dateien mit Leerzeichen umbenennen - Frag die Shell</title></head><body>
<header class="topbar"><a href="/">Frag die Shell</a> <a href="/login">Anmelden</a></header>
<div id="content"><h1>Bash: Dateien mit Leerzeichen umbenennen</h1><div id="mainbar">` + body + `</div></div>
<footer><a href="/legal">Rechtliches</a></footer></body></html>`
	}
	for _, tc := range []struct {
		name, body    string
		want, wantNot []string
	}{
		{
			"question and answers", `<div class="question">` + post(q, "lena") + comments + `</div><div id="answers"><h2>2 Antworten</h2><div class="answer accepted">` + post(a1, "shellfan") + `</div><div class="answer">` + post(a2, "tux") + `</div></div>`,
			[]string{"Wie mache ich das richtig?", "Anführungszeichen", "rename installiert"},
			[]string{"shellfan", "Word Splitting", "2 Antworten"},
		},
		{
			"a box around the posts gives their text blocks", `<div class="question-stats">Gefragt vor 3 Tagen · Angesehen 1.284-mal</div><div class="question">` + post(wrap(q), "lena") + `</div><div id="answers"><h2>2 Antworten</h2><div class="answer accepted">` + post(wrap(a1), "shellfan") + `</div><div class="answer">` + post(wrap(a2), "tux") + `</div></div><h2 class="bottom-notice">Nicht die Antwort, die du suchst? Durchsuche andere Fragen mit den Tags <a href="/tags/bash">bash</a> oder stelle deine eigene Frage.</h2>`,
			[]string{"Wie mache ich das richtig?", "Anführungszeichen", "rename installiert"},
			[]string{"Angesehen", "Nicht die Antwort"},
		},
		{
			"an answer's title is its text", `<div class="question">` + post(q, "lena") + `</div><div id="answers"><h2>2 Antworten</h2><div class="answer accepted">` + post(a1, "shellfan") + `</div><div class="answer">` + titled("Mit rename geht es kürzer", a2, "tux") + `</div></div>`,
			[]string{"Wie mache ich das richtig?", "Anführungszeichen", "Mit rename geht es kürzer\n\nWenn das Paket rename installiert ist"},
			[]string{"shellfan", "2 Antworten"},
		},
		{
			"a thread of one kind of box keeps its first post", `<div class="topic"><div class="entry">` + post(q, "lena") + `</div><div class="entry">` + post(a1, "shellfan") + `</div><div class="entry">` + post(a2, "tux") + `</div></div>`,
			[]string{"Wie mache ich das richtig?"},
			[]string{"rename installiert"},
		},
	} {
		text := extractText(t, tc.name, page(tc.body), "https://fragdieshell.test/questions/4417/")
		checkHas(t, tc.name, text, tc.want, tc.wantNot)
	}
}
