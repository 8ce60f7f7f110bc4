package extract

import (
	"bytes"
	"slices"
	"sync"

	"golang.org/x/net/html"
)

// dropInert returns text without what never becomes text or is read by any
// rule: the contents of <script> (except JSON-LD, which metadata reads, and
// scripts with a src, whose mangled start tag parse.go repairs), the
// contents of <style>, and the children of inline <svg> (the element stays
// as an empty placeholder, for the rules that see an icon). On modern pages
// these are most of the bytes: sprites, inline CSS and JavaScript bundles,
// serialised state. The HTML parser would tokenize every byte of them and
// build a node for every SVG path; the scan here finds their ends with
// bytes.Index and costs a small fraction of that, so the parse follows the
// text rather than the markup.
//
// The scan follows the tokenizer of golang.org/x/net/html (tags with their
// quoted attributes, comments, raw-text elements, the end of a script) so
// that the tree built from the result is the tree of the page less the
// dropped nodes. Where the page holds something whose tokenizing depends on
// the parser's state in ways the scan does not follow (script
// double-escaping, <math>, HTML inside SVG, unusual comments), text is
// returned as it is: dropping is only ever a saving.
func dropInert(text []byte) []byte {
	out, _ := dropInertInto(nil, text, false)
	return out
}

// dropInertInto is dropInert writing into buf's memory; used reports
// whether the result is in buf (otherwise it is text itself).
func dropInertInto(buf, text []byte, keepAttrs bool) (out []byte, used bool) {
	s := inertScan{text: text, out: buf[:0], keepAttrs: keepAttrs}
	if !s.run() || s.from == 0 {
		return text, false
	}
	s.out = append(s.out, text[s.from:]...)
	return s.out, true
}

// parseInert parses text less its inert content (dropInert). The reduced
// copy lives only until the parser has read it, so its memory is reused
// from page to page.
func parseInert(text []byte, keepAttrs bool) (*html.Node, error) {
	bp := inertBufs.Get().(*[]byte)
	out, used := dropInertInto(*bp, text, keepAttrs)
	doc, err := html.Parse(bytes.NewReader(out))
	if used && cap(out) <= maxPooledInert {
		*bp = out[:0]
	}
	inertBufs.Put(bp)
	return doc, err
}

// inertBufs holds dropInert's output buffers for reuse; a buffer larger
// than maxPooledInert (a huge page's) is left to the collector.
var inertBufs = sync.Pool{New: func() any { return new([]byte) }}

const maxPooledInert = 4 << 20

type inertScan struct {
	text []byte
	out  []byte
	// from is the start of what is still to be copied to out.
	from int
	// attrs is readTag's buffer.
	attrs [][4]int
	// lower is a buffer for a lower-cased tag name.
	lower []byte
	// keepAttrs turns dropAttrs off (per-site selectors that read
	// attributes: selectorReadsAttrs).
	keepAttrs bool
}

// drop leaves text[a:b] out of the result.
func (s *inertScan) drop(a, b int) {
	if b <= a {
		return
	}
	if s.out == nil {
		s.out = make([]byte, 0, len(s.text)/2)
	}
	s.out = append(s.out, s.text[s.from:a]...)
	s.from = b
}

// run scans the page; it reports false when the page holds something the
// scan does not follow.
func (s *inertScan) run() bool {
	t := s.text
	i := 0
	for {
		j := bytes.IndexByte(t[i:], '<')
		if j < 0 || i+j+1 >= len(t) {
			return true
		}
		i += j
		c := t[i+1]
		switch {
		case isASCIILetter(c):
			tag := readTag(t, i+1, s.attrs)
			s.attrs = tag.attrs
			if tag.end < 0 {
				// The tag runs to the end of the page.
				return true
			}
			name := tag.name(t)
			s.lower = lowerASCII(s.lower[:0], name)
			if !s.keepAttrs {
				s.dropAttrs(tag, s.lower)
			}
			i = tag.end
			var ok bool
			if i, ok = s.startTag(tag, name, i); !ok {
				return false
			}
		case c == '/':
			if i+2 >= len(t) {
				return true
			}
			switch c2 := t[i+2]; {
			case c2 == '>':
				i += 3
			case isASCIILetter(c2):
				tag := readTag(t, i+2, s.attrs)
				s.attrs = tag.attrs
				if tag.end < 0 {
					return true
				}
				i = tag.end
			default:
				k := bytes.IndexByte(t[i:], '>')
				if k < 0 {
					return true
				}
				i += k + 1
			}
		case c == '!' || c == '?':
			k, ok := skipMarkup(t, i, false)
			if !ok {
				return false
			}
			if k < 0 {
				return true
			}
			i = k
		default:
			i++
		}
	}
}

