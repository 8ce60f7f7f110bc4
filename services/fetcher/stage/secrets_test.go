package stage_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsflow/newsflow/plumbing/admin"
	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/bus/bustest"
	"github.com/newsflow/newsflow/plumbing/telemetry"
	"github.com/newsflow/newsflow/services/fetcher/catalog"
	"github.com/newsflow/newsflow/services/fetcher/fetch"
	"github.com/newsflow/newsflow/services/fetcher/kvseen"
	"github.com/newsflow/newsflow/services/fetcher/poll"
	"github.com/newsflow/newsflow/services/fetcher/schedule"
	"github.com/newsflow/newsflow/services/fetcher/stage"
)

// TestFeedSecretsNeverLeave polls a feed whose URL carries credentials in
// its userinfo and query, and one that fails, through the real stage,
// then looks for the secrets everywhere the fetcher exposes a feed URL:
// the Prometheus scrape of a real admin server, the JSON logs, the spans,
// the RawPage (which a dead letter carries unchanged) and the feed state
// that `newsflow feeds ls` shows.
func TestFeedSecretsNeverLeave(t *testing.T) {
	// Secrets are chosen so that no hex id or digest can contain one by chance.
	secrets := []string{"alice", "pw-s3cr3t", "k-s3cr3t", "t-s3cr3t", "bob-the-user"}
	site := http.NewServeMux()
	site.HandleFunc("GET /feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>http://%s/</link>
<item><title>One story</title><link>http://%s/story.html</link><guid>1</guid></item></channel></rss>`, r.Host, r.Host)
	})
	site.HandleFunc("GET /story.html", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = io.WriteString(w, "<html><head><title>One story</title></head><body><article><p>Text of the story.</p></article></body></html>")
	})
	srv := httptest.NewServer(site) // /missing.xml is a 404
	t.Cleanup(srv.Close)
	host := strings.TrimPrefix(srv.URL, "http://")
	good := poll.Feed{URL: "http://alice:pw-s3cr3t@" + host + "/feed.xml?api_key=k-s3cr3t", Source: "secret", Interval: time.Hour}
	bad := poll.Feed{URL: "http://bob-the-user@" + host + "/missing.xml?token=t-s3cr3t", Source: "secret", Interval: time.Hour}

	b := bustest.Start(t, bustest.WithServiceName("fetcher"))
	js, tel, spans := b.JS, b.Tel, b.Spans

	logs := &telemetry.LogBuffer{}
	logger := telemetry.NewLogger(logs, slog.LevelDebug, "fetcher")

	fcfg := fetch.DefaultConfig()
	fcfg.AllowCIDRs = []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8")}
	fcfg.HostInterval = 0
	fcfg.RetryMax = 0
	seen, err := kvseen.New(t.Context(), js, kvseen.Config{Bucket: "secrets_seen"})
	require.NoError(t, err)
	st, err := stage.New(js, tel, fcfg, seen, poll.Options{}, logger)
	require.NoError(t, err)
	cat, err := catalog.Open(t.Context(), js, catalog.Config{Prefix: "SECRETS"})
	require.NoError(t, err)

	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() {
		done <- st.Schedule(ctx, cat, schedule.Options{Tick: 10 * time.Millisecond, Spread: time.Millisecond, MaxIdleFactor: 1}, []poll.Feed{good, bad}, "")
	}()
	raw, err := js.Stream(t.Context(), bus.StreamRaw)
	require.NoError(t, err)
	require.Eventually(t, func() bool {
		info, err := raw.Info(t.Context())
		if err != nil || info.State.Msgs < 1 {
			return false
		}
		s, err := cat.StateOf(t.Context(), bad.URL)
		return err == nil && s.LastError != ""
	}, 20*time.Second, 20*time.Millisecond, "the good feed's page is published and the bad feed's failure recorded")

	// Metrics, scraped from a real admin server while the scheduler runs.
	addr := make(chan string, 1)
	go func() { _ = admin.New("127.0.0.1:0", tel.Registry, nil, logger).Run(ctx, addr) }()
	resp, err := http.Get("http://" + <-addr + "/metrics")
	require.NoError(t, err)
	scrape, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	require.NoError(t, resp.Body.Close())
	cancel()
	require.NoError(t, <-done)

	// The record, and so any dead letter of it.
	msg, err := raw.GetLastMsgForSubject(t.Context(), "news.raw.secret")
	require.NoError(t, err)
	var record bytes.Buffer
	record.Write(msg.Data)
	for k, vs := range msg.Header {
		record.WriteString(k + ": " + strings.Join(vs, ",") + "\n")
	}
	// The feed state, as `newsflow feeds ls` reads it.
	state, err := cat.StateOf(t.Context(), bad.URL)
	require.NoError(t, err)

	var spanText strings.Builder
	for _, s := range spans.GetSpans() {
		spanText.WriteString(s.Name + "\n")
		for _, a := range s.Attributes {
			spanText.WriteString(string(a.Key) + "=" + a.Value.String() + "\n")
		}
		for _, e := range s.Events {
			for _, a := range e.Attributes {
				spanText.WriteString(string(a.Key) + "=" + a.Value.String() + "\n")
			}
		}
		spanText.WriteString(s.Status.Description + "\n")
	}

	channels := map[string]string{
		"metrics": string(scrape), "logs": logs.String(), "spans": spanText.String(),
		"record": record.String(), "state": state.LastError,
	}
	// Each channel did carry the feed, redacted: the test looks where a leak would be.
	assert.Contains(t, channels["metrics"], `feed="http://REDACTED@`+host+`/missing.xml?token=REDACTED"`)
	assert.Contains(t, channels["logs"], `"feed":"http://REDACTED@`+host+`/feed.xml?api_key=REDACTED"`)
	assert.Contains(t, channels["logs"], `polling feed`)
	assert.Contains(t, channels["spans"], "url.full=http://"+host+"/story.html")
	assert.Contains(t, channels["record"], "http://REDACTED@"+host+"/feed.xml?api_key=REDACTED")
	assert.Contains(t, channels["state"], "REDACTED")
	for name, text := range channels {
		for _, s := range secrets {
			assert.NotContains(t, text, s, "secret %q in %s", s, name)
		}
	}
}
