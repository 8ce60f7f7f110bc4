package loadcli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"sync"
	"time"

	"github.com/newsflow/newsflow/cmd/newsflow/internal/loadtest"
)

func runPipeline(ctx context.Context, args []string, std Stdio, getenv func(string) string) error {
	fs := newFlagSet("bench pipeline", std)
	articles := fs.Int("articles", 20000, "articles to generate and push through the pipeline")
	rate := fs.Float64("rate", 0, "raw publish rate in articles/s (0: as fast as the pipeline takes them)")
	sink := fs.String("sink", "", "sink database (default: SQLite in a temporary directory; postgres://… for PostgreSQL)")
	asJSON := fs.Bool("json", false, "print one JSON line instead of a summary")
	seed := fs.Uint64("seed", 1, "corpus seed")
	memLimit := fs.Int64("mem-limit-mb", 1536, "Go soft memory limit for the process (GOMEMLIMIT), 0 = none; below the working set (about 1.2 GB at 20,000 articles) the collector runs without pause")
	timeout := fs.Duration("timeout", 30*time.Minute, "give up after this long")
	stallFor := fs.Duration("stall", loadtest.DefaultStall, "fail when no article was committed for this long, naming the cause (a stage whose output is blocked: JetStream storage full, the database down)")
	maxStore := fs.Int64("jetstream-max-store-mb", 0, "bound the embedded JetStream's file storage (0: the server's default, a share of the disk); a bound the run does not fit in shows what a full disk does")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the stages' run to this file (go tool pprof)")
	memProfile := fs.String("memprofile", "", "write a heap profile taken when the last article is committed to this file (go tool pprof)")
	fs.Usage = func() {
		fmt.Fprintln(std.Err, "usage: newsflow bench pipeline --articles N [--rate R] [--sink DSN] [--json]\n\nTimes the extractor alone over N generated pages on every core, pushes\nthe same pages through an embedded JetStream server, extractor, classifier\nand sink, times the extractor alone again (the mean of both is the\nreference), and reports throughput, latency from raw publish to committed row,\npeak RSS, and CPU core-ms per article by stage (a CPU profile of the run\nsplit by pprof labels).")
		fs.PrintDefaults()
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	if *memLimit > 0 {
		// The embedded server's file-store caches and the stages' buffers are
		// garbage; a soft limit makes the collector return them promptly.
		debug.SetMemoryLimit(*memLimit << 20)
	}
	dir, err := os.MkdirTemp("", "newsflow-bench-")
	if err != nil {
		return fmt.Errorf("creating data directory: %w", err)
	}
	defer func() { _ = os.RemoveAll(dir) }()
	profile, closeProfile, err := createProfile(*cpuProfile, "CPU profile")
	if err != nil {
		return err
	}
	defer func() { _ = closeProfile() }()
	heap, closeHeap, err := createProfile(*memProfile, "heap profile")
	if err != nil {
		return err
	}
	defer func() { _ = closeHeap() }()
	progress := std.Err
	res, err := loadtest.Run(ctx, loadtest.Options{
		Articles: *articles, Rate: *rate, DataDir: dir, SinkDSN: *sink, Seed: *seed,
		Timeout: *timeout, MaxStore: *maxStore << 20, Stall: *stallFor, Progress: progress, Getenv: getenv, CPUProfile: profile, MemProfile: heap,
	})
	if err != nil {
		return err
	}
	if err := errors.Join(closeProfile(), closeHeap()); err != nil {
		return fmt.Errorf("writing profile: %w", err)
	}
	if *asJSON {
		return writeJSONLine(std.Out, res)
	}
	_, err = fmt.Fprintf(std.Out, "pipeline: %d articles (%.0f MB raw) stored %d, duplicates %d\n"+
		"  throughput %.0f articles/s = %.0f%% of the extractor alone (%.0f articles/s on all cores)\n"+
		"  latency raw publish → committed row: p50 %.0f ms, p95 %.0f ms, p99 %.0f ms\n"+
		"  CPU %.2f cores while the stages ran; peak RSS %.0f MB\n"+
		"  cost %.2f core-ms per article = %.1f× the extractor alone (%.2f); sink batches of %.0f\n"+
		"  core-ms per article by stage: extractor %.2f, classifier %.2f, sink %.2f, NATS server %.2f, other %.2f\n",
		res.Articles, res.RawMB, res.Stored, res.Duplicates,
		res.ArticlesPerS, 100*res.ArticlesPerS/res.ExtractOnlyPerS, res.ExtractOnlyPerS,
		res.P50ms, res.P95ms, res.P99ms, res.CPUCores, res.PeakRSSMB,
		res.CPUmsPerArticle, res.CPUmsPerArticle/res.ExtractOnlyCPUmsPerArticle, res.ExtractOnlyCPUmsPerArticle, res.SinkBatch,
		res.StageCPUms["extractor"], res.StageCPUms["classifier"], res.StageCPUms["sink"],
		res.StageCPUms[loadtest.StageNATSServer], res.StageCPUms[loadtest.StageOther])
	return err
}

// createProfile creates the file a profile of what is written to, or
// returns a nil writer when path is empty. Its close function may be
// called more than once: the deferred call after the checked one is a
// no-op.
func createProfile(path, what string) (io.Writer, func() error, error) {
	if path == "" {
		return nil, func() error { return nil }, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, nil, fmt.Errorf("creating %s: %w", what, err)
	}
	return f, sync.OnceValue(f.Close), nil
}
