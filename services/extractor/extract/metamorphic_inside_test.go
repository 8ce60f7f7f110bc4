package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// The metamorphic test inside the story: the same property as
// TestMetamorphicChrome, but the chrome goes between the story's own
// paragraphs (after the first, after the second, before the last), where
// sites put ad slots, pictures, pull quotes, "read more" lines, related
// boxes and sign-up teasers. A subheading is story text: for it the
// expected text is the untransformed one with the heading in its place.
// Known failures are in testdata/metamorphic/allow_inside.txt (rewritten by
// -update-metamorphic, like allow.txt).

// inlineLang is the chrome text of the in-story transformations in one
// language, keyed by that language's share label.
type inlineLang struct {
	ad, readMore, subhead, caption string
}

var inlineLangs = map[string]inlineLang{
	"Share":      {"Advertisement", "Read more:", "What the council plans to do next", "The town hall on Monday morning. Photo: J. Miller"},
	"Teilen":     {"Anzeige", "Lesen Sie auch:", "Was der Gemeinderat als Nächstes plant", "Das Rathaus am Montagmorgen. Foto: A. Schmidt"},
	"Partager":   {"Publicité", "Lire aussi :", "Ce que le conseil prévoit maintenant", "La mairie lundi matin. Photo : C. Martin"},
	"Compartir":  {"Publicidad", "Lee también:", "Lo que prevé ahora el ayuntamiento", "El ayuntamiento el lunes por la mañana. Foto: L. García"},
	"Поделиться": {"Реклама", "Читайте также:", "Что совет планирует сделать дальше", "Здание администрации в понедельник утром. Фото: А. Иванова"},
}

// inlineTransform builds the fragment to insert; sentence is a sentence of
// the story (for the pull quote). heading says the fragment is story text.
type inlineTransform struct {
	name    string
	heading bool
	frag    func(c chromeLang, l inlineLang, sentence string) string
}

var inlineTransforms = []inlineTransform{
	{"ad label", false, func(_ chromeLang, l inlineLang, _ string) string {
		return `<div class="ad">` + l.ad + `</div>`
	}},
	{"ad iframe", false, func(chromeLang, inlineLang, string) string {
		return `<div class="ad-slot"><iframe src="https://ads.example.net/slot/1" width="300" height="250"></iframe></div>`
	}},
	{"figure", false, func(_ chromeLang, l inlineLang, _ string) string {
		return `<figure class="article-image"><picture><source srcset="/img/a.webp" type="image/webp"><img src="/img/a.jpg" alt="` +
			html.EscapeString(l.caption) + `" width="800" height="450"></picture><figcaption>` + html.EscapeString(l.caption) + `</figcaption></figure>`
	}},
	{"pull quote", false, func(_ chromeLang, _ inlineLang, s string) string {
		return `<blockquote class="pullquote"><p>` + html.EscapeString(s) + `</p></blockquote>`
	}},
	{"read more line", false, func(c chromeLang, l inlineLang, _ string) string {
		return `<p class="read-more"><strong>` + l.readMore + `</strong> <a href="/x/read-more">` + html.EscapeString(c.headlines[0]) + `</a></p>`
	}},
	{"related box", false, func(c chromeLang, _ inlineLang, _ string) string {
		return `<aside class="related-inline"><h3>` + c.related + `</h3>` + links("related-links", c.headlines[1:4]) + `</aside>`
	}},
	{"newsletter box", false, func(c chromeLang, _ inlineLang, _ string) string { return c.newsletterForm() }},
	{"subheading", true, func(_ chromeLang, l inlineLang, _ string) string {
		return `<h2 class="subheading">` + l.subhead + `</h2>`
	}},
}

// inlinePos is where in the story a fragment goes: before paragraph index
// at(n) of n paragraphs; ok says the story has room for it strictly inside
// and apart from the positions before it.
type inlinePos struct {
	name string
	at   func(n int) (int, bool)
}

var inlinePositions = []inlinePos{
	{"after p1", func(n int) (int, bool) { return 1, n >= 2 }},
	{"after p2", func(n int) (int, bool) { return 2, n >= 4 }},
	{"before last", func(n int) (int, bool) { return n - 1, n >= 3 }},
}

