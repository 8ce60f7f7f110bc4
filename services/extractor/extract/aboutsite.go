package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A story set in sections (a head section with the <h1>, then sections
// under headings of their own) often ends with a section about the
// publication: "About the Courier", "Über den Stadtkurier", "À propos du
// Courrier". It is built like the story's sections and holds a paragraph of
// running text, so joinHeadSections took it for the story's last section.
// Its heading names the site, which the page says itself (og:site_name,
// application-name, or the part of the <title> set off from the headline
// by a separator), while the story's <h1> does not: such a section is about
// the site, not the story, and ends the run. A page about the site itself
// (its <h1> names the site) keeps its sections.

// minSiteNameLetters bounds a site name worth matching: a name of one or
// two letters is found inside any heading.
const minSiteNameLetters = 3

// siteNames reads the page's site name and <h1> once for the headings
// and sections asked about (joinHeadSections asks about each section of
// its run, the second opinion about each heading it reads).
type siteNames struct {
	read       bool
	name       string
	h1Names    bool
	nameTooFew bool
}

// section reports a section s whose heading names the site while the
// page's <h1> does not.
func (s *siteNames) section(n *html.Node) bool {
	h := firstElement(unwrapped(n))
	return h != nil && isHeading(h) && s.heading(h)
}

// heading reports a heading h that names the site while the page's <h1>
// does not. The second opinion takes back nothing under such a heading
// (up to the next one); what it takes back besides is what it took back
// before.
func (s *siteNames) heading(h *html.Node) bool {
	if !s.read {
		s.read = true
		doc := docRoot(h)
		s.name = fold(siteNameOf(doc))
		s.nameTooFew = len([]rune(s.name)) < minSiteNameLetters
		if !s.nameTooFew {
			if h1 := firstAtom(doc, atom.H1); h1 != nil {
				s.h1Names = namesSite(fold(textOf(h1)), s.name)
			}
		}
	}
	return !s.nameTooFew && !s.h1Names && namesSite(fold(textOf(h)), s.name)
}

// namesSite reports a folded heading t that holds the folded site name:
// each of its words of minTopicWordLetters letters or more ("Le Courrier"
// in "À propos du Courrier"), or the whole name when it has none ("BBC").
func namesSite(t, name string) bool {
	ws := topicWords(name)
	if len(ws) == 0 {
		return strings.Contains(t, name)
	}
	for _, w := range ws {
		if !strings.Contains(t, string(w)) {
			return false
		}
	}
	return true
}

// siteNameOf returns the site's name as the page's head says it:
// og:site_name or application-name, else the shortest part of the <title>
// split at a site-name separator, when the title has one.
func siteNameOf(doc *html.Node) string {
	head := firstAtom(doc, atom.Head)
	if head == nil {
		return ""
	}
	title, name := "", ""
	walk(head, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Title:
			if title == "" && n.FirstChild != nil {
				title = normalize(n.FirstChild.Data)
			}
		case atom.Meta:
			if p := strings.ToLower(attr(n, "property") + attr(n, "name")); name == "" && (p == "og:site_name" || p == "application-name") {
				name = normalize(attr(n, "content"))
			}
		}
		return true
	})
	if name != "" {
		return name
	}
	for _, sep := range siteNameSeps {
		if !strings.Contains(title, sep) {
			continue
		}
		for part := range strings.SplitSeq(title, sep) {
			if part = strings.TrimSpace(part); part != "" && (name == "" || words(part) < words(name)) {
				name = part
			}
		}
		return name
	}
	return ""
}
