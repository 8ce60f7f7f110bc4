package kvseen

import (
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsflow/newsflow/plumbing/bus/bustest"
)

func startJetStream(t *testing.T) jetstream.JetStream {
	t.Helper()
	return bustest.Start(t, bustest.WithoutProvision()).JS
}

func TestSet(t *testing.T) {
	js := startJetStream(t)
	ctx := t.Context()
	s, err := New(ctx, js, Config{})
	require.NoError(t, err)

	keys := []string{"u.0f115db062b7c0dd030b16878c99dea5", "t.some title", "weird */> key\x00", ""}
	for _, k := range keys {
		seen, err := s.Seen(ctx, k)
		require.NoError(t, err)
		assert.False(t, seen, "%q", k)
	}
	for _, k := range keys {
		require.NoError(t, s.Mark(ctx, k))
		require.NoError(t, s.Mark(ctx, k), "marking twice is harmless")
	}
	for _, k := range keys {
		seen, err := s.Seen(ctx, k)
		require.NoError(t, err)
		assert.True(t, seen, "%q", k)
	}

	// A second replica opening the same bucket shares the marks.
	other, err := New(ctx, js, Config{})
	require.NoError(t, err)
	seen, err := other.Seen(ctx, keys[0])
	require.NoError(t, err)
	assert.True(t, seen)

	st, err := js.KeyValue(ctx, DefaultBucket)
	require.NoError(t, err)
	status, err := st.Status(ctx)
	require.NoError(t, err)
	assert.Equal(t, DefaultTTL, status.TTL())
	assert.Equal(t, int64(1), status.History())
}

func TestSetExpires(t *testing.T) {
	js := startJetStream(t)
	ctx := t.Context()
	s, err := New(ctx, js, Config{Bucket: "seen_ttl", TTL: time.Second, Storage: jetstream.MemoryStorage})
	require.NoError(t, err)
	require.NoError(t, s.Mark(ctx, "k"))
	seen, err := s.Seen(ctx, "k")
	require.NoError(t, err)
	require.True(t, seen)
	require.Eventually(t, func() bool {
		seen, err := s.Seen(ctx, "k")
		return err == nil && !seen
	}, 10*time.Second, 50*time.Millisecond)
}

func TestSetErrors(t *testing.T) {
	js := startJetStream(t)
	_, err := New(t.Context(), js, Config{Bucket: "bad.name"})
	require.ErrorIs(t, err, ErrBucketName)
}
