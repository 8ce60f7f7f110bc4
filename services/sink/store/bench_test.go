package store

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// benchText is a news-sized paragraph; articles get six (~600 words).
var benchText = strings.Repeat("Officials said the militants attacked the convoy near the border at dawn. ", 8)

func BenchmarkUpsert(b *testing.B) {
	const batch = 100
	s := openTemp(b)
	n := 0
	cpu0 := processCPU()
	for b.Loop() {
		recs := make([]*newsv1.TaggedArticle, batch)
		for i := range recs {
			recs[i] = rec(fmt.Sprintf("bench-%08d", n), withActors("isis-k", "al-shabaab"),
				withTopics("medtop:16000000", "medtop:16000001"), withCountries("AF", "PK"),
				withText("Attack on convoy", benchText, benchText, benchText, benchText, benchText, benchText))
			n++
		}
		if _, err := s.Upsert(b.Context(), recs); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "records/s")
	b.ReportMetric(float64(processCPU()-cpu0)/float64(time.Millisecond)/float64(n), "cpu-ms/record")
}

// processCPU is the process's user and system CPU time: on a shared
// machine the CPU a record costs is steadier than the wall time it takes.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkUpsertBatchSize is the CPU a record costs by batch size: a
// commit's fixed work (the full-text segment, the WAL frames of the index
// pages it dirtied, the fsync) is shared by its batch.
func BenchmarkUpsertBatchSize(b *testing.B) {
	for _, batch := range []int{25, 50, 200} {
		b.Run(fmt.Sprintf("batch=%d", batch), func(b *testing.B) {
			s := openTemp(b)
			n := 0
			cpu0 := processCPU()
			for b.Loop() {
				recs := make([]*newsv1.TaggedArticle, batch)
				for i := range recs {
					recs[i] = rec(fmt.Sprintf("bench-%08d", n), withActors("isis-k", "al-shabaab"),
						withTopics("medtop:16000000", "medtop:16000001"), withCountries("AF", "PK"),
						withText("Attack on convoy", fmt.Sprintf("Report %d.", n), benchText, benchText, benchText))
					n++
				}
				if _, err := s.Upsert(b.Context(), recs); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(processCPU()-cpu0)/float64(time.Millisecond)/float64(n), "cpu-ms/record")
		})
	}
}

func BenchmarkUpsertRedelivery(b *testing.B) {
	const batch = 100
	s := openTemp(b)
	recs := make([]*newsv1.TaggedArticle, batch)
	for i := range recs {
		recs[i] = rec(fmt.Sprintf("bench-%08d", i), withActors("isis-k"), withText("Attack", benchText))
	}
	if _, err := s.Upsert(b.Context(), recs); err != nil {
		b.Fatal(err)
	}
	n := 0
	for b.Loop() {
		if _, err := s.Upsert(b.Context(), recs); err != nil {
			b.Fatal(err)
		}
		n += batch
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "records/s")
}

