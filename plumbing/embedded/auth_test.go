package embedded_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsflow/newsflow/plumbing/bus/bustest"
	"github.com/newsflow/newsflow/plumbing/embedded"
)

// startWithAuth starts an embedded server admitting one nkey user per role.
func startWithAuth(t *testing.T) (*server.Server, map[string]embedded.Identity) {
	t.Helper()
	b := bustest.Start(t, bustest.WithAuth(embedded.AuthConfig{}), bustest.WithoutProvision())
	return b.Server, b.Identities
}

// connectAs connects as role and returns the connection and a channel of
// the asynchronous errors (permission violations) the server sends it.
func connectAs(t *testing.T, ns *server.Server, id embedded.Identity) (*nats.Conn, chan error) {
	t.Helper()
	errs := make(chan error, 16)
	opt, err := nats.NkeyOptionFromSeed(id.SeedFile)
	require.NoError(t, err)
	nc, err := nats.Connect(ns.ClientURL(), opt, nats.CustomInboxPrefix(embedded.InboxPrefix(id.Role)),
		nats.ErrorHandler(func(_ *nats.Conn, _ *nats.Subscription, err error) { errs <- err }))
	require.NoError(t, err)
	t.Cleanup(nc.Close)
	return nc, errs
}

// sentinel is a subject no role may publish on.
const sentinel = "newsflow-test.sentinel"

// denied publishes on subject and reports whether the server refused it.
// Refusals arrive asynchronously and in order, so a publish on the
// sentinel follows, and whatever arrives before the sentinel's refusal
// is about subject.
func denied(t *testing.T, nc *nats.Conn, errs chan error, subject string) bool {
	t.Helper()
	require.NoError(t, nc.Publish(subject, []byte("x")))
	require.NoError(t, nc.Publish(sentinel, []byte("x")))
	require.NoError(t, nc.FlushTimeout(5*time.Second))
	refused := false
	for {
		select {
		case err := <-errs:
			require.ErrorIs(t, err, nats.ErrPermissionViolation)
			if strings.Contains(err.Error(), sentinel) {
				return refused
			}
			require.Contains(t, err.Error(), subject)
			refused = true
		case <-time.After(10 * time.Second):
			t.Fatal("the sentinel publish was never refused")
		}
	}
}

func TestPermissionsPerRole(t *testing.T) {
	ns, ids := startWithAuth(t)
	tests := []struct {
		role           string
		allowed, denys []string
	}{
		{
			embedded.RoleFetcher,
			[]string{"news.raw.bbc", "news.dlq.fetcher", "$KV.NEWSFLOW_SEEN.k", "$JS.API.STREAM.MSG.GET.NEWS_RAW"},
			[]string{"news.articles.bbc", "news.tagged.bbc", "news.dlq.sink", "$KV.other.k", "$JS.API.STREAM.DELETE.NEWS_RAW", "$JS.API.CONSUMER.CREATE.NEWS_RAW.extractor"},
		},
		{
			embedded.RoleExtractor,
			[]string{"news.articles.bbc", "news.dlq.extractor", "$JS.API.CONSUMER.MSG.NEXT.NEWS_RAW.extractor", "$JS.ACK.NEWS_RAW.extractor.1.2.3.4.5.6", "$JS.API.STREAM.MSG.GET.NEWS_ARTICLES"},
			[]string{"$JS.API.STREAM.MSG.GET.NEWS_RAW", "news.tagged.x", "news.raw.bbc", "news.actor.isis-k.bbc", "$JS.API.CONSUMER.MSG.NEXT.NEWS_TAGGED.sink", "$JS.ACK.NEWS_TAGGED.sink.1.2.3.4.5.6", "$JS.API.STREAM.UPDATE.NEWS_RAW", "$KV.NEWSFLOW_SEEN.k"},
		},
		{
			embedded.RoleClassifier,
			[]string{"news.tagged.bbc", "news.actor.isis-k.bbc", "news.topic.20000103.bbc", "news.dlq.classifier", "$JS.API.STREAM.MSG.GET.NEWS_TAGGED"},
			[]string{"news.raw.bbc", "news.articles.bbc", "news.dlq.extractor", "$JS.API.STREAM.PURGE.NEWS_TAGGED"},
		},
		{
			embedded.RoleSink,
			[]string{"news.dlq.sink", "$JS.API.CONSUMER.MSG.NEXT.NEWS_TAGGED.sink"},
			[]string{"news.tagged.bbc", "news.raw.bbc", "$JS.API.STREAM.MSG.GET.NEWS_TAGGED", "$JS.API.CONSUMER.DELETE.NEWS_TAGGED.sink", "$JS.API.STREAM.DELETE.NEWS_DLQ"},
		},
		{
			embedded.RoleAdmin,
			[]string{"$JS.API.STREAM.CREATE.NEWS_RAW", "news.raw.bbc", "$KV.NEWSFLOW_FEEDS.k"},
			[]string{"$SYS.REQ.SERVER.PING", "other.subject"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.role, func(t *testing.T) {
			nc, errs := connectAs(t, ns, ids[tt.role])
			for _, s := range tt.allowed {
				assert.False(t, denied(t, nc, errs, s), "%s may publish %s", tt.role, s)
			}
			for _, s := range tt.denys {
				assert.True(t, denied(t, nc, errs, s), "%s may not publish %s", tt.role, s)
			}
			// Another user's replies are out of reach.
			other := embedded.RoleSink
			if tt.role == other {
				other = embedded.RoleExtractor
			}
			_, err := nc.SubscribeSync(embedded.InboxPrefix(other) + ".>")
			require.NoError(t, err)
			require.NoError(t, nc.FlushTimeout(5*time.Second))
			select {
			case err := <-errs:
				assert.ErrorIs(t, err, nats.ErrPermissionViolation)
			case <-time.After(5 * time.Second):
				t.Errorf("%s subscribed to %s's inbox", tt.role, other)
			}
		})
	}
}

func TestUnknownClientsAreRefused(t *testing.T) {
	ns, _ := startWithAuth(t)
	_, err := nats.Connect(ns.ClientURL())
	require.ErrorIs(t, err, nats.ErrAuthorization)

	// A seed the server does not know.
	other, err := embedded.LoadOrCreateIdentities(t.TempDir(), embedded.RoleAdmin)
	require.NoError(t, err)
	opt, err := nats.NkeyOptionFromSeed(other[embedded.RoleAdmin].SeedFile)
	require.NoError(t, err)
	_, err = nats.Connect(ns.ClientURL(), opt)
	require.ErrorIs(t, err, nats.ErrAuthorization)
}

func TestIdentitiesPersist(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "creds")
	first, err := embedded.LoadOrCreateIdentities(dir)
	require.NoError(t, err)
	require.Len(t, first, len(embedded.Roles()))
	st, err := os.Stat(dir)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o700), st.Mode().Perm())
	for role, id := range first {
		st, err := os.Stat(id.SeedFile)
		require.NoError(t, err)
		assert.Equal(t, os.FileMode(0o600), st.Mode().Perm(), role)
		assert.True(t, strings.HasPrefix(id.Public, "U"), role)
	}
	again, err := embedded.LoadOrCreateIdentities(dir)
	require.NoError(t, err)
	assert.Equal(t, first, again, "the same users after a restart")

	require.NoError(t, os.WriteFile(embedded.SeedFileName(dir, embedded.RoleSink), []byte("SUnot-a-seed-s3cr3t\n"), 0o600))
	_, err = embedded.LoadOrCreateIdentities(dir)
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "s3cr3t")
	_, err = embedded.LoadOrCreateIdentities(dir, "intruder")
	assert.ErrorIs(t, err, embedded.ErrUnknownRole)
}