// startTag handles the start tag that ends at i; it returns where scanning
// goes on.
func (s *inertScan) startTag(tag tagSpan, name []byte, i int) (int, bool) {
	t := s.text
	switch {
	case equalFoldASCII(name, "script"):
		end, ok := rawEnd(t, i, "script")
		if end < 0 {
			// The script runs to the end of the page.
			end = len(t)
		}
		body := t[i:end]
		if !ok || bytes.Contains(body, []byte("<!--")) && indexFold(body, []byte("<script")) >= 0 {
			// Script double-escaping: the first </script> may not end it.
			return 0, false
		}
		if v, has := tag.attr(t, "type"); has && isJSONLD(v) || tag.nattrs > maxScanAttrs {
			// JSON-LD, or a script whose type may be past the attributes
			// kept.
			return end, true
		}
		if _, has := tag.attr(t, "src"); has {
			return end, true
		}
		s.drop(i, end)
		return end, true
	case equalFoldASCII(name, "style"):
		end, _ := rawEnd(t, i, "style")
		if end < 0 {
			end = len(t)
		}
		s.drop(i, end)
		return end, true
	case equalFoldASCII(name, "plaintext"), equalFoldASCII(name, "math"):
		return 0, false
	case equalFoldASCII(name, "svg"):
		if tag.unsure {
			return 0, false
		}
		if tag.selfClosing {
			return i, true
		}
		end, ok := svgEnd(t, i)
		if !ok {
			return 0, false
		}
		if end < 0 {
			end = len(t)
		}
		s.drop(i, end)
		return end, true
	}
	for _, r := range rawTextNames {
		if equalFoldASCII(name, r) {
			end, _ := rawEnd(t, i, r)
			if end < 0 {
				return len(t), true
			}
			return end, true
		}
	}
	return i, true
}

// isJSONLD reports whether a script's raw type attribute is read by
// metadata.go as JSON-LD.
func isJSONLD(v []byte) bool {
	if bytes.IndexByte(v, '&') >= 0 {
		v = []byte(html.UnescapeString(string(v)))
	}
	return bytes.Contains(bytes.ToLower(v), []byte("ld+json"))
}

// rawTextNames are the other elements whose contents the tokenizer reads as
// raw text up to their end tag.
var rawTextNames = []string{"iframe", "noembed", "noframes", "noscript", "textarea", "title", "xmp"}

// rawEnd returns the offset of the end tag "</name" (followed by white
// space, '/' or '>', in any case) from i on, or -1. ok is false when the
// text before it holds "</name" that the tokenizer might read differently.
func rawEnd(t []byte, i int, name string) (int, bool) {
	for k := i; ; {
		j := bytes.Index(t[k:], []byte("</"))
		if j < 0 {
			return -1, true
		}
		k += j
		n := k + 2 + len(name)
		if n < len(t) && equalFoldASCII(t[k+2:n], name) {
			switch t[n] {
			case ' ', '\n', '\r', '\t', '\f', '/', '>':
				return k, true
			}
		}
		k += 2
	}
}

