package extract

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// The metamorphic test: a story's text must not change, nor vanish, when
// ordinary chrome is added around it. Each transformation below changes a
// tune page only outside its story (the smallest element that holds the
// first and the last paragraph the extractor returned for the page as it
// is): a sign-up form, a link list, a share row, an author box, a cookie
// banner, a footer, one or two wrapping <div>s, the sidebar moved, the nav
// repeated. The property is layout-independent, so it finds fragility the
// development set's truths cannot: the transformed page's text keeps a
// shingle F1 ≥ 0.97 (the benchmark's metric, shinglePR) against the
// untransformed page's text, is never empty when that is not, and the page
// type stays.
//
// Only tune pages are transformed (testdata/devset/tune, devset/blind/tune
// and the fixtures): the held-out parts stay unseen. The failures known
// when the harness was written are listed in testdata/metamorphic/allow.txt;
// the test fails on any failure not listed and on a listed case that now
// passes, so the list only shrinks. Run with -v to see the table per
// transformation; -update-metamorphic rewrites the list.

// minMetaF1 is the least shingle F1 a transformed page's text keeps
// against the untransformed page's text.
const minMetaF1 = 0.97

// chromeLang is the text of the chrome a transformation inserts, in one
// language; a page's language is chosen from its id (chromeLangFor), so
// every kind of chrome is tried in all of them and adding pages does not
// move the others to another language.
type chromeLang struct {
	newsletter, newsletterText, email, subscribe string
	related, mostRead                            string
	headlines                                    []string
	share                                        string
	comment, name, send                          string
	author, bio, role                            string
	comments                                     []string
	commentsHeading, reply                       string
	cookie, accept, reject                       string
	footer                                       []string
	nav                                          []string
}

