package extract

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// stripInertTree removes from a parsed page what dropInert leaves out of
// its source: the text of scripts other than JSON-LD and those with a src,
// the text of styles, and the children of the outermost SVG elements.
func stripInertTree(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		clear := false
		switch {
		case c.Namespace == "" && c.DataAtom == atom.Script:
			_, src := attrOK(c, "src")
			typ, _ := attrOK(c, "type")
			clear = !src && !strings.Contains(strings.ToLower(typ), "ld+json")
		case c.Namespace == "" && c.DataAtom == atom.Style:
			clear = true
		case c.Namespace == "svg" && c.Data == "svg":
			clear = true
		}
		if clear {
			c.FirstChild, c.LastChild = nil, nil
			continue
		}
		stripInertTree(c)
	}
}

// stripUnreadAttrs removes the attributes that no code reads (readAttrs)
// from every element of the tree: the ones dropAttrs may leave out.
func stripUnreadAttrs(n *html.Node) {
	if n.Type == html.ElementNode {
		kept := n.Attr[:0]
		for _, a := range n.Attr {
			if a.Namespace == "" && readAttrs[a.Key] {
				kept = append(kept, a)
			}
		}
		n.Attr = kept
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		stripUnreadAttrs(c)
	}
}

func render(t testing.TB, n *html.Node) string {
	t.Helper()
	var b strings.Builder
	if err := html.Render(&b, n); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// checkInert checks that the tree parsed from dropInert(page) is the tree of
// page less what dropInert promises to leave out, or page's own tree when
// the scan gave up; it reports whether anything was dropped.
func checkInert(t testing.TB, page []byte) bool {
	t.Helper()
	reduced := dropInert(page)
	orig, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return false
	}
	got, err := html.Parse(bytes.NewReader(reduced))
	if err != nil {
		t.Fatalf("the reduced page does not parse (%v) though the page does", err)
	}
	s := inertScan{text: page}
	if s.run() {
		stripInertTree(orig)
	}
	stripUnreadAttrs(orig)
	stripUnreadAttrs(got)
	if w, g := render(t, orig), render(t, got); w != g {
		t.Fatalf("tree of the reduced page differs:\npage: %q\nwant: %q\ngot:  %q", page, w, g)
	}
	return len(reduced) < len(page)
}

// manyAttrs returns n distinct attributes.
func manyAttrs(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "a%d=1 ", i)
	}
	return b.String()
}

// TestDropAttrsTokens checks dropAttrs against the tokenizer itself on
// pages without inert content, where the reduced page must read as the
// same tokens (type, including self-closing, name and the attributes code
// reads, as the tokenizer keeps them) in the same order.
func TestDropAttrsTokens(t *testing.T) {
	dropped := 0
	for _, page := range []string{
		`<div data-x="1" a=b data-x=c/>t`,
		`<br data-x="1" a=b data-x=c/>t`,
		`<div a=b/ data-x="1">t</div>`,
		`<img src="/a.png" alt="A" />`,
		`<div onclick="x" class="k"/>t`,
		`<div onclick="a>b` + "\n" + `c" class="k">t</div>`,
		`<div onclick="&amp;&quot;&gt;" class="k">t</div>`,
		`<DIV ONCLICK="x" CLASS="k" Id='i'>t</DIV>`,
		`<div class="a" onclick="x" class="b" ONCLICK="y">t</div>`,
		`<div onclick='x' hidden data-y="2" class=k>t</div>`,
		`<div onclick="x"class="k">t</div>`,
		`<div =onclick="x" class="k">t</div>`,
		`<div onclick= "x" class = "k" >t</div>`,
		"<div\tonclick=\"x\"\fclass=\"k\"\r\n>t</div>",
		`<select><option onclick="x" selected="selected">a</option></select>`,
		`<table><a onclick="x" href="/y">t</a><tr onclick="x"><td data-c="1">c</td></tr></table>`,
		`<form onsubmit="x"><form onsubmit="y"><input onclick="z" name=a></form></form>`,
		`<image onclick="x" src="/a.png">`,
		`<noscript><div onclick="x">t</div></noscript><p data-x="y">u`,
		`<textarea><div onclick="x">t</div></textarea><div onclick="x">u</div>`,
		`<!-- <div onclick="x"> --><div onclick="y">t</div>`,
		`<html onclick="x"><body onload="y"><html lang="en" onclick="z"><body class="b" onload="w">t`,
		`<p data-x="1" ` + manyAttrs(70) + `>t`,
	} {
		reduced := string(dropInert([]byte(page)))
		if reduced != page {
			dropped++
		}
		if w, g := readTokens(page), readTokens(reduced); w != g {
			t.Errorf("page %q\nreduced %q\nreads %s\nwant    %s", page, reduced, g, w)
		}
	}
	// Most of the pages have attributes to drop: the test must see
	// dropping, not only pages left as they are.
	if dropped < 15 {
		t.Errorf("%d pages reduced, want at least 15", dropped)
	}
}

