package extract

import (
	"regexp"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// removeStructure cuts chrome recognisable by tag, role, class and id. An
// element holding most of the page's running text is never cut, so a page
// that wraps everything in one odd container keeps its story.
func (p *page) removeStructure() {
	st := p.st
	total := st.get(p.body).pwords
	// Protection needs a content hint as well when the class names the
	// kind: a "comments" box often outweighs the story it follows, and a
	// consent dialog the short story or paywall stub it is laid over.
	protected := func(n *html.Node, k Kind) bool {
		if total < 80 || st.get(n).pwords*2 < total {
			return false
		}
		if (k != KindComments && k != KindRelated && k != KindPopup && k != KindCookie) || float64(st.get(n).pwords) >= 0.9*float64(total) {
			return true
		}
		return n.DataAtom == atom.Article || n.DataAtom == atom.Main || n.DataAtom == atom.Body ||
			contentHintRe.MatchString(strings.ToLower(attr(n, "class")+" "+attr(n, "id"))) ||
			strings.EqualFold(attr(n, "itemprop"), "articleBody")
	}
	var cut []*html.Node
	var kinds []Kind
	// widgetsAreContent is set when the blocks named "widget" hold most of
	// the page's running text: page builders name every content block so,
	// and then the name says nothing about sidebars.
	widgetsAreContent := false
	// keptWidgets are the outermost blocks named "widget" that were kept
	// for holding most of the text.
	var keptWidgets []*html.Node
	signup := p.signupBoxes()
	offers := p.offerBoxes()
	stubs := &stubStories{offers: p.storyOffers(offers), st: st}
	var pageText string
	checks := 0
	repeatsText := func(n *html.Node) bool {
		// Each check reads the page's text: a page of pull quotes by the
		// thousand (hostile or broken) has its later ones cut unread.
		if checks++; checks > maxPullQuoteChecks || st.get(n).chars > maxPullQuoteChars {
			return true
		}
		q := strings.TrimSpace(fold(dropQuotes(textOf(n))))
		if len(q) < 20 {
			return true
		}
		if pageText == "" {
			pageText = fold(dropQuotes(textOf(p.body)))
		}
		return strings.Count(pageText, q) > 1
	}
	visit := func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return n.Type == html.DocumentNode
		}
		if skipSet.has(n.DataAtom) {
			return false
		}
		k := structuralKind(n)
		// A consent dialog laid over the page by its inline style,
		// however its classes are named (pagetype_walls.go).
		if k == "" && fixedConsent(n, st) {
			k = KindPopup
		}
		// A box named for tools that holds a preformatted block is the
		// code block's wrapper (its copy and language buttons sit in a
		// box of their own beside the code); a gutter of line numbers
		// beside the code is not text.
		if k == KindTools && holdsPre(n) {
			k = ""
		}
		if k == "" && gutterBlock(n, st) {
			k = KindTools
		}
		if k == KindSidebar && widgetsAreContent && widgetNamed(n) {
			k = ""
		}
		if k == KindHeader && (insideAny(n, atom.Article, atom.Main) || hasHeadingLink(n) || p.storyHeader(n)) {
			k = ""
		}
		// A header box told for the story's by its place (headerbox.go).
		if k == KindHeader && p.storyHeaderBox(n, st) {
			k = ""
		}
		// The site's name and tagline, however its box is named
		// (brandbox.go).
		if k == "" && brandBox(n, st) && !insideAny(n, atom.Article, atom.Main) {
			k = KindHeader
		}
		// A heading is a heading whatever its class says: editors that
		// build a story from blocks name a subhead "block-header".
		if k == KindHeader && isHeading(n) && n.DataAtom != atom.H1 {
			k = ""
		}
		// A module named "header" that holds only a subhead between
		// modules of running text is the story's heading (headingmodule.go).
		if k == KindHeader && headingModule(n, st) {
			k = ""
		}
		// aria-hidden hides from screen readers, not from the eye: a
		// dialog that opens sets it on the page's wrapper, headline and
		// story included, so that wrapper is no hidden box.
		if k == KindHidden && p.wrapperHiddenByDialog(n) {
			k = ""
		}
		// A figure that holds a table or a quote and no picture is a
		// table or a quote set as a figure (block editors do so); only
		// its caption goes.
		if k == KindCaption && n.DataAtom == atom.Figure && textFigure(n, st) {
			k = ""
		}
		// The footer or caption of a quote is its attribution, not the
		// page's footer.
		if (k == KindFooter || k == KindCaption) && quoteAttribution(n) {
			k = ""
		}
		// A pull quote that repeats the story's words goes (they are read
		// once); one whose words are nowhere else on the page is a quote
		// set apart, and story text.
		if k == KindPullQuote && !repeatsText(n) {
			k = ""
		}
		// An <aside> named nothing, set among the story's paragraphs,
		// with few links and words found nowhere else on the page, is a
		// box of facts the story sets apart, not the page's sidebar.
		if k == KindSidebar && n.DataAtom == atom.Aside && classKind(n) == "" && attr(n, "role") == "" && factsBox(n, st) && !repeatsText(n) {
			k = ""
		}
		// A form that holds running text is a page-wide wrapper (ASP.NET
		// pages put everything in one), not a search or sign-up box.
		if k == KindForm && st.get(n).pwords > 60 {
			k = ""
		}
		// A line of text beside its own buttons ("Was this helpful?
		// Yes No") is a control, in any language.
		if k == "" && st.get(n).words <= maxWidgetWords && (n.DataAtom == atom.Div || n.DataAtom == atom.Section || n.DataAtom == atom.P) && controlCount(n) >= 2 {
			k = KindForm
		}
		// A question whose answers are two or three short links of its
		// own ("Was this page helpful? Yes No") is a control too.
		if k == "" && st.get(n).words <= maxWidgetWords && (n.DataAtom == atom.Div || n.DataAtom == atom.Section || n.DataAtom == atom.P) && answerLinks(n) {
			k = KindForm
		}
		// A line of text with a button of its own in the same box and
		// no paragraph of its own ("Newsletter: every Thursday in your
		// inbox [Subscribe]") is a call to action, not story text.
		if k == "" && st.get(n).words <= maxCallWords && (n.DataAtom == atom.Div || n.DataAtom == atom.Section || n.DataAtom == atom.Aside) && !hasBlockChild(n) && directButton(n) {
			k = KindForm
		}
		// A short box with a control of its own after the story's
		// running text is a call to action, however its classes are
		// named (callbox.go); in a post among posts built alike
		// (postrun.go) it is the post's "add a comment" line.
		if k == "" && callBox(n, st) && !p.inPostOfRun(n) {
			k = KindPromo
			// One that signs subscribers in is a paywall's offer, counted
			// as the offer rule below counts one.
			if signInControl(n) {
				p.countOffer(n)
			}
		}
		// A short notice beside a button that accepts consent is the
		// placeholder of an embed that waits for it ("To see this
		// content, accept external content"), in any language.
		if k == "" && st.get(n).words <= maxPlaceholderWords && (n.DataAtom == atom.Div || n.DataAtom == atom.Section || n.DataAtom == atom.Figure) && consentControl(n) {
			k = KindForm
		}
		// A short line under a picture, the two alone in their box, is
		// the picture's caption, however the box is named
		// (imagecaption.go).
		if k == "" && imageCaption(n, st, total) {
			k = KindCaption
		}
		// A box around an e-mail field with little text is a sign-up
		// box, however its classes are named (hashed class names say
		// nothing).
		if k == "" && signup[n] {
			k = KindNewsletter
		}
		// A link that wraps a title and a summary in blocks of their own
		// is a card pointing at another story: story text never sits
		// inside one link across several blocks.
		if k == "" && n.DataAtom == atom.A && st.get(n).words <= maxCardWords && (textBlocks(n, 2) >= 2 || imageTeaser(n, st)) {
			k = KindRelated
		}
		// A small box whose heading is one link to another page, with a
		// line or two beside it, is a teaser card set into the story. A
		// run of them is a list of teasers, which a section page is made
		// of and the listing pass reads.
		if k == "" && (n.DataAtom == atom.Article || n.DataAtom == atom.Div || n.DataAtom == atom.Li) && linkedHeadingCard(n, st) && !cardBeside(n, st) {
			k = KindRelated
		}
		// A picture, a name and a line or two that give the name again
		// are an author box, however its classes are named
		// (personbox.go). So are a picture and a name linked once, with
		// a line about the person, standing alone after the running text,
		// unless the thread search took them for a post of a thread.
		if k == "" {
			if twice, once := personBox(n, st); twice || once && !p.postInside(n) && !p.inThreadPost(n) {
				k = KindAuthorBio
			}
		}
		// Items under a heading that counts them, each with a control of
		// its own, are readers' comments, unless the thread search took
		// them for posts or they are built like the post right before
		// the box: a Q&A page's answers (commentlist.go, qashape.go).
		if k == "" && (countedComments(n, st) || uncountedComments(n, st)) && !p.postInside(n) && !answersToPost(n) {
			k = KindComments
		}
		// A box of teasers after the story, under unlinked headings
		// (storyboxes.go).
		if k == "" && p.teaserBoxAfter(n, st, cut) && !p.postInside(n) {
			k = KindRelated
		}
		// Walls are counted even when protected: their text may be all
		// the page holds.
		switch k {
		case KindCookie:
			p.controls.consentWords += st.get(n).words
		case KindPaywall:
			// Many free stories carry an empty or hidden paywall
			// placeholder; only a visible box with text is a wall.
			if st.get(n).words >= minPaywallBoxWords && hiddenKind(n) == "" {
				p.controls.paywallMarkup = true
			}
		case KindPopup:
			if w := st.get(n).words; w <= maxConsentWallWords && aboutConsent(textOf(n)) {
				p.controls.consentWords += w
			}
		}
		// A subscription offer (plan cards with prices and buttons, and
		// the box around them) is cut even when it holds most of the
		// text: on a paywall stub it is all the page shows
		// (paywall.go).
		if offers[n] && (k == "" || k == KindPromo || k == KindPaywall || k == KindNewsletter) {
			p.countOffer(n)
			cut = append(cut, n)
			kinds = append(kinds, kindOr(k, KindPromo))
			return false
		}
		if k == "" {
			return true
		}
		if protected(n, k) || stubs.keep(n, k, total, cut) {
			if k == KindSidebar && widgetNamed(n) && !insideAnyOf(n, keptWidgets) {
				keptWidgets = append(keptWidgets, n)
			}
			return true
		}
		// An offer inside a box cut for another reason is counted
		// all the same (pagetype_walls.go).
		p.offersWithin(n, offers)
		cut = append(cut, n)
		kinds = append(kinds, k)
		return false
	}
	walk(p.body, visit)
	widgets := widgetWords(cut, kinds, st)
	for _, n := range keptWidgets {
		widgets += st.get(n).pwords
	}
	if own := total - chromeWords(cut, kinds, keptWidgets, st); widgetsHoldStory(own, widgets) || own < minWidgetStoryWords && p.widgetBrief(own, widgets, cut, kinds, keptWidgets, st) {
		// Take the widgets back and look inside them instead.
		widgetsAreContent = true
		p.widgetsAreContent = true
		keep, keepKinds := cut[:0:0], kinds[:0:0]
		var again []*html.Node
		for i, n := range cut {
			if kinds[i] == KindSidebar && widgetNamed(n) {
				again = append(again, n)
				continue
			}
			keep, keepKinds = append(keep, n), append(keepKinds, kinds[i])
		}
		cut, kinds = keep, keepKinds
		for _, n := range again {
			walk(n, visit)
		}
	}
	for i, n := range cut {
		if kinds[i] == KindCaption && len(p.captions) < 16 {
			fc := captionOf(n)
			// A heading a slide sets above its caption is the slide's
			// title, read with it.
			if t := slideTitle(n, fc); t != "" {
				p.captions = append(p.captions, t)
			}
			if t := textOf(fc); t != "" {
				p.captions = append(p.captions, t)
			}
		}
		p.drop(n, kinds[i])
	}
}

