package extract

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestThreadReplies checks the seventh blind batch's Discourse-like topic:
// posts of one tag and class, each with its own buttons, the first of
// which opens the content; the first post is the thread's text and the
// topic's counters and the replies after it go (1.11.0 kept them). Sibling
// blocks without controls (a story over content elements), posts whose
// first does not open the content (answers after a question, comments
// after a story) and FAQ items with buttons but no author are left
// alone.
func TestThreadReplies(t *testing.T) {
	post := func(cls, name, body string, buttons bool) string {
		b := ""
		if buttons {
			b = `<nav class="post-controls"><button class="like">2</button><button class="share">Teilen</button><button class="reply">Antworten</button></nav>`
		}
		return `<article class="` + cls + `"><div class="meta"><a class="username" href="/u/` + name + `">` + name + `</a> <span class="relative-date">1 T.</span></div><div class="cooked">` + body + `</div>` + b + `</article>`
	}
	const first = `<p>Wir sind ein kleiner Sportverein mit rund 300 Mitgliedern und verwalten die Beiträge bisher in einer Tabellenkalkulation. Ab Januar wollen wir auf SEPA-Lastschrift umstellen.</p><p>Reicht ein Vorstandsbeschluss oder brauchen wir die Mitgliederversammlung? Für Erfahrungen aus anderen Vereinen wären wir sehr dankbar.</p>`
	const reply1 = `<p>Die Einführung der Lastschrift ist eine Frage der Zahlungsweise, nicht der Beitragshöhe. Bei uns hat ein Vorstandsbeschluss gereicht, das war unkompliziert.</p>`
	const reply2 = `<p>Ihr braucht von jedem Mitglied ein SEPA-Mandat mit Mandatsreferenz. Wir haben das mit dem Anmeldeformular verbunden und es lief gut.</p>`
	const stats = `<div class="topic-map"><ul><li><h4>erstellt</h4><span>Nov. 30</span></li><li><span>318</span><h4>Aufrufe</h4></li></ul></div>`
	page := func(body string) string {
		return `<!DOCTYPE html><html lang="de"><head><title>Umstellung der Mitgliedsbeiträge auf SEPA-Lastschrift - Vereinsforum</title></head><body>
<header class="d-header"><a href="/">Vereinsforum</a> <button>Anmelden</button></header>
<div id="main-outlet"><h1>Umstellung der Mitgliedsbeiträge auf SEPA-Lastschrift</h1><div class="posts">` + body + `</div></div>
<footer><a href="/tos">Nutzungsbedingungen</a></footer></body></html>`
	}
	for _, tc := range []struct {
		name, body    string
		want, wantNot []string
	}{
		{
			"the replies after the first post go", post("topic-post", "kassenwart", first, true) + stats + post("topic-post", "petra", reply1, true) + post("topic-post", "fuchs", reply2, true),
			nil,
			[]string{"Aufrufe", "Zahlungsweise", "Mandatsreferenz"},
		},
		{
			"sibling blocks without controls stay", post("topic-post", "kassenwart", first, false) + post("topic-post", "petra", reply1, false) + post("topic-post", "fuchs", reply2, false),
			[]string{"Zahlungsweise", "Mandatsreferenz"},
			nil,
		},
		{
			"FAQ items with buttons and no author stay", `<details class="faq"><summary>Wie stellen wir um?</summary>` + first + `<button>Ja</button><button>Nein</button></details><details class="faq"><summary>Wer beschließt?</summary>` + reply1 + `<button>Ja</button><button>Nein</button></details><details class="faq"><summary>Was braucht es?</summary>` + reply2 + `<button>Ja</button><button>Nein</button></details>`,
			[]string{"Zahlungsweise", "Mandatsreferenz"},
			nil,
		},
		{
			"posts after a question stay", `<div class="question"><p>Wie stellen andere Vereine ihre Beiträge auf Lastschrift um, und was sagt die Satzung dazu? Wir sind unsicher, was nötig ist und wer das beschließen muss.</p></div>` + post("answer", "petra", reply1, true) + post("answer", "fuchs", reply2, true),
			[]string{"Zahlungsweise", "Mandatsreferenz"},
			nil,
		},
	} {
		text := extractText(t, tc.name, page(tc.body), "https://vereinsforum.test/t/sepa/1204")
		if !strings.Contains(text, "Tabellenkalkulation") && tc.name != "posts after a question stay" {
			t.Errorf("%s: the first post was cut:\n%s", tc.name, text)
		}
		checkHas(t, tc.name, text, tc.want, tc.wantNot)
	}
}

// findFirstPostsReference is findFirstPosts as it was before it read link
// texts only on pages with buttons: every link's text read in the walk.
func findFirstPostsReference(p *page) {
	var buttons, authors []*html.Node
	walk(p.body, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return n.Type == html.DocumentNode
		}
		switch {
		case n.DataAtom == atom.Button:
			if len(buttons) < maxPostMarks {
				buttons = append(buttons, n)
			}
			return false
		case skipAtoms[n.DataAtom]:
			return false
		case n.DataAtom == atom.A:
			if len(authors) < maxPostMarks && authorLink(n) {
				authors = append(authors, n)
			}
			return false
		}
		return true
	})
	if len(buttons) == 0 || len(authors) == 0 {
		return
	}
	marks := postMarks{}
	for n := range ancestorsReference(buttons) {
		marks[n] |= markButton
	}
	for n := range ancestorsReference(authors) {
		marks[n] |= markAuthor
	}
	p.posts = map[*html.Node]bool{}
	walk(p.body, func(n *html.Node) bool {
		if len(p.firstPosts) >= maxThreads {
			return false
		}
		if n.Type != html.ElementNode {
			return n.Type == html.DocumentNode
		}
		if skipAtoms[n.DataAtom] || p.st.get(n).words < 2*minPostWords || !marks.both(n) {
			return false
		}
		if f := postGroupReference(n, p.st, marks, p.posts); f != nil {
			p.firstPosts = append(p.firstPosts, f)
			return false
		}
		return true
	})
}

