package extract

import (
	"runtime"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestWalkBounded checks that walkBounded visits what walk visits, in
// walk's order and descending where walk does, and stops at its limit.
func TestWalkBounded(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<div><p>a <a href="/x">b <i>c</i></a> d</p><ul><li>e</li><li>f <b>g</b></li></ul><span></span></div>`))
	if err != nil {
		t.Fatal(err)
	}
	root := findBody(doc)
	// Links are not descended into.
	skipLinks := func(out *[]*html.Node) func(*html.Node) bool {
		return func(n *html.Node) bool {
			*out = append(*out, n)
			return n.Data != "a"
		}
	}
	var want, got []*html.Node
	walk(root, skipLinks(&want))
	if !walkBounded(root, len(want), skipLinks(&got)) {
		t.Errorf("walkBounded with limit %d reported an unfinished walk", len(want))
	}
	if !slices.Equal(got, want) {
		t.Errorf("walkBounded visited %d nodes, walk %d, or in another order", len(got), len(want))
	}
	got = got[:0]
	if walkBounded(root, len(want)-1, skipLinks(&got)) {
		t.Errorf("walkBounded with limit %d reported a whole walk of %d nodes", len(want)-1, len(want))
	}
	if !slices.Equal(got, want[:len(want)-1]) {
		t.Errorf("walkBounded with limit %d visited %d nodes", len(want)-1, len(got))
	}
	leaf := want[len(want)-1]
	got = got[:0]
	if !walkBounded(leaf, 1, skipLinks(&got)) || len(got) != 1 {
		t.Errorf("walkBounded of a leaf visited %d nodes", len(got))
	}
}

// TestLinkLinesReadABoundedBlock checks that the line rules that walk a
// line's block read a bounded part of it: a block of bare lines split by
// <br><br> holds thousands of paragraphs and as many children, and walk
// stacked all the children for each of its lines, allocating the square
// of the page.
func TestLinkLinesReadABoundedBlock(t *testing.T) {
	var b strings.Builder
	b.WriteString("<div>")
	for range 20_000 {
		b.WriteString("Serves: 4<br><br>")
	}
	b.WriteString("</div>")
	doc, err := html.Parse(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	body := findBody(doc)
	pa := para{text: "Serves: 4", src: body.FirstChild}
	const calls = 100
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range calls {
		if shortLinkLine(pa, 2) || crossLinkLine(pa, 2) {
			t.Fatal("a line without links read as a line of links")
		}
	}
	runtime.ReadMemStats(&after)
	// walk stacked 60,000 children, half a megabyte, per call.
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 1<<20 {
		t.Errorf("%d calls allocated %d KB, want at most 1 MB", calls, alloc>>10)
	}
}
