package extract

import (
	"testing"

	"golang.org/x/net/html"
)

// TestGutterBlockPrefilter checks that gutterBlock, which asks anyText
// whether a cell's text holds anything but numbers before it builds the
// text, answers as building the text always did (lineNumbers(textOf(n)))
// on gutters and on cells in several languages and scripts.
func TestGutterBlockPrefilter(t *testing.T) {
	for _, tc := range []struct {
		name, cell string
		want       bool
	}{
		{"gutter in a pre", "<pre id=x>1\n2\n3\n4</pre>", true},
		{"gutter in a cell, spans per line", "<table><tr><td id=x><span>1</span><br><span>2</span><br><span>3</span></td></tr></table>", true},
		{"gutter beside a copy button", "<pre id=x>1\n2\n3<button>Copy</button></pre>", true},
		{"gutter with no-break spaces", "<pre id=x>1\u00a02\u00a03</pre>", true},
		{"gutter with a zero-width space", "<pre id=x>1\u200b\n2\n3</pre>", lineNumbers(normalize("1\u200b 2 3"))},
		{"one number is no gutter", "<pre id=x>1</pre>", false},
		{"numbers out of order", "<pre id=x>1\n3\n2</pre>", false},
		{"English cell", "<table><tr><td id=x>Line 1 2 3</td></tr></table>", false},
		{"German cell after the numbers", "<table><tr><td id=x>1 2 3 Zeilen</td></tr></table>", false},
		{"French numbered steps", "<pre id=x>1. Préchauffer\n2. Mélanger\n3. Cuire</pre>", false},
		{"Russian cell", "<table><tr><td id=x>строка 1 2 3</td></tr></table>", false},
		{"Arabic-Indic digits", "<pre id=x>١\n٢\n٣</pre>", false},
		{"full-width digits", "<pre id=x>１\n２\n３</pre>", false},
		{"Japanese cell", "<table><tr><td id=x>1 2 3 行目</td></tr></table>", false},
		{"no element kind of a gutter", "<div id=x>1\n2\n3</div>", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := testPage(t, tc.cell)
			n := byID(t, p, "x")
			ref := (n.DataAtom.String() == "pre" || n.DataAtom.String() == "td") && lineNumbers(textOf(n))
			if got := gutterBlock(n, p.st); got != tc.want || got != ref {
				t.Errorf("gutterBlock = %v, want %v (the text's own answer %v)", got, tc.want, ref)
			}
		})
	}
}

// TestAnyTextStopsAtFirst checks that anyText reads the text textOf
// writes, in document order, skips what textOf skips, and stops at the
// first text that matches.
func TestAnyTextStopsAtFirst(t *testing.T) {
	p := testPage(t, `<div id=x><p>eins</p><script>var a</script><button>Menü</button><h2>Titel<button>zwei</button></h2><p>drei</p><p>vier</p></div>`)
	var seen []string
	got := anyText(byID(t, p, "x"), func(s string) bool {
		seen = append(seen, s)
		return s == "drei"
	})
	want := []string{"eins", "Titel", "zwei", "drei"}
	if !got || len(seen) != len(want) {
		t.Fatalf("anyText = %v, read %q, want true after %q", got, seen, want)
	}
	for i := range want {
		if seen[i] != want[i] {
			t.Fatalf("read %q, want %q", seen, want)
		}
	}
	if anyText(byID(t, p, "x"), func(s string) bool { return s == "Menü" }) {
		t.Error("anyText read a button's text that textOf skips")
	}
	var empty html.Node
	empty.Type = html.ElementNode
	if anyText(&empty, func(string) bool { return true }) {
		t.Error("anyText found text in an empty element")
	}
}
