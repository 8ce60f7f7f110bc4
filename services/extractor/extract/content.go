package extract

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// bestContent scores blocks by the paragraphs they hold (readability's
// method: text length and commas, shared with ancestors, discounted by link
// density and boosted by class hints) and returns the winning block plus the
// siblings that belong with it, in document order.
func bestContent(body *html.Node, st stats) []*html.Node {
	scores := map[*html.Node]float64{}
	weights := map[string]float64{}
	var order []*html.Node
	init := func(n *html.Node) {
		if _, ok := scores[n]; !ok {
			// Class hints count fully only for blocks with some text of
			// their own weight: a "content" box of ten words is no body.
			scores[n] = tagWeight(n) + classWeight(n, weights)*min(1, float64(st.get(n).words)/60)
			order = append(order, n)
		}
	}
	add := func(start *html.Node, cs float64, self bool) {
		level := 0
		n := start
		if !self {
			n = start.Parent
		}
		for ; n != nil && n.Type == html.ElementNode && level < 5; n = n.Parent {
			if n.DataAtom == atom.Body || n.DataAtom == atom.Html {
				break
			}
			init(n)
			div := 1.0
			switch level {
			case 0:
			case 1:
				div = 2
			default:
				div = float64(level * 3)
			}
			scores[n] += cs / div
			level++
		}
	}
	walk(body, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return n.Type == html.DocumentNode
		}
		if skipAtoms[n.DataAtom] {
			return false
		}
		v := st.get(n)
		switch n.DataAtom {
		case atom.P, atom.Pre, atom.Blockquote:
			if v.chars < 25 {
				return false
			}
			ld := float64(v.linkChars) / float64(v.chars)
			if ld > 0.6 {
				return false
			}
			cs := 1 + float64(strings.Count(textOf(n), ",")) + min(float64(v.chars)/100, 3)
			add(n, cs, false)
			return false
		}
		if isBlock(n) && v.ownChars >= 25 && float64(v.ownLink) < 0.5*float64(v.ownChars) {
			// Bare text split by <br><br> counts as that many paragraphs.
			k := float64(max(1, v.ownBr/2))
			cs := k + float64(v.ownCommas) + min(float64(v.ownChars)/100, 3*k)
			// Text beside block children (bare runs between <div>s or
			// tables) scores its own block; a block of text alone is a
			// paragraph and scores its ancestors, as a <p> does.
			add(n, cs, hasBlockChild(n))
		}
		return true
	})
	var top *html.Node
	best := 0.0
	for _, n := range order {
		s := scores[n] * (1 - st.linkDensity(n))
		scores[n] = s
		if top == nil || s > best {
			top, best = n, s
		}
	}
	if top == nil {
		// Paragraphs straight under <body> score no block: the body is
		// the content.
		if st.get(body).pwords >= 30 {
			return []*html.Node{body}
		}
		return nil
	}
	// A winner that is the only block child of its parent says nothing the
	// parent does not; climbing keeps wrapped intros and subheads.
	for top.Parent != nil && top.Parent.DataAtom != atom.Body && onlyBlockChild(top) && scores[top.Parent] > 0 {
		top = top.Parent
	}
	parent := top.Parent
	if parent == nil {
		return []*html.Node{top}
	}
	threshold := max(10, best*0.2)
	topClass := attr(top, "class")
	var out []*html.Node
	for s := parent.FirstChild; s != nil; s = s.NextSibling {
		if s == top {
			out = append(out, s)
			continue
		}
		if s.Type != html.ElementNode || skipAtoms[s.DataAtom] {
			continue
		}
		bonus := 0.0
		if topClass != "" && attr(s, "class") == topClass {
			bonus = best * 0.2
		}
		if sc, ok := scores[s]; ok && sc+bonus >= threshold {
			out = append(out, s)
			continue
		}
		// Rows and blocks built like the winner (a story laid out one
		// paragraph per table row) belong with it even when short.
		if sameShape(s, top) {
			if v := st.get(s); v.chars >= 40 && st.linkDensity(s) < 0.3 {
				out = append(out, s)
				continue
			}
		}
		// A lone text block beside the winner (an intro paragraph set
		// apart as a <div>) reads like a paragraph when it ends a sentence.
		if s.DataAtom == atom.Div && !hasBlockChild(s) {
			if v := st.get(s); v.chars > 80 && st.linkDensity(s) < 0.25 && endsSentence(textOf(s)) {
				out = append(out, s)
			}
			continue
		}
		if s.DataAtom == atom.P {
			v := st.get(s)
			ld := st.linkDensity(s)
			t := textOf(s)
			if (v.chars > 80 && ld < 0.25) || (v.chars > 0 && v.chars <= 80 && ld == 0 && sentenceEnd.MatchString(t)) {
				out = append(out, s)
			}
		}
	}
	return out
}

var sentenceEnd = regexp.MustCompile(`\.( |$)`)

// endsSentence reports whether t ends with a full stop, a question or
// exclamation mark, or a closing quote after one.
func endsSentence(t string) bool {
	t = strings.TrimRight(t, "\"'”’ ")
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?")
}

func onlyBlockChild(n *html.Node) bool {
	for s := n.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s == n {
			continue
		}
		if s.Type == html.ElementNode && !skipAtoms[s.DataAtom] {
			return false
		}
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
			return false
		}
	}
	return true
}

func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if isBlock(c) {
			return true
		}
	}
	return false
}

// sameShape reports whether a and b are built alike: the same tag and
// class, and, when they carry no class, a first child element with the same
// tag and a class.
func sameShape(a, b *html.Node) bool {
	if a.DataAtom != b.DataAtom || attr(a, "class") != attr(b, "class") {
		return false
	}
	if attr(a, "class") != "" {
		return true
	}
	ca, cb := firstElement(a), firstElement(b)
	return ca != nil && cb != nil && ca.DataAtom == cb.DataAtom && attr(ca, "class") != "" && attr(ca, "class") == attr(cb, "class")
}

func firstElement(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}