var chromeLangs = []chromeLang{
	{
		newsletter: "Get our newsletter", newsletterText: "The day's top stories in your inbox every morning.",
		email: "Your email address", subscribe: "Sign up",
		related: "Related stories", mostRead: "Most read",
		headlines: []string{"Council approves new budget after long debate", "Storm closes schools across the region", "Local team wins the regional final", "Prices for heating oil fall again", "New museum wing opens to the public"},
		share:     "Share", comment: "Leave a comment", name: "Name", send: "Post comment",
		author: "Jane Miller", bio: "Jane Miller covers politics and the economy. She joined the paper in 2015.",
		role:            "Political correspondent since 2015, before that at the regional desk.",
		commentsHeading: "3 comments", reply: "Reply",
		comments: []string{"Thanks for the clear summary, this is exactly what I was looking for this morning.", "I disagree with the second point, the numbers from last year tell a different story.", "Does anyone know whether this also applies to the neighbouring districts?"},
		cookie:   "We use cookies to improve your experience and to show you personalised content.", accept: "Accept all", reject: "Settings",
		footer: []string{"About us", "Contact", "Imprint", "Privacy policy", "Terms of use", "Careers", "Advertise", "Archive", "RSS", "Help"},
		nav:    []string{"Home", "World", "Politics", "Business", "Sport", "Culture"},
	},
	{
		newsletter: "Unser Newsletter", newsletterText: "Die wichtigsten Nachrichten des Tages jeden Morgen in Ihrem Postfach.",
		email: "Ihre E-Mail-Adresse", subscribe: "Anmelden",
		related: "Das könnte Sie auch interessieren", mostRead: "Meistgelesen",
		headlines: []string{"Gemeinderat beschließt neuen Haushalt nach langer Debatte", "Sturm legt Schulbetrieb in der Region lahm", "Heimische Mannschaft gewinnt das Regionalfinale", "Heizölpreise sinken erneut", "Neuer Museumsflügel für Besucher geöffnet"},
		share:     "Teilen", comment: "Kommentar schreiben", name: "Name", send: "Kommentar absenden",
		author: "Anna Schmidt", bio: "Anna Schmidt schreibt über Politik und Wirtschaft. Sie ist seit 2015 in der Redaktion.",
		role:            "Politikredakteurin seit 2015, davor im Regionalressort.",
		commentsHeading: "3 Kommentare", reply: "Antworten",
		comments: []string{"Danke für die klare Zusammenfassung, genau das habe ich heute Morgen gesucht.", "Beim zweiten Punkt bin ich anderer Meinung, die Zahlen vom letzten Jahr sagen etwas anderes.", "Weiß jemand, ob das auch für die Nachbargemeinden gilt?"},
		cookie:   "Wir verwenden Cookies, um Ihnen ein besseres Nutzererlebnis und personalisierte Inhalte zu bieten.", accept: "Alle akzeptieren", reject: "Einstellungen",
		footer: []string{"Über uns", "Kontakt", "Impressum", "Datenschutz", "AGB", "Karriere", "Werbung", "Archiv", "RSS", "Hilfe"},
		nav:    []string{"Startseite", "Welt", "Politik", "Wirtschaft", "Sport", "Kultur"},
	},
	{
		newsletter: "Notre newsletter", newsletterText: "L'essentiel de l'actualité chaque matin dans votre boîte mail.",
		email: "Votre adresse e-mail", subscribe: "S'inscrire",
		related: "À lire aussi", mostRead: "Les plus lus",
		headlines: []string{"Le conseil adopte le nouveau budget après un long débat", "La tempête ferme les écoles de la région", "L'équipe locale remporte la finale régionale", "Le prix du fioul baisse encore", "La nouvelle aile du musée ouvre au public"},
		share:     "Partager", comment: "Laisser un commentaire", name: "Nom", send: "Publier le commentaire",
		author: "Claire Martin", bio: "Claire Martin couvre la politique et l'économie. Elle a rejoint la rédaction en 2015.",
		role:            "Journaliste politique depuis 2015, auparavant au service régional.",
		commentsHeading: "3 commentaires", reply: "Répondre",
		comments: []string{"Merci pour ce résumé clair, c'est exactement ce que je cherchais ce matin.", "Je ne suis pas d'accord avec le deuxième point, les chiffres de l'an dernier disent autre chose.", "Quelqu'un sait-il si cela vaut aussi pour les communes voisines ?"},
		cookie:   "Nous utilisons des cookies pour améliorer votre expérience et vous proposer des contenus personnalisés.", accept: "Tout accepter", reject: "Paramètres",
		footer: []string{"Qui sommes-nous", "Contact", "Mentions légales", "Confidentialité", "CGU", "Recrutement", "Publicité", "Archives", "RSS", "Aide"},
		nav:    []string{"Accueil", "Monde", "Politique", "Économie", "Sport", "Culture"},
	},
	{
		newsletter: "Suscríbete al boletín", newsletterText: "Las noticias más importantes del día cada mañana en tu correo.",
		email: "Tu correo electrónico", subscribe: "Suscribirme",
		related: "Noticias relacionadas", mostRead: "Lo más leído",
		headlines: []string{"El pleno aprueba el nuevo presupuesto tras un largo debate", "El temporal cierra los colegios de la comarca", "El equipo local gana la final regional", "El precio del gasóleo vuelve a bajar", "El museo abre su nueva ala al público"},
		share:     "Compartir", comment: "Deja un comentario", name: "Nombre", send: "Publicar comentario",
		author: "Lucía García", bio: "Lucía García escribe sobre política y economía. Está en la redacción desde 2015.",
		role:            "Periodista de política desde 2015, antes en la sección regional.",
		commentsHeading: "3 comentarios", reply: "Responder",
		comments: []string{"Gracias por el resumen tan claro, es justo lo que buscaba esta mañana.", "No estoy de acuerdo con el segundo punto, las cifras del año pasado dicen otra cosa.", "¿Alguien sabe si esto vale también para los municipios vecinos?"},
		cookie:   "Utilizamos cookies para mejorar tu experiencia y mostrarte contenido personalizado.", accept: "Aceptar todo", reject: "Configuración",
		footer: []string{"Quiénes somos", "Contacto", "Aviso legal", "Privacidad", "Condiciones de uso", "Empleo", "Publicidad", "Hemeroteca", "RSS", "Ayuda"},
		nav:    []string{"Portada", "Mundo", "Política", "Economía", "Deportes", "Cultura"},
	},
	{
		newsletter: "Подпишитесь на рассылку", newsletterText: "Главные новости дня каждое утро на вашу почту.",
		email: "Ваш адрес электронной почты", subscribe: "Подписаться",
		related: "Читайте также", mostRead: "Самое читаемое",
		headlines: []string{"Совет утвердил новый бюджет после долгих споров", "Шторм закрыл школы по всему региону", "Местная команда выиграла региональный финал", "Цены на печное топливо снова снизились", "Новое крыло музея открылось для посетителей"},
		share:     "Поделиться", comment: "Оставить комментарий", name: "Имя", send: "Отправить",
		author: "Анна Иванова", bio: "Анна Иванова пишет о политике и экономике. В редакции с 2015 года.",
		role:            "Политический обозреватель с 2015 года, до этого в региональном отделе.",
		commentsHeading: "3 комментария", reply: "Ответить",
		comments: []string{"Спасибо за понятный обзор, именно это я искал сегодня утром.", "Со вторым пунктом не согласен, цифры прошлого года говорят о другом.", "Кто-нибудь знает, касается ли это соседних районов?"},
		cookie:   "Мы используем файлы cookie, чтобы улучшить работу сайта и показывать персональные материалы.", accept: "Принять все", reject: "Настройки",
		footer: []string{"О нас", "Контакты", "Выходные данные", "Конфиденциальность", "Условия", "Вакансии", "Реклама", "Архив", "RSS", "Помощь"},
		nav:    []string{"Главная", "Мир", "Политика", "Экономика", "Спорт", "Культура"},
	},
}

