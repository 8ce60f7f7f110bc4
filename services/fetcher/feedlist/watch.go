package feedlist

import (
	"bytes"
	"context"
	"crypto/sha256"
	"log/slog"
	"os"
	"time"

	"github.com/newsflow/newsflow/services/fetcher/poll"
)

// Watch calls apply with the feed list at path whenever its content
// changes, checking every period (default 10s), until ctx ends. It reads
// the file by name each time, so it follows a Kubernetes ConfigMap update
// (the ..data symlink swapped to a new directory) as well as an edit in
// place or a rename over the file. The list as first read is applied too.
// A list that no longer parses or
// validates is logged and ignored: the last good one stays in force.
func Watch(ctx context.Context, path string, period time.Duration, logger *slog.Logger, apply func([]poll.Feed)) {
	if period <= 0 {
		period = 10 * time.Second
	}
	log := logger.With("component", "feedlist", "file", path)
	// The first read is applied too, even when the caller loaded the same
	// list a moment ago: a change between that load and this goroutine's
	// start would otherwise never be seen. Applying a list is idempotent.
	var last [32]byte
	t := time.NewTicker(period)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		b, err := os.ReadFile(path)
		if err != nil {
			log.WarnContext(ctx, "reading feed list", "err", err)
			continue
		}
		sum := sha256.Sum256(b)
		if bytes.Equal(sum[:], last[:]) {
			continue
		}
		last = sum
		feeds, err := Parse(b)
		if err != nil {
			log.ErrorContext(ctx, "feed list changed but is invalid; keeping the previous one", "err", err)
			continue
		}
		log.InfoContext(ctx, "feed list reloaded", "feeds", len(feeds))
		apply(feeds)
	}
}
