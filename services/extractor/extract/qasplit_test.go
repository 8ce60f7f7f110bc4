package extract

import (
	"strings"
	"testing"
)

// TestQASplitAnswer checks that a Q&A page whose answer's text is set in
// two boxes of one kind with an ad or a "continue reading" link between
// them keeps the question and every answer, both halves of the split one
// included: with posts that carry votes and buttons (the post search),
// and with posts that carry only links and a heading that counts the
// answers; and that a forum thread whose first post is split that way is
// not read as a Q&A page (its replies stay out; that the thread keeps only
// the first half of its first post is a limit of the thread rule).
func TestQASplitAnswer(t *testing.T) {
	const q = `<p>Je voudrais poser un parquet flottant en chêne dans une chambre de 14 m² à l'étage. Le sol actuel est un ancien carrelage bien plat.</p><p>Faut-il enlever le carrelage ou peut-on poser directement dessus avec une sous-couche ?</p><p>La pièce du dessous est chauffée par le sol, et je ne sais pas si une sous-couche avec pare-vapeur est utile dans ce cas ni quelle épaisseur choisir pour ne pas trop rehausser le sol.</p>`
	const a1a = `<p>Vous pouvez poser directement sur le carrelage s'il est plat et bien collé : tapotez chaque carreau avant la pose, un son creux signale un carreau décollé.</p>`
	const a1b = `<p>Laissez le parquet quarante-huit heures dans la pièce avant la pose, et gardez un jeu de huit millimètres le long des murs.</p>`
	const a2 = `<p>Attention à la hauteur des portes : avec le parquet et la sous-couche, il faudra sans doute raboter le bas des portes de la chambre.</p>`
	ad := `<div class="ad-container"><div class="ad-label">Publicité</div><iframe src="https://ads.example.net/slot/2" width="300" height="250"></iframe></div>`
	more := `<div class="read-on"><a href="#suite">Lire la suite</a></div>`
	// voted is a post with votes, buttons and an author link; text is its
	// text block(s).
	voted := func(kind, text, user string) string {
		return `<div class="post ` + kind + `"><div class="votecell"><button>▲</button><span>5</span><button>▼</button></div><div class="postcell">` + text + `<div class="user-info">répondu il y a 3 jours <a href="/membres/` + user + `">` + user + `</a> <span>213</span></div><div class="comments"><a href="#">Ajouter un commentaire</a></div></div></div>`
	}
	prose := func(s string) string { return `<div class="s-prose">` + s + `</div>` }
	// linked is a post whose actions are links only.
	linked := func(kind, text, user string) string {
		return `<div class="message ` + kind + `"><div class="message-score"><span>6</span> points</div><div class="message-content"><div class="message-author">Par <a href="/membres/` + user + `">` + user + `</a> · il y a 2 jours</div>` + text + `<div class="message-links"><a href="#">Commenter</a> · <a href="#">Signaler</a></div></div></div>`
	}
	msg := func(s string) string { return `<div class="message-text">` + s + `</div>` }
	page := func(body string) string {
		return `<!DOCTYPE html><html lang="fr"><head><title>Parquet flottant sur carrelage - Bricoréponses</title></head><body>
<header class="topbar"><a href="/">Bricoréponses</a> <a href="/connexion">Connexion</a></header>
<div id="content"><h1>Parquet flottant sur carrelage : faut-il enlever le carrelage ?</h1><div id="mainbar">` + body + `</div></div>
<footer><a href="/mentions">Mentions légales</a></footer></body></html>`
	}
	all := []string{"Faut-il enlever le carrelage", "un son creux signale", "quarante-huit heures", "raboter le bas des portes"}
	for _, tc := range []struct {
		name, body    string
		want, wantNot []string
	}{
		{
			"posts with buttons, an ad between the halves", voted("question", prose(q), "aurelie") + `<div id="answers"><h2>2 réponses</h2><div class="sort">Trier par : meilleures</div>` + voted("answer", prose(a1a)+ad+prose(a1b), "menuisier") + voted("answer", prose(a2), "papy") + `</div>`,
			all,
			[]string{"2 réponses", "menuisier"},
		},
		{
			"posts with buttons, a continue link between the halves", voted("question", prose(q), "aurelie") + `<div id="answers"><h2>2 réponses</h2><div class="sort">Trier par : meilleures</div>` + voted("answer", prose(a1a)+more+prose(a1b), "menuisier") + voted("answer", prose(a2), "papy") + `</div>`,
			all,
			[]string{"2 réponses", "Lire la suite"},
		},
		{
			"posts with links only and a count heading, an ad between the halves", linked("question", msg(q), "aurelie") + `<div class="bandeau"><h2>2 réponses</h2><span>Trier par : meilleures</span></div>` + linked("answer best", msg(a1a)+ad+msg(a1b), "menuisier") + linked("answer", msg(a2), "papy"),
			all,
			[]string{"2 réponses", "Commenter"},
		},
		{
			"a thread whose first post is split is no Q&A page", `<div class="topic">` + voted("entry", prose(a1a)+ad+prose(a1b), "lena") + voted("entry", prose(q), "shellfan") + voted("entry", prose(a2), "tux") + `</div>`,
			[]string{"un son creux signale"},
			[]string{"Faut-il enlever le carrelage", "raboter le bas des portes"},
		},
	} {
		text := extractText(t, tc.name, page(tc.body), "https://bricoreponses.test/questions/8812/")
		checkHas(t, tc.name, text, tc.want, tc.wantNot)
		if strings.Count(text, "quarante-huit heures") > 1 {
			t.Errorf("%s: the second half twice:\n%s", tc.name, text)
		}
	}
}