// paraMatches lists the elements of story, story itself left out, whose
// text is the paragraph p (spaces normalised), children before their
// parents as nodeTexts lists them; texts is nodeTexts' map.
func paraMatches(story *html.Node, p string) (matches []*html.Node, texts map[*html.Node]string) {
	order, texts := nodeTexts(story)
	for _, n := range order {
		if n.Type == html.ElementNode && n != story && texts[n] == p {
			matches = append(matches, n)
		}
	}
	return matches, texts
}

// paraElem returns the outermost element in story that holds the paragraph
// p and nothing else (nil when p is loose text of the story itself).
func paraElem(story *html.Node, p string) *html.Node {
	p = strings.Join(strings.Fields(p), " ")
	matches, texts := paraMatches(story, p)
	var best *html.Node
	for _, n := range matches {
		if best == nil || holds(n, best) {
			best = n
		}
	}
	if best == nil {
		return nil
	}
	for best.Parent != nil && best.Parent != story && texts[best.Parent] == p {
		best = best.Parent
	}
	return best
}

// blockRef is the element before which a block goes to land right before
// paragraph at: the paragraph's element, or the list, table or paragraph
// around it, since a <div> inside a <ul>, a <tr> or a <p> is not HTML a
// site would serve. It is nil when there is no such place strictly after
// paragraph at-1.
func blockRef(story *html.Node, paras []string, at int) *html.Node {
	ref := paraElem(story, paras[at])
	if ref == nil {
		return nil
	}
	for ref.Parent != nil && ref.Parent != story && !blockParent(ref.Parent) {
		ref = ref.Parent
	}
	if ref.Parent == nil {
		return nil
	}
	if prev := paraElem(story, paras[at-1]); prev == nil || holds(ref, prev) {
		return nil
	}
	return ref
}

// blockParent reports an element that may hold a <div>, <figure> or
// <aside> as a child.
func blockParent(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Article, atom.Main, atom.Body, atom.Td, atom.Th, atom.Blockquote, atom.Li, atom.Dd, atom.Figure, atom.Aside:
		return true
	}
	return false
}

// storySentence is the first sentence of the story's second paragraph (or
// its first), for the pull quote.
func storySentence(paras []string) string {
	p := paras[0]
	if len(paras) > 1 {
		p = paras[1]
	}
	if i := strings.Index(p, ". "); i > 0 {
		return p[:i+1]
	}
	return p
}

const allowInsideFile = "testdata/metamorphic/allow_inside.txt"

// TestMetamorphicInside applies every in-story transformation at every
// position to every tune page and checks the property (see the top of this
// file).
func TestMetamorphicInside(t *testing.T) {
	cases := loadMetaCases(t)
	run := newMetaRun(t, allowInsideFile, "# Known failures of TestMetamorphicInside: page | transformation, position.\n# The list only shrinks; see metamorphic_inside_test.go.\n")
	for _, mc := range cases {
		c := chromeLangFor(mc.id, mc.html)
		l := inlineLangs[c.share]
		orig, base := metaBaseline(t, mc)
		paras := base.GetParagraphs()
		if len(paras) < 2 {
			continue
		}
		baseText := strings.Join(paras, "\n\n")
		sentence := storySentence(paras)
		// The pull quote's sentence goes into the page in the page's own
		// encoding, as the page's own text is: in UTF-8 bytes a page in
		// another charset would read it as mojibake (see chromeLangFor).
		if enc, name, _ := charset.DetermineEncoding(mc.html, "text/html"); name != "utf-8" {
			if s, err := enc.NewEncoder().String(sentence); err == nil {
				sentence = s
			}
		}
		for _, tr := range inlineTransforms {
			for _, plain := range []bool{false, true} {
				for _, pos := range inlinePositions {
					at, ok := pos.at(len(paras))
					if !ok {
						continue
					}
					d, story := metaStory(t, mc.id, orig, paras)
					ref := blockRef(story, paras, at)
					if ref == nil {
						continue
					}
					insertBefore(ref, frag(tr.frag(c, l, sentence), plain))
					name := tr.name
					if plain {
						name += " (plain)"
					}
					name += ", " + pos.name
					want := baseText
					if tr.heading {
						w := append(append(append([]string(nil), paras[:at]...), l.subhead), paras[at:]...)
						want = strings.Join(w, "\n\n")
					}
					run.check(mc.id, name, want, base, metaExtract(t, mc.id, mc.url, renderDoc(t, d)))
				}
			}
		}
	}
	run.finish(len(cases))
}