// Bounds of the pull-quote check: how many a page gets, and the text of
// one (a longer box is no pull quote and goes as its class says).
const (
	maxPullQuoteChecks = 16
	maxPullQuoteChars  = 600
)

// maxFigureNodes bounds the walk that tells a figure of text.
const maxFigureNodes = 200

// textFigure reports a figure holding a table or a blockquote and no
// picture, video or frame, or one holding a grid table whatever else it
// holds: a picture or an ad slot set into a table's figure does not make
// the table a caption.
func textFigure(n *html.Node, st stats) bool {
	text, data, media, seen := false, false, false, 0
	walk(n, func(c *html.Node) bool {
		if c.Type != html.ElementNode || data {
			return false
		}
		// A figure too big to read cheaply is taken for a figure.
		if seen++; seen > maxFigureNodes {
			media, data = true, false
			return false
		}
		switch c.DataAtom {
		case atom.Table:
			text = true
			data = gridTable(c, st)
		case atom.Blockquote:
			text = true
		case atom.Img, atom.Picture, atom.Video, atom.Iframe, atom.Svg, atom.Audio, atom.Object, atom.Embed, atom.Canvas:
			media = true
		}
		return true
	})
	return data || text && !media
}

// slideTitle is the text of the first heading in figure n outside its
// caption fc and any figure inside it ("" for none, or when n is no
// figure).
func slideTitle(n, fc *html.Node) string {
	if n.DataAtom != atom.Figure || fc == n {
		return ""
	}
	t := ""
	walk(n, func(c *html.Node) bool {
		if t != "" || c.Type != html.ElementNode && c != n || c == fc || c != n && c.DataAtom == atom.Figure {
			return false
		}
		if isHeading(c) {
			t = textOf(c)
			return false
		}
		return true
	})
	return t
}

