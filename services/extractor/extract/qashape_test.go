package extract

import "testing"

// TestQAWithoutClassNames checks that a Q&A page without any class name
// keeps its question and every answer, read from the posts' shape and the
// heading that counts the answers: posts whose actions are links, the
// count heading in a box between the question and the answers; and posts
// in an answers section that the count heading opens, also when the last
// answer is short enough, with its author and "add a comment" link, to
// look like a call box (posts come in runs). A story whose
// comments are posts built alike under a heading that counts them keeps
// the story alone: the story's text block is not built like a comment's.
func TestQAWithoutClassNames(t *testing.T) {
	const q = `<p>Je voudrais poser un parquet flottant en chêne dans une chambre de 14 m² à l'étage. Le sol actuel est un ancien carrelage bien plat.</p><p>Faut-il enlever le carrelage ou peut-on poser directement dessus avec une sous-couche ?</p>`
	const a1 = `<p>Vous pouvez poser directement sur le carrelage s'il est plat et bien collé : tapotez chaque carreau avant la pose, un son creux signale un carreau décollé à refixer.</p><p>Pour la sous-couche, deux à trois millimètres suffisent, avec un pare-vapeur si la pièce du dessous est chauffée par le sol.</p><ul><li>Laissez huit à dix millimètres de jeu le long des murs.</li><li>Laissez le parquet deux jours dans la pièce avant la pose.</li></ul>`
	const a2 = `<p>Attention à la hauteur des portes : avec le parquet et la sous-couche, il faudra sans doute raboter le bas des portes de la chambre.</p>`
	post := func(text, user string) string {
		return `<div><div><span>6</span> points</div><div><div>Par <a href="/membres/` + user + `">` + user + `</a> · il y a 2 jours</div><div>` + text + `</div><div><a href="#">Commenter</a> · <a href="#">Signaler</a></div></div></div>`
	}
	// voted is a post with a votes cell, its text, its author and an
	// "add a comment" link standing as a line of its own.
	voted := func(text, user string) string {
		return `<div><div><button aria-label="Utile">▲</button><span>7</span><button aria-label="Pas utile">▼</button></div><div><div>` + text + `</div><div><a href="/membres/` + user + `">` + user + `</a> <span>1 204</span></div><div><a href="#">Ajouter un commentaire</a></div></div></div>`
	}
	page := func(body string) string {
		return `<!DOCTYPE html><html lang="fr"><head><title>Parquet flottant sur carrelage - Bricoréponses</title></head><body>
<div><a href="/">Bricoréponses</a> <a href="/connexion">Connexion</a></div>
<div><div><h1>Parquet flottant sur carrelage : faut-il enlever le carrelage ?</h1>` + body + `</div><div><h3>Questions similaires</h3><ul><li><a href="/q/1">Vitrifier un vieux parquet</a></li><li><a href="/q/2">Sous-couche acoustique obligatoire ?</a></li></ul></div></div>
<div>© 2026 Bricoréponses · <a href="/mentions">Mentions légales</a></div></body></html>`
	}
	all := []string{"Faut-il enlever le carrelage", "un son creux signale", "deux jours dans la pièce", "raboter le bas des portes"}
	for _, tc := range []struct {
		name, body    string
		want, wantNot []string
	}{
		{
			"count heading in a box between the posts", post(q, "aurelie") + `<div><h2>2 réponses</h2><span>Trier par : meilleures</span></div>` + post(a1, "menuisier") + post(a2, "papy"),
			all,
			[]string{"2 réponses", "Trier par", "Questions similaires"},
		},
		{
			"count heading opening the answers' section", post(q, "aurelie") + `<div><h2>2 réponses</h2>` + post(a1, "menuisier") + post(a2, "papy") + `</div>`,
			all,
			[]string{"2 réponses", "Questions similaires"},
		},
		{
			"posts with votes, the last answer short", voted(q, "aurelie") + `<div><h2>2 réponses</h2><div>Triées par : score</div>` + voted(a1, "menuisier") + voted(a2, "papy") + `</div>`,
			all,
			[]string{"2 réponses", "Ajouter un commentaire"},
		},
		{
			"a story's comments stay out",
			`<div><div><p>La mairie a présenté mardi le projet de rénovation de la halle du marché, fermée depuis deux ans pour des raisons de sécurité.</p><p>Les travaux doivent commencer en mars et durer dix-huit mois ; les commerçants seront installés sous une halle provisoire sur le parking voisin.</p><p>Le coût est estimé à 4,2 millions d'euros, dont la moitié financée par la région.</p></div></div><div><h2>2 commentaires</h2>` +
				post(`<p>Enfin ! Cela fait deux ans que les commerçants attendent une solution pour la halle.</p>`, "marie") + post(`<p>Et le stationnement pendant les travaux, quelqu'un y a pensé ?</p>`, "paul") + `</div>`,
			[]string{"projet de rénovation de la halle", "financée par la région"},
			[]string{"Cela fait deux ans que les commerçants attendent", "le stationnement pendant les travaux"},
		},
	} {
		text := extractText(t, tc.name, page(tc.body), "https://bricoreponses.test/questions/8812/")
		checkHas(t, tc.name, text, tc.want, tc.wantNot)
	}
}
