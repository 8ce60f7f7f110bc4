package loadtest

import (
	"fmt"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/newsflow/newsflow/cmd/newsflow/internal/corpus"
	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/classifier/classify"
	"github.com/newsflow/newsflow/services/classifier/taxonomy"
	"github.com/newsflow/newsflow/services/extractor/extract"
	"github.com/newsflow/newsflow/services/fetcher/canon"
	"github.com/newsflow/newsflow/services/sink/store"
)

// BenchmarkSinkUpsert is the sink's write path alone on the records bench
// pipeline stores (generated pages, extracted and tagged with the bundled
// taxonomy), in batches of the pipeline's size, on SQLite in a temporary
// directory. cpu-ms/record is the process's CPU per stored record. The
// sub-benchmarks vary the batch size: a commit's fixed cost (WAL frames,
// the full-text index's new segment) is what a larger batch spreads.
func BenchmarkSinkUpsert(b *testing.B) {
	for _, batch := range []int{25, 60, 150, 400} {
		b.Run(fmt.Sprintf("batch=%d", batch), func(b *testing.B) { benchSinkUpsert(b, batch) })
	}
}

func benchSinkUpsert(b *testing.B, batch int) {
	const n = 1200
	tax, err := taxonomy.Default()
	if err != nil {
		b.Fatal(err)
	}
	cls, err := classify.New(tax)
	if err != nil {
		b.Fatal(err)
	}
	recs := make([]*newsv1.TaggedArticle, n)
	ids := make([]string, n)
	for i := range recs {
		page := corpus.Generate(1, i, origin)
		a, err := extract.HTML(page.HTML, extract.Input{URL: page.URL})
		if err != nil {
			b.Fatal(err)
		}
		a.Id, a.Source, a.FetchedAt = canon.ID(page.URL), "bench", timestamppb.Now()
		recs[i], ids[i] = cls.Article(a), a.Id
	}
	s, err := store.Open(b.Context(), "sqlite://"+filepath.Join(b.TempDir(), "bench.db"), nil)
	if err != nil {
		b.Fatal(err)
	}
	defer func() { _ = s.Close() }()
	stored := 0
	cpu0 := rusageCPU()
	for round := 0; b.Loop(); round++ {
		// Fresh ids every round: each record is an insert, as in the pipeline.
		for i := 0; i < n; i += batch {
			out := recs[i:min(i+batch, n)]
			for j, r := range out {
				r.Article.Id = fmt.Sprintf("%s-%d", ids[i+j], round)
			}
			if _, err := s.Upsert(b.Context(), out); err != nil {
				b.Fatal(err)
			}
			stored += len(out)
		}
	}
	b.ReportMetric(float64(rusageCPU()-cpu0)/float64(time.Millisecond)/float64(stored), "cpu-ms/record")
}

func rusageCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