// gridTable reports a table with minDataRows rows or more of two cells or
// more with text, and no table nested before them: a table of data,
// whatever its cells link to. A picture and its caption laid out in a
// table are one or two rows.
func gridTable(t *html.Node, st stats) bool {
	rows := 0
	ok := eachRow(t, func(tr *html.Node) bool {
		cells := 0
		for d := tr.FirstChild; d != nil; d = d.NextSibling {
			if (d.DataAtom == atom.Td || d.DataAtom == atom.Th) && st.get(d).words > 0 {
				cells++
			}
		}
		if cells >= 2 {
			rows++
		}
		// Enough rows read: a huge table is not read to its end.
		return rows < minDataRows
	})
	return ok && rows >= minDataRows
}

// quoteAttribution reports a footer or caption inside a blockquote (at
// most two levels down): the quote's source line.
func quoteAttribution(n *html.Node) bool {
	if n.DataAtom != atom.Footer && n.DataAtom != atom.Figcaption && n.DataAtom != atom.Cite {
		return false
	}
	for q, k := n.Parent, 0; q != nil && k < 2; q, k = q.Parent, k+1 {
		if q.DataAtom == atom.Blockquote {
			return true
		}
	}
	return false
}

func insideAny(n *html.Node, as ...atom.Atom) bool {
	for q := n.Parent; q != nil; q = q.Parent {
		if slices.Contains(as, q.DataAtom) {
			return true
		}
	}
	return false
}

