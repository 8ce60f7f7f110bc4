package extract

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// sitePage is a page of one made-up site: its story paragraphs between an
// <h1> and the site's lines that sit inside the article's own container,
// where no class or label gives them away.
func sitePage(title string, paras ...string) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "<html><head><title>%s – Harbour Gazette</title></head><body>", title)
	b.WriteString(`<header><a href="/">Harbour Gazette</a></header><main><div class="c1"><h1>` + title + `</h1>`)
	for _, p := range paras {
		b.WriteString("<p>" + p + "</p>")
	}
	b.WriteString(`</div></main><footer>© Harbour Gazette</footer></body></html>`)
	return []byte(b.String())
}

// story returns n distinct paragraphs of about forty words on topic.
func story(topic string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("The %s went on for a %s day as residents of the north quarter gathered by the water, and the council said its members would study every letter sent about the %s before the vote that is planned for the spring session of the assembly.",
			topic, []string{"first", "second", "third", "fourth", "fifth", "sixth"}[i%6], topic)
	}
	return out
}

const (
	tipLine    = "Got a story tip? Message the newsdesk on 0400 123 456, day or night."
	background = "The harbour authority was set up in 1952 to run the docks, the ferry pier and the two marinas, and it has been run by a board of seven members named by the council and the port's users."
)

func TestSiteMemoryPageSequence(t *testing.T) {
	mem := NewSiteMemory(0, 0)
	withMem, err := New(WithSiteMemory(mem))
	if err != nil {
		t.Fatal(err)
	}
	alone, err := New()
	if err != nil {
		t.Fatal(err)
	}
	bridge := append(story("bridge works", 4), tipLine)
	market := append(story("market fire", 4), background, tipLine)
	ferry := append(story("ferry strike", 4), background, tipLine)
	pier := append(story("pier repairs", 4), background, tipLine)
	// Each step extracts one page; keep and drop are paragraphs that must
	// and must not be in its text.
	for i, step := range []struct {
		url        string
		page       []byte
		keep, drop []string
		repeated   int32
	}{
		{"https://gazette.test/a/bridge", sitePage("Bridge works", bridge...), bridge, nil, 0},
		{"https://gazette.test/a/market", sitePage("Market fire", market...), market[:5], []string{tipLine}, 1},
		// The bridge story at a second address: its own paragraphs stay,
		// the site's line goes (it was seen on another story).
		{"https://www.gazette.test/print/bridge", sitePage("Bridge works", bridge...), bridge[:4], []string{tipLine}, 1},
		// A paragraph of prose seen on one other story stays ...
		{"https://gazette.test/a/ferry", sitePage("Ferry strike", ferry...), ferry[:5], []string{tipLine}, 1},
		// ... and goes when seen on two.
		{"https://gazette.test/a/pier", sitePage("Pier repairs", pier...), pier[:4], []string{background, tipLine}, 2},
		// Another site learns nothing from this one.
		{"https://other.test/a/pier", sitePage("Pier repairs", pier...), pier, nil, 0},
	} {
		a, err := withMem.HTML(step.page, Input{URL: step.url})
		if err != nil {
			t.Fatalf("page %d: %v", i, err)
		}
		text := strings.Join(a.GetParagraphs(), "\n")
		for _, k := range step.keep {
			if !strings.Contains(text, k) {
				t.Errorf("page %d (%s): lost %.50q", i, step.url, k)
			}
		}
		for _, d := range step.drop {
			if strings.Contains(text, d) {
				t.Errorf("page %d (%s): kept %.50q", i, step.url, d)
			}
		}
		if got := a.GetRemoved()[string(KindRepeated)]; got != step.repeated {
			t.Errorf("page %d (%s): removed %d repeated blocks, want %d", i, step.url, got, step.repeated)
		}
		// Without a memory, every page keeps every paragraph: what went
		// went for being seen elsewhere.
		b, err := alone.HTML(step.page, Input{URL: step.url})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := len(b.GetParagraphs()), len(step.keep)+len(step.drop); got != want {
			t.Errorf("page %d (%s) without memory: %d paragraphs, want %d", i, step.url, got, want)
		}
	}
}

