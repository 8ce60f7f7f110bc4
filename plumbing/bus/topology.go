package bus

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// Stream names and subject prefixes: newsflow's public subject API (v1).
const (
	StreamRaw      = "NEWS_RAW"
	StreamArticles = "NEWS_ARTICLES"
	StreamTagged   = "NEWS_TAGGED"
	StreamDLQ      = "NEWS_DLQ"
	// StreamJSON holds the JSON mirror (news.json.>), provisioned only
	// where StreamOptions.JSONMirror is set.
	StreamJSON = "NEWS_JSON"

	PrefixRaw      = "news.raw"
	PrefixArticles = "news.articles"
	PrefixTagged   = "news.tagged"
	PrefixActor    = "news.actor"
	PrefixTopic    = "news.topic"
	PrefixDLQ      = "news.dlq"
	PrefixJSON     = "news.json"
)

// Stage names, also the durable consumer names.
const (
	StageFetcher    = "fetcher"
	StageExtractor  = "extractor"
	StageClassifier = "classifier"
	StageSink       = "sink"
)

// ValidToken reports whether s is a subject-safe token: [a-z0-9_-]+.
func ValidToken(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '_' && c != '-' {
			return false
		}
	}
	return true
}

// Token turns s into a subject-safe token: lower case, runs of other
// characters replaced by '-', "unknown" when nothing is left.
func Token(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') || r == '_' || r == '-' {
			b.WriteRune(r)
			dash = false
			continue
		}
		if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	t := strings.Trim(b.String(), "-")
	if t == "" {
		return "unknown"
	}
	return t
}

func subject(prefix string, tokens ...string) (string, error) {
	for _, t := range tokens {
		if !ValidToken(t) {
			return "", fmt.Errorf("%w: %q", ErrInvalidToken, t)
		}
	}
	return prefix + "." + strings.Join(tokens, "."), nil
}

// RawSubject is news.raw.<source>.
func RawSubject(source string) (string, error) { return subject(PrefixRaw, source) }

// ArticleSubject is news.articles.<source>.
func ArticleSubject(source string) (string, error) { return subject(PrefixArticles, source) }

// TaggedSubject is news.tagged.<source>.
func TaggedSubject(source string) (string, error) { return subject(PrefixTagged, source) }

// ActorSubject is news.actor.<actor>.<source>.
func ActorSubject(actor, source string) (string, error) {
	return subject(PrefixActor, actor, source)
}

// TopicSubject is news.topic.<topic>.<source>; topic is the Media Topic
// code without its scheme ("20000103" for medtop:20000103).
func TopicSubject(topic, source string) (string, error) {
	return subject(PrefixTopic, topic, source)
}

// JSONTaggedSubject is news.json.tagged.<source>: the TaggedArticle as
// protojson, for consumers without protobuf.
func JSONTaggedSubject(source string) (string, error) {
	return subject(PrefixJSON+".tagged", source)
}

// DLQSubject is news.dlq.<stage>.
func DLQSubject(stage string) (string, error) { return subject(PrefixDLQ, stage) }

// StreamOptions are the operator's knobs for every stream.
type StreamOptions struct {
	Replicas   int           // NEWSFLOW_STREAM_REPLICAS (1 for a single server, 3 in production)
	MaxAge     time.Duration // NEWSFLOW_STREAM_MAX_AGE (0 = keep until limits)
	MaxBytes   int64         // per stream, 0 = unlimited
	MaxMsgSize int32         // NEWSFLOW_MAX_MSG_SIZE (0 = server max payload)
	Duplicates time.Duration // NEWSFLOW_DUPLICATE_WINDOW for Nats-Msg-Id dedup
	Memory     bool          // memory storage, for benchmarks only
	// JSONMirror adds the NEWS_JSON stream (news.json.>) for the
	// classifier's JSON mirror of the tagged records.
	JSONMirror bool
}

// DefaultStreamOptions are sensible for one server.
func DefaultStreamOptions() StreamOptions {
	return StreamOptions{Replicas: 1, MaxAge: 7 * 24 * time.Hour, Duplicates: 2 * time.Hour}
}

// StreamConfigs returns the four streams of the public layout, and the
// JSON mirror's when o.JSONMirror is set.
func StreamConfigs(o StreamOptions) []jetstream.StreamConfig {
	storage := jetstream.FileStorage
	if o.Memory {
		storage = jetstream.MemoryStorage
	}
	mk := func(name, desc string, subjects ...string) jetstream.StreamConfig {
		return jetstream.StreamConfig{
			Name:        name,
			Description: desc,
			Subjects:    subjects,
			// Limits retention, not work-queue: downstream consumers may read
			// the same records; the stages share one durable consumer each.
			Retention:  jetstream.LimitsPolicy,
			Storage:    storage,
			Replicas:   max(o.Replicas, 1),
			MaxAge:     o.MaxAge,
			MaxBytes:   orUnlimited(o.MaxBytes),
			MaxMsgSize: orUnlimited32(o.MaxMsgSize),
			Duplicates: o.Duplicates,
			Discard:    jetstream.DiscardOld,
		}
	}
	cfgs := []jetstream.StreamConfig{
		mk(StreamRaw, "newsflow v1: fetched pages (RawPage)", PrefixRaw+".>"),
		mk(StreamArticles, "newsflow v1: extracted articles (Article)", PrefixArticles+".>"),
		mk(StreamTagged, "newsflow v1: tagged articles (TaggedArticle) and actor/topic index subjects",
			PrefixTagged+".>", PrefixActor+".>", PrefixTopic+".>"),
		mk(StreamDLQ, "newsflow v1: dead letters (DeadLetter)", PrefixDLQ+".>"),
	}
	if o.JSONMirror {
		cfgs = append(cfgs, mk(StreamJSON, "newsflow v1: tagged articles as protojson (TaggedArticle), for consumers without protobuf", PrefixJSON+".>"))
	}
	return cfgs
}