func hasHeadingLink(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if found || c.Type != html.ElementNode {
			return false
		}
		if isHeading(c) && c.DataAtom != atom.H1 && firstLink(c) != nil {
			found = true
		}
		return !found
	})
	return found
}

// contentHintRe finds a class or id that names the story container.
var contentHintRe = regexp.MustCompile(`article|content|main|body|story|post|entry|text`)

// maxWidgetWords bounds the text of a control widget.
const maxWidgetWords = 12

// maxCallWords bounds the text of a call-to-action box.
const maxCallWords = 25

// directButton reports a button, or a link styled as one, among n's
// children.
func directButton(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Button || c.DataAtom == atom.A && hasButtonClass(c)) {
			return true
		}
	}
	return false
}

// maxPlaceholderWords bounds the notice of an embed placeholder.
const maxPlaceholderWords = 30

// maxSignupWords bounds the text of a sign-up box: a title, a line of
// promise and the button.
const maxSignupWords = 45

// maxCardWords bounds the text of a card link: a title and a summary.
const maxCardWords = 80

// signupBoxes marks, for each e-mail field of the page, the outermost of
// its nearest ancestors that still holds little text: the sign-up box.
func (p *page) signupBoxes() map[*html.Node]bool {
	if len(p.controls.emailInputs) == 0 {
		return nil
	}
	out := map[*html.Node]bool{}
	for _, in := range p.controls.emailInputs {
		var box *html.Node
		from := in
		for q, k := in.Parent, 0; q != nil && q != p.body && k < 6; q, k, from = q.Parent, k+1, q {
			if q.Type != html.ElementNode || p.st.get(q).words > maxSignupWords || p.st.get(q).pwords > maxSignupWords {
				break
			}
			// A box that already says what it offers ends where its
			// parent sets it among paragraphs: a sign-up box between the
			// short last lines of a story takes none of them along.
			if box != nil && saysWhat(box) && paraBeside(q, from, p.st) {
				break
			}
			// Nor does a box take a short story along: a container whose
			// text beside the box is a run of sentences, with no such run
			// beside the container itself, holds a story that opens or
			// closes with the form; a box's promise sits beside the
			// story's run.
			if box != nil && sentencesBeside(q, from, p.st) >= minSignupStoryWords &&
				(q.Parent == nil || sentencesBeside(q.Parent, q, p.st) < minSignupStoryWords) {
				break
			}
			switch q.DataAtom {
			case atom.Div, atom.Section, atom.Aside, atom.Form, atom.Figure:
				box = q
			}
		}
		if box != nil {
			out[box] = true
		}
	}
	return out
}

