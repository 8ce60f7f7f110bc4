package extract

import (
	"bytes"
	"errors"
	"io"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The budget of one page. The HTML parser builds the whole tree and every
// later pass is linear in it, so the work on a page is bounded by bounding
// what reaches the parser: a real story, even on a heavy modern page, needs
// a small fraction of each cap, while a hostile page (a million tiny
// paragraphs, endless nesting, megabyte attributes) is cut to size before
// it costs memory. A page that hits a cap is extracted from what fits and
// flagged as degraded, with the caps it hit named.
type budget struct {
	// nodes bounds the elements and text runs that are parsed. An
	// html.Node costs about 112 bytes and the statistics about as much
	// again; heavy news pages hold 10,000 to 40,000.
	nodes int
	// text bounds the text outside scripts and styles, less the white
	// space around it; a long story is 50 KB.
	text int
	// scan is the size up to which a page with few tags is parsed as it
	// is: below it, no attribute can cost much either.
	scan int
	// attrBytes bounds one attribute value; longer values (inline images
	// as data: URLs, serialised state) are dropped.
	attrBytes int
	// attrs bounds the attributes of one element.
	attrs int
	// token bounds one token the tokenizer reads whole: a tag with its
	// attributes, a script's text. Longer ones are handled apart.
	token int
	// depth bounds how deeply elements nest. The HTML parser refuses
	// documents whose open-element stack passes 512; real pages stay far
	// below.
	depth int
}

var pageBudget = budget{
	nodes:     150_000,
	text:      1 << 20,
	scan:      1 << 20,
	attrBytes: 4096,
	attrs:     64,
	token:     1 << 20,
	depth:     200,
}

// Names of the caps, as reported in Article.limits_hit.
const (
	limitNodes     = "nodes"
	limitText      = "text"
	limitAttribute = "attribute"
	limitDepth     = "depth"
)

// limits records which caps a page hit.
type limits []string

func (l *limits) add(name string) {
	if !slices.Contains(*l, name) {
		*l = append(*l, name)
	}
}

// bound applies pageBudget to text.
func bound(text []byte, force bool) ([]byte, limits) {
	return pageBudget.bound(text, force)
}

// bound returns text as it is when a cheap scan shows it within the node and
// text budget, and otherwise (or always when force is set) a copy
// re-serialised from the token stream that keeps within every cap: comments
// dropped, over-long attribute values and surplus attributes dropped, start
// tags past the depth dropped (their text kept), and the page cut off after
// b.nodes nodes or b.text bytes of text.
func (b budget) bound(text []byte, force bool) ([]byte, limits) {
	// Every node but a text run starts with '<', and text runs alternate
	// with tags: a page with few '<' has few nodes.
	if !force && len(text) <= b.scan && bytes.Count(text, []byte{'<'}) <= b.nodes/2 {
		return text, nil
	}
	var hit limits
	out := make([]byte, 0, min(len(text), 1<<20))
	var (
		z *html.Tokenizer
		// pos is the offset in text of the token z reads next.
		pos int
	)
	// restart tokenizes again from offset p; prefix, a start tag, puts
	// the tokenizer into the raw-text state of a script or style.
	restart := func(p int, prefix string) {
		z = html.NewTokenizer(io.MultiReader(strings.NewReader(prefix), bytes.NewReader(text[p:])))
		// A token past b.token ends tokenizing with an error that
		// is handled below: the tokenizer keeps every attribute of a tag,
		// so an unbounded tag would cost many times its size.
		z.SetMaxBuf(b.token)
		if prefix != "" {
			z.Next()
		}
		pos = p
	}
	restart(0, "")
	var stack []atom.Atom
	skipped := map[atom.Atom]int{}
	nodes, textBytes, raw := 0, 0, 0
	// open formatting elements: the parser opens them again in every
	// block that follows, so each one left open costs a node per text
	// run or tag that comes after it.
	formatting := 0
	push := func(a atom.Atom) {
		stack = append(stack, a)
		if rawTextAtoms[a] {
			raw++
		}
		if formattingAtoms[a] {
			formatting++
		}
	}
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			if !errors.Is(z.Err(), html.ErrBufferExceeded) {
				return out, hit
			}
			// An oversized token at pos: a tag is kept without its
			// attributes; script or style text, a comment or a doctype
			// is dropped; page text is past the text budget anyway.
			rest := text[pos:]
			switch {
			case len(rest) > 1 && rest[0] == '<' && isASCIILetter(rest[1]):
				hit.add(limitAttribute)
				end := tagEnd(rest)
				name := rest[1:]
				if i := bytes.IndexAny(name, " \t\n\r\f/>"); i >= 0 {
					name = name[:i]
				}
				a := atom.Lookup(bytes.ToLower(name))
				if a == 0 {
					// An unknown element costs nothing when left out.
					restart(pos+end, "")
					continue
				}
				nodes++
				out = append(out, '<')
				out = append(out, a.String()...)
				out = append(out, '>')
				if rawTextAtoms[a] {
					// What follows is the element's raw text.
					restart(pos+end, "<"+a.String()+">")
				} else {
					restart(pos+end, "")
				}
				if !voidElements[a] && !impliedEnd[a] && len(stack) < b.depth {
					push(a)
				}
				continue
			case bytes.HasPrefix(rest, []byte("<!--")):
				if i := bytes.Index(rest, []byte("-->")); i >= 0 {
					restart(pos+i+3, "")
					continue
				}
				return out, hit
			case len(rest) > 1 && rest[0] == '<' && (rest[1] == '!' || rest[1] == '?' || rest[1] == '/'):
				if i := bytes.IndexByte(rest, '>'); i >= 0 {
					restart(pos+i+1, "")
					continue
				}
				return out, hit
			case raw > 0 && len(stack) > 0 && rawTextAtoms[stack[len(stack)-1]]:
				if i := indexFold(rest, []byte("</"+stack[len(stack)-1].String())); i >= 0 {
					restart(pos+i, "")
					continue
				}
				return out, hit
			}
			hit.add(limitText)
			return out, hit
		}
		tok := z.Raw()
		pos += len(tok)
		switch tt {
		case html.CommentToken:
			continue
		case html.TextToken:
			nodes += 1 + formatting
			if raw == 0 {
				// Indentation between tags is no text: a pretty-printed
				// page would otherwise reach the cap on white space.
				textBytes += len(bytes.TrimSpace(tok))
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			nodes += 1 + formatting
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			if hasAttr && len(tok) > b.attrBytes {
				tok = b.shortAttrs(a, name, z, tt, &hit)
			}
			if tt == html.SelfClosingTagToken || voidElements[a] || impliedEnd[a] {
				break
			}
			if len(stack) >= b.depth {
				hit.add(limitDepth)
				skipped[a]++
				continue
			}
			push(a)
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if skipped[a] > 0 {
				skipped[a]--
				continue
			}
			for i, s := range slices.Backward(stack) {
				if s == a {
					for _, d := range stack[i:] {
						if rawTextAtoms[d] {
							raw--
						}
						if formattingAtoms[d] {
							formatting--
						}
					}
					stack = stack[:i]
					break
				}
			}
		}
		if nodes > b.nodes {
			hit.add(limitNodes)
			return out, hit
		}
		if textBytes > b.text {
			hit.add(limitText)
			return out, hit
		}
		out = append(out, tok...)
	}
}

