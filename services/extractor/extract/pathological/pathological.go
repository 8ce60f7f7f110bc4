package pathological

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
)

// Story is the paragraphs of the story that opens most pages; an extractor
// within its budget still returns them.
var Story = []string{
	"The harbour authority said the storm had forced the closure of all three piers on Tuesday, and that ferries would resume once the wind dropped below the safety limit.",
	"Fishing crews moved their boats to the inner basin overnight, where the breakwater gives shelter from the swell that has battered the coast since the weekend.",
	"Engineers will inspect the northern pier on Thursday before it reopens to traffic, the authority added in a statement published on its website.",
	"Residents of the old town were told to keep away from the sea wall, where waves had thrown stones and debris onto the promenade during the night.",
}

// Page is one generated page.
type Page struct {
	Name string
	// StoryFirst is true when the story precedes the hostile markup, so
	// that an extractor that cuts the page at a budget keeps it.
	StoryFirst bool
	// Capped is true when the page cannot be read whole within an
	// extractor's budget; the others (comments, a huge script) only look
	// costly and lose nothing when their noise is dropped.
	Capped bool
	// TextAfter is true when the hostile markup is text by the rules (a
	// gallery's captions), so the story opens the extracted text rather
	// than being all of it.
	TextAfter bool
	HTML      []byte
}

// KeepsStory reports whether paragraphs extracted from the page are its
// story exactly, or open with it when the markup after it is text too.
func (p Page) KeepsStory(paragraphs []string) bool {
	if p.TextAfter && len(paragraphs) > len(Story) {
		paragraphs = paragraphs[:len(Story)]
	}
	return slices.Equal(paragraphs, Story)
}

// storyHTML is the story as an article.
func storyHTML(attrs string) string {
	var b strings.Builder
	b.WriteString("<article" + attrs + "><h1>Storm closes the harbour</h1>")
	for _, p := range Story {
		b.WriteString("<p>" + p + "</p>")
	}
	b.WriteString("</article>")
	return b.String()
}

const (
	head = `<!doctype html><html><head><meta charset="utf-8"><title>Storm closes the harbour</title>` +
		`<meta property="og:type" content="article"></head><body>`
	tail = "</body></html>"
)

