package bus_test

import (
	"strings"
	"testing"

	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/recordid"
	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// benchTagged is a tagged record of a typical size (about 8 kB of text).
func benchTagged() *newsv1.TaggedArticle {
	const link = "https://news.example/2026/12/06/council-sets-the-budget?utm_source=rss"
	id, _ := recordid.Of(link)
	return &newsv1.TaggedArticle{
		Article: &newsv1.Article{
			Id: id, Source: "src", Title: "Council sets the budget", ExtractorVersion: "1.3.0",
			Paragraphs: []string{strings.Repeat("The council weighed the budget for roads and schools. ", 150)},
			Removed:    map[string]int32{"navigation": 3, "share": 2, "caption": 1},
			Item:       &newsv1.FeedItem{Link: link},
		},
		TaxonomyVersion: "2026-11-21.abcdef", ClassifiedAt: timestamppb.Now(),
		Actors: []*newsv1.ActorTag{{Id: "isis-k", Name: "ISIS-K", Mentions: 2}},
	}
}

// The integrity work added per record (a deterministic encoding, its
// digest, the id and subject check), next to the encoding every publish
// already paid as the reference: compare ns/op within one run.
func BenchmarkRecordCost(b *testing.B) {
	t := benchTagged()
	data, err := proto.Marshal(t)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("reference:marshal", func(b *testing.B) {
		for b.Loop() {
			_, _ = proto.Marshal(t)
		}
	})
	b.Run("marshal-deterministic", func(b *testing.B) {
		for b.Loop() {
			_, _ = proto.MarshalOptions{Deterministic: true}.Marshal(t)
		}
	})
	b.Run("digest", func(b *testing.B) {
		for b.Loop() {
			_, _ = bus.Digest(t, data)
		}
	})
	b.Run("check-record", func(b *testing.B) {
		a := t.GetArticle()
		for b.Loop() {
			_ = bus.CheckRecord("news.tagged.src", a.GetId(), a.GetSource(), a.GetItem().GetLink())
		}
	})
}
