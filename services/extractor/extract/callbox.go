package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A call to action set into or after a story (a newsletter box, a
// subscription offer, "Have a project? Call us") is known by its class
// names on most sites; without them its shape still tells it: a short box
// with a control of its own (a <button>, or a short link standing as a
// line of its own, which is how a link styled as a button is written),
// set after the story's running text, and not one of a run of boxes built
// alike (cards and posts come in runs). The checks read the stats and a
// bounded number of nodes, so every element can be asked.

// Bounds of a call box: its words and links, the words of its control,
// the nodes read to find the control, the siblings read before it and the
// levels climbed to find them, and the running text that must come first.
const (
	maxCallBoxWords    = 45
	maxCallBoxLinks    = 2
	maxControlWords    = 3
	maxCallBoxNodes    = 40
	maxCallBoxBefore   = 8
	maxCallBoxLevels   = 3
	minCallStoryPWords = 30
	// minSentenceRunWords is the run of words that stats counts as
	// sentence-like text (pwords).
	minSentenceRunWords = 6
	// minCallPromiseWords is the text a call box holds besides its
	// control.
	minCallPromiseWords = 5
)

// controlWords counts the words of n's buttons and links.
func controlWords(n *html.Node) int {
	w := 0
	walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode && (c.DataAtom == atom.A || c.DataAtom == atom.Button) {
			w += words(textOf(c))
			return false
		}
		return true
	})
	return w
}

// callBox reports a short box with a control of its own after the
// story's running text: a call to action, in any language and however its
// classes are named.
func callBox(n *html.Node, st stats) bool {
	if n.DataAtom != atom.Div && n.DataAtom != atom.Section && n.DataAtom != atom.Aside {
		return false
	}
	v := st.get(n)
	if v.words == 0 || v.words > maxCallBoxWords || v.links > maxCallBoxLinks {
		return false
	}
	// A call says what it offers: a box of its control alone (a tag,
	// a "read on" link) is another rule's.
	if v.words-controlWords(n) < minCallPromiseWords {
		return false
	}
	if !ownControl(n) && !titledCallLine(n) {
		return false
	}
	return !builtAlikeBeside(n) && !inPostRun(n) && runningTextBefore(n, st)
}

// ownControl reports one control and no more within four levels of n,
// after a promise of minCallPromiseWords words or more: a <button>, or a
// link of up to three words standing as a line of its own. A box with a
// form field is the sign-up rule's; one with code, a table, a quotation,
// a disclosure widget or the page's <h1> is content with its tools (a
// quoted post and the link to it); one with two
// controls or more is a post's or an entry's toolbar; one that opens
// with its control (a section link over a headline) calls for nothing.
func ownControl(n *html.Node) bool {
	controls, before, ok := countControls(n)
	return ok && controls == 1 && before >= minCallPromiseWords
}

// countControls counts the controls within four levels of n and the
// words before the first of them, reading at most maxCallBoxNodes nodes;
// ok is false when n holds more or holds a form field, code, a table, a
// quotation, a disclosure widget, an <h1> or two headings.
func countControls(n *html.Node) (controls, before int, ok bool) {
	seen, headings := 0, 0
	var visit func(c *html.Node, depth int)
	visit = func(c *html.Node, depth int) {
		for k := c.FirstChild; k != nil && seen < maxCallBoxNodes; k = k.NextSibling {
			if k.Type == html.TextNode && controls == 0 {
				before += words(k.Data)
			}
			if k.Type != html.ElementNode {
				continue
			}
			seen++
			switch k.DataAtom {
			case atom.Input, atom.Select, atom.Textarea, atom.Pre, atom.Code, atom.Table, atom.Details, atom.Summary, atom.Form, atom.H1, atom.Blockquote:
				seen = maxCallBoxNodes
				return
			case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				// A box with headings of its own is a section of boxes
				// (contact options, features), not one call.
				if headings++; headings > 1 {
					seen = maxCallBoxNodes
					return
				}
				if controls == 0 {
					before += words(textOf(k))
				}
			case atom.Button:
				controls++
			case atom.A:
				if lineOfItsOwn(k) {
					controls++
				} else if controls == 0 {
					before += words(textOf(k))
				}
			default:
				if depth < 4 {
					visit(k, depth+1)
				} else if controls == 0 {
					before += words(textOf(k))
				}
			}
		}
	}
	visit(n, 1)
	return controls, before, seen < maxCallBoxNodes
}

