package stage_test

import (
	"context"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gopkg.in/yaml.v3"

	"github.com/newsflow/newsflow/plumbing/settings"
	"github.com/newsflow/newsflow/services/sink/stage"
)

// Every sink setting has a flag, an environment variable and a YAML key of
// one name, and all of them set the same value.
func TestConfigFormsAgree(t *testing.T) {
	for _, f := range settings.Fields(&stage.Config{}) {
		assert.NotEmpty(t, f.Help, "setting %s has no help", f.Key)
	}
	require.NoError(t, settings.Check(func() any { c := stage.DefaultConfig(); return &c }, yaml.Unmarshal))
}

// retainer records the cutoffs it was asked to delete before.
type retainer struct {
	mu      sync.Mutex
	cutoffs []time.Time
	called  chan struct{}
}

func (r *retainer) DeleteStoredBefore(_ context.Context, cutoff time.Time, _ int) (int64, error) {
	r.mu.Lock()
	r.cutoffs = append(r.cutoffs, cutoff)
	r.mu.Unlock()
	select {
	case r.called <- struct{}{}:
	default:
	}
	return 0, nil
}

func TestRetain(t *testing.T) {
	t.Run("off", func(t *testing.T) {
		r := &retainer{called: make(chan struct{}, 1)}
		c := stage.DefaultConfig()
		c.Retain(t.Context(), r, slog.New(slog.DiscardHandler)) // returns at once
		assert.Empty(t, r.cutoffs)
	})
	t.Run("at start", func(t *testing.T) {
		r := &retainer{called: make(chan struct{}, 1)}
		c := stage.DefaultConfig()
		c.Retention = 90 * 24 * time.Hour
		ctx, cancel := context.WithCancel(t.Context())
		done := make(chan struct{})
		before := time.Now()
		go func() { defer close(done); c.Retain(ctx, r, slog.New(slog.DiscardHandler)) }()
		<-r.called
		cancel()
		<-done
		r.mu.Lock()
		defer r.mu.Unlock()
		require.Len(t, r.cutoffs, 1, "the next round is an hour away")
		assert.WithinRange(t, r.cutoffs[0], before.Add(-c.Retention), time.Now().Add(-c.Retention))
	})
}