func orUnlimited(v int64) int64 {
	if v <= 0 {
		return -1
	}
	return v
}

func orUnlimited32(v int32) int32 {
	if v <= 0 {
		return -1
	}
	return v
}

// Provision creates or updates the streams. It is idempotent and safe to run
// from every replica at start-up.
func Provision(ctx context.Context, js jetstream.JetStream, o StreamOptions) error {
	for _, cfg := range StreamConfigs(o) {
		if _, err := js.CreateOrUpdateStream(ctx, cfg); err != nil {
			return fmt.Errorf("provisioning stream %s: %w", cfg.Name, err)
		}
	}
	return nil
}

// ConsumerOptions tune a stage's durable pull consumer.
type ConsumerOptions struct {
	AckWait       time.Duration // how long a delivery may go unacked before redelivery
	MaxAckPending int           // bounds in-flight messages across all replicas
}

// ServerMaxDeliver is the server-side delivery limit of every stage
// consumer: a backstop behind the delivery core's own limit.
const ServerMaxDeliver = 1000

// StageConsumer returns the durable pull consumer config of a stage.
func StageConsumer(stage string, o ConsumerOptions) (stream string, cfg jetstream.ConsumerConfig, err error) {
	switch stage {
	case StageExtractor:
		stream, cfg.FilterSubject = StreamRaw, PrefixRaw+".>"
	case StageClassifier:
		stream, cfg.FilterSubject = StreamArticles, PrefixArticles+".>"
	case StageSink:
		stream, cfg.FilterSubject = StreamTagged, PrefixTagged+".>"
	default:
		return "", cfg, fmt.Errorf("bus: stage %q has no input stream", stage)
	}
	cfg.Durable = stage
	cfg.Description = "newsflow " + stage + " (shared by all replicas)"
	cfg.AckPolicy = jetstream.AckExplicitPolicy
	cfg.DeliverPolicy = jetstream.DeliverAllPolicy
	cfg.AckWait = o.AckWait
	if cfg.AckWait <= 0 {
		cfg.AckWait = 60 * time.Second
	}
	cfg.MaxAckPending = o.MaxAckPending
	if cfg.MaxAckPending <= 0 {
		cfg.MaxAckPending = 1000
	}
	// The delivery core counts deliveries itself and dead-letters a message
	// after its own limit (RunnerConfig.MaxDeliver). The server's limit is a
	// backstop far above it, so that nothing is redelivered for ever even
	// when dead-lettering keeps failing; it is high enough that a
	// destination outage (naks that do not count towards the core's limit,
	// at most one every few minutes) would have to last days to reach it.
	cfg.MaxDeliver = ServerMaxDeliver
	return stream, cfg, nil
}

// EnsureConsumer creates or updates a stage's durable consumer.
func EnsureConsumer(ctx context.Context, js jetstream.JetStream, stage string, o ConsumerOptions) (jetstream.Consumer, error) {
	stream, cfg, err := StageConsumer(stage, o)
	if err != nil {
		return nil, err
	}
	c, err := js.CreateOrUpdateConsumer(ctx, stream, cfg)
	if err != nil {
		return nil, fmt.Errorf("provisioning consumer %s on %s: %w", stage, stream, err)
	}
	return c, nil
}

// Ready reports whether the stage's stream and consumer exist and the
// connection is up, for /readyz.
func Ready(ctx context.Context, js jetstream.JetStream, stage string) error {
	if js.Conn() != nil && !js.Conn().IsConnected() {
		return errors.New("nats not connected")
	}
	stream, _, err := StageConsumer(stage, ConsumerOptions{})
	if err != nil {
		return err
	}
	if _, err := js.Consumer(ctx, stream, stage); err != nil {
		return fmt.Errorf("looking up consumer %s on %s: %w", stage, stream, err)
	}
	return nil
}

func redactURL(u string) string {
	parts := strings.Split(u, ",")
	for i, p := range parts {
		if pu, err := url.Parse(strings.TrimSpace(p)); err == nil && pu.User != nil {
			pu.User = url.User("redacted")
			parts[i] = pu.String()
		}
	}
	return strings.Join(parts, ",")
}