// postGroupReference is postGroup as it was before it counted the posts
// first: every box grouped by class.
func postGroupReference(n *html.Node, st stats, marks postMarks, posts map[*html.Node]bool) *html.Node {
	type group struct {
		first *html.Node
		count int
		posts bool
	}
	groups := map[string]*group{}
	var order []string
	k := 0
	for c := n.FirstChild; c != nil && k < maxThreadChildren; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		k++
		cls := strings.Join(strings.Fields(attr(c, "class")), " ")
		if cls == "" {
			continue
		}
		key := c.Data + "." + cls
		g := groups[key]
		if g == nil {
			g = &group{first: c, posts: true}
			groups[key] = g
			order = append(order, key)
		}
		g.count++
		post := st.get(c).words >= minPostWords && marks.both(c)
		if post && len(posts) < maxPosts {
			posts[c] = true
		}
		if g.posts && !post {
			g.posts = false
		}
	}
	for _, key := range order {
		if g := groups[key]; g.count >= 2 && g.posts {
			return g.first
		}
	}
	return nil
}

// FuzzHasFields checks hasFields against strings.Fields.
func FuzzHasFields(f *testing.F) {
	for _, s := range []string{"", " ", "a", " \t\n ", "\u00a0", "\u3000x", "\u200b", "\xff", "\u0085"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasFields(s), len(strings.Fields(s)) > 0; got != want {
			t.Fatalf("hasFields(%q) = %v, strings.Fields %v", s, got, want)
		}
	})
}

// ancestorsReference returns the elements that hold one of ns (ns
// included), as the two maps findFirstPosts kept did.
func ancestorsReference(ns []*html.Node) map[*html.Node]bool {
	m := map[*html.Node]bool{}
	for _, n := range ns {
		for q, k := n, 0; q != nil && q.Type == html.ElementNode && k <= maxBoxDepth && !m[q]; q, k = q.Parent, k+1 {
			m[q] = true
		}
	}
	return m
}

// FuzzAuthorLinks checks that authorLinks picks the links authorLink
// picks (each link's words(textOf)), on every testdata page and fuzzed
// pages: invisible characters, odd spaces and invalid bytes included.
func FuzzAuthorLinks(f *testing.F) {
	addTestdataPages(f)
	for _, s := range []string{
		"<a href=/u>Anna\u200b Berg</a>", "<a href=/u>\u200b</a>", "<a href=/u>a\u202fb\u2007c d</a>",
		"<a href=/u>\xc2<b>\xa0</b>x</a>", "<a href=/u>A<br>B<div>C</div></a>", "<a href=/u>e\u0301 \u00a0 \u2000x</a>",
		"<a href=/u><script>x y z w</script>one</a>", "<a href=#x>Anna</a>", "<a>Anna</a>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			return
		}
		var links, want []*html.Node
		walk(doc, func(n *html.Node) bool {
			if n.Type == html.ElementNode && n.DataAtom == atom.A {
				links = append(links, n)
				if len(want) < maxPostMarks && authorLink(n) {
					want = append(want, n)
				}
			}
			return true
		})
		if got := authorLinks(links); !slices.Equal(got, want) {
			t.Fatalf("%d author links, authorLink picks %d", len(got), len(want))
		}
		for _, a := range links {
			buf := appendLaidOutBytes(nil, a)
			if got, want := normalizedWords(buf, 1<<30), words(textOf(a)); got != want {
				t.Fatalf("normalizedWords(%q) = %d, words(textOf) %d", buf, got, want)
			}
		}
	})
}

// FuzzFindFirstPosts checks findFirstPosts against the reference it
// replaced, on every testdata page as seeds and on fuzzed pages: the same
// first posts in the same order and the same posts.
func FuzzFindFirstPosts(f *testing.F) {
	addTestdataPages(f)
	f.Add(`<div class="t"><div class="post"><a href="/u/a">Anna</a><p>First post with some words in it here.</p><button>Reply</button></div>` +
		`<div class="post"><a href="/u/b">Ben K</a><p>Second post with some words in it too.</p><button>Reply</button></div></div>`)
	f.Add(`<div><button>x</button><a href="#top">Top</a><a href="/x">a b c d</a><p>Words words words words words words words.</p></div>`)
	f.Fuzz(func(t *testing.T, src string) {
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			return
		}
		body := findBody(doc)
		if body == nil {
			return
		}
		got := &page{body: body, st: computeStats(body)}
		want := &page{body: body, st: got.st}
		got.scanPage(body)
		got.findFirstPosts()
		findFirstPostsReference(want)
		if !slices.Equal(got.firstPosts, want.firstPosts) {
			t.Fatalf("first posts %v, reference %v", got.firstPosts, want.firstPosts)
		}
		if !maps.Equal(got.posts, want.posts) {
			t.Fatalf("%d posts, reference %d", len(got.posts), len(want.posts))
		}
	})
}
