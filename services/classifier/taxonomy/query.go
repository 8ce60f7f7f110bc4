package taxonomy

import (
	"fmt"
	"strconv"
	"strings"
)

// Op is the kind of a query node.
type Op int

// Query node kinds of the IPTC EXTRA rule language.
const (
	OpTerm Op = iota // (field mode "value")
	OpOr             // (or …), (or/count>=N …), (or/countunique>N …)
	OpAnd            // (and …)
	OpNot            // (not …): true when no child is
	OpProx           // (prox/unit=word|sentence/distance<=N a b)
)

// Field is the part of a document a term is looked up in.
type Field string

// Fields of a term. FieldText is title and body together; FieldActors
// matches actor tags by type (e.g. "terrorist-organisation") or id.
const (
	FieldTitle  Field = "title"
	FieldBody   Field = "body"
	FieldText   Field = "text_content"
	FieldActors Field = "actors"
)

// Cmp is a comparison with a constant, as in "count>=3" or "distance<=2".
// The zero Cmp accepts everything.
type Cmp struct {
	Op string // "", "=", ">", ">=", "<", "<="
	N  int
}

// OK reports whether v satisfies the comparison.
func (c Cmp) OK(v int) bool {
	switch c.Op {
	case "=":
		return v == c.N
	case ">":
		return v > c.N
	case ">=":
		return v >= c.N
	case "<":
		return v < c.N
	case "<=":
		return v <= c.N
	}
	return true
}

func (c Cmp) String() string { return c.Op + strconv.Itoa(c.N) }

// Expr is a parsed rule query.
type Expr struct {
	Op Op
	// Count constrains the number of matches under an OpOr (or/count>=N);
	// Unique counts distinct matched terms instead (or/countunique>N).
	Count  Cmp
	Unique bool
	// Unit ("word" or "sentence") and Dist constrain an OpProx.
	Unit string
	Dist Cmp
	// Term fields: Mode is "adj" (a phrase), "any" (any of the
	// space-separated words) or "=" (one term, "*" suffix = prefix).
	Field                 Field
	Mode                  string
	Stem, Literal, Regexp bool
	Value                 string
	Children              []*Expr
}

// Terms returns the words or phrases a term node looks for.
func (e *Expr) Terms() []string {
	if e.Op != OpTerm {
		return nil
	}
	if e.Mode == "any" {
		return strings.Fields(e.Value)
	}
	v := strings.TrimSpace(e.Value)
	if v == "" {
		return nil
	}
	return []string{v}
}

// String renders the query back in the EXTRA syntax.
func (e *Expr) String() string {
	var b strings.Builder
	e.write(&b)
	return b.String()
}

func (e *Expr) write(b *strings.Builder) {
	b.WriteByte('(')
	switch e.Op {
	case OpTerm:
		b.WriteString(string(e.Field))
		b.WriteByte(' ')
		b.WriteString(e.Mode)
		for _, m := range []struct {
			on   bool
			name string
		}{{e.Stem, "stemming"}, {e.Literal, "literal"}, {e.Regexp, "regexp"}} {
			if m.on {
				b.WriteString("/" + m.name)
			}
		}
		b.WriteByte(' ')
		// The tokenizer knows only \" and \\ as escapes; strconv.Quote's \xNN would not read back.
		b.WriteByte('"')
		b.WriteString(strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(e.Value))
		b.WriteByte('"')
		b.WriteByte(')')
		return
	case OpOr:
		b.WriteString("or")
		if e.Count.Op != "" {
			if e.Unique {
				b.WriteString("/countunique" + e.Count.String())
			} else {
				b.WriteString("/count" + e.Count.String())
			}
		}
	case OpAnd:
		b.WriteString("and")
	case OpNot:
		b.WriteString("not")
	case OpProx:
		b.WriteString("prox/unit=" + e.Unit)
		if e.Dist.Op != "" {
			b.WriteString("/distance" + e.Dist.String())
		}
	}
	for _, c := range e.Children {
		b.WriteByte(' ')
		c.write(b)
	}
	b.WriteByte(')')
}

