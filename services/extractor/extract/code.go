package extract

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Code blocks. A <pre> is text line by line: its paragraph keeps the
// block's line breaks (single newlines, never a blank line, which
// separates paragraphs) and each line's indentation. What highlighters set
// around it is not text: a gutter of line numbers (a <pre> or table cell
// of nothing but 1, 2, 3 … beside the code) and the block's toolbar.

// maxGutterLines bounds the line numbers read from one gutter.
const maxGutterLines = 10000

// lineNumbers reports whether s is the run 1, 2, 3 … n (n ≥ 2) and nothing
// else: a code block's gutter of line numbers.
func lineNumbers(s string) bool {
	want := 1
	for f := range strings.FieldsSeq(s) {
		if want > maxGutterLines || f != strconv.Itoa(want) {
			return false
		}
		want++
	}
	return want > 2
}

// gutterBlock reports whether n is a code block's gutter: a <pre>, or a
// table cell with nothing else, whose text is line numbers alone.
func gutterBlock(n *html.Node, st stats) bool {
	if n.DataAtom != atom.Pre && n.DataAtom != atom.Td {
		return false
	}
	if st.get(n).chars > 8*maxGutterLines {
		return false
	}
	// Most cells hold a letter or a mark in their first text node: that
	// rules them out without building their text.
	if anyText(n, notNumerals) {
		return false
	}
	return lineNumbers(textOf(n))
}

// holdsPre reports whether a <pre> with text sits under n: the box is a
// code block's wrapper (a toolbar of copy and language buttons sits
// beside the code, never around it).
func holdsPre(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if found {
			return false
		}
		if c.Type == html.ElementNode && c.DataAtom == atom.Pre && strings.TrimSpace(textOf(c)) != "" {
			found = true
		}
		return !found
	})
	return found
}

// codeText returns the text of a paragraph that is a whole <pre> block
// with its line breaks: each line normalised after its indentation, empty
// lines dropped. ok is false when pa is not such a paragraph (its text is
// not the block's text, as when a rule cut part of it). Only the one
// paragraph of its <pre> can be the whole block: a <pre> split by
// <br><br> into thousands of paragraphs had its text built again for each.
func codeText(pa para) (string, bool) {
	if pa.src == nil || pa.src.DataAtom != atom.Pre || !pa.firstOfSrc || !pa.lastOfSrc || !strings.ContainsRune(pa.text, ' ') {
		return "", false
	}
	var raw strings.Builder
	appendPreText(&raw, pa.src)
	var lines []string
	for l := range strings.SplitSeq(raw.String(), "\n") {
		rest := strings.TrimLeft(l, " \t")
		t := normalize(rest)
		if t == "" {
			continue
		}
		lines = append(lines, l[:len(l)-len(rest)]+t)
	}
	if len(lines) < 2 || !codeLike(pa.src, lines) {
		return "", false
	}
	out := strings.Join(lines, "\n")
	if normalize(out) != pa.text {
		return "", false
	}
	return out, true
}

// maxCodeLineWords is the mean words per line under which a <pre>
// without a <code> inside is code; prose set in a fixed font (a
// plain-text release wrapped at 72 columns, ten words a line and more) is
// one paragraph whose line breaks are no part of its text.
const maxCodeLineWords = 7

// codeLike reports whether a <pre> block is code: it holds a <code>
// element, or its lines hold few words on average.
func codeLike(pre *html.Node, lines []string) bool {
	for c := pre.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Code {
			return true
		}
	}
	n := 0
	for _, l := range lines {
		n += words(l)
	}
	return n < maxCodeLineWords*len(lines)
}

// appendPreText writes the text under a <pre> as it is laid out: text as
// written, a line break for a <br> or a block inside.
func appendPreText(b *strings.Builder, root *html.Node) { appendLaidOut(b, root, '\n', false) }