// frag parses an HTML fragment in a <div>'s context; plain drops the
// fragment's class, id and role attributes, so that only its structure and
// text say what it is.
func frag(s string, plain bool) []*html.Node {
	ns, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		panic(err)
	}
	if plain {
		for _, n := range ns {
			walk(n, func(k *html.Node) bool {
				kept := k.Attr[:0]
				for _, a := range k.Attr {
					if a.Key != "class" && a.Key != "id" && a.Key != "role" {
						kept = append(kept, a)
					}
				}
				k.Attr = kept
				return true
			})
		}
	}
	return ns
}

func links(class string, items []string) string {
	var b strings.Builder
	b.WriteString(`<ul class="` + class + `">`)
	for i, s := range items {
		fmt.Fprintf(&b, `<li><a href="/x/%d-%d">%s</a></li>`, len(s), i, html.EscapeString(s))
	}
	b.WriteString(`</ul>`)
	return b.String()
}

func (c chromeLang) newsletterForm() string {
	return `<div class="newsletter-signup"><h3>` + c.newsletter + `</h3><p>` + c.newsletterText +
		`</p><form action="/subscribe" method="post"><input type="email" name="email" placeholder="` + c.email +
		`"><button type="submit">` + c.subscribe + `</button></form></div>`
}

func (c chromeLang) relatedList() string {
	return `<section class="related"><h2>` + c.related + `</h2>` + links("related-list", c.headlines) + `</section>`
}

func (c chromeLang) shareRow() string {
	return `<div class="share-buttons"><span>` + c.share + `</span><a href="https://facebook.com/sharer">Facebook</a><a href="https://x.com/intent/post">X</a><a href="whatsapp://send">WhatsApp</a><a href="mailto:?subject=x">E-Mail</a></div>`
}

func (c chromeLang) commentForm() string {
	return `<div id="respond" class="comment-respond"><h3>` + c.comment + `</h3><form action="/comments" method="post"><label>` + c.name +
		`</label><input type="text" name="author"><label>E-Mail</label><input type="email" name="email"><textarea name="comment" rows="6"></textarea><button type="submit">` + c.send + `</button></form></div>`
}

func (c chromeLang) authorBox() string {
	return `<div class="author-box"><img src="/img/author.jpg" alt="` + c.author + `" width="80" height="80"><div class="author-info"><strong>` + c.author + `</strong><p>` + c.bio + `</p></div></div>`
}