// minSignupStoryWords is how many words of sentences make a story's
// run beside a sign-up box: a brief is one long line or two.
const minSignupStoryWords = 20

// sentencesBeside counts the words of q's children other than from that
// are lines of a story: no heading, no form, at least minStoryLineWords
// words ending a sentence.
func sentencesBeside(q, from *html.Node, st stats) int {
	n := 0
	for c := q.FirstChild; c != nil; c = c.NextSibling {
		if c == from || c.Type != html.ElementNode || isHeading(c) || c.DataAtom == atom.Form {
			continue
		}
		if w := st.get(c).words; w >= minStoryLineWords && endsSentence(strings.TrimSpace(textOf(c))) {
			n += w
		}
	}
	return n
}

// saysWhat reports a box with a heading or a paragraph of its own
// outside its form: a sign-up box's title or promise.
func saysWhat(box *html.Node) bool {
	found := false
	walk(box, func(c *html.Node) bool {
		if found || c.Type != html.ElementNode || c.DataAtom == atom.Form {
			return false
		}
		if (c.DataAtom == atom.P || isHeading(c)) && strings.TrimSpace(textOf(c)) != "" {
			found = true
		}
		return !found
	})
	return found
}

// paraBeside reports story text among q's children other than from, or
// inside them: a paragraph; a list or table of two items with text or
// more; two siblings of the same tag and class with text (a row of
// tiles); or a heading with text after it (another block's title and
// body, as in an accordion), on the same side of from unless from has a
// title of its own. A sign-up box's own parts are none of these: its
// title before it, one line of small print after it, its form.
func paraBeside(q, from *html.Node, st stats) bool {
	var run map[string]int
	heading := false
	titled := holdsHeading(from)
	for c := q.FirstChild; c != nil; c = c.NextSibling {
		if c == from {
			heading = heading && titled
			continue
		}
		if c.Type != html.ElementNode || st.get(c).words == 0 {
			continue
		}
		if isHeading(c) {
			heading = true
			continue
		}
		if heading || textItems(c, st) >= 2 {
			return true
		}
		if run == nil {
			run = map[string]int{}
		}
		key := c.Data + "." + attr(c, "class")
		if run[key]++; run[key] >= 2 {
			return true
		}
		found := false
		walk(c, func(d *html.Node) bool {
			if found || d.Type != html.ElementNode {
				return false
			}
			if d.DataAtom == atom.P && strings.TrimSpace(textOf(d)) != "" {
				found = true
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// linkBlockIn returns the one block child of n whose text is at least
// half link text, or nil when there is none or more than one.
func linkBlockIn(n *html.Node, st stats) *html.Node {
	var one *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || !isBlock(c) {
			continue
		}
		if v := st.get(c); v.chars > 0 && v.linkChars*2 >= v.chars {
			if one != nil {
				return nil
			}
			one = c
		}
	}
	return one
}

// holdsHeading reports a heading with text in n's subtree.
func holdsHeading(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if found || c.Type != html.ElementNode {
			return false
		}
		if isHeading(c) && strings.TrimSpace(textOf(c)) != "" {
			found = true
		}
		return !found
	})
	return found
}

// maxItemsRead bounds the items textItems reads.
const maxItemsRead = 8

// textItems counts, up to maxItemsRead, the items with text of the list or
// table n is or wraps alone: <li>, <dd> or <tr>.
func textItems(n *html.Node, st stats) int {
	for n != nil && n.Type == html.ElementNode && n.DataAtom != atom.Ul && n.DataAtom != atom.Ol && n.DataAtom != atom.Dl && n.DataAtom != atom.Table {
		c := firstElement(n)
		if c == nil || hasBlockSibling(c) {
			return 0
		}
		n = c
	}
	if n == nil || n.Type != html.ElementNode {
		return 0
	}
	k := 0
	walk(n, func(d *html.Node) bool {
		if k >= maxItemsRead || d.Type != html.ElementNode {
			return false
		}
		switch d.DataAtom {
		case atom.Li, atom.Dd, atom.Tr:
			if st.get(d).words > 0 {
				k++
			}
			return false
		}
		return true
	})
	return k
}

// consentControl reports a button among n's children and grandchildren
// whose label accepts consent.
func consentControl(n *html.Node) bool {
	found := false
	check := func(c *html.Node) {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Button || c.DataAtom == atom.A && hasButtonClass(c)) {
			if s := labelText(c); s != "" && words(s) <= maxButtonWords && consentButtonRe.MatchString(strings.ToLower(s)) {
				found = true
			}
		}
	}
	for c := n.FirstChild; c != nil && !found; c = c.NextSibling {
		check(c)
		if c.Type == html.ElementNode {
			for g := c.FirstChild; g != nil && !found; g = g.NextSibling {
				check(g)
			}
		}
	}
	return found
}

// textBlocks counts, up to limit, the block elements under n that hold
// text of their own.
func textBlocks(n *html.Node, limit int) int {
	k, seen := 0, 0
	walk(n, func(c *html.Node) bool {
		seen++
		if k >= limit || seen > maxDataCellNodes || c.Type != html.ElementNode {
			return false
		}
		if c != n && (isBlock(c) || isHeading(c)) && hasOwnText(c) {
			k++
		}
		return true
	})
	return k
}

// hasOwnText reports a text child with more than white space.
func hasOwnText(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return true
		}
	}
	return false
}

