package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxControlBoxWords bounds the words of the box read as an interactive
// widget by widgetLine: a poll, a shop's card, a sign-up box are a few
// lines; a block of the story that also holds a form somewhere (a comment
// form under the text) is longer and is not judged by it.
const maxControlBoxWords = 60

// widgetLine reports a line outside the chosen roots that sits in an
// interactive widget: the box that holds the line and its siblings (for a
// list's item, the box that holds the list) holds a control (a button, a
// field, a choice, or a link styled as a button) or closes with a link
// alone (closingCall), holds no kept line, and is a few lines long. A poll's question and answers, a product card's
// name and specs are such lines; the second opinion does not take them
// back as short lines of the story (a fact box, a list of the story, hold
// no control). It judges short lines only: a paragraph of running text
// beside a button (a share or play button in the paragraph's widget) is
// the story's, and a box of 60 words holds two or three of them.
func (p *page) widgetLine(n *html.Node, story map[*html.Node]bool) bool {
	box := itemList(n).Parent
	if box == nil || story[box] || box.Type != html.ElementNode {
		return false
	}
	if p.st.get(box).words > maxControlBoxWords {
		return false
	}
	found := false
	walk(box, func(k *html.Node) bool {
		if k.Type == html.ElementNode {
			switch k.DataAtom {
			case atom.Button, atom.Input, atom.Select, atom.Textarea:
				found = true
			case atom.A:
				found = hasButtonClass(k)
			}
		}
		return !found
	})
	return found || closingCall(box)
}

// closingCall reports a box whose last element is a call to follow a
// link: a link alone ("Buy now", "Vote"), bare or in a block of its own,
// as a product card or a teaser box closes.
func closingCall(box *html.Node) bool {
	var last *html.Node
	for c := box.LastChild; c != nil; c = c.PrevSibling {
		if c.Type == html.ElementNode {
			last = c
			break
		}
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return false
		}
	}
	if last == nil {
		return false
	}
	if last.DataAtom == atom.A {
		return true
	}
	var link *html.Node
	n := 0
	walk(last, func(k *html.Node) bool {
		if k.Type == html.ElementNode && k.DataAtom == atom.A {
			link = k
			n++
			return false
		}
		return true
	})
	t := strings.TrimSpace(textOf(last))
	return n == 1 && t != "" && t == strings.TrimSpace(textOf(link))
}