// authorBoxOnce is an author box that gives the name once, as a link to
// the author's page, with a picture without alternative text.
func (c chromeLang) authorBoxOnce() string {
	return `<div class="author-card"><img src="/img/p.jpg" alt=""><div class="author-meta"><a href="/author/1">` + c.author + `</a><p>` + c.role + `</p></div></div>`
}

// commentList is a short thread of readers' comments with its count
// heading and reply links.
func (c chromeLang) commentList() string {
	var b strings.Builder
	b.WriteString(`<section class="comments"><h3>` + c.commentsHeading + `</h3><ol class="comment-list">`)
	for i, t := range c.comments {
		fmt.Fprintf(&b, `<li class="comment"><div class="comment-author"><b>user%d</b> <time>12.11.2026</time></div><p>%s</p><a href="#r%d">%s</a></li>`, i+1, html.EscapeString(t), i, c.reply)
	}
	b.WriteString(`</ol></section>`)
	return b.String()
}

func (c chromeLang) cookieBanner() string {
	return `<div class="cookie-banner" role="dialog"><p>` + c.cookie + `</p><button type="button">` + c.accept + `</button><button type="button">` + c.reject + `</button></div>`
}

func (c chromeLang) mostReadList() string {
	l := links("popular", c.headlines)
	return `<aside class="most-read"><h2>` + c.mostRead + `</h2><ol` + strings.TrimSuffix(strings.TrimPrefix(l, "<ul"), "</ul>") + `</ol></aside>`
}

func (c chromeLang) footerLinks() string {
	return `<footer class="site-footer"><nav>` + links("footer-links", c.footer) + `</nav><p>© 2026</p></footer>`
}

// metaCase is one page to transform: the page as rendered from its parse
// and what the extractor makes of it untransformed.
type metaCase struct {
	id   string
	url  string
	html []byte
}

// metaTransform changes doc outside story (the element that holds the
// story's text); c is the chrome's language. It reports false when the page
// lacks what the transformation needs (no sidebar to move).
type metaTransform struct {
	name  string
	apply func(doc, story *html.Node, c chromeLang, plain bool) bool
}

func insertAfter(ref *html.Node, ns []*html.Node) {
	next := ref.NextSibling
	for _, n := range ns {
		ref.Parent.InsertBefore(n, next)
	}
}

func insertBefore(ref *html.Node, ns []*html.Node) {
	for _, n := range ns {
		ref.Parent.InsertBefore(n, ref)
	}
}

// after inserts the fragment s right after the story, or at the end of
// <body> when the story is the whole body.
func after(story *html.Node, s string, plain bool) bool {
	if story.DataAtom == atom.Body {
		for _, n := range frag(s, plain) {
			story.AppendChild(n)
		}
		return true
	}
	insertAfter(story, frag(s, plain))
	return true
}

// before inserts the fragment s right before the story, or at the start
// of <body> when the story is the whole body.
func before(story *html.Node, s string, plain bool) bool {
	if story.DataAtom == atom.Body {
		first := story.FirstChild
		for _, n := range frag(s, plain) {
			story.InsertBefore(n, first)
		}
		return true
	}
	insertBefore(story, frag(s, plain))
	return true
}

func findBodyOf(doc *html.Node) *html.Node {
	var b *html.Node
	walk(doc, func(n *html.Node) bool {
		if b == nil && n.DataAtom == atom.Body {
			b = n
		}
		return b == nil
	})
	return b
}

func holds(a, b *html.Node) bool {
	for n := b; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}

// firstOutside returns the first element of doc that match accepts and
// that neither holds the story nor sits in it.
func firstOutside(doc, story *html.Node, match func(*html.Node) bool) *html.Node {
	var found *html.Node
	walk(doc, func(n *html.Node) bool {
		if found != nil {
			return false
		}
		if n.Type == html.ElementNode && match(n) && !holds(n, story) && !holds(story, n) {
			found = n
			return false
		}
		return true
	})
	return found
}