// controlCount counts the buttons and visible inputs among n's children
// and grandchildren.
func controlCount(n *html.Node) int {
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if isControl(c) {
			k++
			continue
		}
		if c.Type == html.ElementNode {
			for g := c.FirstChild; g != nil; g = g.NextSibling {
				if isControl(g) {
					k++
				}
			}
		}
	}
	return k
}

func isControl(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.Button, atom.Select, atom.Textarea:
		return true
	case atom.Input:
		return !strings.EqualFold(attr(n, "type"), "hidden")
	}
	return false
}

// widgetNamed reports a block that is a sidebar by its "widget" class name
// alone: not an <aside>, not role=complementary, not named "sidebar".
func widgetNamed(n *html.Node) bool {
	if n.DataAtom == atom.Aside || strings.EqualFold(attr(n, "role"), "complementary") {
		return false
	}
	c := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	return (classHas(c, "widget") || classHas(c, "widgets")) && !strings.Contains(c, "sidebar")
}

// widgetWords sums the running-text words of the blocks cut as sidebars by
// their "widget" name alone.
func widgetWords(cut []*html.Node, kinds []Kind, st stats) int {
	w := 0
	for i, n := range cut {
		if kinds[i] == KindSidebar && widgetNamed(n) {
			w += st.get(n).pwords
		}
	}
	return w
}

// insideAnyOf reports whether n lies under one of the elements of as.
func insideAnyOf(n *html.Node, as []*html.Node) bool {
	for _, a := range as {
		if contains(a, n) {
			return true
		}
	}
	return false
}

// holdsAnyOf reports whether n holds one of the elements of as (n
// included).
func holdsAnyOf(n *html.Node, as []*html.Node) bool {
	for _, a := range as {
		if contains(n, a) {
			return true
		}
	}
	return false
}

