package catalog

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/newsflow/newsflow/services/fetcher/poll"
	"github.com/newsflow/newsflow/services/fetcher/redact"
)

// State is one feed's schedule, lease and health.
type State struct {
	URL    string `json:"url"`
	Source string `json:"source,omitempty"`

	// NextPoll is when the feed is due.
	NextPoll time.Time `json:"next_poll"`
	// Base is the configured interval the adaptive Interval started from;
	// Interval is the current one (Base when the feed changes often,
	// longer when it rarely does).
	Base     time.Duration `json:"base,omitempty"`
	Interval time.Duration `json:"interval,omitempty"`

	// Lease: Owner polls the feed now, until Until at the latest.
	Owner string    `json:"owner,omitempty"`
	Until time.Time `json:"until,omitzero"`
	// PolledBy is the replica that finished the last poll.
	PolledBy string `json:"polled_by,omitempty"`

	LastPoll            time.Time `json:"last_poll,omitzero"`
	LastSuccess         time.Time `json:"last_success,omitzero"`
	LastError           string    `json:"last_error,omitempty"`
	LastErrorKind       string    `json:"last_error_kind,omitempty"`
	LastErrorAt         time.Time `json:"last_error_at,omitzero"`
	ConsecutiveFailures int       `json:"consecutive_failures,omitempty"`
	// ItemsSeen counts the new items the feed brought (published or given
	// up on) since it was first polled; LastItems is the size of the
	// latest document.
	ItemsSeen int64 `json:"items_seen,omitempty"`
	LastItems int   `json:"last_items,omitempty"`
	Polls     int64 `json:"polls,omitempty"`

	// Disabled feeds are not polled: after a long run of failures, or by
	// hand (`newsflow feeds disable`). `newsflow feeds enable` clears it.
	Disabled       bool   `json:"disabled,omitempty"`
	DisabledReason string `json:"disabled_reason,omitempty"`
	// DisabledByFailures: the scheduler disabled it (not a person), so a
	// new configuration of the feed may enable it again.
	DisabledByFailures bool `json:"disabled_by_failures,omitempty"`
	// Config fingerprints the feed's configuration and the fetch settings
	// of its last poll (see schedule.Options.Settings).
	Config string `json:"config,omitempty"`

	Cache poll.Cache `json:"cache,omitzero"`
}

// Leased reports whether someone holds the feed's lease at now.
func (s State) Leased(now time.Time) bool { return s.Owner != "" && now.Before(s.Until) }

// Versioned is a state with the revision it was read at (0: no entry yet).
type Versioned struct {
	State
	Revision uint64
}

// StateOf reads a feed's state.
func (c *Catalog) StateOf(ctx context.Context, feedURL string) (Versioned, error) {
	e, err := c.state.Get(ctx, Key(feedURL))
	if err != nil {
		if errors.Is(err, jetstream.ErrKeyNotFound) {
			return Versioned{}, fmt.Errorf("%w: %q", ErrNotFound, feedURL)
		}
		return Versioned{}, fmt.Errorf("reading state of %q: %w", feedURL, err)
	}
	return decodeState(e.Value(), e.Revision())
}

func decodeState(b []byte, rev uint64) (Versioned, error) {
	var s State
	if err := json.Unmarshal(b, &s); err != nil {
		return Versioned{}, fmt.Errorf("decoding feed state: %w", err)
	}
	return Versioned{State: s, Revision: rev}, nil
}

// States returns every feed's state, by key.
func (c *Catalog) States(ctx context.Context) (map[string]Versioned, error) {
	out := make(map[string]Versioned)
	err := each(ctx, c.state, func(k string, rev uint64, b []byte) {
		if v, err := decodeState(b, rev); err == nil {
			out[k] = v
		}
	})
	return out, err
}

