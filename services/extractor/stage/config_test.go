package stage

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"google.golang.org/protobuf/proto"

	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/bus/bustest"
	"github.com/newsflow/newsflow/plumbing/rawbody"
	"github.com/newsflow/newsflow/plumbing/recordid"
	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// sitePage is a story of one site with the site's own line set into the
// article, after the story.
func sitePage(t *testing.T, link, topic string) *newsv1.RawPage {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "<html><head><title>%s</title></head><body><article><h1>%s</h1>", topic, topic)
	for i := range 5 {
		fmt.Fprintf(&b, "<p>In part %d of the debate on the %s the council heard residents, traders and the harbour board, and the mayor promised an answer before the %d votes of the spring session.</p>", i, topic, i+3)
	}
	b.WriteString("<p>Spotted a mistake? Tell the desk and we will look at it.</p></article></body></html>")
	id, err := recordid.Of(link)
	if err != nil {
		t.Fatal(err)
	}
	raw := &newsv1.RawPage{Id: id, Source: "src", ItemUrl: link, FinalUrl: link, HttpStatus: 200, ContentType: "text/html; charset=utf-8"}
	if err := rawbody.Set(raw, []byte(b.String())); err != nil {
		t.Fatal(err)
	}
	return raw
}

// TestConfigSiteMemory checks that with site_memory the extractor
// remembers a site's pages (the site's line goes from its second story)
// and that without it, the default, each page is read alone.
func TestConfigSiteMemory(t *testing.T) {
	const line = "Spotted a mistake?"
	pages := []*newsv1.RawPage{
		sitePage(t, "https://gazette.example/budget", "budget"),
		sitePage(t, "https://gazette.example/ferry", "ferry timetable"),
	}
	for _, tc := range []struct {
		name     string
		memory   bool
		wantLine []bool // per page: is the site's line in the text
	}{
		{"site_memory true", true, []bool{true, false}},
		{"default: site_memory false", false, []bool{true, true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := DefaultConfig()
			cfg.SiteMemory = tc.memory
			opts, err := cfg.Options()
			if err != nil {
				t.Fatal(err)
			}
			s := New(nil, slog.New(slog.DiscardHandler), opts...)
			for i, raw := range pages {
				a, err := ExtractWith(s.ex, raw)
				if err != nil {
					t.Fatal(err)
				}
				text := strings.Join(a.GetParagraphs(), "\n")
				if got := strings.Contains(text, line); got != tc.wantLine[i] {
					t.Errorf("page %d: line in text %v, want %v\n%s", i, got, tc.wantLine[i], text)
				}
				if !strings.Contains(text, "In part 4 of the debate") {
					t.Errorf("page %d lost its story: %s", i, text)
				}
			}
		})
	}
	if DefaultConfig().SiteMemory {
		t.Error("the site memory is on by default")
	}
}

// TestStageSiteMemory runs a stage with the site memory on a real
// JetStream: the second story of a site is published without the line
// the first one carried too; the first keeps it.
func TestStageSiteMemory(t *testing.T) {
	b := bustest.Start(t, bustest.WithServiceName("extractor-test"))
	cfg := DefaultConfig()
	cfg.SiteMemory = true
	opts, err := cfg.Options()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() {
		done <- New(b.Pub, slog.New(slog.DiscardHandler), opts...).Run(ctx, b.JS, b.Tel, bus.StageOptions{})
	}()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("stage returned %v", err)
		}
	})
	const line = "Spotted a mistake?"
	for i, raw := range []*newsv1.RawPage{
		sitePage(t, "https://gazette.example/budget", "budget"),
		sitePage(t, "https://gazette.example/ferry", "ferry timetable"),
	} {
		// One at a time, so that the second is read after the first.
		if err := b.Pub.Publish(t.Context(), "news.raw.src", "raw:"+raw.GetItemUrl(), raw); err != nil {
			t.Fatal(err)
		}
		msgs := bustest.WaitMsgs(t, b.JS, bus.StreamArticles, i+1)
		var a newsv1.Article
		if err := proto.Unmarshal(msgs[i].Data, &a); err != nil {
			t.Fatal(err)
		}
		if a.GetId() != raw.GetId() {
			t.Fatalf("article %d is %s, want %s", i, a.GetId(), raw.GetId())
		}
		text := strings.Join(a.GetParagraphs(), "\n")
		if has := strings.Contains(text, line); has != (i == 0) {
			t.Errorf("article %d: line in text %v, want %v", i, has, i == 0)
		}
		if got, want := a.GetRemoved()["repeated"], int32(i); got != want {
			t.Errorf("article %d: %d repeated blocks removed, want %d", i, got, want)
		}
	}
}