// imageTeaser reports a link that holds an image and a few words and is
// all the text of its block: a picture teaser for another story.
func imageTeaser(a *html.Node, st stats) bool {
	w := st.get(a).words
	if w < 3 || a.Parent == nil || st.get(a.Parent).words != w {
		return false
	}
	img := false
	seen := 0
	walk(a, func(c *html.Node) bool {
		seen++
		if img || seen > maxDataCellNodes {
			return false
		}
		if c.DataAtom == atom.Img || c.DataAtom == atom.Picture {
			img = true
		}
		return true
	})
	return img
}

// Bounds of a teaser card: its words, and how deep its heading sits.
const (
	maxTeaserCardWords = 50
	maxTeaserCardDepth = 3
)

// linkedHeadingCard reports a block of a few words whose heading (h2-h6) is
// all link text pointing at another page, with text besides the heading.
// Story subheads carry no link but to their own anchor.
func linkedHeadingCard(n *html.Node, st stats) bool {
	w := st.get(n).words
	if w < 4 || w > maxTeaserCardWords {
		return false
	}
	h := findWithin(n, maxTeaserCardDepth, func(k *html.Node) bool { return isHeading(k) && k.DataAtom != atom.H1 })
	if h == nil {
		return false
	}
	v := st.get(h)
	if v.chars == 0 || v.linkChars < v.chars || v.words >= w {
		return false
	}
	l := firstLink(h)
	return l != nil && !strings.HasPrefix(strings.TrimSpace(attr(l, "href")), "#")
}

// cardBeside reports a teaser card next to n among its siblings.
func cardBeside(n *html.Node, st stats) bool {
	if p := prevElement(n); p != nil && linkedHeadingCard(p, st) {
		return true
	}
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode && !skipSet.has(s.DataAtom) {
			return linkedHeadingCard(s, st)
		}
	}
	return false
}

// Bounds of a box of facts among the story's paragraphs: its words, the
// story paragraphs beside it, and the siblings read to find them.
const (
	minFactsWords     = 8
	maxFactsWords     = 200
	minFactsStoryPars = 2
	maxFactsSiblings  = 100
	maxFactsParaWords = 150
)

// factsBox reports a box of two blocks or more (a heading and a list, in
// the box or in wrappers of one element inside it) with almost no links
// whose siblings hold at least two paragraphs of running text: it sits
// inside the story.
func factsBox(n *html.Node, st stats) bool {
	v := st.get(n)
	if v.words < minFactsWords || v.words > maxFactsWords || n.Parent == nil {
		return false
	}
	// Counted inside the box's own inner wrapper (<aside><div
	// class="…__inner">), which holds the heading and the list.
	inner := unwrapped(n)
	var links *html.Node
	if factsBoxLinkChars(inner, v.linkChars, st)*10 > v.chars {
		// One block of links set into a box whose list has none (a
		// "read more" line or a related box put between its title and
		// its list) is chrome of its own, cut on its own: it does not
		// make the facts a box of links.
		links = linkBlockIn(inner, st)
		if links == nil {
			return false
		}
		if lv := st.get(links); (v.linkChars-lv.linkChars)*10 > v.chars-lv.chars {
			return false
		}
	}
	blocks, list := 0, false
	for c := inner.FirstChild; c != nil; c = c.NextSibling {
		if c != links && c.Type == html.ElementNode && isBlock(c) && st.get(c).words > 0 {
			blocks++
			list = list || textItems(c, st) >= 2
		}
	}
	// Paragraphs of the box written as bare text between <br><br> are
	// its blocks too (a heading over a bio set that way).
	blocks += bareParagraphs(inner, st)
	if blocks < 2 || links != nil && !list {
		// One line set aside (an update stamp, a credit) is no box of facts.
		return false
	}
	// Paragraphs written as bare text between <br><br> count as well.
	story, seen := bareParagraphs(n.Parent, st), 0
	if story >= minFactsStoryPars {
		return true
	}
	for c := n.Parent.FirstChild; c != nil && seen < maxFactsSiblings; c = c.NextSibling {
		seen++
		// A paragraph, or a paragraph in its layout <div>s; a column of
		// the page holds more than one paragraph's words.
		if c != n && (c.DataAtom == atom.P || c.DataAtom == atom.Div) && st.get(c).pwords >= minFactsWords && st.get(c).words <= maxFactsParaWords {
			if story++; story >= minFactsStoryPars {
				return true
			}
		}
		// Paragraphs set as the items of a list count as well.
		if c != n {
			if story += listParagraphs(c, st); story >= minFactsStoryPars {
				return true
			}
		}
	}
	return false
}

