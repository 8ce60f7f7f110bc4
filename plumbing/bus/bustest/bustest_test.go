package bustest_test

import (
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/bus/bustest"
	"github.com/newsflow/newsflow/plumbing/embedded"
	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// TestStartProvisionsAndTraces: the default fixture has every stream on
// file storage, and a publish through its publisher lands in the stream
// and leaves a span in the in-memory exporter.
func TestStartProvisionsAndTraces(t *testing.T) {
	b := bustest.Start(t)
	for _, cfg := range bus.StreamConfigs(bus.DefaultStreamOptions()) {
		s, err := b.JS.Stream(t.Context(), cfg.Name)
		require.NoError(t, err, cfg.Name)
		assert.Equal(t, jetstream.FileStorage, s.CachedInfo().Config.Storage, cfg.Name)
	}
	subj, err := bus.RawSubject("src")
	require.NoError(t, err)
	require.NoError(t, b.Pub.Publish(t.Context(), subj, "id-1", &newsv1.RawPage{Id: "id-1"}))
	msgs := bustest.WaitMsgs(t, b.JS, bus.StreamRaw, 1)
	assert.Equal(t, subj, msgs[0].Subject)
	assert.NotEmpty(t, b.Spans.GetSpans(), "the publish is traced")
	assert.Contains(t, b.URL, "127.0.0.1:")
}

func TestOptions(t *testing.T) {
	t.Run("without provision", func(t *testing.T) {
		b := bustest.Start(t, bustest.WithoutProvision())
		_, err := b.JS.Stream(t.Context(), bus.StreamRaw)
		assert.ErrorIs(t, err, jetstream.ErrStreamNotFound)
	})
	t.Run("stream options", func(t *testing.T) {
		o := bus.DefaultStreamOptions()
		o.Memory, o.MaxAge = true, 3*time.Hour
		b := bustest.Start(t, bustest.WithStreamOptions(o))
		s, err := b.JS.Stream(t.Context(), bus.StreamTagged)
		require.NoError(t, err)
		assert.Equal(t, jetstream.MemoryStorage, s.CachedInfo().Config.Storage)
		assert.Equal(t, 3*time.Hour, s.CachedInfo().Config.MaxAge)
	})
	t.Run("server options", func(t *testing.T) {
		b := bustest.Start(t, bustest.WithServer(func(o *embedded.Options) { o.MaxPayload = 4096 }))
		assert.EqualValues(t, 4096, b.Conn.MaxPayload())
	})
}

// TestAuth: under WithAuth the fixture's own connection is the admin's,
// a role connects with its seed and is held to its permissions, and an
// anonymous client is refused.
func TestAuth(t *testing.T) {
	b := bustest.Start(t, bustest.WithAuth(embedded.AuthConfig{}))
	require.Len(t, b.Identities, len(embedded.Roles()))
	_, err := b.JS.Stream(t.Context(), bus.StreamRaw)
	require.NoError(t, err, "the admin provisioned and reads the streams")

	other := bustest.Start(t, bustest.WithoutProvision())
	require.NotEqual(t, b.URL, other.URL, "each Start has its own server")

	errs := make(chan error, 4)
	nc := b.Connect(t, embedded.RoleSink, nats.ErrorHandler(func(_ *nats.Conn, _ *nats.Subscription, err error) { errs <- err }))
	require.NoError(t, nc.Publish("news.raw.src", []byte("x")))
	require.NoError(t, nc.FlushTimeout(5*time.Second))
	select {
	case err := <-errs:
		assert.ErrorIs(t, err, nats.ErrPermissionViolation, "the sink may not publish raw pages")
	case <-time.After(5 * time.Second):
		t.Fatal("the server did not refuse the sink's publish")
	}

	_, err = nats.Connect(b.URL)
	assert.ErrorIs(t, err, nats.ErrAuthorization, "anonymous clients are refused")
}

// TestWaitFor: the condition is polled until it holds, on the test's
// goroutine.
func TestWaitFor(t *testing.T) {
	n := 0
	bustest.WaitFor(t, "the third call", func() bool { n++; return n == 3 })
	assert.Equal(t, 3, n)
}