// lineOfItsOwn reports a link of one to three words with no text beside
// it in its parent, only blocks or nothing: a line that is one link.
func lineOfItsOwn(a *html.Node) bool {
	if w := words(textOf(a)); w == 0 || w > maxControlWords || amidText(a) {
		return false
	}
	if itemLine(a) {
		return true
	}
	for _, dir := range [2]func(*html.Node) *html.Node{func(x *html.Node) *html.Node { return x.PrevSibling }, func(x *html.Node) *html.Node { return x.NextSibling }} {
		for s := dir(a); s != nil && !lineBreak(s); s = dir(s) {
			if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" || s.Type == html.ElementNode && !isBlock(s) && hasText(s) {
				return false
			}
		}
	}
	return a.Parent != nil && a.Parent.DataAtom != atom.Li && !isHeading(a.Parent)
}

// titledCallLine reports a line of a bold title, a line of promise and a
// link of up to three words that ends it ("<b>Newsletter</b> Every
// Thursday in your inbox. <a>Subscribe</a>"), no block inside.
func titledCallLine(n *html.Node) bool {
	first, last := firstChildElement(n), lastChildElement(n)
	if first == nil || last == nil || first == last || last.DataAtom != atom.A || hasBlockChild(n) {
		return false
	}
	if first.DataAtom != atom.B && first.DataAtom != atom.Strong {
		return false
	}
	for s := n.FirstChild; s != first; s = s.NextSibling {
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
			return false
		}
	}
	for s := last.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
			return false
		}
	}
	w := words(textOf(last))
	return w > 0 && w <= maxControlWords
}

func firstChildElement(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}

func lastChildElement(n *html.Node) *html.Node {
	for c := n.LastChild; c != nil; c = c.PrevSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}

// builtAlikeBeside reports a sibling element near n (up to three on
// either side) with n's tag that is built like n (the same first child
// tags) or holds text and then a control of its own as well (a video's
// play button alone does not count): n is one of a run of
// cards, posts or live-blog entries, each with its own tools.
func builtAlikeBeside(n *html.Node) bool {
	for _, step := range [2]func(*html.Node) *html.Node{prevElement, nextElement} {
		s := n
		for range 3 {
			if s = step(s); s == nil {
				break
			}
			if s.DataAtom != n.DataAtom {
				continue
			}
			if childTags(s) == childTags(n) {
				return true
			}
			if c, before, _ := countControls(s); c > 0 && before >= minCallPromiseWords {
				return true
			}
		}
	}
	return false
}

// childTags names the tags of n's first four child elements.
func childTags(n *html.Node) [4]atom.Atom {
	var out [4]atom.Atom
	i := 0
	for c := n.FirstChild; c != nil && i < len(out); c = c.NextSibling {
		if c.Type == html.ElementNode {
			out[i] = c.DataAtom
			i++
		}
	}
	return out
}

// runningTextBefore reports sentence-like text of minCallStoryPWords
// words or more in the elements before n, among its siblings or those of
// its nearest ancestors: the box comes after (or inside) a story's run of
// paragraphs, not in place of one.
func runningTextBefore(n *html.Node, st stats) bool {
	total := 0
	for q, k := n, 0; q != nil && k < maxCallBoxLevels; q, k = q.Parent, k+1 {
		seen := 0
		for s := q.PrevSibling; s != nil && seen < maxCallBoxBefore; s = s.PrevSibling {
			switch s.Type {
			case html.TextNode:
				// A story written as bare text between <br>s has its
				// running text in text nodes, not in paragraph
				// elements; the same sentence-like run counts.
				if w := words(s.Data); w >= minSentenceRunWords {
					total += w
				}
			case html.ElementNode:
				seen++
				total += st.get(s).pwords
			}
			if total >= minCallStoryPWords {
				return true
			}
		}
	}
	return false
}