const maxQueryDepth = 64

// ParseQuery parses a rule in the IPTC EXTRA query language, e.g.
//
//	(and (or (title any "migrant migrants") (body adj "border wall")) (not (title = "poll")))
//
// A bare quoted term, ("Rohingya"), is read as (text_content = "Rohingya").
func ParseQuery(q string) (*Expr, error) {
	p := &parser{src: q}
	e, err := p.expr(0)
	if err != nil {
		return nil, err
	}
	if tok := p.next(); tok.kind != tokEOF {
		return nil, fmt.Errorf("%w: trailing input at %d", ErrQuery, tok.pos)
	}
	return e, nil
}

type tokKind int

const (
	tokEOF tokKind = iota
	tokOpen
	tokClose
	tokString
	tokWord
)

type token struct {
	kind tokKind
	text string
	pos  int
}

type parser struct {
	src  string
	pos  int
	peek *token
}

func (p *parser) next() token {
	if p.peek != nil {
		t := *p.peek
		p.peek = nil
		return t
	}
	for p.pos < len(p.src) {
		if strings.IndexByte(" \t\r\n", p.src[p.pos]) >= 0 {
			p.pos++
			continue
		}
		// EXTRA rules carry inline comments: "// text //" (or to the end of the line).
		if strings.HasPrefix(p.src[p.pos:], "//") {
			rest := p.src[p.pos+2:]
			end := len(rest)
			if i := strings.IndexAny(rest, "\n"); i >= 0 {
				end = i
			}
			if i := strings.Index(rest[:end], "//"); i >= 0 {
				end = i + 2
			}
			p.pos += 2 + end
			continue
		}
		break
	}
	start := p.pos
	if p.pos >= len(p.src) {
		return token{kind: tokEOF, pos: start}
	}
	switch c := p.src[p.pos]; c {
	case '(':
		p.pos++
		return token{kind: tokOpen, pos: start}
	case ')':
		p.pos++
		return token{kind: tokClose, pos: start}
	case '"':
		var b strings.Builder
		p.pos++
		for p.pos < len(p.src) {
			c := p.src[p.pos]
			if c == '\\' && p.pos+1 < len(p.src) {
				b.WriteByte(p.src[p.pos+1])
				p.pos += 2
				continue
			}
			p.pos++
			if c == '"' {
				return token{kind: tokString, text: b.String(), pos: start}
			}
			b.WriteByte(c)
		}
		return token{kind: tokEOF, pos: start, text: "unterminated"}
	}
	for p.pos < len(p.src) && strings.IndexByte(" \t\r\n()\"", p.src[p.pos]) < 0 {
		p.pos++
	}
	return token{kind: tokWord, text: p.src[start:p.pos], pos: start}
}

func (p *parser) unread(t token) { p.peek = &t }

func (p *parser) expr(depth int) (*Expr, error) {
	if depth > maxQueryDepth {
		return nil, fmt.Errorf("%w: nested deeper than %d", ErrQuery, maxQueryDepth)
	}
	t := p.next()
	if t.kind != tokOpen {
		return nil, fmt.Errorf("%w: want '(' at %d", ErrQuery, t.pos)
	}
	head := p.next()
	switch head.kind {
	case tokString:
		if c := p.next(); c.kind != tokClose {
			return nil, fmt.Errorf("%w: want ')' after bare term at %d", ErrQuery, c.pos)
		}
		return &Expr{Op: OpTerm, Field: FieldText, Mode: "=", Value: head.text}, nil
	case tokWord:
	default:
		return nil, fmt.Errorf("%w: want operator or field at %d", ErrQuery, head.pos)
	}
	switch f := Field(head.text); f {
	case FieldTitle, FieldBody, FieldText, FieldActors:
		return p.term(f)
	}
	e, err := parseOp(head.text)
	if err != nil {
		return nil, fmt.Errorf("%w at %d", err, head.pos)
	}
	for {
		t := p.next()
		if t.kind == tokClose {
			break
		}
		if t.kind != tokOpen {
			return nil, fmt.Errorf("%w: want '(' or ')' at %d", ErrQuery, t.pos)
		}
		p.unread(t)
		c, err := p.expr(depth + 1)
		if err != nil {
			return nil, err
		}
		e.Children = append(e.Children, c)
	}
	if len(e.Children) == 0 {
		return nil, fmt.Errorf("%w: %s without operands at %d", ErrQuery, head.text, head.pos)
	}
	if e.Op == OpProx && len(e.Children) != 2 {
		return nil, fmt.Errorf("%w: prox needs two operands at %d", ErrQuery, head.pos)
	}
	return e, nil
}

