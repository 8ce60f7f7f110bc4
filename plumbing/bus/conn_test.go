package bus_test

import (
	"testing"
	"time"

	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/bus/bustest"
	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// An in-process connection reaches the server through a pipe: with a URL
// that nothing listens on (port 1 is refused on loopback), a JetStream
// publish is stored and acked all the same.
func TestConnectInProcess(t *testing.T) {
	b := bustest.Start(t)
	nc, err := bus.Connect(t.Context(), bus.ConnConfig{
		URL: "nats://127.0.0.1:1", Name: "in-process", InProcess: b.Server, ConnectWait: 5 * time.Second,
	}, quietLogger())
	if err != nil {
		t.Fatalf("connecting in process: %v", err)
	}
	t.Cleanup(nc.Close)
	if got := nc.ConnectedAddr(); got != "pipe" {
		t.Errorf("connected to %q, want the in-memory pipe", got)
	}
	js, err := bus.JetStream(nc)
	if err != nil {
		t.Fatal(err)
	}
	a := &newsv1.Article{Id: "in-process-1", Title: "t"}
	if err := bus.NewPublisher(js, b.Tel.TracerProvider, b.Tel.Propagator).Publish(t.Context(), "news.articles.src", "in-process-1", a); err != nil {
		t.Fatalf("publishing over the pipe: %v", err)
	}
	s, err := b.JS.Stream(t.Context(), bus.StreamArticles)
	if err != nil {
		t.Fatal(err)
	}
	info, err := s.Info(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if info.State.Msgs != 1 {
		t.Errorf("NEWS_ARTICLES holds %d messages, want the one published in process", info.State.Msgs)
	}
}