func isSidebar(n *html.Node) bool {
	if n.DataAtom == atom.Aside {
		return true
	}
	cls := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	return strings.Contains(cls, "sidebar")
}

var metaTransforms = []metaTransform{
	{"newsletter after", func(_, s *html.Node, c chromeLang, p bool) bool { return after(s, c.newsletterForm(), p) }},
	{"newsletter before", func(_, s *html.Node, c chromeLang, p bool) bool { return before(s, c.newsletterForm(), p) }},
	{"related after", func(_, s *html.Node, c chromeLang, p bool) bool { return after(s, c.relatedList(), p) }},
	{"related before", func(_, s *html.Node, c chromeLang, p bool) bool { return before(s, c.relatedList(), p) }},
	{"share after", func(_, s *html.Node, c chromeLang, p bool) bool { return after(s, c.shareRow(), p) }},
	{"share before", func(_, s *html.Node, c chromeLang, p bool) bool { return before(s, c.shareRow(), p) }},
	{"comment form after", func(_, s *html.Node, c chromeLang, p bool) bool { return after(s, c.commentForm(), p) }},
	{"author box after", func(_, s *html.Node, c chromeLang, p bool) bool { return after(s, c.authorBox(), p) }},
	{"author box before", func(_, s *html.Node, c chromeLang, p bool) bool { return before(s, c.authorBox(), p) }},
	{"author box, name once", func(_, s *html.Node, c chromeLang, p bool) bool { return after(s, c.authorBoxOnce(), p) }},
	{"comments after", func(_, s *html.Node, c chromeLang, p bool) bool { return after(s, c.commentList(), p) }},
	{"cookie banner", func(d, _ *html.Node, c chromeLang, p bool) bool {
		b := findBodyOf(d)
		for _, n := range frag(c.cookieBanner(), p) {
			b.AppendChild(n)
		}
		return true
	}},
	{"most read after", func(_, s *html.Node, c chromeLang, p bool) bool { return after(s, c.mostReadList(), p) }},
	{"footer links", func(d, _ *html.Node, c chromeLang, p bool) bool {
		b := findBodyOf(d)
		for _, n := range frag(c.footerLinks(), p) {
			b.AppendChild(n)
		}
		return true
	}},
	{"wrapped once", func(_, s *html.Node, _ chromeLang, p bool) bool { return wrap(s, 1) }},
	{"wrapped twice", func(_, s *html.Node, _ chromeLang, p bool) bool { return wrap(s, 2) }},
	{"sidebar before", func(d, s *html.Node, _ chromeLang, p bool) bool { return moveSidebar(d, s, true) }},
	{"sidebar after", func(d, s *html.Node, _ chromeLang, p bool) bool { return moveSidebar(d, s, false) }},
	{"empty anchor and span", func(_, s *html.Node, _ chromeLang, p bool) bool {
		if s.DataAtom == atom.Body {
			return false
		}
		insertBefore(s, frag(`<a href="#top" class="anchor"></a><span class="spacer"></span>`, p))
		return after(s, `<span class="spacer"></span><a id="end"></a>`, p)
	}},
	{"nav repeated", func(d, s *html.Node, c chromeLang, p bool) bool {
		nav := firstOutside(d, s, func(n *html.Node) bool { return n.DataAtom == atom.Nav })
		if nav == nil {
			b := findBodyOf(d)
			first := b.FirstChild
			navs := `<nav class="main-nav">` + links("menu", c.nav) + `</nav>`
			for range 2 {
				for _, n := range frag(navs, p) {
					b.InsertBefore(n, first)
				}
			}
			return true
		}
		insertAfter(nav, []*html.Node{cloneTree(nav)})
		return true
	}},
}

// plainless are the transformations that insert no chrome, so that a
// plain variant of them would repeat them.
var plainless = map[string]bool{"wrapped once": true, "wrapped twice": true, "sidebar before": true, "sidebar after": true, "empty anchor and span": true}

