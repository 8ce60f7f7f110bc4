package stage

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/stretchr/testify/require"
	"google.golang.org/protobuf/proto"

	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/bus/bustest"
	"github.com/newsflow/newsflow/plumbing/recordid"
	"github.com/newsflow/newsflow/plumbing/telemetry"
	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/sink/internal/pgtest"
	"github.com/newsflow/newsflow/services/sink/store"
)

var pg *pgtest.Server

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m, &pg)) }

type env struct {
	js  jetstream.JetStream
	tel *telemetry.Telemetry
	pub *bus.Publisher
}

func newEnv(t *testing.T) env {
	t.Helper()
	b := bustest.Start(t, bustest.WithServiceName("sink-test"))
	return env{js: b.JS, tel: b.Tel, pub: b.Pub}
}

func logger(*testing.T) *slog.Logger { return slog.New(handler()) }

func handler() slog.Handler {
	if testing.Verbose() {
		return slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo})
	}
	return slog.DiscardHandler
}

// probeCounter counts the stage's failed probes of the database (its
// "destination still down" warnings): each is a pause waited out without
// pulling, the evidence that the stage is riding out an outage.
type probeCounter struct {
	slog.Handler
	down *atomic.Int64
}

func (h probeCounter) Enabled(ctx context.Context, l slog.Level) bool {
	return l >= slog.LevelWarn || h.Handler.Enabled(ctx, l)
}

func (h probeCounter) Handle(ctx context.Context, r slog.Record) error {
	if r.Message == "destination still down" {
		h.down.Add(1)
	}
	if !h.Handler.Enabled(ctx, r.Level) {
		return nil
	}
	return h.Handler.Handle(ctx, r)
}

func (h probeCounter) WithAttrs(as []slog.Attr) slog.Handler {
	return probeCounter{h.Handler.WithAttrs(as), h.down}
}

func (h probeCounter) WithGroup(g string) slog.Handler {
	return probeCounter{h.Handler.WithGroup(g), h.down}
}

// link is the item link of the test record called name.
func link(name string) string { return "https://example.test/news/" + name }

// idOf is the record id of the test record called name.
func idOf(name string) string { return recordid.ID(link(name)) }

func tagged(name string) *newsv1.TaggedArticle {
	return &newsv1.TaggedArticle{
		Article: &newsv1.Article{
			Id: idOf(name), Source: "src", PageType: newsv1.PageType_PAGE_TYPE_ARTICLE, CanonicalUrl: link(name),
			Title: "Story " + name, Paragraphs: []string{"Body of " + name}, ExtractorVersion: "1.0.0",
			Item: &newsv1.FeedItem{Link: link(name)},
		},
		TaxonomyVersion: "2026-01-01.aaaaaa",
		Actors:          []*newsv1.ActorTag{{Id: "isis-k", Name: "ISIS-K"}},
	}
}

func publish(t *testing.T, e env, recs ...*newsv1.TaggedArticle) {
	t.Helper()
	for _, r := range recs {
		subj, err := bus.TaggedSubject(r.GetArticle().GetSource())
		require.NoError(t, err)
		require.NoError(t, e.pub.Publish(t.Context(), subj, r.GetArticle().GetId()+":1", r))
	}
}

// run runs the stage until the test ends.
func run(t *testing.T, e env, db *store.Store, o bus.StageOptions) {
	t.Helper()
	runLogged(t, e, db, o, logger(t))
}

// runLogged is run with the stage's logger.
func runLogged(t *testing.T, e env, db *store.Store, o bus.StageOptions, log *slog.Logger) {
	t.Helper()
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- New(db, log, WithBatch(50, 20*time.Millisecond)).Run(ctx, e.js, e.tel, o) }()
	t.Cleanup(func() {
		cancel()
		require.NoError(t, <-done)
	})
}

func dlqCount(t *testing.T, e env) uint64 {
	s, err := e.js.Stream(t.Context(), bus.StreamDLQ)
	require.NoError(t, err)
	info, err := s.Info(t.Context())
	require.NoError(t, err)
	return info.State.Msgs
}

func settled(t *testing.T, e env) bool {
	cons, err := e.js.Consumer(t.Context(), bus.StreamTagged, Name)
	if err != nil {
		return false
	}
	info, err := cons.Info(t.Context())
	return err == nil && info.NumPending == 0 && info.NumAckPending == 0
}

func TestStageStoresBatchesAndDeadLettersInvalid(t *testing.T) {
	e := newEnv(t)
	db, err := store.Open(t.Context(), filepath.Join(t.TempDir(), "sink.db"), nil)
	require.NoError(t, err)
	t.Cleanup(func() { _ = db.Close() })

	for i := range 120 {
		publish(t, e, tagged(fmt.Sprintf("a%03d", i)))
	}
	nonArticle := tagged("menu")
	nonArticle.Article.PageType = newsv1.PageType_PAGE_TYPE_NON_ARTICLE
	publish(t, e, nonArticle)
	// No id: valid protobuf, invalid record.
	b, err := proto.Marshal(&newsv1.TaggedArticle{Article: &newsv1.Article{Title: "no id"}})
	require.NoError(t, err)
	_, err = e.js.Publish(t.Context(), "news.tagged.src", b)
	require.NoError(t, err)

	run(t, e, db, bus.StageOptions{})
	require.Eventually(t, func() bool { n, _ := db.Count(t.Context()); return n == 120 }, 15*time.Second, 10*time.Millisecond)
	require.Eventually(t, func() bool { return dlqCount(t, e) == 1 }, 15*time.Second, 10*time.Millisecond)
	require.Eventually(t, func() bool { return settled(t, e) }, 15*time.Second, 10*time.Millisecond)
	_, err = db.Get(t.Context(), idOf("menu"))
	require.ErrorIs(t, err, store.ErrNotFound, "non-article pages are not stored")
}

