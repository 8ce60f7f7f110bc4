package embedded

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nkeys"
)

// Roles: one NATS user per service, plus the operator's (CLI, admin,
// provisioning) user.
const (
	RoleFetcher    = "fetcher"
	RoleExtractor  = "extractor"
	RoleClassifier = "classifier"
	RoleSink       = "sink"
	RoleAdmin      = "admin"
)

// Roles lists every role, services first.
func Roles() []string {
	return []string{RoleFetcher, RoleExtractor, RoleClassifier, RoleSink, RoleAdmin}
}

// ErrUnknownRole is returned for a role not in Roles.
var ErrUnknownRole = errors.New("embedded: unknown role")

// InboxPrefix is the inbox prefix a role's connection must use (nats.go's
// CustomInboxPrefix, NATS_INBOX_PREFIX): replies to its requests (publish
// acks, pulled messages, KV reads) arrive there, and no other user may
// subscribe to them.
func InboxPrefix(role string) string { return "_INBOX_" + role }

// AuthConfig names what the permissions depend on beyond the fixed
// subject layout.
type AuthConfig struct {
	// SeenBucket is the fetcher's dedup KV bucket (default NEWSFLOW_SEEN;
	// `newsflow up` uses newsflow_seen).
	SeenBucket string
	// CatalogBuckets are the fetcher's other KV buckets (default
	// NEWSFLOW_FEEDS, NEWSFLOW_FEED_STATE, NEWSFLOW_HOSTS).
	CatalogBuckets []string
}

func (c AuthConfig) fetcherBuckets() []string {
	seen := c.SeenBucket
	if seen == "" {
		seen = "NEWSFLOW_SEEN"
	}
	cat := c.CatalogBuckets
	if len(cat) == 0 {
		cat = []string{"NEWSFLOW_FEEDS", "NEWSFLOW_FEED_STATE", "NEWSFLOW_HOSTS"}
	}
	return append([]string{seen}, cat...)
}

// The subject layout (bus/topology.go, README "Subjects and streams"),
// repeated here so that this package stays free of the bus: the
// permission tests check the two agree by running the stages.
const (
	streamRaw, streamArticles, streamTagged, streamDLQ = "NEWS_RAW", "NEWS_ARTICLES", "NEWS_TAGGED", "NEWS_DLQ"
)

// consumerAPI is what a stage needs to run its durable pull consumer on
// stream: create it (or find it unchanged), read its info, pull, and ack.
func consumerAPI(stream, durable string) []string {
	return []string{
		"$JS.API.INFO",
		"$JS.API.STREAM.INFO." + stream,
		"$JS.API.CONSUMER.CREATE." + stream + "." + durable,
		"$JS.API.CONSUMER.CREATE." + stream + "." + durable + ".>",
		"$JS.API.CONSUMER.DURABLE.CREATE." + stream + "." + durable,
		"$JS.API.CONSUMER.INFO." + stream + "." + durable,
		"$JS.API.CONSUMER.MSG.NEXT." + stream + "." + durable,
		"$JS.ACK." + stream + "." + durable + ".>",
	}
}

// kvAPI is what a user needs to create, read, write and watch bucket.
func kvAPI(bucket string) []string {
	s := "KV_" + bucket
	return []string{
		"$KV." + bucket + ".>",
		"$JS.API.STREAM.INFO." + s,
		"$JS.API.STREAM.CREATE." + s,
		"$JS.API.STREAM.UPDATE." + s,
		"$JS.API.STREAM.MSG.GET." + s,
		"$JS.API.DIRECT.GET." + s,
		"$JS.API.DIRECT.GET." + s + ".>",
		"$JS.API.CONSUMER.CREATE." + s + ".>",
		"$JS.API.CONSUMER.DELETE." + s + ".>",
		"$JS.API.CONSUMER.INFO." + s + ".>",
		"$JS.FC." + s + ".>",
	}
}

// msgGet is the one read a publisher needs on its output stream: the
// stored message behind a duplicate ack, to tell a retry of its own
// publish from a pre-empted one (bus.ErrPreempted).
func msgGet(stream string) string { return "$JS.API.STREAM.MSG.GET." + stream }

