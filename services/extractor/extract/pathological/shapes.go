package pathological

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
)

// Shape is one kind of markup that a rule of the extractor looks at,
// repeated to scale: a page of n repetitions should cost about n times one
// repetition, and a rule that reads, for each repetition, its siblings,
// its block or the page shows as work that grows faster than n. The shapes
// come from the rules (each rule file's doc comment names what it
// matches), so a rule added later that reads a new shape needs a new
// Shape here for the sweep to see it.
type Shape struct {
	Name string
	// Rules names the rule files (services/extractor/extract) that read
	// the shape, so that a flagged shape leads to the code to profile.
	Rules string
	// Where is where the repetitions stand on the page.
	Where Placement
	// Open and Close wrap the run of repetitions ("<ul>" … "</ul>");
	// "{n}" in Open stands for the number of repetitions (a heading that
	// counts the comments under it).
	Open, Close string
	// Unit writes repetition i (from 0).
	Unit func(b *bytes.Buffer, i int)
}

// Placement is where a shape's repetitions stand relative to the story.
type Placement int

const (
	// InStory sets the repetitions inside the story's <article>, after
	// its paragraphs: where the line and box rules of the content read.
	InStory Placement = iota
	// AfterStory sets them after the <article>, as its siblings: where
	// the sibling joins and trailing-box rules read.
	AfterStory
	// BeforeStory sets them before the <article>.
	BeforeStory
	// Alone sets them in the <body> with no story at all (a listing, a
	// thread, a page that is all one shape).
	Alone
)

// placementNames are the suffixes of Shape.At.
var placementNames = [...]string{InStory: "in", AfterStory: "after", BeforeStory: "before", Alone: "alone"}

// Placements are every placement, for sweeping each shape at each.
var Placements = []Placement{InStory, AfterStory, BeforeStory, Alone}

// At returns s set at where, named NAME@where: a rule may read a shape
// only where it stands beside the story, or only where it is the page.
func (s Shape) At(where Placement) Shape {
	s.Name += "@" + placementNames[where]
	s.Where = where
	return s
}

// Page returns the page of shape s with n repetitions.
func (s Shape) Page(n int) []byte {
	var b bytes.Buffer
	b.WriteString(head)
	run := func() {
		b.WriteString(strings.ReplaceAll(s.Open, "{n}", strconv.Itoa(n)))
		for i := range n {
			s.Unit(&b, i)
		}
		b.WriteString(s.Close)
	}
	story := storyHTML("")
	switch s.Where {
	case InStory:
		b.WriteString(strings.TrimSuffix(story, "</article>"))
		run()
		b.WriteString("</article>")
	case AfterStory:
		b.WriteString(story)
		run()
	case BeforeStory:
		run()
		b.WriteString(story)
	case Alone:
		run()
	}
	b.WriteString(tail)
	return b.Bytes()
}

// unit returns a Unit that writes format with the repetition's index for
// every %[1]d.
func unit(format string) func(b *bytes.Buffer, i int) {
	return func(b *bytes.Buffer, i int) { fmt.Fprintf(b, format, i) }
}

// sentence is a line of running text that ends a sentence, with commas.
const sentence = "The council said on Monday that the works, which began in spring, would end before the winter."

// brLines is a shape of lines in one block, each line (format, with the
// repetition's index for every %[1]d) closed by <br><br>.
func brLines(name, rules, format string) Shape {
	return Shape{Name: name, Rules: rules, Where: InStory, Open: "<div>", Close: "</div>", Unit: unit(format + "<br><br>")}
}

// tdLines is brLines in the story's table cell, as old table layouts set a
// story: rules that ask whether a line stands in a data table read the
// cell.
func tdLines(name, rules, format string) Shape {
	return Shape{
		Name: name, Rules: rules, Where: InStory,
		Open: "<table><tr><td>", Close: "</td><td>Weather</td></tr></table>",
		Unit: unit(format + "<br><br>"),
	}
}

