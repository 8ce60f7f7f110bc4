package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/unicode/norm"
)

// normalize collapses every run of white space (including NBSP) into one
// space, drops invisible format characters, trims, and applies NFC. Text
// that is already clean ASCII is returned as is, without allocating.
func normalize(s string) string {
	if cleanText(s) {
		return s
	}
	return normalizeCopy(s)
}

// normalizeCopy is normalize without the check for text it would keep as
// it is.
func normalizeCopy(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space, ascii := false, true
	// nfc stays true while every rune written is one that keeps the
	// text in NFC (nfc.go), so that the NFC check below can be skipped.
	safe, nfc := nfcSafe(), true
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if asciiSpace[c] {
				space = true
				continue
			}
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteByte(c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case normalizeDrops(r):
			continue
		case normalizeSpace(r):
			space = true
		default:
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space, ascii = false, false
			if nfc && !nfcSafeRune(safe, r) {
				nfc = false
			}
			b.WriteRune(r)
		}
	}
	out := b.String()
	if !ascii && !nfc && !norm.NFC.IsNormalString(out) {
		out = norm.NFC.String(out)
	}
	return out
}

var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// cleanText reports whether normalize would return s unchanged: text
// without white space other than single inner spaces, whose non-ASCII
// runes are all written as they are (no white space, no invisible format
// character, no invalid byte) and keep it in NFC (nfc.go). Paragraph text
// is folded and matched several times after it was normalized once; this
// spares each of those a copy.
func cleanText(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	var safe *[nfcSafeLimit / 64]uint64
	prev := byte(0)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] && (c != ' ' || prev == ' ') {
				return false
			}
			prev = c
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || normalizeDrops(r) || normalizeSpace(r) {
			return false
		}
		if safe == nil {
			safe = nfcSafe()
		}
		if !nfcSafeRune(safe, r) {
			return false
		}
		prev = 0
		i += size
	}
	return true
}

// normalizeDrops reports the invisible format characters normalize drops.
func normalizeDrops(r rune) bool {
	return r == '\u200b' || r == '\ufeff' || r == '\u200e' || r == '\u200f' || r == '\u2060'
}

// normalizeSpace reports the non-ASCII runes normalize reads as white
// space.
func normalizeSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u202f' || r == '\u2007'
}

// blockAtoms are elements that end the paragraph being built.
var blockAtoms = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Center: true, atom.Dd: true, atom.Details: true, atom.Dialog: true, atom.Div: true,
	atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true,
	atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Header: true, atom.Hgroup: true, atom.Hr: true, atom.Li: true,
	atom.Main: true, atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true,
	atom.Summary: true, atom.Table: true, atom.Tbody: true, atom.Td: true, atom.Th: true,
	atom.Thead: true, atom.Tfoot: true, atom.Tr: true, atom.Ul: true, atom.Body: true,
	atom.Caption: true, atom.Menu: true, atom.Option: true, atom.Legend: true,
}

func isBlock(n *html.Node) bool {
	return n.Type == html.ElementNode && blockSet.has(n.DataAtom)
}

// para is one paragraph of output together with the element it came from.
type para struct {
	text string
	// src is the innermost block element that holds the paragraph.
	src *html.Node
	// heading is true when the paragraph is an h1..h6.
	heading bool
	// linked is true when nearly all the paragraph's text is link text.
	linked bool
	// halfLinked is true when at least half of it is.
	halfLinked bool
	// linkHead is true when the paragraph opens with link text (a teaser
	// headline followed by its summary).
	linkHead bool
	// boldLine is true for a line of bold text ended by a single <br>.
	boldLine bool
	// firstOfSrc and lastOfSrc are true for the first and the last
	// paragraph that src holds (both for its only one). Rules that read
	// src's neighbours or children for a line of its own ask these first:
	// a block of bare text split by <br><br> holds thousands of
	// paragraphs, and reading the block's surroundings once for each of
	// them costs the square of the page.
	firstOfSrc, lastOfSrc bool
}

// maxBoldLineWords bounds a bold heading line.
const maxBoldLineWords = 20

