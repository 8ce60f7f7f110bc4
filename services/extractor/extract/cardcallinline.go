package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// A recipe card's closing call ("Did you make this? Tag @name!") is
// usually a paragraph of its own after the steps; a page that sets its
// paragraphs as bare text between <br>s leaves it as the card box's own
// trailing text, after the <ol> of steps inside the same box. closesStepsBox
// looks for the steps before the line's box; closesStepsInline looks for
// them before the line inside it.

// closesStepsInline reports whether text t ends the trailing inline text
// of box n (what follows n's last block child, <br>s aside), an element
// before it among n's last maxCardSiblings blocks is or holds an <ol>,
// and nothing with text follows n in its box or the two boxes above.
func closesStepsInline(n *html.Node, t string) bool {
	var run []string
	var last *html.Node
	for c := n.LastChild; c != nil; c = c.PrevSibling {
		if c.Type == html.ElementNode && isBlock(c) {
			last = c
			break
		}
		switch c.Type {
		case html.TextNode:
			run = append(run, c.Data)
		case html.ElementNode:
			run = append(run, textOf(c))
		}
		if len(run) > maxCardSiblings {
			return false
		}
	}
	if last == nil || len(run) == 0 {
		return false
	}
	for i, j := 0, len(run)-1; i < j; i, j = i+1, j-1 {
		run[i], run[j] = run[j], run[i]
	}
	// The line is the last of the run (a nutrition line may come first).
	if !strings.HasSuffix(fold(strings.Join(strings.Fields(strings.Join(run, " ")), " ")), fold(strings.Join(strings.Fields(t), " "))) {
		return false
	}
	seen := 0
	for s := last; s != nil && seen < maxCardSiblings; s = s.PrevSibling {
		if s.Type != html.ElementNode || !isBlock(s) {
			continue
		}
		seen++
		if holdsList(s, 2) {
			return nothingAfter(n)
		}
	}
	return false
}

// nothingAfter reports whether no text follows n in its parent or in the
// two boxes above it.
func nothingAfter(n *html.Node) bool {
	for q, k := n, 0; q != nil && q.Parent != nil && k < 3; q, k = q.Parent, k+1 {
		for s := q.NextSibling; s != nil; s = s.NextSibling {
			if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" || s.Type == html.ElementNode && hasText(s) {
				return false
			}
		}
	}
	return true
}
