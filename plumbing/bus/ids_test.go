package bus_test

import (
	"testing"
	"time"

	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/recordid"
	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

func TestMessageIDs(t *testing.T) {
	const id = "0123456789abcdef0123456789abcdef"
	tagged := bus.TaggedMsgID(id, "1.3.0", "2026-11")
	for _, tc := range []struct{ got, want string }{
		{bus.RawMsgID(id), id},
		{bus.ArticleMsgID(id, "1.3.0"), id + ":1.3.0"},
		{tagged, id + ":1.3.0:2026-11"},
		{bus.ActorMsgID(tagged, "isis-k"), id + ":1.3.0:2026-11:actor:isis-k"},
		{bus.TopicMsgID(tagged, "medtop:20000103"), id + ":1.3.0:2026-11:topic:medtop:20000103"},
		{bus.DeadLetterMsgID("sink", bus.StreamTagged, 42), "dlq:sink:NEWS_TAGGED:42"},
		{bus.TopicToken("medtop:20000103"), "20000103"},
		{bus.TopicToken("Sport"), "sport"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}

func TestSubjectSource(t *testing.T) {
	for _, tc := range []struct {
		subject, source string
		ok              bool
	}{
		{"news.raw.bbc", "bbc", true},
		{"news.articles.le-monde", "le-monde", true},
		{"news.tagged.src_1", "src_1", true},
		{"news.actor.isis-k.bbc", "bbc", true},
		{"news.topic.20000103.bbc", "bbc", true},
		{"news.raw.bbc.extra", "", false},
		{"news.actor.bbc", "", false},
		{"news.dlq.sink", "", false},
		{"news.raw.BBC", "", false},
		{"news", "", false},
		{"", "", false},
	} {
		source, ok := bus.SubjectSource(tc.subject)
		if source != tc.source || ok != tc.ok {
			t.Errorf("SubjectSource(%q) = %q, %v; want %q, %v", tc.subject, source, ok, tc.source, tc.ok)
		}
	}
}

func TestCheckRecord(t *testing.T) {
	const link = "https://example.com/news/1?utm_source=feed"
	id, err := recordid.Of(link)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name                      string
		subject, id, source, link string
		forged                    bool
	}{
		{"genuine", "news.raw.src", id, "src", link, false},
		{"genuine index copy", "news.actor.isis-k.src", id, "src", link, false},
		{"another page's id", "news.raw.src", recordid.ID("https://example.com/news/2"), "src", link, true},
		{"another source", "news.raw.other", id, "src", link, true},
		{"no link", "news.tagged.src", id, "src", "", true},
		{"not a link", "news.tagged.src", id, "src", "javascript:alert(1)", true},
		{"not a record subject", "news.dlq.sink", id, "src", link, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := bus.CheckRecord(tc.subject, tc.id, tc.source, tc.link)
			if tc.forged != (err != nil) {
				t.Fatalf("err = %v, want forged %v", err, tc.forged)
			}
			if tc.forged && bus.KindOf(err) != bus.KindForged {
				t.Errorf("kind = %q, want forged (err %v)", bus.KindOf(err), err)
			}
		})
	}
}

// TestDigest: the digest follows what a record says, not when a stage
// made it, and only records have one.
func TestDigest(t *testing.T) {
	digest := func(m bus.Message) string {
		t.Helper()
		data, err := proto.MarshalOptions{Deterministic: true}.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		d, err := bus.Digest(m, data)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	at := func(sec int64) *timestamppb.Timestamp { return timestamppb.New(time.Unix(sec, 0)) }
	raw := &newsv1.RawPage{Id: "a", Body: []byte("<p>x</p>"), FetchedAt: at(1)}
	raw2 := &newsv1.RawPage{Id: "a", Body: []byte("<p>x</p>"), FetchedAt: at(2)}
	other := &newsv1.RawPage{Id: "a", Body: []byte("<p>y</p>"), FetchedAt: at(1)}
	tagged := &newsv1.TaggedArticle{Article: &newsv1.Article{Id: "a", Removed: map[string]int32{"nav": 1, "share": 2}}, ClassifiedAt: at(1)}
	tagged2 := &newsv1.TaggedArticle{Article: &newsv1.Article{Id: "a", Removed: map[string]int32{"share": 2, "nav": 1}}, ClassifiedAt: at(2)}
	if d := digest(raw); d == "" || d != digest(raw2) || d == digest(other) {
		t.Errorf("RawPage digests: %q, %q (fetched later), %q (other body)", d, digest(raw2), digest(other))
	}
	if digest(tagged) != digest(tagged2) {
		t.Error("a tagged record classified again has another digest")
	}
	if a := (&newsv1.Article{Id: "a", Title: "T"}); digest(a) == digest(&newsv1.Article{Id: "a", Title: "U"}) {
		t.Error("two articles with different titles have one digest")
	}
	if d := digest(&newsv1.DeadLetter{Stage: "sink"}); d != "" {
		t.Errorf("a dead letter has digest %q", d)
	}
}