// Pages returns the pathological set, each page about size bytes (the fetch
// cap is 10 MB on the wire).
func Pages(size int) []Page {
	var out []Page
	add := func(name string, storyFirst bool, f func(b *bytes.Buffer)) {
		capped := name != "comments" && name != "json-ld"
		var b bytes.Buffer
		b.Grow(size + 4096)
		b.WriteString(head)
		f(&b)
		b.WriteString(tail)
		out = append(out, Page{Name: name, StoryFirst: storyFirst, Capped: capped, TextAfter: name == "caption-pairs", HTML: b.Bytes()})
	}
	repeat := func(b *bytes.Buffer, unit string, budget int) {
		for n := budget / len(unit); n > 0; n-- {
			b.WriteString(unit)
		}
	}
	// inStory sets open, line repeated to the page's size and close inside
	// the story's <article> after its paragraphs: where a line rule reads
	// the story's own blocks.
	inStory := func(b *bytes.Buffer, open, line, close string) {
		b.WriteString(strings.TrimSuffix(storyHTML(""), "</article>"))
		b.WriteString(open)
		repeat(b, line, size)
		b.WriteString(close + "</article>")
	}
	add("tiny-paragraphs", true, func(b *bytes.Buffer) {
		b.WriteString(storyHTML(""))
		b.WriteString("<div>")
		repeat(b, "<p>a b</p>", size)
		b.WriteString("</div>")
	})
	add("tiny-paragraphs-before-story", false, func(b *bytes.Buffer) {
		b.WriteString("<div>")
		repeat(b, "<p>a b</p>", size)
		b.WriteString("</div>")
		b.WriteString(storyHTML(""))
	})
	add("deep-nesting", true, func(b *bytes.Buffer) {
		n := size / 11
		b.WriteString(storyHTML(""))
		repeat(b, "<div>", n*5)
		b.WriteString("<p>x</p>")
		repeat(b, "</div>", n*6)
	})
	add("story-deep-inside", true, func(b *bytes.Buffer) {
		repeat(b, "<div>", 5000)
		b.WriteString(storyHTML(""))
		repeat(b, "</div>", 6000)
		repeat(b, "<span>y</span>", size-11000)
	})
	add("unclosed-formatting", true, func(b *bytes.Buffer) {
		b.WriteString(storyHTML(""))
		repeat(b, "<b><i>z", size)
	})
	add("formatting-reopened", true, func(b *bytes.Buffer) {
		b.WriteString(storyHTML(""))
		b.WriteString(strings.Repeat("<b><i><u><s><em><strong><small><big><font><tt><code><nobr><strike>", 3))
		repeat(b, "<p>f", size)
	})
	add("huge-table", true, func(b *bytes.Buffer) {
		b.WriteString(storyHTML(""))
		b.WriteString("<table>")
		row := "<tr>" + strings.Repeat("<td>1</td>", 50) + "</tr>"
		repeat(b, row, size)
		b.WriteString("</table>")
	})
	add("megabyte-attributes", true, func(b *bytes.Buffer) {
		big := strings.Repeat("a", size/8)
		fmt.Fprintf(b, `<div class="%s" data-state="%s" style="%s">`, big, big, big)
		b.WriteString(storyHTML(` data-x="` + big + `"`))
		fmt.Fprintf(b, `<img src="data:image/png;base64,%s">`, big)
		fmt.Fprintf(b, `<a href="%s">link</a></div>`, big[:len(big)/2])
	})
	add("many-attributes", true, func(b *bytes.Buffer) {
		b.WriteString(storyHTML(""))
		b.WriteString("<div")
		for i := 0; b.Len() < size; i++ {
			fmt.Fprintf(b, " a%d=x", i)
		}
		b.WriteString(">q</div>")
	})
	// Short lines of bare text split by <br><br> in the story's box:
	// thousands of paragraphs share one block, so a line rule that reads
	// the block or its surroundings for each of them costs the square of
	// the page.
	add("bare-lines", false, func(b *bytes.Buffer) { inStory(b, "<div>", "Serves: 4<br><br>", "</div>") })
	// The same with each line closed by a one-word link to the site
	// ("… by mail HERE"): the promo-line rule looked for the link in the
	// line's block, and walked all of its lines to read its first 200
	// nodes (the sweep's br-click-here: 8,000 lines 6 s and 10 GB).
	add("here-lines", false, func(b *bytes.Buffer) {
		inStory(b, "<div>", `Order it by mail <a href="/b">HERE</a><br><br>`, "</div>")
	})
	// Stamp lines split by <br><br> in one table cell after the story, as
	// old table layouts set text: each stamp asked whether its cell is a
	// data table's, and the cell's check walked all of its lines (the
	// sweep's td-stamps: 8,000 lines 1.0 s and 7.6 GB).
	add("cell-stamps", false, func(b *bytes.Buffer) {
		inStory(b, "<table><tr><td>", "Published 12 January 2026, 07:15 | Updated 08:30<br><br>", "</td><td>Weather</td></tr></table>")
	})
	// Lines split by <br><br> in a <pre> after the story: each part asked
	// whether it was the whole code block, and built the block's text to
	// see (the sweep's pre-br-lines: 8,000 lines 8.8 s and 21 GB).
	add("pre-lines", false, func(b *bytes.Buffer) {
		story := storyHTML("")
		b.WriteString(strings.TrimSuffix(story, "</article>"))
		b.WriteString("<pre>")
		for i := 0; b.Len() < size; i++ {
			fmt.Fprintf(b, "Prep Time: %d minutes<br><br>", i)
		}
		b.WriteString("</pre></article>")
	})
	add("siblings", true, func(b *bytes.Buffer) {
		b.WriteString(storyHTML(""))
		repeat(b, "<span>s</span>", size)
	})
	add("one-text-run", true, func(b *bytes.Buffer) {
		b.WriteString(storyHTML(""))
		b.WriteString("<p>")
		repeat(b, "word ", size)
		b.WriteString("</p>")
	})
	add("comments", true, func(b *bytes.Buffer) {
		b.WriteString(storyHTML(""))
		repeat(b, "<!--c-->", size)
	})
	add("json-ld", true, func(b *bytes.Buffer) {
		b.WriteString(`<script type="application/ld+json">{"@type":"NewsArticle","articleBody":"`)
		repeat(b, "text ", size)
		b.WriteString(`"}</script>`)
		b.WriteString(storyHTML(""))
	})
	add("nested-lists", true, func(b *bytes.Buffer) {
		b.WriteString(storyHTML(""))
		repeat(b, "<ul><li>l", size/2)
		repeat(b, "</li></ul>", size/2)
	})
	add("ad-labels", true, func(b *bytes.Buffer) {
		b.WriteString(storyHTML(""))
		repeat(b, `<div class="x"><div>Anzeige</div><p>Short teaser line.</p></div>`, size)
	})
	add("person-cards", true, func(b *bytes.Buffer) {
		b.WriteString(storyHTML(""))
		b.WriteString("<div>")
		for i := 0; b.Len() < size; i++ {
			fmt.Fprintf(b, `<div class="c%d"><img src="/p.jpg" alt=""><div><a href="/p/%d">Jane Doe</a><p>Political correspondent since 2015.</p></div></div>`, i, i)
		}
		b.WriteString("</div>")
	})
	// Pictures with a caption under each in bare boxes, a gallery without
	// class names: each caption counted the pairs built like its own, so
	// the gallery cost its square (the scaling sweep's caption-pairs; 61 s
	// at this size before). A gallery's captions are text, so its line
	// may follow the story.
	add("caption-pairs", true, func(b *bytes.Buffer) {
		b.WriteString(storyHTML(""))
		b.WriteString("<div>")
		for i := 0; b.Len() < size; i++ {
			fmt.Fprintf(b, `<div><div><img src="/i/%d.jpg"></div><div>The reservoir in October. Photo: J. Ruiz</div></div>`, i)
		}
		b.WriteString("</div>")
	})
	return out
}