// svgEnd returns the offset of the end tag that closes the <svg> whose
// start tag ends at i, or -1 when the page ends first. ok is false when the
// SVG holds markup that the parser would read as HTML (which can close the
// SVG early) or that the scan does not follow.
func svgEnd(t []byte, i int) (int, bool) {
	// stack holds the open elements' names as they are written; lower
	// is a buffer for a lower-cased name.
	stack := [][]byte{[]byte("svg")}
	var lower [32]byte
	var attrs [][4]int
	for {
		j := bytes.IndexByte(t[i:], '<')
		if j < 0 || i+j+1 >= len(t) {
			return -1, true
		}
		i += j
		at := i
		c := t[i+1]
		switch {
		case isASCIILetter(c):
			tag := readTag(t, i+1, attrs)
			attrs = tag.attrs
			if tag.end < 0 {
				return -1, true
			}
			name := tag.name(t)
			if tag.unsure || foreignBreakout[string(lowerASCII(lower[:0], name))] || equalFoldASCII(stack[len(stack)-1], "title") {
				return 0, false
			}
			i = tag.end
			if !tag.selfClosing {
				stack = append(stack, name)
			}
		case c == '/':
			if i+2 >= len(t) {
				return -1, true
			}
			if !isASCIILetter(t[i+2]) {
				return 0, false
			}
			tag := readTag(t, i+2, attrs)
			attrs = tag.attrs
			if tag.end < 0 {
				return -1, true
			}
			name := tag.name(t)
			k := len(stack) - 1
			for k >= 0 && !equalFoldASCII(name, stack[k]) {
				k--
			}
			if k < 0 {
				// An end tag of an element outside the SVG.
				return 0, false
			}
			if k == 0 {
				return at, true
			}
			stack = stack[:k]
			i = tag.end
		case c == '!':
			if i+3 >= len(t) || t[i+2] != '-' || t[i+3] != '-' {
				// CDATA or a bogus comment.
				return 0, false
			}
			k, ok := skipMarkup(t, i, true)
			if !ok {
				return 0, false
			}
			if k < 0 {
				return -1, true
			}
			i = k
		default:
			return 0, false
		}
	}
}

// foreignBreakout are the start tags that end SVG content in the parser
// (with font, whose breaking out depends on its attributes), the HTML
// integration points whose children are HTML, and nested MathML.
var foreignBreakout = map[string]bool{
	"b": true, "big": true, "blockquote": true, "body": true, "br": true, "center": true, "code": true,
	"dd": true, "div": true, "dl": true, "dt": true, "em": true, "embed": true, "h1": true, "h2": true,
	"h3": true, "h4": true, "h5": true, "h6": true, "head": true, "hr": true, "i": true, "img": true,
	"li": true, "listing": true, "menu": true, "meta": true, "nobr": true, "ol": true, "p": true,
	"pre": true, "ruby": true, "s": true, "small": true, "span": true, "strong": true, "strike": true,
	"sub": true, "sup": true, "table": true, "tt": true, "u": true, "ul": true, "var": true,
	"font": true, "foreignobject": true, "desc": true, "math": true,
}

// skipMarkup skips the comment, doctype or processing instruction at i and
// returns the offset after it, or -1 when it runs to the end of the page;
// ok is false for a comment whose end the tokenizer finds by rules the scan
// does not follow (<!-->, --!>).
func skipMarkup(t []byte, i int, commentOnly bool) (int, bool) {
	if bytes.HasPrefix(t[i:], []byte("<!--")) {
		body := t[i+4:]
		if len(body) > 0 && body[0] == '>' || bytes.HasPrefix(body, []byte("->")) {
			return 0, false
		}
		k := bytes.Index(body, []byte("-->"))
		upto := body
		if k >= 0 {
			// Only up to the first "-->": searching the rest of the page
			// for every comment would be quadratic.
			upto = body[:k]
		}
		if bytes.Contains(upto, []byte("--!>")) {
			return 0, false
		}
		if k < 0 {
			return -1, true
		}
		return i + 4 + k + 3, true
	}
	if commentOnly {
		return 0, false
	}
	k := bytes.IndexByte(t[i+2:], '>')
	if k < 0 {
		return -1, true
	}
	return i + 2 + k + 1, true
}

// tagSpan is a tag as the tokenizer reads it.
type tagSpan struct {
	nameStart, nameEnd int
	// attrs holds key start, key end, value start, value end of the
	// first maxScanAttrs attributes, duplicates included (the tokenizer
	// keeps the first of duplicates, which attr returns too); nattrs counts
	// them all and last is the last one.
	attrs  [][4]int
	nattrs int
	last   [4]int
	// unsure is set when the tag has too many attributes to tell whether
	// it is self-closing.
	unsure bool
	// end is the offset after the closing '>', or -1 when the page ends
	// inside the tag.
	end         int
	selfClosing bool
}

func (g tagSpan) name(t []byte) []byte { return t[g.nameStart:g.nameEnd] }

