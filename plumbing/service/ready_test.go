package service

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/bus/bustest"
	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// TestReadyzOutputBlocked: a stage run with Env.StageOptions whose output
// stream refuses its publishes for want of room makes /readyz fail with
// the cause, and ready again once the stream takes messages.
func TestReadyzOutputBlocked(t *testing.T) {
	b := bustest.Start(t, bustest.WithoutProvision())
	env := map[string]string{"NATS_URL": b.URL, "NEWSFLOW_ADMIN_ADDR": "127.0.0.1:0", "NEWSFLOW_LOG_LEVEL": "error"}
	c, err := load(t, env)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	addrc := make(chan string, 1)
	spec := Spec{Name: "classifier", OnAdminListen: func(addr string) { addrc <- addr }}
	errc := make(chan error, 1)
	go func() {
		errc <- Run(ctx, spec, c, func(k string) string { return env[k] }, func(ctx context.Context, e Env) error {
			h := bus.Typed(func(ctx context.Context, a *newsv1.Article) error {
				return bus.NewPublisher(e.JS, e.Telemetry.TracerProvider, e.Telemetry.Propagator).
					Publish(ctx, "news.tagged.src", "t:"+a.GetId(), &newsv1.TaggedArticle{Article: a})
			})
			o := e.StageOptions()
			o.Runner.PauseMin, o.Runner.PauseMax = 10*time.Millisecond, 50*time.Millisecond
			return bus.RunStage(ctx, e.JS, e.Telemetry, bus.StageClassifier, o, h, e.Logger)
		})
	}()
	base := "http://" + <-addrc
	// Run has provisioned the streams by the time the admin server listens.
	tagged := func(f func(*jetstream.StreamConfig)) {
		s, err := b.JS.Stream(t.Context(), bus.StreamTagged)
		if err != nil {
			t.Fatal(err)
		}
		cfg := s.CachedInfo().Config
		f(&cfg)
		if _, err := b.JS.UpdateStream(t.Context(), cfg); err != nil {
			t.Fatal(err)
		}
	}
	tagged(func(c *jetstream.StreamConfig) { c.Discard, c.MaxBytes = jetstream.DiscardNew, 1 })
	if err := b.Pub.Publish(t.Context(), "news.articles.src", "a1", &newsv1.Article{Id: "a1"}); err != nil {
		t.Fatal(err)
	}
	var body string
	bustest.WaitFor(t, "/readyz to report the blocked output", func() bool {
		code, b := getBody(t, base+"/readyz")
		body = b
		return code == http.StatusServiceUnavailable && strings.Contains(b, "output") && strings.Contains(b, "JetStream storage full")
	})
	tagged(func(c *jetstream.StreamConfig) { c.MaxBytes = -1 })
	bustest.WaitFor(t, "/readyz to answer 200 once the stream takes messages", func() bool {
		code, _ := getBody(t, base+"/readyz")
		return code == http.StatusOK
	})
	cancel()
	if err := <-errc; err != nil {
		t.Fatalf("Run returned %v (readyz said %q while blocked)", err, body)
	}
}

func getBody(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = resp.Body.Close() }()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}
