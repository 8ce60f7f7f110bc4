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

// page is a story page with n paragraphs.
func page(t *testing.T, link, source string, n int) *newsv1.RawPage {
	t.Helper()
	var b strings.Builder
	b.WriteString("<html><head><title>Council sets the budget</title></head><body><article><h1>Council sets the budget</h1>")
	for i := range n {
		fmt.Fprintf(&b, "<p>In part %d of the meeting the council weighed the budget for roads, schools and parks, and the mayor answered %d questions from residents about the plan.</p>", i, i%7+2)
	}
	b.WriteString("</article></body></html>")
	id, err := recordid.Of(link)
	if err != nil {
		t.Fatal(err)
	}
	raw := &newsv1.RawPage{Id: id, Source: source, ItemUrl: link, FinalUrl: link, HttpStatus: 200, ContentType: "text/html; charset=utf-8"}
	if err := rawbody.Set(raw, []byte(b.String())); err != nil {
		t.Fatal(err)
	}
	return raw
}

// TestStageChecksAndFits runs the stage on a real JetStream: a genuine
// page is extracted, carries its link, and has its text cut to fit; a
// page claiming another page's id, or published under another source's
// subject, is dead-lettered as forged and yields no article.
func TestStageChecksAndFits(t *testing.T) {
	b := bustest.Start(t, bustest.WithServiceName("extractor-test"))
	js, tel, pub := b.JS, b.Tel, b.Pub
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() {
		done <- New(pub, slog.New(slog.DiscardHandler), WithMaxArticleBytes(16<<10)).Run(ctx, js, tel, bus.StageOptions{})
	}()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("stage returned %v", err)
		}
	})

	genuine := page(t, "https://news.example/council?utm_source=feed", "src", 400)
	forged := page(t, "https://news.example/forged", "src", 3)
	forged.Id = genuine.GetId() // another page's id
	elsewhere := page(t, "https://news.example/other", "src", 3)
	for _, m := range []struct {
		subject string
		raw     *newsv1.RawPage
	}{{"news.raw.src", genuine}, {"news.raw.src", forged}, {"news.raw.other", elsewhere}} {
		if err := pub.Publish(t.Context(), m.subject, m.subject+":"+m.raw.GetItemUrl(), m.raw); err != nil {
			t.Fatal(err)
		}
	}

	articles := bustest.WaitMsgs(t, js, bus.StreamArticles, 1)
	dls := bustest.WaitMsgs(t, js, bus.StreamDLQ, 2)
	var a newsv1.Article
	if err := proto.Unmarshal(articles[0].Data, &a); err != nil {
		t.Fatal(err)
	}
	if a.GetId() != genuine.GetId() || a.GetItem().GetLink() != genuine.GetItemUrl() {
		t.Errorf("article %q with link %q, want the genuine page's", a.GetId(), a.GetItem().GetLink())
	}
	text := strings.Join(a.GetParagraphs(), "\n\n")
	if !a.GetTruncated() || a.GetOriginalTextLength() <= int64(len(text)) || len(articles[0].Data) > 16<<10 || len(text) < 8<<10 {
		t.Errorf("article of %d bytes: truncated %v, %d of %d bytes of text kept", len(articles[0].Data), a.GetTruncated(), len(text), a.GetOriginalTextLength())
	}
	for _, m := range dls {
		var dl newsv1.DeadLetter
		if err := proto.Unmarshal(m.Data, &dl); err != nil {
			t.Fatal(err)
		}
		if bus.Kind(dl.GetKind()) != bus.KindForged || dl.GetReason() == "" {
			t.Errorf("dead letter of %s: kind %q, reason %q", dl.GetSubject(), dl.GetKind(), dl.GetReason())
		}
	}
}