// readTokens lists the tokens of page with the attributes code reads.
func readTokens(page string) string {
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(page))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return b.String()
		}
		tok := z.Token()
		fmt.Fprintf(&b, "%v %q", tt, tok.Data)
		for _, a := range tok.Attr {
			if readAttrs[a.Key] {
				fmt.Fprintf(&b, " %s=%q", a.Key, a.Val)
			}
		}
		b.WriteString("; ")
	}
}

func TestDropInert(t *testing.T) {
	tests := []struct {
		name, page string
		// dropped is whether anything is left out; want, when set, is the
		// reduced page.
		dropped bool
		want    string
	}{
		{"script", `<p>a<script>var x = "<p>b</p>";</script>c`, true, `<p>a<script></script>c`},
		{"script end tag in any case", `<script type=module>x</SCRIPT >y`, true, `<script type=module></SCRIPT >y`},
		{"json-ld kept", `<script type="application/ld+json">{"a":1}</script>`, false, ""},
		{"json-ld escaped type kept", `<script type="application/ld&#43;json">{"a":1}</script>`, false, ""},
		{"src kept", `<script src="/a.js">x</script>`, false, ""},
		{"unterminated script", `<p>a</p><script>if (a < b) {`, true, `<p>a</p><script>`},
		{"escaped script with a nested script gives up", `<script><!--<script>x</script>y</script><p>z`, false, ""},
		{"escaped script", `<script><!-- x --></script><p>z`, true, `<script></script><p>z`},
		{"style", `<style>p > a { color: red }</style><p>t`, true, `<style></style><p>t`},
		{
			"svg", `<a href=/x><svg viewBox="0 0 1 1"><title>Share</title><path d="M0"/><g><use href="#i"></use></g></svg>Share</a>`, true,
			`<a href=/x><svg></svg>Share</a>`,
		},
		// The <svg> root's unread attributes go like any element's; its
		// namespaced ones, whose keys the parser shortens to read ones,
		// stay.
		{
			"svg attributes", `<svg class="icon" width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" xlink:role="img" xml:lang="de" fill="none"><path d="M0"/></svg><p>t`, true,
			`<svg class="icon" aria-hidden="true" xlink:role="img" xml:lang="de"></svg><p>t`,
		},
		{"self-closing svg attributes", `<svg width="1" height="1" /><p>t</p>`, true, `<svg /><p>t</p>`},
		{"svg with unclosed path", `<svg><path d="M0"></svg><p>t`, true, `<svg></svg><p>t`},
		{"self-closing svg", `<svg/><p>t</p>`, false, ""},
		{"nested svg", `<svg><svg><rect/></svg><circle/></svg><p>t`, true, `<svg></svg><p>t`},
		{"html in svg gives up", `<svg><p>text</p></svg>`, false, ""},
		{"end tag of outer element in svg gives up", `<div><svg><path></div>after`, false, ""},
		{"math gives up", `<math><mi>x</mi></math><script>y</script>`, false, ""},
		{"script text in attribute", `<a title="<script>x</script>">y</a>`, false, ""},
		{"script text in a comment", `<!-- <script>x</script> --><p>y`, false, ""},
		{"script text in title", `<title><script>x</script></title><p>y`, false, ""},
		{"script text in textarea", `<textarea><style>x</style></textarea>`, false, ""},
		{"quoted > in a tag", `<div class="a>b"><script>x</script></div>`, true, `<div class="a>b"><script></script></div>`},
		{"unread attributes", `<div class="c" onclick="go()" data-x='1'><img src="/i.png" srcset="/a.png 2x" loading="lazy" alt="A"></div>`, true, `<div class="c"><img src="/i.png" alt="A"></div>`},
		{"unread attribute before a key without a space kept", `<div data-x="1"class="c">t</div>`, false, ""},
		{"unread attribute without quotes kept", `<div data-x=1 class="c">t</div>`, false, ""},
		{"unread attribute of a formatting element kept", `<b data-x="1">t</b>`, false, ""},
		{"unread attribute before a self-closing end kept", `<br a=b/ data-x="1">`, false, ""},
		{"no inert content", `<p>plain</p>`, false, ""},
		{"svg ending in an unquoted value", `<svg a=x/><path/></svg><p>t`, true, `<svg a=x/></svg><p>t`},
		{"self-closing svg after a duplicate", `<svg a=1 a=x/><p>t</p>`, false, ""},
		// A tag of many attributes is scanned once (duplicates are not
		// looked up per attribute, which was quadratic).
		{"many attributes", "<svg " + strings.Repeat("a=1 ", 100_000) + "/><script>x</script>", true, ""},
		{"json-ld type past many attributes kept", "<script " + manyAttrs(100) + "type=application/ld+json>{}</script>", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dropped := checkInert(t, []byte(tt.page))
			if dropped != tt.dropped {
				t.Fatalf("dropped = %v, want %v (result %q)", dropped, tt.dropped, dropInert([]byte(tt.page)))
			}
			if tt.want != "" {
				if got := string(dropInert([]byte(tt.page))); got != tt.want {
					t.Errorf("dropInert = %q, want %q", got, tt.want)
				}
			}
		})
	}
}