func (p *parser) term(f Field) (*Expr, error) {
	mode := p.next()
	if mode.kind != tokWord {
		return nil, fmt.Errorf("%w: want match mode at %d", ErrQuery, mode.pos)
	}
	e := &Expr{Op: OpTerm, Field: f}
	parts := strings.Split(mode.text, "/")
	e.Mode = parts[0]
	switch e.Mode {
	case "adj", "any", "=":
	default:
		return nil, fmt.Errorf("%w: unknown match mode %q at %d", ErrQuery, e.Mode, mode.pos)
	}
	for _, m := range parts[1:] {
		switch m {
		case "stemming":
			e.Stem = true
		case "literal":
			e.Literal = true
		case "regexp":
			e.Regexp = true
		default:
			return nil, fmt.Errorf("%w: unknown modifier %q at %d", ErrQuery, m, mode.pos)
		}
	}
	v := p.next()
	if v.kind != tokString {
		return nil, fmt.Errorf("%w: want quoted value at %d", ErrQuery, v.pos)
	}
	e.Value = v.text
	if c := p.next(); c.kind != tokClose {
		return nil, fmt.Errorf("%w: want ')' at %d", ErrQuery, c.pos)
	}
	return e, nil
}

func parseOp(s string) (*Expr, error) {
	parts := strings.Split(s, "/")
	e := &Expr{}
	switch parts[0] {
	case "or":
		e.Op = OpOr
	case "and":
		e.Op = OpAnd
	case "not":
		e.Op = OpNot
	case "prox":
		e.Op = OpProx
		e.Unit = "word"
	default:
		return nil, fmt.Errorf("%w: unknown operator %q", ErrQuery, parts[0])
	}
	for _, m := range parts[1:] {
		var err error
		switch {
		case e.Op == OpOr && strings.HasPrefix(m, "countunique"):
			e.Unique = true
			e.Count, err = parseCmp(strings.TrimPrefix(m, "countunique"))
		case e.Op == OpOr && strings.HasPrefix(m, "count"):
			e.Count, err = parseCmp(strings.TrimPrefix(m, "count"))
		case e.Op == OpProx && strings.HasPrefix(m, "unit="):
			e.Unit = strings.TrimPrefix(m, "unit=")
			if e.Unit != "word" && e.Unit != "sentence" {
				err = fmt.Errorf("%w: unknown unit %q", ErrQuery, e.Unit)
			}
		case e.Op == OpProx && strings.HasPrefix(m, "distance"):
			e.Dist, err = parseCmp(strings.TrimPrefix(m, "distance"))
		default:
			err = fmt.Errorf("%w: unknown modifier %q", ErrQuery, m)
		}
		if err != nil {
			return nil, err
		}
	}
	return e, nil
}

func parseCmp(s string) (Cmp, error) {
	for _, op := range []string{">=", "<=", ">", "<", "="} {
		if rest, ok := strings.CutPrefix(s, op); ok {
			n, err := strconv.Atoi(rest)
			if err != nil || n < 0 || n > 1_000_000 {
				return Cmp{}, fmt.Errorf("%w: bad number in %q", ErrQuery, s)
			}
			return Cmp{Op: op, N: n}, nil
		}
	}
	return Cmp{}, fmt.Errorf("%w: bad comparison %q", ErrQuery, s)
}
