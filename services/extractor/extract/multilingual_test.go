package extract

import (
	"strings"
	"testing"
)

// TestMultilingualLayouts checks recall on page kinds beyond English news:
// a German blog post with subheads, a list and a quote followed by reader
// comments; a French agency story with a results table and a dateline; a
// Spanish story whose lead is a list; a Russian story ending with the
// customary "earlier it was reported" paragraph. Every paragraph of the
// story must be kept, the chrome must go.
func TestMultilingualLayouts(t *testing.T) {
	tests := []struct {
		name, lang, page string
		want, not        []string
	}{{
		name: "German blog post",
		lang: "de",
		page: `<html lang="de"><head><title>Warum ich wieder mit dem Rad fahre – Mein Blog</title><meta property="og:type" content="article"></head><body>` +
			`<header class="site-header"><a href="/">Mein Blog</a><nav><a href="/ueber">Über mich</a><a href="/kontakt">Kontakt</a></nav></header>` +
			`<main><article class="post"><h1 class="entry-title">Warum ich wieder mit dem Rad fahre</h1><div class="entry-meta">12. März 2024 von Anna</div>` +
			`<div class="entry-content"><p>Seit dem Frühjahr fahre ich jeden Tag mit dem Fahrrad ins Büro, und ich habe es keinen einzigen Tag bereut.</p>` +
			`<h2>Die Gründe</h2><ul><li>Ich spare jeden Monat fast achtzig Euro für Bus und Bahn.</li><li>Die zwanzig Minuten an der frischen Luft machen morgens wach.</li><li>Im Stau stehe ich nie mehr, auch nicht bei Baustellen.</li></ul>` +
			`<p>Natürlich gibt es auch Regentage, an denen ich lieber im warmen Bus sitzen würde. Eine gute Regenjacke hilft aber mehr, als man denkt.</p>` +
			`<blockquote><p>Das Fahrrad ist das einzige Verkehrsmittel, das gleichzeitig gesund und billig ist.</p></blockquote>` +
			`<p>Fazit: Probiert es einfach zwei Wochen lang aus, bevor ihr euch ein Urteil bildet.</p></div>` +
			`<div class="sharedaddy"><h3>Teilen mit:</h3><a href="#">Facebook</a><a href="#">Twitter</a></div></article>` +
			`<section id="comments"><h2>3 Kommentare</h2><ol class="commentlist"><li class="comment"><p>Toller Beitrag, ich fahre auch seit einem Jahr mit dem Rad und kann das nur bestätigen!</p></li>` +
			`<li class="comment"><p>Bei uns auf dem Land ist das leider nicht so einfach, die Wege sind viel zu weit.</p></li></ol></section></main>` +
			`<footer>© 2024 Mein Blog · Impressum · Datenschutz</footer></body></html>`,
		want: []string{"Seit dem Frühjahr", "Ich spare jeden Monat", "Im Stau stehe ich nie mehr", "Natürlich gibt es auch Regentage", "Das Fahrrad ist das einzige", "Fazit: Probiert es"},
		not:  []string{"Toller Beitrag", "Teilen mit", "Impressum", "Über mich"},
	}, {
		name: "French agency story",
		lang: "fr",
		page: `<html lang="fr"><head><title>Ski alpin : Dupont remporte la descente de Val d'Isère</title><meta property="og:type" content="article"></head><body>` +
			`<nav class="menu"><a href="/sport">Sport</a><a href="/monde">Monde</a></nav><div class="container"><div class="col-main"><h1>Ski alpin : Dupont remporte la descente de Val d'Isère</h1>` +
			`<div class="texte"><p>VAL D'ISÈRE (France), 14 déc 2024 (AFP) - Le Français Luc Dupont a remporté samedi la descente de Val d'Isère, sa première victoire en Coupe du monde.</p>` +
			`<p>Dupont, 24 ans, a devancé de 12 centièmes le Suisse Marco Keller et de 31 centièmes l'Autrichien Stefan Huber, sur une piste rendue difficile par la neige tombée dans la nuit.</p>` +
			`<p>Classement de la descente :</p><table><tr><td>1.</td><td>Luc Dupont (FRA)</td><td>1:52.31</td></tr><tr><td>2.</td><td>Marco Keller (SUI)</td><td>à 0.12</td></tr><tr><td>3.</td><td>Stefan Huber (AUT)</td><td>à 0.31</td></tr></table>` +
			`<p>« C'est un rêve d'enfant qui se réalise, devant mon public », a déclaré le vainqueur à l'arrivée.</p>` +
			`<p>La prochaine épreuve de vitesse aura lieu la semaine prochaine à Val Gardena, en Italie.</p></div></div>` +
			`<div class="col-side"><h3>Les plus lus</h3><ul><li><a href="/a">Le PSG s'impose à Lyon</a></li><li><a href="/b">Tour de France : le parcours 2025 dévoilé</a></li><li><a href="/c">Rugby : la liste des Bleus</a></li></ul></div></div>` +
			`<footer><p>© AFP 2024 - Tous droits réservés</p></footer></body></html>`,
		want: []string{"VAL D'ISÈRE (France)", "Dupont, 24 ans", "Luc Dupont (FRA)", "C'est un rêve d'enfant", "La prochaine épreuve"},
		not:  []string{"Les plus lus", "Le PSG s'impose", "Tous droits réservés"},
	}, {
		name: "Spanish story with a list lead",
		lang: "es",
		page: `<html lang="es"><head><title>El Gobierno aprueba la nueva ley de vivienda</title><meta property="og:type" content="article"></head><body>` +
			`<div class="cabecera"><a href="/">Diario</a></div><article><h1>El Gobierno aprueba la nueva ley de vivienda</h1><p class="autor">Por María García</p>` +
			`<div class="cuerpo"><p><strong>Claves de la ley:</strong></p><ul><li>Los alquileres no podrán subir más de un tres por ciento al año.</li><li>Las viviendas vacías pagarán más impuestos a partir de 2025.</li></ul>` +
			`<p>El Consejo de Ministros aprobó este martes la nueva ley de vivienda, que limita la subida de los alquileres en las zonas con más demanda.</p>` +
			`<p>La oposición anunció que recurrirá la norma ante el Tribunal Constitucional por invadir competencias de las comunidades autónomas.</p>` +
			`<p>La ley entrará en vigor el día siguiente a su publicación en el Boletín Oficial del Estado.</p></div></article>` +
			`<aside class="relacionadas"><h3>Noticias relacionadas</h3><a href="/x">El precio del alquiler sube un diez por ciento</a></aside></body></html>`,
		want: []string{"Claves de la ley", "Los alquileres no podrán subir", "Las viviendas vacías", "El Consejo de Ministros", "La ley entrará en vigor"},
		not:  []string{"Noticias relacionadas", "Por María García"},
	}, {
		name: "Russian story",
		lang: "ru",
		page: `<html lang="ru"><head><title>В Москве открылась новая станция метро</title><meta property="og:type" content="article"></head><body>` +
			`<div class="header"><a href="/">Новости</a></div><div class="article"><h1>В Москве открылась новая станция метро</h1>` +
			`<div class="article__text"><p>В Москве в понедельник открылась новая станция метро «Парковая-2», сообщил мэр города на своей странице в социальной сети.</p>` +
			`<p>Станция стала частью Большой кольцевой линии. По словам мэра, ею будут пользоваться около сорока тысяч пассажиров в день.</p>` +
			`<blockquote>«Мы продолжаем развивать метро быстрыми темпами», — отметил мэр.</blockquote>` +
			`<p>Ранее сообщалось, что до конца года в столице планируют открыть ещё три станции.</p></div>` +
			`<div class="share"><span>Поделиться</span><a href="#">VK</a><a href="#">Telegram</a></div></div>` +
			`<div class="read-also"><h3>Читайте также</h3><a href="/m">Цены на проезд вырастут с января</a></div></body></html>`,
		want: []string{"В Москве в понедельник", "Станция стала частью", "Мы продолжаем развивать метро", "Ранее сообщалось"},
		not:  []string{"Поделиться", "Читайте также", "Цены на проезд"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustExtract(t, []byte(tt.page), Input{URL: "https://news.test/" + tt.lang + "/story"})
			checkText(t, a.GetParagraphs(), tt.want, tt.not)
			if !strings.HasPrefix(a.GetLanguage(), tt.lang) {
				t.Errorf("language %q, want %q", a.GetLanguage(), tt.lang)
			}
		})
	}
}
