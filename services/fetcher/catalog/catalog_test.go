package catalog

import (
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsflow/newsflow/plumbing/bus/bustest"
)

func openCatalog(t *testing.T) *Catalog {
	t.Helper()
	c, err := Open(t.Context(), bustest.Start(t, bustest.WithoutProvision()).JS, Config{})
	require.NoError(t, err)
	return c
}

func TestFeedsAndState(t *testing.T) {
	c := openCatalog(t)
	ctx := t.Context()
	require.NoError(t, c.Add(ctx, Entry{URL: "https://a.example/rss", Source: "a", Interval: time.Minute}))
	es, err := c.Entries(ctx)
	require.NoError(t, err)
	require.Len(t, es, 1)
	assert.Equal(t, time.Minute, es[0].Feed().Interval)

	rev, err := c.PutState(ctx, State{URL: "https://a.example/rss", Owner: "r1"}, 0)
	require.NoError(t, err)
	_, err = c.PutState(ctx, State{URL: "https://a.example/rss", Owner: "r2"}, 0)
	require.ErrorIs(t, err, ErrConflict, "only one creator wins")
	_, err = c.PutState(ctx, State{URL: "https://a.example/rss", Owner: "r2"}, rev+5)
	require.ErrorIs(t, err, ErrConflict, "a stale revision loses")
	require.NoError(t, c.Modify(ctx, "https://a.example/rss", func(s *State) { s.Disabled = true }))
	v, err := c.StateOf(ctx, "https://a.example/rss")
	require.NoError(t, err)
	assert.True(t, v.Disabled)
	assert.Equal(t, "r1", v.Owner)

	require.NoError(t, c.Remove(ctx, "https://a.example/rss"))
	_, err = c.StateOf(ctx, "https://a.example/rss")
	require.ErrorIs(t, err, ErrNotFound)
	require.ErrorIs(t, c.Remove(ctx, "https://a.example/rss"), ErrNotFound)
}

// TestHostSlotsAcrossReplicas: two processes' slots over one bucket keep
// one request per host at a time, interval apart.
func TestHostSlotsAcrossReplicas(t *testing.T) {
	c := openCatalog(t)
	a, b := c.HostSlots(time.Minute), c.HostSlots(time.Minute)
	const interval = 50 * time.Millisecond
	var mu sync.Mutex
	var spans [][2]time.Time
	inFlight, most := 0, 0
	var wg sync.WaitGroup
	for i := range 6 {
		s := a
		if i%2 == 1 {
			s = b
		}
		wg.Go(func() {
			release, err := s.Acquire(t.Context(), "news.example", interval)
			if !assert.NoError(t, err) {
				return
			}
			mu.Lock()
			inFlight++
			most = max(most, inFlight)
			start := time.Now()
			mu.Unlock()
			time.Sleep(5 * time.Millisecond) // the "request"
			mu.Lock()
			inFlight--
			spans = append(spans, [2]time.Time{start, time.Now()})
			mu.Unlock()
			release()
		})
	}
	wg.Wait()
	assert.Equal(t, 1, most)
	require.Len(t, spans, 6)
	for i := 1; i < len(spans); i++ {
		assert.GreaterOrEqual(t, spans[i][0].Sub(spans[i-1][1]), interval-2*time.Millisecond, "gap %d", i)
	}
	// Another host is not held up.
	release, err := a.Acquire(t.Context(), "other.example", time.Hour)
	require.NoError(t, err)
	release()
}