// metaVariant is a transformation with its chrome either named by class
// (as most sites name it) or plain (no class, id or role).
type metaVariant struct {
	name  string
	apply func(doc, story *html.Node, c chromeLang) bool
}

func metaVariants() []metaVariant {
	var out []metaVariant
	for _, tr := range metaTransforms {
		out = append(out, metaVariant{tr.name, func(d, s *html.Node, c chromeLang) bool { return tr.apply(d, s, c, false) }})
		if !plainless[tr.name] {
			out = append(out, metaVariant{tr.name + " (plain)", func(d, s *html.Node, c chromeLang) bool { return tr.apply(d, s, c, true) }})
		}
	}
	return out
}

func cloneTree(n *html.Node) *html.Node {
	c := &html.Node{Type: n.Type, Data: n.Data, DataAtom: n.DataAtom, Namespace: n.Namespace, Attr: append([]html.Attribute(nil), n.Attr...)}
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		c.AppendChild(cloneTree(k))
	}
	return c
}

// wrap puts story inside k plain <div>s.
func wrap(story *html.Node, k int) bool {
	if story.DataAtom == atom.Body {
		return false
	}
	for i := range k {
		d := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div, Attr: []html.Attribute{{Key: "class", Val: fmt.Sprintf("layout-col-%d", i)}}}
		story.Parent.InsertBefore(d, story)
		story.Parent.RemoveChild(story)
		d.AppendChild(story)
	}
	return true
}

// moveSidebar moves the page's sidebar (an <aside> or an element whose
// class or id names one, outside the story) right before or after the
// story.
func moveSidebar(doc, story *html.Node, toFront bool) bool {
	if story.DataAtom == atom.Body {
		return false
	}
	sb := firstOutside(doc, story, isSidebar)
	if sb == nil {
		return false
	}
	sb.Parent.RemoveChild(sb)
	if toFront {
		insertBefore(story, []*html.Node{sb})
	} else {
		insertAfter(story, []*html.Node{sb})
	}
	return true
}

// nodeTexts maps every element under root to its whitespace-collapsed text.
func nodeTexts(root *html.Node) ([]*html.Node, map[*html.Node]string) {
	m := map[*html.Node]string{}
	var order []*html.Node
	var rec func(n *html.Node) string
	rec = func(n *html.Node) string {
		switch n.Type {
		case html.TextNode:
			return n.Data
		case html.ElementNode, html.DocumentNode:
			if n.DataAtom == atom.Script || n.DataAtom == atom.Style {
				return ""
			}
		default:
			return ""
		}
		var b strings.Builder
		for k := n.FirstChild; k != nil; k = k.NextSibling {
			b.WriteString(rec(k))
			b.WriteByte(' ')
		}
		s := strings.Join(strings.Fields(b.String()), " ")
		m[n] = s
		order = append(order, n)
		return s
	}
	rec(root)
	return order, m
}

// storyNode returns the smallest element of doc that holds both the first
// and the last of paras that are found in it (nil when none is).
func storyNode(doc *html.Node, paras []string) *html.Node {
	order, texts := nodeTexts(doc)
	deepest := func(p string) *html.Node {
		p = strings.Join(strings.Fields(p), " ")
		var best *html.Node
		bestLen := -1
		for _, n := range order {
			s := texts[n]
			if n.Type != html.ElementNode || !strings.Contains(s, p) {
				continue
			}
			// Of elements with the same text the innermost wins.
			if best == nil || len(s) < bestLen || len(s) == bestLen && holds(best, n) {
				best, bestLen = n, len(s)
			}
		}
		return best
	}
	var first, last *html.Node
	for _, p := range paras {
		if first = deepest(p); first != nil {
			break
		}
	}
	for _, p := range slices.Backward(paras) {
		if last = deepest(p); last != nil {
			break
		}
	}
	if first == nil || last == nil {
		return nil
	}
	for a := first; a != nil; a = a.Parent {
		if holds(a, last) {
			if a.DataAtom == atom.Html {
				return findBodyOf(doc)
			}
			return a
		}
	}
	return nil
}

