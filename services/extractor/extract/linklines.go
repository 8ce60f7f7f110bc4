package extract

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Two kinds of short line sit at the edges of a story and read as chrome
// by their shape alone, in any language: a line of nothing but a few short
// links (a card's "Print · Pin" buttons, a tag line "Topics: A B") and a
// publication stamp that carries an update stamp too, which runs longer
// than one stamp does.

// clockRe is a time of day inside a line ("à 18:05", "18h05").
var clockRe = regexp.MustCompile(`(^|\D)\d{1,2}[:h]\d{2}(\D|$)`)

const (
	// maxStampWords bounds a stamp line that holds a publication and an
	// update stamp ("Publié le 5 déc. 2026 à 18:05, mis à jour le 6 déc.
	// à 09:12": 15 words).
	maxStampWords = 24
	// maxShortLinkLineWords bounds a line of short links; maxLinkWords one of
	// its links and maxLinkLineLabelWords the label before them.
	maxShortLinkLineWords = 12
	maxLinkWords          = 4
	maxLinkLineLabelWords = 3
	// maxLinkLineNodes bounds the nodes of the block a line of links is
	// looked for in.
	maxLinkLineNodes = 200
)

// stampedLine reports a line that opens with a publication or update
// stamp, holds a year and a time of day and ends no sentence: the page's
// stamp however many stamps it joins, not a line of the story.
func stampedLine(t string, n int) bool {
	return n <= maxStampWords && stampOpenerRe.MatchString(t) && yearRe.MatchString(t) &&
		clockRe.MatchString(t) && !endsSentence(t)
}

// maxStampPartWords bounds one part of a byline-and-stamp line.
const maxStampPartWords = 6

// bylineStampLine reports a line of short parts joined by "·" or "|" one
// of which is a date stamp ("Laura Gómez · Valladolid · Sáb, 5 dic 2026,
// 07:30"): the byline, place and date a page prints over a story, with
// abbreviated day and month names in any language; a sentence of the
// story has no such parts.
func bylineStampLine(t string, n int) bool {
	if n > maxStampWords || endsSentence(t) || !strings.ContainsAny(t, "·|") {
		return false
	}
	stamp := false
	for part := range strings.FieldsFuncSeq(t, func(r rune) bool { return r == '·' || r == '|' }) {
		w := words(part)
		if w > maxStampPartWords {
			return false
		}
		stamp = stamp || w > 0 && datedStamp(strings.TrimSpace(part))
	}
	return stamp
}

// shortLinkLine reports a paragraph that is nothing but two or more short
// links, with at most a label ending in a colon before them and
// separators between them ("Stampa Salva su Pinterest", "Sujets :
// Sécheresse Drôme"): buttons or tags, not a sentence. A list item or a
// table cell is data of its own list or table, and a heading is no line
// of links.
func shortLinkLine(pa para, n int) bool {
	if pa.src == nil || pa.heading || n > maxShortLinkLineWords || n < 2 || endsSentence(pa.text) {
		return false
	}
	for q, k := pa.src, 0; q != nil && k < 3; q, k = q.Parent, k+1 {
		if q.DataAtom == atom.Li || q.DataAtom == atom.Td || q.DataAtom == atom.Th || q.DataAtom == atom.Dd {
			return false
		}
	}
	rest, links := pa.text, 0
	bad := false
	// A short line's block is small; a large one (a line of inline text
	// in a wrapper of many blocks, a block of bare lines) is not walked
	// whole for it.
	whole := walkBounded(pa.src, maxLinkLineNodes, func(c *html.Node) bool {
		if bad || c.Type != html.ElementNode || c.DataAtom != atom.A {
			return !bad
		}
		lt := strings.Join(strings.Fields(textOf(c)), " ")
		if lt == "" {
			return false
		}
		i := strings.Index(rest, lt)
		if i < 0 {
			// A link of the element outside this paragraph (a block
			// before it).
			return false
		}
		if words(lt) > maxLinkWords {
			bad = true
			return false
		}
		rest = rest[:i] + " | " + rest[i+len(lt):]
		links++
		return false
	})
	if bad || !whole || links < 2 {
		return false
	}
	// What is left is separators, and at most a short label ending in a
	// colon before the first link.
	rest = strings.TrimSpace(rest)
	if label, after, ok := strings.Cut(rest, ":"); ok && !strings.Contains(label, "|") {
		if words(label) > maxLinkLineLabelWords {
			return false
		}
		rest = after
	}
	for _, r := range rest {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// Bounds of a cross-link line: the headline it links is a few words and
// no paragraph.
const (
	minCrossLinkWords = 3
	maxCrossLinkWords = 20
)

// layoutCell reports a table cell holding more than a line of n words:
// another paragraph of text beside it.
func layoutCell(td *html.Node, n int) bool {
	w := 0
	walk(td, func(c *html.Node) bool {
		if w > 2*n || c.Type == html.ElementNode && skipSet.has(c.DataAtom) {
			return false
		}
		if c.Type == html.TextNode {
			w += words(c.Data)
		}
		return true
	})
	return w > 2*n
}

// crossLinkLine reports a paragraph that is a short label ending in a
// colon and one link that is all the rest ("Read more: Storm closes
// schools across the region", "Lesen Sie auch: …"): a pointer to another
// story set between the paragraphs of this one, in any language, told by
// its shape. A sentence that quotes or cites goes on after its link or has
// no label; a list item or table cell is data of its list or table,
// unless the cell holds more than the line: an old page laid out in a
// table has its whole story in one cell.
func crossLinkLine(pa para, n int) bool {
	if pa.src == nil || pa.heading || n > maxCrossLinkWords+maxLinkLineLabelWords {
		return false
	}
	label, rest, ok := strings.Cut(pa.text, ":")
	if !ok || words(label) == 0 || words(label) > maxLinkLineLabelWords {
		return false
	}
	rest = strings.TrimSpace(rest)
	if w := words(rest); w < minCrossLinkWords || w > maxCrossLinkWords {
		return false
	}
	for q, k := pa.src, 0; q != nil && k < 3; q, k = q.Parent, k+1 {
		if q.DataAtom == atom.Li || q.DataAtom == atom.Dd || (q.DataAtom == atom.Td || q.DataAtom == atom.Th) && !layoutCell(q, n) {
			return false
		}
	}
	found, links := false, 0
	whole := walkBounded(pa.src, maxLinkLineNodes, func(c *html.Node) bool {
		if links > 1 {
			return false
		}
		if c.Type != html.ElementNode || c.DataAtom != atom.A {
			return true
		}
		lt := strings.Join(strings.Fields(textOf(c)), " ")
		if lt == "" {
			return false
		}
		links++
		found = found || lt == rest
		return false
	})
	return whole && found && links == 1
}

// walkBounded is walk (the same order, fn's result telling whether to
// descend) that visits at most limit nodes and reports whether it
// visited all it was to. It follows the tree's links instead of stacking
// each node's children, so a node with a hundred thousand children costs
// no more than limit visits: walk stacks them all before the first one.
func walkBounded(root *html.Node, limit int, fn func(*html.Node) bool) bool {
	n := root
	for seen := 1; ; seen++ {
		if seen > limit {
			return false
		}
		if fn(n) && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		for n != root && n.NextSibling == nil {
			n = n.Parent
		}
		if n == root {
			return true
		}
		n = n.NextSibling
	}
}