// TestServerConfigMatchesTable loads the generated configuration block
// the way nats-server does and checks that it grants exactly the table's
// permissions, so that a nats-server process (the chaos bench, a
// hand-run server) enforces what the embedded one does.
func TestServerConfigMatchesTable(t *testing.T) {
	ids, err := embedded.LoadOrCreateIdentities(t.TempDir())
	require.NoError(t, err)
	cfg := embedded.AuthConfig{SeenBucket: "newsflow_seen"}
	block, err := embedded.ServerConfig(ids, cfg, false)
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "nats.conf")
	require.NoError(t, os.WriteFile(path, []byte("port: -1\njetstream: enabled\n"+block), 0o600))
	opts, err := server.ProcessConfigFile(path)
	require.NoError(t, err)
	want, err := embedded.NkeyUsers(ids, cfg)
	require.NoError(t, err)
	got := map[string]*server.Permissions{}
	for _, u := range opts.Nkeys {
		got[u.Nkey] = u.Permissions
	}
	require.Len(t, got, len(want))
	for _, u := range want {
		require.Contains(t, got, u.Nkey)
		assert.Equal(t, u.Permissions.Publish.Allow, got[u.Nkey].Publish.Allow)
		assert.Equal(t, u.Permissions.Subscribe.Allow, got[u.Nkey].Subscribe.Allow)
	}

	withVars, err := embedded.ServerConfig(ids, cfg, true)
	require.NoError(t, err)
	assert.Contains(t, withVars, "nkey: $NEWSFLOW_EXTRACTOR_NKEY")
	for _, id := range ids {
		assert.NotContains(t, withVars, id.Public)
	}
}

// TestInProcessConnectionsAreAuthenticated: newsflow up, demo and the
// pipeline bench connect their stages to the embedded server over an
// in-memory pipe (nats.InProcessServer) rather than loopback TCP. The pipe
// must not be a way round the users and their permissions.
func TestInProcessConnectionsAreAuthenticated(t *testing.T) {
	ns, ids := startWithAuth(t)
	// Nothing listens on this URL: a connection that works went over the pipe.
	const nowhere = "nats://127.0.0.1:1"

	// Refused without a key (over the pipe the refusal shows as the pipe
	// closing, after the server's authentication timeout, rather than as an
	// authorization error).
	anon, err := nats.Connect(nowhere, nats.InProcessServer(ns))
	if err == nil {
		anon.Close()
	}
	require.Error(t, err, "no key, no connection")

	id := ids[embedded.RoleExtractor]
	opt, err := nats.NkeyOptionFromSeed(id.SeedFile)
	require.NoError(t, err)
	errs := make(chan error, 16)
	nc, err := nats.Connect(nowhere, nats.InProcessServer(ns), opt, nats.CustomInboxPrefix(embedded.InboxPrefix(id.Role)),
		nats.ErrorHandler(func(_ *nats.Conn, _ *nats.Subscription, err error) { errs <- err }))
	require.NoError(t, err)
	t.Cleanup(nc.Close)
	assert.Equal(t, "pipe", nc.ConnectedAddr())
	assert.False(t, denied(t, nc, errs, "news.articles.bbc"), "the extractor may publish articles")
	assert.True(t, denied(t, nc, errs, "news.tagged.x"), "the extractor may not publish tagged records")
}
