package extract

import (
	"fmt"
	"strings"
	"testing"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// TestGalleryCaptions covers media pages: a gallery whose only text is its
// captions beside a share line and a "more galleries" box of a few
// linked words (1.11.0 took such a box for the text and cut the captions,
// or, with the box's words too few for a story, called the gallery a
// non-article), a gallery whose figures
// hold a slide counter and a credit beside the caption, a slide with a
// captioned picture of its own set into it (the slide's caption is its
// own) or a title above its caption (read with it), and a video page
// whose description is its text though related videos carry captions.
func TestGalleryCaptions(t *testing.T) {
	caps := []string{
		"Fishing boats return to the harbour at dawn after a night on the water off the north coast.",
		"A crew member sorts the catch on deck while gulls circle the stern of the trawler.",
		"Crates of mackerel are stacked on the quay before the morning auction begins.",
		"Buyers inspect the fish in the market hall, where prices are set by the minute.",
	}
	slides := func(extra bool) string {
		var b strings.Builder
		for i, c := range caps {
			counter, credit := "", ""
			if extra {
				counter = fmt.Sprintf(`<div class="counter">%d / %d</div>`, i+1, len(caps))
				credit = `<span class="credit">Photo: Ana Ruiz</span>`
			}
			fmt.Fprintf(&b, `<figure class="slide">%s<img src="/g/%d.jpg" alt=""><figcaption>%s</figcaption>%s</figure>`, counter, i, c, credit)
		}
		return b.String()
	}
	// inSlide puts s into the second slide, before its caption.
	inSlide := func(s string) string {
		return strings.Replace(slides(false), "<figcaption>"+caps[1], s+"<figcaption>"+caps[1], 1)
	}
	titled := append(append(append([]string(nil), caps[:1]...), "Sorting the catch on deck"), caps[1:]...)
	gallery := `<script type="application/ld+json">{"@type":"ImageGallery","name":"A night with the fleet"}</script>`
	more := `<section class="more"><h2>More galleries</h2><a href="/g/1/">Winter on the moors</a> <a href="/g/2/">The lantern parade</a></section>`
	tests := []struct {
		name      string
		page      string
		want, not []string
	}{{
		name: "gallery beside a box of other galleries",
		page: wallPage("en", `<title>A night with the fleet</title>`+gallery, `<main class="gallery"><div class="gallery__header"><span class="label">Gallery</span><h1>A night with the fleet</h1>`+
			`<div class="meta">6 December 2026 · Photos by Ana Ruiz</div></div><div class="slides">`+slides(false)+`</div>`+
			`<div class="share"><a href="https://www.facebook.com/sharer/sharer.php">Share on Facebook</a></div>`+more+`</main>`),
		want: caps, not: []string{"More galleries", "Winter on the moors"},
	}, {
		name: "slides with counters and credits",
		page: wallPage("en", `<title>A night with the fleet</title>`+gallery, `<main><h1>A night with the fleet</h1>`+slides(true)+more+`</main>`),
		want: caps, not: []string{"1 / 4", "Photo: Ana Ruiz", "More galleries"},
	}, {
		name: "a picture with a caption of its own set into a slide",
		page: wallPage("en", `<title>A night with the fleet</title>`+gallery, `<main><h1>A night with the fleet</h1>`+
			inSlide(`<figure><img src="/ad.jpg" alt=""><figcaption>Sponsored: the new Harbour Hotel opens its doors.</figcaption></figure>`)+more+`</main>`),
		want: caps, not: []string{"Harbour Hotel"},
	}, {
		name: "a slide's title is read with its caption",
		page: wallPage("en", `<title>A night with the fleet</title>`+gallery, `<main><h1>A night with the fleet</h1>`+
			inSlide(`<h2>Sorting the catch on deck</h2>`)+more+`</main>`),
		want: []string{strings.Join(titled, "\n\n")},
	}, {
		name: "video page keeps its description",
		page: wallPage("en", `<title>Harbour wall repaired</title><meta property="og:type" content="video.other">`,
			`<main><video src="/v.mp4"></video><h1>Harbour wall repaired</h1><div class="description"><p>Engineers have finished repairing the harbour wall that was breached in last winter's storms, reopening the quay to boats.</p></div>`+
				`<section class="related"><h2>Related videos</h2>`+slides(false)+`</section></main>`),
		want: []string{"Engineers have finished repairing the harbour wall"}, not: caps[:1],
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustExtract(t, []byte(tt.page), Input{URL: "https://news.test/g"})
			if a.GetPageType() != newsv1.PageType_PAGE_TYPE_ARTICLE {
				t.Fatalf("page type %v (%v), want article", a.GetPageType(), a.GetNonArticleReason())
			}
			checkText(t, a.GetParagraphs(), tt.want, tt.not)
		})
	}
}
