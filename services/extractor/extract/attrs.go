package extract

import "bytes"

// readAttrs are the attributes that some code of the package reads (attr,
// attrOK, the inert scan, the per-site selectors of rules/sites.txt); the
// inert scan leaves every other attribute out of the parse (dropAttrs).
// On a large page most attributes are event handlers, image sizes and
// sources (srcset), data-* state, ARIA and layout: the tokenizer would
// copy each key and value twice and the tree would hold them for no rule.
// TestReadAttrsCoverReads fails when code reads an attribute missing here.
var readAttrs = map[string]bool{
	"class": true, "id": true, "href": true, "src": true, "type": true, "role": true,
	"itemprop": true, "rel": true, "datetime": true, "lang": true, "xml:lang": true,
	"value": true, "style": true, "content": true, "aria-hidden": true, "hidden": true,
	"property": true, "name": true, "http-equiv": true, "alt": true, "align": true,
}

// keepAllAttrs are the elements whose attributes are never dropped,
// because the parser's tree building reads them or compares them:
// formatting elements (the adoption agency's "Noah's Ark" clause compares
// their attributes), <font> (whose attributes decide whether it breaks
// out of foreign content), <input> (type=hidden in tables), <html> and
// <body> (whose attributes are merged from repeated tags), and the MathML
// and template roots.
//
// The <svg> root is not among them: its tree building reads no attribute
// (the parser only renames its attributes' keys), and on a modern page its
// icons' width, height and viewBox are most of the unread attributes left.
// Only its namespaced attributes stay (svgKeepsAttr).
var keepAllAttrs = map[string]bool{
	"a": true, "b": true, "big": true, "code": true, "em": true, "font": true, "i": true,
	"nobr": true, "s": true, "small": true, "strike": true, "strong": true, "tt": true, "u": true,
	"html": true, "body": true, "input": true, "isindex": true, "math": true,
	"annotation-xml": true, "template": true, "script": true, "style": true,
}

// svgKeepsAttr reports an attribute of an <svg> start tag that is kept
// whatever its key: a namespaced one ("xlink:role", "xlink:href"), whose
// key the parser shortens to one that code reads ("role", "href").
func svgKeepsAttr(key []byte) bool {
	return bytes.IndexByte(key, ':') >= 0
}

// dropAttrs leaves out of the result the attributes of the start tag g
// that no code reads (see readAttrs), where doing so cannot change what
// the tokenizer reads: only attributes with a quoted value, each taken
// with the white space before it and followed by white space or the
// tag's end, in a tag whose attributes the scan listed in full. The
// tag's self-closing flag does not change: the byte before the tag's '>'
// stays what it was, and nothing is dropped from a tag whose last
// attribute is an unquoted value ending in that '/' (the tokenizer then
// calls the tag self-closing only when it drops that attribute as a
// duplicate, and dropping an earlier one of the same name would change
// that).
func (s *inertScan) dropAttrs(g tagSpan, lower []byte) {
	t := s.text
	if g.end < 0 || g.unsure || g.nattrs == 0 || g.nattrs > maxScanAttrs || keepAllAttrs[string(lower)] {
		return
	}
	if t[g.end-2] == '/' && g.last[3] == g.end-1 {
		return
	}
	prev := g.nameEnd
	var key [32]byte
	svg := equalFoldASCII(lower, "svg")
	for _, a := range g.attrs {
		ks, ke, vs, ve := a[0], a[1], a[2], a[3]
		var end int
		quoted := vs > ke && vs >= 1 && ve < len(t) && (t[vs-1] == '"' || t[vs-1] == '\'') && t[ve] == t[vs-1]
		switch {
		case quoted:
			end = ve + 1
		case vs == ve:
			// No value, or an empty unquoted one: the end is not known
			// from the span alone.
			end = -1
		default:
			end = ve
		}
		if end < 0 {
			// Nothing after this attribute can be dropped safely.
			return
		}
		drop := quoted && ke-ks <= len(key) && !readAttrs[string(lowerASCII(key[:0], t[ks:ke]))] &&
			(!svg || !svgKeepsAttr(t[ks:ke])) &&
			prev < len(t) && isSpace(t[prev]) && prev >= s.from &&
			// What follows starts a token of its own, as it did.
			end < len(t) && (isSpace(t[end]) || t[end] == '>') &&
			// The byte before '>' stays: the tag does not end right after
			// this attribute, or what is left before it is no '/'.
			(end != g.end-1 || t[prev-1] != '/')
		if drop {
			s.drop(prev, end)
		}
		prev = end
	}
}

// keepAttrs reports whether the parse must keep every attribute: when a
// per-site selector reads attributes, which may be any
// (selectorReadsAttrs).
func (e *Extractor) keepAttrs() bool {
	for _, r := range e.sites {
		if r.attrs {
			return true
		}
	}
	return false
}
