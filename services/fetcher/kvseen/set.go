package kvseen

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"regexp"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// DefaultBucket is the bucket the fetcher uses unless configured otherwise.
const DefaultBucket = "NEWSFLOW_SEEN"

// DefaultTTL keeps an item seen well past the life of most feed entries.
const DefaultTTL = 30 * 24 * time.Hour

var bucketName = regexp.MustCompile(`^[a-zA-Z0-9_-]+$`)

// Config names and sizes the bucket. Zero values take the defaults.
type Config struct {
	Bucket   string
	TTL      time.Duration
	Replicas int
	// Storage is jetstream.FileStorage unless set to MemoryStorage.
	Storage jetstream.StorageType
}

// Set is a SeenSet over a JetStream KV bucket. It is safe for concurrent use.
type Set struct {
	kv jetstream.KeyValue
}

// New creates the bucket, or updates its settings, and returns the Set.
func New(ctx context.Context, js jetstream.JetStream, cfg Config) (*Set, error) {
	if cfg.Bucket == "" {
		cfg.Bucket = DefaultBucket
	}
	if !bucketName.MatchString(cfg.Bucket) {
		return nil, fmt.Errorf("%w: %q", ErrBucketName, cfg.Bucket)
	}
	if cfg.TTL <= 0 {
		cfg.TTL = DefaultTTL
	}
	if cfg.Replicas <= 0 {
		cfg.Replicas = 1
	}
	kv, err := js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{
		Bucket:      cfg.Bucket,
		Description: "newsflow fetcher: items already published (hashed keys)",
		History:     1,
		TTL:         cfg.TTL,
		Storage:     cfg.Storage,
		Replicas:    cfg.Replicas,
	})
	if err != nil {
		return nil, fmt.Errorf("creating KV bucket %q: %w", cfg.Bucket, err)
	}
	return &Set{kv: kv}, nil
}

// Seen reports whether key was marked and has not expired.
func (s *Set) Seen(ctx context.Context, key string) (bool, error) {
	_, err := s.kv.Get(ctx, hashKey(key))
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, jetstream.ErrKeyNotFound), errors.Is(err, jetstream.ErrKeyDeleted):
		return false, nil
	default:
		return false, fmt.Errorf("getting seen key %q: %w", key, err)
	}
}

// Mark records key as seen. Marking twice is harmless.
func (s *Set) Mark(ctx context.Context, key string) error {
	if _, err := s.kv.Put(ctx, hashKey(key), []byte(time.Now().UTC().Format(time.RFC3339))); err != nil {
		return fmt.Errorf("putting seen key %q: %w", key, err)
	}
	return nil
}

func hashKey(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:16])
}
