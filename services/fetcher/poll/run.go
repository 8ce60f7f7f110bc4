package poll

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/url"
	"sync"
	"time"

	"github.com/newsflow/newsflow/services/fetcher/fetch"
	"github.com/newsflow/newsflow/services/fetcher/redact"
)

// Run polls every feed every Interval until ctx ends, then returns nil once
// the polls in progress have stopped. It returns an error only for a feed
// list it cannot run.
func (p *Poller) Run(ctx context.Context, feeds []Feed) error {
	for _, f := range feeds {
		if u, err := url.Parse(f.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Errorf("%w: URL %q", ErrInvalidFeed, redact.URL(f.URL))
		}
		if f.Source == "" {
			return fmt.Errorf("%w: feed %q has no source", ErrInvalidFeed, redact.URL(f.URL))
		}
	}
	var wg sync.WaitGroup
	for _, f := range feeds {
		wg.Go(func() { p.loop(ctx, f) })
	}
	wg.Wait()
	return nil
}

func (p *Poller) loop(ctx context.Context, f Feed) {
	interval := f.Interval
	if interval <= 0 {
		interval = p.opts.DefaultInterval
	}
	log := p.logger.With("feed", redact.URL(f.URL), "source", f.Source)
	// Spread the first polls so that a restart does not hit every feed at once.
	wait := jitter(interval / 10)
	failures := 0
	for {
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
		}
		st, err := p.Poll(ctx, f)
		if ctx.Err() != nil {
			return
		}
		if p.opts.OnPoll != nil {
			p.opts.OnPoll(f, st, err)
		}
		if err != nil {
			failures++
			wait = backoff(interval, p.opts.MaxBackoff, failures)
			var se *fetch.StatusError
			if errors.As(err, &se) && se.RetryAfter > wait {
				wait = se.RetryAfter // the server said when; asking earlier is rude
			}
			log.WarnContext(ctx, "polling feed", "err", err, "failures", failures, "retry_in", wait)
			continue
		}
		failures = 0
		wait = interval - interval/10 + jitter(interval/5)
		log.InfoContext(ctx, "polled feed", "items", st.Items, "new", st.New, "skipped_seen", st.SkippedSeen,
			"fetched", st.Fetched, "published", st.Published, "skipped", st.Skipped,
			"errors", st.Errors, "not_modified", st.NotModified)
	}
}

// backoff is interval·2^(failures-1), capped at limit (but never below the
// interval), with jitter in the upper half.
func backoff(interval, limit time.Duration, failures int) time.Duration {
	d := interval
	for i := 1; i < failures && d < limit; i++ {
		d *= 2
	}
	d = min(d, max(limit, interval))
	return d/2 + jitter(d/2)
}

func jitter(d time.Duration) time.Duration {
	if d <= 0 {
		return 0
	}
	return rand.N(d)
}