// TestSiteMemoryKeepsUpdates checks the guard: a story updated under a new
// address with a new longest paragraph, whose other paragraphs are short
// lines seen on the first version, keeps them all.
func TestSiteMemoryKeepsUpdates(t *testing.T) {
	e, err := New(WithSiteMemory(NewSiteMemory(0, 0)))
	if err != nil {
		t.Fatal(err)
	}
	lines := []string{
		"Crews closed the coast road at Pell Point after the storm.",
		"Three homes on Dune Street lost power for most of the night.",
		"The ferry to the islands will not sail before Thursday.",
		"Schools in the north quarter open two hours late on Monday.",
		"The council opened the sports hall as a shelter for families.",
	}
	first := append([]string{strings.Repeat("Wind gusts reached ninety kilometres an hour on the coast overnight. ", 3)}, lines...)
	update := append([]string{strings.Repeat("The storm moved east by morning and the rain eased across the region. ", 3)}, lines...)
	if _, err := e.HTML(sitePage("Storm live", first...), Input{URL: "https://gazette.test/storm-1"}); err != nil {
		t.Fatal(err)
	}
	a, err := e.HTML(sitePage("Storm live", update...), Input{URL: "https://gazette.test/storm-2"})
	if err != nil {
		t.Fatal(err)
	}
	if got := len(a.GetParagraphs()); got != len(update) {
		t.Errorf("the update kept %d of its %d paragraphs: %q", got, len(update), a.GetParagraphs())
	}
}

// TestFixturesSiteMemory reads the fixture pages — five layouts served
// from one host, news.test — twice through one site memory: the second
// time, each page is read after every other one, and its text must be the
// text it has read alone (no block of one layout repeats on another).
func TestFixturesSiteMemory(t *testing.T) {
	e, err := New(WithSiteMemory(NewSiteMemory(0, 0)))
	if err != nil {
		t.Fatal(err)
	}
	exps := loadExpectations(t)
	for pass := range 2 {
		for _, x := range exps {
			a, err := e.HTML(readFixture(t, x.File), Input{URL: x.FetchURL, ContentType: "text/html"})
			if err != nil {
				t.Fatal(err)
			}
			if pass == 0 {
				continue
			}
			want := extractFixture(t, x).GetParagraphs()
			if got := a.GetParagraphs(); strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s: with the memory %d paragraphs, alone %d; removed %v", x.ID, len(got), len(want), a.GetRemoved())
			}
		}
	}
}

// TestPathologicalSiteMemory reads every hostile page at the fetch cap
// through one site memory, as pages of one host: the work per page stays
// within maxAllocPerPage, a page adds at most maxPageBlocks blocks to the
// memory, and the story before the hostile markup — the same on every page,
// so one story to the memory — is still extracted exactly.
func TestPathologicalSiteMemory(t *testing.T) {
	mem := NewSiteMemory(0, 0)
	e, err := New(WithSiteMemory(mem))
	if err != nil {
		t.Fatal(err)
	}
	for i, pg := range pathologicalPages() {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		art, err := e.HTML(pg.HTML, Input{URL: "https://news.test/" + pg.Name})
		runtime.ReadMemStats(&after)
		if err != nil {
			t.Fatalf("%s: %v", pg.Name, err)
		}
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > maxAllocPerPage && !raceEnabled {
			t.Errorf("%s: allocated %d MB, want at most %d MB", pg.Name, alloc>>20, maxAllocPerPage>>20)
		}
		if _, blocks := mem.Len(); blocks > (i+1)*maxPageBlocks {
			t.Errorf("%s: the memory holds %d blocks after %d pages", pg.Name, blocks, i+1)
		}
		if pg.StoryFirst && !pg.KeepsStory(art.GetParagraphs()) {
			t.Errorf("%s: paragraphs = %.300q, want the story", pg.Name, art.GetParagraphs())
		}
	}
}