// Permissions returns role's publish and subscribe permissions: the
// single table of who may do what on the bus.
//
//   - fetcher: publish news.raw.> and its dead letters; its KV buckets.
//   - every publishing stage: read single messages of its output stream,
//     for the pre-emption check.
//   - extractor: pull NEWS_RAW as "extractor"; publish news.articles.>.
//   - classifier: pull NEWS_ARTICLES as "classifier"; publish news.tagged.>
//     and the index subjects news.actor.> and news.topic.>.
//   - sink: pull NEWS_TAGGED as "sink"; publish nothing but dead letters.
//   - admin: the operator (newsflow CLI, `up`, provisioning, NACK): the
//     whole JetStream API, KV, and the newsflow subjects.
//
// Every stage may publish only its own news.dlq.<stage>, subscribe only
// to its own inbox, and nothing may touch another stage's consumer. No
// service may create, change or delete a stream: that is the admin's (or
// NACK's) job, so services run with NEWSFLOW_PROVISION=false under auth.
func Permissions(role string, cfg AuthConfig) (*server.Permissions, error) {
	var pub []string
	switch role {
	case RoleFetcher:
		pub = []string{"news.raw.>", "news.dlq.fetcher", msgGet(streamRaw), "$JS.API.INFO"}
		for _, b := range cfg.fetcherBuckets() {
			pub = append(pub, kvAPI(b)...)
		}
	case RoleExtractor:
		pub = append([]string{"news.articles.>", "news.dlq.extractor", msgGet(streamArticles)}, consumerAPI(streamRaw, RoleExtractor)...)
	case RoleClassifier:
		pub = append([]string{"news.tagged.>", "news.actor.>", "news.topic.>", "news.dlq.classifier", msgGet(streamTagged)}, consumerAPI(streamArticles, RoleClassifier)...)
	case RoleSink:
		pub = append([]string{"news.dlq.sink"}, consumerAPI(streamTagged, RoleSink)...)
	case RoleAdmin:
		pub = []string{"$JS.API.>", "$JS.ACK.>", "$JS.FC.>", "$KV.>", "news.>"}
		return &server.Permissions{
			Publish:   &server.SubjectPermission{Allow: pub},
			Subscribe: &server.SubjectPermission{Allow: []string{InboxPrefix(role) + ".>", "news.>"}},
		}, nil
	default:
		return nil, fmt.Errorf("%w: %q", ErrUnknownRole, role)
	}
	return &server.Permissions{
		Publish:   &server.SubjectPermission{Allow: pub},
		Subscribe: &server.SubjectPermission{Allow: []string{InboxPrefix(role) + ".>"}},
	}, nil
}

// Identity is one role's nkey user.
type Identity struct {
	Role string
	// Public is the user's public nkey ("U…"), what the server knows.
	Public string
	// SeedFile holds the private seed ("SU…"), what the client presents
	// (NATS_NKEY); mode 0600.
	SeedFile string
}

// SeedFileName is the seed file of role in a credentials directory.
func SeedFileName(dir, role string) string { return filepath.Join(dir, role+".nk") }

// LoadOrCreateIdentities returns an identity per role, reading each seed
// from dir and generating the missing ones (dir 0700, files 0600), so
// that a data directory keeps its users across restarts.
func LoadOrCreateIdentities(dir string, roles ...string) (map[string]Identity, error) {
	if len(roles) == 0 {
		roles = Roles()
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("creating NATS credentials directory: %w", err)
	}
	out := make(map[string]Identity, len(roles))
	for _, role := range roles {
		if _, err := Permissions(role, AuthConfig{}); err != nil {
			return nil, err
		}
		path := SeedFileName(dir, role)
		seed, err := os.ReadFile(path)
		if errors.Is(err, fs.ErrNotExist) {
			kp, err := nkeys.CreateUser()
			if err != nil {
				return nil, fmt.Errorf("creating nkey for %s: %w", role, err)
			}
			if seed, err = kp.Seed(); err != nil {
				return nil, fmt.Errorf("creating nkey for %s: %w", role, err)
			}
			if err := writeSecret(path, seed); err != nil {
				return nil, err
			}
		} else if err != nil {
			return nil, fmt.Errorf("reading nkey seed of %s: %w", role, err)
		}
		kp, err := nkeys.FromSeed([]byte(strings.TrimSpace(string(seed))))
		if err != nil {
			// The seed itself is never part of the message.
			return nil, fmt.Errorf("reading nkey seed of %s from %s: not a valid seed", role, path)
		}
		pub, err := kp.PublicKey()
		if err != nil {
			return nil, fmt.Errorf("deriving public nkey of %s: %w", role, err)
		}
		if !nkeys.IsValidPublicUserKey(pub) {
			return nil, fmt.Errorf("reading nkey seed of %s from %s: not a user seed", role, path)
		}
		out[role] = Identity{Role: role, Public: pub, SeedFile: path}
	}
	return out, nil
}