// attr returns the value of the first attribute named key, raw.
func (g tagSpan) attr(t []byte, key string) ([]byte, bool) {
	for _, a := range g.attrs {
		if equalFoldASCII(t[a[0]:a[1]], key) {
			return t[a[2]:a[3]], true
		}
	}
	return nil, false
}

// maxScanAttrs bounds the attributes a tag's scan keeps: a hostile tag of
// a million attributes costs no more than a normal one.
const maxScanAttrs = 64

// isSpace reports the tokenizer's white space (no vertical tab), from a
// table: the scan asks it of most bytes of every tag.
func isSpace(c byte) bool { return tagSpace[c] }

var tagSpace = [256]bool{' ': true, '\n': true, '\r': true, '\t': true, '\f': true}

// readTag reads the tag whose name starts at i the way
// html.Tokenizer.readTag does.
// The attributes are appended to buf[:0], which the caller keeps for the
// next tag.
func readTag(t []byte, i int, buf [][4]int) tagSpan {
	g := tagSpan{nameStart: i, end: -1, attrs: buf[:0]}
	// readTagName
	for {
		if i >= len(t) {
			return g
		}
		c := t[i]
		if isSpace(c) {
			g.nameEnd = i
			i++
			break
		}
		if c == '/' || c == '>' {
			g.nameEnd = i
			break
		}
		i++
	}
	skipSpace := func() {
		for i < len(t) && isSpace(t[i]) {
			i++
		}
	}
	skipSpace()
	for {
		if i >= len(t) {
			return g
		}
		if t[i] == '>' {
			i++
			break
		}
		// readTagAttrKey
		ks := i
		for {
			if i >= len(t) {
				return g
			}
			c := t[i]
			i++
			if c == '=' && i == ks+1 {
				continue
			}
			if c == '=' || c == '/' || c == '>' || isSpace(c) {
				i--
				break
			}
		}
		ke := i
		// readTagAttrVal
		vs, ve := i, i
		skipSpace()
		if i >= len(t) {
			return g
		}
		switch c := t[i]; {
		case c == '/':
			i++
		case c != '=':
		default:
			i++
			skipSpace()
			if i >= len(t) {
				return g
			}
			switch q := t[i]; q {
			case '>':
			case '\'', '"':
				k := bytes.IndexByte(t[i+1:], q)
				if k < 0 {
					return g
				}
				vs, ve = i+1, i+1+k
				i = ve + 1
			default:
				vs = i
				for i < len(t) && !isSpace(t[i]) && t[i] != '>' {
					i++
				}
				if i >= len(t) {
					return g
				}
				ve = i
			}
		}
		if ke > ks {
			if g.nattrs < maxScanAttrs {
				g.attrs = append(g.attrs, [4]int{ks, ke, vs, ve})
			}
			g.nattrs++
			g.last = [4]int{ks, ke, vs, ve}
		}
		skipSpace()
	}
	g.end = i
	// The tokenizer's self-closing test: a '/' right before the '>' that
	// is not the end of an unquoted attribute value.
	// The attribute that ends in that '/' is the last one the tokenizer
	// keeps unless its name came before.
	g.selfClosing = t[i-2] == '/'
	if g.selfClosing && g.nattrs > 0 && g.last[3] == i-1 {
		if g.nattrs > maxScanAttrs {
			g.unsure = true
		}
		g.selfClosing = false
		for _, a := range g.attrs[:min(len(g.attrs), g.nattrs-1)] {
			if bytes.EqualFold(t[a[0]:a[1]], t[g.last[0]:g.last[1]]) {
				g.selfClosing = true
			}
		}
	}
	return g
}

// lowerASCII appends b lower-cased to dst.
func lowerASCII(dst, b []byte) []byte {
	n := len(dst)
	dst = slices.Grow(dst, len(b))[:n+len(b)]
	out := dst[n:]
	for k, c := range b {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		out[k] = c
	}
	return dst
}

// equalFoldASCII reports whether b lower-cased (ASCII) is s; s is a name
// as written or a lower-case constant.
func equalFoldASCII[S string | []byte](b []byte, s S) bool {
	if len(b) != len(s) {
		return false
	}
	for k := range len(b) {
		c := b[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != s[k] {
			return false
		}
	}
	return true
}
