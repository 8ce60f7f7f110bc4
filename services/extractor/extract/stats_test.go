package extract

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// countTextRunes is countText as it was written first, rune by rune: the
// reference for the ASCII shortcut.
func countTextRunes(s string) (chars, words, commas int) {
	in := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		chars++
		if r == ',' || r == '，' || r == '、' {
			commas++
		}
		if !in {
			in = true
			words++
		}
	}
	return chars, words, commas
}

func FuzzCountText(f *testing.F) {
	for _, s := range []string{"", "a, b", " two  words ", "x\u00a0y\u0085z", "一，二、三", "\xff\xfe a", "\v\f\r\n\t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, w, k := countText(s)
		rc, rw, rk := countTextRunes(s)
		if c != rc || w != rw || k != rk {
			t.Fatalf("countText(%q) = %d, %d, %d; rune by rune %d, %d, %d", s, c, w, k, rc, rw, rk)
		}
	})
}

// wordsRunes is words as it was written first, rune by rune.
func wordsRunes(s string) int {
	n := 0
	in := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

func FuzzWords(f *testing.F) {
	for _, s := range []string{"", "one", " two  words ", "x\u00a0y\u0085z\u2003w", "\xff\xfe a", "\v\f\r\n\t", "日本 語"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := words(s), wordsRunes(s); got != want {
			t.Fatalf("words(%q) = %d, rune by rune %d", s, got, want)
		}
	})
}

// computeStatsReference is computeStats as it was before it kept an entry
// per element only and reused its scratch (an item and an nstat for every
// node, comments included): the reference for FuzzComputeStats.
func computeStatsReference(root *html.Node) map[*html.Node]nstat {
	type item struct {
		n      *html.Node
		parent int
		block  int
		link   bool
	}
	items := []item{{n: root, parent: -1, block: 0}}
	type fr struct {
		n      *html.Node
		parent int
	}
	stack := []fr{}
	for c := root.LastChild; c != nil; c = c.PrevSibling {
		stack = append(stack, fr{c, 0})
	}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		p := items[f.parent]
		it := item{n: f.n, parent: f.parent, block: p.block, link: p.link}
		if f.n.Type == html.ElementNode {
			if skipAtoms[f.n.DataAtom] && !headingButton(f.n) {
				continue
			}
			if f.n.DataAtom == atom.A {
				it.link = true
			}
		}
		idx := len(items)
		if isBlock(f.n) {
			it.block = idx
		}
		items = append(items, it)
		if f.n.Type == html.ElementNode {
			for c := f.n.LastChild; c != nil; c = c.PrevSibling {
				stack = append(stack, fr{c, idx})
			}
		}
	}
	m := map[*html.Node]*nstat{}
	vals := make([]nstat, len(items))
	for i := len(items) - 1; i >= 0; i-- {
		it := items[i]
		v := &vals[i]
		switch it.n.Type {
		case html.TextNode:
			c, w, commas := countTextRunes(it.n.Data)
			v.chars, v.words = c, w
			if it.link {
				v.linkChars = c
			}
			if w >= 6 {
				v.pwords = w
			}
			v.inl = inline{chars: c, commas: commas}
			if it.link {
				v.inl.link = c
			}
		case html.ElementNode, html.DocumentNode:
			m[it.n] = v
			if it.n.DataAtom == atom.A {
				v.links++
			}
			if it.n.DataAtom == atom.Br {
				v.inl.br++
			}
		}
		if i > 0 && it.block == i {
			v.ownChars += v.inl.chars
			v.ownCommas += v.inl.commas
			v.ownLink += v.inl.link
			v.ownBr += v.inl.br
			v.inl = inline{}
		}
		if it.parent >= 0 {
			p := &vals[it.parent]
			p.chars += v.chars
			p.linkChars += v.linkChars
			p.words += v.words
			p.pwords += v.pwords
			p.links += v.links
			p.inl.chars += v.inl.chars
			p.inl.commas += v.inl.commas
			p.inl.link += v.inl.link
			p.inl.br += v.inl.br
		}
	}
	r := &vals[0]
	r.ownChars += r.inl.chars
	r.ownCommas += r.inl.commas
	r.ownLink += r.inl.link
	r.ownBr += r.inl.br
	r.inl = inline{}
	out := make(map[*html.Node]nstat, len(m))
	for n, v := range m {
		out[n] = *v
	}
	return out
}

// FuzzComputeStats checks computeStats against the reference on the whole
// document and on its <body>, element by element.
func FuzzComputeStats(f *testing.F) {
	_ = filepath.WalkDir("testdata", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".html") {
			if b, err := os.ReadFile(path); err == nil {
				f.Add(string(b))
			}
		}
		return nil
	})
	for _, s := range []string{
		`<p>One, two three four five six.<br><a href=x>link text</a> tail</p><!-- c --><div><span>x</span><p>y</p></div>`,
		`<ul><li>a<li><a href=/>b, c</a></ul><script>x</script><table><tr><td>1<td>2</table>`,
		"<p>Ünïcödé text、with，commas\u00a0and\u3000spaces</p>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, page string) {
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			return
		}
		roots := []*html.Node{doc}
		if b := findBody(doc); b != nil {
			roots = append(roots, b)
		}
		for _, root := range roots {
			want := computeStatsReference(root)
			got := computeStats(root)
			if len(got.m) != len(want) {
				t.Fatalf("%d entries, reference %d", len(got.m), len(want))
			}
			for n, w := range want {
				if g := got.get(n); g != w {
					t.Fatalf("<%s>: %+v, reference %+v", n.Data, g, w)
				}
			}
		}
	})
}