// TestDropInertPages checks the reduced tree of every modern-layout page
// and every fixture, and that the modern pages (mostly sprites, styles and
// scripts) lose most of their bytes.
func TestDropInertPages(t *testing.T) {
	for i, p := range modernPages(t) {
		if !checkInert(t, p) {
			t.Errorf("modern page %d: nothing dropped", i)
		}
		if r := len(dropInert(p)); r*2 > len(p) {
			t.Errorf("modern page %d: %d of %d bytes left, want at most half", i, r, len(p))
		}
	}
	for _, e := range loadExpectations(t) {
		checkInert(t, readFixture(t, e.File))
	}
}

func FuzzDropInert(f *testing.F) {
	_ = filepath.WalkDir("testdata", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".html") {
			if b, err := os.ReadFile(path); err == nil {
				f.Add(b)
			}
		}
		return nil
	})
	for _, s := range []string{
		`<svg><title>a</title><path/></svg>`, `<script><!--x--></script>`, `<style>a</style>`,
		`<div><svg><g><text>x</text></g></svg></div>`, `<select><svg><title>x</title></svg></select>`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, page []byte) {
		checkInert(t, page)
	})
}

// FuzzDropAttrsTokens checks on pages without inert content that the
// reduced page reads as the same tokens, self-closing flags included
// (the tree comparison of FuzzDropInert does not see a flag that the
// parser ignores).
func FuzzDropAttrsTokens(f *testing.F) {
	for _, s := range []string{
		`<div data-x="1" a=b data-x=c/>t`, `<img src="/a.png" alt="A" />`, `<div a=b/ data-x="1">t</div>`,
		`<p onclick="x" class="k" ONCLICK='y'>t`, `<textarea><b x="1"></textarea><i y="2">`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, page string) {
		lower := strings.ToLower(page)
		for _, inert := range []string{"<script", "<style", "<svg"} {
			if strings.Contains(lower, inert) {
				// Inert content is left out too: FuzzDropInert
				// compares those pages' trees.
				return
			}
		}
		reduced := string(dropInert([]byte(page)))
		if w, g := readTokens(page), readTokens(reduced); w != g {
			t.Fatalf("page %q\nreduced %q\nreads %s\nwant    %s", page, reduced, g, w)
		}
	})
}

// TestSVGAttrsRead checks that every attribute code reads (attr, by key,
// whatever the namespace) of an <svg> root reads the same from the reduced
// page as from the page: the parser shortens namespaced keys ("xlink:role"
// to "role"), which the drop of unread attributes must keep.
func TestSVGAttrsRead(t *testing.T) {
	page := []byte(`<p>t<svg class="i" width="24" height="24" viewBox="0 0 24 24" xlink:href="#x" xlink:role="img" xlink:type="simple" xlink:title="Teilen" xml:lang="de" xml:space="preserve" aria-hidden="true" fill="none" data-v="1"><use href="#s"/></svg>u</p>`)
	first := func(b []byte) *html.Node {
		doc, err := html.Parse(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		var svg *html.Node
		walk(doc, func(n *html.Node) bool {
			if svg == nil && n.Type == html.ElementNode && n.Data == "svg" {
				svg = n
			}
			return svg == nil
		})
		if svg == nil {
			t.Fatal("no svg")
		}
		return svg
	}
	reduced := dropInert(page)
	if len(reduced) >= len(page)-len(`<use href="#s"/>`) {
		t.Fatalf("no attribute of the svg dropped: %q", reduced)
	}
	full, got := first(page), first(reduced)
	for key := range readAttrs {
		if w, g := attr(full, key), attr(got, key); w != g {
			t.Errorf("attr(svg, %q) = %q, want %q (reduced %q)", key, g, w, reduced)
		}
	}
}

// TestEqualFoldASCII checks the name comparison of the scan for both kinds
// of its second argument: b is lower-cased, s is compared as it is (an SVG
// end tag matches its start tag as written only when that is lower case,
// as before the []byte form saved svgEnd a copy per end tag).
func TestEqualFoldASCII(t *testing.T) {
	for _, tc := range []struct {
		b, s string
		want bool
	}{
		{"script", "script", true},
		{"SCRIPT", "script", true},
		{"ScRiPt", "script", true},
		{"style", "script", false},
		{"path", "pat", false},
		{"linearGradient", "linearGradient", false},
		{"lineargradient", "linearGradient", false},
		{"LINEARGRADIENT", "lineargradient", true},
		{"título", "título", true},
		{"", "", true},
	} {
		if got := equalFoldASCII([]byte(tc.b), tc.s); got != tc.want {
			t.Errorf("equalFoldASCII(%q, string %q) = %v, want %v", tc.b, tc.s, got, tc.want)
		}
		if got := equalFoldASCII([]byte(tc.b), []byte(tc.s)); got != tc.want {
			t.Errorf("equalFoldASCII(%q, bytes %q) = %v, want %v", tc.b, tc.s, got, tc.want)
		}
	}
	for c := range 256 {
		if got, want := isSpace(byte(c)), c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f'; got != want {
			t.Errorf("isSpace(%#x) = %v, want %v", c, got, want)
		}
	}
}