// PutState writes s if the entry is still at rev (0: only if there is no
// entry), and returns the new revision; ErrConflict when another writer
// came first.
func (c *Catalog) PutState(ctx context.Context, s State, rev uint64) (uint64, error) {
	b, err := json.Marshal(s)
	if err != nil {
		return 0, fmt.Errorf("encoding state of %q: %w", redact.URL(s.URL), err)
	}
	k := Key(s.URL)
	var n uint64
	if rev == 0 {
		n, err = c.state.Create(ctx, k, b)
	} else {
		n, err = c.state.Update(ctx, k, b, rev)
	}
	if err != nil {
		if errors.Is(err, jetstream.ErrKeyExists) || isWrongSequence(err) {
			return 0, fmt.Errorf("%w: %q", ErrConflict, redact.URL(s.URL))
		}
		return 0, fmt.Errorf("writing state of %q: %w", s.URL, err)
	}
	return n, nil
}

func isWrongSequence(err error) bool {
	var apiErr *jetstream.APIError
	return errors.As(err, &apiErr) && apiErr.ErrorCode == jetstream.JSErrCodeStreamWrongLastSequence
}

// Modify applies fn to a feed's state (a fresh one when there is none)
// with compare-and-set, retrying on conflicts.
func (c *Catalog) Modify(ctx context.Context, feedURL string, fn func(*State)) error {
	for range 20 {
		v, err := c.StateOf(ctx, feedURL)
		if err != nil && !errors.Is(err, ErrNotFound) {
			return err
		}
		if v.URL == "" {
			v.URL = feedURL
		}
		fn(&v.State)
		if _, err = c.PutState(ctx, v.State, v.Revision); !errors.Is(err, ErrConflict) {
			return err
		}
	}
	return fmt.Errorf("%w: %q: gave up after 20 attempts", ErrConflict, feedURL)
}

// Update is one change seen by Watch: a feed definition or a state.
type Update struct {
	Key string
	// Entry is set for a run-time feed added or replaced, State for a
	// state written; Deleted for either removed.
	Entry   *Entry
	State   *Versioned
	Deleted bool
	// Feeds is true for an update of the feeds bucket.
	Feeds bool
}

// Watch streams every run-time feed and state (current values first, then
// changes) until ctx ends; ready is closed once the current values are in.
func (c *Catalog) Watch(ctx context.Context, fn func(Update), ready chan<- struct{}) error {
	fw, err := c.feeds.WatchAll(ctx)
	if err != nil {
		return fmt.Errorf("watching %s: %w", c.feeds.Bucket(), err)
	}
	defer func() { _ = fw.Stop() }()
	sw, err := c.state.WatchAll(ctx)
	if err != nil {
		return fmt.Errorf("watching %s: %w", c.state.Bucket(), err)
	}
	defer func() { _ = sw.Stop() }()
	pending := 2
	for {
		select {
		case <-ctx.Done():
			return nil
		case e, ok := <-fw.Updates():
			if !ok {
				return fmt.Errorf("watching %s: watcher stopped", c.feeds.Bucket())
			}
			if e == nil {
				if pending--; pending == 0 && ready != nil {
					close(ready)
				}
				continue
			}
			u := Update{Key: e.Key(), Deleted: e.Operation() != jetstream.KeyValuePut, Feeds: true}
			if !u.Deleted {
				var en Entry
				if json.Unmarshal(e.Value(), &en) != nil || en.URL == "" {
					continue
				}
				u.Entry = &en
			}
			fn(u)
		case e, ok := <-sw.Updates():
			if !ok {
				return fmt.Errorf("watching %s: watcher stopped", c.state.Bucket())
			}
			if e == nil {
				if pending--; pending == 0 && ready != nil {
					close(ready)
				}
				continue
			}
			u := Update{Key: e.Key(), Deleted: e.Operation() != jetstream.KeyValuePut}
			if !u.Deleted {
				v, err := decodeState(e.Value(), e.Revision())
				if err != nil {
					continue
				}
				u.State = &v
			}
			fn(u)
		}
	}
}