// chromeLangFor picks the chrome's language from a hash of the page's id.
// A page not in UTF-8 gets the first (English, ASCII-only) chrome: text
// the page's own encoding cannot carry would reach the extractor as
// mojibake, which tests the serialiser, not the extractor.
func chromeLangFor(id string, page []byte) chromeLang {
	if _, name, _ := charset.DetermineEncoding(page, "text/html"); name != "utf-8" {
		return chromeLangs[0]
	}
	h := fnv.New32a()
	h.Write([]byte(id))
	return chromeLangs[h.Sum32()%uint32(len(chromeLangs))]
}

// loadDevCases reads the devset pages of the given parts ("tune",
// "blind/heldout" …), each named by its part and id.
func loadDevCases(t *testing.T, parts ...string) []metaCase {
	t.Helper()
	var out []metaCase
	for _, part := range parts {
		dir := filepath.Join("testdata", "devset", part)
		gt, ids := loadDevPart(t, dir)
		for _, id := range ids {
			b, err := os.ReadFile(filepath.Join(dir, "html", id+".html"))
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, metaCase{id: part + "/" + id, url: gt[id].URL, html: b})
		}
	}
	return out
}

func loadMetaCases(t *testing.T) []metaCase {
	t.Helper()
	out := loadDevCases(t, "tune", "blind/tune")
	for _, e := range loadExpectations(t) {
		if e.PageType != "article" {
			continue
		}
		out = append(out, metaCase{id: "fixtures/" + e.ID, url: e.URL, html: readFixture(t, e.File)})
	}
	return out
}

// metaBaseline is case mc's untransformed page and its extraction. The
// page is the one rendered from the parse, so that a difference is the
// transformation's, not the serialiser's.
func metaBaseline(t *testing.T, mc metaCase) (orig []byte, base *newsv1.Article) {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(mc.html))
	if err != nil {
		t.Fatal(err)
	}
	orig = renderDoc(t, doc)
	return orig, metaExtract(t, mc.id, mc.url, orig)
}

// metaStory parses the untransformed page afresh for one transformation
// to change, and finds its story: the element holding its first and last
// paragraph.
func metaStory(t *testing.T, id string, orig []byte, paras []string) (doc, story *html.Node) {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(orig))
	if err != nil {
		t.Fatal(err)
	}
	story = storyNode(doc, paras)
	if story == nil {
		t.Fatalf("%s: no element holds the story's first and last paragraph", id)
	}
	return doc, story
}

func metaExtract(t *testing.T, id, url string, b []byte) *newsv1.Article {
	t.Helper()
	a, err := HTML(b, Input{URL: url})
	if err != nil {
		t.Fatalf("%s: %v", id, err)
	}
	return a
}

func renderDoc(t *testing.T, doc *html.Node) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := html.Render(&buf, doc); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const allowFile = "testdata/metamorphic/allow.txt"

