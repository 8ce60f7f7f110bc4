package pipeline_test

import (
	"net"
	"net/http/httptest"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsflow/newsflow/cmd/newsflow/internal/demosite"
	"github.com/newsflow/newsflow/cmd/newsflow/internal/pipeline"
	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/embedded"
	"github.com/newsflow/newsflow/plumbing/telemetry"
	"github.com/newsflow/newsflow/services/fetcher/fetch"
	"github.com/newsflow/newsflow/services/fetcher/poll"
)

// TestLeastPrivilege runs the whole pipeline the way `newsflow up` does,
// on an embedded server that admits only the per-service nkey users: the
// demo site's stories flow to the sink with no permission violation, the
// seeds are private files, and a stage cannot publish on another stage's
// subject.
func TestLeastPrivilege(t *testing.T) {
	ctx := t.Context()
	logs := &telemetry.LogBuffer{}
	logger := telemetry.NewLogger(logs, nil, "auth-test")
	dir := t.TempDir()
	l, err := pipeline.OpenLocal(ctx, pipeline.LocalOptions{
		Name: "auth-test", DataDir: dir, Streams: bus.DefaultStreamOptions(), Logger: logger,
		Auth: true, SeenBucket: "auth_seen",
	}, func(string) string { return "" })
	require.NoError(t, err)
	t.Cleanup(func() { _ = l.Close() })
	require.Len(t, l.StageJS, 4, "one connection per service")

	for _, role := range embedded.Roles() {
		st, err := os.Stat(embedded.SeedFileName(filepath.Join(dir, "nats-creds"), role))
		require.NoError(t, err, role)
		assert.Equal(t, os.FileMode(0o600), st.Mode().Perm(), role)
	}

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	origin := "http://" + ln.Addr().String() + "/"
	site := httptest.NewUnstartedServer(demosite.Handler(origin))
	_ = site.Listener.Close()
	site.Listener = ln
	site.Start()
	t.Cleanup(site.Close)

	fcfg := fetch.DefaultConfig()
	fcfg.AllowCIDRs = []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8")}
	fcfg.HostInterval = time.Millisecond
	p, err := pipeline.Start(ctx, pipeline.Config{
		JS: l.JS, StageJS: l.StageJS, Telemetry: l.Telemetry, Store: l.Store, Classifier: l.Classifier, Logger: logger,
		Stage: bus.StageOptions{Runner: bus.RunnerConfig{Concurrency: 2}},
		Fetch: fcfg, SeenBucket: "auth_seen",
	})
	require.NoError(t, err)
	stopped := false
	t.Cleanup(func() {
		if !stopped {
			_ = p.Stop()
		}
	})
	for _, f := range demosite.Feeds {
		_, err := p.Fetcher.Poll(ctx, poll.Feed{URL: origin + strings.TrimPrefix(f.Path, "/"), Source: f.Source})
		require.NoError(t, err, f.Path)
	}
	require.Eventually(t, func() bool {
		n, err := l.Store.Count(ctx)
		return err == nil && n == demosite.Articles
	}, 60*time.Second, 20*time.Millisecond, "every story reaches the sink; log:\n%s", logs.String())
	stopped = true
	require.NoError(t, p.Stop())
	assert.NotContains(t, strings.ToLower(logs.String()), "permissions violation")

	// The extractor's own user may publish articles but not tagged records.
	errs := make(chan error, 4)
	opt, err := nats.NkeyOptionFromSeed(embedded.SeedFileName(filepath.Join(dir, "nats-creds"), embedded.RoleExtractor))
	require.NoError(t, err)
	nc, err := nats.Connect(l.NATSURL, opt, nats.CustomInboxPrefix(embedded.InboxPrefix(embedded.RoleExtractor)),
		nats.ErrorHandler(func(_ *nats.Conn, _ *nats.Subscription, err error) { errs <- err }))
	require.NoError(t, err)
	defer nc.Close()
	require.NoError(t, nc.Publish("news.tagged.x", []byte("forged")))
	require.NoError(t, nc.FlushTimeout(5*time.Second))
	select {
	case err := <-errs:
		require.ErrorIs(t, err, nats.ErrPermissionViolation)
		assert.Contains(t, err.Error(), "news.tagged.x")
	case <-time.After(10 * time.Second):
		t.Fatal("the extractor published on news.tagged.x")
	}
	tagged, err := l.JS.Stream(ctx, bus.StreamTagged)
	require.NoError(t, err)
	_, err = tagged.GetLastMsgForSubject(ctx, "news.tagged.x")
	assert.Error(t, err, "nothing was stored under news.tagged.x")

	// And nobody gets in without a key.
	_, err = nats.Connect(l.NATSURL)
	assert.ErrorIs(t, err, nats.ErrAuthorization)
}
