package extract

import "testing"

// TestLayoutCell checks that a story set in the middle cell of a layout
// table (a column of section links, the story, a "most read" column)
// inside the box the scorer takes keeps the story alone: the contact box
// and the download line that sit beside the table in that box go, in
// French and English; and that a data table of several rows inside a
// story, beside the story's paragraphs, changes nothing.
func TestLayoutCell(t *testing.T) {
	nav := `<td width="150" valign="top"><a href="/s/1">Accueil</a><br><a href="/s/2">Région</a><br><a href="/s/3">Économie</a><br><a href="/s/4">Culture</a><br></td>`
	side := `<td width="200" valign="top"><b>Les plus lus</b><br><a href="/a/1.html">Le conseil régional vote son budget après un long débat</a><br><br><a href="/a/2.html">La tempête ferme les écoles de la vallée pendant deux jours</a><br><br></td>`
	story := `<p>La Région lance un appel à projets de trois millions d’euros pour soutenir la création de tiers-lieux dans les communes de moins de cinq mille habitants.</p>
<p>Espaces de travail partagés, ateliers de réparation ou épiceries coopératives : les projets retenus pourront recevoir jusqu’à cent cinquante mille euros chacun.</p>
<div><h3>Les chiffres clés</h3><ul><li>3 millions d’euros d’enveloppe</li><li>150 000 euros maximum par projet</li><li>62 tiers-lieux déjà soutenus</li></ul></div>
<p>Les dossiers sont à déposer sur la plateforme régionale des aides avant le 15 mars, et un jury rendra son avis au printemps.</p>
<blockquote><p>« Un tiers-lieu, c’est souvent ce qui fait revenir la vie dans un bourg. »</p><p>Claire Moreau, vice-présidente chargée de la ruralité</p></blockquote>`
	around := `<div><div>Contact presse</div><div><p>Julien Marchand – 02 38 70 30 30 – <a href="mailto:presse@region.test">presse@region.test</a></p></div></div><div><div>Télécharger</div><a href="/files/cp.pdf">Communiqué (PDF – 210 Ko)</a></div>`
	page := func(body string) string {
		return `<html><head><title>Tiers-lieux ruraux : un appel à projets</title></head><body><div class="main-canvas"><header role="banner"><a href="/">Région</a><nav><ul><li><a href="/aides">Aides</a></li><li><a href="/presse">Presse</a></li></ul></nav></header>
<main role="main"><div class="layout-content"><div><ol><li><a href="/">Accueil</a></li><li><a href="/presse">Espace presse</a></li><li>Communiqués</li></ol></div>
<article class="node node--full"><div>Communiqué de presse</div><h1><span>Tiers-lieux ruraux : un appel à projets</span></h1><div>Orléans, le 2 décembre 2026</div><div><img src="/files/tiers-lieu.jpg" alt=""><div>© Région / F. Lemaire</div></div>` +
			body + `</article></div></main><footer role="contentinfo"><nav><a href="/mentions">Mentions légales</a></nav></footer></div></body></html>`
	}
	for _, tc := range []struct {
		name, body    string
		want, wantNot []string
	}{
		{
			"story in the middle cell, a contact box and a download line beside the table",
			`<table width="100%"><tr>` + nav + `<td valign="top">` + story + `</td>` + side + `</tr></table>` + around,
			[]string{"La Région lance un appel", "un jury rendra son avis"},
			[]string{"Contact presse", "Julien Marchand", "Communiqué (PDF"},
		},
		{
			"a data table of several rows in the story changes nothing",
			story + `<table><tr><td>Département</td><td>Projets</td><td>Aide</td></tr><tr><td>Loiret</td><td>5</td><td>2,1 M€</td></tr><tr><td>Cher</td><td>4</td><td>1,6 M€</td></tr></table><p>Un nouvel appel à projets ouvrira l’an prochain pour les communes qui n’ont pas encore pu déposer de dossier.</p>`,
			[]string{"La Région lance un appel", "Loiret", "Un nouvel appel à projets ouvrira"},
			nil,
		},
	} {
		checkHas(t, tc.name, extractText(t, tc.name, page(tc.body), "https://region.test/presse/tiers-lieux"), tc.want, tc.wantNot)
	}
}