// writeSecret writes data to path with mode 0600, replacing it atomically.
func writeSecret(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".seed-*")
	if err != nil {
		return fmt.Errorf("writing nkey seed: %w", err)
	}
	defer func() { _ = os.Remove(tmp.Name()) }()
	if err := tmp.Chmod(0o600); err != nil {
		_ = tmp.Close()
		return fmt.Errorf("writing nkey seed: %w", err)
	}
	if _, err := tmp.Write(append(data, '\n')); err != nil {
		_ = tmp.Close()
		return fmt.Errorf("writing nkey seed: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing nkey seed: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("writing nkey seed: %w", err)
	}
	return nil
}

// NkeyUsers returns the server-side users for ids, each with its role's
// permissions (for server.Options.Nkeys, or Options.Users here).
func NkeyUsers(ids map[string]Identity, cfg AuthConfig) ([]*server.NkeyUser, error) {
	roles := make([]string, 0, len(ids))
	for r := range ids {
		roles = append(roles, r)
	}
	slices.Sort(roles)
	users := make([]*server.NkeyUser, 0, len(ids))
	for _, r := range roles {
		p, err := Permissions(r, cfg)
		if err != nil {
			return nil, err
		}
		users = append(users, &server.NkeyUser{Nkey: ids[r].Public, Permissions: p})
	}
	return users, nil
}

// ServerConfig returns an "authorization" block for a nats-server
// configuration file that admits the users of ids with their
// permissions: what a nats-server process (the chaos bench's, or a
// hand-run one) includes to enforce the same table. Public keys come from
// ids; with publicKeyVar set, each is written as a variable reference
// ($NEWSFLOW_<ROLE>_NKEY) instead, for a server whose environment holds
// them (the Helm values).
func ServerConfig(ids map[string]Identity, cfg AuthConfig, publicKeyVar bool) (string, error) {
	roles := make([]string, 0, len(ids))
	for r := range ids {
		roles = append(roles, r)
	}
	slices.SortFunc(roles, func(a, b string) int { return slices.Index(Roles(), a) - slices.Index(Roles(), b) })
	var b strings.Builder
	b.WriteString("authorization {\n  users = [\n")
	for _, r := range roles {
		p, err := Permissions(r, cfg)
		if err != nil {
			return "", err
		}
		key := fmt.Sprintf("%q", ids[r].Public)
		if publicKeyVar {
			key = "$" + PublicKeyVar(r)
		}
		fmt.Fprintf(&b, "    # %s\n    {\n      nkey: %s\n      permissions: {\n", r, key)
		fmt.Fprintf(&b, "        publish: { allow: %s }\n", quoteList(p.Publish.Allow))
		fmt.Fprintf(&b, "        subscribe: { allow: %s }\n", quoteList(p.Subscribe.Allow))
		b.WriteString("      }\n    }\n")
	}
	b.WriteString("  ]\n}\n")
	return b.String(), nil
}

// PublicKeyVar is the environment variable that holds role's public nkey
// in a server configured by ServerConfig(…, true).
func PublicKeyVar(role string) string { return "NEWSFLOW_" + strings.ToUpper(role) + "_NKEY" }

func quoteList(items []string) string {
	q := make([]string, len(items))
	for i, s := range items {
		q[i] = fmt.Sprintf("%q", s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}