// Shapes returns the shapes of the scaling sweep. Every unit is small
// enough that 8,000 repetitions stay within the extractor's node and text
// caps (150,000 nodes, 1 MB of text), so that the sweep measures the rules
// rather than the pre-pass that cuts a page to size.
func Shapes() []Shape {
	return []Shape{
		// labelbox.go: an ad label heading a short box (storyBlock, paidBox).
		{
			Name: "ad-labelled-boxes", Rules: "labelbox.go", Where: InStory,
			Unit: unit(`<div class="x"><div>Anzeige</div><p>Short teaser line %d.</p></div>`),
		},
		// labelbox.go: a box label over links only ("See also").
		{
			Name: "label-link-boxes", Rules: "labelbox.go", Where: InStory,
			Unit: unit(`<div><span>See also:</span> <a href="/s/%[1]d">Another story %[1]d</a></div>`),
		},
		// labelbox.go: the bare label, no box around it, between paragraphs.
		{
			Name: "bare-labels", Rules: "labelbox.go", Where: InStory,
			Unit: unit(`<p>Advertisement</p><p>` + sentence + ` Line %d.</p>`),
		},
		// personbox.go: a person card (picture, linked name, a line).
		{
			Name: "person-cards", Rules: "personbox.go", Where: InStory,
			Unit: unit(`<div class="c%[1]d"><img src="/p.jpg" alt=""><div><a href="/p/%[1]d">Jane Doe</a><p>Political correspondent since 2015.</p></div></div>`),
		},
		// personbox.go: an author box giving the name twice, all alike.
		{
			Name: "author-boxes", Rules: "personbox.go", Where: AfterStory,
			Unit: unit(`<div class="box"><img src="/a%[1]d.jpg" alt="Anna Berg"><h4>Anna Berg</h4><p>Anna Berg writes about the coast.</p></div>`),
		},
		// callbox.go: a short box with a button of its own.
		{
			Name: "call-boxes", Rules: "callbox.go", Where: InStory,
			Unit: unit(`<div><p>Get the morning briefing %d in your inbox.</p><button>Sign up</button></div>`),
		},
		// callbox.go: a box whose control is a link on a line of its own.
		{
			Name: "call-link-lines", Rules: "callbox.go", Where: InStory,
			Unit: unit(`<div><p>Have a project? Talk to us.</p><p><a href="/contact/%d">Contact</a></p></div>`),
		},
		// recipecard.go: labelled times, one per item.
		{
			Name: "recipe-time-items", Rules: "recipecard.go", Where: InStory, Open: "<ul>", Close: "</ul>",
			Unit: unit(`<li>Prep Time: %d minutes</li>`),
		},
		// recipecard.go: a label and a value in two spans, lines of a card.
		{
			Name: "recipe-span-values", Rules: "recipecard.go", Where: InStory,
			Unit: unit(`<div><span>Cook time</span> <span>%d min</span></div>`),
		},
		// cards.go: nutrition or specification lines.
		{
			Name: "quantity-lines", Rules: "cards.go", Where: InStory,
			Unit: unit(`<p>Calories: %d kcal · Carbs: 19 g · Protein: 4 g</p>`),
		},
		// captionrun.go, imagecaption.go: a picture and its caption in bare boxes.
		{
			Name: "caption-pairs", Rules: "captionrun.go imagecaption.go", Where: InStory,
			Unit: unit(`<div><div><img src="/i/%[1]d.jpg"></div><div>The reservoir in October %[1]d. Photo: J. Ruiz</div></div>`),
		},
		// imagecaption.go: the same pairs with a class (inPictureRun).
		{
			Name: "class-caption-pairs", Rules: "imagecaption.go", Where: InStory,
			Unit: unit(`<div class="pair"><div><img src="/i/%[1]d.jpg"></div><div>The reservoir in October %[1]d. Photo: J. Ruiz</div></div>`),
		},
		// imagecaption.go, pagetype_media.go: figures with captions.
		{
			Name: "figures", Rules: "imagecaption.go pagetype_media.go", Where: InStory,
			Unit: unit(`<figure><img src="/f/%[1]d.jpg" alt=""><figcaption>The pier at dawn, picture %[1]d.</figcaption></figure>`),
		},
		// brtext.go, lines.go: sentences as bare text split by <br><br> in one block.
		{
			Name: "br-paragraphs", Rules: "brtext.go lines.go", Where: InStory, Open: "<div>", Close: "</div>",
			Unit: unit(sentence + ` Line %d.<br><br>`),
		},
		// oldlayouts.go, datedlists.go: short lines joined by single <br>s.
		{
			Name: "br-lines", Rules: "oldlayouts.go datedlists.go", Where: InStory, Open: "<p>", Close: "</p>",
			Unit: unit(`<font>Line %d of the card</font><br>`),
		},
		// metarow.go: inline pieces with a time, side by side.
		{
			Name: "meta-rows", Rules: "metarow.go", Where: InStory,
			Unit: unit(`<div><span>By Anna Berg</span> · <time>12 January 2026, 07:%02d</time> · <span>3 min read</span></div>`),
		},
		// metarow.go: one block of many inline pieces.
		{
			Name: "meta-pieces-one-block", Rules: "metarow.go", Where: InStory, Open: "<div>", Close: "</div>",
			Unit: unit(`<span>Piece %d</span> · `),
		},
		// linklines.go: a line of a few short links ("Print · Pin").
		{
			Name: "short-link-lines", Rules: "linklines.go", Where: InStory,
			Unit: unit(`<p><a href="/print/%[1]d">Print</a> · <a href="/pin/%[1]d">Pin</a></p>`),
		},
		// linklines.go: a cross link line ("Read also: …") between paragraphs.
		{
			Name: "cross-link-lines", Rules: "linklines.go", Where: InStory,
			Unit: unit(`<p>` + sentence + `</p><p>More: <a href="/x/%[1]d">The harbour reopens %[1]d</a></p>`),
		},
		// linklines.go, lines.go: stamped lines.
		{
			Name: "stamp-lines", Rules: "linklines.go lines.go", Where: InStory,
			Unit: unit(`<p>Published 12 January 2026, 07:15 | Updated 08:%02d</p>`),
		},
		// lines.go, byline.go: short "By Name" lines.
		{
			Name: "byline-lines", Rules: "lines.go byline.go", Where: InStory,
			Unit: unit(`<p>By Anna Berg %d</p>`),
		},
		// contact.go, contactbox.go, helpbox.go: lines with ways to reach someone.
		{
			Name: "contact-lines", Rules: "contact.go contactbox.go helpbox.go", Where: InStory,
			Unit: unit(`<p>Call +49 711 12345%02d or write to press@example.org</p>`),
		},
		// helpbox.go, contactbox.go, closingbox.go: a heading over short lines in a box.
		{
			Name: "help-boxes", Rules: "helpbox.go contactbox.go closingbox.go", Where: InStory,
			Unit: unit(`<div><h3>Questions %d?</h3><p>Our team answers on weekdays.</p><a href="/a" class="btn">Write to us</a><a href="/b" class="btn">Book a call</a></div>`),
		},
		// closingbox.go, summarybox.go: a conclusion box of a heading and sentences.
		{
			Name: "closing-boxes", Rules: "closingbox.go summarybox.go", Where: AfterStory,
			Unit: unit(`<div><h3>Conclusion %d</h3><p>` + sentence + `</p></div>`),
		},
		// qa.go, qacount.go: a question and answers with buttons and author links.
		{
			Name: "qa-posts", Rules: "qa.go qacount.go postauthor.go", Where: Alone,
			Open:  `<div class="post question"><a href="/u/0">asker</a><p>` + sentence + `</p><button>Vote</button></div><h3>{n} answers</h3>`,
			Unit:  unit(`<div class="post answer"><a href="/u/%[1]d">user%[1]d</a><p>` + sentence + `</p><button>Vote</button></div>`),
			Close: "",
		},
		// threads.go, postauthor.go: forum posts of one class.
		{
			Name: "thread-posts", Rules: "threads.go postauthor.go shortthread.go", Where: Alone,
			Unit: unit(`<div class="post"><div><a href="/u/%[1]d">user%[1]d</a> Member</div><p>` + sentence + `</p><button>Reply</button></div>`),
		},
		// comments.go: comments with a repeated control line.
		{
			Name: "comment-markers", Rules: "comments.go cutoff.go", Where: InStory,
			Unit: unit(`<p>Posted by reader%[1]d on 3 May</p><p>I agree with the council, number %[1]d.</p><p>Report this comment</p>`),
		},
		// commentlist.go: a counted list of comments with reply links.
		{
			Name: "counted-comments", Rules: "commentlist.go", Where: AfterStory,
			Open: `<div><h3>{n} comments</h3><ul>`, Close: `</ul></div>`,
			Unit: unit(`<li><p>Well said, reader %d.</p><a href="#c1">Reply</a></li>`),
		},
		// storyshapes.go, linklines.go (layoutCell, eachRow): one table of many rows.
		{
			Name: "table-rows", Rules: "storyshapes.go linklines.go", Where: InStory, Open: "<table>", Close: "</table>",
			Unit: unit(`<tr><td>Pier %[1]d</td><td>12.5</td><td>closed</td></tr>`),
		},
		// storyshapes.go: many small tables.
		{
			Name: "small-tables", Rules: "storyshapes.go", Where: InStory,
			Unit: unit(`<table><tr><th>Day</th><th>Wind</th></tr><tr><td>%d</td><td>9 Bft</td></tr></table>`),
		},
		// storyshapes.go, code.go: table cells holding layout (nested tables).
		{
			Name: "layout-cells", Rules: "linklines.go oldlayouts.go", Where: Alone, Open: "<table>", Close: "</table>",
			Unit: unit(`<tr><td><a href="/n/%[1]d">Home</a></td><td><p>` + sentence + `</p></td></tr>`),
		},
		// contentboxes.go, lines.go, tail.go: one list of links.
		{
			Name: "link-list", Rules: "contentboxes.go lines.go", Where: InStory, Open: "<ul>", Close: "</ul>",
			Unit: unit(`<li><a href="/s/%[1]d">Another headline about the storm %[1]d</a></li>`),
		},
		// tail.go, listing.go: teasers of a linked headline and a summary.
		{
			Name: "teasers", Rules: "tail.go listing.go", Where: InStory,
			Unit: unit(`<div class="teaser"><h3><a href="/s/%[1]d">Storm %[1]d hits the coast</a></h3><p>Crews worked overnight.</p></div>`),
		},
		// listing.go: a listing page of teasers and nothing else.
		{
			Name: "listing", Rules: "listing.go", Where: Alone, Open: "<main>", Close: "</main>",
			Unit: unit(`<div class="card"><h2><a href="/s/%[1]d">Storm %[1]d hits the coast</a></h2><time>12 Jan 2026</time></div>`),
		},
		// datedlists.go: linked headlines with dates.
		{
			Name: "dated-list", Rules: "datedlists.go", Where: InStory, Open: "<ul>", Close: "</ul>",
			Unit: unit(`<li><a href="/s/%[1]d">Store updated</a> - 09 Nov, 2007</li>`),
		},
		// pullquote.go, storyshapes.go: blockquotes that repeat story text.
		{
			Name: "pull-quotes", Rules: "pullquote.go storyshapes.go", Where: InStory,
			Unit: unit(`<p>“The pier %[1]d will reopen,” she said.</p><blockquote>“The pier %[1]d will reopen”</blockquote>`),
		},
		// storyshapes.go: nested blockquotes (quotes of quotes), to the depth cap.
		{
			Name: "nested-blockquotes", Rules: "storyshapes.go", Where: InStory,
			Unit: func(b *bytes.Buffer, i int) {
				b.WriteString(strings.Repeat("<blockquote>", 8))
				fmt.Fprintf(b, "Quoted %d.", i)
				b.WriteString(strings.Repeat("</blockquote>", 8))
			},
		},
		// storyshapes.go: definition lists.
		{
			Name: "definition-list", Rules: "storyshapes.go", Where: InStory, Open: "<dl>", Close: "</dl>",
			Unit: unit(`<dt>Term %d</dt><dd>A short definition of the term.</dd>`),
		},
		// storyshapes.go, summarybox.go: key points list.
		{
			Name: "key-points", Rules: "storyshapes.go summarybox.go", Where: BeforeStory, Open: "<ul>", Close: "</ul>",
			Unit: unit(`<li>` + sentence + ` Point %d.</li>`),
		},
		// storyshapes.go, structure.go: <details> boxes (FAQ).
		{
			Name: "details", Rules: "storyshapes.go structure.go", Where: InStory,
			Unit: unit(`<details><summary>Question %d?</summary><p>` + sentence + `</p></details>`),
		},
		// headings.go, storyshapes.go (joinHeadings): a heading over each paragraph.
		{
			Name: "heading-sections", Rules: "headings.go storyshapes.go", Where: InStory,
			Unit: unit(`<h2>Section %d</h2><p>` + sentence + `</p>`),
		},
		// headings.go: a run of headings alone.
		{
			Name: "heading-run", Rules: "headings.go headline.go", Where: InStory,
			Unit: unit(`<h3>Heading %d</h3>`),
		},
		// headline.go, title.go, storyheader.go: many <h1>s and headers.
		{
			Name: "headers-h1", Rules: "headline.go title.go storyheader.go", Where: AfterStory,
			Unit: unit(`<header><h1>Storm closes the harbour</h1><p>Update %d</p></header>`),
		},
		// pagetype_walls.go, structure.go: consent boxes with buttons.
		{
			Name: "consent-boxes", Rules: "pagetype_walls.go pagetype.go", Where: InStory,
			Unit: unit(`<div><p>We use cookies %d to improve your experience.</p><button>Accept</button><button>Reject</button></div>`),
		},
		// paywall.go: plan cards with a price and a control.
		{
			Name: "plan-cards", Rules: "paywall.go", Where: AfterStory, Open: "<div>", Close: "</div>",
			Unit: unit(`<div class="plan"><h3>Plan %d</h3><p>7,99 € / Monat</p><a href="/sub">Subscribe</a></div>`),
		},
		// metadata.go: JSON-LD blocks.
		{
			Name: "json-ld-blocks", Rules: "metadata.go", Where: BeforeStory,
			Unit: unit(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm %d","author":{"name":"Anna Berg"}}</script>`),
		},
		// pagetype_walls.go, inert.go: <noscript> lines.
		{
			Name: "noscript", Rules: "pagetype_walls.go inert.go", Where: InStory,
			Unit: unit(`<noscript>Please enable JavaScript to read page %d.</noscript>`),
		},
		// structure.go, pagetype_media.go: iframes.
		{
			Name: "iframes", Rules: "structure.go pagetype_media.go", Where: InStory,
			Unit: unit(`<iframe src="https://video.test/embed/%d"></iframe>`),
		},
		// repeated.go, sitememory.go, cutoff.go: one teaser repeated word for word.
		{
			Name: "repeated-lines", Rules: "cutoff.go lines.go", Where: InStory,
			Unit: unit(`<p>More stories from the coast</p>`),
		},
		// structure.go, wrappedcontainer.go: each paragraph wrapped in bare boxes.
		{
			Name: "wrapped-paragraphs", Rules: "wrappedcontainer.go elements.go", Where: Alone,
			Unit: unit(`<div><div><div><div><div><p>` + sentence + ` %d</p></div></div></div></div></div>`),
		},
		// parse.go, budget.go, walks: nesting just short of the depth cap.
		{
			Name: "deep-divs", Rules: "parse.go structure.go", Where: InStory,
			Unit: func(b *bytes.Buffer, i int) {
				if i%100 == 0 {
					b.WriteString(strings.Repeat("<div>", 180))
					fmt.Fprintf(b, "<p>Deep %d.</p>", i)
					b.WriteString(strings.Repeat("</div>", 180))
				}
			},
		},
		// Every paragraph, label and link line 150 levels down: a rule that
		// climbs to the root for each of them costs the depth per line.
		{
			Name: "deep-paragraphs", Rules: "stats.go candidates.go", Where: Alone,
			Open: strings.Repeat("<div>", 150), Close: strings.Repeat("</div>", 150),
			Unit: unit(`<p>` + sentence + ` %d</p>`),
		},
		{
			Name: "deep-labels", Rules: "labelbox.go cutoff.go", Where: Alone,
			Open: strings.Repeat("<div>", 150) + "<p>" + sentence + "</p>", Close: strings.Repeat("</div>", 150),
			Unit: unit(`<div><span>Advertisement</span><p>Teaser %d.</p></div><p><a href="/s/%[1]d">Related story</a></p>`),
		},
		// frames.go: a story spread over page-builder frames.
		{
			Name: "frames", Rules: "frames.go sectionrun.go", Where: Alone,
			Unit: unit(`<div id="c%[1]d" class="frame frame-type-text"><div class="frame-inner"><p>` + sentence + `</p></div></div>`),
		},
		// sectionrun.go: sibling sections of one short paragraph.
		{
			Name: "sections", Rules: "sectionrun.go", Where: AfterStory,
			Unit: unit(`<section class="block"><p>Outlook %d for the week.</p></section>`),
		},
		// splitstory.go: halves split by ad slots, built alike.
		{
			Name: "split-halves", Rules: "splitstory.go", Where: Alone,
			Unit: unit(`<div class="body"><p>` + sentence + ` %d</p></div><div class="slot"><a href="/next">Continue reading</a></div>`),
		},
		// shortwidgets.go, classweight.go: page-builder widgets.
		{
			Name: "widgets", Rules: "shortwidgets.go classweight.go", Where: Alone,
			Unit: unit(`<div class="elementor-widget elementor-widget-text-editor"><p>` + sentence + ` %d</p></div>`),
		},
		// boilerplate.go, classweight.go: boxes named as chrome.
		{
			Name: "chrome-classes", Rules: "boilerplate.go structure.go", Where: AfterStory,
			Unit: unit(`<div class="share-bar social-%d"><a href="/s">Share</a></div>`),
		},
		// code.go: a code block of many lines with its gutter.
		{
			Name: "code-lines", Rules: "code.go", Where: InStory,
			Open: "<pre>", Close: "</pre>",
			Unit: unit("x := compute(%d)\n"),
		},
		{
			Name: "code-gutter", Rules: "code.go", Where: InStory,
			Open: "<table><tr><td><pre>", Close: "</pre></td><td><pre>code</pre></td></tr></table>",
			Unit: unit("%d\n"),
		},
		// backlinks.go: footnotes ending with a back link.
		{
			Name: "footnotes", Rules: "backlinks.go", Where: InStory, Open: "<ol>", Close: "</ol>",
			Unit: unit(`<li>Note %d of the story. <a href="#r">↩</a></li>`),
		},
		// The line rules again, with every line in one block split by
		// <br><br>: the lines share one source element, and a rule that
		// reads it, its children or its neighbours for each line costs
		// the square of the block (metaRow, shortLinkLine and
		// crossLinkLine did).
		brLines("br-recipe-times", "recipecard.go", `Prep Time: %d minutes`),
		brLines("br-quantities", "cards.go", `Calories: %d kcal · Carbs: 19 g · Protein: 4 g`),
		brLines("br-stamps", "linklines.go lines.go", `Published 12 January 2026, 07:15 | Updated 08:%02d`),
		brLines("br-bylines", "lines.go byline.go oldlayouts.go", `By Anna Berg %d`),
		brLines("br-contacts", "contact.go contactbox.go helpbox.go", `Call +49 711 12345%02d or write to press@example.org`),
		brLines("br-link-lines", "linklines.go", `<a href="/print/%[1]d">Print</a> · <a href="/pin/%[1]d">Pin</a>`),
		brLines("br-cross-links", "linklines.go brtext.go", sentence+`<br><br>More: <a href="/x/%d">The harbour reopens</a>`),
		brLines("br-meta-rows", "metarow.go", `<span>By Anna Berg</span> · <time>12 January 2026, 07:%02d</time> · <span>3 min read</span>`),
		brLines("br-datelines", "dateline.go", `Stuttgart, %d. Dezember 2026<br><br>`+sentence),
		brLines("br-call-lines", "callbox.go recipecard.go", `Did you make recipe %d? <a href="/c">Tag us</a>!`),
		brLines("br-call-questions", "recipecard.go", `Did you make recipe %d? Tell us how it went.`),
		brLines("br-call-links", "recipecard.go metarow.go", `Did you make recipe %d? <a href="/c">Tag us</a> on Instagram.`),
		brLines("br-labels", "labelbox.go rules.go", `Advertisement<br><br>`+sentence+` %d`),
		brLines("br-comment-markers", "comments.go cutoff.go", `Posted by reader%d on 3 May<br><br>I agree with the council.<br><br>Report this comment`),
		brLines("br-teasers", "tail.go datedlists.go", `<a href="/s/%d">Storm hits the coast</a><br>Crews worked overnight.`),
		brLines("br-dated-items", "datedlists.go", `<a href="/s/%d">Store updated</a> - 09 Nov, 2007<br><a href="/t">Transfer talk</a> (31 Dec 07 | Premier League)`),
		brLines("br-click-here", "datedlists.go", `Order the book %d by mail <a href="/b">HERE</a>`),
		brLines("br-pictures", "imagecaption.go pagetype_media.go", `<img src="/i/%[1]d.jpg"><br>The pier at dawn, picture %[1]d.`),
		brLines("br-bold-heads", "text.go storyshapes.go", `<b>Heading %d</b><br>`+sentence),
		brLines("br-pull-quotes", "pullquote.go", `“The pier %[1]d will reopen,” she said.<br><br><q>The pier %[1]d will reopen</q>`),
		// Lines split by <br><br> in a <pre>: the paragraph walk splits it,
		// and the code rule rebuilt the whole block's text for each part.
		{
			Name: "pre-br-lines", Rules: "code.go text.go", Where: InStory,
			Open: "<pre>", Close: "</pre>",
			Unit: unit(`Prep Time: %d minutes<br><br>`),
		},
		// The same in a table cell (inTable, dataCell, rowOfCells).
		tdLines("td-stamps", "lines.go linklines.go", `Published 12 January 2026, 07:15 | Updated 08:%02d`),
		tdLines("td-repeated-lines", "extract.go lines.go", `More stories from the coast today`),
		tdLines("td-bylines", "lines.go oldlayouts.go", `By Anna Berg, 12/01/2008 à 07h%02d`),
		tdLines("td-clock-lines", "lines.go", `07:%02d`),
		tdLines("td-paragraphs", "oldlayouts.go brtext.go", sentence+` %d`),
		// dateline.go: dateline lines each followed by a paragraph.
		{
			Name: "datelines", Rules: "dateline.go", Where: InStory,
			Unit: unit(`<p>Stuttgart, 2. Dezember 2026</p><p>` + sentence + ` %d</p>`),
		},
		// lines.go, text.go: one very long line of sentences.
		{
			Name: "long-line", Rules: "lines.go text.go", Where: InStory, Open: "<p>", Close: "</p>",
			Unit: unit(`Sentence %d goes on, and on. `),
		},
		// callbox.go (lineOfItsOwn): links standing as lines of their own
		// between the blocks of one box.
		{
			Name: "links-among-blocks", Rules: "callbox.go", Where: InStory,
			Unit: unit(`<p>` + sentence + `</p><a href="/m/%d">Read more</a>`),
		},
		// threads.go, commentlist.go (inThreadPost): two posts, then many
		// other boxes beside them.
		{
			Name: "posts-among-boxes", Rules: "threads.go commentlist.go", Where: Alone,
			Open: `<div class="post"><a href="/u/1">user1</a><p>` + sentence + `</p><button>Reply</button></div>` +
				`<div class="post"><a href="/u/2">user2</a><p>` + sentence + `</p><button>Reply</button></div>`,
			Unit: unit(`<div class="note"><p>` + sentence + ` %d</p></div>`),
		},
		// pagetype_slot.go: a wall's control (a sign-in form) repeated in
		// the story's place; the controls remembered are bounded, the
		// slots climbed from them are not shared.
		{
			Name: "wall-controls", Rules: "pagetype_slot.go pagetype.go", Where: InStory,
			Unit: unit(`<div><form action="/login/%d"><input type="email" name="e"><input type="password" name="p"><button>Sign in</button></form></div>`),
		},
		// pagetype_slot.go (findWallSlot's signed items, slotWall's
		// blocks, laterItem): a consent wall in a thread's first post,
		// then replies that each name their author and hold a button.
		{
			Name: "wall-signed-replies", Rules: "pagetype_slot.go threads.go", Where: Alone,
			Open:  `<h1>Storm closes the harbour</h1><div class="thread"><div class="post"><a class="user" href="/u/0">user0</a><div><p>We use cookies to show this post.</p><button>Accept all</button></div></div>`,
			Close: `</div>`,
			Unit:  unit(`<div class="post"><a class="user" href="/u/%[1]d">user%[1]d</a><p>` + sentence + `</p><button>Reply</button></div>`),
		},
		// pagetype_slot.go (headedBlocks, allHeaded): a consent wall in
		// the story's place, then sections under their own headings.
		{
			Name: "wall-headed-sections", Rules: "pagetype_slot.go", Where: InStory,
			Open: `<div><div><p>Accept cookies to view this content.</p><button>Accept all</button></div>`, Close: `</div>`,
			Unit: unit(`<section><h2>Point %d</h2><p>` + sentence + `</p></section>`),
		},
		// pagetype_slot.go (slotWall's short lines): a consent wall in the
		// story's place, then short lines under one parent.
		{
			Name: "wall-short-lines", Rules: "pagetype_slot.go", Where: InStory,
			Open: `<div><div><p>Accept cookies to view this content.</p><button>Accept all</button></div>`, Close: `</div>`,
			Unit: unit(`<p>Short line %d.</p>`),
		},
		// headingmodule.go: site-builder modules, a "header" module with a
		// subhead between modules of running text.
		{
			Name: "header-modules", Rules: "headingmodule.go structure.go", Where: InStory,
			Unit: unit(`<div class="j-module j-header"><h2>Heading %d</h2></div><div class="j-module j-text"><p>` + sentence + `</p></div>`),
		},
		// badgenumber.go: paragraphs that are a short number only, between
		// lines of text.
		{
			Name: "number-paragraphs", Rules: "badgenumber.go", Where: InStory,
			Unit: func(b *bytes.Buffer, i int) { fmt.Fprintf(b, "<p>%d,%d</p><p>%s</p>", i%100, i%10, sentence) },
		},
		// overviewlink.go (lineLink): lines closed by a short link in one
		// <br> block, read from the block's end.
		brLines("parent-links", "overviewlink.go", sentence+` <a href="/">Back to the list %d</a>`),
		// inert.go, classweight.go: one element with very long class lists, repeated.
		{
			Name: "long-class-lists", Rules: "classweight.go boilerplate.go", Where: InStory,
			Unit: func(b *bytes.Buffer, i int) {
				b.WriteString(`<div class="`)
				for k := range 40 {
					fmt.Fprintf(b, "u-%d-%d ", k, i)
				}
				b.WriteString(`"><p>Text.</p></div>`)
			},
		},
		// headsections.go: a hero whose text box wins on its own, then
		// sections built like it, each under an unlinked heading of its own.
		{
			Name: "head-sections", Rules: "headsections.go sectionrun.go", Where: Alone,
			Open: `<main><section class="hero"><div class="wrap"><h1>About the yard</h1><div class="text"><p>` + sentence + `</p><p>` + sentence + `</p>` +
				`<ul><li>` + sentence + `</li><li>` + sentence + `</li><li>` + sentence + `</li></ul></div></div></section>`,
			Close: `</main>`,
			Unit:  unit(`<section class="block"><div class="wrap"><h2>Part %d</h2><p>` + sentence + `</p></div></section>`),
		},
		// entryfeed.go: a live blog's entries built alike, each under an
		// unlinked heading of its own.
		{
			Name: "feed-entries", Rules: "entryfeed.go content.go", Where: Alone,
			Open: `<main><h1>Storm live</h1><div class="feed">`, Close: `</div></main>`,
			Unit: unit(`<div class="e%[1]d"><div><time>%[1]d</time></div><div><h3>Update %[1]d</h3><p>` + sentence + `</p></div><div><button>Share</button></div></div>`),
		},
		// structure.go (wrapperHiddenByDialog, modalDialogs): aria-hidden
		// wrappers, every tenth holding an <h1> and a consent button.
		{
			Name: "aria-hidden-wrappers", Rules: "structure.go boilerplate.go", Where: InStory,
			Unit: func(b *bytes.Buffer, i int) {
				if i%10 == 0 {
					fmt.Fprintf(b, `<div aria-hidden="true"><h1>Copy %d</h1><p>`+sentence+`</p><div><p>We use cookies.</p><button>Accept all</button></div></div>`, i)
					return
				}
				fmt.Fprintf(b, `<div aria-hidden="true"><p>Decor %d.</p></div>`, i)
			},
		},
		// paywallstub.go: chrome-classed boxes nested a hundred deep (the
		// parser caps the depth), each with a line of text, an offer box
		// at the bottom of each nest.
		{
			Name: "nested-chrome-offers", Rules: "paywallstub.go structure.go", Where: Alone,
			Unit: func(b *bytes.Buffer, i int) {
				fmt.Fprintf(b, `<div class="sidebar-wrap"><p>Line %d of the story.</p>`, i)
				if i%100 == 99 {
					b.WriteString(`<div class="offer"><h3>Subscribe to keep reading</h3><p>7,99 € / Monat</p><a href="/sub">Subscribe</a></div>`)
					b.WriteString(strings.Repeat("</div>", 100))
				}
			},
		},
		// nextstory.go (cutNextStories, partsOfOneRun): <article>s with an
		// <h1> of their own after the story's, every other one in a
		// wrapper of its own, every third nested in the one before.
		{
			Name: "next-articles", Rules: "nextstory.go", Where: AfterStory,
			Unit: func(b *bytes.Buffer, i int) {
				switch i % 3 {
				case 0:
					fmt.Fprintf(b, `<div class="next"><article><h1>Library opens %d</h1><p>`+sentence+`</p></article></div>`, i)
				case 1:
					fmt.Fprintf(b, `<article><h1>Pool reopens %d</h1><p>`+sentence+`</p><article><h1>Update %d</h1><p>Line.</p></article></article>`, i, i)
				default:
					fmt.Fprintf(b, `<div class="chapter"><article><h1>Part %d</h1><p>`+sentence+`</p></article></div>`, i)
				}
			},
		},
		// authorline.go: short lines that open with the author the
		// metadata declares, with a stamp, a place, a possessive or a
		// speaker's words after the name, between lines of running text.
		{
			Name: "author-lines", Rules: "authorline.go", Where: InStory,
			Open: `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm closes the harbour","author":[{"@type":"Person","name":"Anna Berg"},{"@type":"Person","name":"Tom Baker"}]}</script>`,
			Unit: func(b *bytes.Buffer, i int) {
				forms := [...]string{`Anna Berg · %d·08·26`, `Tom Baker, Harbourside %d`, `Anna Berg’s verdict %d`, `Tom Baker: question %d`}
				fmt.Fprintf(b, `<p>`+forms[i%len(forms)]+`</p><p>`+sentence+`</p>`, i)
			},
		},
		// headerbox.go (storyHeaderBox): header-named boxes holding the
		// story's <h1> and a standfirst, each before a box of text.
		{
			Name: "story-header-boxes", Rules: "headerbox.go structure.go", Where: Alone,
			Unit: func(b *bytes.Buffer, i int) {
				fmt.Fprintf(b, `<div class="article-header"><div><h1>Storm closes the harbour</h1></div><p>The port shut at noon and %d boats stayed in.</p></div>`, i)
				if i%25 == 0 {
					// A story's body after every 25th (a page of
					// running text past the text cap otherwise).
					b.WriteString(`<div class="body"><p>` + strings.Repeat(sentence+" ", 5) + `</p></div>`)
					return
				}
				fmt.Fprintf(b, `<div class="body"><p>Line %d.</p></div>`, i)
			},
		},
		// storyboxes.go, widgetbrief.go, briefbeside.go: a flat column of
		// boxes opened by a heading after a line of the story, each with
		// dated posts and reply buttons or pictured teasers, beside
		// page-builder widgets of one sentence and offer columns beside
		// dated briefs.
		{
			Name: "flat-story-boxes", Rules: "storyboxes.go widgetbrief.go briefbeside.go", Where: InStory,
			Unit: func(b *bytes.Buffer, i int) {
				switch i % 3 {
				case 0:
					fmt.Fprintf(b, `<p>`+sentence+`</p><div class="c"><h2>Comments</h2><div class="k"><span>Ann %d</span> <time>1 h</time><p>Fine.</p><button>Reply</button></div><div class="k"><span>Tom</span> <time>2 h</time><p>No.</p><button>Reply</button></div></div>`, i)
				case 1:
					fmt.Fprintf(b, `<div class="t"><h2>More %d</h2><div class="v"><img src="/a.jpg"><h3>Pool reopens</h3><p>Short.</p></div><div class="v"><img src="/b.jpg"><h3>Library</h3><p>Short.</p></div><div class="v"><img src="/c.jpg"><h3>Market</h3><p>Short.</p></div></div>`, i)
				default:
					fmt.Fprintf(b, `<div class="r"><div class="l"><h1>Bridge %d</h1><time>3.12.</time><p>`+sentence+`</p></div><div class="o"><h2>Subscribe</h2><p>9,99 € / month</p><a href="/sub">Choose</a></div></div><div class="elementor-widget-wrap"><div class="elementor-widget"><p>`+sentence+`</p></div></div>`, i)
				}
			},
		},
	}
}
