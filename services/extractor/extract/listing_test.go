package extract

import (
	"fmt"
	"strings"
	"testing"
	"time"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// TestListingWithoutStructuredData covers a section page that declares
// nothing: teasers are found from their headline links alone, dates shown
// only as days become date-only entries, and sponsored cards are not entries.
func TestListingWithoutStructuredData(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><head><title>World - Example News</title></head><body><nav><a href="/">Home</a></nav><main><h1>World</h1><div class="posts">`)
	days := []string{"June 28, 2024", "June 27, 2024", "June 26, 2024"}
	for i, d := range days {
		fmt.Fprintf(&b, `<div class="post"><h2><a href="/world/story-%d">Story number %d about the harbour</a></h2><span class="date">%s</span><p>Excerpt %d says the harbour authority closed the piers for the day, and more follows in the story...</p><a class="read-more" href="/world/story-%d">Read more</a></div>`, i, i, d, i, i)
	}
	b.WriteString(`<div class="post sponsored"><h2><a href="/ad">Buy our boats today</a></h2><p>Sponsored boats are the best boats, with offers every week of the year.</p></div>`)
	b.WriteString(`</div><div class="pagination"><a href="?page=2">Next page</a></div></main></body></html>`)
	art := mustExtract(t, []byte(b.String()), Input{URL: "https://example.com/world/"})
	if art.GetPageType() != newsv1.PageType_PAGE_TYPE_LISTING {
		t.Fatalf("page type = %s, want LISTING", art.GetPageType())
	}
	if art.GetTitle() != "World" || len(art.GetParagraphs()) != 0 || art.GetPublished() != nil {
		t.Errorf("title %q, %d paragraphs, published %v: want World, none, none", art.GetTitle(), len(art.GetParagraphs()), art.GetPublished())
	}
	if len(art.GetEntries()) != len(days) {
		t.Fatalf("got %d entries, want %d", len(art.GetEntries()), len(days))
	}
	for i, e := range art.GetEntries() {
		wantDay, _ := time.Parse("January 2, 2006", days[i])
		if e.GetUrl() != fmt.Sprintf("https://example.com/world/story-%d", i) {
			t.Errorf("entry %d url = %q", i, e.GetUrl())
		}
		if !e.GetDateOnly() || !e.GetPublished().AsTime().Equal(wantDay) {
			t.Errorf("entry %d published = %v date_only=%v, want %s date-only", i, e.GetPublished().AsTime(), e.GetDateOnly(), wantDay)
		}
		if want := fmt.Sprintf("Excerpt %d says the harbour authority closed the piers for the day, and more follows in the story...", i); e.GetText() != want {
			t.Errorf("entry %d text = %q, want %q", i, e.GetText(), want)
		}
	}
}

func TestVideoPageKeepsCaption(t *testing.T) {
	page := `<html><head><meta property="og:type" content="video.other"><meta property="og:title" content="Harbour storm on video">
<script type="application/ld+json">{"@type":"VideoObject","name":"Harbour storm on video","uploadDate":"2024-05-01T10:00:00+02:00"}</script></head>
<body><h1>Harbour storm on video</h1><figure><video src="/v.mp4"></video><figcaption>Waves crash over the harbour wall as the storm reaches the coast on Tuesday.</figcaption></figure></body></html>`
	art := mustExtract(t, []byte(page), Input{URL: "https://example.com/v"})
	if art.GetPageType() != newsv1.PageType_PAGE_TYPE_ARTICLE {
		t.Fatalf("page type = %s, want ARTICLE", art.GetPageType())
	}
	if got := strings.Join(art.GetParagraphs(), "\n\n"); got != "Waves crash over the harbour wall as the storm reaches the coast on Tuesday." {
		t.Errorf("text = %q, want the caption", got)
	}
	want := time.Date(2024, 5, 1, 8, 0, 0, 0, time.UTC)
	if !art.GetPublished().AsTime().Equal(want) || art.GetPublishedSource() != "jsonld" {
		t.Errorf("published = %v from %q, want %s from jsonld", art.GetPublished().AsTime(), art.GetPublishedSource(), want)
	}
}

func TestAMPCanonical(t *testing.T) {
	page := `<html amp><head><link rel="canonical" href="https://example.com/news/storm"></head><body><article><h1>Storm</h1><p>` + longPara + `</p><p>` + longPara + ` Piers reopen on Friday.</p></article></body></html>`
	art := mustExtract(t, []byte(page), Input{URL: "https://example.com/amp/news/storm"})
	if art.GetCanonicalUrl() != "https://example.com/news/storm" {
		t.Errorf("canonical = %q, want the non-AMP URL", art.GetCanonicalUrl())
	}
}