func isASCIILetter(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// tagEnd returns the offset just past the '>' that ends the tag s starts
// with, skipping '>' inside quoted attribute values, or len(s).
func tagEnd(s []byte) int {
	var quote byte
	afterEq := false
	for i := 1; i < len(s); i++ {
		c := s[i]
		if quote != 0 {
			if c == quote {
				quote = 0
			}
			continue
		}
		switch {
		case c == '>':
			return i + 1
		case (c == '"' || c == '\'') && afterEq:
			quote, afterEq = c, false
		case c == '=':
			afterEq = true
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f':
		default:
			afterEq = false
		}
	}
	return len(s)
}

// shortAttrs re-serialises the current start tag without the attribute
// values longer than b.attrBytes and without the attributes past the
// first b.attrs.
func (bu budget) shortAttrs(a atom.Atom, name []byte, z *html.Tokenizer, tt html.TokenType, hit *limits) []byte {
	var b strings.Builder
	b.WriteByte('<')
	if a != 0 {
		b.WriteString(a.String())
	} else {
		b.Write(name)
	}
	for i := 0; ; i++ {
		k, v, more := z.TagAttr()
		if len(v) > bu.attrBytes || i >= bu.attrs {
			hit.add(limitAttribute)
		} else {
			b.WriteByte(' ')
			b.Write(k)
			b.WriteString(`="`)
			b.WriteString(html.EscapeString(string(v)))
			b.WriteByte('"')
		}
		if !more {
			break
		}
	}
	if tt == html.SelfClosingTagToken {
		b.WriteByte('/')
	}
	b.WriteByte('>')
	return []byte(b.String())
}

var voidElements = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true,
	atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true, atom.Source: true,
	atom.Track: true, atom.Wbr: true, atom.Param: true, atom.Keygen: true,
}

// impliedEnd are elements whose end tag pages often leave out: the parser
// closes them at the next sibling, so they do not nest and are not counted
// towards the depth.
var impliedEnd = map[atom.Atom]bool{
	atom.P: true, atom.Li: true, atom.Dt: true, atom.Dd: true, atom.Tr: true, atom.Td: true,
	atom.Th: true, atom.Option: true, atom.Optgroup: true, atom.Rb: true, atom.Rt: true, atom.Rp: true,
	atom.Thead: true, atom.Tbody: true, atom.Tfoot: true, atom.Colgroup: true,
}

// formattingAtoms are the elements the parser reopens after a block
// boundary when they were left open.
var formattingAtoms = map[atom.Atom]bool{
	atom.A: true, atom.B: true, atom.Big: true, atom.Code: true, atom.Em: true, atom.Font: true,
	atom.I: true, atom.Nobr: true, atom.S: true, atom.Small: true, atom.Strike: true,
	atom.Strong: true, atom.Tt: true, atom.U: true,
}

// rawTextAtoms hold text that is not page text.
var rawTextAtoms = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Template: true, atom.Noscript: true,
	atom.Textarea: true, atom.Title: true, atom.Xmp: true, atom.Iframe: true, atom.Noembed: true, atom.Noframes: true,
}
