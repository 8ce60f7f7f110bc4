package stage

import (
	"crypto/rand"
	"errors"
	"log/slog"
	"testing"

	"github.com/nats-io/nats.go/jetstream"
	"google.golang.org/protobuf/proto"

	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/bus/bustest"
	"github.com/newsflow/newsflow/plumbing/recordid"
	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/fetcher/fetch"
	"github.com/newsflow/newsflow/services/fetcher/kvseen"
	"github.com/newsflow/newsflow/services/fetcher/poll"
)

// TestPublishRawFinalErrors: the answers no retry can change come back as
// permanent errors of their kind, so that the poller marks the item seen
// instead of fetching it on every poll: a page too large for a message
// (too_large), and a page whose id the stream already holds for another
// message (forged: a pre-empted publish). A page published again (the ack
// was lost) is a plain success.
func TestPublishRawFinalErrors(t *testing.T) {
	b := bustest.Start(t, bustest.WithServiceName("fetcher-test"))
	nc, js, tel := b.Conn, b.JS, b.Tel
	seen, err := kvseen.New(t.Context(), js, kvseen.Config{Bucket: "seen_test"})
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(js, tel, fetch.DefaultConfig(), seen, poll.Options{}, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	page := func(link string, body []byte) *newsv1.RawPage {
		id, err := recordid.Of(link)
		if err != nil {
			t.Fatal(err)
		}
		return &newsv1.RawPage{Id: id, Source: "src", ItemUrl: link, Body: body, BodyEncoding: newsv1.BodyEncoding_BODY_ENCODING_IDENTITY}
	}

	huge := make([]byte, nc.MaxPayload()+1)
	_, _ = rand.Read(huge) // incompressible
	if err := s.PublishRaw(t.Context(), page("https://news.example/huge", huge)); bus.KindOf(err) != bus.KindTooLarge {
		t.Errorf("publishing a page over the max payload: %v (kind %q), want too_large", err, bus.KindOf(err))
	}

	real := page("https://news.example/story", []byte("<p>the story</p>"))
	forged, err := proto.Marshal(page("https://news.example/story", []byte("<p>forged</p>")))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := js.Publish(t.Context(), "news.raw.src", forged, jetstream.WithMsgID(real.GetId())); err != nil {
		t.Fatal(err)
	}
	err = s.PublishRaw(t.Context(), real)
	if bus.KindOf(err) != bus.KindForged || !errors.Is(err, bus.ErrPreempted) {
		t.Errorf("publishing a pre-empted page: %v (kind %q), want forged", err, bus.KindOf(err))
	}

	again := page("https://news.example/again", []byte("<p>once</p>"))
	for range 2 {
		if err := s.PublishRaw(t.Context(), again); err != nil {
			t.Errorf("publishing a page twice: %v", err)
		}
	}
}