// TestStageSurvivesPostgresOutage stops PostgreSQL while the stage is
// consuming, keeps publishing through the outage, restarts it, and checks
// that every record lands exactly once and none is dead-lettered.
func TestStageSurvivesPostgresOutage(t *testing.T) {
	pgtest.Skip(t, pg)
	e := newEnv(t)
	db, err := store.Open(t.Context(), pg.DSN(t), nil)
	require.NoError(t, err)
	t.Cleanup(func() { _ = db.Close() })
	// Quick retries so the test does not wait out production backoffs.
	down := &atomic.Int64{}
	runLogged(t, e, db, bus.StageOptions{Runner: bus.RunnerConfig{
		MaxDeliver: 3,
		Backoff:    func(uint64) time.Duration { return 50 * time.Millisecond },
	}}, slog.New(probeCounter{handler(), down}))

	const perPhase = 200
	id := func(phase, i int) string { return fmt.Sprintf("p%d-%04d", phase, i) }
	for i := range perPhase {
		publish(t, e, tagged(id(0, i)))
	}
	require.Eventually(t, func() bool { n, _ := db.Count(t.Context()); return n > 0 }, 15*time.Second, 5*time.Millisecond)

	require.NoError(t, pg.Stop()) // mid-stream
	for i := range perPhase {
		publish(t, e, tagged(id(1, i)))
	}
	// Let the stage hit the outage and find the database still down twice
	// (pauses of 250 and 500 ms): well over MaxDeliver attempts at 50 ms
	// would have been made without backpressure.
	require.Eventually(t, func() bool { return down.Load() >= 2 }, 30*time.Second, 10*time.Millisecond)
	require.NoError(t, pg.Restart(t.Context()))
	for i := range perPhase {
		publish(t, e, tagged(id(2, i)))
	}

	require.Eventually(t, func() bool { n, _ := db.Count(t.Context()); return n == 3*perPhase }, 60*time.Second, 20*time.Millisecond)
	require.Eventually(t, func() bool { return settled(t, e) }, 30*time.Second, 20*time.Millisecond)
	for phase := range 3 {
		for i := range perPhase {
			_, err := db.Get(t.Context(), idOf(id(phase, i)))
			require.NoError(t, err, "record %s", id(phase, i))
		}
	}
	n, err := db.Count(t.Context())
	require.NoError(t, err)
	require.EqualValues(t, 3*perPhase, n, "each record exactly once")
	actors, err := db.Actors(t.Context(), store.Query{})
	require.NoError(t, err)
	require.Equal(t, []store.TagCount{{ID: "isis-k", Name: "ISIS-K", Count: 3 * perPhase}}, actors, "each tag exactly once")
	require.Zero(t, dlqCount(t, e), "an outage dead-letters nothing")
}

// TestStageRefusesForgedRecords: a record that claims a stored page's id
// without carrying that page's link, or that is published under another
// source's subject, is dead-lettered as forged and the stored record stays.
func TestStageRefusesForgedRecords(t *testing.T) {
	e := newEnv(t)
	db, err := store.Open(t.Context(), filepath.Join(t.TempDir(), "sink.db"), nil)
	require.NoError(t, err)
	t.Cleanup(func() { _ = db.Close() })
	run(t, e, db, bus.StageOptions{})

	publish(t, e, tagged("victim"))
	require.Eventually(t, func() bool { n, _ := db.Count(t.Context()); return n == 1 }, 15*time.Second, 10*time.Millisecond)

	// The victim's id on another page's link, newer so that it would win.
	forged := tagged("attacker")
	forged.Article.Id = idOf("victim")
	forged.Article.Title = "Forged headline"
	forged.Article.ExtractorVersion = "9.0.0"
	// The victim's record, unchanged but for its text, on another source's subject.
	elsewhere := tagged("victim")
	elsewhere.Article.Title = "Forged headline"
	elsewhere.Article.ExtractorVersion = "9.0.0"
	for _, m := range []struct {
		subject string
		rec     *newsv1.TaggedArticle
	}{{"news.tagged.src", forged}, {"news.tagged.other", elsewhere}} {
		require.NoError(t, e.pub.Publish(t.Context(), m.subject, m.subject+":forged", m.rec))
	}
	require.Eventually(t, func() bool { return dlqCount(t, e) == 2 }, 15*time.Second, 10*time.Millisecond)
	require.Eventually(t, func() bool { return settled(t, e) }, 15*time.Second, 10*time.Millisecond)
	s, err := e.js.Stream(t.Context(), bus.StreamDLQ)
	require.NoError(t, err)
	for seq := uint64(1); seq <= 2; seq++ {
		m, err := s.GetMsg(t.Context(), seq)
		require.NoError(t, err)
		var dl newsv1.DeadLetter
		require.NoError(t, proto.Unmarshal(m.Data, &dl))
		require.Equal(t, string(bus.KindForged), dl.GetKind(), dl.GetReason())
	}
	got, err := db.Get(t.Context(), idOf("victim"))
	require.NoError(t, err)
	require.Equal(t, "Story victim", got.GetArticle().GetTitle(), "a forged record replaced the stored one")
}