// readAllowFile reads an allow-list: one "page | transformation" a line,
// blank lines and # comments skipped.
func readAllowFile(t *testing.T, name string) map[string]bool {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line != "" && !strings.HasPrefix(line, "#") {
			m[line] = true
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return m
}

var updateMeta = flag.Bool("update-metamorphic", false, "rewrite the metamorphic allow-lists from the current failures")

// metaTally counts one transformation's pages, failures and worst F1.
type metaTally struct {
	tried, failed int
	worst         float64
}

// metaRun judges the transformed pages of one harness against its
// allow-list (allowPath), tallies them per transformation, and at the end
// logs the table and, with -update-metamorphic, rewrites the list under
// its header.
type metaRun struct {
	t         *testing.T
	allowPath string
	header    string
	allow     map[string]bool
	tallies   map[string]*metaTally
	failures  []string
	applied   int
	// quiet tallies only: no page is named, logged or failed (the
	// held-out pages of -metamorphic-unseen).
	quiet bool
}

func newMetaRun(t *testing.T, allowPath, header string) *metaRun {
	return &metaRun{t: t, allowPath: allowPath, header: header, allow: readAllowFile(t, allowPath), tallies: map[string]*metaTally{}}
}

// check judges a, the transformed page of case id under transformation
// name, against want and the untransformed page base: the property of the
// top of this file.
func (r *metaRun) check(id, name, want string, base, a *newsv1.Article) {
	r.t.Helper()
	text := strings.Join(a.GetParagraphs(), "\n\n")
	f1 := harmonic(shinglePR(want, text))
	why := lostShape(base, a, text)
	if why == "" && f1 < minMetaF1 {
		why = fmt.Sprintf("F1 %.3f", f1)
	}
	r.record(id, name, why, f1, "want:\n"+want+"\nnow:\n"+text)
}

// lostShape says what a transformed page's extraction a, whose joined
// text is text, lost that every harness wants kept whatever else it
// checks: a text, and the untransformed page's type. "" when it kept both.
func lostShape(base, a *newsv1.Article, text string) string {
	switch {
	case text == "":
		return "empty text"
	case a.GetPageType() != base.GetPageType():
		return fmt.Sprintf("page type %s, was %s", a.GetPageType(), base.GetPageType())
	}
	return ""
}

// record tallies one transformed page of case id under transformation
// name: why is what breaks the property ("" when it holds), score the
// figure the table's worst column keeps, detail what an unexpected
// failure shows.
func (r *metaRun) record(id, name, why string, score float64, detail string) {
	t := r.t
	t.Helper()
	r.applied++
	tl := r.tallies[name]
	if tl == nil {
		tl = &metaTally{worst: 1}
		r.tallies[name] = tl
	}
	tl.tried++
	tl.worst = min(tl.worst, score)
	if r.quiet {
		if why != "" {
			tl.failed++
		}
		return
	}
	key := id + " | " + name
	if why == "" {
		if r.allow[key] && !*updateMeta {
			t.Errorf("%s: passes now; remove it from %s", key, r.allowPath)
		}
		return
	}
	tl.failed++
	r.failures = append(r.failures, key)
	if !r.allow[key] && !*updateMeta {
		t.Errorf("%s: %s\n%s", key, why, detail)
	} else {
		t.Logf("%s: %s (allowed)", key, why)
	}
}

// finish logs the table per transformation, fails a run that lost its
// pages, and rewrites the allow-list when asked to.
func (r *metaRun) finish(pages int) {
	t := r.t
	t.Helper()
	names := make([]string, 0, len(r.tallies))
	for n := range r.tallies {
		names = append(names, n)
	}
	sort.Strings(names)
	total := 0
	for _, n := range names {
		tl := r.tallies[n]
		total += tl.failed
		t.Logf("%-36s %3d pages, %3d fail, worst F1 %.3f", n, tl.tried, tl.failed, tl.worst)
	}
	t.Logf("%d pages, %d transformed pages, %d failures", pages, r.applied, total)
	if r.applied < 1000 {
		t.Errorf("only %d transformed pages; the harness lost its pages", r.applied)
	}
	if *updateMeta {
		sort.Strings(r.failures)
		out := r.header + strings.Join(r.failures, "\n") + "\n"
		if err := os.WriteFile(r.allowPath, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestMetamorphicChrome applies every transformation to every tune page
// and checks the property (see the top of this file).
func TestMetamorphicChrome(t *testing.T) {
	cases := loadMetaCases(t)
	run := newMetaRun(t, allowFile, "# Known failures of TestMetamorphicChrome: page | transformation.\n# The list only shrinks; see metamorphic_test.go.\n")
	for _, mc := range cases {
		c := chromeLangFor(mc.id, mc.html)
		orig, base := metaBaseline(t, mc)
		baseText := strings.Join(base.GetParagraphs(), "\n\n")
		if baseText == "" {
			continue
		}
		for _, tr := range metaVariants() {
			d, story := metaStory(t, mc.id, orig, base.GetParagraphs())
			if !tr.apply(d, story, c) {
				continue
			}
			run.check(mc.id, tr.name, baseText, base, metaExtract(t, mc.id, mc.url, renderDoc(t, d)))
		}
	}
	run.finish(len(cases))
}
