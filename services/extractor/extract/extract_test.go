package extract

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
	"google.golang.org/protobuf/types/known/timestamppb"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/extractor/extract/pathological"
)

// page builds a small article page around body paragraphs.
func articlePage(head, body string) string {
	return "<!doctype html><html><head>" + head + "</head><body><nav><a href=/>Home</a> <a href=/world>World</a></nav>" +
		"<article><h1>Storm closes the harbour</h1><div class=\"article-body\">" + body + "</div></article>" +
		"<footer>© 2024 Example News. All rights reserved.</footer></body></html>"
}

const longPara = "The harbour authority said the storm had forced the closure of all three piers on Tuesday, and that ferries would resume once the wind dropped below the safety limit set by the port."

func mustExtract(t *testing.T, body []byte, in Input) *newsv1.Article {
	t.Helper()
	art, err := HTML(body, in)
	if err != nil {
		t.Fatalf("HTML: %v", err)
	}
	return art
}

func TestCharset(t *testing.T) {
	cp1252 := func(s string) []byte {
		b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	cp1251 := func(s string) []byte {
		b, err := charmap.Windows1251.NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	fr := "Gérald Darmanin a dit qu’il n’y avait – pour l’instant – aucune menace concrète contre les Jeux, selon le ministre de l’Intérieur interrogé mardi."
	ru := "Министр внутренних дел заявил, что службы безопасности проверили все подвалы зданий вдоль реки перед церемонией открытия игр в пятницу вечером."
	tests := []struct {
		name        string
		body        []byte
		contentType string
		want        string
	}{
		{
			name: "windows-1252 via meta charset",
			body: cp1252(articlePage(`<meta charset="windows-1252">`, "<p>"+fr+"</p><p>"+longPara+"</p>")),
			want: fr,
		},
		{
			name: "iso-8859-1 label decodes as windows-1252",
			body: cp1252(articlePage(`<meta charset="iso-8859-1">`, "<p>"+fr+"</p><p>"+longPara+"</p>")),
			want: fr,
		},
		{
			name: "windows-1251 via http-equiv",
			body: cp1251(articlePage(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">`, "<p>"+ru+"</p><p>Второй абзац: в пятницу вечером в городе ожидается сильный ветер, и паромы не будут ходить до утра.</p>")),
			want: ru,
		},
		{
			name:        "charset only in the HTTP header",
			body:        cp1252(articlePage(``, "<p>"+fr+"</p><p>"+longPara+"</p>")),
			contentType: "text/html; charset=windows-1252",
			want:        fr,
		},
		{
			name: "non-ASCII only as character references",
			body: []byte(articlePage(``, "<p>G&eacute;rald Darmanin a dit qu&#8217;il n&#x2019;y avait &#x2013; pour l&rsquo;instant &ndash; aucune menace concr&egrave;te contre les Jeux, selon le ministre de l&#8217;Int&eacute;rieur interrog&eacute; mardi.</p><p>"+longPara+"</p>")),
			want: fr,
		},
		{
			name: "stale latin-1 declaration on a UTF-8 body",
			body: []byte(articlePage(`<meta charset="iso-8859-1">`, "<p>"+fr+"</p><p>"+longPara+"</p>")),
			want: fr,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			art := mustExtract(t, tt.body, Input{URL: "https://example.com/a", ContentType: tt.contentType})
			if len(art.GetParagraphs()) == 0 || art.GetParagraphs()[0] != tt.want {
				t.Errorf("first paragraph = %q, want %q", first(art.GetParagraphs()), tt.want)
			}
		})
	}
}

func first(ps []string) string {
	if len(ps) == 0 {
		return ""
	}
	return ps[0]
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string
	}{
		{
			name: "br br runs are paragraphs",
			body: "First run of text that is long enough to count as a paragraph, said the officials.<br><br>\nSecond run, also long enough to be read as a paragraph of the story text.<br /><br />Third run ends the story with a full sentence.",
			want: []string{
				"First run of text that is long enough to count as a paragraph, said the officials.",
				"Second run, also long enough to be read as a paragraph of the story text.",
				"Third run ends the story with a full sentence.",
			},
		},
		{
			name: "inline markup joins without spaces and NBSP collapses",
			body: "<p><strong>JAKARTA</strong> - Tajik&nbsp;&nbsp;journalist   Temur Varki received a call, officials said on Monday in the capital.</p><p>&nbsp;</p><p>" + longPara + "</p>",
			want: []string{"JAKARTA - Tajik journalist Temur Varki received a call, officials said on Monday in the capital.", longPara},
		},
		{
			name: "single br stays inside the paragraph",
			body: "<p>Line one of the paragraph, which carries on<br>into line two of the very same paragraph.</p><p>" + longPara + "</p>",
			want: []string{"Line one of the paragraph, which carries on into line two of the very same paragraph.", longPara},
		},
		{
			name: "decomposed text becomes NFC",
			body: "<p>Gére\u0301 the cafe\u0301 owner said the harbour would stay closed until the wind had dropped, officials said.</p><p>" + longPara + "</p>",
			want: []string{"Géré the café owner said the harbour would stay closed until the wind had dropped, officials said.", longPara},
		},
		{
			name: "weekday date line removed",
			body: "<p>Friday, January 18, 2008</p><p>" + longPara + "</p>",
			want: []string{longPara},
		},
		{
			name: "inline promo, advertisement and pull quote removed",
			body: "<p>" + longPara + "</p><p><strong>Read more:</strong> <a href=/x>Another story</a></p><div class=ad><p>Advertisement</p></div>" +
				"<p>“We are watching the wind very closely,” the harbour master said on Tuesday evening at the pier.</p>" +
				"<aside><blockquote>“We are watching the wind very closely.”</blockquote></aside>",
			want: []string{longPara, "“We are watching the wind very closely,” the harbour master said on Tuesday evening at the pier."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			art := mustExtract(t, []byte(articlePage(`<meta charset="utf-8"><meta property="og:type" content="article">`, tt.body)), Input{URL: "https://example.com/a"})
			if got := art.GetParagraphs(); strings.Join(got, "\n\n") != strings.Join(tt.want, "\n\n") {
				t.Errorf("paragraphs:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestNonArticle(t *testing.T) {
	tests := []struct {
		name string
		page string
	}{
		{
			name: "consent wall",
			page: `<html><head><title>Before you continue</title></head><body>
<div class="consent-wall"><h1>We value your privacy</h1>
<p>We and our partners use cookies and similar technologies to store and access personal data on your device, such as browsing data and unique identifiers.</p>
<button>Accept all</button><button>Manage preferences</button></div></body></html>`,
		},
		{
			name: "consent wall without class hints",
			page: `<html><head><title>Privacy</title></head><body><div><div><h2>Privacy settings</h2>
<p>This website uses cookies to improve your experience. You can accept all cookies or manage your settings.</p>
<p><a href="/accept">Accept all</a></p></div></div></body></html>`,
		},
		{
			name: "error page",
			page: `<html><head><title>404 Page Not Found | Example News</title></head><body>
<header><nav><a href="/">Home</a><a href="/world">World</a></nav></header>
<main><h1>Page not found</h1><p>Sorry, the page you are looking for does not exist or has been moved. Try the search or go back to the homepage.</p></main>
<footer>© 2024 Example News</footer></body></html>`,
		},
		{
			name: "empty body",
			page: `<html><head><title>x</title></head><body></body></html>`,
		},
		{
			name: "not HTML at all",
			page: "\x00\x01\x02 binary \xff\xfe",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			art := mustExtract(t, []byte(tt.page), Input{URL: "https://example.com/x"})
			if art.GetPageType() != newsv1.PageType_PAGE_TYPE_NON_ARTICLE {
				t.Errorf("page type = %s, want NON_ARTICLE", art.GetPageType())
			}
			if len(art.GetParagraphs()) != 0 || art.GetWordCount() != 0 {
				t.Errorf("paragraphs = %q, want none", art.GetParagraphs())
			}
			if art.GetTitle() != "" {
				t.Errorf("title = %q, want empty", art.GetTitle())
			}
			if art.GetExtractorVersion() != Version {
				t.Errorf("extractor version = %q", art.GetExtractorVersion())
			}
		})
	}
}

func TestMetadata(t *testing.T) {
	page := `<html lang="ru"><head><meta charset="utf-8">
<title>Storm closes the harbour - Example News</title>
<meta property="og:site_name" content="Example News">
<meta name="author" content="By Jane Doe and John Roe, Reuters">
<meta property="article:modified_time" content="2024-05-02T09:00:00Z">
<link rel="canonical" href="/news/storm">
</head><body><h1>Storm closes the harbour</h1><div class="story-body"><p>` + longPara + `</p><p>` + longPara + ` It was the second closure this year.</p></div></body></html>`
	item := &newsv1.FeedItem{Published: timestamppb.New(time.Date(2024, 5, 1, 8, 0, 0, 0, time.UTC))}
	art := mustExtract(t, []byte(page), Input{URL: "https://example.com/news/storm?utm=x", Item: item})
	checks := []struct{ name, got, want string }{
		{"title", art.GetTitle(), "Storm closes the harbour"},
		{"canonical", art.GetCanonicalUrl(), "https://example.com/news/storm"},
		{"site", art.GetSiteName(), "Example News"},
		{"byline", art.GetByline(), "Jane Doe, John Roe"},
		{"language (text wins over chrome)", art.GetLanguage(), "en"},
		{"published source", art.GetPublishedSource(), "feed"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
	if !art.GetPublished().AsTime().Equal(item.GetPublished().AsTime()) {
		t.Errorf("published = %v, want the feed time", art.GetPublished().AsTime())
	}
	if art.GetModified() == nil {
		t.Error("modified missing")
	}
}

func TestSiteRules(t *testing.T) {
	rules := "# test\nexample.org related div.more-box\nexample.org content div#body-x\n"
	e, err := New(WithSiteRules(strings.NewReader(rules)))
	if err != nil {
		t.Fatal(err)
	}
	page := `<html><head><meta property="og:type" content="article"></head><body><div id="body-x"><p>` + longPara + `</p><div class="more-box"><p>Odd box text that generic rules keep, said nobody at all today.</p></div></div>
<div class="story"><p>` + longPara + ` Another long block elsewhere on the page, with more words than the first one, that a generic scorer might pick.</p><p>` + longPara + `</p></div></body></html>`
	art, err := e.HTML([]byte(page), Input{URL: "https://www.example.org/a"})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(art.GetParagraphs(), "|"); got != longPara {
		t.Errorf("paragraphs = %q, want only the forced body", got)
	}
	if art.GetRemoved()["related"] != 1 {
		t.Errorf("removed = %v, want related:1", art.GetRemoved())
	}
	if _, err := New(WithSiteRules(strings.NewReader("example.org related"))); err == nil {
		t.Error("New accepted a malformed site rule")
	}
}

// TestPathological checks that hostile markup completes; there is no timing
// assertion, only that extraction returns.
func TestPathological(t *testing.T) {
	deep := strings.Repeat("<div>", 10000) + "<p>" + longPara + "</p>" + strings.Repeat("</div>", 10000)
	var siblings strings.Builder
	for range 100000 {
		siblings.WriteString("<span>x</span>")
	}
	var wide strings.Builder
	for range 20000 {
		wide.WriteString("<p>" + longPara + "</p>")
	}
	tests := []struct {
		name string
		body string
	}{
		{"10k-deep nesting", "<html><body>" + deep + "</body></html>"},
		{"10k-deep unclosed formatting", "<html><body>" + strings.Repeat("<b><i>", 5000) + longPara + "</body></html>"},
		{"100k siblings", "<html><body><div>" + siblings.String() + "</div></body></html>"},
		{"20k paragraphs", "<html><body><article>" + wide.String() + "</article></body></html>"},
		{"20k paragraphs deep in a comment box", "<html><body><article>" + strings.Repeat("<p>"+longPara+"</p>", 6) +
			"<table><tr><td><p>Have your say</p>" + strings.Repeat("<div>", 5000) + wide.String() + strings.Repeat("</div>", 5000) +
			"</td></tr></table><p>" + longPara + "</p></article></body></html>"},
		{"5 MB attribute", `<html><body><div class="` + strings.Repeat("a", 5<<20) + `"><p>` + longPara + `</p></div></body></html>`},
		{"5 MB JSON-LD", `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"` + strings.Repeat("a", 5<<20) + `"}</script></head><body><p>` + longPara + `</p></body></html>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			art, err := HTML([]byte(tt.body), Input{URL: "https://example.com/x"})
			if err != nil {
				t.Fatalf("HTML: %v", err)
			}
			if art == nil {
				t.Fatal("nil article")
			}
		})
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"",
		"<html><body><p>hello</p></body></html>",
		articlePage(`<meta charset="windows-1252">`, "<p>"+longPara+"</p>"),
		"text<br><br>more<br><br><div>x</div>",
		`<html><head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","author":[{"name":"A B"}],"datePublished":"2024-01-02"}]}</script></head><body><h3><a href=x>T one</a></h3><h3><a href=y>T two</a></h3><h3><a href=z>T three</a></h3></body></html>`,
		"<table><tr><td><form><p>x</td></tr></table></form>",
		"<title>never closed",
		"\xef\xbb\xbf<p>bom</p>",
		"\xff\xfe<\x00p\x00>\x00",
	} {
		f.Add([]byte(s), "")
	}
	f.Add([]byte(articlePage("", "<p>"+longPara+"</p>")), "text/html; charset=utf-16")
	for _, pg := range pathological.Pages(4096) {
		f.Add(pg.HTML, "text/html")
	}
	f.Fuzz(func(t *testing.T, body []byte, ct string) {
		art, err := HTML(body, Input{URL: "https://example.com/a", ContentType: ct})
		if err != nil {
			return
		}
		for _, p := range art.GetParagraphs() {
			if p == "" || p != strings.TrimSpace(p) || strings.Contains(p, "  ") {
				t.Fatalf("paragraph not normalised: %q", p)
			}
		}
		if art.GetPageType() == newsv1.PageType_PAGE_TYPE_NON_ARTICLE && len(art.GetParagraphs()) != 0 {
			t.Fatal("non-article with paragraphs")
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	exps := loadExpectations(b)
	type input struct {
		body []byte
		in   Input
	}
	var inputs []input
	total := 0
	for _, e := range exps {
		body := readFixture(b, e.File)
		inputs = append(inputs, input{body, Input{URL: e.FetchURL, ContentType: "text/html"}})
		total += len(body)
	}
	b.ReportAllocs()
	pages := 0
	for b.Loop() {
		for _, in := range inputs {
			if _, err := HTML(in.body, in.in); err != nil {
				b.Fatal(err)
			}
			pages++
		}
	}
	secs := b.Elapsed().Seconds()
	b.ReportMetric(float64(pages)/secs, "pages/s")
	b.ReportMetric(float64(total)*float64(pages)/float64(len(inputs))/1e6/secs, "MB/s")
}

func TestVisibleByline(t *testing.T) {
	tests := []struct{ name, byline, want string }{
		{"person and agency", `<div class="byline">By Jane Doe, Reuters</div>`, "Jane Doe"},
		{"agency only", `<div class="byline">By Reuters Staff</div>`, ""},
		{"company", `<div class="author">Example Network Ltd</div>`, ""},
		{"two people", `<p class="article-author">By <a rel="author" href="/a/jd">Jane Doe</a> and John Roe</p>`, "Jane Doe, John Roe"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := articlePage(`<meta property="og:type" content="article">`, tt.byline+"<p>"+longPara+"</p><p>"+longPara+" More.</p>")
			art := mustExtract(t, []byte(page), Input{URL: "https://example.com/a"})
			if art.GetByline() != tt.want {
				t.Errorf("byline = %q, want %q", art.GetByline(), tt.want)
			}
			if strings.Contains(strings.Join(art.GetParagraphs(), " "), "By ") {
				t.Errorf("byline line left in text: %q", art.GetParagraphs())
			}
		})
	}
}

// TestRecoveredLayouts covers layouts that older sites still serve: a title
// whose end tag is mangled, a script tag whose src quote is never closed, a
// page wrapped in one ASP.NET <form>, a story
// laid out one paragraph per table row beside a column of headline links,
// and reader comments that outweigh the story.
func TestRecoveredLayouts(t *testing.T) {
	story := strings.Repeat("The council approved the budget after a long debate, officials said on Monday. ", 4)
	comments := strings.Repeat("<p>I think this is a terrible decision by the council and they should all resign now.</p>", 30)
	for _, tc := range []struct {
		name, page string
		want       []string
		not        []string
	}{{
		name: "unclosed title",
		page: `<html><head><title>Budget approved</titavaScript" src="x.js"></script></head><body>` + numbered(story, 6) + `</body></html>`,
		want: []string{"The council approved the budget"},
	}, {
		name: "form wrapper",
		page: `<html><body><form id="aspnetForm" action="/x"><div class="text">` + numbered(story, 3) + `</div></form></body></html>`,
		want: []string{"The council approved the budget"},
	}, {
		name: "table rows",
		page: `<html><body><table><tr><td class="bodyText">A short lead sentence opens the report today.</td></tr>` +
			`<tr><td class="bodyText">` + story + `</td></tr><tr><td class="bodyText">` + story + `</td></tr></table>` +
			`<table><tr><td><a href="/a">First headline here</a></td></tr><tr><td><a href="/b">Second headline here</a></td></tr><tr><td><a href="/c">Third headline here</a></td></tr></table></body></html>`,
		want: []string{"A short lead sentence opens the report today."},
		not:  []string{"First headline here"},
	}, {
		name: "script src with an unclosed quote",
		page: `<html><head><title>Budget approved</title><script type="text/javascript" src="/js/a.js` + "\n" +
			`function f(){ return 1; }</script><script>var tabs = ["one","two"];</script></head><body>` +
			`<table><tr><td>` + numbered(story, 6) + `</td></tr></table>` + strings.Repeat(`<div><p>Filler text of the page, site news and links.</p></div>`, 10) +
			`<script>var x = 1;</script><div class="footer">Site requirements: a browser.</div></body></html>`,
		want: []string{"The council approved the budget"},
		not:  []string{"Site requirements"},
	}, {
		name: "comments outweigh story",
		page: `<html><body><div class="story">` + numbered(story, 3) + `<p>Add your view</p>` + comments + `</div></body></html>`,
		want: []string{"The council approved the budget"},
		not:  []string{"terrible decision", "Add your view"},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			a := mustExtract(t, []byte(tc.page), Input{URL: "https://news.test/story"})
			checkText(t, a.GetParagraphs(), tc.want, tc.not)
		})
	}
}

func TestNormalizeFastPath(t *testing.T) {
	for in, want := range map[string]string{
		"plain text":          "plain text",
		"  two  spaces\t\n":   "two spaces",
		"nbsp\u00a0here":      "nbsp here",
		"zero\u200bwidth":     "zerowidth",
		"e\u0301":             "\u00e9",
		"":                    "",
		"a b":                 "a b",
		"trailing ":           "trailing",
		"Caf\u00e9  au  lait": "Caf\u00e9 au lait",
	} {
		if got := normalize(in); got != want {
			t.Errorf("normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

// numbered returns n distinct paragraphs built from s.
func numbered(s string, n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "<p>Part %d. %s</p>", i+1, s)
	}
	return b.String()
}
