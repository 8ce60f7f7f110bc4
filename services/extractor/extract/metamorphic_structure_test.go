package extract

import (
	"flag"
	"hash/fnv"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// The metamorphic test of the story's own markup: the same property as
// TestMetamorphicChrome (4-gram F1 ≥ 0.97 against the untransformed text,
// never empty, same page type), but what changes is how the story itself is
// written, not the chrome around it: its paragraphs as <div>s, as text
// between <br><br>, as list items or in <font>/<span> soup; the story in
// the middle cell of an old three-column table layout; the story split in
// two containers around an ad or a "continue" link; and, over the whole
// page, no class or id at all, class names hashed as CSS-in-JS sites hash
// them, <article> and <main> as plain <div>s. These are the ways older and
// odder sites write the same article, the layouts the held-out sites show
// and the tune pages do not. Known failures are in
// testdata/metamorphic/allow_structure.txt (rewritten by
// -update-metamorphic, like allow.txt).

// continueLabel is the "continue reading" link's text in each chrome
// language, keyed by that language's share label like inlineLangs.
var continueLabel = map[string]string{
	"Share":      "Continue reading",
	"Teilen":     "Weiterlesen",
	"Partager":   "Lire la suite",
	"Compartir":  "Seguir leyendo",
	"Поделиться": "Читать далее",
}

// structTransform changes the markup of doc's story (or, for the
// whole-page ones, of doc) and keeps every story text; paras are the
// untransformed page's paragraphs. It reports false when the page lacks
// what the transformation needs (no <p> to turn into anything).
type structTransform struct {
	name  string
	apply func(doc, story *html.Node, paras []string, c chromeLang) bool
}

var structTransforms = []structTransform{
	{"p as div", func(_, s *html.Node, _ []string, _ chromeLang) bool { return pAsDiv(s) }},
	{"br paragraphs", func(_, s *html.Node, _ []string, _ chromeLang) bool { return brParagraphs(s) }},
	{"table layout", func(_, s *html.Node, _ []string, c chromeLang) bool { return tableLayout(s, c, false) }},
	{"table layout, bare", func(_, s *html.Node, _ []string, c chromeLang) bool { return tableLayout(s, c, true) }},
	{"page in table layout", func(d, s *html.Node, _ []string, c chromeLang) bool { return pageTableLayout(d, s, c) }},
	{"font soup", func(_, s *html.Node, p []string, _ chromeLang) bool { return fontSoup(s, p) }},
	{"split, ad between", func(_, s *html.Node, p []string, c chromeLang) bool {
		return splitStory(s, p, `<div class="ad-container"><div class="ad-label">`+inlineLangs[c.share].ad+
			`</div><iframe src="https://ads.example.net/slot/2" width="300" height="250"></iframe></div>`)
	}},
	{"split, continue link between", func(_, s *html.Node, p []string, c chromeLang) bool {
		return splitStory(s, p, `<div class="read-on"><a href="#story-more">`+continueLabel[c.share]+`</a></div>`)
	}},
	{"no class or id", func(d, _ *html.Node, _ []string, _ chromeLang) bool { return stripClassID(d) }},
	{"hashed class names", func(d, _ *html.Node, _ []string, _ chromeLang) bool { return hashClassID(d) }},
	{"article and main as div", func(d, _ *html.Node, _ []string, _ chromeLang) bool { return semanticAsDiv(d) }},
	{"paragraphs as list items", func(_, s *html.Node, _ []string, _ chromeLang) bool { return parasAsList(s) }},
}

func elem(a atom.Atom, attrs ...html.Attribute) *html.Node {
	return &html.Node{Type: html.ElementNode, Data: a.String(), DataAtom: a, Attr: attrs}
}

// retag gives n another tag and keeps its attributes and children.
func retag(n *html.Node, a atom.Atom) {
	n.Data, n.DataAtom = a.String(), a
}

// moveChildren moves every child of from to the end of to.
func moveChildren(from, to *html.Node) {
	for k := from.FirstChild; k != nil; k = from.FirstChild {
		from.RemoveChild(k)
		to.AppendChild(k)
	}
}

// elementsOf returns the elements under root (root left out) with tag a.
func elementsOf(root *html.Node, a atom.Atom) []*html.Node {
	var out []*html.Node
	walk(root, func(n *html.Node) bool {
		if n != root && n.Type == html.ElementNode && n.DataAtom == a {
			out = append(out, n)
		}
		return true
	})
	return out
}

// pAsDiv turns every <p> of the story into a <div>.
func pAsDiv(story *html.Node) bool {
	ps := elementsOf(story, atom.P)
	for _, p := range ps {
		retag(p, atom.Div)
	}
	return len(ps) > 0
}

// brParagraphs unwraps every <p> of the story that stands in a block
// container, so that its text and inline markup sit in the container
// followed by <br><br>, as pages written before CSS set paragraphs.
func brParagraphs(story *html.Node) bool {
	var ps []*html.Node
	for _, p := range elementsOf(story, atom.P) {
		if p.Parent != nil && blockParent(p.Parent) {
			ps = append(ps, p)
		}
	}
	if len(ps) < 2 {
		return false
	}
	for _, p := range ps {
		for k := p.FirstChild; k != nil; k = p.FirstChild {
			p.RemoveChild(k)
			p.Parent.InsertBefore(k, p)
		}
		p.Parent.InsertBefore(elem(atom.Br), p)
		p.Parent.InsertBefore(elem(atom.Br), p)
		p.Parent.RemoveChild(p)
	}
	return true
}

// tableLayout sets the story in the middle cell of a three-column layout
// table, between a column of nav links and a sidebar column of headlines,
// as sites laid out pages before CSS. bare moves the story's children into
// the cell without the story's own element (its class and tag).
func tableLayout(story *html.Node, c chromeLang, bare bool) bool {
	var nav, side strings.Builder
	for i, s := range c.nav {
		nav.WriteString(`<a href="/section/` + strconv.Itoa(i) + `">` + html.EscapeString(s) + `</a><br>`)
	}
	side.WriteString(`<b>` + html.EscapeString(c.mostRead) + `</b><br>`)
	for i, s := range c.headlines {
		side.WriteString(`<a href="/story/` + strconv.Itoa(i) + `.html">` + html.EscapeString(s) + `</a><br><br>`)
	}
	ns := frag(`<table width="100%" border="0" cellspacing="0" cellpadding="4"><tr><td width="150" valign="top">`+nav.String()+
		`</td><td valign="top" id="layout-middle"></td><td width="200" valign="top">`+side.String()+`</td></tr></table>`, false)
	if len(ns) != 1 {
		panic("tableLayout: the layout is not one element")
	}
	table := ns[0]
	var mid *html.Node
	walk(table, func(n *html.Node) bool {
		if attr(n, "id") == "layout-middle" {
			mid = n
		}
		return mid == nil
	})
	mid.Attr = slices.DeleteFunc(mid.Attr, func(a html.Attribute) bool { return a.Key == "id" })
	switch {
	case story.DataAtom == atom.Body:
		moveChildren(story, mid)
		story.AppendChild(table)
	case bare:
		story.Parent.InsertBefore(table, story)
		story.Parent.RemoveChild(story)
		moveChildren(story, mid)
	default:
		story.Parent.InsertBefore(table, story)
		story.Parent.RemoveChild(story)
		mid.AppendChild(story)
	}
	return true
}

// pageTableLayout sets the page's column that holds the story (the child
// of <body> around it) in the middle cell of the three-column layout table,
// as a site laid out before CSS wrapped its content column; the story
// stays in its own markup inside it.
func pageTableLayout(doc, story *html.Node, c chromeLang) bool {
	body := findBodyOf(doc)
	col := story
	for col != nil && col.Parent != body {
		col = col.Parent
	}
	if col == nil || story == body {
		return false
	}
	// tableLayout sets its argument in the middle cell.
	return tableLayout(col, c, false)
}

// storyParaElems returns the element of each paragraph of the story (the
// outermost one holding that paragraph only), each once.
func storyParaElems(story *html.Node, paras []string) []*html.Node {
	var out []*html.Node
	seen := map[*html.Node]bool{}
	for _, p := range paras {
		if e := paraElem(story, p); e != nil && !seen[e] {
			seen[e] = true
			out = append(out, e)
		}
	}
	return out
}

// fontSoup wraps the content of each of the story's paragraphs in
// <font><span> with presentational attributes, as WYSIWYG editors of the
// 2000s wrote every paragraph.
func fontSoup(story *html.Node, paras []string) bool {
	var es []*html.Node
	for _, e := range storyParaElems(story, paras) {
		switch e.DataAtom {
		case atom.Table, atom.Tbody, atom.Thead, atom.Tr, atom.Ul, atom.Ol, atom.Dl, atom.Select, atom.Pre:
			// No phrasing content goes directly in these.
		default:
			es = append(es, e)
		}
	}
	for i, e := range es {
		font := elem(atom.Font, html.Attribute{Key: "face", Val: "Verdana, Arial, Helvetica"}, html.Attribute{Key: "size", Val: strconv.Itoa(2 + i%2)})
		span := elem(atom.Span, html.Attribute{Key: "style", Val: "font-size: 10pt; color: #333333"})
		moveChildren(e, span)
		font.AppendChild(span)
		e.AppendChild(font)
	}
	return len(es) > 0
}

// splitStory splits the innermost container of the story that holds both
// the paragraph before the middle one and the middle one into two sibling
// containers built alike (the same tag and attributes, the second without
// the id), with the fragment s between them: a paginated or "continue
// reading" story, or an ad slot set between two halves of a story.
func splitStory(story *html.Node, paras []string, s string) bool {
	if len(paras) < 2 {
		return false
	}
	mid := len(paras) / 2
	a, b := paraElem(story, paras[mid-1]), paraElem(story, paras[mid])
	if a == nil || b == nil || holds(a, b) || holds(b, a) {
		return false
	}
	box := a.Parent
	for box != nil && !holds(box, b) {
		box = box.Parent
	}
	if box == nil || box.DataAtom == atom.Body || box.Parent == nil || !blockParent(box) || !blockParent(box.Parent) {
		return false
	}
	at := b
	for at.Parent != box {
		at = at.Parent
	}
	second := &html.Node{Type: html.ElementNode, Data: box.Data, DataAtom: box.DataAtom}
	for _, at := range box.Attr {
		if at.Key != "id" {
			second.Attr = append(second.Attr, at)
		}
	}
	for k := at; k != nil; {
		next := k.NextSibling
		box.RemoveChild(k)
		second.AppendChild(k)
		k = next
	}
	insertAfter(box, append(frag(s, false), second))
	return true
}

// stripClassID drops every class and id attribute of the page.
func stripClassID(doc *html.Node) bool {
	n := 0
	walk(doc, func(k *html.Node) bool {
		kept := k.Attr[:0]
		for _, a := range k.Attr {
			if a.Key != "class" && a.Key != "id" {
				kept = append(kept, a)
			} else {
				n++
			}
		}
		k.Attr = kept
		return true
	})
	return n > 0
}

// hashName is a CSS-in-JS style name for a class or id: the same name
// gives the same hash throughout the page, and the hash says nothing.
func hashName(s string) string {
	h := fnv.New32a()
	h.Write([]byte(s))
	return "css-" + strconv.FormatUint(uint64(h.Sum32()), 36)
}

// hashClassID replaces every class and id name of the page by its hash.
func hashClassID(doc *html.Node) bool {
	n := 0
	walk(doc, func(k *html.Node) bool {
		for i, a := range k.Attr {
			if a.Key != "class" && a.Key != "id" {
				continue
			}
			names := strings.Fields(a.Val)
			for j, s := range names {
				names[j] = hashName(s)
			}
			k.Attr[i].Val = strings.Join(names, " ")
			n++
		}
		return true
	})
	return n > 0
}

// semanticAsDiv turns every <article> and <main> of the page into a <div>.
func semanticAsDiv(doc *html.Node) bool {
	n := 0
	walk(doc, func(k *html.Node) bool {
		if k.Type == html.ElementNode && (k.DataAtom == atom.Article || k.DataAtom == atom.Main) {
			retag(k, atom.Div)
			n++
		}
		return true
	})
	return n > 0
}

// parasAsList turns each run of two or more sibling <p>s of the story into
// one <ul> whose items hold the paragraphs, as some CMSes set a story.
func parasAsList(story *html.Node) bool {
	var runs [][]*html.Node
	var run []*html.Node
	flush := func() {
		if len(run) >= 2 {
			runs = append(runs, run)
		}
		run = nil
	}
	walk(story, func(n *html.Node) bool {
		if n.Type != html.ElementNode || n.DataAtom != atom.P || n.Parent == nil || !blockParent(n.Parent) {
			return true
		}
		if len(run) > 0 && prevSiblingElem(n) != run[len(run)-1] {
			flush()
		}
		run = append(run, n)
		return false
	})
	flush()
	for _, r := range runs {
		ul := elem(atom.Ul)
		r[0].Parent.InsertBefore(ul, r[0])
		for _, p := range r {
			p.Parent.RemoveChild(p)
			retag(p, atom.Li)
			ul.AppendChild(p)
		}
	}
	return len(runs) > 0
}

// prevSiblingElem returns n's previous sibling element, skipping text that is
// only whitespace and comments; nil when something else comes first.
func prevSiblingElem(n *html.Node) *html.Node {
	for k := n.PrevSibling; k != nil; k = k.PrevSibling {
		switch k.Type {
		case html.ElementNode:
			return k
		case html.CommentNode:
		case html.TextNode:
			if strings.TrimSpace(k.Data) != "" {
				return nil
			}
		default:
			return nil
		}
	}
	return nil
}

const allowStructureFile = "testdata/metamorphic/allow_structure.txt"

var metaUnseen = flag.Bool("metamorphic-unseen", false, "also run TestMetamorphicStructure on the held-out devset and blind pages and log only the failure counts per transformation")

// eachStructVariant applies every structural transformation to every page
// of cases and hands judge each transformed page's extraction with the
// untransformed page's text and extraction.
func eachStructVariant(t *testing.T, cases []metaCase, judge func(id, name, want string, base, a *newsv1.Article)) {
	t.Helper()
	for _, mc := range cases {
		c := chromeLangFor(mc.id, mc.html)
		orig, base := metaBaseline(t, mc)
		paras := base.GetParagraphs()
		if len(paras) == 0 {
			continue
		}
		baseText := strings.Join(paras, "\n\n")
		for _, tr := range structTransforms {
			d, story := metaStory(t, mc.id, orig, paras)
			if !tr.apply(d, story, paras, c) {
				continue
			}
			judge(mc.id, tr.name, baseText, base, metaExtract(t, mc.id, mc.url, renderDoc(t, d)))
		}
	}
}

// loadUnseenCases reads the held-out devset and blind pages, which the
// rules are never tuned on.
func loadUnseenCases(t *testing.T) []metaCase {
	t.Helper()
	return loadDevCases(t, "heldout", "blind/heldout")
}

// TestMetamorphicStructure applies every structural transformation to
// every tune page and checks the property (see the top of this file).
// With -metamorphic-unseen it then does the same on the held-out pages
// and logs only how many fail per transformation, never which, so that a
// rule can be checked on pages it was not written from without reading
// them.
func TestMetamorphicStructure(t *testing.T) {
	run := newMetaRun(t, allowStructureFile, "# Known failures of TestMetamorphicStructure: page | transformation.\n# The list only shrinks; see metamorphic_structure_test.go.\n")
	cases := loadMetaCases(t)
	eachStructVariant(t, cases, run.check)
	run.finish(len(cases))
	if !*metaUnseen {
		return
	}
	tallies := map[string]*metaTally{}
	eachStructVariant(t, loadUnseenCases(t), func(_, name, want string, base, a *newsv1.Article) {
		tl := tallies[name]
		if tl == nil {
			tl = &metaTally{}
			tallies[name] = tl
		}
		tl.tried++
		text := strings.Join(a.GetParagraphs(), "\n\n")
		if text == "" || a.GetPageType() != base.GetPageType() || harmonic(shinglePR(want, text)) < minMetaF1 {
			tl.failed++
		}
	})
	total := 0
	for _, tr := range structTransforms {
		if tl := tallies[tr.name]; tl != nil {
			total += tl.failed
			t.Logf("unseen: %-30s %3d pages, %3d fail", tr.name, tl.tried, tl.failed)
		}
	}
	t.Logf("unseen: %d failures", total)
}