// paragraphs serialises the subtrees of roots into paragraphs: one per block
// element, with runs of two or more <br> acting as paragraph breaks. Inline
// markup is joined without adding spaces. The walk is iterative so deep
// nesting cannot exhaust the stack.
func paragraphs(roots []*html.Node) []para {
	var (
		out   []para
		cur   strings.Builder
		brs   int
		owner *html.Node
		// Non-space bytes of the paragraph being built, and of those
		// inside a link.
		textN, linkN int
		// head is whether the paragraph's first text is link text.
		head bool
		// boldN counts the non-space bytes inside <b> or <strong>; a line
		// of nothing but bold text ended by one <br> is a heading line.
		boldN    int
		boldLine bool
	)
	flush := func(src *html.Node) {
		brs = 0
		if cur.Len() == 0 {
			return
		}
		t := normalize(cur.String())
		heading := boldLine
		boldLine, boldN = false, 0
		linked := textN > 0 && linkN*10 >= textN*9
		half := textN > 0 && linkN*2 >= textN
		cur.Reset()
		textN, linkN = 0, 0
		if owner != nil {
			src = owner
		}
		owner = nil
		if t == "" {
			return
		}
		out = append(out, para{text: t, src: src, heading: heading || isHeading(src), boldLine: heading, linked: linked, halfLinked: half, linkHead: head})
	}
	type frame struct {
		n     *html.Node
		enter bool
		block *html.Node
		link  bool
		bold  bool
	}
	for _, root := range roots {
		stack := []frame{{n: root, enter: true, block: blockOf(root)}}
		for len(stack) > 0 {
			f := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			n := f.n
			if !f.enter {
				flush(n)
				continue
			}
			switch n.Type {
			case html.TextNode:
				if strings.TrimSpace(n.Data) != "" {
					if brs >= 2 {
						flush(f.block)
					}
					brs = 0
					if owner == nil {
						owner = f.block
					}
					k := nonSpace(n.Data)
					if textN == 0 {
						head = f.link
					}
					if f.bold {
						boldN += k
					}
					textN += k
					if f.link {
						linkN += k
					}
				}
				cur.WriteString(n.Data)
				continue
			case html.ElementNode:
				if n.DataAtom == atom.Br {
					brs++
					if brs == 1 && textN > 0 && boldN == textN && words(cur.String()) <= maxBoldLineWords {
						// A bold line ended by one break heads what
						// follows, as <b>Title</b><br>text does in bare
						// bodies.
						boldLine = true
						flush(f.block)
						continue
					}
					cur.WriteByte(' ')
					if brs >= 2 {
						// The break is committed when text follows, so a
						// trailing <br><br> leaves no empty paragraph.
						flush(f.block)
						brs = 2
					}
					continue
				}
				if skipSet.has(n.DataAtom) && !headingButton(n) || glyphLink(n) {
					continue
				}
			case html.DocumentNode:
			default:
				continue
			}
			block, link := f.block, f.link || n.DataAtom == atom.A && attr(n, "href") != ""
			bold := f.bold || n.DataAtom == atom.B || n.DataAtom == atom.Strong
			if isBlock(n) && n.DataAtom != atom.Hr && n != root && !hasText(n) {
				// An empty block (an ad slot between two halves of a word)
				// must not break the paragraph around it.
				continue
			}
			if isBlock(n) {
				flush(block)
				block = n
				stack = append(stack, frame{n: n, enter: false, block: block})
			}
			for c := n.LastChild; c != nil; c = c.PrevSibling {
				stack = append(stack, frame{n: c, enter: true, block: block, link: link, bold: bold})
			}
		}
		flush(root)
	}
	markSrcEnds(out)
	return out
}

// markSrcEnds sets firstOfSrc and lastOfSrc; paragraphs of one src need
// not follow each other (text runs of a block around a child block).
func markSrcEnds(out []para) {
	last := make(map[*html.Node]int, len(out))
	for i := range out {
		if _, ok := last[out[i].src]; !ok {
			out[i].firstOfSrc = true
		}
		last[out[i].src] = i
	}
	for _, i := range last {
		out[i].lastOfSrc = true
	}
}

// nonSpace counts the bytes of s that are not ASCII white space.
func nonSpace(s string) int {
	k := 0
	for i := 0; i < len(s); i++ {
		if !asciiSpace[s[i]&0x7f] || s[i] >= utf8.RuneSelf {
			k++
		}
	}
	return k
}

func blockOf(n *html.Node) *html.Node {
	for p := n; p != nil; p = p.Parent {
		if isBlock(p) {
			return p
		}
	}
	return n
}

func isHeading(n *html.Node) bool {
	if n == nil || n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// textOf returns the normalised text of n's subtree, walking iteratively.
func textOf(n *html.Node) string {
	var b strings.Builder
	appendText(&b, n)
	return normalize(b.String())
}

// appendText writes the text of root's subtree, a space for each <br> and
// block (root included).
func appendText(b *strings.Builder, root *html.Node) { appendLaidOut(b, root, ' ', true) }

// appendLaidOut writes the text of root's subtree as written, with brk for
// each <br> and block element, root itself too when rootBreaks, and
// nothing of what skipAtoms names.
func appendLaidOut(b *strings.Builder, root *html.Node, brk byte, rootBreaks bool) {
	stack := []*html.Node{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			continue
		case html.ElementNode:
			if skipSet.has(n.DataAtom) && !headingButton(n) {
				continue
			}
			if (rootBreaks || n != root) && (n.DataAtom == atom.Br || isBlock(n)) {
				b.WriteByte(brk)
			}
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
}

// skipAtoms never carry article text.
var skipAtoms = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Embed: true,
	atom.Canvas: true, atom.Button: true, atom.Input: true, atom.Select: true,
	atom.Textarea: true, atom.Head: true, atom.Title: true, atom.Link: true, atom.Meta: true,
	atom.Video: true, atom.Audio: true, atom.Picture: true, atom.Map: true, atom.Dialog: false,
}

// words counts white-space separated words.
func words(s string) int {
	n := 0
	// prev is 1 after white space (and at the start), 0 after a
	// non-space: a word starts at each non-space after a space. ASCII
	// bytes are counted without a branch on the byte: paragraphs are
	// counted many times over, and which byte opens a word cannot be
	// predicted.
	prev := 1
	for i := 0; i < len(s); {
		var sp int
		if c := s[i]; c < utf8.RuneSelf {
			// unicode.IsSpace's ASCII set, without decoding.
			sp = int(asciiSpaceBit[c])
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				sp = 1
			}
			i += size
		}
		n += prev &^ sp
		prev = sp
	}
	return n
}

// asciiSpaceBit is asciiSpace as 0 and 1, for words.
var asciiSpaceBit = func() (b [utf8.RuneSelf]uint8) {
	for c, sp := range asciiSpace {
		if sp {
			b[c] = 1
		}
	}
	return b
}()

// hasText reports whether n's subtree holds visible text.
func hasText(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if found {
			return false
		}
		switch c.Type {
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				found = true
			}
			return false
		case html.ElementNode:
			return !skipSet.has(c.DataAtom) || headingButton(c)
		}
		return true
	})
	return found
}
