package stage

import (
	"context"
	"log/slog"
	"strings"
	"testing"

	"github.com/nats-io/nats.go/jetstream"
	"google.golang.org/protobuf/proto"

	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/bus/bustest"
	"github.com/newsflow/newsflow/plumbing/recordid"
	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/classifier/classify"
	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

func article(t *testing.T, link string) *newsv1.Article {
	t.Helper()
	id, err := recordid.Of(link)
	if err != nil {
		t.Fatal(err)
	}
	return &newsv1.Article{
		Id: id, Source: "src", PageType: newsv1.PageType_PAGE_TYPE_ARTICLE, ExtractorVersion: "1.0.0",
		Title:      "ISIS-K claims attack near Kabul airport",
		Paragraphs: []string{"Islamic State Khorasan Province, known as ISIS-K, said it carried out the bombing near Kabul airport in Afghanistan."},
		Item:       &newsv1.FeedItem{Link: link},
	}
}

// defaultClassifier is the classifier of the embedded taxonomy.
func defaultClassifier(t *testing.T) (*taxonomy.Taxonomy, *classify.Classifier) {
	t.Helper()
	tax, err := taxonomy.Default()
	if err != nil {
		t.Fatal(err)
	}
	cls, err := classify.New(tax)
	if err != nil {
		t.Fatal(err)
	}
	return tax, cls
}

// TestStageChecksAndPublishes runs the stage on a real JetStream: a
// genuine article is tagged and published with its index copies under the
// message ids of bus/ids.go; an article claiming another page's id, or on
// another source's subject, or without its item link, is dead-lettered as
// forged and yields nothing.
func TestStageChecksAndPublishes(t *testing.T) {
	b := bustest.Start(t, bustest.WithServiceName("classifier-test"))
	js, tel, pub := b.JS, b.Tel, b.Pub
	tax, cls := defaultClassifier(t)
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- New(cls, pub, slog.New(slog.DiscardHandler)).Run(ctx, js, tel, bus.StageOptions{}) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("stage returned %v", err)
		}
	})

	genuine := article(t, "https://news.example/kabul")
	forged := article(t, "https://news.example/forged")
	forged.Id = genuine.GetId()
	elsewhere := article(t, "https://news.example/elsewhere")
	noLink := article(t, "https://news.example/nolink")
	noLink.Item = nil
	for _, m := range []struct {
		subject string
		a       *newsv1.Article
	}{{"news.articles.src", genuine}, {"news.articles.src", forged}, {"news.articles.other", elsewhere}, {"news.articles.src", noLink}} {
		if err := pub.Publish(t.Context(), m.subject, m.subject+":"+m.a.GetItem().GetLink()+m.a.GetId(), m.a); err != nil {
			t.Fatal(err)
		}
	}

	dls := bustest.WaitMsgs(t, js, bus.StreamDLQ, 3)
	for _, m := range dls {
		var dl newsv1.DeadLetter
		if err := proto.Unmarshal(m.Data, &dl); err != nil {
			t.Fatal(err)
		}
		if bus.Kind(dl.GetKind()) != bus.KindForged {
			t.Errorf("dead letter of %s: kind %q (%s)", dl.GetSubject(), dl.GetKind(), dl.GetReason())
		}
	}
	cons, err := js.Consumer(t.Context(), bus.StreamArticles, Name)
	if err != nil {
		t.Fatal(err)
	}
	bustest.WaitFor(t, "the consumer to settle", func() bool {
		info, err := cons.Info(t.Context())
		return err == nil && info.NumPending == 0 && info.NumAckPending == 0
	})
	s, err := js.Stream(t.Context(), bus.StreamTagged)
	if err != nil {
		t.Fatal(err)
	}
	info, err := s.Info(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	base := bus.TaggedMsgID(genuine.GetId(), "1.0.0", tax.Version())
	var record bool
	actors := 0
	for seq := info.State.FirstSeq; seq <= info.State.LastSeq; seq++ {
		m, err := s.GetMsg(t.Context(), seq)
		if err != nil {
			t.Fatal(err)
		}
		id := m.Header.Get(jetstream.MsgIDHeader)
		if m.Header.Get(bus.HeaderRecordID) != genuine.GetId() {
			t.Errorf("%s carries record %q: only the genuine article may be tagged", m.Subject, m.Header.Get(bus.HeaderRecordID))
		}
		switch {
		case m.Subject == "news.tagged.src":
			record = id == base
		case strings.HasPrefix(m.Subject, "news.actor."):
			actors++
			if !strings.HasPrefix(id, base+":actor:") {
				t.Errorf("actor copy %s has id %q", m.Subject, id)
			}
		case strings.HasPrefix(m.Subject, "news.topic."):
			if !strings.HasPrefix(id, base+":topic:") {
				t.Errorf("topic copy %s has id %q", m.Subject, id)
			}
		}
	}
	if !record || actors == 0 {
		t.Errorf("tagged record published under %q: %v; actor copies: %d", base, record, actors)
	}
}

// TestFormerIDCopies: an article about APT29, an actor a taxonomy merge
// folded UNC2452 into, is also indexed on news.actor.unc2452.<source>
// when former-id copies are on (the default), under the message-id rule
// of every actor copy, and only on news.actor.apt29.<source> when off.
func TestFormerIDCopies(t *testing.T) {
	tax, cls := defaultClassifier(t)
	a := article(t, "https://news.example/solarwinds")
	a.Title = "Russian hackers behind SolarWinds breach"
	a.Paragraphs = []string{"The SolarWinds intrusion was the work of APT29, the Russian foreign intelligence service's hacking group. APT29 used a trojanised update to reach its targets."}
	base := bus.TaggedMsgID(a.GetId(), a.GetExtractorVersion(), tax.Version())
	for _, tt := range []struct {
		name string
		opts []Option
		want map[string]string // actor subject → message id
	}{
		{"default", DefaultConfig().Options(), map[string]string{
			"news.actor.apt29.src":   bus.ActorMsgID(base, "apt29"),
			"news.actor.unc2452.src": bus.ActorMsgID(base, "unc2452"),
		}},
		{"off", nil, map[string]string{"news.actor.apt29.src": bus.ActorMsgID(base, "apt29")}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b := bustest.Start(t, bustest.WithServiceName("classifier-former-"+tt.name))
			if err := New(cls, b.Pub, slog.New(slog.DiscardHandler), tt.opts...).Handle(t.Context(), a); err != nil {
				t.Fatal(err)
			}
			s, err := b.JS.Stream(t.Context(), bus.StreamTagged)
			if err != nil {
				t.Fatal(err)
			}
			info, err := s.Info(t.Context())
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]string{}
			for seq := info.State.FirstSeq; seq <= info.State.LastSeq; seq++ {
				m, err := s.GetMsg(t.Context(), seq)
				if err != nil {
					t.Fatal(err)
				}
				if strings.HasPrefix(m.Subject, "news.actor.") {
					got[m.Subject] = m.Header.Get(jetstream.MsgIDHeader)
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("actor copies %v, want %v", got, tt.want)
			}
			for subj, id := range tt.want {
				if got[subj] != id {
					t.Errorf("%s: message id %q, want %q", subj, got[subj], id)
				}
			}
		})
	}
}