func BenchmarkSearch(b *testing.B) {
	s := openTemp(b)
	for i := range 20 {
		recs := make([]*newsv1.TaggedArticle, 500)
		for j := range recs {
			k := i*500 + j
			recs[j] = rec(idf(k), withActors(fmt.Sprintf("actor-%d", k%50)), withCountries("AF"), withText("Attack", benchText))
		}
		if _, err := s.Upsert(b.Context(), recs); err != nil {
			b.Fatal(err)
		}
	}
	for _, tt := range []struct {
		name string
		q    Query
	}{
		{"all", Query{}},
		{"actor", Query{Actor: "actor-7"}},
		{"text_matching_all", Query{Text: "convoy border"}},
		{"actor_country", Query{Country: "af", Actor: "actor-3"}},
	} {
		q := tt.q
		b.Run(tt.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Search(b.Context(), q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkInsertRate is the sustained insert rate of each backend with the
// sink's default batch of 200 news-sized records (tags, ~600 words), each
// batch one durable transaction (SQLite synchronous=FULL; PostgreSQL with
// fsync on when benchmarking).
func BenchmarkInsertRate(b *testing.B) {
	for _, backend := range backends {
		b.Run(backend, func(b *testing.B) {
			s := openTemp(b)
			const batch = 200
			n := 0
			for b.Loop() {
				recs := make([]*newsv1.TaggedArticle, batch)
				for i := range recs {
					recs[i] = rec(fmt.Sprintf("rate-%09d", n), withActors("isis-k", "al-shabaab"),
						withTopics("medtop:16000000", "medtop:16000001"), withCountries("AF", "PK"),
						withText("Attack on convoy", benchText, benchText, benchText, benchText, benchText, benchText))
					n++
				}
				if _, err := s.Upsert(b.Context(), recs); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "records/s")
		})
	}
}

// largeStores keeps the stores BenchmarkActorTimeQuery loaded, so that
// -count=N measures N times without loading N times.
var largeStores = map[string]*Store{}

// BenchmarkActorTimeQuery is the latency of the first page (50 articles) of
// an actor + 30-day window query over NEWSFLOW_BENCH_RECORDS articles
// (default 1,000,000: 100 actors, a year of published times). Loading takes
// minutes; it only runs under -bench.
func BenchmarkActorTimeQuery(b *testing.B) {
	size := 1_000_000
	if v := os.Getenv("NEWSFLOW_BENCH_RECORDS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1000 {
			b.Fatalf("NEWSFLOW_BENCH_RECORDS=%q: want a number of at least 1000", v)
		}
		size = n
	}
	end := baseTime.AddDate(1, 0, 0)
	for _, backend := range backends {
		b.Run(fmt.Sprintf("%s/records=%d", backend, size), func(b *testing.B) {
			key := fmt.Sprint(backend, size)
			s := largeStores[key]
			if s == nil {
				s = loadLarge(b, backend, size, end)
				largeStores[key] = s
			}
			for _, tt := range []struct {
				name string
				q    Query
			}{
				{"actor_30d", Query{Actor: "actor-7", Since: end.AddDate(0, 0, -30), Until: end}},
				{"actor_30d_country", Query{Actor: "actor-7", Country: "ua", Since: end.AddDate(0, 0, -30), Until: end}},
				{"rare_actor_365d", Query{Actor: "actor-rare", Since: end.AddDate(-1, 0, 0), Until: end}},
			} {
				b.Run(tt.name, func(b *testing.B) {
					page, err := s.Search(b.Context(), tt.q)
					if err != nil || len(page.Articles) == 0 {
						b.Fatalf("query found %d articles, err %v", len(page.Articles), err)
					}
					for b.Loop() {
						if _, err := s.Search(b.Context(), tt.q); err != nil {
							b.Fatal(err)
						}
					}
					b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/1000, "ms/query")
				})
			}
		})
	}
}

func loadLarge(b *testing.B, backend string, size int, end time.Time) *Store {
	b.Helper()
	var dsn string
	if backend == "postgres" {
		dsn = pg.DSN(b)
	} else {
		dir, err := os.MkdirTemp("", "newsflow-bench-") //nolint:usetesting // kept across -count runs; removed in TestMain
		if err != nil {
			b.Fatal(err)
		}
		benchCleanup = append(benchCleanup, func() { _ = os.RemoveAll(dir) })
		dsn = "sqlite://" + dir + "/large.db"
	}
	s, err := Open(context.Background(), dsn, nil)
	if err != nil {
		b.Fatal(err)
	}
	benchCleanup = append(benchCleanup, func() { _ = s.Close() })
	start := time.Now()
	span := end.Sub(baseTime)
	const batch = 1000
	countries := []string{"AF", "PK", "SO", "UA", "SY", "IQ", "NG", "ML"}
	for i := 0; i < size; i += batch {
		recs := make([]*newsv1.TaggedArticle, 0, batch)
		for j := i; j < min(i+batch, size); j++ {
			// Spread evenly over the year, neighbouring ids far apart in
			// time (7919 is prime, so j*7919 mod size visits every slot).
			slot := (uint64(j) * 7919) % uint64(size)
			published := baseTime.Add(time.Duration(float64(span) * float64(slot) / float64(size)))
			actors := []string{fmt.Sprintf("actor-%d", j%100)}
			if j%3 == 0 {
				actors = append(actors, fmt.Sprintf("actor-%d", (j/3)%100))
			}
			if j%5000 == 0 {
				actors = append(actors, "actor-rare")
			}
			recs = append(recs, rec(fmt.Sprintf("large-%09d", j), withPublished(published),
				withActors(actors...), withTopics("medtop:16000000", fmt.Sprintf("medtop:2000%04d", j%300)),
				withCountries(countries[j%len(countries)]),
				withText(fmt.Sprintf("Report %d", j), "Officials said militants attacked a convoy near the border.", "Second paragraph.")))
		}
		if _, err := s.Upsert(context.Background(), recs); err != nil {
			b.Fatal(err)
		}
	}
	// Fresh planner statistics, as autovacuum or SQLite's optimize would
	// give a long-running database.
	if _, err := s.w.ExecContext(context.Background(), "ANALYZE"); err != nil {
		b.Fatal(err)
	}
	b.Logf("loaded %d records into %s in %s (%.0f records/s)", size, backend, time.Since(start).Round(time.Second), float64(size)/time.Since(start).Seconds())
	return s
}

// BenchmarkSearchResolve compares an actor or topic filter given as stored
// (id, code) with the forms an analyst types, which the store resolves
// first: an id in capitals (one indexed lookup), an actor name and a topic
// label (a read of the tag table), over 10,000 articles of 50 actors and
// 30 topics.
func BenchmarkSearchResolve(b *testing.B) {
	for _, backend := range backends {
		b.Run(backend, func(b *testing.B) {
			if backend == "postgres" && pg == nil {
				b.Skip("PostgreSQL is not installed")
			}
			s := openTempBackend(b, backend)
			for i := range 20 {
				recs := make([]*newsv1.TaggedArticle, 500)
				for j := range recs {
					k := i*500 + j
					r := rec(idf(k), withCountries("AF"), withText("Attack", benchText))
					r.Actors = []*newsv1.ActorTag{{Id: fmt.Sprintf("actor-%d", k%50), Name: fmt.Sprintf("Actor Number %d", k%50), Mentions: 1}}
					r.Topics = []*newsv1.TopicTag{{Code: fmt.Sprintf("medtop:2000%04d", k%30), Label: fmt.Sprintf("topic label %d", k%30)}}
					recs[j] = r
				}
				if _, err := s.Upsert(b.Context(), recs); err != nil {
					b.Fatal(err)
				}
			}
			for _, tt := range []struct {
				name string
				q    Query
			}{
				{"actor_id", Query{Actor: "actor-7"}},
				{"actor_id_upper", Query{Actor: "ACTOR-7"}},
				{"actor_name", Query{Actor: "actor number 7"}},
				{"topic_code", Query{Topic: "medtop:20000007"}},
				{"topic_label", Query{Topic: "Topic Label 7"}},
			} {
				b.Run(tt.name, func(b *testing.B) {
					page, err := s.Search(b.Context(), tt.q)
					if err != nil || len(page.Articles) == 0 {
						b.Fatalf("query found %d articles, err %v", len(page.Articles), err)
					}
					for b.Loop() {
						if _, err := s.Search(b.Context(), tt.q); err != nil {
							b.Fatal(err)
						}
					}
				})
			}
		})
	}
}

// openTempBackend is openTemp for a backend named explicitly (benchmarks
// run both inside one function).
func openTempBackend(b *testing.B, backend string) *Store {
	b.Helper()
	dsn := "sqlite://" + b.TempDir() + "/news.db"
	if backend == "postgres" {
		dsn = pg.DSN(b)
	}
	s, err := Open(b.Context(), dsn, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = s.Close() })
	return s
}
