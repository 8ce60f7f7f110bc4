package catalog

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/newsflow/newsflow/services/fetcher/poll"
	"github.com/newsflow/newsflow/services/fetcher/redact"
)

// Default bucket names.
const (
	FeedsBucket = "NEWSFLOW_FEEDS"
	StateBucket = "NEWSFLOW_FEED_STATE"
	HostsBucket = "NEWSFLOW_HOSTS"
)

// Config sizes the buckets. Zero values take the defaults.
type Config struct {
	// Prefix, when set, replaces "NEWSFLOW" in the bucket names (tests).
	Prefix   string
	Replicas int
	Storage  jetstream.StorageType
}

// Catalog is the fetcher's shared state. It is safe for concurrent use.
type Catalog struct {
	feeds, state, hosts jetstream.KeyValue
}

// Open creates the buckets, or updates their settings, and returns the Catalog.
func Open(ctx context.Context, js jetstream.JetStream, cfg Config) (*Catalog, error) {
	if cfg.Replicas <= 0 {
		cfg.Replicas = 1
	}
	name := func(def string) string {
		if cfg.Prefix == "" {
			return def
		}
		return cfg.Prefix + def[len("NEWSFLOW"):]
	}
	open := func(bucket, desc string, ttl time.Duration) (jetstream.KeyValue, error) {
		kv, err := js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{
			Bucket: bucket, Description: desc, History: 1, TTL: ttl, Storage: cfg.Storage, Replicas: cfg.Replicas,
		})
		if err != nil {
			return nil, fmt.Errorf("creating KV bucket %q: %w", bucket, err)
		}
		return kv, nil
	}
	var c Catalog
	var err error
	if c.feeds, err = open(name(FeedsBucket), "newsflow fetcher: feeds added at run time", 0); err != nil {
		return nil, err
	}
	if c.state, err = open(name(StateBucket), "newsflow fetcher: per-feed schedule, lease and health", 0); err != nil {
		return nil, err
	}
	// Idle hosts expire; a slot is rewritten on every request.
	if c.hosts, err = open(name(HostsBucket), "newsflow fetcher: per-host politeness slots", time.Hour); err != nil {
		return nil, err
	}
	return &c, nil
}

// Key is the KV key of a feed URL.
func Key(feedURL string) string {
	sum := sha256.Sum256([]byte(feedURL))
	return hex.EncodeToString(sum[:16])
}

// Entry is a feed added at run time.
type Entry struct {
	URL       string            `json:"url"`
	Source    string            `json:"source"`
	Interval  time.Duration     `json:"interval,omitempty"`
	Language  string            `json:"language,omitempty"`
	UserAgent string            `json:"user_agent,omitempty"`
	Headers   map[string]string `json:"headers,omitempty"`
	Title     string            `json:"title,omitempty"`
	Added     time.Time         `json:"added"`
}

// Feed is the entry as a poll.Feed.
func (e Entry) Feed() poll.Feed {
	return poll.Feed{URL: e.URL, Source: e.Source, Interval: e.Interval, Language: e.Language, UserAgent: e.UserAgent, Headers: e.Headers}
}

// EntryOf is the entry of f.
func EntryOf(f poll.Feed) Entry {
	return Entry{URL: f.URL, Source: f.Source, Interval: f.Interval, Language: f.Language, UserAgent: f.UserAgent, Headers: f.Headers}
}

// Add stores (or replaces) a feed. A new feed is due at once.
func (c *Catalog) Add(ctx context.Context, e Entry) error {
	if e.Added.IsZero() {
		e.Added = time.Now().UTC()
	}
	b, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("encoding feed %q: %w", redact.URL(e.URL), err)
	}
	if _, err := c.feeds.Put(ctx, Key(e.URL), b); err != nil {
		return fmt.Errorf("storing feed %q: %w", redact.URL(e.URL), err)
	}
	return nil
}

// Remove deletes a run-time feed and its state.
func (c *Catalog) Remove(ctx context.Context, feedURL string) error {
	k := Key(feedURL)
	if _, err := c.feeds.Get(ctx, k); err != nil {
		if errors.Is(err, jetstream.ErrKeyNotFound) {
			return fmt.Errorf("%w: %q (feeds from the YAML file are removed there)", ErrNotFound, feedURL)
		}
		return fmt.Errorf("looking up feed %q: %w", feedURL, err)
	}
	if err := c.feeds.Delete(ctx, k); err != nil {
		return fmt.Errorf("deleting feed %q: %w", feedURL, err)
	}
	if err := c.state.Delete(ctx, k); err != nil && !errors.Is(err, jetstream.ErrKeyNotFound) {
		return fmt.Errorf("deleting state of %q: %w", feedURL, err)
	}
	return nil
}

// Entries returns every run-time feed.
func (c *Catalog) Entries(ctx context.Context) ([]Entry, error) {
	var out []Entry
	err := each(ctx, c.feeds, func(_ string, _ uint64, b []byte) {
		var e Entry
		if json.Unmarshal(b, &e) == nil && e.URL != "" {
			out = append(out, e)
		}
	})
	return out, err
}

// each calls fn for every live entry of kv.
func each(ctx context.Context, kv jetstream.KeyValue, fn func(key string, rev uint64, val []byte)) error {
	w, err := kv.WatchAll(ctx, jetstream.IgnoreDeletes())
	if err != nil {
		return fmt.Errorf("listing bucket %s: %w", kv.Bucket(), err)
	}
	defer func() { _ = w.Stop() }()
	for {
		select {
		case e := <-w.Updates():
			if e == nil {
				return nil
			}
			fn(e.Key(), e.Revision(), e.Value())
		case <-ctx.Done():
			return fmt.Errorf("listing bucket %s: %w", kv.Bucket(), ctx.Err())
		}
	}
}