// wrapperHiddenByDialog reports an element hidden by aria-hidden alone
// (no hidden attribute, no hiding style or class) that holds one of the
// page's <h1>s, not a link, while a dialog stands outside it
// (modalDialogs): the page's wrapper while the dialog is open, not
// decoration. With no dialog, or around a linked <h1>, such an element is
// an off-canvas menu or a copy of the header that holds the site's name
// as an <h1>. The scan keeps at most
// maxHeadlineMarks <h1>s, modalDialogs at most maxModalDialogs dialogs,
// and the parser caps the depth, so the check is bounded per element.
func (p *page) wrapperHiddenByDialog(n *html.Node) bool {
	if !ariaHidden(n) || hiddenFromView(n) || classKind(n) == KindHidden {
		return false
	}
	headline := false
	for _, h := range p.controls.h1s {
		// A linked <h1> is the site's name leading home (a menu's or a
		// header copy's logo), not the story's headline.
		if contains(n, h) && p.st.linkDensity(h) < maxHeadlineLinkDensity {
			headline = true
			break
		}
	}
	if !headline {
		return false
	}
	for _, d := range p.modalDialogs() {
		if d != n && !isAncestor(n, d) && !isAncestor(d, n) {
			return true
		}
	}
	return false
}

// maxHeadlineLinkDensity bounds the link text of an <h1> that a wrapper
// hidden by a dialog holds: a headline, not a logo linked home.
const maxHeadlineLinkDensity = 0.5

// Bounds of modalDialogs: the dialogs it keeps, the consent buttons it
// climbs from and the levels it climbs.
const (
	maxModalDialogs   = 8
	maxConsentButtons = 16
	maxConsentClimb   = 6
)

// modalDialogs returns the page's dialogs, found on the first call: a
// <dialog>, an element with a dialog's role, a box named for a popup or a
// consent layer, a consent layer fixed by its inline style, and the box
// of a consent button however it is named or placed (consentLayerOf).
func (p *page) modalDialogs() []*html.Node {
	if p.dialogsFound {
		return p.dialogs
	}
	p.dialogsFound = true
	var buttons []*html.Node
	walk(p.body, func(n *html.Node) bool {
		if n.Type != html.ElementNode || len(p.dialogs) >= maxModalDialogs {
			return n.Type == html.DocumentNode
		}
		if k := structuralKind(n); k == KindPopup || k == KindCookie || fixedConsent(n, p.st) {
			p.dialogs = append(p.dialogs, n)
			return false
		}
		if n.DataAtom == atom.Button || n.DataAtom == atom.A && (hasButtonClass(n) || strings.EqualFold(attr(n, "role"), "button")) {
			if len(buttons) < maxConsentButtons {
				if s := labelText(n); s != "" && words(s) <= maxButtonWords && consentButtonRe.MatchString(toLower(s)) {
					buttons = append(buttons, n)
				}
			}
			return false
		}
		return true
	})
	for _, b := range buttons {
		if box := p.consentLayerOf(b); box != nil && len(p.dialogs) < maxModalDialogs {
			p.dialogs = append(p.dialogs, box)
		}
	}
	return p.dialogs
}

// consentLayerOf returns the box of consent button b: its highest ancestor,
// at most maxConsentClimb levels up, that holds at most maxOverlayWords
// words and none of the page's <h1>s, when that box's text is about
// consent; or nil. Consent platforms name their layers as they like
// ("qc-cmp2-container", "sp_veil") and style them from a sheet.
func (p *page) consentLayerOf(b *html.Node) *html.Node {
	var box *html.Node
	for a, k := b.Parent, 0; a != nil && a.Type == html.ElementNode && a.DataAtom != atom.Body && k < maxConsentClimb; a, k = a.Parent, k+1 {
		if p.st.get(a).words > maxOverlayWords || p.holdsH1(a) {
			break
		}
		box = a
	}
	if box == nil || !aboutConsent(textOf(box)) {
		return nil
	}
	return box
}

// holdsH1 reports whether n holds one of the <h1>s the scan kept.
func (p *page) holdsH1(n *html.Node) bool {
	return holdsAnyOf(n, p.controls.h1s)
}
